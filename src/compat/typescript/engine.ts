// The TypeScript half of a diff (the compiler, the comparison program, the probes' runner), loaded
// only when a diff has a TypeScript surface. The compiler is most of mcpver's code: `mcpver rules`,
// `--version` and a diff of two MCP captures never need it, so the rules reach it through here and
// nothing they import loads it. Whoever diffs TypeScript surfaces awaits `loadTypeScriptEngine()`
// first (`diff()` in ../diff.ts does); the rules' detectors are synchronous and only ask.

import type { Snapshot } from '../../surface/types.ts';
import { asTypeScriptData } from '../../surface/typescript/model.ts';
import type { TypeScriptAnalysis } from './analysis.ts';

export type TypeScriptEngine = typeof import('./engine-modules.ts');

let engine: TypeScriptEngine | undefined;

/** Load the compiler and the comparison (once per process; later calls return the same). */
export async function loadTypeScriptEngine(): Promise<TypeScriptEngine> {
  engine ??= await import('./engine-modules.ts');
  return engine;
}

/** The loaded engine. Reaching it before `loadTypeScriptEngine()` is a bug of the caller, not of the input. */
export function typescriptEngine(): TypeScriptEngine {
  if (!engine) {
    throw new Error(
      'The TypeScript comparison is not loaded: await loadTypeScriptEngine() (or use diff()) before diffing snapshots with a TypeScript surface.',
    );
  }
  return engine;
}

/** Whether a pair of snapshots has a TypeScript API to compare (the old version's is what is compared). */
export function hasTypeScriptSurface(old: Snapshot): boolean {
  return asTypeScriptData(old.typescript) !== null;
}

/** The analysis of a pair of snapshots, or null where the old version has no TypeScript API. */
export function typescriptAnalysis(old: Snapshot, next: Snapshot): TypeScriptAnalysis | null {
  if (!hasTypeScriptSurface(old)) return null;
  return typescriptEngine().typescriptAnalysis(old, next);
}
