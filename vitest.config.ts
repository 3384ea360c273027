import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/setup/sequencer.ts';

/**
 * Test files that change what the whole process shares, so each runs in a process of its own: the
 * working directory (the in-process CLI, test/helpers/cli.ts), process.env, vi mocks and spies, or
 * state a test asserts on (cleanups still registered). Every other file shares its worker's process
 * with the files before it, which loads probot, Octokit, ts-morph and the SDK once per worker instead
 * of once per file (a third of the CPU of files that do little else). test/setup/shared-process.ts
 * fails a shared file that changes the working directory or the environment: list such a file here.
 * Files that start hundreds of short processes (git, on a state branch) are listed too: forking a
 * worker grown large by the files before it cost more system time than sharing saved.
 */
const OWN_PROCESS = [
  'test/cli/**/*.test.ts',
  'test/ab/action-ab-record-mode.test.ts',
  'test/ab/cli.test.ts',
  'test/ab/proxy/acceptance.test.ts',
  'test/ab/proxy/forwarding.test.ts',
  'test/action/fork-guard.test.ts',
  'test/app/ab-route-wiring.test.ts',
  'test/app/entry-points.test.ts',
  'test/compat/cli-diff.test.ts',
  'test/contributing.test.ts',
  'test/core/check-runtime.test.ts',
  'test/core/hostile-input.test.ts',
  'test/core/readers.test.ts',
  'test/dist.test.ts',
  'test/migrate/app-flow.test.ts',
  'test/migrate/cli.test.ts',
  'test/package.test.ts',
  'test/release/app-deployment.test.ts',
  'test/release/workflow.test.ts',
  'test/render/report-schema.test.ts',
  'test/rollback/app-e2e.test.ts',
  'test/rollback/cli.test.ts',
  'test/scripts/new-rule.test.ts',
  'test/state/cli.test.ts',
  'test/surface/mcp-dependency-check.test.ts',
  'test/surface/process-lifecycle.test.ts',
  'test/surface/server-environment.test.ts',
  // Hundreds of git processes each.
  'test/ab/ab-ingest.test.ts',
  'test/ab/store.test.ts',
  'test/rollback/concurrent-create.test.ts',
  'test/state/concurrency-github.test.ts',
  'test/state/local-store.test.ts',
];

export default defineConfig({
  test: {
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
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'own-process', include: OWN_PROCESS },
      },
      {
        extends: true,
        test: {
          name: 'shared-process',
          include: ['test/**/*.test.ts'],
          exclude: OWN_PROCESS,
          isolate: false,
          setupFiles: ['test/setup/shared-process.ts'],
        },
      },
    ],
  },
});
