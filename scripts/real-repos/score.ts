// How mcpver's answer on a real release pair compares with the person's label, and the corpus totals
// against issue 13's goals: every breaking release caught or marked incomplete, the exact bump on at
// least 95% of pairs, and never `ok` on a release that breaks its tools.

import type { Bump, LabelledPair } from './labels.ts';

export type Level = Bump | 'none';

/** The parts of mcpver's JSON report this evaluation reads. */
export interface ReportView {
  verdict: string;
  required: Level;
  changes: { item: string; level: Bump; rule: string; subject: string }[];
  warnings: string[];
  /** Versions whose MCP surface was not read completely (reports from the `incomplete` verdict on). */
  incomplete?: { side: string; version: string | null; reason: string; blocking?: boolean }[];
}

/** How one version's MCP surface was read, from its snapshot. */
export interface SideRead {
  /** `static`, `runtime`, `dependency`… as the snapshot's provenance says; `unread` when it has no MCP part. */
  how: string;
  tools: number | null;
  prompts: number | null;
  /** Warnings about the MCP part (what the reader could not follow). */
  warnings: number;
  firstWarning?: string;
  /** The snapshot's own verdict on its MCP reading (`complete`, `partial`, `unread`), when it gives one. */
  reading?: string;
  /** Gaps that may hide whole tools, prompts or resources. */
  hidingGaps?: number;
}

export type Outcome = { kind: 'report'; report: ReportView } | { kind: 'error'; message: string };

export interface PairResult {
  pair: LabelledPair;
  outcome: Outcome;
  from?: SideRead;
  to?: SideRead;
  /** The bump the MCP changes alone require (tools, prompts, resources, capabilities). */
  mcpRequired: Level | null;
  exact: boolean;
  breaking: boolean;
  incomplete: boolean;
  /** A breaking release that mcpver called major or incomplete. */
  caught: boolean;
  /** The worst outcome: a breaking release that passed. */
  okOnBreaking: boolean;
  /** A release with no breaking change that mcpver called major. */
  falseMajor: boolean;
}

const ORDER: Record<Level, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** Change items that belong to the MCP surface (the package, its bin and TypeScript API are judged elsewhere). */
const MCP_ITEM = /^(tool|prompt|resource|resource-template|capability):/;

export function mcpLevel(report: ReportView): Level {
  return report.changes
    .filter((c) => MCP_ITEM.test(c.item))
    .reduce<Level>((level, c) => (ORDER[c.level] > ORDER[level] ? c.level : level), 'none');
}

/** A pair with no visible change still ships as a patch release. */
export function sameBump(label: Bump, required: Level): boolean {
  return label === required || (label === 'patch' && required === 'none');
}

export function scorePair(pair: LabelledPair, outcome: Outcome, from?: SideRead, to?: SideRead): PairResult {
  const breaking = pair.bump === 'major';
  if (outcome.kind === 'error') {
    return {
      pair,
      outcome,
      from,
      to,
      mcpRequired: null,
      exact: false,
      breaking,
      incomplete: false,
      caught: false,
      okOnBreaking: false,
      falseMajor: false,
    };
  }
  const { report } = outcome;
  const incomplete = report.verdict === 'incomplete';
  const mcpRequired = mcpLevel(report);
  return {
    pair,
    outcome,
    from,
    to,
    mcpRequired,
    // An incomplete report did not answer, so it cannot be exact even when its partial changes agree.
    exact: !incomplete && sameBump(pair.bump, mcpRequired),
    breaking,
    incomplete,
    caught: breaking && (incomplete || mcpRequired === 'major'),
    // A breaking release that passed without mcpver seeing a breaking change (a correctly bumped major release passing is right).
    okOnBreaking: breaking && report.verdict === 'ok' && mcpRequired !== 'major',
    falseMajor: !breaking && !incomplete && mcpRequired === 'major',
  };
}

export interface Totals {
  pairs: number;
  exact: number;
  breaking: number;
  caughtMajor: number;
  caughtIncomplete: number;
  incomplete: number;
  errors: number;
  falseMajor: number;
  okOnBreaking: PairResult[];
  missedBreaking: PairResult[];
}

export function totals(results: readonly PairResult[]): Totals {
  const breaking = results.filter((r) => r.breaking);
  return {
    pairs: results.length,
    exact: results.filter((r) => r.exact).length,
    breaking: breaking.length,
    caughtMajor: breaking.filter((r) => r.caught && !r.incomplete).length,
    caughtIncomplete: breaking.filter((r) => r.caught && r.incomplete).length,
    incomplete: results.filter((r) => r.incomplete).length,
    errors: results.filter((r) => r.outcome.kind === 'error').length,
    falseMajor: results.filter((r) => r.falseMajor).length,
    okOnBreaking: breaking.filter((r) => r.okOnBreaking),
    missedBreaking: breaking.filter((r) => !r.caught),
  };
}

/** The goals of issue 13, as fractions. */
export const GOALS = { exact: 0.95, breakingCaught: 1 } as const;

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10}%`;
}
