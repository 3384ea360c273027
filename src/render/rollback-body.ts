// The body of a rollback pull request: which point it restores, that the point passed its integrity
// check, the version to publish it as, what changes back, and the report of what is being undone.

import type { Report } from '../compat/report.ts';
import { rollbackMarker } from '../github/markers.ts';
import type { PublishPlan } from '../rollback/restore.ts';
import type { RollbackRecord } from '../rollback/types.ts';
import semver from 'semver';
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
  /** The version the restore sets and why (absent: the tree is the recorded one, nothing said about publishing). */
  publish?: PublishPlan;
}

/** What to publish after merging: the version this pull request sets, and why that one. */
function publishSection(plan: PublishPlan | undefined, report: Report | null | undefined): string[] {
  if (!plan)
    return [
      'After merging, the release tags stay where they are: tag a new patch release from the restored tree so clients can move back.',
      '',
    ];
  if (plan.kind === 'private')
    return [`\`${plan.manifest}\` is private (never published): the tree is restored as it was, version included.`, ''];
  if (plan.kind === 'unknown') {
    return [
      '### Publishing it',
      '',
      `> [!WARNING]`,
      `> mcpver could not set the version to publish: ${plan.why}. Before publishing, set the version by hand to one above the highest published one (\`npm view <name> versions\`): npm refuses a version it already has.`,
      '',
    ];
  }
  const name = plan.name ? `\`${plan.name}\`` : 'the package';
  const why = plan.highestPublished
    ? `one patch above \`${plan.highest}\`, the highest version of ${name}${plan.highest === plan.highestPublished ? ' on the npm registry' : ` (the registry's highest is \`${plan.highestPublished}\`)`}`
    : `one patch above \`${plan.highest}\`, the highest version this repository knows${plan.registryProblem ? '' : ` (${name} is not on the npm registry yet)`}`;
  const lines = [
    '### Publishing it',
    '',
    `This pull request sets \`version\` in \`${plan.manifest}\` to **\`${plan.version}\`**: ${why}. npm never accepts a version twice, and the restored \`${plan.restored ?? '(none)'}\` is below what clients of the later releases install. After merging, tag and publish \`${plan.version}\`; \`npm deprecate\` the withdrawn versions if nobody should install them.`,
    '',
  ];
  if (plan.registryProblem) {
    lines.push(
      '> [!WARNING]',
      `> The npm registry could not be asked (${plan.registryProblem}), so the version rests on what the repository knows: check \`npm view ${plan.name ?? '<name>'} versions\` before publishing.`,
      '',
    );
  }
  // Undoing a release that broke or extended the contract changes it again for whoever already adapted.
  if (report && (report.required === 'major' || report.required === 'minor')) {
    const major = semver.inc(plan.highest, 'major');
    lines.push(
      `Clients that already adapted to \`${report.to.version}\` (what it ${report.required === 'major' ? 'renamed, removed or changed' : 'added'}) lose it on \`${plan.version}\`, which brings back the contract of \`${plan.restored ?? report.from?.version ?? 'the point'}\`. If they matter more than withdrawing \`${report.to.version}\` quickly, publish${major ? ` \`${major}\`` : ' a major release'} instead.`,
      '',
    );
  }
  return lines;
}

function pointLabel(record: RollbackRecord): string {
  return record.package && record.version ? `${record.package} ${record.version}` : record.id;
}

/** The same in markdown: a scoped name in a code span, or GitHub reads `@acme` as a mention. */
function pointMarkdown(record: RollbackRecord): string {
  return record.package && record.version ? `\`${record.package}\` ${record.version}` : `\`${record.id}\``;
}

export function rollbackTitle(record: RollbackRecord): string {
  return `Roll back to ${pointLabel(record)} (mcpver rollback point ${record.id})`;
}

export function renderRollbackBody(input: RollbackBodyInput): string {
  const { record, report } = input;
  const files = input.changedFiles.slice(0, MAX_LISTED_FILES);
  const out = [
    rollbackMarker({ point: record.id }),
    `## Roll back to ${pointMarkdown(record)}`,
    '',
    input.publish?.kind === 'set'
      ? `Requested by @${input.requestedBy}. This pull request has one commit on top of \`${input.baseBranch}\` (${input.head.slice(0, 12)}) whose tree is the tree of the rollback point but for the version in \`${input.publish.manifest}\`: merging it makes \`${input.baseBranch}\` what it was at ${record.commit.slice(0, 12)}, ready to publish as \`${input.publish.version}\`. Nothing was force-pushed; history stays as it is.`
      : `Requested by @${input.requestedBy}. This pull request has one commit on top of \`${input.baseBranch}\` (${input.head.slice(0, 12)}) whose tree is the tree of the rollback point: merging it makes \`${input.baseBranch}\` exactly what it was at ${record.commit.slice(0, 12)}. Nothing was force-pushed; history stays as it is.`,
    '',
  ];
  // What a reviewer decides on first (what is undone, what to publish), then what changes and the point's integrity.
  if (report) {
    out.push('### What is being undone', '', verdictLine(report).sentence, '');
    const breaking = report.changes.filter((c) => c.level === 'major');
    // Names in messages come from the server: never markup, never a mention.
    const plain = (text: string) =>
      text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=\w)/g, '@\u200b');
    if (breaking.length > 0)
      out.push(...breaking.slice(0, 50).map((c) => `- \`${c.subject}\`: ${plain(c.message)}`), '');
  }
  out.push(
    ...publishSection(input.publish, report),
    `### What changes back (${input.changedFiles.length} file${input.changedFiles.length === 1 ? '' : 's'})`,
    '',
    ...files.map((f) => `- \`${f}\``),
    ...(input.changedFiles.length > files.length
      ? [`- … and ${input.changedFiles.length - files.length} more in the diff.`]
      : []),
    '',
    '### The rollback point',
    '',
    `Verified before opening: the tag is annotated, still points at ${record.commit.slice(0, 12)}, and that commit's tree is the recorded tree.`,
    '',
    `- **Id** \`${record.id}\`, tag \`${record.tag}\``,
    `- **Package** ${record.package ? `\`${record.package}\`` : '(repository)'} ${record.version ?? '(no version)'}`,
    `- **Commit** \`${record.commit}\`, tree \`${record.tree}\``,
    `- **Made** ${record.created} (${record.reason}: ${record.note})`,
    '',
  );
  const body = out.join('\n');
  return body.length > GITHUB_BODY_LIMIT
    ? `${body.slice(0, GITHUB_BODY_LIMIT - 40)}\n\n… (cut at GitHub's limit)\n`
    : body;
}
