// `/mcpver migrate <version> [--dry-run] [--package NAME]`: open or update the migration pull
// requests of a release in the installation's dependent repositories; with --dry-run, reply with the
// plans and change nothing.

import { GITHUB_BODY_LIMIT } from '../../src/render/migration-body.ts';
import { findRollbackPoint } from '../../src/rollback/points.ts';
import { findReleaseReport, migrateDependents, type DependentResult } from '../handlers/release-migrations.ts';
import type { SlashCommand } from './types.ts';

const USAGE = '/mcpver migrate <version> [--dry-run] [--package NAME]';

/** Room kept for the reply's own lines around the plans of a dry run. */
const REPLY_MARGIN = 2_000;

function outcomeLine({ repo, outcome }: DependentResult): string | null {
  switch (outcome.kind) {
    case 'opened':
      return `- ${repo}: opened ${repo}#${outcome.pullRequest}`;
    case 'updated':
      return `- ${repo}: updated ${repo}#${outcome.pullRequest}`;
    case 'unchanged':
      return `- ${repo}: ${repo}#${outcome.pullRequest} is up to date`;
    case 'held':
      return `- ${repo}: ${repo}#${outcome.pullRequest} was closed by a person for this version; not re-opened`;
    case 'human-commits':
      return `- ${repo}: the branch has commits by people; the new plan was left as a comment${outcome.pullRequest ? ` on ${repo}#${outcome.pullRequest}` : ''}`;
    case 'blocked':
      return `- ${repo}: ${outcome.reason}`;
    case 'planned':
      return `- ${repo}: would change ${outcome.files.length} file(s)${outcome.files.length ? ` (${outcome.files.join(', ')})` : ''}; ${outcome.plan.manualSteps.length} manual step(s)`;
    case 'nothing-to-change':
      return `- ${repo}: nothing to edit automatically (${outcome.plan.manualSteps.length} manual step(s))`;
    case 'skipped':
      // Repositories that do not use the package are not dependents: not worth a line.
      return outcome.plan.references.length === 0 && /does not reference/.test(outcome.plan.skipped ?? '')
        ? null
        : `- ${repo}: ${outcome.plan.skipped}`;
    case 'failed':
      return `- ${repo}: failed: ${outcome.reason}`;
  }
}

export interface MigrateCommandOptions {
  /** The AI key, read by the App's wiring (never from the environment here); advice is skipped without it. */
  aiApiKey?: string | null;
  /** The endpoint the key goes to, from the App's environment (never from a repository's config). */
  aiBaseUrl?: string;
}

export function makeMigrateCommand(options: MigrateCommandOptions = {}): SlashCommand {
  return {
    name: 'migrate',
    usage: USAGE,
    summary: "open or update migration pull requests for a release in the installation's dependent repositories",
    async run(ctx) {
      const args = [...ctx.args];
      const dryRun = args.includes('--dry-run');
      const packageAt = args.indexOf('--package');
      const packageName = packageAt >= 0 ? args[packageAt + 1] : undefined;
      const rest = args.filter(
        (a, i) => a !== '--dry-run' && (packageAt < 0 || (i !== packageAt && i !== packageAt + 1)),
      );
      if (rest.length !== 1 || rest[0]!.startsWith('--')) return { ok: false, reply: `Usage: \`${USAGE}\`.` };
      const version = rest[0]!.replace(/^v/, '');
      const found = await findReleaseReport(ctx.store, version, packageName);
      if (!found) {
        return {
          ok: false,
          reply: `There is no report for version ${version}${packageName ? ` of ${packageName}` : ''} on the state branch: it was never released here, or the Action did not check it. Nothing was changed.`,
        };
      }
      // The release's own rollback point, when it has one, is kept while these migrations are open.
      const releasePoint = await findRollbackPoint(ctx.store, version, found.report.package ?? undefined).then(
        (p) => p.id,
        () => null,
      );
      const results = await migrateDependents(
        { ...ctx, aiApiKey: options.aiApiKey, aiBaseUrl: options.aiBaseUrl },
        found,
        { dryRun, releasePoint },
      );
      const lines = results.map(outcomeLine).filter((l): l is string => l !== null);
      const head = `${dryRun ? 'Dry run of the' : 'The'} migration of ${found.report.package} ${found.report.from?.version ?? ''} → ${version}:`;
      if (!dryRun)
        return {
          ok: true,
          reply: [head, '', ...(lines.length ? lines : ['- no repository of this installation depends on it'])].join(
            '\n',
          ),
        };
      // A dry run shows each plan in full, as long as the reply stays under GitHub's comment limit.
      const plans: string[] = [];
      let size = head.length + REPLY_MARGIN;
      for (const { repo, outcome } of results) {
        if (!('body' in outcome)) continue;
        const section = `<details><summary>${repo}</summary>\n\n${outcome.body}\n</details>`;
        if (size + section.length > GITHUB_BODY_LIMIT) {
          plans.push(`… the plans of the other repositories did not fit in one comment.`);
          break;
        }
        plans.push(section);
        size += section.length;
      }
      return {
        ok: true,
        reply: [
          head,
          '',
          ...(lines.length ? lines : ['- no repository of this installation depends on it']),
          '',
          ...plans,
          '',
          'Nothing was opened or changed.',
        ].join('\n'),
      };
    },
  };
}

/** The command without AI advice (no key). */
export const migrateCommand = makeMigrateCommand();
