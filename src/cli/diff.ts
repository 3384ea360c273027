// `mcpver diff OLD.json NEW.json [--json]`: diff two snapshots, or two captures of MCP list results.

import { readFile } from 'node:fs/promises';
import { diffSnapshotsAsync } from '../compat/diff.ts';
import { buildReport } from '../compat/report.ts';
import { parseSnapshotJson } from '../surface/capture.ts';
import { EXIT, parse, UsageError } from './common.ts';
import { loadConfigFile } from './config-file.ts';
import type { CliIo } from './io.ts';
import { formatOption, writeReport } from './output.ts';

export const diffHelp = `mcpver diff OLD.json NEW.json [--json | --format text|json|markdown|sarif] [--config FILE]
  Diff two snapshots (from mcpver snapshot) or two captures of MCP list results
  (a JSON object with any of tools, prompts, resources, resourceTemplates).
  --config FILE reads the rule switches (policy.rules) of an mcpver.yml.
  Exit 0 when nothing breaks, 1 when a change is major (or the report fails otherwise: an under-bumped
  version, a surface that could not be read), 2 on bad input.`;

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      json: { type: 'boolean' },
      format: { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(`${diffHelp}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 2)
    throw new UsageError(`diff takes two files, OLD and NEW (got ${positionals.length}).\n${diffHelp}`);
  const [oldFile, newFile] = positionals as [string, string];
  const read = async (file: string) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
    }
    return parseSnapshotJson(text, file);
  };
  const [old, next] = [await read(oldFile), await read(newFile)];
  const config = values.config ? await loadConfigFile(values.config) : null;
  const ruleOptions = config?.policy.rules ?? {};
  const changes = await diffSnapshotsAsync(old, next, { ruleOptions });
  // Without versions there is no bump to compare: the report says what is required and fails on a major change.
  const end = (s: typeof old, file: string) => ({ ref: file, version: s.package?.version || null });
  const report = buildReport({
    old,
    new: next,
    changes,
    from: end(old, oldFile),
    to: end(next, newFile),
    failOn: 'breaking',
    ...(config ? { poisoning: config.policy.poisoning } : {}),
  });
  writeReport(report, formatOption(values), io, values['no-color']);
  // The exit status says what the report says: a major change, an under-bump or an unread surface fails.
  return report.failed ? EXIT.failed : EXIT.ok;
}
