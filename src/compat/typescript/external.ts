// Which of another package's types a changed declaration names that the comparison could not load
// (the snapshot did not keep that package's declarations): there the checker sees `any`.

import { externalPackages, packageOfSpecifier } from '../../surface/typescript/external-types.ts';
import type { DeclarationPair, TypeScriptAnalysis } from './analysis.ts';

/** The module specifiers of `pair`, per side, whose package's declarations the side's snapshot lacks. */
export function unloadedModules(analysis: TypeScriptAnalysis, pair: DeclarationPair): { old: string[]; new: string[] } {
  const missing = (modules: string[] | undefined, files: Record<string, string> | undefined) => {
    const loaded = externalPackages(files);
    return (modules ?? []).filter((m) => !loaded.has(packageOfSpecifier(m)));
  };
  return { old: missing(pair.old.externalModules, analysis.old.externalFiles), new: missing(pair.new.externalModules, analysis.new.externalFiles) };
}
