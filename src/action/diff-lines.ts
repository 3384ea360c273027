// The lines a pull request's diff shows, by file and side: GitHub accepts inline review comments
// only there (a comment elsewhere makes it refuse the whole review), so the others stay in the summary.

import { parsePatch } from 'diff';
import type { DiffLines } from '../compat/review-comments.ts';
import type { OctokitLike } from '../state/github-store.ts';

const PER_PAGE = 100;
/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PAGES = 30;

/** Old-side (`LEFT`) and new-side (`RIGHT`) line numbers of one file's patch: changed lines and their context. */
export function patchLines(patch: string): { LEFT: number[]; RIGHT: number[] } {
  const left: number[] = [];
  const right: number[] = [];
  for (const file of parsePatch(patch)) {
    for (const hunk of file.hunks) {
      let oldLine = hunk.oldStart;
      let newLine = hunk.newStart;
      for (const line of hunk.lines) {
        if (line.startsWith('-')) left.push(oldLine++);
        else if (line.startsWith('+')) right.push(newLine++);
        else if (line.startsWith(' ')) {
          left.push(oldLine++);
          right.push(newLine++);
        }
      }
    }
  }
  return { LEFT: left, RIGHT: right };
}

interface PullFile {
  filename: string;
  previous_filename?: string;
  patch?: string;
}

/** The diff lines of every file of the pull request (files without a patch, binary or too large, have none). */
export async function pullRequestDiffLines(
  octokit: OctokitLike,
  target: { owner: string; repo: string; pullNumber: number },
): Promise<DiffLines> {
  const lines: Required<DiffLines> = { LEFT: {}, RIGHT: {} };
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullNumber,
      per_page: PER_PAGE,
      page,
    });
    for (const file of data as PullFile[]) {
      if (!file.patch) continue;
      const { LEFT, RIGHT } = patchLines(file.patch);
      lines.LEFT[file.previous_filename ?? file.filename] = LEFT;
      lines.RIGHT[file.filename] = RIGHT;
    }
    if ((data as PullFile[]).length < PER_PAGE) break;
  }
  return lines;
}
