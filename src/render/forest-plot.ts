// The A/B comment's chart: each metric's relative effect as a point with its interval around a zero
// line (a forest plot), drawn in text inside a ```diff block. A text chart because GitHub strips SVG
// and data: images from comments, an image file needs a host that private repositories cannot give
// its camo proxy, and mermaid has no intervals (its bars start at the axis minimum, so an interval
// across zero reads as all positive). The diff block is GitHub's only colour in a comment: a line
// starting with `+` is green and `-` red, which here means B better and B worse by the verdict.

import type { AnalysisResult, MetricResult, Verdict } from '../ab/analysis/types.ts';

/** Characters each side of the zero line: 2 × 15 + 1 columns keep a line within GitHub's 896-pixel comment column. */
export const HALF_WIDTH = 15;
/** Longer metric names are cut (the table below has them whole). */
const NAME_WIDTH = 18;

/** Each character is in WGL4, so every monospace font GitHub uses draws it one column wide. */
const GLYPH = {
  line: '─',
  low: '├',
  high: '┤',
  point: '●',
  zero: '│',
  cross: '┼',
  clipLow: '◄',
  clipHigh: '►',
  lower: '↓',
  higher: '↑',
} as const;

const MARK: Record<Verdict, '+' | '-' | ' '> = {
  better: '+',
  worse: '-',
  'no-difference': ' ',
  insufficient: ' ',
  inconclusive: ' ',
  'not-computable': ' ',
};

const WORDS: Record<Verdict, string> = {
  better: 'B better',
  worse: 'B worse',
  'no-difference': 'no significant difference',
  insufficient: 'too few data',
  inconclusive: 'inconclusive',
  'not-computable': 'not computable',
};

interface Row {
  metric: MetricResult;
  /** Relative effect and interval, in percent; null when there is none to draw. */
  point: number | null;
  interval: [number, number] | null;
}

/**
 * B − A as a share of A's mean, with the interval that decides the verdict (of B − A: the always-valid
 * one in sequential mode) on the same scale. Not the delta-method interval of the lift: that one also
 * carries A's uncertainty, and can cross zero where the test of B − A does not, so that the bar would
 * contradict the colour beside it (it stays in the table of more numbers).
 */
function rowOf(m: MetricResult, sequential: boolean): Row {
  const base = m.meanA === null || m.meanA === 0 ? null : Math.abs(m.meanA);
  const ci = sequential && m.sequentialCi ? m.sequentialCi : m.ci;
  if (m.effect === null || base === null || ci === null) return { metric: m, point: null, interval: null };
  return { metric: m, point: (m.effect / base) * 100, interval: [(ci[0] / base) * 100, (ci[1] / base) * 100] };
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above x: an axis end a person reads at once. */
export function niceScale(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= x * (1 - 1e-9)) return step * power;
  return 10 * power;
}

/** A percentage in a few characters: `-2.3%`, `+40%`, `+0.038%`, `+197%`. */
export function percentText(x: number): string {
  if (x === 0) return '0%';
  const abs = Math.abs(x);
  return `${x > 0 ? '+' : '-'}${abs >= 100 ? Math.round(abs) : Number(abs.toPrecision(2))}%`;
}

/**
 * The column of a value on the axis, 0 … 2 × HALF_WIDTH, zero at HALF_WIDTH. A value that is not zero
 * never lands on the zero line nor across it: rounding must not make an interval that excludes zero
 * look as if it touched it, nor the reverse.
 */
export function column(value: number, scale: number): number {
  const raw = Math.round((value / scale) * HALF_WIDTH);
  const clamped = Math.max(-HALF_WIDTH, Math.min(HALF_WIDTH, raw));
  if (value > 0 && clamped <= 0) return HALF_WIDTH + 1;
  if (value < 0 && clamped >= 0) return HALF_WIDTH - 1;
  return HALF_WIDTH + clamped;
}

