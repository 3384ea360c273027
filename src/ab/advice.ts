// The prompt that asks for an advice paragraph on an A/B analysis. The numbers are given to the
// model, never taken from it: the analysis is complete and deterministic without this.

import type { AnalysisResult } from './analysis/types.ts';

export const AB_ADVICE_SYSTEM = [
  'You advise maintainers of an MCP server on an A/B comparison of two versions.',
  'You are given a finished statistical analysis as JSON. Do not recompute or restate the numbers,',
  'and never contradict the recommendation: explain in at most four sentences what the result means',
  'in practice and what to check next (for example outliers, the guardrails, more data).',
].join(' ');

/** The analysis, trimmed to what a reader of the comment sees, as the user prompt. */
export function abAdvicePrompt(result: AnalysisResult): string {
  const metrics = result.metrics.map((m) => ({
    name: m.name,
    role: m.role,
    better: m.better,
    test: m.test,
    nA: m.nA,
    nB: m.nB,
    meanA: m.meanA,
    meanB: m.meanB,
    effect: m.effect,
    ci: m.ci,
    lift: m.lift,
    pValue: m.pValue,
    adjustedPValue: m.adjustedPValue,
    verdict: m.verdict,
    notes: m.notes,
  }));
  return JSON.stringify({
    test: result.test,
    recommendation: result.recommendation,
    reasons: result.reasons,
    health: { srm: result.srm, warnings: result.health.dataQuality.warnings },
    autoStop: result.autoStop,
    metrics,
  });
}
