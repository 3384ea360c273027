// Inline review comments from a real diff: one per breaking declaration, at its line, with the
// verified witness; removals on the old side of the diff; comments outside the diff left out.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { reviewComments } from '../../src/compat/review-comments.ts';
import { snapshotOf } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'mcpver-review-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function version(side: string, dts: string): string {
  const dir = path.join(root, side);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'weather-mcp', version: side === 'old' ? '1.0.0' : '1.1.0', types: 'dist/index.d.ts' }));
  writeFileSync(path.join(dir, 'dist', 'index.d.ts'), dts);
  return dir;
}

const changes = diffSnapshots(
  snapshotOf(version('old', 'export declare function forecast(city: string): string;\nexport declare function legacy(flag: boolean): void;\n')),
  snapshotOf(version('new', '/** Forecast. */\nexport declare function forecast(city: string, days: number): string;\nexport declare function added(): void;\n')),
);

describe('reviewComments', () => {
  it('comments on each breaking declaration at its line, removals on the left side, with the witness', () => {
    const comments = reviewComments(changes, { packagePath: 'packages/weather' });
    expect(comments.map(({ path: p, line, side }) => ({ path: p, line, side }))).toEqual([
      { path: 'packages/weather/dist/index.d.ts', line: 2, side: 'LEFT' },
      { path: 'packages/weather/dist/index.d.ts', line: 2, side: 'RIGHT' },
    ]);
    expect(comments[0]!.body).toContain('"legacy" was removed');
    expect(comments[1]!.body).toMatchSnapshot();
  });

  it('leaves out changes on lines the pull request does not touch, and lower levels unless asked', () => {
    expect(reviewComments(changes, { diffLines: { RIGHT: { 'dist/index.d.ts': [2] } } }).map((c) => c.side)).toEqual(['RIGHT']);
    expect(reviewComments(changes, { minLevel: 'minor' })).toHaveLength(3);
  });
});
