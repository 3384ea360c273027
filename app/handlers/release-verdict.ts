// The verdict of a release as the App posts it (a commit comment, or a section of the release's
// notes), with a hidden marker so that it is found and replaced rather than posted twice.

import type { Report } from '../../src/compat/report.ts';
import { verdictLine } from '../../src/render/describe.ts';

export function verdictMarker(pkg: string, version: string): string {
  return `<!-- mcpver:verdict ${pkg}@${version} -->`;
}

const TONE_EMOJI = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

export function renderReleaseVerdict(options: {
  pkg: string;
  version: string;
  report: Report;
  reportUrl: string;
  snapshotUrl: string | null;
}): string {
  const verdict = verdictLine(options.report);
  const { summary } = options.report;
  return [
    verdictMarker(options.pkg, options.version),
    `### ${TONE_EMOJI[verdict.tone]} mcpver: ${verdict.title}`,
    '',
    verdict.sentence,
    '',
    `Changes: ${summary.major} breaking, ${summary.minor} additions, ${summary.patch} patch-level. Compatibility score ${Math.round(options.report.score * 100)}%.`,
    '',
    `[Report](${options.reportUrl})${options.snapshotUrl ? ` · [Snapshot](${options.snapshotUrl})` : ''}`,
  ].join('\n');
}

/** Replace the marked section of a release body, or append it. */
export function withVerdictSection(body: string | null, marker: string, section: string): string {
  const text = body ?? '';
  const start = text.indexOf(marker);
  if (start < 0) return text.trim() === '' ? section : `${text.trimEnd()}\n\n${section}`;
  const end = text.indexOf('<!-- /mcpver:verdict -->', start);
  const after = end < 0 ? '' : text.slice(end + '<!-- /mcpver:verdict -->'.length);
  return `${text.slice(0, start)}${section}${after}`;
}
