// TS-02: an export removed and another with the same shape added in its place: one rename, with a codemod hint.

import { label, removalChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-export-renamed',
  level: 'major',
  description:
    'An export was renamed (the same declaration under a new name, with a doc comment, deprecation note or name that ties the two) and the old name was not kept as an alias.',
  rationale: 'Imports of the old name fail; a codemod can rewrite them to the new name.',
  find(analysis) {
    return analysis.renames.map(({ from, to, evidence }) => ({
      ...removalChange('ts-export-renamed', from.declaration, {
        level: 'major',
        message: `${label(from.declaration)} was renamed to "${to.name}" with no alias kept under the old name`,
        before: from.declaration.name,
        after: to.name,
        witness: from.probe,
      }),
      // The rename points at the new declaration; the old one's side is dropped with its location.
      ...(to.location ? { location: to.location, locatedIn: undefined } : {}),
      migration: {
        kind: 'rename-export' as const,
        from: from.declaration.name,
        to: to.name,
        scope: from.declaration.entry,
        description: `Replace imports of "${from.declaration.name}" with "${to.name}"`,
        evidence,
      },
    }));
  },
});
