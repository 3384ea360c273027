// The Snapshot: everything one version of an MCP server package promises to its clients, as one
// plain JSON document. It is the unit of caching and the only input of the diff.

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** Where in the sources something is declared; paths are relative to the package root, with `/`. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** Something that could not be read or resolved; never silently guessed around. */
export interface SurfaceWarning {
  /** Which part of the snapshot the warning is about: `mcp`, `typescript`, `package`, `config`. */
  part: string;
  message: string;
  location?: SourceLocation;
}

export interface PackageSurface {
  name: string;
  version: string;
  /** `module` or `commonjs` (absent means commonjs to Node, but is recorded as absent). */
  type?: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  /** `peerDependenciesMeta[name].optional === true` entries. */
  optionalPeerDependencies: string[];
  engines: Record<string, string>;
  /** Command name → file, normalized from the string or object form of `bin`. */
  bin: Record<string, string>;
  /** The raw `exports` field, as written. Subpaths are derived with `exportSubpaths`. */
  exports?: unknown;
  main?: string;
  types?: string;
}

export type JsonSchema = Record<string, unknown> | boolean;

export interface McpToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
  [key: string]: unknown;
}

export interface McpTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  annotations?: McpToolAnnotations;
  /** Everything else the server sent (icons, _meta, execution…), kept for opaque comparison. */
  [key: string]: unknown;
}

export interface McpPromptArgument {
  name: string;
  description?: string;
  required?: boolean;
  [key: string]: unknown;
}

export interface McpPrompt {
  name: string;
  title?: string;
  description?: string;
  arguments?: McpPromptArgument[];
  [key: string]: unknown;
}

export interface McpResource {
  uri: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
  [key: string]: unknown;
}

export interface McpResourceTemplate {
  uriTemplate: string;
  name: string;
  title?: string;
  description?: string;
  mimeType?: string;
  [key: string]: unknown;
}

export interface McpSurface {
  serverInfo?: { name: string; version: string; title?: string; [key: string]: unknown };
  protocolVersion?: string;
  /** The server's declared capabilities, as sent in the initialize result. */
  capabilities: Record<string, unknown>;
  instructions?: string;
  tools: McpTool[];
  prompts: McpPrompt[];
  resources: McpResource[];
  resourceTemplates: McpResourceTemplate[];
  /** Source locations by item key (`tool:name`, `prompt:name`…), where known (static extraction). */
  locations?: Record<string, SourceLocation>;
  /**
   * Parts the input did not hold (a capture of list results without `prompts`, or without the
   * initialize result's `capabilities`): unknown, so never compared. Absent when everything was read.
   */
  uncaptured?: McpPart[];
  /** Items registered only under a condition (static extraction reads every branch), by item key, as written. */
  conditions?: Record<string, string>;
}

/** The parts of an MCP surface that a capture may or may not hold. */
export type McpPart = 'capabilities' | 'tools' | 'prompts' | 'resources' | 'resourceTemplates';

/** One exported declaration of the package's TypeScript API (filled in by surface/typescript). */
export interface ApiDeclaration {
  /** Entry point subpath (`.`, `./server`) the declaration is importable from. */
  entry: string;
  /** The exported name (`default` for default exports). */
  name: string;
  kind: string;
  /** Normalized declaration text, for display and for quick equality. */
  signature: string;
  location?: SourceLocation;
  [key: string]: unknown;
}

export interface TypeScriptSurface {
  /** Entry point subpath → declaration file, relative to the package root. */
  entryPoints: Record<string, string>;
  declarations: ApiDeclaration[];
  [key: string]: unknown;
}

export interface ConfigSurface {
  environment: string[];
  flags: string[];
}

export type ProvenanceSource = 'runtime' | 'static' | 'capture' | 'manifest';

export interface Provenance {
  package?: ProvenanceSource;
  mcp?: ProvenanceSource;
  typescript?: ProvenanceSource;
  /** The git ref and commit the snapshot was taken at, when taken from git. */
  ref?: string;
  commit?: string;
  /** The command used to start the server for a runtime snapshot. */
  command?: string;
  /** The streamable HTTP endpoint the server was read at. */
  url?: string;
  /**
   * The revision of mcpver's readers that took the snapshot (src/surface/reader-revision.ts): a
   * stored snapshot is reused only when it matches, so both versions of a check are read alike.
   */
  reader?: string;
  /** How completely the MCP surface of a package that is an MCP server was read (never silent). */
  mcpReading?: McpReading;
  /** Dependencies whose tools, prompts and resources are part of this surface (read from their published files). */
  mcpDependencies?: McpDependency[];
  warnings: SurfaceWarning[];
}

/** An npm dependency that provides part of the MCP surface, at the version read. */
export interface McpDependency {
  name: string;
  version: string;
  /** `lockfile`: the version the lockfile pins; `package.json`: its exact version, or what its range resolved to. */
  from: 'lockfile' | 'package.json';
  /** Absent for a published version; `tarball` or `folder` for one inside the repository (a `file:` tarball, a workspace). */
  source?: 'tarball' | 'folder';
  /** The lockfile that pins it (relative to the repository) and the line of its entry. */
  lockfile?: { file: string; line?: number };
}

/**
 * Whether the MCP surface of a package that is an MCP server could be read. A check never passes on
 * a surface it could not see: `unread`, and gaps that hide whole items, make the verdict `incomplete`.
 */
export interface McpReading {
  /** Why the package is taken for an MCP server: `it depends on @modelcontextprotocol/sdk`, `the config says so`. */
  server: string;
  /**
   * `complete`: every declaration was followed; `partial`: some parts could not be (see `gaps`);
   * `unread`: no tool, prompt or resource could be read at all.
   */
  status: 'complete' | 'partial' | 'unread';
  /** What was tried, in order, in words (`static reading of 14 files under src/`). */
  tried: string[];
  /** What could not be followed, each at its file and line. `hidesItems` when a whole item may be missing. */
  gaps: McpReadingGap[];
  /** What to configure so that the next check reads the surface. */
  advice?: string;
}

export interface McpReadingGap extends SurfaceWarning {
  /** True when the gap may hide whole tools, prompts or resources (a name or a list that could not be read). */
  hidesItems: boolean;
}

export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  package: PackageSurface | null;
  mcp: McpSurface | null;
  typescript: TypeScriptSurface | null;
  config: ConfigSurface | null;
  provenance: Provenance;
}

export function emptySnapshot(): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    package: null,
    mcp: null,
    typescript: null,
    config: null,
    provenance: { warnings: [] },
  };
}
