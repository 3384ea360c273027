import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../src/migrate/plan.ts';
import { readMigrationMarker } from '../../src/migrate/marker.ts';
import { GITHUB_BODY_LIMIT, renderMigrationBody } from '../../src/render/migration-body.ts';
import type { Change } from '../../src/compat/types.ts';
import { FIXTURES, readFolder, weatherChanges, weatherReport } from './helpers.ts';

describe('the migration pull request body', () => {
  const report = weatherReport();
  const { plan } = planMigration({ report, dependent: 'acme/dashboard', files: readFolder(path.join(FIXTURES, 'dependent-ts')), rollbackCommand: '/mcpver rollback' });

  it('shows the plan, the manual steps with witnesses, the rollback and the report', async () => {
    const body = renderMigrationBody({ plan, report, reportPath: 'reports/@acme/weather-mcp/1.2.0..2.0.0.json' });
    await expect(body).toMatchFileSnapshot('__snapshots__/migration-body.md');
    expect(readMigrationMarker(body)).toEqual({ package: '@acme/weather-mcp', version: '2.0.0' });
  });

  it('says a dry run opened nothing, and shows advice as advice', async () => {
    const body = renderMigrationBody({ plan, report, dryRun: true, advice: 'Rename your alerts dashboard widget first.' });
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
    const bigPlan = planMigration({ report: big, dependent: 'acme/dashboard', files: readFolder(path.join(FIXTURES, 'dependent-ts')) }).plan;
    const body = renderMigrationBody({ plan: bigPlan, report: big, reportPath: 'reports/x/1.2.0..2.0.0.json' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toMatch(/… and \d+ more changes: the whole report is `reports\/x\/1\.2\.0\.\.2\.0\.0\.json` on the state branch\./);
    expect(body).toContain('### How to roll back');
  });
});
