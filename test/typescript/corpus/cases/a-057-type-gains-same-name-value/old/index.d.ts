export interface Point { x: number; y: number }
export declare function distance(a: Point, b: Point): number;
