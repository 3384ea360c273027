export interface Node { kind: "node"; children: Node[] }
export interface Text { kind: "text"; value: string }
export declare function clone<T extends Node | Text>(value: T): T;
