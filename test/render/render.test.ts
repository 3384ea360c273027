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
import { check, correctMinor, firstRelease, majorUnderBreakingPolicy, manyRemovals, overBumped, underBumped, withWitnessAndDrift } from './reports.ts';

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
    await expect(renderReport(overBumped(), { color: false })).toMatchFileSnapshot('__snapshots__/text/over-bumped.txt');
    await expect(renderReport(firstRelease(), { color: false })).toMatchFileSnapshot('__snapshots__/text/first-release.txt');
    expect(renderReport(majorUnderBreakingPolicy(), { color: false }).split('\n')[0]).toBe(
      '✗ Fails policy: 1.2.0 → 2.0.0 is a major release, as its changes require, but the policy fail-on: breaking refuses breaking changes.',
    );
  });

  it('shows a witness, flags what needs a person, and lists description drift apart', async () => {
    const text = renderReport(withWitnessAndDrift(), { color: false });
    expect(text).toContain('this call worked on 1.2.0 and fails on 1.3.0: {"city":"a"}');
    expect(text).toContain('1.3.0 says: / must have required property \'units\'');
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
    expect(markdown.indexOf('### Changes by level')).toBeLessThan(markdown.indexOf('### Details'));
    expect(markdown).toContain('| 🔴 major | Tool "get_alerts" was removed | `tool:get_alerts` | `tool-removed` |');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/markdown/under-bumped.md');
  });

  it('shows witnesses and a description drift section, and escapes table cells', async () => {
    const { markdown } = renderReportMarkdown(withWitnessAndDrift());
    expect(markdown).toContain('this call worked on 1.2.0 and fails on 1.3.0: `{"city":"a"}`');
    expect(markdown).toContain('  - now: `Forecast for a city, in the units you ask for.`');
    expect(markdown).toContain('### 📝 Description drift');
    expect(markdown).toContain('| 🔴 major | Tool "legacy\\|search" was removed | `tool:legacy\\|search` | `tool-removed` |');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/markdown/witness-flag-drift.md');
  });

  it('renders correct, over-bumped and first releases', async () => {
    await expect(renderReportMarkdown(correctMinor()).markdown).toMatchFileSnapshot('__snapshots__/markdown/ok.md');
    await expect(renderReportMarkdown(overBumped()).markdown).toMatchFileSnapshot('__snapshots__/markdown/over-bumped.md');
    await expect(renderReportMarkdown(firstRelease()).markdown).toMatchFileSnapshot('__snapshots__/markdown/first-release.md');
  });

  it('stays under GitHub\'s 1 MiB step-summary limit, says it was cut and points to the JSON report', () => {
    const report = manyRemovals(12_000, 10);
    const { markdown, truncated } = renderReportMarkdown(report, { reportPath: 'out/mcpver-report.json' });
    expect(report.changes).toHaveLength(12_000);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(STEP_SUMMARY_LIMIT_BYTES);
    expect(markdown).toMatch(/This summary was cut to stay under GitHub's 1 MiB job-summary limit: it lists \d+ of 12000 changes\. Every change is in the JSON report `out\/mcpver-report.json`\./);
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
    const cut = renderReportMarkdown(report, { maxBytes: full.indexOf('### Details') + 1200 });
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
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['bin-removed', 'engines-node-raised', 'prompt-removed', 'tool-added', 'tool-removed']);
    const alerts = run.results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'tool-removed' && r.message.text.includes('get_alerts'));
    expect(alerts.level).toBe('error');
    expect(alerts.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'servers/weather/src/tools/alerts.ts' }, region: { startLine: 14, startColumn: 3 } });
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
    const annotations = reportAnnotations(underBumped(), { packagePath: 'servers/weather' });
    expect(annotations.every((a) => a.level === 'error')).toBe(true);
    expect(annotations[0]).toEqual({
      level: 'error',
      title: 'mcpver: tool-removed (major)',
      message: 'Tool "get_alerts" was removed. Clients and agents that call the tool by name get an "unknown tool" error. Release 2.0.0 instead of 1.3.0.',
      file: 'servers/weather/src/tools/alerts.ts',
      startLine: 14,
      startColumn: 3,
    });
    // The added tool needs only the minor bump the release made: it does not fail it.
    expect(annotations.some((a) => a.message.includes('get_radar'))).toBe(false);
  });

  it(`emits at most ${MAX_ANNOTATIONS_PER_TYPE} and summarizes the rest in the last one`, async () => {
    const annotations = reportAnnotations(manyRemovals(25, 5));
    expect(annotations).toHaveLength(MAX_ANNOTATIONS_PER_TYPE);
    expect(annotations.at(-1)).toMatchObject({ level: 'error', title: 'mcpver: 16 more changes fail this release' });
  });

  it('warns about breaking changes of a release that passes', async () => {
    const annotations = reportAnnotations(check({ version: '1.0.0', tools: ['a', 'b'] }, { version: '2.0.0', tools: ['a'] }));
    expect(annotations).toEqual([expect.objectContaining({ level: 'warning', title: 'mcpver: tool-removed (major)' })]);
    expect(reportAnnotations(correctMinor())).toEqual([]);
  });
});
