// The values the static evaluator works with: plain data (strings, numbers, objects, arrays) that
// the sources certainly produce, library values (zod schemas, built by the real zod), functions and
// classes written in the sources (followed, never run), and Unresolved: what could not be known,
// with why and where. Items that exist only under a condition carry it (see `conditionsOf`).

import type { ClassDeclaration, ClassExpression, Node } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import { allOf, negateCondition, sameCondition } from '../conditions.ts';

/** A value that cannot be known without running the server. */
export class Unresolved {
  /** `hidesItems`: what could not be read may hide whole tools, prompts or resources (a name, a list). */
  constructor(
    readonly reason: string,
    readonly location: SourceLocation,
    readonly hidesItems = false,
  ) {}
}

/** A function written in the sources: followed by the evaluator when called with known arguments, never run. */
export class SourceFunction {
  constructor(
    readonly location: SourceLocation,
    /** The function's declaration (arrow, function, method, accessor); absent for stand-ins. */
    readonly node?: Node,
    /** `this` for a method read from an object or an instance. */
    readonly self?: unknown,
    /** What was bound where the function was written (a closure over a call's parameters). */
    readonly scope?: ReadonlyMap<Node, unknown>,
  ) {}

  bind(self: unknown): SourceFunction {
    return new SourceFunction(this.location, this.node, self, this.scope);
  }
}

/** A class written in the sources: `new` builds an instance from its fields and constructor; statics are read from it. */
export class SourceClass {
  constructor(
    readonly node: ClassDeclaration | ClassExpression,
    readonly location: SourceLocation,
  ) {}
}

/** `C.prototype` of a source class: only what `instanceof` can decide from it (`ctor.prototype instanceof BaseTool`). */
export class SourcePrototype {
  constructor(readonly cls: SourceClass) {}
}

/** A value from a library mcpver loaded (zod, the SDK): the only kind of thing that is really called. */
export class Host {
  constructor(
    readonly value: unknown,
    readonly self?: unknown,
  ) {}
}

/** The library value a Host wraps, or the value itself. */
export const hostValue = (value: unknown): unknown => (value instanceof Host ? value.value : value);

/** A zod schema (v3 has `_def`, v4 `_zod`) or another object made by a library. */
export function isLibraryValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ('_def' in value || '_zod' in value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Host wrappers removed, deeply, so that library values can sit inside plain objects and arrays. */
export function unwrapHost(value: unknown): unknown {
  if (value instanceof Host) return value.value;
  if (Array.isArray(value)) return keepConditions(value, value.map(unwrapHost));
  if (isPlainObject(value))
    return keepConditions(value, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapHost(v)])));
  return value;
}

/**
 * The conditions an item exists under (`config.readOnly`, `!(flags.beta)`), attached to the item's
 * object: an element kept by a filter the evaluator could not decide, a push under an `if` it could
 * not decide. Every branch is read; the condition is reported with the item.
 */
const CONDITIONS = new WeakMap<object, readonly string[]>();

export function conditionsOf(value: unknown): readonly string[] {
  return typeof value === 'object' && value !== null ? (CONDITIONS.get(value) ?? []) : [];
}

/** The value, under these further conditions: a shallow copy for plain objects, so that other uses of the same object stay unconditional. */
export function withConditions(value: unknown, conditions: readonly string[]): unknown {
  if (conditions.length === 0 || typeof value !== 'object' || value === null) return value;
  // A library value (a zod schema in a shape) gets a wrapper of its own: the same schema used elsewhere stays unconditional.
  const copy = Array.isArray(value)
    ? [...value]
    : isPlainObject(value)
      ? { ...value }
      : value instanceof Host
        ? new Host(value.value, value.self)
        : value;
  const all = [...new Set([...conditionsOf(value), ...conditions])];
  CONDITIONS.set(copy as object, all);
  return copy;
}

/** `to` carries the conditions of `from` (a mapped element, a copied object). */
export function keepConditions<T>(from: unknown, to: T): T {
  const conditions = conditionsOf(from);
  if (conditions.length > 0 && typeof to === 'object' && to !== null && !CONDITIONS.has(to))
    CONDITIONS.set(to, conditions);
  return to;
}

/** A condition as written, on one line and short enough to read in a warning. */
export function conditionText(node: Node | string, negate = false): string {
  const text = (typeof node === 'string' ? node : node.getText()).replace(/\s+/g, ' ').trim();
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return negate ? negateCondition(short) : short;
}

/**
 * The conditions of an item declared on two paths: none when either path has none, the common ones
 * when the paths differ in one condition and its opposite, else either path as written.
 */
export function mergeConditions(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  if (a.join(' && ') === b.join(' && ')) return [...a];
  const onlyA = a.filter((c) => !b.includes(c));
  const onlyB = b.filter((c) => !a.includes(c));
  if (onlyA.length === 1 && onlyB.length === 1 && sameCondition(conditionText(onlyA[0]!, true), onlyB[0]!))
    return a.filter((c) => b.includes(c));
  const either = `(${allOf(a)}) || (${allOf(b)})`;
  // Past a length a person reads, the alternatives are counted rather than spelled out.
  return [
    either.length <= 160 ? either : `one of several conditions (${either.split(') || (').length} ways it is declared)`,
  ];
}
