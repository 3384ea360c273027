export interface Color { r: number; g: number; b: number }
export declare function parseColor(input: string): Color;
export declare function toHex(color: Color): string;
export declare const BLACK: Color;
