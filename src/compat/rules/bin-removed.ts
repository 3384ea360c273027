// A command the package installed (`bin`) is gone; one whose file reappears under a new name is a rename.

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'bin-removed',
  level: 'major',
  surface: 'package',
  description: 'A command in package.json "bin" was removed or renamed.',
  rationale:
    'MCP clients launch servers by this command (`npx -y pkg` or the bin name in their config); it no longer exists.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.bin;
    const after = next.package.bin;
    const changes: Change[] = [];
    for (const [name, file] of Object.entries(before).sort()) {
      if (name in after) continue;
      const renamedTo = Object.entries(after).find(
        ([newName, newFile]) => newFile === file && !(newName in before),
      )?.[0];
      changes.push({
        rule: 'bin-removed',
        level: 'major',
        item: itemKey.bin(name),
        subject: itemKey.bin(name),
        message: renamedTo
          ? `Command "${name}" was renamed to "${renamedTo}"`
          : `Command "${name}" was removed from "bin"`,
        before: { [name]: file },
        ...(renamedTo
          ? {
              after: { [renamedTo]: file },
              migration: {
                kind: 'rename-bin',
                from: name,
                to: renamedTo,
                description: `Launch the server with "${renamedTo}" instead of "${name}".`,
              },
            }
          : {}),
        location: { file: 'package.json' },
      });
    }
    return changes;
  },
};
