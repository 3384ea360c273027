// The changes worth an annotation on the workflow run: the ones that fail the release, pinned to
// file and line where the snapshot knows them. The face emits them; this only decides what they say.

import path from 'node:path';
import type { Change } from '../compat/types.ts';
import { LEVEL_ORDER } from '../version/level.ts';
import type { Report } from '../compat/report.ts';
import { ruleOf, versionLabel } from './describe.ts';

/** GitHub shows at most 10 annotations of each type per step (50 per job); more are dropped silently. */
export const MAX_ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  /** Relative to the repository root. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions {
  /** The package root relative to the repository root; change locations are relative to the package. */
  packagePath?: string;
}

function repoPath(file: string, packagePath: string | undefined): string {
  const base = packagePath && packagePath !== '.' ? packagePath.replace(/^\.\//, '').replace(/\/+$/, '') : '';
  // `../common/src/x.ts` (a workspace package beside the one checked) is named from the repository's root.
  return base ? path.posix.normalize(`${base}/${file}`) : file;
}

/**
 * The changes that make the release fail (errors), or, when it passes, its breaking changes
 * (warnings, so a reviewer still sees them on the run).
 */
function selected(report: Report): { level: Annotation['level']; changes: Change[] } {
  const contract = report.changes.filter((c) => c.category !== 'description-drift' && c.category !== 'security');
  if (report.failed && report.verdict !== 'incomplete') {
    const failing =
      report.verdict === 'under-bumped'
        ? contract.filter((c) => LEVEL_ORDER[c.level] > LEVEL_ORDER[report.actual])
        : contract.filter((c) => c.level === 'major');
    return { level: 'error', changes: failing };
  }
  return { level: 'warning', changes: contract.filter((c) => c.level === 'major') };
}

/** Messages are written without a final stop; an annotation reads as sentences. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What an annotation is about: the summary that replaces the ones past the limit names them by kind. */
type Kind = 'gap' | 'change' | 'finding';

interface Candidate {
  kind: Kind;
  annotation: Annotation;
}

/** Each place that could not be read, on its line: a warning, or an error when it makes the verdict incomplete. */
function gapAnnotations(report: Report, options: AnnotationOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const reading of report.incomplete ?? []) {
    const level: Annotation['level'] = reading.blocking && report.failed ? 'error' : 'warning';
    const title = `mcpver: could not read the MCP surface of ${versionLabel(reading)}`;
    for (const gap of reading.gaps) {
      if (!gap.location) continue;
      out.push({
        kind: 'gap',
        annotation: {
          level,
          title,
          message: sentence(gap.message),
          file: repoPath(gap.location.file, options.packagePath),
          ...(gap.location.line !== undefined ? { startLine: gap.location.line } : {}),
        },
      });
    }
    if (!reading.gaps.some((g) => g.location)) {
      out.push({
        kind: 'gap',
        annotation: {
          level,
          title,
          message: `${sentence(reading.reason)}${reading.advice ? ` ${reading.advice}` : ''}`,
        },
      });
    }
  }
  return out;
}

/**
 * The annotations of the check, at most {@link MAX_ANNOTATIONS_PER_TYPE} of each level: what could not be
 * read comes first (never silent), then the changes, then possible tool poisoning. Past the limit, the
 * last slot of that level summarizes the rest, so nothing goes unmentioned and GitHub drops nothing.
 */
export function reportAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  const candidates = [...gapAnnotations(report, options), ...changeAnnotations(report, options)];
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = candidates.filter((c) => c.annotation.level === level);
    if (ofLevel.length <= MAX_ANNOTATIONS_PER_TYPE) {
      out.push(...ofLevel.map((c) => c.annotation));
      continue;
    }
    const kept = ofLevel.slice(0, MAX_ANNOTATIONS_PER_TYPE - 1);
    out.push(...kept.map((c) => c.annotation), summary(level, ofLevel.slice(kept.length), report));
  }
  return out;
}

/** The one annotation that stands for those past the limit. */
function summary(level: Annotation['level'], rest: Candidate[], report: Report): Annotation {
  const count = (kind: Kind) => rest.filter((c) => c.kind === kind).length;
  const changes =
    level === 'error' && report.failed && report.verdict !== 'incomplete'
      ? 'changes fail this release'
      : 'breaking changes';
  const phrases: Record<Kind, (n: number) => string> = {
    gap: (n) => `${n} more ${n === 1 ? 'place' : 'places'} mcpver could not read`,
    change: (n) => `${n} more ${changes}`,
    finding: (n) => `${n} more possible tool poisoning ${n === 1 ? 'finding' : 'findings'}`,
  };
  const parts = (['gap', 'change', 'finding'] as const).filter((k) => count(k) > 0).map((k) => phrases[k](count(k)));
  const where =
    rest.some((c) => c.kind === 'finding') && parts.length === 1
      ? 'See the Security section of the job summary and the JSON report.'
      : `They are not annotated here (GitHub shows ${MAX_ANNOTATIONS_PER_TYPE} per step): see the job summary and the JSON report.`;
  return {
    level,
    title: `mcpver: ${parts.length === 1 ? parts[0] : `${rest.length} more annotations`}`,
    message: parts.length === 1 ? where : `${parts.join(', ')}. ${where}`,
  };
}

function changeAnnotations(report: Report, options: AnnotationOptions): Candidate[] {
  const { level, changes } = selected(report);
  // A line beats a file, and a file beats nothing; the sort is stable, so the report's order holds within each.
  const rank = (c: Change): number =>
    c.location?.line !== undefined && c.locatedIn !== 'old' ? 0 : c.location ? 1 : 2;
  const ordered = [...changes].sort((a, b) => rank(a) - rank(b));
  const advice =
    report.verdict === 'under-bumped' && report.nextVersion
      ? ` Release ${report.nextVersion} instead of ${versionLabel(report.to)}.`
      : '';
  const annotations: Candidate[] = ordered.map((change) => {
    const rationale = ruleOf(change.rule)?.rationale;
    const location = change.location;
    // An item that is gone was declared in the old version: its line number means nothing in the new
    // files, so the annotation is a note on the file and names the old place in words.
    const old = change.locatedIn === 'old';
    const was =
      old && location
        ? ` It was declared at ${location.file}${location.line !== undefined ? `:${location.line}` : ''} in ${versionLabel(report.from)}.`
        : '';
    return {
      kind: 'change',
      annotation: {
        level,
        title: `mcpver: ${change.rule} (${change.level})`,
        message: `${sentence(change.message)}${rationale ? ` ${rationale}` : ''}${was}${advice}`,
        ...(location ? { file: repoPath(location.file, options.packagePath) } : {}),
        ...(location?.line !== undefined && !old ? { startLine: location.line } : {}),
        ...(location?.line !== undefined && location.column !== undefined && !old
          ? { startColumn: location.column }
          : {}),
      },
    };
  });
  // Possible tool poisoning is annotated too, as warnings (errors when its policy fails the release).
  const findingLevel: Annotation['level'] = report.security?.policy === 'fail' ? 'error' : 'warning';
  for (const change of report.changes.filter((c) => c.category === 'security')) {
    annotations.push({
      kind: 'finding',
      annotation: {
        level: findingLevel,
        title: `mcpver: ${change.rule} (security)`,
        message: `${sentence(change.message)} ${ruleOf(change.rule)?.rationale ?? ''}`.trim(),
        ...(change.location ? { file: repoPath(change.location.file, options.packagePath) } : {}),
        ...(change.location?.line !== undefined ? { startLine: change.location.line } : {}),
      },
    });
  }
  return annotations;
}
