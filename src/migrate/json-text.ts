// Reading and editing JSON files of a dependent as text, with jsonc-parser, so that an edit changes
// one value and leaves the file's indentation, key order, comments and line endings as they were.

import {
  applyEdits,
  modify,
  parseTree,
  printParseErrorCode,
  findNodeAtLocation,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { DependentParseError } from './types.ts';

/** VS Code's and Cursor's files allow comments and trailing commas; package.json does not. */
export interface JsonFlavour {
  comments: boolean;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** Parse into jsonc-parser's tree, or a DependentParseError naming the file, line and column. */
export function parseJsonTree(file: string, text: string, flavour: JsonFlavour = { comments: false }): Node {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: flavour.comments, disallowComments: !flavour.comments });
  const first = errors[0];
  if (first || !tree) {
    const detail = first
      ? `${printParseErrorCode(first.error)} at ${lineAndColumn(text, first.offset)}`
      : 'the file is empty';
    throw new DependentParseError(file, detail);
  }
  return tree;
}

/** The plain value of a tree node (objects and arrays included). */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).map((p) => [
          p.children![0]!.value as string,
          p.children![1] ? nodeValue(p.children![1]) : undefined,
        ]),
      );
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/** The property nodes of an object node, as [key, value node] pairs. */
export function objectEntries(node: Node | undefined): Array<[string, Node]> {
  if (!node || node.type !== 'object') return [];
  return (node.children ?? [])
    .filter((p) => p.children?.[1])
    .map((p) => [p.children![0]!.value as string, p.children![1]!]);
}

export function childAt(tree: Node, path: Array<string | number>): Node | undefined {
  return findNodeAtLocation(tree, path);
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Set the string at `path` to `value`, changing only that value's characters: jsonc-parser's modify
 * computes a minimal edit, and the formatting options only matter for inserted structure, which a
 * replacement never creates.
 */
export function setJsonString(text: string, path: Array<string | number>, value: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits = modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return applyEdits(text, edits);
}

/** Every string value under `node` (not keys), with its JSON path relative to the root. */
export function stringValues(
  node: Node,
  base: Array<string | number>,
): Array<{ path: Array<string | number>; node: Node }> {
  const found: Array<{ path: Array<string | number>; node: Node }> = [];
  if (node.type === 'string') found.push({ path: base, node });
  else if (node.type === 'array')
    (node.children ?? []).forEach((child, i) => found.push(...stringValues(child, [...base, i])));
  else if (node.type === 'object')
    for (const [key, child] of objectEntries(node)) found.push(...stringValues(child, [...base, key]));
  return found;
}
