import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI bundled once per run, for the tests that start it as a process.
    globalSetup: ['test/setup/cli-build.ts'],
    // Real servers over stdio, real git repositories and real type-checking take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most tests wait on child processes (servers, git, tsc): two workers keep both cores busy on CI's machine.
    maxWorkers: 2,
  },
});
