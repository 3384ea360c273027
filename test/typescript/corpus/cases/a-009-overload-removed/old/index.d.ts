export interface Message { id: number; body: string }
export declare function on(event: 'message', listener: (message: Message) => void): () => void;
export declare function on(event: 'close', listener: (code: number) => void): () => void;
