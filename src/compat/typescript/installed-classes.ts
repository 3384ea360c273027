// Instances of a class with private members can only come from the package: TypeScript compares
// such classes by declaration, not by shape, so no consumer can build one. After an upgrade the
// instances a consumer holds are the installed version's. Code that passes them back (`new
// Completions(client)`) is probed with the installed class in place of the old one; the class's own
// changes are judged on the class, instead of breaking every constructor and function that takes it.

import { buildStem } from '../../surface/typescript/entry-points.ts';
import type { TsDeclaration, TypeScriptSurfaceData } from '../../surface/typescript/model.ts';
import { ARGS, INSTALLED } from './probe-text.ts';

export interface InstalledClass {
  name: string;
  /** The entry point both versions export it from (the root one when there is a choice). */
  entry: string;
}

/** Private, protected or `#private` members: the class compares by declaration. */
function nominal(d: TsDeclaration): boolean {
  return (
    /(^|[{;]\s*)#private\b/.test(d.signature) ||
    (d.members ?? []).some((m) => m.visibility === 'private' || m.visibility === 'protected')
  );
}

/** Names that parameter types of the old version mention: only classes passed back matter. */
function parameterTypeNames(declarations: readonly TsDeclaration[]): Set<string> {
  const names = new Set<string>();
  const add = (type: string) => {
    for (const name of type.match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(name);
  };
  for (const d of declarations) {
    for (const s of d.signatures ?? []) for (const p of s.parameters) add(p.type);
    for (const m of d.members ?? []) for (const s of m.signatures ?? []) for (const p of s.parameters) add(p.type);
  }
  return names;
}

/**
 * The nominal, non-generic classes both versions export under one name from one declaration file,
 * that some parameter of the old version takes: one per build of that file (a dual package's
 * `client.d.ts` and `client.d.mts` declare two classes), each with an entry that exports it. A name
 * two different modules declare is left out.
 */
export function installedClasses(old: TypeScriptSurfaceData, next: TypeScriptSurfaceData): InstalledClass[] {
  const taken = parameterTypeNames(old.declarations);
  const newByKey = new Map(next.declarations.map((d) => [`${d.entry}\u0000${d.name}`, d]));
  const variants = new Map<string, Map<string, string[]>>();
  for (const d of old.declarations) {
    if (d.kind !== 'class' || !taken.has(d.name) || (d.typeParameters?.length ?? 0) > 0 || !nominal(d)) continue;
    const n = newByKey.get(`${d.entry}\u0000${d.name}`);
    if (
      !n ||
      n.kind !== 'class' ||
      (n.typeParameters?.length ?? 0) > 0 ||
      !nominal(n) ||
      n.declarationFile !== d.declarationFile
    )
      continue;
    const files = variants.get(d.name) ?? new Map<string, string[]>();
    files.set(d.declarationFile ?? '', [...(files.get(d.declarationFile ?? '') ?? []), d.entry]);
    variants.set(d.name, files);
  }
  return [...variants]
    .filter(([, files]) => new Set([...files.keys()].map(buildStem)).size === 1)
    .flatMap(([name, files]) =>
      [...files.values()].map((entries) => ({ name, entry: entries.includes('.') ? '.' : [...entries].sort()[0]! })),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.entry.localeCompare(b.entry));
}

/** The helper types that swap classes: `Installed<T>` for a type, `Args<P>` for a parameter tuple. */
export type SwapTypeName = 'Match' | 'Hit' | 'Installed' | 'AnyHit' | 'Map' | 'Args';

/**
 * The declarations of the helper types that swap each class `from` for `to`, named by `name`: in
 * the probe file (one set per direction) and in a witness (once, for the consumer to read).
 */
export function swapTypes(
  swaps: readonly (readonly [from: string, to: string])[],
  name: (type: SwapTypeName) => string,
  prefix = '',
): string[] {
  const [match, hit, installed, anyHit, map, args] = (
    ['Match', 'Hit', 'Installed', 'AnyHit', 'Map', 'Args'] as const
  ).map(name);
  return [
    // Each member of a union on its own; a class matches by equivalence (a subclass is not its base).
    `${prefix}type ${match}<T> = ${swaps.map(([from, to]) => `([T] extends [${from}] ? ([${from}] extends [T] ? ${to} : never) : never)`).join(' | ') || 'never'};`,
    // The classes a type (each member of a union) is; none for `any`, `unknown` and unresolved
    // types, tested first and wrapped: a conditional on an unresolved type is itself unresolved.
    `${prefix}type ${hit}<T> = [unknown] extends [T] ? never : T extends unknown ? ${match}<T> : never;`,
    // Without a class in it, a type or a parameter tuple is left exactly as it is. A tuple is walked
    // element by element: as a union of its elements, one `any` would hide the rest, and a mapped
    // tuple type loses its arity when an element's type did not resolve.
    `${prefix}type ${installed}<T> = [${hit}<T>] extends [never] ? T : T extends unknown ? ([${hit}<T>] extends [never] ? T : ${match}<T>) : never;`,
    `${prefix}type ${anyHit}<P extends readonly unknown[]> = P extends readonly [] ? never : P extends readonly [infer H, ...infer R] ? ${hit}<H> | ${anyHit}<R> : number extends P['length'] ? ${hit}<P[number]> : P extends readonly [(infer H)?, ...infer R] ? ${hit}<H> | ${anyHit}<R> : never;`,
    `${prefix}type ${map}<P extends readonly unknown[]> = P extends readonly [] ? [] : P extends readonly [infer H, ...infer R] ? [${installed}<H>, ...${map}<R>] : number extends P['length'] ? ${installed}<P[number]>[] : P extends readonly [(infer H)?, ...infer R] ? [${installed}<H>?, ...${map}<R>] : P;`,
    `${prefix}type ${args}<P extends readonly unknown[]> = [${anyHit}<P>] extends [never] ? P : ${map}<P>;`,
  ];
}

/**
 * The helper types of the probe file, one set per direction (`OO`, `ON`, `NN`, `NO`: the pinned
 * side, then the used one): `$INSTALLED<T>` swaps a pinned class for the used version's, `$ARGS<P>`
 * does so in each element of a parameter tuple. `ns(side, entry)` names an entry's namespace import.
 * Exported, for the probe files that import them (`REVERSE_HELPERS`).
 */
export function installedHelpers(
  classes: readonly InstalledClass[],
  ns: (side: 'O' | 'N', entry: string) => string,
): string {
  return (['OO', 'ON', 'NN', 'NO'] as const)
    .flatMap(([pin, api]) => {
      const swaps =
        pin === api
          ? []
          : classes.map(
              (c) =>
                [`${ns(pin as 'O' | 'N', c.entry)}.${c.name}`, `${ns(api as 'O' | 'N', c.entry)}.${c.name}`] as const,
            );
      return swapTypes(swaps, (type) => `__${type}_${pin}${api}`, 'export ');
    })
    .join('\n');
}

/** The import of the helpers a file of forward probes (old code, the new version used) needs. */
export const FORWARD_HELPERS = "import type { __Installed_ON, __Args_ON } from './probes';";
/** The import of the helpers a file of reverse probes (new code, either version used) needs. */
export const REVERSE_HELPERS = "import type { __Installed_NN, __Args_NN, __Installed_NO, __Args_NO } from './probes';";

/** The probe's placeholders for the helpers, in the variant that pins `pin` and uses `api`. */
export function withInstalledHelpers(code: string, pin: 'O' | 'N', api: 'O' | 'N'): string {
  return code.split(`${INSTALLED}<`).join(`__Installed_${pin}${api}<`).split(`${ARGS}<`).join(`__Args_${pin}${api}<`);
}
