export * from './duration';
export declare function sleep(ms: number): Promise<void>;
