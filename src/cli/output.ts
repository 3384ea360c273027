// Printing a report in the format the user asked for.

import type { Report } from '../compat/report.ts';
import { renderReport } from '../render/text.ts';
import { renderReportMarkdown } from '../render/markdown.ts';
import { renderReportJson } from '../render/json.ts';
import { renderSarif } from '../render/sarif.ts';
import { UsageError, useColor } from './common.ts';
import { writeLine, type CliIo } from './io.ts';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function formatOption(values: { json?: boolean; format?: string }): Format {
  if (values.json) return 'json';
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`);
  }
  return format as Format;
}

/** `packagePath` is the package root in the repository, so that SARIF locations are repository paths. */
export function renderAs(report: Report, format: Format, io: CliIo, noColor?: boolean, packagePath?: string): string {
  switch (format) {
    case 'json':
      return renderReportJson(report);
    case 'markdown':
      return renderReportMarkdown(report).markdown;
    case 'sarif':
      return renderSarif(report, packagePath ? { packagePath } : {});
    case 'text':
      return renderReport(report, { color: useColor(noColor, io) });
  }
}

export function writeReport(report: Report, format: Format, io: CliIo, noColor?: boolean, packagePath?: string): void {
  writeLine(io.stdout, renderAs(report, format, io, noColor, packagePath));
}
