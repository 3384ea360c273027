export declare class NetError extends Error { readonly code: string }
export declare class TimeoutError extends NetError { readonly afterMs: number }
