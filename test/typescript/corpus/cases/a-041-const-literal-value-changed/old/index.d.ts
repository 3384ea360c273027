export declare const PROTOCOL_VERSION: "2024-11-05";
export declare function negotiate(requested: string): string;
