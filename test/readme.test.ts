import { readFile } from 'node:fs/promises';
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

  it('has one registered rule per id', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
