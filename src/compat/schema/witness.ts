// Witnesses: a concrete JSON value that proves a change breaks a client. For an input schema it is a
// call the old schema accepted and the new one rejects; for an output schema, a result the new schema
// allows and the old one rejects. Every candidate is checked with ajv against both schemas; when none
// passes, no witness is claimed.

import { performance } from 'node:perf_hooks';
import type { Witness } from '../types.ts';
import type { SchemaFact } from './facts.ts';
import type { ErrorObject } from 'ajv';
import { firstError, type Validators } from './validator.ts';
import { sample, sampleFull, variants } from './sample.ts';
import { isObject } from './resolve.ts';

const MAX_CANDIDATES = 80;

export interface WitnessInput {
  fact: SchemaFact;
  /** `input`: old accepts, new rejects. `output`: new allows, old rejects. */
  direction: 'input' | 'output';
  /** Schemas as written (ajv resolves their `$ref`s itself). */
  oldSchema: unknown;
  newSchema: unknown;
  /** The same schemas dereferenced (for sampling). */
  oldResolved: unknown;
  newResolved: unknown;
  validators: Validators;
}

/** A witness, or why there is none: not found among the candidates, or the diff's witness budget spent. */
export type WitnessResult = { witness: Witness } | { witness?: undefined; reason: 'not-found' | 'budget' };

export function findWitness(input: WitnessInput): WitnessResult {
  const { validators } = input;
  if (!validators.budgetLeft) return { reason: 'budget' };
  const started = performance.now();
  try {
    const witness = search(input);
    return witness ? { witness } : { reason: 'not-found' };
  } finally {
    validators.spentMs += performance.now() - started;
  }
}

function search(input: WitnessInput): Witness | undefined {
  const [accepting, rejecting] =
    input.direction === 'input' ? [input.oldSchema, input.newSchema] : [input.newSchema, input.oldSchema];
  const acceptingResolved = input.direction === 'input' ? input.oldResolved : input.newResolved;
  const accept = input.validators.compile(accepting).validate;
  const reject = input.validators.compile(rejecting).validate;
  if (!accept || !reject) return undefined;
  const { fact } = input;
  const rejectingResolved = input.direction === 'input' ? input.newResolved : input.oldResolved;
  // Values the rejecting side is happy with everywhere else come first after the plain samples: a
  // witness of one change must not fail on another one (a `format` added to a sibling).
  const bases = [
    sample(acceptingResolved),
    sampleFull(acceptingResolved),
    sample(rejectingResolved),
    sampleFull(rejectingResolved),
  ];
  const local = [...(fact.probes ?? []), ...variants(input.direction === 'input' ? fact.oldNode : fact.newNode)];
  const candidates: unknown[] = [...bases];
  for (const base of bases)
    for (const value of local) {
      const placed = place(base, fact.path, value);
      if (placed !== undefined) candidates.push(placed);
    }
  const tried = new Set<string>();
  for (const candidate of candidates) {
    if (tried.size >= MAX_CANDIDATES) break;
    const key = JSON.stringify(candidate);
    if (key === undefined || tried.has(key)) continue;
    tried.add(key);
    if (accept(candidate) && !reject(candidate) && failsAt(reject.errors, fact.path)) {
      // For a result, it is the old schema (an old client) that rejects the value, not the new version.
      const error =
        input.direction === 'output'
          ? `an old client validating with the old schema: ${firstError(reject.errors)}`
          : firstError(reject.errors);
      return { kind: 'json', value: candidate, error };
    }
  }
  return undefined;
}

/** Where in the instance an ajv error is: its instance path, plus the property a `required` or `additionalProperties` error names. */
function errorPath(error: ErrorObject): string[] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as {
    missingProperty?: string;
    additionalProperty?: string;
    unevaluatedProperty?: string;
  };
  const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return named !== undefined ? [...segments, named] : segments;
}

/**
 * Whether the value is refused for the change it illustrates: the error lies at the fact's path or
 * below it (`[]` and `*` in the fact's path match any index or key). A value refused elsewhere would
 * prove another change, so it is no witness of this one.
 */
export function failsAt(errors: ErrorObject[] | null | undefined, path: readonly string[]): boolean {
  const error = errors?.[0];
  if (!error) return false;
  const at = errorPath(error);
  if (at.length < path.length) {
    // A whole value refused at an ancestor (`type`, `required` of the parent) says nothing about this path…
    // …except when the error is about the object itself and the fact is about that object's keywords.
    return false;
  }
  return path.every(
    (segment, i) =>
      segment === '[]' ||
      segment === '*' ||
      segment.startsWith('/') ||
      (segment.startsWith('[') ? at[i] === segment.slice(1, -1) : at[i] === segment),
  );
}

/** A copy of `base` with `value` at `path` (objects and arrays made as needed); undefined where a path cannot be built. */
export function place(base: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (head.startsWith('/')) return undefined; // a pattern property: no single name to write to
  if (head.startsWith('[')) {
    const array = Array.isArray(base) ? [...base] : [];
    const index = head === '[]' ? 0 : Number(head.slice(1, -1));
    while (array.length < index) array.push(array[0] ?? null);
    array[index] = place(array[index], rest, value);
    return array[index] === undefined ? undefined : array;
  }
  const object = isObject(base) ? { ...base } : {};
  const key = head === '*' ? 'mcpverExtra' : head;
  const inner = place(object[key], rest, value);
  if (inner === undefined) return undefined;
  object[key] = inner;
  return object;
}
