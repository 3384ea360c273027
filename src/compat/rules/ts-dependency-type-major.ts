// TS-57: the API names types of another package (`import type { ZodTypeAny } from 'zod'`) and that
// dependency's declared range moved to a new major: consumers now meet the new major's types in this
// API, whose own declarations may be unchanged. The checker does not compare two versions of a
// dependency, so the change is major and flagged for review, naming the declarations involved.

import { isBuiltin } from 'node:module';
import semver from 'semver';
import type { TsDeclaration } from '../../surface/typescript/model.ts';
import type { PackageSurface } from '../../surface/types.ts';
import type { Change } from '../types.ts';
import { label, tsRule } from '../typescript/rule-kit.ts';
import { itemKey } from '../surface-items.ts';

/** The package a module specifier belongs to: `zod/v4` → `zod`, `@scope/a/b` → `@scope/a`, `node:events` → `@types/node`. */
export function packageOfSpecifier(specifier: string): string {
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return '@types/node';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The package whose files declare a re-exported declaration (`export { z } from 'zod'`): its location is in node_modules. */
function declaringPackage(d: TsDeclaration): string | undefined {
  const file = d.location?.file ?? '';
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  return packageOfSpecifier(file.slice(at + 'node_modules/'.length));
}

/** The packages whose types a declaration names (imports) or is (re-exports). */
function packagesOf(d: TsDeclaration): string[] {
  const declaring = declaringPackage(d);
  return [...(d.externalModules ?? []).map(packageOfSpecifier), ...(declaring ? [declaring] : [])];
}

/** The range a package declares for a dependency: its own entry, else its `@types` package. */
function declaredRange(pkg: PackageSurface | null, name: string): { name: string; range: string } | undefined {
  if (!pkg) return undefined;
  const types = name.startsWith('@types/') ? name : `@types/${name.replace(/^@([^/]+)\//, '$1__')}`;
  for (const candidate of [name, types]) {
    const range = pkg.dependencies[candidate] ?? pkg.peerDependencies[candidate];
    if (range !== undefined) return { name: candidate, range };
  }
  return undefined;
}

/** The release line whose changes may break (`^3.23` → `3`, `^0.4` → `0.4`): what a caret admits. */
function line(range: string): semver.SemVer | undefined {
  if (!semver.validRange(range)) return undefined;
  return semver.minVersion(range) ?? undefined;
}

function newLine(before: string, after: string): boolean {
  const a = line(before);
  const b = line(after);
  if (!a || !b || !semver.gt(b, a)) return false;
  return a.major === 0 && b.major === 0 ? a.minor !== b.minor : a.major !== b.major;
}

/** Exported declarations that name the package's types, directly or through another such declaration. */
function exposing(declarations: TsDeclaration[], pkgName: string): TsDeclaration[] {
  const direct = declarations.filter((d) => packagesOf(d).includes(pkgName));
  const names = new Set(direct.map((d) => d.name));
  const found = new Set(direct);
  // A function whose parameter is an exported `ToolDefinition` that names zod re-exposes zod too.
  for (let grew = true; grew;) {
    grew = false;
    for (const d of declarations) {
      if (found.has(d)) continue;
      const words = new Set(d.signature.match(/[A-Za-z_$][\w$]*/g) ?? []);
      if ([...names].some((n) => words.has(n) && n !== d.name)) {
        found.add(d);
        names.add(d.name);
        grew = true;
      }
    }
  }
  return declarations.filter((d) => found.has(d));
}

export const rule = tsRule({
  id: 'ts-dependency-type-major',
  level: 'major',
  description: 'A dependency whose types the exported API names (re-exposes) moved to a new major version.',
  rationale:
    "Consumers meet the dependency's new major through this package's API: its types changed under declarations that look the same.",
  find(analysis, context) {
    const modules = new Set(analysis.new.declarations.flatMap(packagesOf));
    const changes: Change[] = [];
    for (const pkgName of [...modules].sort()) {
      const before = declaredRange(context.old.package, pkgName);
      const after = declaredRange(context.new.package, pkgName);
      if (!before || !after || before.name !== after.name || !newLine(before.range, after.range)) continue;
      const involved = exposing(analysis.new.declarations, pkgName);
      const names = involved.map((d) => label(d));
      const shown =
        names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
      changes.push({
        rule: 'ts-dependency-type-major',
        level: 'major',
        item: itemKey.package(),
        subject: `package.dependencies.${after.name}`,
        message: `${after.name} moved to a new major ("${before.range}" → "${after.range}") and the API re-exposes its types: ${shown}`,
        before: before.range,
        after: { range: after.range, declarations: involved.map((d) => itemKey.declaration(d.entry, d.name)) },
        // At the declaration that imports the dependency's types, where a reviewer looks first.
        // A re-exported declaration lives in the dependency's files: then point at package.json, where the range changed.
        location: involved.find(
          (d) => d.externalModules?.some((m) => packageOfSpecifier(m) === pkgName) && !declaringPackage(d),
        )?.location ?? { file: 'package.json' },
        flag: `Review ${names.length === 1 ? 'this declaration' : 'these declarations'} against ${after.name} ${line(after.range)?.version ?? after.range}: consumers that build or read its types now need that major too.`,
      });
    }
    return changes;
  },
});
