// The sticky A/B comment, snapshot-tested so that a change to what people read shows in review.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents } from '../../src/ab/analysis/input.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { abCommentMarker, COMMENT_BODY_LIMIT, renderAbComment } from '../../src/render/ab-comment.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/ab');

function analyse(events: string, definition: unknown) {
  const test = defineAbTest(definition);
  const parsed = parseEvents(readFileSync(path.join(dir, events), 'utf8'), { test });
  return analyzeAbTest(test, { ...inputFromEvents(parsed.events), rejected: parsed.rejectedCount });
}

const release = {
  id: 'search-1-5',
  name: 'search 1.5 against 1.4',
  versions: { A: '1.4.0', B: '1.5.0' },
  metrics: [
    { name: 'accuracy', kind: 'mean', better: 'higher', role: 'primary' },
    { name: 'response_time', kind: 'mean', better: 'lower', role: 'secondary', latency: true },
    { name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail', margin: 0.01, 'hard-limit': 0.1 },
  ],
};

describe('the A/B analysis comment', () => {
  it('shows health, the metric table, the recommendation, the chart and the JSON for a healthy release', () => {
    const result = analyse('release.ndjson', release);
    const body = renderAbComment(result);
    expect(body.startsWith(abCommentMarker('search-1-5'))).toBe(true);
    const json = JSON.parse(body.split('```json\n')[1]!.split('\n```')[0]!);
    expect(json.metrics.map((m: { name: string; pValue: number }) => [m.name, m.pValue])).toEqual(result.metrics.map((m) => [m.name, m.pValue]));
    expect(body).toMatchSnapshot();
  });

  it('puts the auto-stop rule and the rollback first when a guardrail degrades', () => {
    const body = renderAbComment(analyse('reference/binary.ndjson', { id: 'errors', versions: { A: '2.0.0', B: '2.1.0' }, metrics: [{ name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' }] }));
    expect(body).toContain('⛔ Stop and roll back B');
    expect(body).toContain('/mcpver rollback');
    expect(body).toContain('> New sessions of `mcpver ab proxy` go to A (the control) from now on');
    expect(body).toMatchSnapshot();
  });

  it('says nothing of where sessions go when the analysis is of a file, with no stored test', () => {
    const body = renderAbComment(analyse('reference/binary.ndjson', { id: 'errors', metrics: [{ name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' }] }), { stateless: true });
    expect(body).toContain('⛔ Stop and roll back B');
    expect(body).not.toContain('mcpver ab proxy');
  });

  it('flags a sample-ratio mismatch and declares no winner', () => {
    const body = renderAbComment(analyse('reference/srm.ndjson', { id: 'srm', metrics: [{ name: 'response_time', kind: 'mean', better: 'lower', role: 'primary' }] }));
    expect(body).toContain('❌ mismatch');
    expect(body).toMatchSnapshot();
  });

  it('shows a paired analysis, and an advice paragraph apart from the numbers', () => {
    const definition = JSON.parse(readFileSync(path.join(dir, 'reference/paired.json'), 'utf8'));
    const body = renderAbComment(analyse('reference/paired.ndjson', definition), { advice: 'B answers more items correctly; check the two items it now fails.' });
    expect(body).toContain('### Advice (AI, not part of the analysis)');
    expect(body).toMatchSnapshot();
  });

  it('stays under GitHub\'s 65,536-character limit by leaving out the JSON, and says where to get it', () => {
    const names = Array.from({ length: 80 }, (_, i) => `metric_${i}`);
    const test = defineAbTest({ id: 'wide', metrics: names.map((name) => ({ name, kind: 'mean' })) });
    const events = names.flatMap((metric, k) => ['A', 'B'].flatMap((variant) => Array.from({ length: 10 }, (_, i) => ({ variant: variant as 'A' | 'B', metric, value: i + k + (variant === 'B' ? 0.5 : 0) }))));
    const body = renderAbComment(analyzeAbTest(test, inputFromEvents(events)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body).not.toContain('```json');
    expect(body).toContain('run `mcpver ab analyze --test wide --json`');
    expect(body).toContain('| `metric_79` |');
  });
});
