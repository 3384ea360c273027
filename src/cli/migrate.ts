// `mcpver migrate plan|apply`: the migration plan of a provider's release for a local checkout of a
// dependent, from a stored report or from the provider's repository; `apply` writes the edits.

import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCheck } from '../check.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../compat/report.ts';
import { Git } from '../git.ts';
import { isCodeFile } from '../migrate/code-files.ts';
import { MigrationError, planMigration } from '../migrate/plan.ts';
import { isIgnored, isReferenceFile } from '../migrate/references.ts';
import type { MigrationResult } from '../migrate/types.ts';
import { renderMigrationBody } from '../render/migration-body.ts';
import { EXIT, parse, UsageError } from './common.ts';
import type { CliIo } from './io.ts';

export const migrateHelp = `mcpver migrate <plan|apply> (--report FILE | --provider DIR --to TAG [--from TAG]) [options]
  plan     show what a migration to the provider's new version would change in this dependent
  apply    make those edits in the working tree (nothing is committed)
Options: --repo DIR (the dependent, default .), --package NAME (when the report names none),
  --json (the plan and edits as JSON), --markdown (the pull request body)
Exit 0 when the dependent migrates, 1 when it is skipped (a file does not parse, no reference), 2 on bad input.`;

/** Files in the dependent that migration reads: git's list when it is a repository, else a walk. */
async function dependentFiles(root: string): Promise<Map<string, string>> {
  const git = new Git(root);
  let names: string[];
  if (await git.isRepository()) {
    const out = await git.exec(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    names = out.split('\0').filter(Boolean);
  } else {
    names = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  }
  const files = new Map<string, string>();
  for (const name of names.filter((n) => !isIgnored(n) && (isReferenceFile(n) || isCodeFile(n))).sort()) {
    files.set(name, await readFile(path.join(root, name), 'utf8'));
  }
  return files;
}

async function readReport(file: string): Promise<Report> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the report ${file}: ${(error as Error).message}`);
  }
  const report = value as Partial<Report>;
  if (report?.schemaVersion !== REPORT_SCHEMA_VERSION || !Array.isArray(report.changes) || !report.to) {
    throw new MigrationError(
      `${file} is not an mcpver report (schemaVersion ${REPORT_SCHEMA_VERSION} with "to" and "changes"); make one with mcpver check --json.`,
    );
  }
  return report as Report;
}

function describe(result: MigrationResult): string {
  const { plan, edits } = result;
  const lines = [
    `Migration of ${plan.dependent} to ${plan.package} ${plan.to} (effort ${plan.effort.size}: ${plan.effort.summary})`,
  ];
  if (plan.skipped) lines.push(`  ${plan.skipped}`);
  for (const step of plan.steps) lines.push(`  [auto]   ${step.description}`);
  for (const step of plan.manualSteps)
    lines.push(
      `  [manual] ${step.subject}: ${step.message}${step.mentions.length ? ` (used at ${step.mentions.join(', ')})` : ''}`,
    );
  const notUsed = plan.notUsed ?? [];
  if (notUsed.length > 0)
    lines.push(
      `  [unused] ${notUsed.length} more breaking change(s) about items this repository does not name: ${[...new Set(notUsed.map((s) => s.subject))].slice(0, 6).join(', ')}${notUsed.length > 6 ? ', …' : ''} (see the report)`,
    );
  for (const note of plan.notes) lines.push(`  note: ${note}`);
  lines.push(
    `  ${edits.length} file(s) ${edits.length === 1 ? 'changes' : 'change'}: ${edits.map((e) => e.file).join(', ') || '(none)'}`,
  );
  return lines.join('\n');
}

export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: 'string' },
      report: { type: 'string' },
      provider: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      package: { type: 'string' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const [sub] = positionals;
  if (values.help || sub === undefined) {
    io.stdout.write(`${migrateHelp}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (sub !== 'plan' && sub !== 'apply') throw new UsageError(`Unknown migrate command "${sub}".\n${migrateHelp}`);
  if (!values.report === !values.provider)
    throw new UsageError(`Give either --report FILE or --provider DIR --to TAG.\n${migrateHelp}`);
  let report: Report;
  if (values.report) report = await readReport(path.resolve(values.report));
  else {
    if (!values.to) throw new UsageError('--provider needs --to TAG (the release to migrate to).');
    report = (await runCheck({ cwd: path.resolve(values.provider!), from: values.from, to: values.to })).report;
  }
  const root = path.resolve(values.repo ?? '.');
  const result = planMigration({
    report,
    dependent: path.basename(root),
    files: await dependentFiles(root),
    packageName: values.package,
  });
  if (sub === 'apply' && !result.plan.skipped) {
    for (const edit of result.edits) await writeFile(path.join(root, edit.file), edit.after);
  }
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (values.markdown) io.stdout.write(renderMigrationBody({ plan: result.plan, report, dryRun: sub === 'plan' }));
  else
    io.stdout.write(
      `${describe(result)}\n${sub === 'apply' && !result.plan.skipped ? 'Edits written; review them with git diff.\n' : ''}`,
    );
  return result.plan.skipped ? EXIT.failed : EXIT.ok;
}
