// Inline review comments from a real diff: one per breaking declaration, at its line, with the
// verified witness; removals on the old side of the diff; comments outside the diff left out.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { reviewComments } from '../../src/compat/review-comments.ts';
import { snapshotFromCapture } from '../../src/surface/capture.ts';
import { RULE_FIXTURES, snapshotOf } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'mcpver-review-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function version(side: string, dts: string): string {
  const dir = path.join(root, side);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'weather-mcp', version: side === 'old' ? '1.0.0' : '1.1.0', types: 'dist/index.d.ts' }),
  );
  writeFileSync(path.join(dir, 'dist', 'index.d.ts'), dts);
  return dir;
}

const changes = diffSnapshots(
  snapshotOf(
    version(
      'old',
      'export declare function forecast(city: string): string;\nexport declare function legacy(flag: boolean): void;\n',
    ),
  ),
  snapshotOf(
    version(
      'new',
      '/** Forecast. */\nexport declare function forecast(city: string, days: number): string;\nexport declare function added(): void;\n',
    ),
  ),
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
    expect(reviewComments(changes, { diffLines: { RIGHT: { 'dist/index.d.ts': [2] } } }).map((c) => c.side)).toEqual([
      'RIGHT',
    ]);
    expect(reviewComments(changes, { minLevel: 'minor' })).toHaveLength(3);
  });
});

describe('reviewComments for every part', () => {
  it("carries an MCP change's JSON witness and the validator's answer, at the line of the tool", () => {
    const capture = (side: string) =>
      snapshotFromCapture(
        JSON.parse(readFileSync(path.join(RULE_FIXTURES, 'input-required-property-added', `${side}.json`), 'utf8')),
        `${side}.json`,
      );
    // Where static extraction found the registration of the tool in the server's source.
    const located = diffSnapshots(capture('old'), capture('new')).map((c) => ({
      ...c,
      location: { file: 'src/server.ts', line: 12 },
    }));
    const [comment, ...rest] = reviewComments(located);
    expect(rest).toEqual([]);
    expect(comment).toMatchObject({ path: 'src/server.ts', line: 12, side: 'RIGHT' });
    expect(comment!.body).toContain(
      'A value that worked with the previous version and fails with this one:\n\n```json\n{\n  "query": "a"\n}\n```',
    );
    expect(comment!.body).toContain('> missing required property "limit"');
  });

  it('says why a flagged change is worth a look', () => {
    const dir = path.join(RULE_FIXTURES, 'ts-dependency-type-major');
    const [comment] = reviewComments(
      diffSnapshots(snapshotOf(path.join(dir, 'old')), snapshotOf(path.join(dir, 'new'))),
    );
    expect(comment!.body).toContain('Worth a look: Review these declarations against zod 4.0.0');
  });
});
