// "Cannot find module" for every import of every dependency is what the compiler says of a package
// whose dependencies are not installed (a fresh checkout, a static check): dozens of warnings that
// bury the errors worth reading. They are folded into one, which names the modules and what to do.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { packageOfSpecifier } from '../dependency-pins.ts';
import { findLockfile, installCommand, repositoryTop } from '../install.ts';
import type { SurfaceWarning } from '../types.ts';

/** "Cannot find module 'x'" (2307), and the same with a hint about moduleResolution (2792). */
const MISSING_MODULE = new Set([2307, 2792]);
/** "Cannot find name 'process'. Do you need to install type definitions for node?" and its kin, and "Cannot find type definition file for 'node'". */
const MISSING_TYPES = new Set([2580, 2582, 2591, 2593, 2688]);
/** Module names listed in the line before the rest are counted. */
const SHOWN = 6;

export interface FoldedDiagnostics {
  /** The diagnostics that are not about an uninstalled dependency, to report one by one. */
  rest: ts.Diagnostic[];
  /** The one warning for all the others, when there are any. */
  warning?: SurfaceWarning;
}

/** The package a diagnostic says cannot be found, when it is one that is not installed. */
function missingPackage(d: ts.Diagnostic): string | undefined {
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (MISSING_MODULE.has(d.code)) return packageOfSpecifier(/'([^']+)'/.exec(text)?.[1] ?? '.');
  if (!MISSING_TYPES.has(d.code)) return undefined;
  const types =
    /type definitions for ([\w@/.-]+?)\?/.exec(text)?.[1] ?? /type definition file for '([^']+)'/.exec(text)?.[1];
  return types ? `@types/${types.replace(/^@([^/]+)\//, '$1__')}` : undefined;
}

/** Whether `name` is installed in a node_modules folder from `dir` up to the repository's root. */
function installed(name: string, dir: string, top: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'node_modules', name))) return true;
    if (at === top || path.dirname(at) === at) return false;
  }
}

/** The command that installs this package's dependencies, from its lockfile; a generic one without. */
function installAdvice(dir: string, top: string): string {
  const lockfile = findLockfile(dir, top);
  const command = lockfile ? installCommand(lockfile, dir, { scripts: false }).command : 'npm install';
  return `install the dependencies first (\`${command}\`; for \`mcpver check\`, \`install: ${command}\` in .github/mcpver.yml)`;
}

/**
 * Fold the diagnostics about modules and type definitions that are not installed into one warning:
 * which packages, how many imports, the first place, and what to do. A relative import that does
 * not resolve, or a package that is installed but still not found, stays an error of its own.
 */
export function foldMissingModules(
  dir: string,
  diagnostics: readonly ts.Diagnostic[],
  relative: (file: string) => string,
): FoldedDiagnostics {
  const top = repositoryTop(dir);
  const rest: ts.Diagnostic[] = [];
  const packages = new Map<string, number>();
  let first: ts.Diagnostic | undefined;
  const known = new Map<string, boolean>();
  for (const d of diagnostics) {
    const name = missingPackage(d);
    const absent = name !== undefined && (known.get(name) ?? known.set(name, !installed(name, dir, top)).get(name)!);
    if (!absent) {
      rest.push(d);
      continue;
    }
    packages.set(name, (packages.get(name) ?? 0) + 1);
    first ??= d;
  }
  if (!first) return { rest };
  const names = [...packages.keys()];
  const count = [...packages.values()].reduce((a, b) => a + b, 0);
  const listed =
    names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more` : names.join(', ');
  const where =
    first.file && first.start !== undefined
      ? (() => {
          const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
          return { file: relative(first.file.fileName), line: line + 1, column: character + 1 };
        })()
      : undefined;
  const one = names.length === 1;
  const imports = `${count} import${count === 1 ? '' : 's'}${where ? `, the first at ${where.file}:${where.line}` : ''}`;
  const message =
    (one
      ? `The package ${names[0]}, imported by the TypeScript, is not installed here (${imports})`
      : `${names.length} packages imported by the TypeScript are not installed here (${listed}; ${imports})`) +
    `: the types that come from ${one ? 'it' : 'them'} read as unknown, so changes to them cannot be seen. To compare them, ${installAdvice(dir, top)}.`;
  return { rest, warning: { part: 'typescript', message, ...(where ? { location: where } : {}) } };
}
