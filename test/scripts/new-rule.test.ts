// `npm run new:rule` on a copy of the sources: the rule file, its fixture pair and its line in the
// registry are made, and the registry loads with the new rule in the list its surface belongs to.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

/** tsx, resolved from the repository (`--import tsx` alone would resolve it from the child's working directory). */
const TSX = import.meta.resolve('tsx');

const copy = mkdtempSync(path.join(tmpdir(), 'mcpver-new-rule-'));
cpSync(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
mkdirSync(path.join(copy, 'test/fixtures/rules'), { recursive: true });
symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
// The sources are ES modules, as the repository's package.json says.
writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ type: 'module' }));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const scaffold = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/new-rule.ts'), ...args, '--root', copy], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** The registry of the copy, as the lists it exports: rule ids, with level and surface. */
function registryOfCopy(): Record<
  'elementRules' | 'typescriptRules' | 'rules',
  { id: string; level: string; surface: string }[]
> {
  const code = `const m = await import(${JSON.stringify(path.join(copy, 'src/compat/rules/index.ts'))});
const pick = (list) => list.map((r) => ({ id: r.id, level: r.level, surface: r.surface }));
process.stdout.write(JSON.stringify({ elementRules: pick(m.elementRules), typescriptRules: pick(m.typescriptRules), rules: pick(m.rules) }));`;
  const run = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', code], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('npm run new:rule', () => {
  it('makes an MCP rule: its file, a capture pair to edit, and its line in the registry', () => {
    const run = scaffold('tool-title-removed', '--level', 'minor', '--surface', 'mcp');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('src/compat/rules/tool-title-removed.ts');
    expect(readFileSync(path.join(copy, 'src/compat/rules/tool-title-removed.ts'), 'utf8')).toContain(
      "id: 'tool-title-removed'",
    );
    for (const side of ['old', 'new'])
      expect(
        JSON.parse(readFileSync(path.join(copy, `test/fixtures/rules/tool-title-removed/${side}.json`), 'utf8'))
          .tools[0].name,
      ).toBe('search');
    const registry = registryOfCopy();
    expect(registry.elementRules).toContainEqual({ id: 'tool-title-removed', level: 'minor', surface: 'mcp' });
    expect(registry.rules.filter((r) => r.id === 'tool-title-removed')).toHaveLength(1);
  });

  it('makes a TypeScript rule with a package pair and the level it must report', () => {
    const run = scaffold('ts-export-deprecated-removed', '--level', 'major', '--surface', 'typescript');
    expect(run.status, run.stderr).toBe(0);
    const fixture = path.join(copy, 'test/fixtures/rules/ts-export-deprecated-removed');
    expect(JSON.parse(readFileSync(path.join(fixture, 'expected.json'), 'utf8'))).toEqual({ level: 'major' });
    expect(existsSync(path.join(fixture, 'old/index.d.ts')) && existsSync(path.join(fixture, 'new/package.json'))).toBe(
      true,
    );
    expect(registryOfCopy().typescriptRules).toContainEqual({
      id: 'ts-export-deprecated-removed',
      level: 'major',
      surface: 'typescript',
    });
  });

  it('refuses a rule that exists, an id that is not kebab-case, and a TypeScript rule not named ts-…, changing nothing', () => {
    const before = readFileSync(path.join(copy, 'src/compat/rules/index.ts'), 'utf8');
    const exists = scaffold('tool-removed', '--level', 'major', '--surface', 'mcp');
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain('The rule tool-removed exists already (src/compat/rules/tool-removed.ts).');
    expect(scaffold('ToolGone', '--level', 'major', '--surface', 'mcp').stderr).toContain(
      '"ToolGone" is not a rule id: use kebab-case',
    );
    expect(scaffold('export-gone', '--level', 'major', '--surface', 'typescript').stderr).toContain(
      'use "ts-export-gone"',
    );
    expect(scaffold('x-y', '--level', 'huge', '--surface', 'mcp').stderr).toContain(
      '--level must be one of major, minor, patch.',
    );
    expect(readFileSync(path.join(copy, 'src/compat/rules/index.ts'), 'utf8')).toBe(before);
  });
});
