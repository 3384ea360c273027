// Helpers every `ts-*` rule shares: reading the analysis, naming subjects, and building changes
// located at the new declaration (or the old one for removals) with the probe's witness.

import type { TsDeclaration, TsSignature } from '../../surface/typescript/model.ts';
import { itemKey } from '../surface-items.ts';
import type { Change, DiffContext, Level, Rule, RuleOption } from '../types.ts';
import type { DeclarationPair, ProbeResult, TypeScriptAnalysis } from './analysis.ts';
import { typescriptAnalysis } from './engine.ts';
import type { ProbeName } from './probe-text.ts';

export interface TsRuleSpec {
  id: string;
  level: Level;
  description: string;
  rationale: string;
  /** Contested-rule switches the rule reads from `context.options` (config `policy.rules`). */
  options?: RuleOption[];
  /** It explains a change of a declaration present in both versions (ts-declaration-changed defers to it). */
  explainsChangedDeclarations?: boolean;
  find(analysis: TypeScriptAnalysis, context: DiffContext): Change[];
}

export function tsRule(spec: TsRuleSpec): Rule {
  // Found once per diff: ts-declaration-changed asks every specific rule again, to know which
  // changes they explained. Callers copy what they report; nobody edits these.
  const found = new WeakMap<DiffContext, Change[]>();
  return {
    id: spec.id,
    level: spec.level,
    surface: 'typescript',
    description: spec.description,
    rationale: spec.rationale,
    ...(spec.options ? { options: spec.options } : {}),
    ...(spec.explainsChangedDeclarations ? { explainsChangedDeclarations: true } : {}),
    detect(context) {
      let changes = found.get(context);
      if (!changes) {
        const analysis = typescriptAnalysis(context.old, context.new);
        changes = analysis ? spec.find(analysis, context) : [];
        found.set(context, changes);
      }
      return changes;
    },
  };
}

export function subjectOf(d: { entry: string; name: string }, detail?: string): string {
  return `${itemKey.declaration(d.entry, d.name)}${detail ? `.${detail}` : ''}`;
}

export function label(d: { entry: string; name: string }): string {
  return d.entry === '.' ? `"${d.name}"` : `"${d.name}" (from "${d.entry}")`;
}

export interface ChangeFields {
  level: Level;
  message: string;
  detail?: string;
  before?: unknown;
  after?: unknown;
  witness?: ProbeResult | undefined;
}

/** A change on a declaration present in both versions: located at the new declaration. */
export function pairChange(rule: string, pair: DeclarationPair, fields: ChangeFields): Change {
  return {
    rule,
    level: fields.level,
    item: itemKey.declaration(pair.entry, pair.name),
    subject: subjectOf(pair, fields.detail),
    message: fields.message,
    ...(fields.before !== undefined ? { before: fields.before } : {}),
    ...(fields.after !== undefined ? { after: fields.after } : {}),
    ...(pair.new.location ? { location: pair.new.location } : {}),
    ...(fields.level === 'major' && fields.witness?.witness ? { witness: fields.witness.witness } : {}),
  };
}

/** A change on a declaration that is gone: located at the old declaration. */
export function removalChange(rule: string, d: TsDeclaration, fields: ChangeFields): Change {
  return {
    rule,
    level: fields.level,
    item: itemKey.declaration(d.entry, d.name),
    subject: subjectOf(d, fields.detail),
    message: fields.message,
    ...(fields.before !== undefined ? { before: fields.before } : {}),
    ...(fields.after !== undefined ? { after: fields.after } : {}),
    ...(d.location ? { location: d.location, locatedIn: 'old' as const } : {}),
    ...(fields.level === 'major' && fields.witness?.witness ? { witness: fields.witness.witness } : {}),
  };
}

export function probe(pair: DeclarationPair, name: ProbeName): ProbeResult | undefined {
  return pair.probes.find((p) => p.name === name);
}

export function broken(p: ProbeResult | undefined): boolean {
  return p?.forward === 'broken';
}

/** The first broken probe among the named ones (or any broken probe when none is named). */
export function firstBroken(pair: DeclarationPair, ...names: ProbeName[]): ProbeResult | undefined {
  return pair.probes.find((p) => p.forward === 'broken' && (names.length === 0 || names.includes(p.name)));
}

/**
 * The level of a change that the checker can judge: major when the probe broke, the structural
 * default when the probe could not be compiled (never "compatible" by accident), else minor.
 */
export function judged(p: ProbeResult | undefined, fallback: Level): Level {
  if (!p || p.forward === 'invalid') return fallback;
  return p.forward === 'broken' ? 'major' : 'minor';
}

/** Probes that compare a type as a whole, both ways (not member by member). */
const WHOLE_TYPE_PROBES = new Set<ProbeName>(['read', 'write', 'keys']);

/**
 * The checker found the two versions interchangeable: the whole type compiles both ways where
 * consumers use it, and no other probe broke. Rules that read the text (a union's members, an
 * `extends` clause) leave such a rewrite to ts-declaration-changed, which reports it as a patch.
 * A class has no whole-type probe (its members are probed one by one, the old ones only), so a
 * class is never called equivalent here.
 */
export function equivalent(pair: DeclarationPair): boolean {
  const decided = pair.probes.filter((p) => p.forward !== 'invalid');
  const whole = decided.filter((p) => WHOLE_TYPE_PROBES.has(p.name));
  return (
    whole.length > 0 &&
    whole.every((p) => p.reverse === 'ok') &&
    decided.every((p) => p.forward === 'ok' && p.reverse !== 'broken' && p.reverse !== 'invalid')
  );
}

/** Something a consumer calls or implements: a function, a method, a callback type. */
export interface Callable {
  label: string;
  detail?: string;
  old: TsSignature;
  new: TsSignature;
  /** The consumer writes the implementation (a callback, a method of an interface it implements). */
  userImplemented: boolean;
  /** The probe that judges calls (or implementations) of it. */
  probe: ProbeResult | undefined;
}

export function callables(pair: DeclarationPair): Callable[] {
  const out: Callable[] = [];
  const { old, new: next } = pair;
  if (old.kind !== next.kind) return out;
  if (old.signatures?.length === 1 && next.signatures?.length === 1) {
    const user = old.kind === 'type' && pair.positions.input;
    out.push({
      label: old.name,
      old: old.signatures[0]!,
      new: next.signatures[0]!,
      userImplemented: user,
      probe: old.kind === 'function' ? probe(pair, 'call') : probe(pair, user ? 'write' : 'read'),
    });
  }
  const newMembers = new Map((next.members ?? []).map((m) => [`${m.static ? 's' : 'i'}:${m.kind}:${m.name}`, m]));
  for (const m of old.members ?? []) {
    // Protected methods are for subclasses; the probes (which call from outside) cannot judge them.
    if (m.kind !== 'method' || m.visibility === 'private' || m.visibility === 'protected') continue;
    const n = newMembers.get(`${m.static ? 's' : 'i'}:method:${m.name}`);
    if (!n || n.signature === m.signature || m.signatures?.length !== 1 || n.signatures?.length !== 1) continue;
    const user = old.kind !== 'class' && pair.positions.input && !pair.positions.output;
    out.push({
      label: `${old.name}.${m.name}`,
      detail: m.name,
      old: m.signatures[0]!,
      new: n.signatures[0]!,
      userImplemented: user,
      probe: probe(pair, m.static ? `static:${m.name}` : user ? `member-implement:${m.name}` : `member-call:${m.name}`),
    });
  }
  return out;
}
