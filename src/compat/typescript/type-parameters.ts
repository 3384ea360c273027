// The type parameters a declaration takes: of the type itself, or of a single-signature function.

import type { TsTypeParameter } from '../../surface/typescript/model.ts';
import type { DeclarationPair } from './analysis.ts';

export function typeParametersOf(pair: DeclarationPair, side: 'old' | 'new'): TsTypeParameter[] {
  const d = pair[side];
  if (d.kind === 'function') return d.signatures?.length === 1 ? d.signatures[0]!.typeParameters : [];
  return d.typeParameters ?? [];
}
