// TS-25: the `this` parameter of a function or method changed. Callers that pass another receiver
// (`f.call(ctx)`, a method taken off its object) break when it is added or narrowed; code that
// implements a callback the library calls with a receiver breaks when it is removed or widened.

import type { TsDeclaration } from '../../surface/typescript/model.ts';
import type { Change, Level } from '../types.ts';
import { runModuleProbes, type ModuleProbe } from '../typescript/module-probes.ts';
import { API, PIN } from '../typescript/probes.ts';
import { callables, label, pairChange, tsRule, type Callable } from '../typescript/rule-kit.ts';

/** The declaration as a type consumers can name (`Api`), or nothing when it needs type arguments. */
function typeName(ns: string, d: TsDeclaration): string | undefined {
  return (d.typeParameters ?? []).some((t) => t.default === undefined) ? undefined : `${ns}.${d.name}`;
}

/**
 * Consumer code for one callable: a call through the receiver the old version asked for (callers),
 * or an implementation written for the old receiver handed to the library (implementers). Only the
 * receiver comes from the old version: parameters and results are the new ones, so that other
 * changes of the signature do not count here.
 */
function receiverProbe(pair: { entry: string; old: TsDeclaration }, c: Callable): ModuleProbe | undefined {
  const d = pair.old;
  let pinned: string;
  let used: string;
  let target: string | undefined;
  if (!c.detail) {
    if (d.kind === 'function') {
      pinned = `typeof ${PIN}.${d.name}`;
      used = `typeof ${API}.${d.name}`;
      target = `${API}.${d.name}`;
    } else {
      const p = typeName(PIN, d);
      const a = typeName(API, d);
      if (!p || !a) return undefined;
      pinned = p;
      used = a;
    }
  } else {
    const p = typeName(PIN, d);
    const a = typeName(API, d);
    if (!p || !a) return undefined;
    pinned = `NonNullable<${p}[${JSON.stringify(c.detail)}]>`;
    used = `NonNullable<${a}[${JSON.stringify(c.detail)}]>`;
  }
  const lines = [`declare const self: ThisParameterType<${pinned}>;`];
  if (c.userImplemented) {
    lines.push(
      `declare const impl: (this: ThisParameterType<${pinned}>, ...args: Parameters<${used}>) => ReturnType<${used}>;`,
    );
    lines.push(
      `const given: (this: ThisParameterType<${used}>, ...args: Parameters<${used}>) => ReturnType<${used}> = impl;`,
    );
  } else {
    if (!target) lines.push(`declare const fn: ${used};`);
    lines.push(`declare const args: Parameters<${used}>;`, `${target ?? 'fn'}.call(self, ...args);`);
  }
  return { entry: pair.entry, name: c.detail ? `this:${c.detail}` : 'this', code: lines.join('\n') };
}

/** Without a verdict of the checker: what can break for callers (or for implementers). */
function structural(c: Callable): Level {
  const added = c.old.thisType === undefined;
  const removed = c.new.thisType === undefined;
  if (c.userImplemented) return added ? 'minor' : 'major';
  return removed ? 'minor' : 'major';
}

export const rule = tsRule({
  id: 'ts-this-type-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'The `this` parameter of a function or method changed: added or narrowed (major for callers), removed or widened (minor); the other way round for callbacks consumers implement.',
  rationale:
    'A call through another receiver (`f.call(ctx)`, a detached method) is checked against the declared `this`; an implementation is handed the receiver the library declares.',
  find(analysis) {
    const found: { pair: (typeof analysis.changed)[number]; c: Callable; probe: ModuleProbe | undefined }[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        if ((c.old.thisType ?? '') === (c.new.thisType ?? '')) continue;
        found.push({ pair, c, probe: receiverProbe(pair, c) });
      }
    }
    if (found.length === 0) return [];
    const probes = found.flatMap((f) => (f.probe ? [f.probe] : []));
    const verdicts = runModuleProbes(analysis, probes);
    const results = new Map(probes.map((p, i) => [p, verdicts[i]!]));
    return found.map(({ pair, c, probe }): Change => {
      const result = probe ? results.get(probe) : undefined;
      const level =
        !result || result.forward === 'invalid' ? structural(c) : result.forward === 'broken' ? 'major' : 'minor';
      const what =
        c.old.thisType === undefined
          ? `now requires \`this: ${c.new.thisType}\``
          : c.new.thisType === undefined
            ? `no longer declares \`this: ${c.old.thisType}\``
            : `changed its \`this\` type: ${c.old.thisType} → ${c.new.thisType}`;
      return pairChange('ts-this-type-changed', pair, {
        level,
        detail: c.detail ? `${c.detail}.this` : 'this',
        message: `${label({ entry: pair.entry, name: c.label })} ${what}`,
        before: c.old.thisType ?? null,
        after: c.new.thisType ?? null,
        witness: result,
      });
    });
  },
});
