// The Report (or any document mcpver writes, such as a Snapshot) as stable JSON: sorted keys,
// two-space indent, trailing newline, so that the same report is always the same bytes.

import type { Report } from '../compat/report.ts';
import { canonicalJson } from '../state/json.ts';

/** Sorted-key JSON with a trailing newline; the one canonical form shared with the state branch. */
export function stableJson(value: unknown): string {
  return canonicalJson(value);
}

/** The report's public JSON contract (docs/report-format.md). */
export function renderReportJson(report: Report): string {
  return stableJson(report);
}
