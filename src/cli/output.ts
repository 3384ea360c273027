// Printing a report in the format the user asked for (the formats: src/render/formats.ts).

import type { Report } from '../compat/report.ts';
import { isReportFormat, REPORT_FORMAT_NAMES, renderReportAs, type ReportFormat } from '../render/formats.ts';
import { UsageError, useColor } from './common.ts';
import { writeLine, type CliIo } from './io.ts';

export type Format = ReportFormat;

export function formatOption(values: { json?: boolean; format?: string }): Format {
  if (values.json) return 'json';
  const format = values.format ?? 'text';
  if (!isReportFormat(format))
    throw new UsageError(`--format must be one of ${REPORT_FORMAT_NAMES.join(', ')} (got "${format}").`);
  return format;
}

/** `packagePath` is the package root in the repository, so that SARIF locations are repository paths. */
export function writeReport(report: Report, format: Format, io: CliIo, noColor?: boolean, packagePath?: string): void {
  writeLine(
    io.stdout,
    renderReportAs(report, format, { color: useColor(noColor, io), ...(packagePath ? { packagePath } : {}) }),
  );
}
