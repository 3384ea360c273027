import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LabelError, loadCorpus, matchesFilter, parseLabels, tagOf } from '../../scripts/real-repos/labels.ts';
import { scorePair, totals, type ReportView } from '../../scripts/real-repos/score.ts';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function labels(pairs: string, extra = ''): string {
  return `repo: acme/mcp-thing
package:
  path: packages/server
  name: "@acme/thing"
  manager: pnpm
  tag-pattern: "v*"
  style: tools in an array
${extra}pairs:
${pairs}`;
}

const onePair = `  - from: { ref: v1.0.0, commit: ${SHA_A}, version: 1.0.0 }
    to: { ref: null, commit: ${SHA_B}, version: 1.1.0 }
    bump: major
    changes:
      - tool search removed
    why: A removed tool.
`;

function report(verdict: string, changes: { item: string; level: 'major' | 'minor' | 'patch' }[]): ReportView {
  const order = { none: 0, patch: 1, minor: 2, major: 3 } as const;
  const required = changes.reduce<'none' | 'patch' | 'minor' | 'major'>((l, c) => (order[c.level] > order[l] ? c.level : l), 'none');
  return { verdict, required, warnings: [], changes: changes.map((c) => ({ ...c, rule: 'r', subject: c.item })) };
}

describe('label files', () => {
  it('reads a repository, its package and its pairs', () => {
    const repo = parseLabels(labels(onePair), 'acme__mcp-thing.yml');
    expect(repo).toMatchObject({ repo: 'acme/mcp-thing', path: 'packages/server', manager: 'pnpm', tagPattern: 'v*' });
    expect(repo.pairs).toHaveLength(1);
    expect(repo.pairs[0]).toMatchObject({
      id: 'acme/mcp-thing 1.0.0..1.1.0',
      bump: 'major',
      from: { ref: 'v1.0.0', commit: SHA_A, version: '1.0.0' },
      to: { ref: null, commit: SHA_B, version: '1.1.0' },
      changes: ['tool search removed'],
    });
  });

  it('names the file and key of a bad bump', () => {
    expect(() => parseLabels(labels(onePair.replace('bump: major', 'bump: breaking')), 'x.yml')).toThrow(
      new LabelError('x.yml: pairs[0].bump must be one of major, minor, patch (got "breaking").'),
    );
  });

  it('refuses an abbreviated commit, which could name another commit later', () => {
    expect(() => parseLabels(labels(onePair.replace(SHA_A, 'aaaaaaa')), 'x.yml')).toThrow(/pairs\[0\]\.from\.commit must be a full 40-character commit SHA/);
  });

  it('refuses a change written so that YAML reads it as a mapping', () => {
    expect(() => parseLabels(labels(onePair.replace('tool search removed', 'tool search: removed')), 'x.yml')).toThrow(
      'x.yml: pairs[0].changes must be a list of strings.',
    );
  });

  it('refuses unknown keys instead of ignoring them', () => {
    expect(() => parseLabels(labels(onePair, '  comand: node x.js\n'), 'x.yml')).toThrow(/unknown key comand/);
  });

  it('tags an untagged release with the pattern, and keeps a project tag', () => {
    const repo = parseLabels(labels(onePair), 'x.yml');
    expect(tagOf(repo.pairs[0]!.from, 'v*', repo.name)).toBe('v1.0.0');
    expect(tagOf(repo.pairs[0]!.to, 'v*', repo.name)).toBe('v1.1.0');
    expect(tagOf(repo.pairs[0]!.to, '{name}@*', repo.name)).toBe('@acme/thing@1.1.0');
  });

  it('selects repositories by owner/name or owner__name prefix', () => {
    expect(matchesFilter('acme/mcp-thing', [])).toBe(true);
    expect(matchesFilter('acme/mcp-thing', ['ACME/mcp'])).toBe(true);
    expect(matchesFilter('acme/mcp-thing', ['acme__mcp-th'])).toBe(true);
    expect(matchesFilter('acme/mcp-thing', ['other'])).toBe(false);
  });

  it('parses every label file of the corpus', () => {
    const corpus = loadCorpus(path.join(import.meta.dirname));
    expect(corpus.length).toBeGreaterThan(0);
    for (const repo of corpus) expect(repo.pairs.every((p) => p.why.length > 0)).toBe(true);
  });
});

describe('agreement with a label', () => {
  const pair = parseLabels(labels(onePair), 'x.yml').pairs[0]!;
  const patchPair = { ...pair, bump: 'patch' as const };

  it('counts a breaking release called major as caught and exact', () => {
    const r = scorePair(pair, { kind: 'report', report: report('under-bumped', [{ item: 'tool:search', level: 'major' }]) });
    expect(r).toMatchObject({ mcpRequired: 'major', exact: true, caught: true, okOnBreaking: false });
  });

  it('does not call a correctly bumped major release that passes a breaking release that passed', () => {
    const r = scorePair(pair, { kind: 'report', report: report('ok', [{ item: 'tool:search', level: 'major' }]) });
    expect(r).toMatchObject({ mcpRequired: 'major', exact: true, caught: true, okOnBreaking: false });
  });

  it('judges only MCP changes: a removed bin does not make a tool change major', () => {
    const r = scorePair(pair, {
      kind: 'report',
      report: report('ok', [
        { item: 'bin:thing', level: 'major' },
        { item: 'tool:other', level: 'minor' },
      ]),
    });
    expect(r).toMatchObject({ mcpRequired: 'minor', exact: false, caught: false, okOnBreaking: true });
  });

  it('counts an incomplete verdict on a breaking release as caught, never as exact', () => {
    const r = scorePair(pair, { kind: 'report', report: report('incomplete', []) });
    expect(r).toMatchObject({ incomplete: true, caught: true, exact: false, okOnBreaking: false });
  });

  it('takes no visible change as agreeing with a patch label', () => {
    const r = scorePair(patchPair, { kind: 'report', report: report('ok', []) });
    expect(r).toMatchObject({ mcpRequired: 'none', exact: true, falseMajor: false });
  });

  it('counts a major answer on a non-breaking release as a false major', () => {
    const r = scorePair(patchPair, { kind: 'report', report: report('ok', [{ item: 'tool:search', level: 'major' }]) });
    expect(r).toMatchObject({ exact: false, falseMajor: true });
  });

  it('counts an error as neither exact nor caught, and totals say so', () => {
    const failed = scorePair(pair, { kind: 'error', message: 'boom' });
    const fine = scorePair(patchPair, { kind: 'report', report: report('ok', []) });
    const passed = scorePair(pair, { kind: 'report', report: report('ok', []) });
    expect(totals([failed, fine, passed])).toMatchObject({
      pairs: 3,
      exact: 1,
      breaking: 2,
      caughtMajor: 0,
      errors: 1,
      okOnBreaking: [passed],
      missedBreaking: [failed, passed],
    });
  });
});
