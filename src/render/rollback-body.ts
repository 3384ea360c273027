// The body of a rollback pull request: which point it restores, that the point passed its integrity
// check, what changes back, and the report of what is being undone.

import type { Report } from '../compat/report.ts';
import { rollbackMarker } from '../github/markers.ts';
import type { RollbackRecord } from '../rollback/types.ts';
import { GITHUB_BODY_LIMIT } from './migration-body.ts';
import { verdictLine } from './describe.ts';

/** Enough file names to see what a rollback touches; the pull request's diff has them all. */
export const MAX_LISTED_FILES = 100;

export interface RollbackBodyInput {
  record: RollbackRecord;
  baseBranch: string;
  head: string;
  /** `M path` lines, from the current head to the point. */
  changedFiles: readonly string[];
  /** The report of the release(s) being undone, when the state branch has one. */
  report?: Report | null;
  requestedBy: string;
}

function pointLabel(record: RollbackRecord): string {
  return record.package && record.version ? `${record.package} ${record.version}` : record.id;
}

export function rollbackTitle(record: RollbackRecord): string {
  return `Roll back to ${pointLabel(record)} (mcpver rollback point ${record.id})`;
}

export function renderRollbackBody(input: RollbackBodyInput): string {
  const { record, report } = input;
  const files = input.changedFiles.slice(0, MAX_LISTED_FILES);
  const out = [
    rollbackMarker({ point: record.id }),
    `## Roll back to ${pointLabel(record)}`,
    '',
    `Requested by @${input.requestedBy}. This pull request has one commit on top of \`${input.baseBranch}\` (${input.head.slice(0, 12)}) whose tree is the tree of the rollback point: merging it makes \`${input.baseBranch}\` exactly what it was at ${record.commit.slice(0, 12)}. Nothing was force-pushed; history stays as it is.`,
    '',
    '### The rollback point',
    '',
    '| | |',
    '| --- | --- |',
    `| Id | \`${record.id}\` |`,
    `| Tag | \`${record.tag}\` |`,
    `| Package | ${record.package ?? '(repository)'} |`,
    `| Version | ${record.version ?? '(none)'} |`,
    `| Commit | ${record.commit} |`,
    `| Tree | ${record.tree} |`,
    `| Made | ${record.created} (${record.reason}: ${record.note}) |`,
    '',
    `Verified before opening: the tag is annotated, still points at ${record.commit.slice(0, 12)}, and that commit's tree is the recorded tree.`,
    '',
    `### What changes back (${input.changedFiles.length} file${input.changedFiles.length === 1 ? '' : 's'})`,
    '',
    ...files.map((f) => `- \`${f}\``),
    ...(input.changedFiles.length > files.length ? [`- … and ${input.changedFiles.length - files.length} more in the diff.`] : []),
    '',
  ];
  if (report) {
    out.push('### What is being undone', '', verdictLine(report).sentence, '');
    const breaking = report.changes.filter((c) => c.level === 'major');
    if (breaking.length > 0) out.push(...breaking.slice(0, 50).map((c) => `- \`${c.subject}\`: ${c.message}`), '');
  }
  out.push('After merging, the release tags stay where they are: tag a new patch release from the restored tree so clients can move back.', '');
  const body = out.join('\n');
  return body.length > GITHUB_BODY_LIMIT ? `${body.slice(0, GITHUB_BODY_LIMIT - 40)}\n\n… (cut at GitHub's limit)\n` : body;
}
