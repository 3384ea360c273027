import { describe, expect, it } from 'vitest';
import { renderReport, TEXT_CHANGES_PER_RULE } from '../../src/render/text.ts';
import {
  COMMENT_BODY_LIMIT_CHARS,
  COMMENT_LIMITS,
  renderReportMarkdown,
  STEP_SUMMARY_LIMIT_BYTES,
  SUMMARY_BUDGET_BYTES,
} from '../../src/render/markdown.ts';
import { renderReportJson } from '../../src/render/json.ts';
import { renderSarif } from '../../src/render/sarif.ts';
import { MAX_ANNOTATIONS_PER_TYPE, reportAnnotations } from '../../src/render/annotations.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { buildReport } from '../../src/compat/report.ts';
import {
  check,
  correctMinor,
  firstRelease,
  majorUnderBreakingPolicy,
  manyRemovals,
  overBumped,
  server,
  underBumped,
  withWitnessAndDrift,
} from './reports.ts';

describe('the terminal report', () => {
  it('puts the verdict first, groups changes by level with why they break clients, and names the version to use', async () => {
    const text = renderReport(underBumped(), { color: false });
    expect(text.split('\n')[0]).toBe(
      '✗ Under-bumped: weather-mcp 1.3.0 needs a major release, but 1.2.0 → 1.3.0 is a minor release. Release 2.0.0 instead.',
    );
    expect(text).toContain('Clients and agents that call the tool by name get an "unknown tool" error.');
    expect(text).toContain('src/tools/alerts.ts:14:3');
    expect(text).not.toMatch(/\u001b\[/);
    await expect(text).toMatchFileSnapshot('__snapshots__/text/under-bumped.txt');
  });

  it(`lists at most ${TEXT_CHANGES_PER_RULE} changes of one rule and counts the rest, to stay on one screen`, async () => {
    const text = renderReport(manyRemovals(14, 5), { color: false });
    expect(text.match(/✗ Tool "tool_\d+" was removed/g)).toHaveLength(TEXT_CHANGES_PER_RULE);
    expect(text).toContain(`    … and ${14 - TEXT_CHANGES_PER_RULE} more\n`);
  });

  it('colours only when asked', async () => {
    const report = underBumped();
    const coloured = renderReport(report, { color: true });
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderReport(report, { color: false }));
  });

  it('says a correct, an over-bumped, a first and a policy-failed release plainly', async () => {
    await expect(renderReport(correctMinor(), { color: false })).toMatchFileSnapshot('__snapshots__/text/ok.txt');
    await expect(renderReport(overBumped(), { color: false })).toMatchFileSnapshot(
      '__snapshots__/text/over-bumped.txt',
    );
    await expect(renderReport(firstRelease(), { color: false })).toMatchFileSnapshot(
      '__snapshots__/text/first-release.txt',
    );
    expect(renderReport(majorUnderBreakingPolicy(), { color: false }).split('\n')[0]).toBe(
      '✗ Fails policy: 1.2.0 → 2.0.0 is a major release, as its changes require, but the policy fail-on: breaking refuses breaking changes.',
    );
  });

  it('shows a witness, flags what needs a person, and lists description drift apart', async () => {
    const text = renderReport(withWitnessAndDrift(), { color: false });
    expect(text).toContain('this call worked on 1.2.0 and fails on 1.3.0: {"city":"a"}');
    expect(text).toContain('1.3.0 says: missing required property "units"');
    expect(text).toMatch(/Description drift: 1\n/);
    expect(text).toContain('look: Calls that omit this argument now get different behaviour.');
    await expect(text).toMatchFileSnapshot('__snapshots__/text/witness-flag-drift.txt');
  });
});

