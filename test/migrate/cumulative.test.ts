import { describe, expect, it } from 'vitest';
import { cumulativeReport, lowestPinned, reportSince } from '../../src/migrate/cumulative.ts';
import type { PackageReference } from '../../src/migrate/types.ts';
import { realProviderReport } from './helpers.ts';

describe('a dependent several releases behind', () => {
  it('gets one report from the version it pins, with rename chains collapsed and repeated breaks once', async () => {
    const chain = [await realProviderReport('1.2.0', '2.0.0'), await realProviderReport('2.0.0', '3.0.0')];
    const report = cumulativeReport(chain);
    expect([report.from?.version, report.to.version]).toEqual(['1.2.0', '3.0.0']);
    const hints = report.changes
      .filter((c) => c.migration)
      .map((c) => [c.migration!.kind, c.migration!.from, c.migration!.to]);
    expect(hints).toEqual(
      expect.arrayContaining([
        ['rename-tool', 'get_forecast', 'daily_forecast'],
        ['rename-export', 'WeatherClient', 'WeatherForecastClient'],
      ]),
    );
    expect(hints.filter(([kind]) => kind === 'rename-export')).toHaveLength(1);
    expect(report.changes.filter((c) => c.subject === 'ts:.:TOOL_NAMES.read')).toHaveLength(1);
    expect(report.summary.major).toBe(report.changes.filter((c) => c.level === 'major').length);
  });

  it('takes only the releases after the lowest pinned version', async () => {
    const chain = [await realProviderReport('1.2.0', '2.0.0'), await realProviderReport('2.0.0', '3.0.0')];
    const pin = (range: string): PackageReference => ({
      kind: 'package-json',
      file: 'package.json',
      path: ['dependencies', 'x'],
      value: range,
      range,
    });
    expect(lowestPinned([pin('^2.0.0'), pin('~2.1.0')])).toBe('2.0.0');
    expect(reportSince(chain, lowestPinned([pin('^2.0.0')]))).toBe(chain[1]);
    expect(reportSince(chain, lowestPinned([pin('1.2.0')])).from?.version).toBe('1.2.0');
    expect(reportSince(chain, null).from?.version).toBe('1.2.0');
  });
});
