// Inline review comments for a pull request (the Action's review uses them): one per located change
// of any part, MCP or TypeScript, at the line of the declaration that broke (the new file for
// changes; the old file, left side of the diff, for removals), with the witness.

import type { Change } from './types.ts';
import { LEVEL_ORDER, type Level } from '../version/level.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_REVIEW_COMMENT_CHARS = 65_536;
/** More inline comments than this bury the review; the rest stay in the summary and the report. */
export const MAX_REVIEW_COMMENTS = 30;

/**
 * Rules whose location is in the old version (the declaration is gone from the new one): removed
 * exports, and removed MCP items, which diffSnapshots locates where the old version declared them.
 */
const LOCATED_IN_OLD = new Set([
  'ts-export-removed',
  'ts-export-moved',
  'tool-removed',
  'prompt-removed',
  'resource-removed',
  'resource-template-removed',
]);

export interface ReviewComment {
  /** Relative to the repository root. */
  path: string;
  line: number;
  /** `LEFT` comments on the old side of the diff (removed lines), `RIGHT` on the new side. */
  side: 'LEFT' | 'RIGHT';
  body: string;
}

export interface ReviewCommentOptions {
  /** The package root relative to the repository root; change locations are relative to the package. */
  packagePath?: string;
  /** The lowest level that gets a comment (default `major`). */
  minLevel?: Level;
  /**
   * Lines the pull request's diff touches, by repository path and side. GitHub refuses comments
   * outside the diff (422), so when given, other changes are left out here (the summary has them).
   */
  diffLines?: DiffLines;
}

/** Lines a pull request's diff shows, by side and repository path. */
export interface DiffLines {
  LEFT?: Record<string, readonly number[]>;
  RIGHT?: Record<string, readonly number[]>;
}

function repoPath(file: string, packagePath: string | undefined): string {
  const base = packagePath && packagePath !== '.' ? packagePath.replace(/^\.\//, '').replace(/\/+$/, '') : '';
  return base ? `${base}/${file}` : file;
}

function bodyOf(change: Change): string {
  const lines = [`**mcpver: ${change.level}** — ${change.message} (\`${change.rule}\`)`];
  if (change.migration) lines.push('', `Automatic migration: ${change.migration.description}.`);
  if (change.witness?.kind === 'typescript') {
    lines.push(
      '',
      'Code that compiled against the previous version and fails now:',
      '',
      '```ts',
      String(change.witness.value),
      '```',
    );
    if (change.witness.error) lines.push('', `> ${change.witness.error}`);
  } else if (change.witness?.kind === 'json') {
    lines.push(
      '',
      'A value that worked with the previous version and fails with this one:',
      '',
      '```json',
      JSON.stringify(change.witness.value, null, 2),
      '```',
    );
    if (change.witness.error) lines.push('', `> ${change.witness.error}`);
  }
  if (change.flag) lines.push('', `Worth a look: ${change.flag}`);
  const body = lines.join('\n');
  return body.length > MAX_REVIEW_COMMENT_CHARS
    ? `${body.slice(0, MAX_REVIEW_COMMENT_CHARS - 20)}\n\n*(truncated)*`
    : body;
}

/** The inline comments for a check's changes, most severe first. */
export function reviewComments(changes: readonly Change[], options: ReviewCommentOptions = {}): ReviewComment[] {
  const min = LEVEL_ORDER[options.minLevel ?? 'major'];
  const comments: ReviewComment[] = [];
  const seen = new Set<string>();
  const ordered = [...changes].sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  for (const change of ordered) {
    if (LEVEL_ORDER[change.level] < min || !change.location || change.location.line === undefined) continue;
    const side = LOCATED_IN_OLD.has(change.rule) ? 'LEFT' : 'RIGHT';
    const path = repoPath(change.location.file, options.packagePath);
    const allowed = options.diffLines?.[side]?.[path];
    if (options.diffLines && !allowed?.includes(change.location.line)) continue;
    const body = bodyOf(change);
    // One comment per line and text: a declaration re-exported from several entries breaks once.
    const key = `${side}:${path}:${change.location.line}:${change.rule}:${change.message.replace(/ \(from "[^"]*"\)/, '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    comments.push({ path, line: change.location.line, side, body });
    if (comments.length === MAX_REVIEW_COMMENTS) break;
  }
  // Most severe first (the cap keeps those), then in file order, so that reruns post the same list.
  const severity = new Map(comments.map((c, i) => [c, i]));
  return comments.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.line - b.line ||
      a.side.localeCompare(b.side) ||
      severity.get(a)! - severity.get(b)!,
  );
}