describe('the job summary', () => {
  it('starts with the verdict and an emoji, then a table of changes by level, then the details', async () => {
    const { markdown, truncated } = renderReportMarkdown(underBumped(), { reportPath: 'mcpver-report.json' });
    expect(truncated).toBe(false);
    expect(markdown.split('\n')[0]).toBe('## ❌ mcpver: Under-bumped');
    expect(markdown.split('\n')[4]).toBe(
      '**Why:** 1 command removed (`weather-mcp`); 1 prompt removed (`daily_brief`); 1 tool removed (`get_alerts`); the package: Supported Node.js narrowed from ">=18" to ">=20" (now at least 20.0.0).',
    );
    expect(markdown.indexOf('### By item')).toBeLessThan(markdown.indexOf('<details'));
    expect(markdown).toContain('| `get_alerts` | 🔴 1: removed |  |  |');
    // A small release shows its details at once; the table has four columns, so it fits a comment.
    expect(markdown).toContain('<details open>');
    expect(markdown).toContain('| Item | Breaks clients | Added or loosened | Other |');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/markdown/under-bumped.md');
  });

  it('shows witnesses and a description drift section, and escapes table cells', async () => {
    const { markdown } = renderReportMarkdown(withWitnessAndDrift());
    expect(markdown).toContain('this call worked on 1.2.0 and fails on 1.3.0: `{"city":"a"}`');
    expect(markdown).toContain('  - changed words: Forecast for a city<ins>, in the units you ask for</ins>.');
    expect(markdown).toContain('📝 <b>Description drift</b>: 1 description changed');
    expect(markdown).toContain('| `legacy\\|search` | 🔴 1: removed |  |  |');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/markdown/witness-flag-drift.md');
  });

  it('renders correct, over-bumped and first releases', async () => {
    await expect(renderReportMarkdown(correctMinor()).markdown).toMatchFileSnapshot('__snapshots__/markdown/ok.md');
    await expect(renderReportMarkdown(overBumped()).markdown).toMatchFileSnapshot(
      '__snapshots__/markdown/over-bumped.md',
    );
    await expect(renderReportMarkdown(firstRelease()).markdown).toMatchFileSnapshot(
      '__snapshots__/markdown/first-release.md',
    );
  });

  it("stays under GitHub's 1 MiB step-summary limit, says it was cut and points to the JSON report", () => {
    const report = manyRemovals(12_000, 10);
    const { markdown, truncated } = renderReportMarkdown(report, { reportPath: 'out/mcpver-report.json' });
    expect(report.changes).toHaveLength(12_000);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(STEP_SUMMARY_LIMIT_BYTES);
    // The table, one short row per tool, fits; the details are cut, and the collapsed section is closed.
    expect(markdown).toMatch(
      /This summary was cut to stay under GitHub's 1 MiB job-summary limit: it lists all 12000 changes but the details of only \d+\. Every change is in the JSON report `out\/mcpver-report.json`\./,
    );
    expect(markdown.match(/<\/details>/g)).toHaveLength(1);
  });

  it('as a pull request comment, stays under the comment limit and names it', async () => {
    const { markdown, truncated } = renderReportMarkdown(manyRemovals(2_000, 10), COMMENT_LIMITS);
    expect(truncated).toBe(true);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT_CHARS);
    expect(markdown).toContain("This summary was cut to stay under GitHub's 65,536-character comment limit: it lists ");
  });

  it('cuts the details before the table when only the details do not fit', async () => {
    const report = manyRemovals(40, 10);
    const full = renderReportMarkdown(report).markdown;
    const cut = renderReportMarkdown(report, { maxBytes: full.indexOf('<details') + 1200 });
    expect(cut.markdown.match(/<details/g)).toHaveLength(1);
    expect(cut.markdown.match(/<\/details>/g)).toHaveLength(1);
    expect(cut.truncated).toBe(true);
    expect(cut.markdown).toMatch(/it lists all 40 changes but the details of only \d+\./);
    await expect(cut.markdown).toMatchFileSnapshot('__snapshots__/markdown/cut-details.md');
  });
});

describe('the JSON report', () => {
  it('is sorted, stable and ends with a newline', async () => {
    const report = underBumped();
    const json = renderReportJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(report);
    const keys = Object.keys(JSON.parse(json));
    expect(keys).toEqual([...keys].sort());
    expect(renderReportJson(JSON.parse(json))).toBe(json);
    await expect(json).toMatchFileSnapshot('__snapshots__/under-bumped.report.json');
  });
});

describe('SARIF', () => {
  it('has one rule per registry rule used and results leveled by change level, located where known', async () => {
    const sarif = JSON.parse(renderSarif(underBumped(), { packagePath: 'servers/weather', toolVersion: '0.1.0' }));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'bin-removed',
      'engines-node-raised',
      'prompt-removed',
      'tool-added',
      'tool-removed',
    ]);
    const alerts = run.results.find(
      (r: { ruleId: string; message: { text: string } }) =>
        r.ruleId === 'tool-removed' && r.message.text.includes('get_alerts'),
    );
    expect(alerts.level).toBe('error');
    // The removed tool's line is a line of the old version: the alert is on the file, the old place in words.
    expect(alerts.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'servers/weather/src/tools/alerts.ts' },
    });
    expect(alerts.message.text).toContain('It was declared at src/tools/alerts.ts:14 in the old version');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'tool-added').level).toBe('warning');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    // Code scanning refuses results without a location: an unlocated change points at the package's manifest.
    for (const result of run.results) expect(result.locations).toHaveLength(1);
    const prompt = run.results.find((r: { ruleId: string }) => r.ruleId === 'prompt-removed');
    expect(prompt.locations[0].physicalLocation.artifactLocation.uri).toBe('servers/weather/package.json');
    expect(prompt.properties.locationKnown).toBe(false);
    await expect(renderSarif(underBumped())).toMatchFileSnapshot('__snapshots__/under-bumped.sarif');
  });
});

