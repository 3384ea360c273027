// `node --import ./record-imports.mjs …`: appends the URL of every module the program imports to
// the file named by MCPVER_RECORD_IMPORTS, so a test can see what a command loaded.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { file: process.env.MCPVER_RECORD_IMPORTS } });
