import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { buildReport } from '../../src/compat/report.ts';
import { emptySnapshot, type McpTool, type Snapshot } from '../../src/surface/types.ts';

const tool = (name: string): McpTool => ({ name, inputSchema: { type: 'object' } });
function server(version: string, tools: string[]): Snapshot {
  return {
    ...emptySnapshot(),
    package: {
      name: 'weather',
      version,
      dependencies: {},
      peerDependencies: {},
      optionalPeerDependencies: [],
      engines: {},
      bin: {},
    },
    mcp: { capabilities: { tools: {} }, tools: tools.map(tool), prompts: [], resources: [], resourceTemplates: [] },
  };
}

function check(from: Snapshot | null, to: Snapshot, failOn?: 'under-bump' | 'breaking' | 'never') {
  return buildReport({
    old: from,
    new: to,
    changes: from ? diffSnapshots(from, to) : [],
    from: from ? { ref: `v${from.package!.version}`, version: from.package!.version } : null,
    to: { ref: `v${to.package!.version}`, version: to.package!.version },
    failOn,
  });
}

describe('the report', () => {
  it('fails a release that removes a tool in a minor version and names the version to use', () => {
    const report = check(server('1.0.0', ['a', 'b', 'c', 'd']), server('1.1.0', ['a', 'b', 'c']));
    expect(report).toMatchObject({
      required: 'major',
      actual: 'minor',
      verdict: 'under-bumped',
      failed: true,
      nextVersion: '2.0.0',
      score: 0.75,
      complexity: 'critical',
    });
    expect(report.summary).toEqual({ major: 1, minor: 0, patch: 0 });
  });

  it('accepts a major release of the same change and an added tool in a minor', () => {
    expect(check(server('1.0.0', ['a', 'b']), server('2.0.0', ['a']))).toMatchObject({ verdict: 'ok', failed: false });
    expect(check(server('1.0.0', ['a']), server('1.1.0', ['a', 'b']))).toMatchObject({
      required: 'minor',
      verdict: 'ok',
      score: 1,
      complexity: 'low',
    });
  });

  it('calls a major release with only additions over-bumped, without failing it', () => {
    expect(check(server('1.0.0', ['a']), server('2.0.0', ['a', 'b']))).toMatchObject({
      verdict: 'over-bumped',
      failed: false,
    });
    expect(check(server('1.0.0', ['a']), server('1.0.1', ['a']))).toMatchObject({ required: 'none', verdict: 'ok' });
  });

  it('under fail-on breaking, fails any major change even when the bump is major', () => {
    expect(check(server('1.0.0', ['a', 'b']), server('2.0.0', ['a']), 'breaking').failed).toBe(true);
    expect(check(server('1.0.0', ['a', 'b']), server('1.1.0', ['a']), 'never').failed).toBe(false);
  });

  it('treats a first release as all new and fine', () => {
    expect(check(null, server('1.0.0', ['a']))).toMatchObject({
      from: null,
      required: 'none',
      verdict: 'ok',
      failed: false,
      nextVersion: '1.0.0',
    });
  });

  it('rates complexity medium when every breaking change has an automatic migration', () => {
    const old = server('1.0.0', []);
    old.package!.bin = { weather: 'index.js' };
    const next = server('1.0.1', []);
    next.package!.bin = { 'mcp-weather': 'index.js' };
    expect(check(old, next)).toMatchObject({ complexity: 'medium', verdict: 'under-bumped', nextVersion: '2.0.0' });
  });

  it('refuses a downgrade', () => {
    expect(() => check(server('1.2.0', ['a']), server('1.1.0', ['a']))).toThrow(
      /1.1.0 is lower than the previous release 1.2.0/,
    );
  });
});
