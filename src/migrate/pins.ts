// The pin-bump step: every reference with a version range moves to the new version, in its style.

import { lineOf, parseJsonTree, setJsonString, childAt } from './json-text.ts';
import { bumpRange } from './ranges.ts';
import { mcpConfigFlavour } from './references.ts';
import type { MigrationStep, PackageReference } from './types.ts';

export interface PinBumpResult {
  /** New texts by file (only files that changed). */
  texts: Map<string, string>;
  steps: MigrationStep[];
  notes: string[];
}

function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The value with its range replaced: `^1.0.0`, `pkg@^1.0.0`, `npm:pkg@^1.0.0` keep their prefix. */
function withRange(value: string, oldRange: string, newRange: string): string {
  return value.slice(0, value.length - oldRange.length) + newRange;
}

export function bumpPins(
  texts: ReadonlyMap<string, string>,
  references: readonly PackageReference[],
  packageName: string,
  version: string,
): PinBumpResult {
  const out = new Map<string, string>();
  const steps: MigrationStep[] = [];
  const notes: string[] = [];
  for (const reference of references) {
    const where = `${reference.file}: ${formatPath(reference.path)}`;
    if (reference.kind === 'watch') continue;
    if (reference.range === null) {
      notes.push(
        `${where} runs ${packageName} without a version: it picks up ${version} on its next install or start.`,
      );
      continue;
    }
    const outcome = bumpRange(reference.range, version);
    if (outcome.kind === 'admits') {
      notes.push(`${where} "${reference.value}" already admits ${version}: left as it is.`);
      continue;
    }
    if (outcome.kind === 'unsupported') {
      notes.push(`${where}: ${outcome.reason}; change it to admit ${version} by hand.`);
      continue;
    }
    const current = out.get(reference.file) ?? texts.get(reference.file)!;
    const next = withRange(reference.value, reference.range, outcome.range);
    const flavour = mcpConfigFlavour(reference.file) ?? { comments: false };
    const node = childAt(parseJsonTree(reference.file, current, flavour), reference.path);
    out.set(reference.file, setJsonString(current, reference.path, next));
    steps.push({
      kind: 'bump-pin',
      file: reference.file,
      ...(node ? { line: lineOf(current, node.offset) } : {}),
      description: `${where} ${reference.value} → ${next}`,
    });
  }
  return { texts: out, steps, notes };
}
