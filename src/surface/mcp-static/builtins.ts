// What JavaScript itself gives every program, for the evaluator: the array, string, Map and Set
// methods servers use to assemble their tool lists (`map`, `filter`, `concat`, `flatMap`…), and the
// globals (`Object.values`, `Array.from`, `JSON`, `String`…). Callbacks written in the sources are
// followed through the evaluator; a filter it cannot decide keeps each element under the filter's
// condition, so that every branch is read and the condition is reported.

import type { Node } from 'ts-morph';
import type { Evaluator } from './evaluator.ts';
import {
  conditionText,
  conditionsOf,
  Host,
  hostValue,
  isPlainObject,
  keepConditions,
  SourceClass,
  SourceFunction,
  unwrapHost,
  Unresolved,
  withConditions,
} from './values.ts';

/** Returned when a name or method is not one of JavaScript's own: the evaluator goes on with the sources. */
export const NOT_BUILTIN = Symbol('not a builtin');

/** A global of JavaScript (`Object`, `Array`, `JSON`, `String`…), as a value the evaluator can call. */
export class Builtin {
  constructor(readonly name: string) {}
}

const GLOBALS = new Set([
  'Object',
  'Array',
  'JSON',
  'Math',
  'Number',
  'String',
  'Boolean',
  'Promise',
  'Map',
  'Set',
  'parseInt',
  'parseFloat',
  'isNaN',
  'encodeURIComponent',
  'decodeURIComponent',
  'atob',
  'btoa',
  'Buffer',
]);

export function globalValue(name: string): unknown {
  return GLOBALS.has(name) ? new Builtin(name) : NOT_BUILTIN;
}

const isPrimitive = (v: unknown): boolean =>
  v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

export function readBuiltinProperty(object: unknown, key: string | number): unknown {
  if (object instanceof Builtin) {
    const real = (globalThis as Record<string, unknown>)[object.name] as Record<string | number, unknown> | undefined;
    const value = real?.[key];
    return typeof value === 'number' || typeof value === 'string' ? value : NOT_BUILTIN;
  }
  if (Array.isArray(object) && key === 'length') return object.length;
  if (typeof object === 'string')
    return key === 'length' ? object.length : typeof key === 'number' ? object[key] : NOT_BUILTIN;
  if ((object instanceof Map || object instanceof Set) && key === 'size') return object.size;
  return NOT_BUILTIN;
}

/** Call a function value the way an array method calls its callback. */
function invoke(ev: Evaluator, fn: unknown, args: unknown[], at: Node): unknown {
  if (fn instanceof SourceFunction) return ev.call(fn, args, at);
  if (fn instanceof Builtin) return callBuiltin(ev, undefined, fn, args.slice(0, 1), at);
  const value = hostValue(fn);
  if (typeof value === 'function') {
    try {
      return new Host((value as (...a: unknown[]) => unknown)(...args.map(unwrapHost)));
    } catch (error) {
      return new Unresolved(
        `a callback failed when rebuilt from the sources: ${(error as Error).message.split('\n')[0]}`,
        ev.at(at),
      );
    }
  }
  return new Unresolved('calls back a function mcpver cannot follow', ev.at(at));
}

/** The condition a callback stands for: its expression body (`t.enabled`), or the call as written. */
function callbackCondition(fn: unknown, at: Node): string {
  if (fn instanceof SourceFunction && fn.node) {
    const body = (fn.node as unknown as { getBody?(): Node }).getBody?.();
    if (body && body.getKindName() !== 'Block') return conditionText(body);
    // `(t) => { return allowed(t); }`: the one expression it returns.
    const statements = (body as unknown as { getStatements?(): Node[] } | undefined)?.getStatements?.() ?? [];
    const only =
      statements.length === 1
        ? (statements[0] as unknown as { getExpression?(): Node | undefined }).getExpression?.()
        : undefined;
    if (only && statements[0]!.getKindName() === 'ReturnStatement') return conditionText(only);
  }
  return conditionText(at);
}

/**
 * `target.name(...args)` when target is an array, string, Map, Set, source function or a global of
 * JavaScript; `callee(...args)` (target undefined) when callee is a global function. NOT_BUILTIN otherwise.
 */
