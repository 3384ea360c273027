// `mcpver check`: compare a release with the one before it and say whether its version is right.

import { writeFile } from 'node:fs/promises';
import type { FailOn } from '../compat/report.ts';
import type { ZeroMajor } from '../version/bump.ts';
import { EXIT, parse, UsageError } from './common.ts';

export const checkHelp = `mcpver check [--from TAG] [--to REF] [--command CMD] [options]
  Snapshot the previous release and this one, diff them, and check the version bump.
  --from TAG        the previous release (default: the highest release tag below --to's version)
  --to REF          the release to check (default: the working tree, with package.json's version)
  --command CMD     start the server with CMD over stdio (e.g. "node build/index.js")
  --install CMD     run CMD in each checked-out version before starting it (e.g. "npm ci")
  --build CMD       run CMD after installing (e.g. "npm run build")
  --static          read the MCP surface from the TypeScript source instead of starting the server
  --config FILE     config file (default: .github/mcpver.yml when present)
  --package ID      which configured package to check (monorepos)
  --tag-pattern P   release tags, "*" for the version (default "v*"; "{name}@*" in monorepos)
  --fail-on P       under-bump (default) | breaking | never
  --zero-major M    caret (default: in 0.y.z, y is the breaking position) | strict
  --timeout S       seconds a server may take to answer (default 30)
  --json            print the report as JSON (same as --format json)
  --format F        text (default) | json | markdown | sarif
  --report FILE     also write the JSON report to FILE
  --no-color        no colours in text output
Exit codes: 0 the version is sufficient, 1 the policy fails the release, 2 usage or input error.`;

const FAIL_ON: readonly FailOn[] = ['under-bump', 'breaking', 'never'];
const ZERO_MAJOR: readonly ZeroMajor[] = ['caret', 'strict'];

export async function checkCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    command: { type: 'string' },
    install: { type: 'string' },
    build: { type: 'string' },
    static: { type: 'boolean' },
    config: { type: 'string' },
    package: { type: 'string' },
    'tag-pattern': { type: 'string' },
    'fail-on': { type: 'string' },
    'zero-major': { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    format: { type: 'string' },
    report: { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${checkHelp}\n`);
    return EXIT.ok;
  }
  // Loaded when the command runs, not when mcpver starts: the other commands need none of it.
  const [{ runCheck }, { renderReportJson }, { formatOption, writeReport }] = await Promise.all([import('../check.ts'), import('../render/json.ts'), import('./output.ts')]);
  const format = formatOption(values);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${failOn}").`);
  }
  const zeroMajor = values['zero-major'];
  if (zeroMajor !== undefined && !ZERO_MAJOR.includes(zeroMajor as ZeroMajor)) {
    throw new UsageError(`--zero-major must be one of ${ZERO_MAJOR.join(', ')} (got "${zeroMajor}").`);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);

  const { report, package: pkg } = await runCheck({
    cwd: process.cwd(),
    from: values.from,
    to: values.to,
    command: values.command,
    configPath: values.config,
    packageId: values.package,
    overrides: {
      ...(failOn ? { failOn: failOn as FailOn } : {}),
      ...(zeroMajor ? { zeroMajor: zeroMajor as ZeroMajor } : {}),
      ...(timeout ? { timeoutSeconds: timeout } : {}),
      ...(values.install ? { install: values.install } : {}),
      ...(values.build ? { build: values.build } : {}),
      ...(values.static ? { surface: 'static' as const } : {}),
      ...(values['tag-pattern'] ? { tagPattern: values['tag-pattern'] } : {}),
    },
    log: format === 'text' ? (message) => process.stderr.write(`${message}\n`) : undefined,
  });
  if (values.report) await writeFile(values.report, renderReportJson(report));
  writeReport(report, format, values['no-color'], pkg.path);
  return report.failed ? EXIT.failed : EXIT.ok;
}
