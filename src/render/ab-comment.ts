// The sticky A/B analysis comment: health, one row per metric (n, means or rates, effect with its
// interval, p, test, verdict), the recommendation, a mermaid chart of the effects, and the same
// numbers as JSON. Pure: analysis in, markdown out.

import { neutralizeModelText } from './untrusted.ts';
import type { AnalysisResult, Interval, MetricResult, Recommendation, Verdict } from '../ab/analysis/types.ts';
import { formatP, pEquals } from '../ab/verdict.ts';

/** GitHub refuses comment bodies longer than 65,536 characters. */
export const COMMENT_BODY_LIMIT = 65_536;

/** The hidden marker that makes the comment sticky: one per test, found and updated in place. */
export function abCommentMarker(testId: string): string {
  return `<!-- mcpver:ab:${testId} -->`;
}

const RECOMMENDATION_TEXT: Record<Recommendation, string> = {
  'ship-b': '🚀 Ship B',
  'keep-a': '↩️ Keep A',
  'no-meaningful-difference': '🟰 No meaningful difference',
  continue: '⏳ Continue collecting data',
  investigate: '🔍 Investigate before deciding',
  'stop-rollback': '⛔ Stop and roll back B',
};

const VERDICT_TEXT: Record<Verdict, string> = {
  better: '✅ B better',
  worse: '❌ B worse',
  'no-difference': '➖ no significant difference',
  insufficient: '⏳ insufficient data',
  inconclusive: '⚠️ inconclusive (tests disagree)',
  'not-computable': '🚫 not computable',
};

/** Numbers with four significant digits, no exponent for everyday magnitudes. */
export function num(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '–';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(digits - 1);
  return String(Number(x.toPrecision(digits)));
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x >= 0 ? '+' : ''}${num(x * 100, 3)}%`);
const interval = (ci: Interval | null | undefined, f: (x: number) => string = (x) => num(x)) => (ci ? `[${f(ci[0])}, ${f(ci[1])}]` : '–');
const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${num(x)}`);

function valueOf(m: MetricResult, v: 'A' | 'B'): string {
  const value = v === 'A' ? m.meanA : m.meanB;
  if (m.kind === 'proportion') return value === null ? '–' : `${num(value * 100, 3)}%`;
  return num(value);
}

function pCell(m: MetricResult): string {
  if (m.pValue === null) return '–';
  if (m.role === 'secondary' && m.adjustedPValue !== null && m.adjustedPValue !== m.pValue) return `${formatP(m.adjustedPValue)} (raw ${formatP(m.pValue)})`;
  return formatP(m.pValue);
}

const TEST_TEXT: Record<MetricResult['test'], string> = {
  welch: 'Welch t',
  z: 'two-proportion z',
  fisher: 'Fisher exact',
  'paired-t': 'paired t',
  mcnemar: 'McNemar exact',
  none: '–',
};

function metricsTable(result: AnalysisResult): string[] {
  const conf = Math.round((1 - result.alpha) * 100);
  const rows = [
    `| metric | role | better | n A / B | A | B | effect B − A [${conf}% CI] | relative [${conf}% CI] | p | test | verdict |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of result.metrics) {
    rows.push(`| \`${m.name}\` | ${m.role} | ${m.better} | ${m.nA} / ${m.nB} | ${valueOf(m, 'A')} | ${valueOf(m, 'B')} | ${m.kind === 'proportion' && m.effect !== null ? `${signed(m.effect * 100)} pp ${interval(m.ci, (x) => num(x * 100, 3))}` : `${signed(m.effect)} ${interval(m.ci)}`} | ${pct(m.lift)} ${interval(m.liftCi, pct)} | ${pCell(m)} | ${TEST_TEXT[m.test]} | ${VERDICT_TEXT[m.verdict]} |`);
  }
  return rows;
}

