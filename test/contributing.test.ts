// CONTRIBUTING.md walks a newcomer through the code by its paths and scripts: every one it names
// must exist, so that the guide cannot drift from the repository it describes.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.ts';

const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
/** Files the guide names that are not this repository's: a fixture's files, a user's config. */
const ELSEWHERE = new Set(['old.json', 'new.json', 'expected.json', '.github/mcpver.yml']);
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

describe('CONTRIBUTING.md', () => {
  it('names only files and folders that exist (placeholders such as <rule-id> aside)', () => {
    const named = [
      ...guide.matchAll(
        /`((?:src|app|test|docs|scripts|bench|\.github|\.changeset)\/[^`\s]*|[\w.-]+\.(?:md|json|yml|ts))`/g,
      ),
    ]
      .map((m) => m[1]!)
      .filter((p) => !p.includes('<') && !ELSEWHERE.has(p));
    const links = [...guide.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    const missing = [...new Set([...named, ...links])].filter(
      (p) => !existsSync(path.join(ROOT, p)) && !existsSync(path.join(ROOT, 'src/cli', p)),
    );
    expect(missing).toEqual([]);
  });

  it('names only npm scripts that package.json has', () => {
    const used = [...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['new:rule', 'readme', 'changeset', 'release:version']));
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});
