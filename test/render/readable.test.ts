// What a person reads on a big release and in the corners that read wrong before: one row per tool,
// the first screen kept to the verdict and why, tables that fit a comment, changed words in drift,
// 0.x releases in 0.x words, package names in code spans, removals never shown as features.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/compat/report.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { renderReportMarkdown } from '../../src/render/markdown.ts';
import { renderReport } from '../../src/render/text.ts';
import { bigReleaseNew, bigReleaseOld, bigReleaseReport } from '../fixtures/big-release.ts';
import { check, server, underBumped } from './reports.ts';

describe('a big release', () => {
  const report = bigReleaseReport('1.5.0');
  const { markdown } = renderReportMarkdown(report, { reportPath: 'mcpver-report.json' });
  /** The release with `policy.rules.inputPropertyRemovedFromOpenObject: minor`: removals that are compatible. */
  const lenient = () => {
    const old = bigReleaseOld();
    const next = bigReleaseNew('1.5.0');
    const changes = diffSnapshots(old, next, { ruleOptions: { inputPropertyRemovedFromOpenObject: 'minor' } });
    return buildReport({
      old,
      new: next,
      changes,
      from: { ref: 'v1.4.0', version: '1.4.0' },
      to: { ref: 'v1.5.0', version: '1.5.0' },
    });
  };

  it('keeps the first screen to the verdict, why, and the version to use', async () => {
    const firstScreen = markdown.split('### By item')[0]!;
    expect(firstScreen.trim().split('\n').filter(Boolean)).toEqual([
      '## ❌ mcpver: Under-bumped',
      '`docstore-mcp` 1.5.0 needs a major release, but 1.4.0 → 1.5.0 is a minor release. Release `2.0.0` instead.',
      '**Why:** 2 tools removed (`export_catalog`, `summarize_collection`); 1 tool renamed (`viewer_go_up`); 4 tools changed in ways that break clients (`fetch_document`, `find_documents`, `index_folder`, `list_folder`).',
      '<sub>Required **major** · made minor · use `2.0.0` · compatibility 66.7% · migration critical · fail-on under-bump: ❌ fails</sub>',
    ]);
    await expect(markdown).toMatchFileSnapshot('__snapshots__/markdown/big-release.md');
  });

  it('has one row per tool in a four-column table, and folds the details', () => {
    const rows = markdown.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(rows).toContain(
      '| `index_folder` | 🔴 3: `followLinks` removed, `maxLevels` removed, `skipHidden` removed | 🟡 4: `followMounts` added, `includeArchives` added, `maxScanLevels` added, `skipDuplicates` added |  |',
    );
    expect(markdown).toContain('<details><summary><b>Details of 21 changes</b>');
  });

  it('shows the changed words of a long description that changed near its end', () => {
    expect(markdown).toContain(
      '  - changed words: … (fetch_many takes a list). Returns: plain text, HTML<ins>, JSON</ins> or another format as requested<ins>, and an outline when asked</ins>.',
    );
  });

  it('shows a removed input property as a breaking removal, never with the + of a feature', async () => {
    const text = renderReport(report, { color: false });
    expect(text).toContain('    ✗ Tool "index_folder", `input.skipHidden`: property "skipHidden" removed');
    expect(text).not.toMatch(/\+ .*property "\w+" removed/);
    expect(text).not.toContain('New features');
    await expect(text).toMatchFileSnapshot('__snapshots__/text/big-release.txt');
  });

  it('marks a removal that the policy made compatible with −, apart from what was added', () => {
    const text = renderReport(lenient(), { color: false });
    expect(text).toContain('    − Tool "index_folder", `input.skipHidden`: property "skipHidden" removed');
    expect(text).not.toMatch(/\+ .*property "\w+" removed/);
  });

  it('reads a release of about a hundred changes as one line per item in the terminal, removals apart from additions', () => {
    const old = bigReleaseOld();
    const next = structuredClone(bigReleaseNew('2.0.0'));
    // Every stable tool reworded and given four optional arguments: 72 more changes, past the detailed layout.
    for (const tool of next.mcp!.tools) {
      if (!tool.name.startsWith('shelf_')) continue;
      tool.description = `${tool.description} Cached for an hour.`;
      tool.inputSchema = {
        type: 'object',
        properties: {
          shelf: { type: 'string', description: 'The shelf to read, by its label.' },
          depth: { type: 'integer' },
          order: { enum: ['title', 'date'] },
          since: { type: 'string', format: 'date' },
          limit: { type: 'integer', minimum: 1 },
        },
        required: ['shelf'],
      };
    }
    const build = (ruleOptions = {}) =>
      buildReport({
        old,
        new: next,
        changes: diffSnapshots(old, next, { ruleOptions }),
        from: { ref: 'v1.4.0', version: '1.4.0' },
        to: { ref: 'v2.0.0', version: '2.0.0' },
      });
    const big = build();
    const text = renderReport(big, { color: false });
    expect(big.changes).toHaveLength(94);
    expect(text).toContain(
      '  index_folder: ✗ followLinks removed, maxLevels removed, skipHidden removed  + followMounts added, includeArchives added, maxScanLevels added, 1 more',
    );
    expect(text).toContain('  shelf_01: + depth added, limit added, order added, 1 more  · 2 other');
    expect(text.split('\n').length).toBeLessThan(40);
    // With removals from open objects made compatible, they are counted apart under their own −.
    const lenientText = renderReport(build({ inputPropertyRemovedFromOpenObject: 'minor' }), { color: false });
    expect(lenientText).toContain(
      '  index_folder: + followMounts added, includeArchives added, maxScanLevels added, 1 more  − followLinks removed, maxLevels removed, skipHidden removed',
    );
    expect(lenientText).toContain('  list_folder: + hidden added  − skipHidden removed');
    expect(lenientText).not.toMatch(/\+ [^−\n]*\bremoved/);
  });
});