export function callBuiltin(
  ev: Evaluator,
  target: unknown,
  name: unknown,
  args: unknown[],
  at: Node,
  constructing = false,
): unknown {
  if (target === undefined)
    return name instanceof Builtin ? callGlobal(ev, name.name, args, at, constructing) : NOT_BUILTIN;
  if (typeof name !== 'string') return NOT_BUILTIN;
  if (target instanceof Builtin) return callStatic(ev, target.name, name, args, at);
  if (Array.isArray(target)) return callArray(ev, target, name, args, at);
  if (typeof target === 'string' || typeof target === 'number' || typeof target === 'boolean')
    return callPrimitive(ev, target, name, args, at);
  if (target instanceof Map) return callMap(target, name, args);
  if (Buffer.isBuffer(target))
    return name === 'toString' && (args[0] === undefined || typeof args[0] === 'string')
      ? target.toString(args[0] as BufferEncoding | undefined)
      : NOT_BUILTIN;
  if (target instanceof Set)
    return name === 'has' ? target.has(args[0]) : name === 'values' || name === 'keys' ? [...target] : NOT_BUILTIN;
  if (target instanceof SourceFunction) {
    if (name === 'bind') return target.bind(args[0]);
    if (name === 'call') return ev.call(target.bind(args[0]), args.slice(1), at);
    if (name === 'apply')
      return Array.isArray(args[1]) || args[1] === undefined
        ? ev.call(target.bind(args[0]), (args[1] as unknown[]) ?? [], at)
        : NOT_BUILTIN;
  }
  return NOT_BUILTIN;
}

function callGlobal(ev: Evaluator, name: string, args: unknown[], at: Node, constructing: boolean): unknown {
  const [first] = args.map(hostValue);
  if (first instanceof Unresolved) return first;
  switch (name) {
    case 'String':
      return isPrimitive(first) ? String(first) : NOT_BUILTIN;
    case 'Number':
      return isPrimitive(first) ? Number(first) : NOT_BUILTIN;
    case 'Boolean':
      return ev.truthy(args[0]) ?? new Unresolved(`cannot decide \`${at.getText().slice(0, 60)}\``, ev.at(at));
    case 'parseInt':
      return typeof first === 'string'
        ? Number.parseInt(first, typeof args[1] === 'number' ? args[1] : 10)
        : NOT_BUILTIN;
    case 'parseFloat':
      return typeof first === 'string' ? Number.parseFloat(first) : NOT_BUILTIN;
    case 'isNaN':
      return typeof first === 'number' ? Number.isNaN(first) : NOT_BUILTIN;
    case 'atob':
    case 'btoa':
      try {
        return typeof first === 'string' ? (name === 'atob' ? atob(first) : btoa(first)) : NOT_BUILTIN;
      } catch {
        return new Unresolved(`\`${name}\` of text it refuses`, ev.at(at));
      }
    case 'encodeURIComponent':
      return typeof first === 'string' ? encodeURIComponent(first) : NOT_BUILTIN;
    case 'decodeURIComponent':
      return typeof first === 'string' ? decodeURIComponent(first) : NOT_BUILTIN;
    case 'Map':
      if (!constructing) return NOT_BUILTIN;
      if (first === undefined) return new Map();
      if (first instanceof Map) return new Map(first);
      if (Array.isArray(first) && first.every((e) => Array.isArray(e))) return new Map(first as [unknown, unknown][]);
      return NOT_BUILTIN;
    case 'Set':
      if (!constructing) return NOT_BUILTIN;
      return first === undefined ? new Set() : Array.isArray(first) ? new Set(first) : NOT_BUILTIN;
    case 'Array':
      return Array.isArray(first) ? first : NOT_BUILTIN;
    default:
      return NOT_BUILTIN;
  }
}

