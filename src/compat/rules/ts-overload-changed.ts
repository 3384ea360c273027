// TS-23: overloads removed, narrowed or reordered (major) or added (minor), judged by assignability of
// the whole function or method and by one call shaped like each old overload.

import type { TsSignature } from '../../surface/typescript/model.ts';
import type { Change } from '../types.ts';
import type { DeclarationPair, ProbeResult } from '../typescript/analysis.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { commonMembers } from '../typescript/members.ts';

const printed = (sig: TsSignature) =>
  `(${sig.parameters.map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}): ${sig.returnType}`;

interface Overloaded {
  /** `load` or `Store.load`, as the message names it. */
  name: string;
  detail?: string;
  old: readonly TsSignature[];
  new: readonly TsSignature[];
  whole: ProbeResult | undefined;
  /** The call shaped like old overload k. */
  call: (k: number) => ProbeResult | undefined;
}

function overloaded(pair: DeclarationPair): Overloaded[] {
  const out: Overloaded[] = [];
  const many = (a?: readonly TsSignature[], b?: readonly TsSignature[]) => (a?.length ?? 0) > 1 || (b?.length ?? 0) > 1;
  if (pair.old.kind === 'function' && pair.new.kind === 'function' && many(pair.old.signatures, pair.new.signatures)) {
    out.push({
      name: label(pair),
      old: pair.old.signatures ?? [],
      new: pair.new.signatures ?? [],
      whole: probe(pair, 'call'),
      call: (k) => probe(pair, `overload-call:${k}`),
    });
  }
  for (const [a, b] of commonMembers(pair)) {
    if (a.kind !== 'method' || b.kind !== 'method' || a.static || !many(a.signatures, b.signatures)) continue;
    out.push({
      name: `${label(pair)}'s method "${a.name}"`,
      detail: a.name,
      old: a.signatures ?? [],
      new: b.signatures ?? [],
      whole: probe(pair, `member-overloads:${a.name}`),
      call: (k) => probe(pair, `member-overload-call:${a.name}:${k}`),
    });
  }
  return out;
}

export const rule = tsRule({
  id: 'ts-overload-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'The overloads of a function or method changed: one removed, narrowed or reordered so that an old call gets another result (major), or one added (minor).',
  rationale:
    'Each old overload is a way callers call it; TypeScript picks the first overload that matches, so each old call must still resolve to a signature that returns what it returned.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const o of overloaded(pair)) {
        const before = o.old.length;
        const after = o.new.length;
        const rerouted = o.old.map((_, k) => ({ k, p: o.call(k) })).find(({ p }) => p?.forward === 'broken');
        const whole = o.whole;
        if (whole?.forward === 'broken') {
          changes.push(
            pairChange('ts-overload-changed', pair, {
              level: 'major',
              detail: o.detail,
              message: `An overload of ${o.name} was removed or narrowed (${before} → ${after} signatures)`,
              before,
              after,
              witness: whole,
            }),
          );
        } else if (rerouted) {
          const sig = printed(o.old[rerouted.k]!);
          changes.push(
            pairChange('ts-overload-changed', pair, {
              level: 'major',
              detail: o.detail,
              message: `A call of ${o.name} shaped like its overload ${rerouted.k + 1} of ${before}, ${sig}, now resolves to another signature whose result is not the old one (overloads reordered or changed)`,
              before: o.old.map(printed),
              after: o.new.map(printed),
              witness: rerouted.p,
            }),
          );
        } else if (whole && whole.forward === 'ok' && whole.reverse !== 'ok') {
          changes.push(
            pairChange('ts-overload-changed', pair, {
              level: 'minor',
              detail: o.detail,
              message: `${o.name} accepts more calls (${before} → ${after} signatures)`,
              before,
              after,
            }),
          );
        }
      }
    }
    return changes;
  },
});
