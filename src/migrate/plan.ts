// `planMigration`: from a report and a dependent's files to the migration plan and the edits that
// carry out its automatic steps. Pure: the faces read the files and write (or commit) the edits.

import { migrationComplexity, type Report } from '../compat/report.ts';
import type { Change, MigrationHint } from '../compat/types.ts';
import { applyTextEdits, loadCodeFiles, type TextEdit } from './code-files.ts';
import { estimateEffort } from './effort.ts';
import { isCertain, itemName, manualSteps } from './manual.ts';
import { bumpPins } from './pins.ts';
import { findReferences } from './references.ts';
import { argumentTarget, renameArgumentInCode } from './rename-arguments.ts';
import { renameExportInCode } from './rename-exports.ts';
import { renameToolInCode, renameToolInConfig } from './rename-tools.ts';
import {
  DependentParseError,
  type DependentFiles,
  type FileEdit,
  type MigrationPlan,
  type MigrationResult,
  type MigrationStep,
} from './types.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface PlanInput {
  report: Report;
  /** The dependent's name in the plan: `owner/repo` or a folder. */
  dependent: string;
  files: DependentFiles;
  /** Overrides the report's package name (a report of an unnamed package). */
  packageName?: string;
  /** How to ask for a rollback in the dependent (`/mcpver rollback`), when the face has a command for it. */
  rollbackCommand?: string;
  /** The provider repository `owner/name`, matched against `watch:` entries that name one. */
  provider?: string;
}

function hintsOf(report: Report, kind: MigrationHint['kind']): MigrationHint[] {
  const seen = new Set<string>();
  return report.changes.flatMap((c) => {
    const hint = c.migration;
    // Only certain hints are applied; the others stay manual steps with the hint as a suggestion.
    if (!hint || hint.kind !== kind || !isCertain(hint) || seen.has(`${hint.from}\0${hint.to}\0${hint.scope ?? ''}`))
      return [];
    seen.add(`${hint.from}\0${hint.to}\0${hint.scope ?? ''}`);
    return [hint];
  });
}

/** Every automatic step says why mcpver is certain of the rename it applies. */
function withEvidence(steps: MigrationStep[], hint: MigrationHint): MigrationStep[] {
  return steps.map((step) => (hint.evidence ? { ...step, evidence: hint.evidence } : step));
}

function rollbackSteps(packageName: string, from: string | null, rollbackCommand: string | undefined): string[] {
  return [
    'Before merging: close this pull request; nothing in the default branch changes.',
    "After merging: revert the merge commit (GitHub's Revert button): the pin and the edits go back together.",
    rollbackCommand
      ? `Or comment \`${rollbackCommand}\`: mcpver records a rollback point at this pull request's base commit when it is merged, and opens a pull request that restores it.`
      : 'Or use the rollback point mcpver records at the base commit when this pull request is merged (`mcpver rollback list`).',
    ...(from ? [`Pin \`${packageName}\` back to ${from} wherever this pull request moved it.`] : []),
  ];
}

function skippedPlan(base: Omit<MigrationPlan, 'skipped'>, reason: string): MigrationResult {
  return { plan: { ...base, steps: [], skipped: reason }, edits: [] };
}