function metricDetails(m: MetricResult): string[] {
  const lines: string[] = [];
  if (m.quantiles) lines.push(`p50 ${num(m.quantiles.A.p50)} → ${num(m.quantiles.B.p50)}, p95 ${num(m.quantiles.A.p95)} → ${num(m.quantiles.B.p95)}`);
  if (m.mannWhitney) lines.push(`Mann-Whitney ${pEquals(m.mannWhitney.pValue)} (${m.mannWhitney.exact ? 'exact' : 'normal approximation'}), Hodges-Lehmann shift ${signed(m.mannWhitney.hodgesLehmann)}`);
  if (m.paired) lines.push(`paired on ${m.paired.pairs} units${m.paired.wilcoxonPValue !== null ? `, Wilcoxon signed-rank ${pEquals(m.paired.wilcoxonPValue)}` : ''}`);
  if (m.kind === 'proportion' && m.wilsonA && m.wilsonB) lines.push(`Wilson intervals: A ${interval(m.wilsonA, (x) => `${num(x * 100, 3)}%`)}, B ${interval(m.wilsonB, (x) => `${num(x * 100, 3)}%`)}`);
  if (m.sequentialCi) lines.push(`always-valid interval ${m.kind === 'proportion' ? `${interval(m.sequentialCi, (x) => num(x * 100, 3))} pp` : interval(m.sequentialCi)}${m.sequentialPValue !== null ? ` (always-valid ${pEquals(m.sequentialPValue)})` : ''}`);
  if (m.guard) lines.push(`guard ${m.guard.fired ? '🔴 fired' : m.guard.armed ? '🟢 holds' : '⚪ not armed'}: ${m.guard.message}`);
  if (m.hardLimit) lines.push(`hard limit ${num(m.hardLimit.limit)}: B = ${num(m.hardLimit.value)} ${m.hardLimit.breached ? `🔴 breached (${m.hardLimit.failures} run(s) in a row)` : '🟢 within'}`);
  lines.push(...m.notes);
  return lines.length ? [`- **\`${m.name}\`**: ${lines.join('; ')}`] : [];
}

/**
 * A mermaid bar chart of each metric's relative effect with its interval: three bars per metric
 * (lower bound, estimate, upper bound) on one percent axis, so that every metric reads the same way.
 */
export function effectChart(result: AnalysisResult): string[] {
  const shown = result.metrics.filter((m) => m.lift !== null && m.liftCi !== null);
  if (shown.length === 0) return [];
  const labels: string[] = [];
  const values: number[] = [];
  for (const m of shown) {
    labels.push(`${m.name} low`, `${m.name}`, `${m.name} high`);
    values.push(m.liftCi![0] * 100, m.lift! * 100, m.liftCi![1] * 100);
  }
  const rounded = values.map((v) => Number(v.toFixed(2)));
  const lo = Math.min(0, ...rounded);
  const hi = Math.max(0, ...rounded);
  const pad = Math.max(1, (hi - lo) * 0.05);
  return [
    '```mermaid',
    'xychart-beta horizontal',
    `    title "Relative change of B vs A (%), with ${Math.round((1 - result.alpha) * 100)}% interval"`,
    `    x-axis [${labels.map((l) => JSON.stringify(l)).join(', ')}]`,
    `    y-axis "change (%)" ${Number((lo - pad).toFixed(2))} --> ${Number((hi + pad).toFixed(2))}`,
    `    bar [${rounded.join(', ')}]`,
    '```',
  ];
}

export interface AbCommentOptions {
  /** An optional paragraph of advice (AI); shown apart from the numbers, which it never changes. */
  advice?: string | null;
  /** Where the rollback lives, for the auto-stop box (default: the `/mcpver rollback` command). */
  rollbackHint?: string;
  /** An analysis of a file of events, with no stored test to stop (no word on where sessions go). */
  stateless?: boolean;
}

/** What a stopped stored test means for live traffic (the proxy reads the test's status at each new session). */
export const PROXY_STOP_NOTE = 'New sessions of `mcpver ab proxy` go to A (the control) from now on; sessions already open keep their version until they end.';

