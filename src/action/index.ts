// The Action's entry (action.yml `main`, bundled to dist/action/index.js): it only runs the Action.
// First: it sets how V8 optimizes before the compiler is loaded.
import '../tiering.ts';
import { run } from './main.ts';

await run();
