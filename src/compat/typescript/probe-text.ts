// The vocabulary of generated consumer code: the placeholders for the two versions' exports, and
// which printed types mean the same in any file.

import type { ts } from 'ts-morph';
import { typescriptEngine } from './engine.ts';

/** Placeholders the generated code uses: `$PIN` (types the consumer wrote against) and `$API` (the version used). */
export const PIN = '$PIN';
export const API = '$API';
/**
 * `$ARGS<P>` and `$INSTALLED<T>`: a parameter tuple or a parameter type, with the package's nominal
 * classes read as the used version's (see installed-classes.ts); the consumer's own values keep the
 * pinned types.
 */
export const ARGS = '$ARGS';
export const INSTALLED = '$INSTALLED';

export interface Probe {
  /** Short name inside its declaration: `call`, `param:0`, `member-read:x`, `usage`. */
  name: string;
  /** Consumer code; `$PIN.X` and `$API.X` refer to the pinned and the used version's exports. */
  code: string;
  /** Also check the reverse (new consumer code against old) to tell an extension from an equivalence. */
  reverse: boolean;
}

export const GLOBAL_TYPES = new Set(['Promise', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Required', 'Readonly', 'Map', 'Set', 'ReadonlyMap', 'ReadonlySet', 'Date', 'RegExp', 'Error', 'Uint8Array', 'PromiseLike', 'Iterable', 'AsyncIterable', 'URL']);

/** A printed type that means the same in any file (no reference to the package's own names). */
export function isSelfContained(typeText: string): boolean {
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile('t.ts', `type __ = ${typeText};`, ts.ScriptTarget.Latest, false);
  let ok = true;
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && !(ts.isIdentifier(node.typeName) && GLOBAL_TYPES.has(node.typeName.text))) ok = false;
    if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || ts.isThisTypeNode(node)) ok = false;
    if (ok) ts.forEachChild(node, visit);
  };
  visit(sf.statements[0]!);
  return ok;
}

/**
 * `declare const got: S;\nconst mine: T = got;` (or `= got.name`), two lines and nothing else: a
 * plain assignment, with no control flow that could narrow `got` in between. It is checked as the type
 * relation it is (`[S] extends [T]`), which the checker answers from its cache and, when it fails,
 * without writing the message that elaborates why: most failures are never shown (reverse probes,
 * validity checks). A broken forward probe is checked again as written, for its witness.
 */
const ASSIGNMENT = /^declare const (\w+): ([^\n]+);\nconst \w+: ([^\n]+) = \1(\.[A-Za-z_$][\w$]*|\["[^\n]*"\])?;$/;

export function asRelation(code: string): string | undefined {
  const m = ASSIGNMENT.exec(code);
  if (!m) return undefined;
  // Reading a member (`got.name`) is its indexed type (`T["name"]`): optional members include undefined in both.
  const member = m[4]?.startsWith('.') ? `[${JSON.stringify(m[4].slice(1))}]` : m[4];
  const source = member ? `(${m[2]})${member}` : m[2];
  return `const holds: [${source}] extends [${m[3]}] ? true : false = true;`;
}
