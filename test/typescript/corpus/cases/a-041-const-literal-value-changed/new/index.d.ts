export declare const PROTOCOL_VERSION: "2025-06-18";
export declare function negotiate(requested: string): string;
