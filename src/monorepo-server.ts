// A check run at the root of a monorepo with no config: the root package is only the workspace
// (private, no MCP SDK), and the server is one of its packages. Checking the root would compare two
// empty surfaces and pass whatever the server's release did; the server package is checked instead,
// and when it cannot be told which package is meant, the check stops and names the candidates.

import path from 'node:path';
import { ConfigError } from './config.ts';
import { readManifest, serverEvidenceOf, type Manifest } from './surface/dependency-pins.ts';
import { workspacePackages } from './surface/mcp-static/workspaces.ts';

const isServer = (m: Manifest) => serverEvidenceOf(m) !== undefined;

export interface MonorepoServer {
  /** The package's folder, relative to the repository root, with `/`. */
  path: string;
  name: string;
}

/**
 * The workspace package to check when the repository root is a workspace that is not itself an MCP
 * server, or undefined when the root is the package to check (not a workspace, or a server itself).
 * The one the tag checked names (`@acme/server@1.2.0`); else, leaving out servers that another one
 * depends on, the only one published with a command, the only one published, the only one.
 * Several alike: a ConfigError naming them.
 */
export function monorepoServer(root: string, tag: string | null): MonorepoServer | undefined {
  const top = readManifest(root);
  if (!top || isServer(top)) return undefined;
  const packages = workspacePackages(root);
  if (packages.size === 0) return undefined;
  const servers = [...packages]
    .map(([name, folder]) => ({ name, folder, manifest: readManifest(folder) }))
    .filter((p): p is { name: string; folder: string; manifest: Manifest } => !!p.manifest && isServer(p.manifest))
    .map((p) => ({
      name: p.name,
      path: path.relative(root, p.folder).split(path.sep).join('/'),
      published: p.manifest.private !== true,
      bin: p.manifest.bin !== undefined,
      uses: Object.keys({ ...p.manifest.dependencies, ...p.manifest.devDependencies, ...p.manifest.peerDependencies }),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
  if (servers.length === 0) return undefined;
  const pick = (s: { name: string; path: string }) => ({ name: s.name, path: s.path });
  const byTag = tag ? servers.filter((s) => tag.startsWith(`${s.name}@`) || tag.startsWith(`${s.name}-v`)) : [];
  if (byTag.length === 1) return pick(byTag[0]!);
  // A package another server builds on is a library of the workspace (shared tools, a server
  // factory), not the server users launch; among the rest, the one published with a command.
  const leaves = servers.filter((s) => !servers.some((other) => other !== s && other.uses.includes(s.name)));
  for (const tier of [leaves.filter((s) => s.published && s.bin), leaves.filter((s) => s.published), leaves, servers])
    if (tier.length === 1) return pick(tier[0]!);
  const candidates = leaves.length > 0 ? leaves : servers;
  const listed = candidates.map((s) => `${s.path} (${s.name}${s.published ? '' : ', private'})`).join(', ');
  throw new ConfigError(
    `The repository root is a workspace, not an MCP server, and ${candidates.length} of its packages are MCP servers: ${listed}. Name the one to check with --path (for example --path ${candidates[0]!.path}), or list them under packages: in .github/mcpver.yml.`,
  );
}
