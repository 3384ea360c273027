// The vocabulary of a migration: where a dependent references a package, the edits that move it to
// a new version, and the plan that a pull request body (or the CLI) shows to the dependent's maintainers.

import type { Complexity } from '../compat/report.ts';
import type { MigrationHint, Witness } from '../compat/types.ts';

/** The files of a dependent that mcpver reads, by path relative to its root (`/` separated). */
export type DependentFiles = ReadonlyMap<string, string>;

/** Where a dependent names the package. */
export type ReferenceKind =
  /** A dependency entry in package.json (`dependencies`, `devDependencies`, …). */
  | 'package-json'
  /** A `pkg@range` argument of an MCP client configuration (`npx -y pkg@1.2.3`). */
  | 'mcp-config'
  /** A `watch:` entry in `.github/mcpver.yml`: an explicit opt-in without a pin. */
  | 'watch';

export interface PackageReference {
  kind: ReferenceKind;
  file: string;
  /** The JSON path of the value inside the file (`['dependencies', 'pkg']`, `['mcpServers', 'x', 'args', 1]`). */
  path: Array<string | number>;
  /** The whole string value as written (`^1.2.0`, `pkg@1.2.0`, `npm:pkg@~1.0.0`). */
  value: string;
  /** The version range inside the value, or null when the value pins nothing (`pkg`, `pkg@latest`). */
  range: string | null;
  /** For MCP configurations: the path of the server entry whose args hold the reference. */
  serverPath?: Array<string | number>;
}

/** One file's new text, produced by an automatic step; applying it is writing `after` over `before`. */
export interface FileEdit {
  file: string;
  before: string;
  after: string;
}

export type StepKind = 'bump-pin' | 'rename-tool' | 'rename-export' | 'rename-argument';

/** An automatic step: what it does, where, and which edit carries it out. */
export interface MigrationStep {
  kind: StepKind;
  file: string;
  /** One line for humans: `package.json: dependencies.pkg ^1.2.0 → ^2.0.0`. */
  description: string;
  /** 1-based line of the first place edited, when known. */
  line?: number;
  /** Why mcpver is certain of a rename it applies (the hint's evidence), shown beside the step. */
  evidence?: string;
}

/** A breaking change that has no automatic fix (or whose fix could not be applied here). */
export interface ManualStep {
  subject: string;
  /** `major` for a breaking change; a flagged compatible change that this dependent uses is listed too. */
  level?: 'major' | 'minor' | 'patch';
  message: string;
  rule: string;
  hint?: MigrationHint;
  witness?: Witness;
  /** What a person should know that the contract cannot decide (a removal that may be a rename). */
  note?: string;
  /** Places in the dependent that use the affected item, as `file:line`, to start from. */
  mentions: string[];
}

/** Effort, from the report's migration complexity and how many steps are left to people. */
export interface EffortEstimate {
  complexity: Complexity;
  /** `none`, `small`, `medium`, `large`. */
  size: 'none' | 'small' | 'medium' | 'large';
  summary: string;
}

export interface MigrationPlan {
  package: string;
  from: string | null;
  to: string;
  /** The dependent this plan is for (a repository `owner/name` or a folder). */
  dependent: string;
  preSteps: string[];
  steps: MigrationStep[];
  /** Breaking changes left to people, about items this dependent uses (or that concern every dependent). */
  manualSteps: ManualStep[];
  /** Breaking changes about items mcpver found no use of in this dependent: summed up in one line. */
  notUsed?: ManualStep[];
  postSteps: string[];
  rollbackSteps: string[];
  effort: EffortEstimate;
  /** What mcpver noticed but could not act on (unpinned references, ranges it does not rewrite…). */
  notes: string[];
  /** Set when the dependent is skipped: why (a file does not parse…); nothing is edited then. */
  skipped: string | null;
  /** The references found, for the record. */
  references: PackageReference[];
}

/** A plan and the edits that carry out its automatic steps. */
export interface MigrationResult {
  plan: MigrationPlan;
  edits: FileEdit[];
}

/** A file that mcpver needs but cannot read: the dependent is skipped with this as its note. */
export class DependentParseError extends Error {
  override name = 'DependentParseError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file} does not parse: ${detail}`);
  }
}
