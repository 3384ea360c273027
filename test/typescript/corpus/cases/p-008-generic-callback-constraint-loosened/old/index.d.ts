export interface Node { kind: "node"; children: Node[] }
export interface Text { kind: "text"; value: string }
export type Visitor = <T extends Node>(node: T) => T;
export declare function walk(root: Node, visit: Visitor): Node;