/** One bar: the interval from low to high, the point, the zero line; `◄`/`►` where it runs off the axis. */
export function bar(point: number, interval: [number, number], scale: number): string {
  const cells: string[] = Array.from({ length: 2 * HALF_WIDTH + 1 }, () => ' ');
  const [lo, hi] = [column(interval[0], scale), column(interval[1], scale)];
  for (let i = lo; i <= hi; i++) cells[i] = GLYPH.line;
  cells[HALF_WIDTH] = lo <= HALF_WIDTH && HALF_WIDTH <= hi ? GLYPH.cross : GLYPH.zero;
  cells[lo] = interval[0] < -scale ? GLYPH.clipLow : GLYPH.low;
  cells[hi] = interval[1] > scale ? GLYPH.clipHigh : GLYPH.high;
  cells[column(point, scale)] = GLYPH.point;
  return cells.join('');
}

const cut = (name: string) => (name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name);

/** The chart as markdown lines (a ```diff block and its legend), or none when no metric has an effect. */
export function forestPlot(result: AnalysisResult): string[] {
  const sequential = result.test.mode === 'sequential';
  const rows = result.metrics.map((m) => rowOf(m, sequential));
  const drawn = rows.filter(
    (r): r is Row & { point: number; interval: [number, number] } => r.point !== null && r.interval !== null,
  );
  if (drawn.length === 0) return [];
  // Room for twice the largest estimate, never more than every interval needs: one very wide interval
  // runs off the axis (◄ ►) rather than squeezing every other metric into a single column.
  const widest = Math.max(...drawn.flatMap((r) => [Math.abs(r.interval[0]), Math.abs(r.interval[1])]));
  const largest = Math.max(...drawn.map((r) => Math.abs(r.point)));
  const scale = niceScale(largest > 0 ? Math.min(2 * largest, widest) : widest);
  const nameWidth = Math.max(...rows.map((r) => cut(r.metric.name).length + 2));
  const axisLabels = (() => {
    const [left, right] = [`-${percentText(scale).replace(/^[+-]/, '')}`, percentText(scale)];
    const cells = ' '.repeat(2 * HALF_WIDTH + 1).split('');
    const put = (text: string, at: number) => text.split('').forEach((ch, i) => (cells[at + i] = ch));
    put(left, 0);
    put('0', HALF_WIDTH);
    put(right, 2 * HALF_WIDTH + 1 - right.length);
    return cells.join('');
  })();
  const lines = [`  ${''.padEnd(nameWidth)}  ${axisLabels}`];
  const numbersOf = (r: Row) =>
    r.point === null || r.interval === null
      ? ''
      : `${percentText(r.point)} [${percentText(r.interval[0])}, ${percentText(r.interval[1])}]`;
  const numbersWidth = Math.max(...rows.map((r) => numbersOf(r).length));
  for (const row of rows) {
    const m = row.metric;
    const name = `${cut(m.name)} ${m.better === 'lower' ? GLYPH.lower : GLYPH.higher}`.padEnd(nameWidth);
    if (row.point === null || row.interval === null) {
      lines.push(
        `  ${name}  ${' '.repeat(HALF_WIDTH)}${GLYPH.zero}${' '.repeat(HALF_WIDTH)}  no interval: ${WORDS[m.verdict]}`,
      );
      continue;
    }
    lines.push(
      `${MARK[m.verdict]} ${name}  ${bar(row.point, row.interval, scale)}  ${numbersOf(row).padEnd(numbersWidth)}  ${WORDS[m.verdict]}`,
    );
  }
  const level = Math.round((1 - result.alpha) * 100);
  const which = `${sequential ? 'the always-valid' : 'the'} ${level}% interval of B − A`;
  const holm = result.metrics.some(
    (m) => m.role === 'secondary' && m.adjustedPValue !== null && m.pValue !== null && m.adjustedPValue !== m.pValue,
  );
  return [
    '```diff',
    ...lines,
    '```',
    '',
    `<sub>Each line: B − A as a share of A's mean (●), with ${which} on the same scale; │ is no change. ` +
      `Green lines (+): B better; red lines (−): B worse; plain: no significant difference, or too few data. ` +
      `↓ lower is better, ↑ higher is better.${holm ? ' Intervals are not adjusted for the number of metrics; the verdicts of secondary metrics are (Holm).' : ''}</sub>`,
  ];
}
