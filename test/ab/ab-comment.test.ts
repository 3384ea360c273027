// The sticky A/B comment, snapshot-tested so that a change to what people read shows in review.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents } from '../../src/ab/analysis/input.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { abCommentMarker, COMMENT_BODY_LIMIT, renderAbComment } from '../../src/render/ab-comment.ts';
import { bar, column, forestPlot, HALF_WIDTH, niceScale } from '../../src/render/forest-plot.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/ab');

function analyse(events: string, definition: unknown) {
  const test = defineAbTest(definition);
  const parsed = parseEvents(readFileSync(path.join(dir, events), 'utf8'), { test });
  return analyzeAbTest(test, { ...inputFromEvents(parsed.events), rejected: parsed.rejectedCount });
}

const release = {
  id: 'search-1-5',
  name: 'search 1.5 against 1.4',
  versions: { A: '1.4.0', B: '1.5.0' },
  metrics: [
    { name: 'accuracy', kind: 'mean', better: 'higher', role: 'primary' },
    { name: 'response_time', kind: 'mean', better: 'lower', role: 'secondary', latency: true },
    { name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail', margin: 0.01, 'hard-limit': 0.1 },
  ],
};

describe('the A/B analysis comment', () => {
  it('shows health, the metric table, the recommendation, the chart and the JSON for a healthy release', () => {
    const result = analyse('release.ndjson', release);
    const body = renderAbComment(result);
    expect(body.startsWith(abCommentMarker('search-1-5'))).toBe(true);
    const json = JSON.parse(body.split('```json\n')[1]!.split('\n```')[0]!);
    expect(json.metrics.map((m: { name: string; pValue: number }) => [m.name, m.pValue])).toEqual(
      result.metrics.map((m) => [m.name, m.pValue]),
    );
    expect(body).toMatchSnapshot();
  });

  it('puts the auto-stop rule and the rollback first when a guardrail degrades', () => {
    const body = renderAbComment(
      analyse('reference/binary.ndjson', {
        id: 'errors',
        versions: { A: '2.0.0', B: '2.1.0' },
        metrics: [{ name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' }],
      }),
    );
    expect(body).toContain('⛔ Stop and roll back B');
    expect(body).toContain('/mcpver rollback');
    expect(body).toContain('> New sessions of `mcpver ab proxy` go to A (the control) from now on');
    expect(body).toMatchSnapshot();
  });

  it('says nothing of where sessions go when the analysis is of a file, with no stored test', () => {
    const body = renderAbComment(
      analyse('reference/binary.ndjson', {
        id: 'errors',
        metrics: [{ name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' }],
      }),
      { stateless: true },
    );
    expect(body).toContain('⛔ Stop and roll back B');
    expect(body).not.toContain('mcpver ab proxy');
  });

  it('flags a sample-ratio mismatch and declares no winner', () => {
    const body = renderAbComment(
      analyse('reference/srm.ndjson', {
        id: 'srm',
        metrics: [{ name: 'response_time', kind: 'mean', better: 'lower', role: 'primary' }],
      }),
    );
    expect(body).toContain('❌ mismatch');
    expect(body).toMatchSnapshot();
  });

  it('shows a paired analysis, and an advice paragraph apart from the numbers', () => {
    const definition = JSON.parse(readFileSync(path.join(dir, 'reference/paired.json'), 'utf8'));
    const body = renderAbComment(analyse('reference/paired.ndjson', definition), {
      advice: 'B answers more items correctly; check the two items it now fails.',
    });
    expect(body).toContain('### Advice (AI, not part of the analysis)');
    expect(body).toMatchSnapshot();
  });

  it("stays under GitHub's 65,536-character limit by leaving out the JSON, and says where to get it", () => {
    const names = Array.from({ length: 80 }, (_, i) => `metric_${i}`);
    const test = defineAbTest({ id: 'wide', metrics: names.map((name) => ({ name, kind: 'mean' })) });
    const events = names.flatMap((metric, k) =>
      ['A', 'B'].flatMap((variant) =>
        Array.from({ length: 10 }, (_, i) => ({
          variant: variant as 'A' | 'B',
          metric,
          value: i + k + (variant === 'B' ? 0.5 : 0),
        })),
      ),
    );
    const body = renderAbComment(analyzeAbTest(test, inputFromEvents(events)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body).not.toContain('```json');
    expect(body).toContain('run `mcpver ab analyze --test wide --json`');
    expect(body).toContain('| `metric_79` |');
  });
});

describe('the metrics table', () => {
  it('keeps the six columns that decide, and folds the rest', () => {
    const body = renderAbComment(analyse('release.ndjson', release));
    const table = body.split('\n').filter((l) => l.startsWith('| `') || l.startsWith('| metric'));
    expect(table[0]).toBe('| metric | role | A | B | effect B − A [95% CI] | verdict |');
    expect(table).toContain('| `accuracy` | primary | 0.7201 | 0.7924 | +0.07227 [0.04483, 0.09972] | ✅ B better |');
    // The sizes, relative effects, p-values and tests are one click away, in a table of their own.
    const more = body.split('<details><summary>More numbers')[1]!.split('</details>')[0]!;
    expect(more).toContain('| metric | better | n A / B | relative [95% CI] | p | test |');
    expect(more).toContain('| `accuracy` | higher | 120 / 120 | +10% [+6.01%, +14.1%] | < 1e-6 | Welch t |');
    for (const row of body
      .split('<details>')[0]!
      .split('\n')
      .filter((l) => l.startsWith('|')))
      expect(row.split(' | ').length).toBeLessThanOrEqual(6);
  });
});

describe('the forest plot', () => {
  /** Events of one metric: A's and B's values as given, one unit each. */
  const analysisOf = (a: number[], b: number[], better: 'lower' | 'higher' = 'lower') => {
    const test = defineAbTest({
      id: 'plot',
      versions: { A: '1.0.0', B: '1.1.0' },
      metrics: [{ name: 'response_time', kind: 'mean', better, role: 'primary' }],
    });
    const events = [
      ...a.map((value, i) => ({ variant: 'A' as const, metric: 'response_time', value, unit: `a${i}` })),
      ...b.map((value, i) => ({ variant: 'B' as const, metric: 'response_time', value, unit: `b${i}` })),
    ];
    return analyzeAbTest(test, inputFromEvents(events));
  };
  const plotLines = (result: ReturnType<typeof analysisOf>) =>
    forestPlot(result).join('\n').split('```diff\n')[1]!.split('\n```')[0]!.split('\n');

  it('draws an interval that crosses zero across the zero line, not as bars that all look positive', () => {
    // Noisy: B's mean is higher, but the interval runs from well below zero to well above it.
    const result = analysisOf([10, 400, 30, 250, 5, 90, 20, 310], [60, 20, 500, 15, 350, 40, 280, 80]);
    const m = result.metrics[0]!;
    expect(m.ci![0]).toBeLessThan(0);
    expect(m.ci![1]).toBeGreaterThan(0);
    const line = plotLines(result)[1]!;
    expect(line.startsWith('  response_time ↓')).toBe(true); // no verdict colour: no significant difference
    const drawn = line.slice(2 + 'response_time ↓'.length + 2, 2 + 'response_time ↓'.length + 2 + 2 * HALF_WIDTH + 1);
    // Wider than the axis on both sides: it runs off it, through the zero line.
    expect(drawn).toMatch(/^◄─+┼─*●─*►$/);
    expect(line).toContain('no significant difference');
  });

  it('colours a line by the verdict: + (green) when B is better, - (red) when B is worse, whatever the sign', () => {
    const faster = analysisOf(
      [100, 104, 98, 101, 99, 103, 97, 102, 100, 101],
      [80, 82, 79, 81, 80, 83, 78, 80, 81, 79],
    );
    expect(faster.metrics[0]!.verdict).toBe('better');
    expect(plotLines(faster)[1]).toMatch(/^\+ response_time ↓ +├─*●─*┤ *│ +-20% \[-22%, -18%\] +B better$/);
    const slower = analysisOf(
      [80, 82, 79, 81, 80, 83, 78, 80, 81, 79],
      [100, 104, 98, 101, 99, 103, 97, 102, 100, 101],
    );
    expect(slower.metrics[0]!.verdict).toBe('worse');
    expect(plotLines(slower)[1]).toMatch(/^- response_time ↓ +│ *├─*●─*┤? +\+25% \[\+23%, \+27%\] +B worse$/);
    expect(forestPlot(slower).join('\n')).toContain('Green lines (+): B better; red lines (−): B worse');
  });

  it('never rounds a bound that excludes zero onto the zero line, nor one across it', () => {
    expect(column(0.01, 100)).toBe(HALF_WIDTH + 1);
    expect(column(-0.01, 100)).toBe(HALF_WIDTH - 1);
    expect(column(0, 100)).toBe(HALF_WIDTH);
    expect(bar(0.02, [0.01, 0.03], 100)[HALF_WIDTH]).toBe('│');
    expect(bar(0, [-0.01, 0.03], 100)[HALF_WIDTH]).toBe('●');
  });

  it('runs a very wide interval off the axis with ◄ ► rather than squeezing the other metrics', () => {
    expect(bar(10, [-300, 400], 50)).toMatch(/^◄─+┼─+●─+►$/);
    expect([0.3, 1, 1.5, 4, 7, 23, 180].map(niceScale)).toEqual([0.5, 1, 2, 5, 10, 25, 200]);
  });

  it('says when a metric has no interval to draw', () => {
    const test = defineAbTest({
      id: 'plot',
      metrics: [
        { name: 'accuracy', kind: 'mean', better: 'higher', role: 'primary' },
        { name: 'tokens', kind: 'mean', better: 'lower' },
      ],
    });
    const events = ['A', 'B'].flatMap((variant) => [
      ...Array.from({ length: 10 }, (_, i) => ({
        variant: variant as 'A' | 'B',
        metric: 'accuracy',
        value: 0.5 + i / 100 + (variant === 'B' ? 0.1 : 0),
      })),
      { variant: variant as 'A' | 'B', metric: 'tokens', value: 100 },
    ]);
    const lines = plotLines(analyzeAbTest(test, inputFromEvents(events)) as ReturnType<typeof analysisOf>);
    expect(lines[1]).toMatch(/^\+ accuracy ↑/);
    expect(lines[2]).toMatch(/^ {2}tokens ↓ +│ +no interval: too few data$/);
  });
});

describe('the title', () => {
  it('names the file analysed and says that the versions are unknown without a definition', () => {
    const body = renderAbComment(
      analyse('reference/binary.ndjson', {
        id: 'binary',
        metrics: [{ name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' }],
      }),
      { stateless: true, eventsFile: 'binary.ndjson' },
    );
    expect(body.split('\n')[1]).toBe('## A/B analysis of `binary.ndjson` — versions unknown');
    expect(body).toContain(
      'which versions they ran is not known: give a definition with `versions:` (`--config FILE`) to name them.',
    );
    expect(body).not.toContain('A `A` vs B `B`');
  });
});
