// `npm run new:rule -- <rule-id> --level major|minor|patch --surface mcp|package|config|typescript`:
// the three places a new rule lives, made at once — its file (src/compat/rules/<rule-id>.ts), the
// smallest fixture pair that should make it fire (test/fixtures/rules/<rule-id>/), and its line in
// the registry (src/compat/rules/index.ts). The detector starts empty, so the fixture tests fail
// ("triggers its own rule") until it is written: that is the next step CONTRIBUTING.md describes.
// `--root DIR` works on another checkout (the scaffold's own test uses a copy).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const LEVELS = ['major', 'minor', 'patch'] as const;
const SURFACES = ['mcp', 'package', 'config', 'typescript'] as const;
type Level = (typeof LEVELS)[number];
type Surface = (typeof SURFACES)[number];

/** The registry's list each surface joins (see src/compat/rules/index.ts). */
const LIST_OF: Record<Surface, string> = {
  mcp: 'elementRules',
  package: 'elementRules',
  config: 'elementRules',
  typescript: 'typescriptRules',
};

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function ruleSource(id: string, level: Level, surface: Surface): string {
  if (surface === 'typescript') {
    return `// TODO: one line on what changed in the exported API, and why consumers break (or do not).

import type { Change } from '../types.ts';
import { tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: '${id}',
  level: '${level}',
  description: 'TODO: what the rule detects, in one line.',
  rationale: 'TODO: why a consumer breaks (or does not), in one line.',
  find(analysis) {
    const changes: Change[] = [];
    // analysis.changed holds the declarations present in both versions whose text changed
    // (see src/compat/typescript/analysis.ts); report each with pairChange() from rule-kit.ts.
    void analysis;
    return changes;
  },
});
`;
  }
  return `// TODO: one line on what changed, and why clients break (or do not).

import type { Change, Rule } from '../types.ts';

export const rule: Rule = {
  id: '${id}',
  level: '${level}',
  surface: '${surface}',
  description: 'TODO: what the rule detects, in one line.',
  rationale: 'TODO: why a client breaks (or does not), in one line.',
  detect({ old, new: next }) {
    const changes: Change[] = [];
    // Compare old.${surface === 'package' ? 'package' : surface} with next.${surface === 'package' ? 'package' : surface}; push one Change per finding, with
    // rule '${id}', its level, the item it affects (itemKey in ../surface-items.ts) and a message.
    void old;
    void next;
    return changes;
  },
};
`;
}

/** A capture of one tool: the fixture to edit into the smallest pair that makes the rule fire. */
const CAPTURE = `${JSON.stringify({ tools: [{ name: 'search', description: 'Search the index.', inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } }] }, null, 2)}\n`;

function writeFixture(dir: string, id: string, level: Level, surface: Surface): string[] {
  mkdirSync(dir, { recursive: true });
  if (surface !== 'typescript') {
    writeFileSync(path.join(dir, 'old.json'), CAPTURE);
    writeFileSync(path.join(dir, 'new.json'), CAPTURE);
    return ['old.json', 'new.json'];
  }
  for (const side of ['old', 'new']) {
    mkdirSync(path.join(dir, side));
    const manifest = {
      name: `fixture-${id}`,
      version: side === 'old' ? '1.0.0' : '1.1.0',
      type: 'module',
      types: 'index.d.ts',
    };
    writeFileSync(path.join(dir, side, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(dir, side, 'index.d.ts'), 'export declare function search(query: string): string[];\n');
  }
  writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify({ level })}\n`);
  return ['old/', 'new/', 'expected.json'];
}

/** The registry with the rule's import after the last rule import, and its name at the end of its list. */
export function registered(index: string, id: string, list: string): string {
  const name = camel(id);
  const imports = [...index.matchAll(/^import \{ rule as \w+ \} from '\.\/[\w-]+\.ts';$/gm)];
  const last = imports.at(-1);
  const listStart = index.indexOf(`export const ${list}: Rule[] = [`);
  const listEnd = listStart < 0 ? -1 : index.indexOf('\n];', listStart);
  if (!last || listEnd < 0) {
    throw new ScaffoldError(
      `src/compat/rules/index.ts does not have the layout the scaffold knows (rule imports, then "export const ${list}: Rule[] = [ … ];"). Register the rule by hand: import { rule as ${name} } from './${id}.ts'; and add ${name} to the list.`,
    );
  }
  const afterImport = last.index + last[0].length;
  const withImport = `${index.slice(0, afterImport)}\nimport { rule as ${name} } from './${id}.ts';${index.slice(afterImport)}`;
  const shift = withImport.length - index.length;
  return `${withImport.slice(0, listEnd + shift)}\n  ${name},${withImport.slice(listEnd + shift)}`;
}

export function scaffoldRule(root: string, id: string, level: Level, surface: Surface): string[] {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not a rule id: use kebab-case, like tool-removed or input-enum-narrowed.`);
  if (surface === 'typescript' && !id.startsWith('ts-'))
    throw new ScaffoldError(`TypeScript rules are named ts-…: use "ts-${id}".`);
  const file = path.join(root, 'src/compat/rules', `${id}.ts`);
  const fixture = path.join(root, 'test/fixtures/rules', id);
  const index = path.join(root, 'src/compat/rules/index.ts');
  if (existsSync(file) || existsSync(fixture))
    throw new ScaffoldError(
      `The rule ${id} exists already (${path.relative(root, existsSync(file) ? file : fixture)}).`,
    );
  const updated = registered(readFileSync(index, 'utf8'), id, LIST_OF[surface]);
  writeFileSync(file, ruleSource(id, level, surface));
  const fixtureFiles = writeFixture(fixture, id, level, surface);
  writeFileSync(index, updated);
  return [
    path.relative(root, file),
    ...fixtureFiles.map((f) => path.relative(root, path.join(fixture, f))),
    `${path.relative(root, index)} (registered in ${LIST_OF[surface]})`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = `Usage: npm run new:rule -- <rule-id> --level ${LEVELS.join('|')} --surface ${SURFACES.join('|')}`;
  try {
    const { values, positionals } = parseArgs({
      options: { level: { type: 'string' }, surface: { type: 'string' }, root: { type: 'string' } },
      allowPositionals: true,
    });
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new ScaffoldError(usage);
    if (!LEVELS.includes(values.level as Level))
      throw new ScaffoldError(`--level must be one of ${LEVELS.join(', ')}.\n${usage}`);
    if (!SURFACES.includes(values.surface as Surface))
      throw new ScaffoldError(`--surface must be one of ${SURFACES.join(', ')}.\n${usage}`);
    const root = path.resolve(values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
    const written = scaffoldRule(root, id, values.level as Level, values.surface as Surface);
    process.stdout.write(
      [
        `Made the rule ${id}:`,
        ...written.map((w) => `  ${w}`),
        'Next: edit the fixture into the smallest pair that should make the rule fire, write the detector,',
        `then run npx vitest run test/compat/registry-fixtures.test.ts${values.surface === 'typescript' ? ' test/typescript/rule-fixtures.test.ts' : ''} and npm run readme.`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    if (!(error instanceof ScaffoldError) && (error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw error;
    process.stderr.write(`new:rule: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
