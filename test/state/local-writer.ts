// A writer process for the local-store concurrency test: runs `count` transactions against the
// state branch of the repository given, each incrementing the shared counter and adding one file.
// Usage: node <its bundle, test/setup/bundles.ts> <repo> <writer-id> <count>

import { LocalStateStore } from '../../src/state/local-store.ts';

const [repo, writer, count] = process.argv.slice(2);
// Many writers on one ref: most lose each round, so far more attempts than the default bound.
const store = new LocalStateStore({ cwd: repo!, retry: { maxAttempts: 400, baseDelayMs: 20, maxDelayMs: 1500 } });
for (let n = 0; n < Number(count); n++) {
  await store.transact(
    `update ${writer}/${n}`,
    async (tx) => {
      const counter = (await tx.readJson<{ n: number }>('counter.json')) ?? { n: 0 };
      tx.writeJson('counter.json', { n: counter.n + 1 });
      tx.writeJson(`updates/w${writer}/${n}.json`, { writer: Number(writer), n });
    },
    { actor: `process-${writer}`, operation: 'stress' },
  );
}
