export interface Doc { title: string }
export interface Raw { bytes: Uint8Array }
export declare function load(source: string): Doc;
export declare function load(source: string | Uint8Array): Doc | Raw;
