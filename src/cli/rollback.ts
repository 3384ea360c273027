// `mcpver rollback list|create|verify|prune|restore`: rollback points of a local repository, kept as
// annotated tags plus records on its state branch, restored as a branch (never a force-push).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_PATH, defaultConfig, parseConfig, type Config } from '../config.ts';
import { Git } from '../git.ts';
import { LocalRollbackRepository } from '../rollback/local-repository.ts';
import {
  adoptOrphanTag,
  createRollbackPoint,
  findOrphanTags,
  findRollbackPoint,
  listRollbackPoints,
  verifyRollbackPoint,
  type RollbackContext,
} from '../rollback/points.ts';
import { npmPublishedVersions } from '../rollback/npm-versions.ts';
import { restoreRollbackPoint } from '../rollback/restore.ts';
import { pruneRollbackPoints } from '../rollback/retention.ts';
import type { RollbackReason } from '../rollback/types.ts';
import { LocalStateStore } from '../state/local-store.ts';
import { EXIT, parse, UsageError } from './common.ts';
import type { CliIo } from './io.ts';

export const rollbackHelp = `mcpver rollback <list|create|verify|prune|restore> [options]
  list                         the rollback points, newest first
  create [--ref REF]           make a point at REF (default HEAD): --package NAME --version X --note TEXT
  verify [ID] [--adopt]        check each point's tag and tree against its record, and report rollback
                               tags without a record; --adopt writes the record of each sound one
                               (exit 1 on a failure or an orphan tag left)
  prune [--id ID]...           apply retention (rollback.max-count, rollback.max-age-days), or remove ID
  restore [ID|VERSION]         commit the point's tree on top of the base branch, on mcpver/restore/<id>
Options: --repo DIR (default .), --base BRANCH (restore; default the branch checked out),
  --state-branch NAME, --config FILE, --json`;

const REASONS: readonly RollbackReason[] = ['release', 'migration-merged', 'before-migration', 'manual'];

async function loadConfig(root: string, file: string | undefined): Promise<Config> {
  const target = path.resolve(root, file ?? CONFIG_PATH);
  try {
    return parseConfig(await readFile(target, 'utf8'), file ?? CONFIG_PATH);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && file === undefined) return defaultConfig();
    throw error;
  }
}

function print(io: CliIo, json: boolean, value: unknown, text: string): void {
  io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

export async function rollbackCommand(argv: string[], io: CliIo): Promise<number> {
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
      adopt: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    io.stdout.write(`${rollbackHelp}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const root = path.resolve(values.repo ?? '.');
  const git = new Git(root);
  if (!(await git.isRepository())) throw new UsageError(`${root} is not a git repository (use --repo DIR).`);
  const config = await loadConfig(root, values.config);
  const store = new LocalStateStore({
    cwd: root,
    branch: values['state-branch'] ?? config.state.branch,
    defaultActor: 'cli',
  });
  const ctx: RollbackContext = { repo: new LocalRollbackRepository(root, values.base), store, actor: 'cli' };
  const json = values.json === true;

  switch (sub) {
    case 'list': {
      const points = await listRollbackPoints(store);
      const orphans = await findOrphanTags(ctx);
      const lines = points.map(
        (p) =>
          `${p.id}  ${p.package ?? '-'} ${p.version ?? '-'}  ${p.commit.slice(0, 12)}  ${p.created}  ${p.reason}${p.restore ? `  restore ${p.restore.status}` : ''}`,
      );
      // A tag whose record was never written (a process killed in between) is shown, not hidden.
      for (const o of orphans)
        lines.push(
          `orphan tag ${o.tag}: no record; ${o.record ? '`mcpver rollback verify --adopt` adopts it' : `it cannot be adopted (${o.problem})`}`,
        );
      print(io, json, points, lines.length > 0 ? lines.join('\n') : 'No rollback points.');
      if (json) for (const line of lines.slice(points.length)) io.stderr.write(`mcpver: ${line}\n`);
      return EXIT.ok;
    }
    case 'create': {
      const reason = (values.reason ?? 'manual') as RollbackReason;
      if (!REASONS.includes(reason))
        throw new UsageError(`--reason must be one of ${REASONS.join(', ')} (got "${values.reason}").`);
      const commit = await git.resolveCommit(values.ref ?? 'HEAD');
      const { record, created } = await createRollbackPoint(ctx, {
        package: values.package ?? null,
        version: values.version ?? null,
        commit,
        reason,
        note: values.note ?? `made with mcpver rollback create at ${values.ref ?? 'HEAD'}`,
        retention: config.rollback,
      });
      print(
        io,
        json,
        { record, created },
        `${created ? 'Made' : 'Already had'} rollback point ${record.id} (tag ${record.tag}) at ${record.commit.slice(0, 12)}.`,
      );
      return EXIT.ok;
    }
    case 'verify': {
      const points = rest[0] ? [await findRollbackPoint(store, rest[0])] : await listRollbackPoints(store);
      const results = [];
      for (const point of points) results.push({ id: point.id, ...(await verifyRollbackPoint(ctx.repo, point)) });
      const lines = results.map((r) => (r.ok ? `ok      ${r.id}` : `FAILED  ${r.id}: ${r.problem}`));
      const orphans = rest[0] ? [] : await findOrphanTags(ctx);
      const adopted: string[] = [];
      for (const orphan of orphans) {
        if (values.adopt && orphan.record) {
          adopted.push((await adoptOrphanTag(ctx, orphan)).id);
          lines.push(
            `adopted ${orphan.record.id}: its tag ${orphan.tag} had no record; the record was written from the tag`,
          );
        } else {
          lines.push(
            `ORPHAN  ${orphan.tag}: no record; ${orphan.record ? 'sound: --adopt writes its record' : `cannot be adopted: ${orphan.problem}`}`,
          );
        }
      }
      print(io, json, results, lines.join('\n') || 'No rollback points.');
      if (json) for (const line of lines.slice(results.length)) io.stderr.write(`mcpver: ${line}\n`);
      return results.every((r) => r.ok) && orphans.length === adopted.length ? EXIT.ok : EXIT.failed;
    }
    case 'prune': {
      const result = await pruneRollbackPoints(ctx, config.rollback, values.id);
      const lines = [
        ...result.pruned.map((p) => `pruned  ${p.id} (${p.why})`),
        ...result.kept.map((id) => `kept    ${id} (a pending restore or an open migration refers to it)`),
        ...result.orphanTags.map((t) => `pruned  tag ${t} (it had no record)`),
      ];
      print(io, json, result, lines.join('\n') || 'Nothing to prune.');
      return EXIT.ok;
    }
    case 'restore': {
      const result = await restoreRollbackPoint(ctx, {
        selector: rest[0],
        packageName: values.package,
        requestedBy: 'cli',
        packagePaths: config.packages.map((p) => p.path),
        publishedVersions: npmPublishedVersions({ env: io.env }),
      });
      const { publication, record } = result;
      const publish =
        result.publish.kind === 'set'
          ? ` Publish it as ${result.publish.version} (set in ${result.publish.manifest}).`
          : '';
      print(
        io,
        json,
        result,
        publication.outcome === 'unchanged'
          ? `The branch ${publication.branch} already restores ${record.id} (${publication.commit.slice(0, 12)}).`
          : `Branch ${publication.branch} (${publication.commit.slice(0, 12)}) restores ${record.id}: ${result.changedFiles.length} file(s) change back. ` +
              `Push it and open a pull request: git push origin ${publication.branch}.${publish}`,
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`Unknown rollback command "${sub}".\n${rollbackHelp}`);
  }
}
