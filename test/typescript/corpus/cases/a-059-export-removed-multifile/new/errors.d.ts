export declare class NetError extends Error { readonly code: string; readonly afterMs?: number }
