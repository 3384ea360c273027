// Imported (first) by the test files that call the synchronous diffSnapshots, or the TypeScript
// analysis, on TypeScript surfaces: loads the comparison, as diffSnapshotsAsync does for the CLI, the
// Action and the App. Only these files pay for loading the compiler; the others never need it.
import { loadTypeScriptEngine } from '../../src/compat/typescript/engine.ts';

await loadTypeScriptEngine();
