export interface PoolOptions { min: number; max: number }
export declare class Database {
  constructor(url: string, pool: PoolOptions);
  query<R>(sql: string): Promise<R[]>;
}
