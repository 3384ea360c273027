// Dual packages ship each module twice (`x.d.ts` for require, `x.d.mts` for import). When both builds
// declare the same thing, a declaration in either is the same API and one probe answers for both.

import { buildStem, withoutModuleExtensions } from '../../surface/typescript/entry-points.ts';
import type { TypeScriptSurfaceData } from '../../surface/typescript/model.ts';

const dualBuilds = new WeakMap<TypeScriptSurfaceData, boolean>();

/**
 * Whether the package ships each module twice (`x.d.ts` for require, `x.d.mts` for import) as the
 * same declarations: every file with a twin reads like it once specifiers lose their extensions.
 * Then the two builds declare the same types, and one probe answers for a declaration in both.
 */
function faithfulDualBuild(surface: TypeScriptSurfaceData): boolean {
  let known = dualBuilds.get(surface);
  if (known === undefined) {
    const byStem = new Map<string, string[]>();
    for (const file of Object.keys(surface.files)) {
      const stem = buildStem(file);
      if (stem !== file) byStem.set(stem, [...(byStem.get(stem) ?? []), file]);
    }
    const twins = [...byStem.values()].filter((files) => files.length > 1);
    known =
      twins.length > 0 &&
      twins.every(([first, ...rest]) =>
        rest.every(
          (f) => withoutModuleExtensions(surface.files[f]!) === withoutModuleExtensions(surface.files[first!]!),
        ),
      );
    dualBuilds.set(surface, known);
  }
  return known;
}

/**
 * What names a declaration's module for sharing probes between the pair `old`, `next`: the file
 * without its build's extension when both versions are faithful dual builds, the file otherwise.
 */
export function moduleOf(
  old: TypeScriptSurfaceData,
  next: TypeScriptSurfaceData,
): (file: string | undefined) => string | undefined {
  const dual = faithfulDualBuild(old) && faithfulDualBuild(next);
  return (file) => (dual && file !== undefined ? buildStem(file) : file);
}
