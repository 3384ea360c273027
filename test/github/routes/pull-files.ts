// A pull request's files with their patches (`GET /pulls/{n}/files`), from a real `git diff` of the
// head against its merge base with the base branch, as GitHub computes it (renames detected).

import { notFound, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { paginate } from '../pagination.ts';

interface FileSection {
  filename: string;
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  patch?: string;
}

/** One `diff --git` section per file: its names and status from the header, its hunks as the patch. */
function sections(diff: string): FileSection[] {
  return diff
    .split(/^diff --git /m)
    .slice(1)
    .map((section) => {
      const lines = section.replace(/\n$/, '').split('\n');
      const hunk = lines.findIndex((l) => l.startsWith('@@'));
      const header = hunk < 0 ? lines : lines.slice(0, hunk);
      const field = (prefix: string) => header.find((l) => l.startsWith(prefix))?.slice(prefix.length);
      const renamedFrom = field('rename from ');
      const oldName = field('--- a/');
      const newName = field('+++ b/') ?? field('rename to ') ?? oldName ?? lines[0]!.replace(/^a\/(.*) b\/.*$/, '$1');
      const status = header.some((l) => l.startsWith('new file mode'))
        ? 'added'
        : header.some((l) => l.startsWith('deleted file mode'))
          ? 'removed'
          : renamedFrom
            ? 'renamed'
            : 'modified';
      const filename = status === 'removed' ? (oldName ?? newName) : newName;
      return {
        filename,
        status,
        ...(renamedFrom ? { previous_filename: renamedFrom } : {}),
        ...(hunk >= 0 ? { patch: lines.slice(hunk).join('\n') } : {}),
      };
    });
}

async function files(request: DoubleRequest) {
  const repo = request.repo!;
  const issue = repo.issue(Number(request.params.pull_number));
  if (!issue?.pull) throw notFound();
  const head = await repo.git.resolveRef(`refs/heads/${issue.pull.head}`);
  const base = await repo.git.resolveRef(`refs/heads/${issue.pull.base}`);
  if (!head || !base) return [];
  // Unrelated histories (a head branch seeded without a parent) have no merge base: compare the tips.
  const mergeBase = await repo.git.text(['merge-base', base, head]).catch(() => base);
  const diff = (await repo.git.run(['diff', '-M', '--no-color', '--no-ext-diff', mergeBase, head])).toString('utf8');
  const out = [];
  for (const s of sections(diff)) {
    const blob = await repo.git.fileAt(s.status === 'removed' ? mergeBase : head, s.filename);
    const count = (sign: string) => (s.patch ?? '').split('\n').filter((l) => l.startsWith(sign)).length;
    const [additions, deletions] = [count('+'), count('-')];
    const web = `https://github.com/${repo.fullName}`;
    out.push({
      sha: blob?.sha ?? '0'.repeat(40),
      filename: s.filename,
      status: s.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${web}/blob/${head}/${s.filename}`,
      raw_url: `${web}/raw/${head}/${s.filename}`,
      contents_url: `${request.double.url}/repos/${repo.fullName}/contents/${s.filename}?ref=${head}`,
      ...(s.patch !== undefined ? { patch: s.patch } : {}),
      ...(s.previous_filename ? { previous_filename: s.previous_filename } : {}),
    });
  }
  return out;
}

export function pullFilesRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/pulls/:pull_number/files', async (request) =>
    paginate(request, await files(request)),
  );
}
