// Setup of every test file that shares its process with others (vitest.config.ts): such a file must
// leave the working directory and the environment as it found them, or the files after it would run
// somewhere else, or with variables they did not set, depending on the order vitest picked.

import { afterAll, expect } from 'vitest';

const cwd = process.cwd();
const env = { ...process.env };

afterAll(() => {
  const changed = [...new Set([...Object.keys(env), ...Object.keys(process.env)])].filter(
    (name) => env[name] !== process.env[name],
  );
  expect(
    { cwd: process.cwd(), changedVariables: changed },
    `${expect.getState().testPath} changed the process that other test files share: restore what it changes, or list the file in OWN_PROCESS in vitest.config.ts`,
  ).toEqual({ cwd, changedVariables: [] });
});
