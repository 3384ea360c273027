// TS-10: the sources changed but no exported declaration did (implementation-only edit): a patch.

import { tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-implementation-changed',
  level: 'patch',
  description: 'The package sources changed while every exported declaration stayed the same.',
  rationale: 'Consumers compile against declarations; unchanged declarations mean an implementation fix.',
  find(analysis) {
    const { old, new: next } = analysis;
    if (!old.sourceHash || !next.sourceHash || old.sourceHash === next.sourceHash) return [];
    if (analysis.changed.length > 0 || analysis.removed.length > 0 || analysis.added.length > 0) return [];
    return [
      {
        rule: 'ts-implementation-changed',
        level: 'patch' as const,
        item: 'package',
        subject: 'typescript',
        message: 'The sources changed but the exported declarations are identical',
        before: old.sourceHash,
        after: next.sourceHash,
      },
    ];
  },
});