export function renderAbComment(result: AnalysisResult, options: AbCommentOptions = {}): string {
  const { health } = result;
  const srm = health.srm;
  const lines: string[] = [
    abCommentMarker(result.test.id),
    `## A/B test \`${result.test.id}\`${result.test.name !== result.test.id ? `: ${result.test.name}` : ''} — A \`${result.test.versions.A}\` vs B \`${result.test.versions.B}\``,
    '',
    `**Recommendation: ${RECOMMENDATION_TEXT[result.recommendation]}** — ${result.reasons.join('; ')}`,
    '',
  ];
  if (result.autoStop.stop) {
    lines.push(
      '> [!CAUTION]',
      `> **Auto-stop:** ${result.autoStop.rules.map((r) => `${r.rule}${r.metric ? ` \`${r.metric}\`` : ''}: ${r.message}`).join('; ')}.`,
      ...(options.stateless ? [] : [`> ${PROXY_STOP_NOTE}`]),
      `> ${options.rollbackHint ?? 'To return to version A, comment `/mcpver rollback` (it opens a pull request; nothing is force-pushed).'}`,
      '',
    );
  }
  lines.push(
    '### Health',
    '',
    '| check | result |',
    '|---|---|',
    `| sample ratio | ${srm.counts.A} / ${srm.counts.B} ${health.dataQuality.warnings.some((w) => w.startsWith('events carry no unit')) ? 'events' : 'units'} for a planned ${num(srm.expectedShare.A * 100, 3)}/${num(srm.expectedShare.B * 100, 3)} split: ${srm.checked ? `χ² ${pEquals(srm.pValue)} ${srm.ok ? '✅' : '❌ mismatch'}` : 'not checked (fewer than 8 units in an arm)'} |`,
    `| data quality | ${health.dataQuality.accepted} events accepted, ${health.dataQuality.rejected} rejected ${health.dataQuality.ok ? '✅' : '❌'} |`,
    `| sample size | smallest arm ${health.sampleSize.minPerArm} of ${health.sampleSize.planned} planned ${health.sampleSize.ok ? '✅' : '⏳'} |`,
    '',
  );
  const warnings = [...health.dataQuality.warnings, ...health.sampleSize.warnings];
  if (warnings.length) lines.push(...warnings.map((w) => `- ${w}`), '');
  lines.push('### Metrics', '', ...metricsTable(result), '');
  const details = result.metrics.flatMap(metricDetails);
  if (details.length) lines.push(...details, '');
  const chart = effectChart(result);
  if (chart.length) lines.push('### Effects at a glance', '', ...chart, '');
  // The model's words are quoted and neutralised: no mention, image, HTML or marker of its own.
  if (options.advice) lines.push('### Advice (AI, not part of the analysis)', '', neutralizeModelText(options.advice), '');
  const welchDf = result.metrics.filter((m) => m.test === 'welch' && m.df !== null).map((m) => `${m.name} ${num(m.df, 4)}`);
  lines.push(
    `<sub>α = ${num(result.alpha)} (two-sided); ${result.test.mode === 'sequential' ? 'sequential mode: verdicts use the always-valid interval' : 'fixed-horizon analysis'}; Holm correction across secondary metrics (guardrails unadjusted); confidence sequence tuned to N* = ${result.settings.sequentialTuning}; fewer than ${result.settings.minArm} values in an arm gives no verdict${welchDf.length ? `; Welch df: ${welchDf.join(', ')}` : ''}.</sub>`,
    '',
  );
  const json = JSON.stringify(result, null, 2);
  const head = lines.join('\n');
  const jsonBlock = ['<details><summary>Analysis as JSON</summary>', '', '```json', json, '```', '', '</details>', ''].join('\n');
  if (head.length + jsonBlock.length <= COMMENT_BODY_LIMIT) return head + jsonBlock;
  const note = `<sub>The JSON of this analysis is longer than a comment allows: run \`mcpver ab analyze --test ${result.test.id} --json\`.</sub>\n`;
  if (head.length + note.length <= COMMENT_BODY_LIMIT) return head + note;
  // Hundreds of metrics: cut at a line boundary rather than let GitHub refuse the comment.
  const cut = head.slice(0, COMMENT_BODY_LIMIT - note.length - 100);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n… (cut to fit a comment)\n\n${note}`;
}
