// The steps every face runs on a stored test: analyse it from the state branch, remember the hard
// limits' debounce, and apply auto-stop (the test stops, and says which rule fired).

import type { StateStore } from '../state/types.ts';
import { analyzeAbTest } from './analysis/index.ts';
import type { AnalysisResult } from './analysis/types.ts';
import { loadAnalysisInput, readAbTest, saveGuardState, setAbTestStatus } from './store.ts';
import type { AbTest } from './test.ts';

export interface StoredAnalysis {
  test: AbTest;
  result: AnalysisResult;
  /** True when this analysis stopped a running test. */
  stopped: boolean;
}

export async function analyzeStoredTest(store: StateStore, id: string, actor?: string): Promise<StoredAnalysis> {
  const test = await readAbTest(store, id);
  const input = await loadAnalysisInput(store, test);
  const result = analyzeAbTest(test, input);
  if (test.status !== 'running') return { test, result, stopped: false };
  const before = JSON.stringify(input.hardLimitFailures ?? {});
  if (result.autoStop.stop) {
    const reason = `auto-stop: ${result.autoStop.rules.map((r) => `${r.rule}${r.metric ? ` (${r.metric})` : ''}`).join(', ')}`;
    const next = await setAbTestStatus(store, id, 'stopped', reason, actor, result.hardLimitFailures);
    return { test: next.result, result, stopped: true };
  }
  if (JSON.stringify(result.hardLimitFailures) !== before)
    await saveGuardState(store, id, result.hardLimitFailures, actor);
  return { test, result, stopped: false };
}