export function planMigration(input: PlanInput): MigrationResult {
  const { report, files, dependent } = input;
  const packageName = input.packageName ?? report.package;
  const version = report.to.version;
  if (!packageName) throw new MigrationError('The report names no package: pass the package name (--package).');
  if (!version)
    throw new MigrationError(
      `The report of ${packageName} has no target version: a migration needs the version to move to.`,
    );
  const from = report.from?.version ?? null;
  const base: Omit<MigrationPlan, 'skipped'> = {
    package: packageName,
    from,
    to: version,
    dependent,
    preSteps: [
      'mcpver records a rollback point at the base commit of this pull request when it is merged.',
      `The report of \`${packageName}\` ${from ?? '(first release)'} → ${version} below lists every change mcpver found.`,
    ],
    steps: [],
    manualSteps: [],
    notUsed: [],
    postSteps: [
      "This repository's own CI on this pull request is the validation: merge only when it passes.",
      `Start your MCP client against \`${packageName}@${version}\` and call the tools you use once.`,
    ],
    rollbackSteps: rollbackSteps(packageName, from, input.rollbackCommand),
    effort: estimateEffort(report.complexity, 0, 0),
    notes: [],
    references: [],
  };
  try {
    const references = findReferences(files, packageName, input.provider);
    if (references.length === 0) return skippedPlan(base, `${dependent} does not reference ${packageName}.`);
    const pins = bumpPins(files, references, packageName, version);
    const texts = new Map(pins.texts);
    const steps: MigrationStep[] = [...pins.steps];
    const toolHints = hintsOf(report, 'rename-tool');
    const exportHints = hintsOf(report, 'rename-export');
    const argumentChanges = report.changes.flatMap((c) => {
      const target = argumentTarget(c);
      return target && isCertain(c.migration) ? [{ change: c, hint: c.migration!, target }] : [];
    });
    const sources = loadCodeFiles(
      files,
      [...toolHints, ...exportHints, ...argumentChanges.map((a) => a.hint)].map((h) => h.from),
    );
    const codeEdits: TextEdit[] = [];
    for (const hint of toolHints) {
      const inCode = renameToolInCode(sources, hint);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
      for (const file of new Set(references.filter((r) => r.kind === 'mcp-config').map((r) => r.file))) {
        const inConfig = renameToolInConfig(file, texts.get(file) ?? files.get(file)!, references, hint);
        if (inConfig.steps.length > 0) texts.set(file, inConfig.text);
        steps.push(...withEvidence(inConfig.steps, hint));
      }
    }
    for (const hint of exportHints) {
      const inCode = renameExportInCode(sources, packageName, hint);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
    }
    const applied = new Set<Change>();
    for (const { change, hint, target } of argumentChanges) {
      // The call may still use the tool's old name: this release's rename of it is applied in the same pass.
      const names = new Set([target.name, ...toolHints.filter((h) => h.from === target.name).map((h) => h.to)]);
      const inCode = renameArgumentInCode(sources, hint, target, names);
      if (inCode.edits.length > 0) applied.add(change);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
    }
    for (const file of new Set(codeEdits.map((e) => e.file))) {
      texts.set(
        file,
        applyTextEdits(
          files.get(file)!,
          codeEdits.filter((e) => e.file === file),
        ),
      );
    }
    const edits: FileEdit[] = [...texts.entries()]
      .filter(([file, after]) => files.get(file) !== after)
      .map(([file, after]) => ({ file, before: files.get(file)!, after }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const breaking = report.changes.filter((c) => c.level === 'major');
    const names = [
      packageName,
      ...breaking.map((c) => c.migration?.from ?? itemName(c.item)).filter((n): n is string => !!n),
    ];
    const manual = manualSteps({
      changes: report.changes,
      files,
      sources: loadCodeFiles(files, names, { strict: false }),
      packageName,
      references,
      applied,
    });
    const automatic = steps.length;
    return {
      plan: {
        ...base,
        steps,
        manualSteps: manual.used,
        notUsed: manual.notUsed,
        // The effort of this dependent: the changes to what it does not use cost it nothing.
        effort: estimateEffort(
          migrationComplexity(report.changes.filter((c) => !manual.notUsedChanges.has(c))),
          automatic,
          manual.used.length,
        ),
        notes: pins.notes,
        references,
        skipped: null,
      },
      edits,
    };
  } catch (error) {
    if (error instanceof DependentParseError) {
      return skippedPlan(
        base,
        `Skipped: ${error.message}. Fix the file and run the migration again; nothing was changed.`,
      );
    }
    throw error;
  }
}
