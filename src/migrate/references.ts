// Finding where a dependent names a package: package.json dependencies, MCP client configurations
// (`npx -y pkg@1.2.3` arguments) and `watch:` entries of its own `.github/mcpver.yml`.

import { parseConfig, ConfigError, CONFIG_PATH } from '../config.ts';
import { childAt, objectEntries, parseJsonTree } from './json-text.ts';
import { aliasRange, splitPackageSpec } from './ranges.ts';
import { DependentParseError, type DependentFiles, type PackageReference } from './types.ts';

/** The dependency sections of package.json that pin a version. */
export const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

/** File names of MCP client configurations, with whether the client allows comments in them. */
const MCP_CONFIG_FILES: Array<{ matches: (file: string) => boolean; comments: boolean }> = [
  { matches: (f) => basename(f) === '.mcp.json', comments: false },
  { matches: (f) => f.endsWith('.vscode/mcp.json') || f === '.vscode/mcp.json', comments: true },
  { matches: (f) => f.endsWith('.cursor/mcp.json') || f === '.cursor/mcp.json', comments: true },
  { matches: (f) => basename(f) === 'claude_desktop_config.json', comments: false },
];

/** Folders that hold installed or generated code, never the dependent's own sources. */
const IGNORED_FOLDERS = /(^|\/)(node_modules|dist|build|coverage|\.git)\//;

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

export function isIgnored(file: string): boolean {
  return IGNORED_FOLDERS.test(file);
}

export function mcpConfigFlavour(file: string): { comments: boolean } | null {
  if (isIgnored(file)) return null;
  const entry = MCP_CONFIG_FILES.find((c) => c.matches(file));
  return entry ? { comments: entry.comments } : null;
}

/** True for the files discovery reads (so faces that fetch over an API can fetch only these). */
export function isReferenceFile(file: string): boolean {
  if (isIgnored(file)) return false;
  return basename(file) === 'package.json' || mcpConfigFlavour(file) !== null || file === CONFIG_PATH;
}

function packageJsonReferences(file: string, text: string, packageName: string): PackageReference[] {
  const tree = parseJsonTree(file, text);
  const found: PackageReference[] = [];
  for (const section of DEPENDENCY_SECTIONS) {
    for (const [name, node] of objectEntries(childAt(tree, [section]))) {
      if (typeof node.value !== 'string') continue;
      const value = node.value;
      const aliased = aliasRange(value, packageName);
      if (name === packageName && aliased === undefined) {
        found.push({ kind: 'package-json', file, path: [section, name], value, range: value });
      } else if (aliased !== undefined) {
        // `"alias": "npm:pkg@^1.0.0"`: the package installed under another name.
        found.push({ kind: 'package-json', file, path: [section, name], value, range: aliased });
      }
    }
  }
  return found;
}

/** `mcpServers` (Claude, Cursor) or `servers` (VS Code): each entry's `args` may name `pkg@range`. */
function mcpConfigReferences(file: string, text: string, packageName: string, comments: boolean): PackageReference[] {
  const tree = parseJsonTree(file, text, { comments });
  const found: PackageReference[] = [];
  for (const section of ['mcpServers', 'servers']) {
    for (const [server, entry] of objectEntries(childAt(tree, [section]))) {
      const args = childAt(entry, ['args']);
      if (!args || args.type !== 'array') continue;
      (args.children ?? []).forEach((arg, index) => {
        if (typeof arg.value !== 'string') return;
        const spec = splitPackageSpec(arg.value, packageName);
        if (!spec) return;
        found.push({
          kind: 'mcp-config',
          file,
          path: [section, server, 'args', index],
          value: arg.value,
          range: spec.range,
          serverPath: [section, server],
        });
      });
    }
  }
  return found;
}

function watchReferences(
  file: string,
  text: string,
  packageName: string,
  provider: string | undefined,
): PackageReference[] {
  try {
    const config = parseConfig(text, file);
    // `repo` pins the entry to one provider: a same-named package released elsewhere is not this one.
    return config.watch.flatMap((w, index) =>
      w.package === packageName && (!w.repo || !provider || w.repo.toLowerCase() === provider.toLowerCase())
        ? [{ kind: 'watch' as const, file, path: ['watch', index], value: w.package, range: null }]
        : [],
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      const detail = error.message.startsWith(file)
        ? error.message.slice(file.length).replace(/^:\s*/, '')
        : error.message;
      throw new DependentParseError(file, detail);
    }
    throw error;
  }
}

/**
 * Every reference to `packageName` in the dependent's files, in file order. A file that must be
 * read and does not parse throws a DependentParseError: editing around it could lose a pin.
 */
export function findReferences(files: DependentFiles, packageName: string, provider?: string): PackageReference[] {
  const found: PackageReference[] = [];
  for (const file of [...files.keys()].sort()) {
    if (!isReferenceFile(file)) continue;
    const text = files.get(file)!;
    // A file that does not mention the package cannot reference it: no need to parse it at all.
    if (!text.includes(packageName)) continue;
    if (basename(file) === 'package.json') found.push(...packageJsonReferences(file, text, packageName));
    else if (file === CONFIG_PATH) found.push(...watchReferences(file, text, packageName, provider));
    else found.push(...mcpConfigReferences(file, text, packageName, mcpConfigFlavour(file)!.comments));
  }
  return found;
}
