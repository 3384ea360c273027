export declare const defaults: {
  readonly retries: number;
  readonly baseUrl: string;
};
