#!/usr/bin/env node
// The `mcpver` command of the npm package: the bundled CLI (built by `npm run bundle`).
import '../dist/cli/index.js';
