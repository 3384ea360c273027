import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../src/migrate/plan.ts';
import { readMigrationMarker } from '../../src/github/markers.ts';
import { GITHUB_BODY_LIMIT, renderMigrationBody } from '../../src/render/migration-body.ts';
import type { Change } from '../../src/compat/types.ts';
import { FIXTURES, readFolder, weatherChanges, weatherReport } from './helpers.ts';
import { bigReleaseReport } from '../fixtures/big-release.ts';

describe('the migration pull request body', () => {
  const report = weatherReport();
  const { plan } = planMigration({
    report,
    dependent: 'acme/dashboard',
    files: readFolder(path.join(FIXTURES, 'dependent-ts')),
    rollbackCommand: '/mcpver rollback',
  });

  it('shows the plan, the manual steps with witnesses, the rollback and the report', async () => {
    const body = renderMigrationBody({ plan, report, reportPath: 'reports/@acme/weather-mcp/1.2.0..2.0.0.json' });
    await expect(body).toMatchFileSnapshot('__snapshots__/migration-body.md');
    expect(readMigrationMarker(body)).toEqual({ package: '@acme/weather-mcp', version: '2.0.0' });
  });

  it('says a dry run opened nothing, and shows advice as advice', async () => {
    const body = renderMigrationBody({
      plan,
      report,
      dryRun: true,
      advice: 'Rename your alerts dashboard widget first.',
    });
    await expect(body).toMatchFileSnapshot('__snapshots__/migration-body-dry-run.md');
  });

  it("stays under GitHub's body limit with thousands of changes, pointing at the whole report", () => {
    const many: Change[] = Array.from({ length: 4000 }, (_, i) => ({
      rule: 'tool-removed',
      level: 'major',
      item: `tool:t${i}`,
      subject: `tool:t${i}`,
      message: `Tool "t${i}" was removed ${'and this message is long '.repeat(3)}`,
      before: { name: `t${i}` },
      witness: { kind: 'json', value: { name: `t${i}`, arguments: {} }, error: 'Unknown tool' },
    }));
    const big = weatherReport('1.2.0', '2.0.0', [...weatherChanges(), ...many]);
    const bigPlan = planMigration({
      report: big,
      dependent: 'acme/dashboard',
      files: readFolder(path.join(FIXTURES, 'dependent-ts')),
    }).plan;
    const body = renderMigrationBody({ plan: bigPlan, report: big, reportPath: 'reports/x/1.2.0..2.0.0.json' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toMatch(
      /… and \d+ more changes: the whole report is `reports\/x\/1\.2\.0\.\.2\.0\.0\.json` on the state branch\./,
    );
    expect(body).toContain('### How to roll back');
  });
});

describe('the migration pull request of a big release', () => {
  const report = bigReleaseReport('2.0.0');
  const files = readFolder(path.join(FIXTURES, 'dependent-docstore'));
  const { plan, edits } = planMigration({
    report,
    dependent: 'acme/archive-assistant',
    files,
    rollbackCommand: '/mcpver rollback',
  });
  const body = renderMigrationBody({
    plan,
    report,
    reportPath: 'reports/docstore-mcp/1.4.0..2.0.0.json',
    reportUrl: 'https://github.com/acme/docstore-mcp/blob/mcpver/state/reports/docstore-mcp/1.4.0..2.0.0.json',
  });

  it('applies only the renames it has evidence for, and shows that evidence', () => {
    expect(plan.steps.map((s) => s.description)).toEqual([
      '.mcp.json: mcpServers.docstore.args[1] docstore-mcp@1.4.0 → docstore-mcp@2.0.0',
      'package.json: dependencies.docstore-mcp ^1.4.0 → ^2.0.0',
      '.mcp.json: tool name "viewer_go_up" → "viewer_navigate_up" (1 place)',
      'src/agent.ts: tool argument "find_documents.page_size" → "pageSize" (1 place)',
    ]);
    expect(body).toContain(
      '  - why mcpver is certain: the same input schema; the names share "viewer", "up" (viewer_go_up / viewer_navigate_up); the same description',
    );
    // The unrelated booleans of the same shape are never swapped in the dependent's calls.
    expect(edits.find((e) => e.file === 'src/agent.ts')!.after).toContain('skipHidden: true');
  });

  it('lists manual steps only for what the dependent uses, at the lines that use it', () => {
    expect(plan.manualSteps.map((s) => [s.subject, s.level, s.mentions])).toEqual([
      ['tool:fetch_document.input.region', 'major', ['src/agent.ts:5']],
      // The server now ignores the argument this dependent passes (and may have renamed it): a person decides.
      ['tool:index_folder.input.skipHidden', 'major', ['src/agent.ts:7']],
    ]);
    // The comment that names summarize_collection is not a use of it; the call of fetch_document passes no parts.
    expect(plan.notUsed!.map((s) => s.subject)).toEqual([
      'tool:export_catalog',
      'tool:fetch_document.input.compact',
      'tool:fetch_document.input.parts[]',
      'tool:index_folder.input.followLinks',
      'tool:index_folder.input.maxLevels',
      'tool:list_folder.input.skipHidden',
      'tool:summarize_collection',
    ]);
    expect(body).toContain(
      "7 more breaking changes are about `tool:export_catalog`, `tool:fetch_document.input.compact`, `tool:fetch_document.input.parts[]`, `tool:index_folder.input.followLinks`, `tool:index_folder.input.maxLevels`, `tool:list_folder.input.skipHidden` and 1 more, which this repository's code and configuration do not name: see [the full report](https://github.com/acme/docstore-mcp/blob/mcpver/state/reports/docstore-mcp/1.4.0..2.0.0.json).",
    );
  });

  it('puts each package@version in a code span, where GitHub would link it as an e-mail address', () => {
    expect(body).toContain(
      '- [x] bump-pin: `.mcp.json`: `mcpServers.docstore.args[1]` `docstore-mcp@1.4.0` → `docstore-mcp@2.0.0`',
    );
    expect(body).toContain('- [x] bump-pin: `package.json`: `dependencies.docstore-mcp` `^1.4.0` → `^2.0.0`');
    expect(body).not.toMatch(/(^|[^`])docstore-mcp@\S*\d/m);
    expect(body).not.toContain('\u200b');
  });

  it('lists a manual step by its message, which names the item, without repeating its key', () => {
    expect(body).toContain(
      '- [ ] Tool "fetch_document", `input.region`: additionalProperties absent → false <sub>`input-object-closed`</sub>',
    );
  });

  it('shows each witness on one line', async () => {
    expect(body).toContain(
      '  - this call worked on 1.4.0 and fails on 2.0.0: `{"address":"https://example.com/","region":{"mcpverExtra":"x"}}` — `"region" has property "mcpverExtra", which is not allowed`',
    );
    expect(body.split('\n').length).toBeLessThan(80);
    await expect(body).toMatchFileSnapshot('__snapshots__/migration-body-big-release.md');
  });
});
