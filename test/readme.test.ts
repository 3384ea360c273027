import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withRulesTable } from '../scripts/readme-rules.ts';
import { rules } from '../src/compat/rules/index.ts';

describe('the README', () => {
  it('opens with the demo and the test command', async () => {
    const head = (await readFile('README.md', 'utf8')).split('\n').slice(0, 15).join('\n');
    expect(head).toContain('npm ci && npm run demo');
    expect(head).toContain('npm test');
  });

  it('lists every registered rule, as generated from the registry (run npm run readme when this fails)', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toBe(withRulesTable(readme));
    for (const rule of rules) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('shows every screenshot of what mcpver posts, and each one exists (npm run screenshots)', async () => {
    const readme = await readFile('README.md', 'utf8');
    const shown = [...readme.matchAll(/src="(docs\/images\/[^"]+\.png)"/g)].map((m) => m[1]!);
    const files = (await readdir('docs/images')).filter((f) => f.endsWith('.png')).map((f) => `docs/images/${f}`);
    expect(shown.sort()).toEqual(files.sort());
    expect(shown).toEqual(
      expect.arrayContaining([
        'docs/images/job-summary.png',
        'docs/images/pr-comment.png',
        'docs/images/migration-pr.png',
        'docs/images/ab-comment.png',
      ]),
    );
  });

  it('has one registered rule per id', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