describe('a report with many warnings', () => {
  it('shows the first five and folds the rest, saying how many', () => {
    const warnings = Array.from(
      { length: 32 },
      (_, i) => `mcp: static extraction and the running server disagree on the inputSchema of tool "t${i}"`,
    );
    const { markdown } = renderReportMarkdown(
      check({ version: '1.0.0', tools: ['a'] }, { version: '1.0.1', tools: ['a'] }, { warnings }),
    );
    const section = markdown.split('### Warnings (32)')[1]!;
    expect(
      section
        .split('<details>')[0]!
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(5);
    expect(section).toContain('<details><summary>27 more warnings</summary>');
    expect(section).toContain('tool "t31"');
  });
});

describe('one phrase per change', () => {
  it('names the place once when the rule already says it (`engines node raised`, not `engines.node engines node raised`)', () => {
    const { markdown } = renderReportMarkdown(underBumped());
    expect(markdown).toContain('| `package` | 🔴 1: engines node raised |');
  });
});

describe('source locations', () => {
  it('link to the file at the commit, and a removed item to the old commit', () => {
    const report = check(
      {
        version: '1.2.0',
        tools: ['get_forecast', 'get_alerts'],
        locations: { 'tool:get_alerts': { file: 'src/alerts.ts', line: 14 } },
      },
      {
        version: '1.3.0',
        tools: ['get_forecast', 'get_radar'],
        locations: { 'tool:get_radar': { file: 'src/radar.ts', line: 3 } },
      },
    );
    const { markdown } = renderReportMarkdown(report, {
      source: {
        repositoryUrl: 'https://github.com/acme/weather',
        commit: 'c0ffee',
        oldCommit: 'beef01',
        packagePath: 'servers/weather',
      },
    });
    expect(markdown).toContain(
      'Tool "get_alerts" was removed ([`src/alerts.ts:14`](https://github.com/acme/weather/blob/beef01/servers/weather/src/alerts.ts#L14) in the old version)',
    );
    expect(markdown).toContain(
      'Tool "get_radar" was added ([`src/radar.ts:3`](https://github.com/acme/weather/blob/c0ffee/servers/weather/src/radar.ts#L3))',
    );
  });
});

describe('0.x releases, read as npm reads ^0.y.z', () => {
  const zero = (from: string, to: string, fromTools: string[], toTools: string[]) =>
    check({ version: from, tools: fromTools }, { version: to, tools: toTools });

  it('calls a z bump with only fixes ok, not over-bumped', () => {
    const old = server({ version: '0.1.4', tools: ['a'] });
    const next = server({
      version: '0.1.5',
      tools: [
        {
          name: 'a',
          description: 'Now better worded.',
          inputSchema: { type: 'object', properties: { a_query: { type: 'string' } } },
        },
      ],
    });
    const report = buildReport({
      old,
      new: next,
      changes: diffSnapshots(old, next),
      from: { ref: 'v0.1.4', version: '0.1.4' },
      to: { ref: 'v0.1.5', version: '0.1.5' },
    });
    expect(report.required).toBe('patch');
    expect(report.verdict).toBe('ok');
    expect(renderReport(report, { color: false }).split('\n')[0]).toBe(
      '✓ OK: 0.1.4 → 0.1.5 is a patch (0.y.z) release, and its changes need a patch (0.y.z) release.',
    );
  });

  it('says "a breaking (0.y) release" rather than a major one', () => {
    const report = zero('0.1.4', '0.1.5', ['a', 'b'], ['a']);
    expect(renderReport(report, { color: false }).split('\n')[0]).toBe(
      '✗ Under-bumped: weather-mcp 0.1.5 needs a breaking (0.y) release, but 0.1.4 → 0.1.5 is a patch (0.y.z) release. Release 0.2.0 instead.',
    );
  });

  it('says "needs only a patch (0.y.z) release" of an over-bumped 0.y release', () => {
    const report = zero('0.6.2', '0.7.0', ['a'], ['a', 'b']);
    expect(report.verdict).toBe('over-bumped');
    expect(renderReport(report, { color: false }).split('\n')[0]).toBe(
      '! Over-bumped: 0.6.2 → 0.7.0 is a breaking (0.y) release, but its changes need only a patch (0.y.z) release: 0.6.3 would do.',
    );
  });
});

describe('names that GitHub would turn into links', () => {
  it('puts a scoped package name and the version to use in code spans', () => {
    const report = check({ version: '1.0.0', tools: ['a', 'b'] }, { version: '1.1.0', tools: ['a'] });
    report.package = '@acme/weather-mcp';
    const { markdown } = renderReportMarkdown(report);
    expect(markdown).toContain('`@acme/weather-mcp` 1.1.0 needs a major release');
    expect(markdown).toContain('Release `2.0.0` instead.');
    expect(markdown).not.toMatch(/(^|[^`])@acme/m);
  });
});
