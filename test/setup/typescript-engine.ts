// Tests call the synchronous diffSnapshots on TypeScript snapshots (and the analysis directly): load
// the TypeScript comparison first, as diffSnapshotsAsync does for the CLI, the Action and the App.
import { loadTypeScriptEngine } from '../../src/compat/typescript/engine.ts';

await loadTypeScriptEngine();
