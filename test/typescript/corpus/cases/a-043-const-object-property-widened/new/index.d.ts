export declare const defaults: {
  readonly retries: number | undefined;
  readonly baseUrl: string;
};
