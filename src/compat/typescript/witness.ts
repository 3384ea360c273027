// Turns a probe into the snippet a user reads: plain imports from the package, and `Old` for the
// types of the version the consumer built against. The probe was compiled, so the snippet is verified.

import type { Witness } from '../types.ts';
import { API, PIN } from './probes.ts';

export interface WitnessInput {
  code: string;
  packageName: string;
  entry: string;
  oldVersion: string;
  error: string;
}

/** How a consumer imports an entry point: `lib` for `.`, `lib/server` for `./server`. */
export function importPath(packageName: string, entry: string): string {
  return entry === '.' ? packageName : `${packageName}/${entry.replace(/^\.\//, '')}`;
}

export function renderWitness(input: WitnessInput): Witness {
  const names = new Set<string>();
  const apiPattern = new RegExp(`${API.replace('$', '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g');
  let body = input.code.replace(apiPattern, (_, name: string) => {
    names.add(name);
    return name === 'default' ? 'defaultExport' : name;
  });
  const usesPin = body.includes(`${PIN}.`);
  body = body.split(`${PIN}.`).join('Old.');
  const from = importPath(input.packageName, input.entry);
  const named = [...names].filter((n) => n !== 'default');
  const lines: string[] = [];
  if (usesPin) {
    lines.push(`// Old: the declarations of ${input.packageName}@${input.oldVersion}, which this code was written against.`);
    lines.push(`import type * as Old from '${from}'; // as of ${input.oldVersion}`);
  }
  if (names.has('default')) lines.push(`import defaultExport from '${from}';`);
  if (named.length > 0) lines.push(`import { ${named.join(', ')} } from '${from}';`);
  lines.push(body);
  // The comparison program names the versions by their in-memory folders; say it as a user would.
  const error = input.error
    .replace(/import\("\/old\/[^"]*"\)/g, `import("${from}@${input.oldVersion}")`)
    .replace(/import\("\/new\/[^"]*"\)/g, `import("${from}")`);
  return { kind: 'typescript', value: lines.join('\n'), error };
}
