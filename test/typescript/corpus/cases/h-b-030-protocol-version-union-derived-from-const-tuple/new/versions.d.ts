/** Newest first. */
export declare const SUPPORTED_PROTOCOL_VERSIONS: readonly ['2025-06-18', '2025-03-26', '2024-11-05'];
