// `mcpver check`: compare a release with the one before it and say whether its version is right.

import { writeFile } from 'node:fs/promises';
import { runCheck } from '../check.ts';
import type { FailOn } from '../compat/report.ts';
import { renderReportJson } from '../render/json.ts';
import type { ZeroMajor } from '../version/bump.ts';
import { EXIT, parse, UsageError } from './common.ts';
import type { CliIo } from './io.ts';
import { formatOption, writeReport } from './output.ts';
import { stderrProgress } from './progress.ts';
import { envOption, headerOption, serverHelp, serverOptions, transportOption } from './server-options.ts';

export const checkHelp = `mcpver check [--from TAG] [--to REF] [--command CMD] [options]
  Snapshot the previous release and this one, diff them, and check the version bump.
  --from TAG        the previous release (default: the highest release tag below --to's version)
  --to REF          the release to check (default: the working tree, with package.json's version)
  --command CMD     start the server with CMD over stdio (e.g. "node build/index.js")
  --install CMD     run CMD in each checked-out version before starting it (e.g. "npm ci")
  --build CMD       run CMD after installing (e.g. "npm run build")
  --static          read the MCP surface from the TypeScript source instead of starting the server
${serverHelp}
  --previous P      tag (default: rebuild the previous release from its tag) | registry (take it as
                    published on npm when it is, else from its tag)
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

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
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
    previous: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...serverOptions,
  });
  if (values.help) {
    io.stdout.write(`${checkHelp}\n`);
    return EXIT.ok;
  }
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
  if (timeout !== undefined && !(timeout > 0))
    throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);

  const previous = values.previous;
  if (previous !== undefined && previous !== 'tag' && previous !== 'registry') {
    throw new UsageError(`--previous must be tag or registry (got "${previous}").`);
  }
  const transport = transportOption(values.transport, values.url);
  const headers = headerOption(values.header);
  // Progress goes to stderr; with a machine-readable report on stdout, mcpver stays quiet.
  const quiet = format !== 'text';
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
      ...(values.env ? { env: envOption(values.env, io.env) } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(transport ? { transport } : {}),
      ...(headers ? { headers } : {}),
      ...(previous ? { previous } : {}),
      ...(values['install-scripts'] ? { installScripts: true } : {}),
    },
    log: format === 'text' ? (message) => io.stderr.write(`${message}\n`) : undefined,
    environment: io.env,
    ...(quiet ? {} : { progress: stderrProgress(io.stderr) }),
  });
  if (values.report) await writeFile(values.report, renderReportJson(report));
  writeReport(report, format, io, values['no-color'], pkg.path);
  return report.failed ? EXIT.failed : EXIT.ok;
}
