// docs/report.schema.json, the JSON Schema of the report contract, checked against real reports:
// `mcpver check --json` on the example server released twice (its servers run), on a server whose
// tools cannot be read (an incomplete verdict) and on a first release, and `mcpver diff --json` on
// every rule fixture (snapshots taken of the TypeScript ones). The schema is published open (fields are
// added within a schemaVersion); here it is closed, so a field a report gains must be named in it.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpver, ROOT } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

type Schema = Record<string, unknown>;
const published = JSON.parse(readFileSync(path.join(ROOT, 'docs/report.schema.json'), 'utf8')) as Schema;

/**
 * The schema with `additionalProperties: false` on every object it describes. Conditions (`if`,
 * `then`) name only the properties they test, so they stay as they are.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Schema = { ...(schema as Schema) };
  for (const key of ['properties', '$defs']) {
    if (out[key])
      out[key] = Object.fromEntries(Object.entries(out[key] as Schema).map(([name, sub]) => [name, closed(sub)]));
  }
  for (const key of ['items', 'oneOf', 'anyOf', 'allOf']) if (out[key]) out[key] = closed(out[key]);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateOpen = ajv.compile(published);
const validateClosed = new Ajv2020({ allErrors: true, strict: true }).compile(closed(published) as Schema);
const problems = (validate: typeof validateOpen, report: unknown) =>
  validate(report)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

const FIXTURES = path.join(ROOT, 'test/fixtures/rules');
/** TypeScript fixtures whose reports carry a rename migration, a TypeScript witness and locations. */
const TS_FIXTURES = ['ts-export-renamed', 'ts-parameter-added'];

const reports: { name: string; code: number; report: Record<string, any> }[] = [];
const repos: TempRepo[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'mcpver-report-schema-'));

async function report(name: string, args: string[], cwd: string) {
  const run = await mcpver(args, cwd);
  expect(run.stderr, `${name}: mcpver ${args.join(' ')}`).not.toMatch(/^mcpver: (error|usage)/im);
  reports.push({ name, code: run.code, report: JSON.parse(run.stdout) as Record<string, any> });
}

/** A small server whose tools the static reader can read, or whose tool list comes from the network. */
const server = (readable: boolean) => `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
${readable ? "server.tool('forecast', 'The forecast for a city', { city: z.string() }, async () => ({ content: [] }));" : 'for (const d of await (await fetch(process.env.TOOLS_URL!)).json()) server.registerTool(d.name, { inputSchema: { city: z.string() } }, async () => ({ content: [] }));'}
`;
const manifest = (version: string) => ({
  name: 'weather-mcp',
  version,
  type: 'module',
  dependencies: { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^3.25.0' },
});

beforeAll(async () => {
  // The example server released as v1.0.0 and v1.1.0, checked with its servers running (as the demo does).
  const examples = tempRepo('mcpver-schema-examples-');
  repos.push(examples);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(examples.dir, 'node_modules'));
  for (const [folder, tag] of [
    ['server-v1', 'v1.0.0'],
    ['server-v2', 'v1.1.0'],
  ] as const) {
    rmSync(path.join(examples.dir, 'src'), { recursive: true, force: true });
    for (const entry of ['src', 'package.json', 'tsconfig.json'])
      cpSync(path.join(ROOT, 'examples', folder, entry), path.join(examples.dir, entry), { recursive: true });
    examples.commit(tag, tag);
  }
  await report(
    'check of examples/ (runtime)',
    ['check', '--json', '--from', 'v1.0.0', '--to', 'v1.1.0', '--command', 'node --import tsx src/index.ts'],
    examples.dir,
  );

  // A first release, then a version whose tool list the sources do not hold: read statically.
  const unread = tempRepo('mcpver-schema-unread-');
  repos.push(unread);
  unread.write('package.json', manifest('1.0.0'));
  unread.write('src/index.ts', server(true));
  unread.commit('1.0.0', 'v1.0.0');
  await report('check of a first release', ['check', '--json', '--to', 'v1.0.0'], unread.dir);
  unread.write('package.json', manifest('1.0.1'));
  unread.write('src/index.ts', server(false));
  unread.commit('1.0.1', 'v1.0.1');
  await report(
    'check of a version that cannot be read',
    ['check', '--json', '--from', 'v1.0.0', '--to', 'v1.0.1'],
    unread.dir,
  );

  for (const rule of readdirSync(FIXTURES)
    .filter((f) => !f.includes('.'))
    .sort()) {
    const dir = path.join(FIXTURES, rule);
    const files = readdirSync(dir);
    if (files.includes('old.json')) {
      await report(`diff of the ${rule} fixture`, ['diff', '--json', 'old.json', 'new.json'], dir);
    } else if (TS_FIXTURES.includes(rule)) {
      for (const side of ['old', 'new'])
        await mcpver(
          ['snapshot', '--dir', path.join(dir, side), '--out', path.join(work, `${rule}-${side}.json`)],
          ROOT,
        );
      await report(
        `diff of the ${rule} fixture's snapshots`,
        ['diff', '--json', `${rule}-old.json`, `${rule}-new.json`],
        work,
      );
    }
  }
}, 600_000);

afterAll(() => {
  for (const repo of repos) repo.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('docs/report.schema.json', () => {
  it('is a JSON Schema (draft 2020-12) that ajv compiles in strict mode', () => {
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(published)).toBe(true);
  });

  it('describes every report that mcpver check and mcpver diff wrote, each field named', () => {
    expect(reports.length).toBeGreaterThan(80);
    const invalid = reports
      .map(({ name, report }) => ({ name, problems: problems(validateClosed, report) }))
      .filter((r) => r.problems.length > 0);
    expect(invalid).toEqual([]);
  });

  it('was checked on reports with every optional part: from null, incomplete readings, witnesses, migrations, locations, security findings, drift, flags', () => {
    const all = reports.map((r) => r.report);
    const changes = all.flatMap((r) => r.changes as Record<string, any>[]);
    const seen = {
      firstRelease: all.some((r) => r.from === null),
      underBumped: all.some((r) => r.verdict === 'under-bumped'),
      incomplete: all.some((r) => r.incomplete.some((i: any) => i.gaps.some((g: any) => g.location?.line))),
      jsonWitness: changes.some((c) => c.witness?.kind === 'json'),
      typescriptWitness: changes.some((c) => c.witness?.kind === 'typescript'),
      migration: changes.some((c) => c.migration),
      location: changes.some((c) => c.location?.line),
      security: changes.some((c) => c.category === 'security' && c.security),
      descriptionDrift: changes.some((c) => c.category === 'description-drift'),
      flag: changes.some((c) => typeof c.flag === 'string'),
    };
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, true])));
    // And the check of the examples is the one the README shows: under-bumped, exit 1.
    expect(reports[0]).toMatchObject({
      code: 1,
      report: { verdict: 'under-bumped', required: 'major', actual: 'minor', nextVersion: '2.0.0' },
    });
  });

  it('accepts a field a later mcpver adds within schemaVersion 1, which the closed schema of this test refuses; both refuse a wrong value', () => {
    const example = reports[0]!.report;
    const added = { ...example, changes: [{ ...example.changes[0], addedLater: true }, ...example.changes.slice(1)] };
    expect(problems(validateOpen, added)).toEqual([]);
    expect(problems(validateClosed, added)).toEqual([
      `/changes/0 must NOT have additional properties {"additionalProperty":"addedLater"}`,
    ]);
    const wrong = { ...example, verdict: 'fine' };
    expect(problems(validateOpen, wrong)).toHaveLength(1);
    expect(problems(validateClosed, wrong)).toHaveLength(1);
  });
});
