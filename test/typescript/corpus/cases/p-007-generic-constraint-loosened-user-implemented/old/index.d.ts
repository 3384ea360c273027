export interface Node { kind: "node"; children: Node[] }
export interface Text { kind: "text"; value: string }
export interface Plugin {
  transform<T extends Node>(node: T): T;
}
export declare function use(plugin: Plugin): void;