describe('annotations', () => {
  it('annotates the changes that fail the release, located ones first with file and line', async () => {
    const report = check(
      { version: '1.2.0', tools: ['get_forecast', 'get_alerts'] },
      {
        version: '1.3.0',
        tools: [
          {
            name: 'get_forecast',
            inputSchema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
          'get_alerts',
        ],
        locations: { 'tool:get_forecast': { file: 'src/tools/forecast.ts', line: 8, column: 3 } },
      },
    );
    const annotations = reportAnnotations(report, { packagePath: 'servers/weather' });
    expect(annotations[0]).toMatchObject({
      level: 'error',
      file: 'servers/weather/src/tools/forecast.ts',
      startLine: 8,
      startColumn: 3,
    });
  });

  it('puts a removed item on its old file as a note on the file, never on a line of the new version', async () => {
    const annotations = reportAnnotations(underBumped(), { packagePath: 'servers/weather' });
    expect(annotations.every((a) => a.level === 'error')).toBe(true);
    expect(annotations.find((a) => a.message.includes('get_alerts'))).toEqual({
      level: 'error',
      title: 'mcpver: tool-removed (major)',
      message:
        'Tool "get_alerts" was removed. Clients and agents that call the tool by name get an "unknown tool" error. It was declared at src/tools/alerts.ts:14 in 1.2.0. Release 2.0.0 instead of 1.3.0.',
      file: 'servers/weather/src/tools/alerts.ts',
    });
    // The added tool needs only the minor bump the release made: it does not fail it.
    expect(annotations.some((a) => a.message.includes('get_radar'))).toBe(false);
  });

  it(`emits at most ${MAX_ANNOTATIONS_PER_TYPE} and summarizes the rest in the last one`, async () => {
    const annotations = reportAnnotations(manyRemovals(25, 5));
    expect(annotations).toHaveLength(MAX_ANNOTATIONS_PER_TYPE);
    expect(annotations.at(-1)).toMatchObject({ level: 'error', title: 'mcpver: 16 more changes fail this release' });
  });

  it(`keeps what could not be read and the changes together within GitHub's ${MAX_ANNOTATIONS_PER_TYPE} per level, unread places first`, async () => {
    // A correct major release (breaking changes are warnings) whose new sources have six places that
    // could not be followed: 6 + 7 warnings, past the limit of one step.
    const removed = Array.from({ length: 7 }, (_, i) => `tool_${i}`);
    const old = server({ version: '1.0.0', tools: ['kept', ...removed] });
    const next = server({ version: '2.0.0', tools: ['kept'] });
    next.provenance.mcpReading = {
      server: 'it depends on @modelcontextprotocol/sdk',
      status: 'partial',
      tried: ['static reading of 3 files under src/'],
      gaps: Array.from({ length: 6 }, (_, i) => ({
        part: 'mcp',
        message: `the description of tool kept is made at run time (${i})`,
        location: { file: 'src/index.ts', line: 10 + i },
        hidesItems: false,
      })),
    };
    const report = buildReport({
      old,
      new: next,
      changes: diffSnapshots(old, next),
      from: { ref: 'v1.0.0', version: '1.0.0' },
      to: { ref: 'v2.0.0', version: '2.0.0' },
    });
    expect(report.verdict).toBe('ok');
    const annotations = reportAnnotations(report);
    expect(annotations).toHaveLength(MAX_ANNOTATIONS_PER_TYPE);
    expect(annotations.every((a) => a.level === 'warning')).toBe(true);
    expect(annotations.slice(0, 6).map((a) => a.startLine)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(annotations.slice(6, 9).map((a) => a.title)).toEqual(Array(3).fill('mcpver: tool-removed (major)'));
    expect(annotations.at(-1)).toMatchObject({ level: 'warning', title: 'mcpver: 4 more breaking changes' });
  });

  it('warns about breaking changes of a release that passes', async () => {
    const annotations = reportAnnotations(
      check({ version: '1.0.0', tools: ['a', 'b'] }, { version: '2.0.0', tools: ['a'] }),
    );
    expect(annotations).toEqual([expect.objectContaining({ level: 'warning', title: 'mcpver: tool-removed (major)' })]);
    expect(reportAnnotations(correctMinor())).toEqual([]);
  });
});
