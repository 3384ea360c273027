// A prompt the server listed is gone.

import { itemKey } from '../surface-items.ts';
import { collectionRule } from './collection.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { possibleRenameNote } from '../schema/renames.ts';

export const rule = collectionRule({
  id: 'prompt-removed',
  level: 'major',
  surface: 'mcp',
  side: 'removed',
  noun: 'Prompt',
  list: (s) => s.mcp?.prompts,
  key: (x) => x.name,
  item: itemKey.prompt,
  // A renamed prompt is reported once, by prompt-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.promptRenames ?? [],
  // A same-shape item added under a name with too little evidence: a removal, with a note.
  note: (old, next, key) =>
    possibleRenameNote(
      'prompt',
      (analyzeMcp(old, next)?.possiblePromptRenames ?? []).filter((r) => r.from === key),
    ),
  description: 'A prompt the server listed is gone.',
  rationale: 'Clients that get the prompt by name receive an error.',
});
