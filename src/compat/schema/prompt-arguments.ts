// Prompt arguments are a flat input schema (name, required): what was added, removed, renamed, or
// changed between required and optional, per prompt pair. Shared by the prompt-argument rules.

import type { Change, Level, Rule, RuleOptions, Witness } from '../types.ts';
import { firstError, type Validators } from './validator.ts';
import type { McpPrompt, Snapshot } from '../../surface/types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from './analysis.ts';
import { evidenceLine, matchRenames, possibleRenameNote } from './renames.ts';
import { overriddenLevel } from './schema-rule.ts';

export type ArgumentChangeKind =
  'removed' | 'added-required' | 'added-optional' | 'became-required' | 'became-optional' | 'renamed';

export interface ArgumentChange {
  prompt: string;
  kind: ArgumentChangeKind;
  name: string;
  renamedTo?: string;
  /** renamed: why the pair is one argument renamed. */
  evidence?: string;
  /** removed: a same-requiredness argument added under a name with too little evidence to be called a rename. */
  possibleRename?: string;
  /** The arguments as a JSON Schema (string values, the required ones required), before and after. */
  schemas: { old: object; new: object };
}

/** Prompt arguments are strings by the protocol: as a JSON Schema, an object of string properties. */
function argumentsSchema(args: readonly { name: string; required?: boolean }[]): object {
  return {
    type: 'object',
    properties: Object.fromEntries(args.map((a) => [a.name, { type: 'string' }])),
    required: args.filter((a) => a.required === true).map((a) => a.name),
  };
}

export function argumentChanges(old: Snapshot, next: Snapshot): ArgumentChange[] {
  const out: ArgumentChange[] = [];
  for (const pair of analyzeMcp(old, next)?.prompts ?? []) {
    const schemas = { old: argumentsSchema(pair.old.arguments ?? []), new: argumentsSchema(pair.new.arguments ?? []) };
    const before = new Map((pair.old.arguments ?? []).map((a) => [a.name, a.required === true]));
    const after = new Map((pair.new.arguments ?? []).map((a) => [a.name, a.required === true]));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const added = [...after.keys()].filter((k) => !before.has(k));
    const side = (list: McpPrompt['arguments']) => (name: string) => {
      const description = (list ?? []).find((a) => a.name === name)?.description;
      return { name, ...(description ? { description } : {}) };
    };
    // Arguments are plain strings: their shape is never distinctive, so only names and descriptions tie a pair.
    const { renames, possible } = matchRenames(
      removed.map(side(pair.old.arguments)),
      added.map(side(pair.new.arguments)),
      (r, a) => before.get(r) === after.get(a),
    );
    const from = new Set(renames.map((r) => r.from));
    const to = new Set(renames.map((r) => r.to));
    for (const r of renames)
      out.push({
        prompt: pair.name,
        kind: 'renamed',
        name: r.from,
        renamedTo: r.to,
        evidence: evidenceLine(r, 'the same requiredness'),
        schemas,
      });
    for (const name of removed.filter((k) => !from.has(k))) {
      const maybe = possibleRenameNote(
        'argument',
        possible.filter((p) => p.from === name),
      );
      out.push({ prompt: pair.name, kind: 'removed', name, schemas, ...(maybe ? { possibleRename: maybe } : {}) });
    }
    for (const name of added.filter((k) => !to.has(k)))
      out.push({ prompt: pair.name, kind: after.get(name) ? 'added-required' : 'added-optional', name, schemas });
    for (const [name, required] of after) {
      if (!before.has(name) || before.get(name) === required) continue;
      out.push({ prompt: pair.name, kind: required ? 'became-required' : 'became-optional', name, schemas });
    }
  }
  return out;
}

export interface ArgumentRuleSpec {
  id: string;
  kind: ArgumentChangeKind;
  level: Level;
  catalogue: string[];
  description: string;
  rationale: string;
  message: (change: ArgumentChange) => string;
}

export function argumentRule(spec: ArgumentRuleSpec): Rule {
  return {
    id: spec.id,
    level: spec.level,
    surface: 'mcp',
    direction: 'input',
    catalogue: spec.catalogue,
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next, options }: { old: Snapshot; new: Snapshot; options: RuleOptions }) {
      const level = overriddenLevel(spec.id, spec.level, options);
      if (!level) return [];
      const validators = analyzeMcp(old, next)?.validators;
      return argumentChanges(old, next)
        .filter((c) => c.kind === spec.kind)
        .map((c): Change => ({
          rule: spec.id,
          level,
          item: itemKey.prompt(c.prompt),
          subject: `${itemKey.prompt(c.prompt)}.arguments.${c.name}`,
          message: `Prompt "${c.prompt}": ${spec.message(c)}`,
          ...(level === 'major' && validators ? witnessFor(c, validators) : {}),
          ...(c.kind === 'renamed'
            ? {
                before: c.name,
                after: c.renamedTo,
                migration: {
                  kind: 'rename-argument' as const,
                  from: c.name,
                  to: c.renamedTo!,
                  scope: itemKey.prompt(c.prompt),
                  description: `Pass "${c.renamedTo}" instead of "${c.name}" to the prompt ${c.prompt}.`,
                  ...(c.evidence ? { evidence: c.evidence } : {}),
                },
              }
            : {}),
          ...(c.possibleRename ? { flag: c.possibleRename } : {}),
        }));
    },
  };
}

/** The smallest arguments the old prompt accepted (its required ones), if the new one rejects them (checked with ajv). */
function witnessFor(change: ArgumentChange, validators: Validators): { witness: Witness } | Record<string, never> {
  const accept = validators.compile(change.schemas.old).validate;
  const reject = validators.compile(change.schemas.new).validate;
  if (!accept || !reject) return {};
  const value = Object.fromEntries((change.schemas.old as { required: string[] }).required.map((name) => [name, 'a']));
  return accept(value) && !reject(value) ? { witness: { kind: 'json', value, error: firstError(reject.errors) } } : {};
}
