// The V8 setting the one-shot faces give themselves (src/tiering.ts): a flag this V8 knows, set
// before anything else the entries load, and nothing on a V8 that tiers up differently.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tiering = path.join(root, 'src/tiering.ts');

describe('the V8 tiering of the CLI and the Action', () => {
  it('sets only flags this V8 accepts (an unknown flag would print an error)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const t = await import(${JSON.stringify(tiering)}); console.log(t.tiersByBudget)`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const v8Major = Number(process.versions.v8.split('.')[0]);
    expect({ status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({
      status: 0,
      stdout: String(v8Major === 11),
      stderr: '',
    });
  });

  it('is the first import of the CLI, the Action and the benchmark child, and not of the App', () => {
    const firstImport = (file: string) => /^import\s+[^\n]*$/m.exec(readFileSync(path.join(root, file), 'utf8'))?.[0];
    expect(firstImport('src/cli.ts')).toBe("import './tiering.ts';");
    expect(firstImport('src/action/index.ts')).toBe("import '../tiering.ts';");
    expect(firstImport('bench/typescript-check.ts')).toBe("import '../src/tiering.ts';");
    expect(readFileSync(path.join(root, 'app/index.ts'), 'utf8')).not.toContain('tiering');
  });
});
