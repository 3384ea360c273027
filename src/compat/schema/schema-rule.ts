// How a schema rule plugs in: a rule file states which facts it reports, in which direction, at which
// level; this factory turns that into a registry Rule that reads the shared analysis, renders the
// change and attaches an ajv-verified witness to every major one.

import type { Change, Level, MigrationHint, Rule, RuleOption, RuleOptions } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from './analysis.ts';
import { formatPath, type SchemaFact } from './facts.ts';
import { findWitness } from './witness.ts';
import { WITNESS_BUDGET_MS } from './validator.ts';

export interface SchemaRuleSpec {
  id: string;
  /** The highest level the rule reports. */
  level: Level;
  direction: 'input' | 'output';
  description: string;
  rationale: string;
  catalogue: string[];
  options?: RuleOption[];
  /** The level of a fact, or null when the rule does not report it. */
  classify(fact: SchemaFact, options: RuleOptions): Level | null;
  /** Why a person should look, for changes whose effect the schema cannot decide. */
  flag?: (fact: SchemaFact, options: RuleOptions) => string | undefined;
  category?: Change['category'];
  /** An automatic migration for the change (a renamed property). */
  migration?: (fact: SchemaFact, tool: string) => MigrationHint | undefined;
}

/** A level override from `policy.rules.<rule-id>` (`major`, `minor`, `patch` or `off`). */
export function overriddenLevel(id: string, level: Level, options: RuleOptions): Level | null {
  const value = options[id];
  if (value === 'off' || value === false) return null;
  return value === 'major' || value === 'minor' || value === 'patch' ? value : level;
}

export function schemaRule(spec: SchemaRuleSpec): Rule {
  return {
    id: spec.id,
    level: spec.level,
    surface: 'mcp',
    direction: spec.direction,
    catalogue: spec.catalogue,
    ...(spec.options ? { options: spec.options } : {}),
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next, options }) {
      const analysis = analyzeMcp(old, next);
      if (!analysis) return [];
      const changes: Change[] = [];
      for (const comparison of analysis.schemas) {
        if (comparison.part !== spec.direction) continue;
        for (const fact of comparison.facts) {
          const classified = spec.classify(fact, options);
          if (!classified) continue;
          let level = overriddenLevel(spec.id, classified, options);
          if (!level) continue;
          const subject = formatPath(`${itemKey.tool(comparison.tool)}.${comparison.part}`, fact.path);
          const where = fact.path.length
            ? `\`${formatPath(comparison.part, fact.path)}\``
            : `the ${comparison.part} schema`;
          const found =
            level === 'major'
              ? findWitness({ fact, direction: spec.direction, ...comparison, validators: analysis.validators })
              : undefined;
          const witness = found?.witness;
          let flag =
            spec.flag?.(fact, options) ??
            (found && 'reason' in found && found.reason === 'budget'
              ? `No witness was searched: this diff spent its witness budget (${WITNESS_BUDGET_MS / 1000} s) on earlier changes.`
              : undefined);
          // A narrowing that the keyword-by-keyword reading cannot be sure of is major only when a value proves it.
          if (level === 'major' && fact.uncertain && found && 'reason' in found && found.reason === 'not-found') {
            level = 'minor';
            const proof =
              spec.direction === 'input'
                ? 'no value the old schema accepted is rejected by the new one'
                : 'no value the new schema allows is rejected by the old one';
            flag = `${fact.uncertain}, and ${proof} among those tried: check by hand.`;
          }
          const migration = spec.migration?.(fact, comparison.tool);
          const location = next.mcp?.locations?.[itemKey.tool(comparison.tool)];
          changes.push({
            rule: spec.id,
            level,
            item: itemKey.tool(comparison.tool),
            subject,
            message: `Tool "${comparison.tool}", ${where}: ${fact.detail}`,
            ...(fact.before !== undefined ? { before: fact.before } : {}),
            ...(fact.after !== undefined ? { after: fact.after } : {}),
            ...(witness ? { witness } : {}),
            ...(migration ? { migration } : {}),
            ...(location ? { location } : {}),
            // A removal that may be a rename says so, and stays a removal: no automatic edit rests on a guess.
            ...(flag || fact.possibleRename ? { flag: [flag, fact.possibleRename].filter(Boolean).join(' ') } : {}),
            ...(spec.category ? { category: spec.category } : {}),
          });
        }
      }
      return changes;
    },
  };
}

/** Facts that take values away (or may). */
export const narrows = (fact: SchemaFact) => fact.effect === 'narrowed' || fact.effect === 'changed';
/** Facts that let new values in (or may). */
export const widens = (fact: SchemaFact) => fact.effect === 'widened' || fact.effect === 'changed';
