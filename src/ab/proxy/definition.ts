// The A/B test the proxy assigns and records for: the stored one on the state branch (what the
// analysis checks against), else its definition in --config or the repository's .github/mcpver.yml,
// else a definition of the proxy's own metrics (said, never silent).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_PATH } from '../../config.ts';
import type { StateStore } from '../../state/types.ts';
import { parseAbDefinition } from '../load-definition.ts';
import { abPaths } from '../store.ts';
import { AbError, defineAbTest, type AbTest } from '../test.ts';
import { ProxyError } from './errors.ts';
import { PROXY_METRICS } from './proxy-event.ts';

export interface ResolvedTest {
  test: AbTest;
  /** Where the definition came from, for the proxy's first line on stderr. */
  source: string;
  /** Whether the test is on the state branch already. */
  stored: boolean;
}

export interface DefinitionSources {
  testId: string;
  /** The repository the proxy runs in (its .github/mcpver.yml), when there is one. */
  repoDir?: string;
  /** --config FILE: a test definition, or a mcpver.yml with ab.tests. */
  configFile?: string;
  store?: Pick<StateStore, 'readJson'> | null;
  storeWhere?: string;
  shadow: boolean;
}

/** The proxy's metrics as a test, for when no definition exists anywhere. */
export function defaultProxyTest(testId: string, shadow: boolean): AbTest {
  return defineAbTest(
    {
      id: testId,
      metrics: [
        { name: PROXY_METRICS.responseTime, kind: 'mean', better: 'lower', role: 'primary', latency: true },
        { name: PROXY_METRICS.error, kind: 'proportion', better: 'lower', role: 'guardrail' },
        { name: PROXY_METRICS.timeout, kind: 'proportion', better: 'lower', role: 'guardrail' },
        { name: PROXY_METRICS.resultBytes, kind: 'mean', better: 'lower', role: 'secondary' },
        ...(shadow ? [{ name: PROXY_METRICS.differs, kind: 'proportion', better: 'lower', role: 'secondary' }] : []),
      ],
    },
    "the proxy's default metrics",
    { mode: 'sequential' },
  );
}

export async function resolveProxyTest(sources: DefinitionSources): Promise<ResolvedTest> {
  const { testId } = sources;
  if (sources.store) {
    const raw = await sources.store.readJson<Record<string, unknown>>(abPaths.test(testId));
    if (raw !== null)
      return {
        test: defineAbTest(raw, abPaths.test(testId)),
        source: sources.storeWhere ?? 'the state branch',
        stored: true,
      };
  }
  if (sources.configFile) {
    const text = await readFile(sources.configFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ProxyError(
        `cannot read --config ${sources.configFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      );
    });
    return {
      test: parseAbDefinition(text, sources.configFile, testId, { mode: 'sequential' }),
      source: sources.configFile,
      stored: false,
    };
  }
  if (sources.repoDir) {
    const file = path.join(sources.repoDir, CONFIG_PATH);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) {
      try {
        return {
          test: parseAbDefinition(text, CONFIG_PATH, testId, { mode: 'sequential' }),
          source: CONFIG_PATH,
          stored: false,
        };
      } catch (error) {
        // The repository's config may simply not define this test; any other problem is the user's to fix.
        if (!(error instanceof AbError) || !/has no test|defines no A\/B test/.test(error.message)) throw error;
      }
    }
  }
  return {
    test: defaultProxyTest(testId, sources.shadow),
    source: "the proxy's default metrics (no definition in --config, .github/mcpver.yml or the state branch)",
    stored: false,
  };
}
