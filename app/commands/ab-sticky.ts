// One sticky comment per A/B test on its tracking issue: found by its hidden marker and edited in
// place, so that repeated analyses do not pile up comments. Only a comment the App wrote itself is
// edited: anyone who can comment can also paste the marker, and a comment of theirs that the App
// filled with the analysis would stay theirs to edit.

import type { OctokitLike } from '../../src/state/github-store.ts';

/** Comments are read a page of 100 at a time (the API's maximum per page). */
const PER_PAGE = 100;

/** `author` is the App's own login (`<slug>[bot]`): comments by anyone else are never edited. */
export async function upsertStickyComment(
  octokit: OctokitLike,
  repo: { owner: string; repo: string },
  issueNumber: number,
  marker: string,
  body: string,
  author: string,
): Promise<{ id: number; url: string; created: boolean }> {
  for (let page = 1; ; page++) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issueNumber,
      per_page: PER_PAGE,
      page,
    });
    const comments = data as Array<{ id: number; body?: string; html_url: string; user?: { login?: string } | null }>;
    const found = comments.find((c) => c.user?.login === author && c.body?.includes(marker));
    if (found) {
      if (found.body !== body)
        await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: found.id,
          body,
        });
      return { id: found.id, url: found.html_url, created: false };
    }
    if (comments.length < PER_PAGE) break;
  }
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issueNumber,
    body,
  });
  return { id: data.id as number, url: data.html_url as string, created: true };
}
