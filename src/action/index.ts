// The Action's entry (action.yml `main`, bundled to dist/action/index.js): it only runs the Action.
import { run } from './main.ts';

await run();
