// The TypeScript part of a snapshot: the public API a package's consumers import, read with ts-morph
// from its declared entry points. Bad input becomes warnings with file:line; nothing is guessed.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ts } from 'ts-morph';
import type { SurfaceWarning } from '../types.ts';
import { readDeclarations } from './declarations.ts';
import { findBareEntryPoints, findEntryPoints, type EntryPoint } from './entry-points.ts';
import type { TypeScriptSurfaceResult } from './model.ts';
import { minimumTypeScript } from './minimum-version.ts';
import { declarationPathOf, loadPackage, type LoadedPackage, type LoadOptions } from './program.ts';

export type { TsDeclaration, TsMember, TsSignature, TypeScriptSurfaceData, TypeScriptSurfaceResult } from './model.ts';
export { asTypeScriptData } from './model.ts';

export class TypeScriptSurfaceError extends Error {
  override name = 'TypeScriptSurfaceError';
}

export type TakeTypeScriptSurfaceOptions = LoadOptions;

/** The warning of a package that declares no TypeScript at all (a JavaScript package: nothing wrong). */
export const NO_ENTRY_POINT_WARNING =
  'no TypeScript entry point found (package.json has no "exports" with types, "types", "typings" or "main" that resolves to a .d.ts or .ts file)';

/** The syntax trees of the built declarations, already parsed by the extraction (the files consumers' compilers read). */
function builtTrees(pkg: LoadedPackage): Map<string, ts.SourceFile> | undefined {
  return pkg.from === 'dts' ? new Map([...pkg.own].map(([rel, file]) => [rel, file.compilerNode])) : undefined;
}

/**
 * Read the exported TypeScript API of the package in `dir`: its package.json names the entry
 * points; a folder without one is read as bare declarations (`findBareEntryPoints`).
 */
export function takeTypeScriptSurface(
  dir: string,
  options: TakeTypeScriptSurfaceOptions = {},
): TypeScriptSurfaceResult {
  const manifestPath = join(dir, 'package.json');
  const warnings: SurfaceWarning[] = [];
  let entries: EntryPoint[];
  // A folder of bare declarations has no manifest: no peerDependencies or typesVersions to read.
  let manifest: Record<string, unknown> = {};
  if (existsSync(manifestPath)) {
    try {
      manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new TypeScriptSurfaceError(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
    }
    entries = findEntryPoints(dir, manifest, warnings);
  } else {
    entries = findBareEntryPoints(dir);
  }
  if (entries.length === 0) {
    warnings.push({ part: 'typescript', message: NO_ENTRY_POINT_WARNING, location: { file: 'package.json' } });
    return { surface: { entryPoints: {}, declarations: [], files: {}, from: 'dts', sourceHash: '' }, warnings };
  }
  const pkg = loadPackage(dir, new Map(entries.map((e) => [e.subpath, e.file])), warnings, options);
  const declarations = readDeclarations(dir, pkg, warnings);
  const entryPoints = Object.fromEntries(entries.map((e) => [e.subpath, declarationPathOf(e.file)]));
  const surface = {
    entryPoints,
    declarations,
    files: pkg.files,
    from: pkg.from,
    sourceHash: pkg.sourceHash,
    minimumTypeScript: minimumTypeScript(manifest, pkg.files, builtTrees(pkg)),
  };
  return {
    surface: Object.keys(pkg.externalFiles).length > 0 ? { ...surface, externalFiles: pkg.externalFiles } : surface,
    warnings,
  };
}
