// Reading a test definition from a file's text: either a definition on its own (YAML or JSON) or
// a whole `.github/mcpver.yml` whose `ab.tests` holds it (chosen by id when there are several).

import { parseDocument } from 'yaml';
import { toJs, validateConfig } from '../config.ts';
import { AbError, defineAbTest, type AbTest, type AbTestDefaults } from './test.ts';

/** Keys that only a whole mcpver.yml has at its top level. */
const CONFIG_KEYS = ['ab', 'packages', 'policy', 'state', 'rollback', 'migrate', 'comments', 'watch', 'ai'];

export function parseAbDefinition(text: string, file: string, testId?: string, defaults: AbTestDefaults = {}): AbTest {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0)
    throw new AbError(`${file}: not valid YAML or JSON: ${document.errors[0]!.message.split('\n')[0]}`);
  const raw = toJs(document, file, (message) => new AbError(message));
  if (
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    !('metrics' in raw) &&
    CONFIG_KEYS.some((k) => k in raw)
  ) {
    const config = validateConfig(raw, file);
    const tests = config.ab.tests;
    if (tests.length === 0) throw new AbError(`${file}: ab.tests defines no A/B test.`);
    const chosen = testId ? tests.find((t) => t.id === testId) : tests.length === 1 ? tests[0] : undefined;
    if (!chosen) {
      const ids = tests.map((t) => String(t.id)).join(', ');
      throw new AbError(
        testId
          ? `${file}: ab.tests has no test "${testId}" (it has ${ids}).`
          : `${file}: ab.tests has several tests (${ids}): choose one with --test ID.`,
      );
    }
    return defineAbTest(chosen, `${file} (ab.tests, id ${String(chosen.id)})`, {
      ...defaults,
      confidence: config.ab.confidence,
      minSampleSize: config.ab.minSampleSize,
    });
  }
  const test = defineAbTest(raw, file, defaults);
  if (testId && test.id !== testId) throw new AbError(`${file} defines test "${test.id}", not "${testId}".`);
  return test;
}
