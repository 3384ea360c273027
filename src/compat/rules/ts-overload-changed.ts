// TS-23: overloads removed or narrowed (major) or added (minor), judged by assignability of the whole function.

import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-overload-changed',
  level: 'major',
  description: 'The overloads of a function changed: one removed or narrowed (major) or added (minor).',
  rationale: 'Each old overload is a way callers call it; the new function must still accept every one of them.',
  find(analysis) {
    return analysis.changed
      .filter((p) => p.old.kind === 'function' && p.new.kind === 'function' && ((p.old.signatures?.length ?? 0) > 1 || (p.new.signatures?.length ?? 0) > 1))
      .flatMap((p) => {
        const call = probe(p, 'call');
        if (!call || call.forward === 'invalid' || (call.forward === 'ok' && call.reverse === 'ok')) return [];
        const before = p.old.signatures?.length ?? 0;
        const after = p.new.signatures?.length ?? 0;
        const major = call.forward === 'broken';
        return [
          pairChange('ts-overload-changed', p, {
            level: major ? 'major' : 'minor',
            message: major
              ? `An overload of ${label(p)} was removed or narrowed (${before} → ${after} signatures)`
              : `${label(p)} accepts more calls (${before} → ${after} signatures)`,
            before,
            after,
            witness: call,
          }),
        ];
      });
  },
});
