// `mcpver rollback list|create|verify|prune|restore`: rollback points of a local repository, kept as
// annotated tags plus records on its state branch, restored as a branch (never a force-push).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { CONFIG_PATH } from '../defaults.ts';
import type { RollbackContext } from '../rollback/points.ts';
import type { RollbackReason } from '../rollback/types.ts';
import { EXIT, parse, UsageError } from './common.ts';

export const rollbackHelp = `mcpver rollback <list|create|verify|prune|restore> [options]
  list                         the rollback points, newest first
  create [--ref REF]           make a point at REF (default HEAD): --package NAME --version X --note TEXT
  verify [ID]                  check each point's tag and tree against its record (exit 1 on a failure)
  prune [--id ID]...           apply retention (rollback.max-count, rollback.max-age-days), or remove ID
  restore [ID|VERSION]         commit the point's tree on top of the base branch, on mcpver/restore/<id>
Options: --repo DIR (default .), --base BRANCH (restore; default the branch checked out),
  --state-branch NAME, --config FILE, --json`;

const REASONS: readonly RollbackReason[] = ['release', 'migration-merged', 'before-migration', 'manual'];

async function loadConfig(root: string, file: string | undefined): Promise<Config> {
  const { defaultConfig, parseConfig } = await import('../config.ts');
  const target = path.resolve(root, file ?? CONFIG_PATH);
  try {
    return parseConfig(await readFile(target, 'utf8'), file ?? CONFIG_PATH);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && file === undefined) return defaultConfig();
    throw error;
  }
}

function print(json: boolean, value: unknown, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

export async function rollbackCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: 'string' },
      base: { type: 'string' },
      'state-branch': { type: 'string' },
      config: { type: 'string' },
      ref: { type: 'string' },
      package: { type: 'string' },
      version: { type: 'string' },
      reason: { type: 'string' },
      note: { type: 'string' },
      id: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    process.stdout.write(`${rollbackHelp}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  // Loaded when the command runs, not when mcpver starts: the other commands need none of it.
  const [{ Git }, { LocalRollbackRepository }, { createRollbackPoint, findRollbackPoint, listRollbackPoints, verifyRollbackPoint }, { restoreRollbackPoint }, { pruneRollbackPoints }, { LocalStateStore }] =
    await Promise.all([
      import('../git.ts'),
      import('../rollback/local-repository.ts'),
      import('../rollback/points.ts'),
      import('../rollback/restore.ts'),
      import('../rollback/retention.ts'),
      import('../state/local-store.ts'),
    ]);
  const root = path.resolve(values.repo ?? '.');
  const git = new Git(root);
  if (!(await git.isRepository())) throw new UsageError(`${root} is not a git repository (use --repo DIR).`);
  const config = await loadConfig(root, values.config);
  const store = new LocalStateStore({ cwd: root, branch: values['state-branch'] ?? config.state.branch, defaultActor: 'cli' });
  const ctx: RollbackContext = { repo: new LocalRollbackRepository(root, values.base), store, actor: 'cli' };
  const json = values.json === true;

  switch (sub) {
    case 'list': {
      const points = await listRollbackPoints(store);
      const lines = points.map((p) => `${p.id}  ${p.package ?? '-'} ${p.version ?? '-'}  ${p.commit.slice(0, 12)}  ${p.created}  ${p.reason}${p.restore ? `  restore ${p.restore.status}` : ''}`);
      print(json, points, lines.length > 0 ? lines.join('\n') : 'No rollback points.');
      return EXIT.ok;
    }
    case 'create': {
      const reason = (values.reason ?? 'manual') as RollbackReason;
      if (!REASONS.includes(reason)) throw new UsageError(`--reason must be one of ${REASONS.join(', ')} (got "${values.reason}").`);
      const commit = await git.resolveCommit(values.ref ?? 'HEAD');
      const { record, created } = await createRollbackPoint(ctx, {
        package: values.package ?? null,
        version: values.version ?? null,
        commit,
        reason,
        note: values.note ?? `made with mcpver rollback create at ${values.ref ?? 'HEAD'}`,
        retention: config.rollback,
      });
      print(json, { record, created }, `${created ? 'Made' : 'Already had'} rollback point ${record.id} (tag ${record.tag}) at ${record.commit.slice(0, 12)}.`);
      return EXIT.ok;
    }
    case 'verify': {
      const points = rest[0] ? [await findRollbackPoint(store, rest[0])] : await listRollbackPoints(store);
      const results = [];
      for (const point of points) results.push({ id: point.id, ...(await verifyRollbackPoint(ctx.repo, point)) });
      const lines = results.map((r) => (r.ok ? `ok      ${r.id}` : `FAILED  ${r.id}: ${r.problem}`));
      print(json, results, lines.join('\n') || 'No rollback points.');
      return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
    }
    case 'prune': {
      const result = await pruneRollbackPoints(ctx, config.rollback, values.id);
      const lines = [
        ...result.pruned.map((p) => `pruned  ${p.id} (${p.why})`),
        ...result.kept.map((id) => `kept    ${id} (a pending restore or an open migration refers to it)`),
        ...result.orphanTags.map((t) => `pruned  tag ${t} (it had no record)`),
      ];
      print(json, result, lines.join('\n') || 'Nothing to prune.');
      return EXIT.ok;
    }
    case 'restore': {
      const result = await restoreRollbackPoint(ctx, { selector: rest[0], packageName: values.package, requestedBy: 'cli' });
      const { publication, record } = result;
      print(
        json,
        result,
        publication.outcome === 'unchanged'
          ? `The branch ${publication.branch} already restores ${record.id} (${publication.commit.slice(0, 12)}).`
          : `Branch ${publication.branch} (${publication.commit.slice(0, 12)}) restores ${record.id}: ${result.changedFiles.length} file(s) change back. ` +
              `Push it and open a pull request: git push origin ${publication.branch}`,
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`Unknown rollback command "${sub}".\n${rollbackHelp}`);
  }
}
