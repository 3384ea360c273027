interface Color { r: number; g: number; b: number }
declare function parseColor(input: string): Color;
declare function toHex(color: Color): string;
declare const BLACK: Color;
export { BLACK, parseColor, toHex, type Color };
