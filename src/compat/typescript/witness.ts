// Turns a probe into the snippet a user reads: plain imports from the package, and `Old` for the
// types of the version the consumer built against. The probe was compiled, so the snippet is verified.

import type { Witness } from '../types.ts';
import { swapTypes, type InstalledClass } from './installed-classes.ts';
import { API, ARGS, INSTALLED, PIN } from './probes.ts';

export interface WitnessInput {
  code: string;
  packageName: string;
  entry: string;
  oldVersion: string;
  error: string;
  /** The classes the probe read as the installed version's (installed-classes.ts). */
  installed?: readonly InstalledClass[];
}

/** How a consumer imports an entry point: `lib` for `.`, `lib/server` for `./server`. */
export function importPath(packageName: string, entry: string): string {
  return entry === '.' ? packageName : `${packageName}/${entry.replace(/^\.\//, '')}`;
}

/** `$ARGS<X>` → `X`: without a class to swap, the helper is the identity. */
function unwrap(code: string, placeholder: string): string {
  let out = code;
  for (let at = out.indexOf(`${placeholder}<`); at >= 0; at = out.indexOf(`${placeholder}<`)) {
    let depth = 0;
    let end = at + placeholder.length;
    for (; end < out.length; end++) {
      if (out[end] === '<') depth++;
      else if (out[end] === '>' && out[end - 1] !== '=' && --depth === 0) break;
    }
    out = `${out.slice(0, at)}${out.slice(at + placeholder.length + 1, end)}${out.slice(end + 1)}`;
  }
  return out;
}

/** The helper types a witness needs to pass the installed version's instances, as a consumer would have them. */
function installedLines(classes: readonly InstalledClass[], packageName: string, oldVersion: string): string[] {
  const names = [...new Set(classes.map((c) => c.name))];
  const lines = [
    `// Instances of ${names.join(', ')} come from the installed version: a class with private members cannot be built by its users.`,
  ];
  const seen = new Map<string, number>();
  const swaps: [string, string][] = [];
  for (const c of classes) {
    // A dual package declares each class twice (its CommonJS and its ES module build).
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    const alias = n === 1 ? c.name : `${c.name}_${n}`;
    const from = importPath(packageName, c.entry);
    lines.push(`import type { ${c.name} as Old${alias} } from '${from}'; // as of ${oldVersion}`);
    lines.push(`import type { ${c.name} as Installed${alias} } from '${from}';`);
    swaps.push([`Old${alias}`, `Installed${alias}`]);
  }
  lines.push(...swapTypes(swaps, (type) => (type === 'Map' ? 'MapArgs' : type === 'Args' ? 'InstalledArgs' : type)));
  return lines;
}

export function renderWitness(input: WitnessInput): Witness {
  const classes = input.installed ?? [];
  const swaps = classes.length > 0 && (input.code.includes(`${ARGS}<`) || input.code.includes(`${INSTALLED}<`));
  const code = swaps
    ? input.code.split(`${ARGS}<`).join('InstalledArgs<').split(`${INSTALLED}<`).join('Installed<')
    : unwrap(unwrap(input.code, ARGS), INSTALLED);
  const names = new Set<string>();
  const apiPattern = new RegExp(`${API.replace('$', '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g');
  let body = code.replace(apiPattern, (_, name: string) => {
    names.add(name);
    return name === 'default' ? 'defaultExport' : name;
  });
  const usesPin = body.includes(`${PIN}.`);
  body = body.split(`${PIN}.`).join('Old.');
  const from = importPath(input.packageName, input.entry);
  const named = [...names].filter((n) => n !== 'default');
  const lines: string[] = [];
  if (usesPin) {
    lines.push(
      `// Old: the declarations of ${input.packageName}@${input.oldVersion}, which this code was written against.`,
    );
    lines.push(`import type * as Old from '${from}'; // as of ${input.oldVersion}`);
  }
  if (names.has('default')) lines.push(`import defaultExport from '${from}';`);
  if (named.length > 0) lines.push(`import { ${named.join(', ')} } from '${from}';`);
  if (swaps) lines.push(...installedLines(classes, input.packageName, input.oldVersion));
  lines.push(body);
  // The comparison program names the versions by their in-memory folders; say it as a user would.
  const error = input.error
    .replace(/import\("\/old\/[^"]*"\)/g, `import("${from}@${input.oldVersion}")`)
    .replace(/import\("\/new\/[^"]*"\)/g, `import("${from}")`);
  return { kind: 'typescript', value: lines.join('\n'), error };
}
