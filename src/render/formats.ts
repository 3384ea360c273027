// The report formats, in one list: `mcpver check|diff --format` and the Action's `format` input
// both choose from it and render through it. Adding a format is adding one entry here.

import type { Report } from '../compat/report.ts';
import { renderReportJson } from './json.ts';
import { renderReportMarkdown } from './markdown.ts';
import { renderSarif } from './sarif.ts';
import { renderReport } from './text.ts';

export interface FormatOptions {
  /** ANSI colours (text only): for a terminal or a GitHub log, never for a file. */
  color?: boolean;
  /** The package root in the repository, so that SARIF locations are repository paths. */
  packagePath?: string;
}

export const REPORT_FORMATS = {
  json: {
    description: 'the report contract (docs/report-format.md)',
    render: (report: Report) => renderReportJson(report),
  },
  sarif: {
    description: 'for code scanning',
    render: (report: Report, o: FormatOptions) =>
      renderSarif(report, o.packagePath ? { packagePath: o.packagePath } : {}),
  },
  markdown: {
    description: 'a job summary or a comment',
    render: (report: Report) => renderReportMarkdown(report).markdown,
  },
  text: {
    description: 'what a person reads in a terminal or a log',
    render: (report: Report, o: FormatOptions) => renderReport(report, { color: o.color ?? false }),
  },
} as const satisfies Record<
  string,
  { description: string; render: (report: Report, options: FormatOptions) => string }
>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, name);
}

export function renderReportAs(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  return REPORT_FORMATS[format].render(report, options);
}
