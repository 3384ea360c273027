// TS-55: the package had TypeScript entry points and has none now (types no longer shipped or resolvable).

import { tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-types-missing',
  level: 'major',
  description: 'An entry point that resolved to declarations no longer does (types missing or not resolvable).',
  rationale: 'TypeScript consumers get "could not find a declaration file" and every import is any or an error.',
  find(analysis) {
    const oldExports = (subpath: string) => analysis.old.declarations.some((d) => d.entry === subpath);
    return Object.keys(analysis.old.entryPoints)
      .filter((subpath) => analysis.new.entryPoints[subpath] === undefined && oldExports(subpath))
      .map((subpath) => ({
        rule: 'ts-types-missing',
        level: 'major' as const,
        item: `ts-entry:${subpath}`,
        subject: `ts-entry:${subpath}`,
        message: `The entry point "${subpath}" no longer resolves to TypeScript declarations (it was ${analysis.old.entryPoints[subpath]})`,
        before: analysis.old.entryPoints[subpath],
        location: { file: 'package.json' },
        ...(analysis.lostEntries.get(subpath)?.witness ? { witness: analysis.lostEntries.get(subpath)!.witness! } : {}),
      }));
  },
});
