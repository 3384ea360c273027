export * from './clock';
export declare function now(): number;
