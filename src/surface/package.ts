// The `package` part of a snapshot: what package.json promises (bin, exports, engines, peers, type).

import type { PackageSurface } from './types.ts';

export class PackageJsonError extends Error {
  override name = 'PackageJsonError';
}

function stringRecord(value: unknown, field: string, file: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PackageJsonError(`${file}: "${field}" must be an object of strings.`);
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

/** The command names a package installs: `bin` as a string means one command named after the package. */
function normalizeBin(bin: unknown, name: string, file: string): Record<string, string> {
  if (bin === undefined) return {};
  if (typeof bin === 'string') return { [name.replace(/^@[^/]+\//, '')]: bin };
  return stringRecord(bin, 'bin', file);
}

/** Read the package surface from parsed package.json; `file` names it in errors. */
export function packageSurface(manifest: unknown, file = 'package.json'): PackageSurface {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new PackageJsonError(`${file} is not a JSON object.`);
  }
  const m = manifest as Record<string, unknown>;
  const name = typeof m.name === 'string' ? m.name : '';
  const meta = m.peerDependenciesMeta;
  const optionalPeerDependencies =
    typeof meta === 'object' && meta !== null
      ? Object.entries(meta as Record<string, unknown>)
          .filter(([, v]) => typeof v === 'object' && v !== null && (v as { optional?: unknown }).optional === true)
          .map(([k]) => k)
          .sort()
      : [];
  const surface: PackageSurface = {
    name,
    version: typeof m.version === 'string' ? m.version : '',
    dependencies: stringRecord(m.dependencies, 'dependencies', file),
    peerDependencies: stringRecord(m.peerDependencies, 'peerDependencies', file),
    optionalPeerDependencies,
    engines: stringRecord(m.engines, 'engines', file),
    bin: normalizeBin(m.bin, name, file),
  };
  if (typeof m.type === 'string') surface.type = m.type;
  if (m.exports !== undefined) surface.exports = m.exports;
  if (typeof m.main === 'string') surface.main = m.main;
  const types = typeof m.types === 'string' ? m.types : typeof m.typings === 'string' ? m.typings : undefined;
  if (types) surface.types = types;
  return surface;
}

/**
 * The subpaths a package lets consumers import (`.`, `./server`, `./utils/*`). A string or a
 * conditions object at the top is the `.` subpath alone; `null` targets block a subpath.
 */
export function exportSubpaths(exportsField: unknown): string[] {
  if (exportsField === undefined || exportsField === null) return [];
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return ['.'];
  if (typeof exportsField !== 'object') return [];
  const keys = Object.keys(exportsField as object);
  if (keys.length > 0 && keys.every((k) => !k.startsWith('.'))) return ['.'];
  return keys.filter((k) => k.startsWith('.') && (exportsField as Record<string, unknown>)[k] !== null).sort();
}
