// TS-08: the release tag tightened (`@public` to `@beta`/`@alpha`: the promise weakens) or loosened.

import type { ReleaseTag } from '../../surface/typescript/model.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

/** Stronger promise, higher rank; no tag reads as public (API Extractor's default). */
const RANK: Record<ReleaseTag, number> = { public: 3, beta: 2, experimental: 1, alpha: 1, internal: 0 };

export const rule = tsRule({
  id: 'ts-release-tag-changed',
  level: 'major',
  description: 'A release tag tightened (@public → @beta/@alpha: major) or loosened (minor).',
  rationale: 'Consumers pinned to public API lose the stability promise they relied on; loosening adds one.',
  find(analysis) {
    return analysis.changed
      .filter(
        (p) =>
          (p.old.tags.release ?? 'public') !== (p.new.tags.release ?? 'public') && p.new.tags.release !== 'internal',
      )
      .map((p) => {
        const before = p.old.tags.release ?? 'public';
        const after = p.new.tags.release ?? 'public';
        const tighter = RANK[after] < RANK[before];
        return pairChange('ts-release-tag-changed', p, {
          level: tighter ? 'major' : 'minor',
          message: `${label(p)} went from @${before} to @${after}`,
          before,
          after,
        });
      });
  },
});
