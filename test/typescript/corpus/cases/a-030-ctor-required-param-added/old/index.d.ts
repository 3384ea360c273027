export declare class Database {
  constructor(url: string);
  query<R>(sql: string): Promise<R[]>;
}
