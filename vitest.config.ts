import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // What tests start as processes (the CLI, a state writer), bundled once per run.
    globalSetup: ['test/setup/bundles.ts'],
    // A timeout says "it must end", never "it must be fast" (speed is `npm run bench`'s): real servers
    // over stdio, real git repositories and real type-checking take seconds idle, and several times
    // that on a machine shared with other work (a load of 25 on 2 cores made tests take 280 s).
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // Most tests wait on child processes (servers, git, tsc): two workers keep both cores busy on CI's machine.
    maxWorkers: 2,
  },
});
