import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/typescript-engine.ts'],
    // Real servers over stdio, real git repositories and real type-checking take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most tests wait on child processes (servers, git, tsc): two workers keep both cores busy on CI's machine.
    maxWorkers: 2,
  },
});