function callStatic(ev: Evaluator, owner: string, name: string, args: unknown[], at: Node): unknown {
  const unresolved = args.find((a): a is Unresolved => a instanceof Unresolved);
  const first = hostValue(args[0]);
  if (owner === 'Object') {
    if (unresolved && name !== 'assign') return unresolved;
    const entriesOf = (v: unknown): [string, unknown][] | undefined =>
      isPlainObject(v)
        ? Object.entries(v)
        : v instanceof Map
          ? [...v].map(([k, x]) => [String(k), x])
          : Array.isArray(v)
            ? v.map((x, i) => [String(i), x])
            : undefined;
    switch (name) {
      case 'keys':
        return entriesOf(first)?.map(([k]) => k) ?? NOT_BUILTIN;
      case 'values':
        return entriesOf(first)?.map(([, v]) => v) ?? NOT_BUILTIN;
      case 'entries':
        return entriesOf(first)?.map(([k, v]) => keepConditions(v, [k, v])) ?? NOT_BUILTIN;
      case 'fromEntries': {
        const list = first instanceof Map ? [...first] : first;
        if (!Array.isArray(list)) return NOT_BUILTIN;
        const out: Record<string, unknown> = {};
        for (const entry of list) {
          if (entry instanceof Unresolved) return entry;
          if (!Array.isArray(entry) || (typeof entry[0] !== 'string' && typeof entry[0] !== 'number'))
            return new Unresolved('an entry whose key is not known', ev.at(at));
          out[String(entry[0])] = keepConditions(entry, entry[1]);
        }
        return out;
      }
      case 'assign': {
        if (unresolved) return unresolved;
        const out: Record<string, unknown> = {};
        for (const part of args.map(hostValue)) if (isPlainObject(part)) Object.assign(out, part);
        return out;
      }
      case 'freeze':
      case 'seal':
        return args[0];
      default:
        return NOT_BUILTIN;
    }
  }
  if (unresolved) return unresolved;
  switch (`${owner}.${name}`) {
    case 'Array.isArray':
      return Array.isArray(first);
    case 'Array.of':
      return [...args];
    case 'Array.from': {
      const length =
        isPlainObject(first) &&
        typeof first.length === 'number' &&
        Object.keys(first).length === 1 &&
        first.length <= 10_000
          ? first.length
          : undefined;
      const list =
        first instanceof Map
          ? [...first]
          : first instanceof Set
            ? [...first]
            : typeof first === 'string'
              ? [...first]
              : Array.isArray(first)
                ? [...first]
                : length !== undefined
                  ? Array.from({ length }, () => undefined)
                  : undefined;
      if (!list) return NOT_BUILTIN;
      return args[1] === undefined ? list : callArray(ev, list, 'map', [args[1]], at);
    }
    case 'JSON.stringify':
      return isData(first)
        ? JSON.stringify(first, null, typeof args[2] === 'number' || typeof args[2] === 'string' ? args[2] : undefined)
        : NOT_BUILTIN;
    case 'JSON.parse':
      if (typeof first !== 'string') return NOT_BUILTIN;
      try {
        return JSON.parse(first) as unknown;
      } catch {
        return new Unresolved('JSON.parse of text that is not JSON', ev.at(at));
      }
    case 'Buffer.from':
      return typeof first === 'string' && (args[1] === undefined || typeof args[1] === 'string')
        ? Buffer.from(first, args[1] as BufferEncoding | undefined)
        : NOT_BUILTIN;
    case 'Promise.resolve':
      return args[0];
    case 'Promise.all':
      return Array.isArray(first) ? first : NOT_BUILTIN;
    default:
      break;
  }
  if (owner === 'Math' || owner === 'Number' || owner === 'String') {
    const fn = ((globalThis as Record<string, unknown>)[owner] as Record<string, unknown>)[name];
    if (typeof fn === 'function' && args.every(isPrimitive)) return (fn as (...a: unknown[]) => unknown)(...args);
  }
  return NOT_BUILTIN;
}

/** Plain data all the way down: what JSON.stringify would print the same here as in the server. */
function isData(value: unknown): boolean {
  if (isPrimitive(value)) return true;
  if (Array.isArray(value)) return value.every(isData);
  if (isPlainObject(value)) return Object.values(value).every(isData);
  return false;
}

function callPrimitive(
  ev: Evaluator,
  target: string | number | boolean,
  name: string,
  args: unknown[],
  at: Node,
): unknown {
  const unresolved = args.find((a): a is Unresolved => a instanceof Unresolved);
  if (unresolved) return unresolved;
  const plain = args.map(hostValue);
  if (!plain.every((a) => isPrimitive(a) || a instanceof RegExp)) return NOT_BUILTIN;
  const method = (Object(target) as Record<string, unknown>)[name];
  if (typeof method !== 'function' || ['constructor', 'valueOf'].includes(name)) return NOT_BUILTIN;
  try {
    return (method as (...a: unknown[]) => unknown).apply(target, plain);
  } catch (error) {
    return new Unresolved(
      `\`${name}(…)\` failed when rebuilt from the sources: ${(error as Error).message}`,
      ev.at(at),
    );
  }
}

function callMap(target: Map<unknown, unknown>, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'get':
      return target.get(hostValue(args[0]));
    case 'has':
      return target.has(hostValue(args[0]));
    case 'keys':
      return [...target.keys()];
    case 'values':
      return [...target.values()];
    case 'entries':
      return [...target.entries()];
    default:
      return NOT_BUILTIN;
  }
}

