// The sticky A/B analysis comment: the recommendation, health, a forest plot of the effects, one row
// per metric in the six columns that decide (metric, role, A, B, effect with its interval, verdict),
// the rest folded, and the same numbers as JSON. Pure: analysis in, markdown out.

import { forestPlot } from './forest-plot.ts';
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

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : ''}${num(x * 100, 3)}%`;
const interval = (ci: Interval | null | undefined, f: (x: number) => string = (x) => num(x)) =>
  ci ? `[${f(ci[0])}, ${f(ci[1])}]` : '–';
const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${num(x)}`);

function valueOf(m: MetricResult, v: 'A' | 'B'): string {
  const value = v === 'A' ? m.meanA : m.meanB;
  if (m.kind === 'proportion') return value === null ? '–' : `${num(value * 100, 3)}%`;
  return num(value);
}

function pCell(m: MetricResult): string {
  if (m.pValue === null) return '–';
  if (m.role === 'secondary' && m.adjustedPValue !== null && m.adjustedPValue !== m.pValue)
    return `${formatP(m.adjustedPValue)} (raw ${formatP(m.pValue)})`;
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

function effectCell(m: MetricResult): string {
  if (m.kind === 'proportion' && m.effect !== null)
    return `${signed(m.effect * 100)} pp ${interval(m.ci, (x) => num(x * 100, 3))}`;
  return `${signed(m.effect)} ${interval(m.ci)}`;
}

/** What decides, in six columns that fit GitHub's 896-pixel comment column. */
function metricsTable(result: AnalysisResult): string[] {
  const conf = Math.round((1 - result.alpha) * 100);
  const rows = [`| metric | role | A | B | effect B − A [${conf}% CI] | verdict |`, '|---|---|---|---|---|---|'];
  for (const m of result.metrics)
    rows.push(
      `| \`${m.name}\` | ${m.role} | ${valueOf(m, 'A')} | ${valueOf(m, 'B')} | ${effectCell(m)} | ${VERDICT_TEXT[m.verdict]} |`,
    );
  return rows;
}

/** The rest of each metric's numbers, for whoever checks the verdict: direction, sizes, relative effect, p, test. */
function metricsMoreTable(result: AnalysisResult): string[] {
  const conf = Math.round((1 - result.alpha) * 100);
  const rows = [`| metric | better | n A / B | relative [${conf}% CI] | p | test |`, '|---|---|---|---|---|---|'];
  for (const m of result.metrics)
    rows.push(
      `| \`${m.name}\` | ${m.better} | ${m.nA} / ${m.nB} | ${pct(m.lift)} ${interval(m.liftCi, pct)} | ${pCell(m)} | ${TEST_TEXT[m.test]} |`,
    );
  return rows;
}

function metricDetails(m: MetricResult): string[] {
  const lines: string[] = [];
  if (m.quantiles)
    lines.push(
      `p50 ${num(m.quantiles.A.p50)} → ${num(m.quantiles.B.p50)}, p95 ${num(m.quantiles.A.p95)} → ${num(m.quantiles.B.p95)}`,
    );
  if (m.mannWhitney)
    lines.push(
      `Mann-Whitney ${pEquals(m.mannWhitney.pValue)} (${m.mannWhitney.exact ? 'exact' : 'normal approximation'}), Hodges-Lehmann shift ${signed(m.mannWhitney.hodgesLehmann)}`,
    );
  if (m.paired)
    lines.push(
      `paired on ${m.paired.pairs} units${m.paired.wilcoxonPValue !== null ? `, Wilcoxon signed-rank ${pEquals(m.paired.wilcoxonPValue)}` : ''}`,
    );
  if (m.kind === 'proportion' && m.wilsonA && m.wilsonB)
    lines.push(
      `Wilson intervals: A ${interval(m.wilsonA, (x) => `${num(x * 100, 3)}%`)}, B ${interval(m.wilsonB, (x) => `${num(x * 100, 3)}%`)}`,
    );
  if (m.sequentialCi)
    lines.push(
      `always-valid interval ${m.kind === 'proportion' ? `${interval(m.sequentialCi, (x) => num(x * 100, 3))} pp` : interval(m.sequentialCi)}${m.sequentialPValue !== null ? ` (always-valid ${pEquals(m.sequentialPValue)})` : ''}`,
    );
  if (m.guard)
    lines.push(`guard ${m.guard.fired ? '🔴 fired' : m.guard.armed ? '🟢 holds' : '⚪ not armed'}: ${m.guard.message}`);
  if (m.hardLimit)
    lines.push(
      `hard limit ${num(m.hardLimit.limit)}: B = ${num(m.hardLimit.value)} ${m.hardLimit.breached ? `🔴 breached (${m.hardLimit.failures} run(s) in a row)` : '🟢 within'}`,
    );
  lines.push(...m.notes);
  return lines.length ? [`- **\`${m.name}\`**: ${lines.join('; ')}`] : [];
}

export interface AbCommentOptions {
  /** An optional paragraph of advice (AI); shown apart from the numbers, which it never changes. */
  advice?: string | null;
  /** Where the rollback lives, for the auto-stop box (default: the `/mcpver rollback` command). */
  rollbackHint?: string;
  /** An analysis of a file of events, with no stored test to stop (no word on where sessions go). */
  stateless?: boolean;
  /** The file of events analysed without a definition: the comment is titled after it. */
  eventsFile?: string;
}

/** Whether the definition named the versions (else they are the placeholders `A` and `B`). */
export function versionsKnown(result: AnalysisResult): boolean {
  return !(result.test.versions.A === 'A' && result.test.versions.B === 'B');
}

function title(result: AnalysisResult, options: AbCommentOptions): string[] {
  const { id, name, versions } = result.test;
  const subject = options.eventsFile
    ? `A/B analysis of \`${options.eventsFile}\``
    : `A/B test \`${id}\`${name !== id ? `: ${name}` : ''}`;
  if (versionsKnown(result)) return [`## ${subject} — A \`${versions.A}\` vs B \`${versions.B}\``];
  const how = options.eventsFile
    ? 'give a definition with `versions:` (`--config FILE`)'
    : 'add `versions:` to its definition';
  return [
    `## ${subject} — versions unknown`,
    '',
    `<sub>A and B are the variants named in the events; which versions they ran is not known: ${how} to name them.</sub>`,
  ];
}

/** What a stopped stored test means for live traffic (the proxy reads the test's status at each new session). */
export const PROXY_STOP_NOTE =
  'New sessions of `mcpver ab proxy` go to A (the control) from now on; sessions already open keep their version until they end.';

export function renderAbComment(result: AnalysisResult, options: AbCommentOptions = {}): string {
  const { health } = result;
  const srm = health.srm;
  const lines: string[] = [
    abCommentMarker(result.test.id),
    ...title(result, options),
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
  // The effects at a glance first, then the numbers that decide; the rest folded for whoever checks.
  const chart = forestPlot(result);
  lines.push('### Metrics', '', ...(chart.length ? [...chart, ''] : []), ...metricsTable(result), '');
  const details = result.metrics.flatMap(metricDetails);
  lines.push(
    '<details><summary>More numbers: sizes, relative effects, p-values, tests, quantiles</summary>',
    '',
    ...metricsMoreTable(result),
    '',
    ...(details.length ? [...details, ''] : []),
    '</details>',
    '',
  );
  // The model's words are quoted and neutralised: no mention, image, HTML or marker of its own.
  if (options.advice)
    lines.push('### Advice (AI, not part of the analysis)', '', neutralizeModelText(options.advice), '');
  const welchDf = result.metrics
    .filter((m) => m.test === 'welch' && m.df !== null)
    .map((m) => `${m.name} ${num(m.df, 4)}`);
  lines.push(
    `<sub>α = ${num(result.alpha)} (two-sided); ${result.test.mode === 'sequential' ? 'sequential mode: verdicts use the always-valid interval' : 'fixed-horizon analysis'}; Holm correction across secondary metrics (guardrails unadjusted); confidence sequence tuned to N* = ${result.settings.sequentialTuning}; fewer than ${result.settings.minArm} values in an arm gives no verdict${welchDf.length ? `; Welch df: ${welchDf.join(', ')}` : ''}.</sub>`,
    '',
  );
  const json = JSON.stringify(result, null, 2);
  const head = lines.join('\n');
  const jsonBlock = [
    '<details><summary>Analysis as JSON</summary>',
    '',
    '```json',
    json,
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
  if (head.length + jsonBlock.length <= COMMENT_BODY_LIMIT) return head + jsonBlock;
  const note = `<sub>The JSON of this analysis is longer than a comment allows: run \`mcpver ab analyze --test ${result.test.id} --json\`.</sub>\n`;
  if (head.length + note.length <= COMMENT_BODY_LIMIT) return head + note;
  // Hundreds of metrics: cut at a line boundary rather than let GitHub refuse the comment.
  const cut = head.slice(0, COMMENT_BODY_LIMIT - note.length - 100);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n… (cut to fit a comment)\n\n${note}`;
}
