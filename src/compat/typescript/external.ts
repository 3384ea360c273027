// Which dependencies' types the comparison loads, and where: a package identical in both versions
// once, for both (the checker then compares its types by identity, not structure); the same major
// on each side; a new major on neither, since comparing two majors' types structurally is what
// ts-dependency-type-major flags instead, and can cost more than the rest of the check (zod 3
// against zod 4 exhausted 4 GB on the MCP SDK). A changed declaration that names what was not
// loaded is reported for review.

import semver from 'semver';
import {
  externalPackageFiles,
  externalPackageVersion,
  packageOfSpecifier,
} from '../../surface/typescript/external-types.ts';
import type { TypeScriptSurfaceData } from '../../surface/typescript/model.ts';
import type { DeclarationPair, TypeScriptAnalysis } from './analysis.ts';

export interface ExternalMounts {
  /** Files mounted once at `/node_modules/…`, resolved by both sides. */
  shared: Record<string, string>;
  /** Files mounted under `/old/…` and `/new/…`. */
  old: Record<string, string>;
  new: Record<string, string>;
  /** The packages each side resolves. */
  loaded: { old: Set<string>; new: Set<string> };
  /** Packages both snapshots keep, at two majors: not compared. */
  acrossMajors: Set<string>;
}

const sameFiles = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/** 0.x lines break at every minor, as semver ranges read them. */
const line = (version: string | undefined) => {
  const v = version ? semver.coerce(version) : null;
  return v ? (v.major === 0 ? `0.${v.minor}` : `${v.major}`) : undefined;
};

const memo = new WeakMap<TypeScriptSurfaceData, WeakMap<TypeScriptSurfaceData, ExternalMounts>>();

export function externalMounts(old: TypeScriptSurfaceData, next: TypeScriptSurfaceData): ExternalMounts {
  const cached = memo.get(old)?.get(next);
  if (cached) return cached;
  const mounts: ExternalMounts = {
    shared: {},
    old: {},
    new: {},
    loaded: { old: new Set(), new: new Set() },
    acrossMajors: new Set(),
  };
  const before = externalPackageFiles(old.externalFiles);
  const after = externalPackageFiles(next.externalFiles);
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (a && b && sameFiles(a, b)) {
      Object.assign(mounts.shared, a);
    } else if (a && b) {
      const same = line(externalPackageVersion(name, a));
      if (same === undefined || same !== line(externalPackageVersion(name, b))) {
        mounts.acrossMajors.add(name);
        continue;
      }
      Object.assign(mounts.old, a);
      Object.assign(mounts.new, b);
    } else {
      Object.assign(a ? mounts.old : mounts.new, a ?? b);
    }
    if (a) mounts.loaded.old.add(name);
    if (b) mounts.loaded.new.add(name);
  }
  const inner = memo.get(old) ?? new WeakMap();
  inner.set(next, mounts);
  memo.set(old, inner);
  return mounts;
}

/** The module specifiers of `pair`, per side, whose package's types the comparison did not load. */
export function unloadedModules(analysis: TypeScriptAnalysis, pair: DeclarationPair): { old: string[]; new: string[] } {
  const { loaded } = externalMounts(analysis.old, analysis.new);
  const missing = (modules: string[] | undefined, side: Set<string>) =>
    (modules ?? []).filter((m) => !side.has(packageOfSpecifier(m)));
  return { old: missing(pair.old.externalModules, loaded.old), new: missing(pair.new.externalModules, loaded.new) };
}
