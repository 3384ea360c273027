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

/** Probes about the declaration as a whole. */
type WholeProbe =
  | 'call'
  | 'return'
  | 'return-any'
  | 'predicate'
  | 'type-arguments'
  | 'read'
  | 'write'
  | 'keys'
  | 'keys-number'
  | 'construct'
  | 'usage'
  | 'any-usage'
  | 'kind-call'
  | 'kind-construct'
  | 'conditional-read'
  | 'conditional-write'
  // Whole consumer modules (module-probes.ts): a call through `this`, a local declaration beside the import.
  | 'this'
  | 'local-type'
  | 'local-value';
/** Probes of one member, by its name. */
type MemberProbe =
  | 'member-access'
  | 'member-read'
  | 'member-write'
  | 'member-call'
  | 'member-any-read'
  | 'member-any-write'
  | 'member-overloads'
  | 'member-implement'
  | 'member-implement-overloads';
/** Probes of one named part: an index signature, a static, a base type, an enum member, a namespace's export, an entry point file. */
type PartProbe =
  | 'index-access'
  | 'static'
  | 'heritage'
  | 'enum-value'
  | 'enum-member'
  | 'namespace-member'
  | 'namespace-call'
  | 'namespace-read'
  | 'namespace-type'
  | 'entry'
  | 'this';

/**
 * A probe's name: what a rule asks for by it. Typed, so that a misspelt name is a compile error
 * rather than a probe that is never found (and a rule that silently falls back on its default).
 */
export type ProbeName =
  | WholeProbe
  | `${MemberProbe | PartProbe}:${string}`
  | `param:${number}`
  | `param-any:${number}`
  | `overload-call:${number}`
  | `member-overload-call:${string}:${number}`;

export interface Probe {
  /** Short name inside its declaration: `call`, `param:0`, `member-read:x`, `usage`. */
  name: ProbeName;
  /** Consumer code; `$PIN.X` and `$API.X` refer to the pinned and the used version's exports. */
  code: string;
  /** Also check the reverse (new consumer code against old) to tell an extension from an equivalence. */
  reverse: boolean;
  /**
   * A probe that only informs: when it breaks, the change is not called breaking for it, and this
   * note goes with the change instead (what changed that no consumer is expected to rely on).
   */
  note?: string;
}

export const GLOBAL_TYPES = new Set([
  'Promise',
  'Array',
  'ReadonlyArray',
  'Record',
  'Partial',
  'Required',
  'Readonly',
  'Map',
  'Set',
  'ReadonlyMap',
  'ReadonlySet',
  'Date',
  'RegExp',
  'Error',
  'Uint8Array',
  'PromiseLike',
  'Iterable',
  'AsyncIterable',
  'URL',
]);

/** A printed type that means the same in any file (no reference to the package's own names). */
export function isSelfContained(typeText: string): boolean {
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile('t.ts', `type __ = ${typeText};`, ts.ScriptTarget.Latest, false);
  let ok = true;
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && !(ts.isIdentifier(node.typeName) && GLOBAL_TYPES.has(node.typeName.text)))
      ok = false;
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

/**
 * A printed type as the consumer names it through the pinned version: the package's own names
 * qualified (`Node | Text` → `$PIN.Node | $PIN.Text`). Undefined where that cannot be spelled (a
 * reference to one of `local`, the declaration's own type parameters; `typeof`, `import()`, `this`,
 * a qualified name). A name the entry does not export makes the probe invalid, never a false verdict.
 */
export function pinnedType(typeText: string, local: readonly string[]): string | undefined {
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile('t.ts', `type __ = ${typeText};`, ts.ScriptTarget.Latest, true);
  const alias = sf.statements[0];
  if (!alias || !ts.isTypeAliasDeclaration(alias)) return undefined;
  const edits: { at: number }[] = [];
  let ok = true;
  const visit = (node: ts.Node): void => {
    if (
      ts.isTypeQueryNode(node) ||
      ts.isImportTypeNode(node) ||
      ts.isThisTypeNode(node) ||
      ts.isInferTypeNode(node) ||
      ts.isMappedTypeNode(node)
    )
      ok = false;
    if (ts.isTypeReferenceNode(node)) {
      if (!ts.isIdentifier(node.typeName) || local.includes(node.typeName.text)) ok = false;
      else if (!GLOBAL_TYPES.has(node.typeName.text)) edits.push({ at: node.typeName.getStart(sf) });
    }
    if (ok) ts.forEachChild(node, visit);
  };
  visit(alias.type);
  if (!ok) return undefined;
  let text = sf.text;
  for (const { at } of edits.sort((a, b) => b.at - a.at)) text = `${text.slice(0, at)}${PIN}.${text.slice(at)}`;
  return text.slice('type __ = '.length, -1);
}
