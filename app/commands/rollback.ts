// `/mcpver rollback [id|version]`: verify a rollback point and open (or update) the pull request
// that restores its tree on the default branch. The command framework has already checked that the
// commenter may write; this only does the rollback and says what happened.

import type { Report } from '../../src/compat/report.ts';
import { failureOf } from '../../src/github/api.ts';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { npmPublishedVersions } from '../../src/rollback/npm-versions.ts';
import { restoreRollbackPoint } from '../../src/rollback/restore.ts';
import { RollbackError, type RollbackRecord } from '../../src/rollback/types.ts';
import type { StateStore } from '../../src/state/types.ts';
import type { SlashCommand } from './types.ts';

/** The report of what a rollback undoes: the stored report that starts at the point's version. */
async function reportSince(store: StateStore, record: RollbackRecord): Promise<Report | null> {
  if (!record.package || !record.version) return null;
  const path = (await store.list(`reports/${record.package}/`))
    .filter((p) => p.startsWith(`reports/${record.package}/${record.version}..`))
    .sort()
    .at(-1);
  return path ? store.readJson<Report>(path) : null;
}

export const rollbackCommand: SlashCommand = {
  name: 'rollback',
  usage: '/mcpver rollback [id|version]',
  summary:
    'open a pull request that restores a rollback point (the newest one that differs from the default branch when none is named)',
  async run(ctx) {
    const [selector, ...extra] = ctx.args;
    if (extra.length > 0)
      return {
        ok: false,
        reply: `\`/mcpver rollback\` takes at most one argument, a point id or a version (got ${ctx.args.length}).`,
      };
    const rollback = {
      repo: new GitHubRollbackRepository(ctx.octokit, ctx.repo),
      store: ctx.store,
      actor: ctx.actor,
      now: ctx.now,
    };
    try {
      const { record, publication, changedFiles, publish } = await restoreRollbackPoint(rollback, {
        selector,
        requestedBy: ctx.actor,
        reportFor: (point) => reportSince(ctx.store, point),
        packagePaths: ctx.config.packages.map((p) => p.path),
        // Through npm, with the App's own npm configuration (registry, scopes, tokens).
        publishedVersions: npmPublishedVersions(),
      });
      const pull = publication.pullRequest!;
      const verb =
        publication.outcome === 'created' ? 'Opened' : publication.outcome === 'updated' ? 'Updated' : 'Already open:';
      return {
        ok: true,
        reply:
          `${verb} #${pull.number} to roll back to rollback point \`${record.id}\`${record.version ? ` (\`${record.package}\` ${record.version})` : ''}: ${changedFiles.length} file(s) change back. The tag and its tree were verified first; nothing was force-pushed.` +
          (publish.kind === 'set'
            ? ` After merging, publish it as \`${publish.version}\` (set in \`${publish.manifest}\`).`
            : ''),
      };
    } catch (error) {
      if (error instanceof RollbackError) return { ok: false, reply: error.message };
      const { status, message } = failureOf(error);
      if (status === 403 || status === 422) {
        return {
          ok: false,
          reply: `GitHub refused the rollback pull request's branch (${status}: ${message.replace(/\.$/, '')}). Allow the App to push mcpver/* branches (branch protection or rulesets).`,
        };
      }
      throw error;
    }
  },
};
