// The vocabulary of the diff: a rule finds changes between two snapshots; a change has a level.

import type { Snapshot, SourceLocation } from '../surface/types.ts';
import type { Level } from '../version/level.ts';

// A change's level is semver's (version/level.ts); the rules name it from here, with the rest of the diff's words.
export type { BumpLevel, Level } from '../version/level.ts';

/** Which part of a snapshot a rule reads. */
export type SurfacePart = 'package' | 'mcp' | 'typescript' | 'config';

/** An automatic migration a codemod can apply (a rename, most often). */
export interface MigrationHint {
  kind:
    'rename-tool' | 'rename-prompt' | 'rename-argument' | 'rename-property' | 'rename-export' | 'rename-bin' | 'other';
  from: string;
  to: string;
  /** Where the hint applies beyond the names (for example the tool a renamed property belongs to). */
  scope?: string;
  description: string;
  /**
   * Why mcpver is sure (renames: the same shape and what else ties the two names), shown beside every
   * automatic edit. A hint without it (a report from an older mcpver) is only suggested, never applied.
   */
  evidence?: string;
}

/**
 * Evidence that a major change really breaks a client: a value (MCP) or a consumer snippet
 * (TypeScript) that worked against the old version and fails against the new one.
 */
export interface Witness {
  kind: 'json' | 'typescript';
  /** The JSON value (kind `json`) or the consumer source code (kind `typescript`). */
  value: unknown;
  /** What the new version says about it (validator or compiler error). */
  error?: string;
}

export interface Change {
  /** The id of the rule that found it, for example `tool-removed`. */
  rule: string;
  level: Level;
  /** The surface item the change affects, for the compatibility score: `tool:search`, `bin:mcp-x`. */
  item: string;
  /** Where exactly: `tool:search.input.query`. */
  subject: string;
  message: string;
  before?: unknown;
  after?: unknown;
  location?: SourceLocation;
  /**
   * `old` when `location` is in the old version (an item that is gone): the new version may have
   * other code at that line, so renderers link it at the old commit and annotate no line of the new one.
   */
  locatedIn?: 'old';
  migration?: MigrationHint;
  witness?: Witness;
  /**
   * `description-drift` changes are listed apart: descriptions steer agents. `security` changes are
   * possible tool poisoning (text aimed at the model, new in this version): listed apart again.
   */
  category?: 'contract' | 'description-drift' | 'security';
  /** What a `security` change found (compat/poisoning/). */
  security?: SecurityFinding;
  /** Why a person should look at a change whose effect the contract cannot decide (format, defaults, open objects). */
  flag?: string;
}

/** Possible tool poisoning found in a text the model reads. */
export interface SecurityFinding {
  /** What kind of content: `model-instruction`, `tool-reference`, `sensitive-request`, `hidden-content`, `new-link`. */
  kind: string;
  /** 0.0–10.0, as GitHub code scanning reads SARIF's `security-severity` (≥ 7 high, ≥ 4 medium). */
  severity: number;
  /** The new content itself, cut short (hidden characters named by code point): someone else's text, never markup. */
  evidence: string;
  /** The field it is in, for people: `description of tool "search"`. */
  field: string;
}

/** Who writes the data a rule looks at: clients (`input`), the server (`output`), or listing metadata (`meta`). */
export type Direction = 'input' | 'output' | 'meta';

/** A switch of a contested rule (catalogue 6.5), read from `DiffContext.options` (config `policy.rules`). */
export interface RuleOption {
  name: string;
  default: unknown;
  description: string;
  /** The values it takes, when they are few (`major`, `minor`); checked when the config is read. */
  values?: readonly unknown[];
  /** What is wrong with a value, for switches whose values are not a short list (a version). */
  check?: (value: unknown) => string | undefined;
}

/** Options that contested rules read (catalogue 6.5); every one has a documented default. */
export type RuleOptions = Record<string, unknown>;

export interface DiffContext {
  old: Snapshot;
  new: Snapshot;
  options: RuleOptions;
  /** Every registered rule (whichever ones this diff runs): rules that defer to others find them here. */
  registry: readonly Rule[];
}

/** A rule compares two whole snapshots. Rules that work deeper (schemas, TS types) plug in below one of these. */
export interface Rule {
  id: string;
  /** The level of the changes it reports (a rule that can report several levels names the highest). */
  level: Level;
  surface: SurfacePart;
  /** One line: what the rule detects. */
  description: string;
  /** One line: why a client breaks (or does not). */
  rationale: string;
  /** Which way data flows through what the rule compares (schema rules). */
  direction?: Direction;
  /** Catalogue ids the rule implements (`MCP-17`). */
  catalogue?: string[];
  /** Contested-rule switches the rule reads. */
  options?: RuleOption[];
  /** Security rules (tool poisoning): the severity code scanning shows, 0.0–10.0. */
  securitySeverity?: number;
  /** A `ts-*` rule that explains a change of a declaration present in both versions: ts-declaration-changed defers to it. */
  explainsChangedDeclarations?: boolean;
  detect(context: DiffContext): Change[];
}
