// The declaration files of other packages that a package's own declarations import (zod, the MCP
// SDK), kept in the snapshot so that the diff's checker compares their types instead of `any`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ts } from 'ts-morph';
import type { SurfaceWarning } from '../types.ts';

/**
 * Above this much text the dependencies' declarations stay out of the snapshot (largest packages
 * first), which is stored for every release; their types are then compared as unknown, and the
 * changes that name them are reported for review, as without them.
 */
export const EXTERNAL_TYPES_MAX_CHARS = 1_500_000;

/**
 * Platform and tooling types: the same for both versions of a package in practice, large (Node's
 * are 2 MB), and what changes in them is not the package's promise.
 */
const LEFT_OUT = new Set(['typescript', '@types/node', 'undici-types']);

/** The package.json fields module resolution reads; the rest would only grow the snapshot. */
const RESOLUTION_FIELDS = ['name', 'version', 'type', 'types', 'typings', 'main', 'module', 'exports', 'typesVersions'];

/**
 * `…/node_modules/@scope/name/lib/x.d.ts` → the package name and the key
 * `node_modules/@scope/name/lib/x.d.ts`. Nested copies flatten to the innermost package, as a
 * flat install would have them.
 */
function packagePathOf(fileName: string): { name: string; key: string; root: string } | undefined {
  const at = fileName.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = fileName.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  if (!name) return undefined;
  return { name, key: `node_modules/${rest.join('/')}`, root: `${fileName.slice(0, at)}/node_modules/${name}` };
}

/**
 * The dependencies' declaration files in `program` (key `node_modules/<package>/<path>` → text),
 * with each package's package.json trimmed to what resolution reads. `isOwn` tells the package's
 * own files apart.
 */
export function externalDeclarationFiles(
  program: ts.Program,
  isOwn: (fileName: string) => boolean,
  warnings: SurfaceWarning[],
): Record<string, string> {
  const byPackage = new Map<string, { files: Map<string, string>; size: number; root: string }>();
  for (const sf of program.getSourceFiles()) {
    if (isOwn(sf.fileName) || program.isSourceFileDefaultLibrary(sf) || !sf.isDeclarationFile) continue;
    const where = packagePathOf(sf.fileName);
    if (!where || LEFT_OUT.has(where.name)) continue;
    const entry = byPackage.get(where.name) ?? { files: new Map(), size: 0, root: where.root };
    entry.files.set(where.key, sf.text);
    entry.size += sf.text.length;
    byPackage.set(where.name, entry);
  }
  const kept = [...byPackage].sort(([a, x], [b, y]) => x.size - y.size || a.localeCompare(b));
  let total = 0;
  const dropped: string[] = [];
  const out: Record<string, string> = {};
  for (const [name, { files, size, root }] of kept) {
    if (total + size > EXTERNAL_TYPES_MAX_CHARS) {
      dropped.push(`${name} (${Math.round(size / 1024)} KiB)`);
      continue;
    }
    total += size;
    for (const [key, text] of files) out[key] = text;
    const manifest = trimmedManifest(root);
    if (manifest) out[`node_modules/${name}/package.json`] = manifest;
  }
  if (dropped.length > 0) {
    warnings.push({
      part: 'typescript',
      message: `The declarations of ${dropped.join(', ')} are larger than mcpver keeps in a snapshot (${Math.round(EXTERNAL_TYPES_MAX_CHARS / 1024)} KiB of dependencies' types in all); their types are compared as unknown, and changes that name them are reported for review.`,
    });
  }
  return out;
}

function trimmedManifest(root: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    return JSON.stringify(
      Object.fromEntries(RESOLUTION_FIELDS.filter((f) => f in manifest).map((f) => [f, manifest[f]])),
    );
  } catch {
    return undefined;
  }
}

/** A snapshot's `externalFiles` by package name (`zod` → its files, package.json included). */
export function externalPackageFiles(files: Record<string, string> | undefined): Map<string, Record<string, string>> {
  const byName = new Map<string, Record<string, string>>();
  for (const [key, text] of Object.entries(files ?? {})) {
    const where = packagePathOf(`/${key}`);
    if (!where) continue;
    const own = byName.get(where.name) ?? {};
    own[key] = text;
    byName.set(where.name, own);
  }
  return byName;
}

/** The version a kept package.json names, if any. */
export function externalPackageVersion(name: string, files: Record<string, string>): string | undefined {
  try {
    const version = (JSON.parse(files[`node_modules/${name}/package.json`] ?? '{}') as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The package a module specifier imports from: `zod/v4` → `zod`, `@scope/x/y` → `@scope/x`. */
export function packageOfSpecifier(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