function callArray(ev: Evaluator, target: unknown[], name: string, args: unknown[], at: Node): unknown {
  const [fn] = args;
  const each = (i: number) => [target[i], i, target];
  switch (name) {
    case 'map': {
      if (fn === undefined) return NOT_BUILTIN;
      return target.map((element, i) => keepConditions(element, invoke(ev, fn, each(i), at)));
    }
    case 'flatMap': {
      const out: unknown[] = [];
      target.forEach((element, i) => {
        const result = invoke(ev, fn, each(i), at);
        if (Array.isArray(result)) out.push(...result.map((r) => withConditions(r, conditionsOf(element))));
        else out.push(keepConditions(element, result));
      });
      return out;
    }
    case 'filter': {
      const out: unknown[] = [];
      target.forEach((element, i) => {
        // A callback with statements: kept under the conditions of the paths on which it returns a truthy value.
        const when =
          fn instanceof SourceFunction
            ? ev.interpreter.truthWhen(fn, each(i), at)
            : ev.truthy(invoke(ev, fn, each(i), at));
        const kept = typeof when === 'string' ? undefined : when;
        if (kept === true) out.push(element);
        else if (typeof when === 'string') out.push(withConditions(element, [when]));
        // Not decided here: the element is read, under the filter's condition.
        else if (kept === undefined) out.push(withConditions(element, [callbackCondition(fn, at)]));
      });
      return out;
    }
    case 'forEach': {
      target.forEach((_, i) => invoke(ev, fn, each(i), at));
      return undefined;
    }
    case 'find':
    case 'findLast':
    case 'some':
    case 'every':
    case 'findIndex': {
      const order = name === 'findLast' ? [...target.keys()].reverse() : [...target.keys()];
      for (const i of order) {
        const result = ev.truthy(invoke(ev, fn, each(i), at));
        if (result === undefined) return new Unresolved(`cannot decide \`${conditionText(at)}\``, ev.at(at));
        if (result && name === 'some') return true;
        if (!result && name === 'every') return false;
        if (result && (name === 'find' || name === 'findLast')) return target[i];
        if (result && name === 'findIndex') return i;
      }
      return name === 'some' ? false : name === 'every' ? true : name === 'findIndex' ? -1 : undefined;
    }
    case 'reduce': {
      let i = 0;
      let accumulator = args.length > 1 ? args[1] : target[i++];
      for (; i < target.length; i += 1) {
        accumulator = invoke(ev, fn, [accumulator, target[i], i, target], at);
        if (accumulator instanceof Unresolved) return accumulator;
      }
      return accumulator;
    }
    case 'concat': {
      const out = [...target];
      for (const arg of args) {
        const value = hostValue(arg);
        if (value instanceof Unresolved) return value;
        if (Array.isArray(value)) out.push(...value);
        else out.push(arg);
      }
      return out;
    }
    case 'flat':
      return target.flat(typeof args[0] === 'number' ? args[0] : 1);
    case 'slice':
      return args.every((a) => a === undefined || typeof a === 'number')
        ? target.slice(args[0] as number | undefined, args[1] as number | undefined)
        : NOT_BUILTIN;
    case 'reverse':
    case 'toReversed':
      return [...target].reverse();
    case 'sort':
    case 'toSorted': {
      if (fn === undefined) return target.every((t) => typeof t === 'string') ? [...target].sort() : [...target];
      // The order of a tool list does not change what it promises: keep it when the comparator cannot be followed.
      try {
        return [...target].sort((a, b) => {
          const order = hostValue(invoke(ev, fn, [a, b], at));
          if (typeof order !== 'number') throw new Error('unknown order');
          return order;
        });
      } catch {
        return [...target];
      }
    }
    case 'includes':
      return args[0] instanceof Unresolved ? args[0] : target.includes(hostValue(args[0]));
    case 'indexOf':
      return args[0] instanceof Unresolved ? args[0] : target.indexOf(hostValue(args[0]));
    case 'join':
      return target.every(isPrimitive) && (args[0] === undefined || typeof args[0] === 'string')
        ? target.join(args[0] as string | undefined)
        : NOT_BUILTIN;
    case 'at':
      return typeof args[0] === 'number' ? target.at(args[0]) : NOT_BUILTIN;
    case 'keys':
      return [...target.keys()];
    case 'values':
      return [...target];
    case 'entries':
      return target.map((v, i) => [i, v]);
    default:
      return NOT_BUILTIN;
  }
}

export { SourceClass };
