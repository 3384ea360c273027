// The type parameters a declaration takes: of the type itself, or of a single-signature function.

import type { TsTypeParameter } from '../../surface/typescript/model.ts';
import type { DeclarationPair } from './analysis.ts';

export function typeParametersOf(pair: DeclarationPair, side: 'old' | 'new'): TsTypeParameter[] {
  const d = pair[side];
  if (d.kind === 'function') return d.signatures?.length === 1 ? d.signatures[0]!.typeParameters : [];
  return d.typeParameters ?? [];
}

/** The same type parameter names in another order (`<K, V>` → `<V, K>`). */
export function reorderedTypeParameters(before: TsTypeParameter[], after: TsTypeParameter[]): boolean {
  const a = before.map((t) => t.name);
  const b = after.map((t) => t.name);
  return (
    a.length > 1 && a.length === b.length && a.join() !== b.join() && [...a].sort().join() === [...b].sort().join()
  );
}

/**
 * Old and new type parameters side by side: by name when they were only reordered (the reorder is
 * its own change), else by position, which is how explicit type arguments bind.
 */
export function matchedTypeParameters(
  before: TsTypeParameter[],
  after: TsTypeParameter[],
): [TsTypeParameter, TsTypeParameter][] {
  if (reorderedTypeParameters(before, after)) return before.map((t) => [t, after.find((u) => u.name === t.name)!]);
  return before.slice(0, after.length).map((t, i) => [t, after[i]!]);
}
