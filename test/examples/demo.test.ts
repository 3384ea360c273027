// `npm run demo` is the project's first impression: it must build its repository, show the
// under-bumped verdict with the changes behind it, exit 0, and leave nothing behind.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../surface/helpers.ts';

describe('npm run demo', () => {
  it('shows that 1.1.0 is under-bumped, why, and which version to use, then cleans up', () => {
    const demo = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(demo.stderr).not.toContain('demo:');
    expect(demo.status).toBe(0);
    const out = demo.stdout;
    expect(out).toContain('v1.0.0  examples/server-v1  (notes-mcp-server 1.0.0)');
    expect(out).toContain('v1.1.0  examples/server-v2  (notes-mcp-server 1.1.0)');
    expect(out).toMatch(/Under-bumped/i);
    expect(out).toContain('Tool "delete_note" was removed');
    expect(out).toContain('required property "field" added');
    expect(out).toContain('Tool "archive_note" was added');
    expect(out).toContain('2.0.0');
    expect(out).toContain('As expected: 1.1.0 broke its clients under a minor bump');
    const repo = /in (\S+mcpver-demo-\S+):/.exec(out)?.[1];
    expect(repo).toBeDefined();
    expect(existsSync(path.dirname(repo!))).toBe(false);
  });
});
