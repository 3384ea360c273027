// The Report as SARIF 2.1.0, so that findings can be uploaded to GitHub code scanning: one
// reporting descriptor per registry rule the report used, one result per change.

import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Report } from '../compat/report.ts';
import type { Change, Level } from '../compat/types.ts';
import { stableJson } from './json.ts';
import { ruleOf, verdictLine, witnessLead, witnessValue } from './describe.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Code scanning's severities: a breaking change is an error, a feature a warning, a patch a note. */
export const SARIF_LEVEL: Record<Level, Result.level> = { major: 'error', minor: 'warning', patch: 'note' };

export interface SarifOptions {
  /** The mcpver version that wrote the report, for `tool.driver.version`. */
  toolVersion?: string;
  /**
   * The package root relative to the repository root (`packages/server`), so that locations, which
   * are relative to the package, resolve from the repository root as code scanning expects.
   */
  packagePath?: string;
}

function artifactUri(file: string, packagePath: string | undefined): string {
  const base = packagePath && packagePath !== '.' ? packagePath.replace(/\/+$/, '') : '';
  return base ? `${base}/${file}` : file;
}

/**
 * A possible tool poisoning finding is a security result: code scanning reads its severity from
 * the rule's `security-severity` (a number as a string, 0.0–10.0) and files it under Security.
 */
function securityLevel(severity: number): Result.level {
  return severity >= 7 ? 'error' : 'warning';
}

function result(report: Report, change: Change, ruleIndex: number, options: SarifOptions): Result {
  const lead = witnessLead(report, change);
  const was =
    change.locatedIn === 'old' && change.location
      ? `It was declared at ${change.location.file}${change.location.line !== undefined ? `:${change.location.line}` : ''} in the old version`
      : '';
  const text = [
    change.message,
    was,
    lead ? `${lead}: ${witnessValue(change)}` : '',
    change.migration ? `Migration: ${change.migration.description}` : '',
  ]
    .filter(Boolean)
    .join('. ');
  // Code scanning refuses a result with no location ("locationFromSarifResult: expected at least
  // one location", github/codeql-action#1738). A change whose source is unknown is a change to the
  // released package, so it points at the package's manifest and says so in its properties.
  const location = change.location ?? { file: 'package.json' };
  // A gone item's line is a line of the old version: the alert goes on the file, with the old place in words.
  const old = change.locatedIn === 'old';
  return {
    ruleId: change.rule,
    ruleIndex,
    level: change.security ? securityLevel(change.security.severity) : SARIF_LEVEL[change.level],
    message: { text: change.security ? `${change.message}. New text: ${change.security.evidence}` : text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(location.file, options.packagePath) },
          ...(location.line !== undefined && !old
            ? {
                region: {
                  startLine: location.line,
                  ...(location.column !== undefined ? { startColumn: location.column } : {}),
                },
              }
            : {}),
        },
      },
    ],
    // The subject is what a change is about across versions; it keeps one alert per subject and rule.
    partialFingerprints: { 'mcpverSubject/v1': `${change.rule}:${change.subject}` },
    properties: {
      subject: change.subject,
      item: change.item,
      semverLevel: change.level,
      ...(change.category ? { category: change.category } : {}),
      ...(change.security
        ? {
            'security-severity': change.security.severity.toFixed(1),
            securityKind: change.security.kind,
            tags: ['security', 'tool-poisoning'],
          }
        : {}),
      ...(change.location ? {} : { locationKnown: false }),
    },
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const used = [...new Set(report.changes.map((c) => c.rule))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id): ReportingDescriptor => {
    const rule = ruleOf(id);
    return {
      id,
      name: id,
      shortDescription: { text: rule?.description ?? id },
      ...(rule
        ? { fullDescription: { text: rule.rationale }, help: { text: `${rule.description} ${rule.rationale}` } }
        : {}),
      defaultConfiguration: {
        level:
          rule?.securitySeverity !== undefined
            ? securityLevel(rule.securitySeverity)
            : SARIF_LEVEL[rule?.level ?? 'patch'],
      },
      properties: {
        semverLevel: rule?.level ?? 'patch',
        ...(rule ? { surface: rule.surface } : {}),
        ...(rule?.securitySeverity !== undefined
          ? {
              'security-severity': rule.securitySeverity.toFixed(1),
              tags: ['security', 'tool-poisoning'],
              precision: 'medium',
            }
          : {}),
      },
    };
  });
  const verdict = verdictLine(report);
  // Typed by @types/sarif (the 2.1.0 schema), so a misspelt or misplaced property fails the typecheck.
  const sarif: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcpver',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules,
          },
        },
        results: report.changes.map((change) => result(report, change, index.get(change.rule)!, options)),
        properties: {
          verdict: report.verdict,
          summary: `${verdict.title}: ${verdict.sentence}`,
          required: report.required,
          actual: report.actual,
          nextVersion: report.nextVersion,
          failed: report.failed,
          ...(report.security
            ? { poisoningPolicy: report.security.policy, securityFindings: report.security.findings }
            : {}),
        },
      },
    ],
  };
  return stableJson(sarif);
}
