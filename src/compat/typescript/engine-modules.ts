// Everything of the TypeScript comparison that loads the compiler, gathered for engine.ts to import
// on demand (a bundle splits it into a chunk of its own). Only engine.ts imports this file.

export { ts } from 'ts-morph';
export { typescriptAnalysis } from './analysis.ts';
export { moduleSpecifier, runProbes } from './comparison-program.ts';
export { minimumTypeScript, readMinimumTypeScript } from '../../surface/typescript/minimum-version.ts';
