// One test per MCP contract rule: the rule alone, on its own smallest fixture pair, reports the
// expected level at the expected place, with a verified witness or a migration hint where due.

import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { mcpContractRules } from '../../src/compat/rules/index.ts';
import type { Level, MigrationHint } from '../../src/compat/types.ts';
import { loadFixture } from './fixtures.ts';
import { readFileSync } from 'node:fs';

interface Expected {
  level: Level;
  subject: string;
  /** A witness value is expected (major input/output schema changes that a value can prove). */
  witness?: unknown;
  migration?: MigrationHint['kind'];
  drift?: boolean;
  flagged?: boolean;
}

const expected: Record<string, Expected> = {
  'input-required-property-added': { level: 'major', subject: 'tool:search.input.limit', witness: { query: 'a' } },
  'input-optional-property-added': { level: 'minor', subject: 'tool:search.input.limit' },
  'input-property-removed': { level: 'major', subject: 'tool:search.input.limit', witness: { query: 'a', limit: 0 } },
  'input-property-renamed': { level: 'major', subject: 'tool:search.input', migration: 'rename-property' },
  'input-property-became-required': { level: 'major', subject: 'tool:search.input.limit', witness: { query: 'a' } },
  'input-property-became-optional': { level: 'minor', subject: 'tool:search.input.limit' },
  'input-type-narrowed': { level: 'major', subject: 'tool:search.input.limit', witness: { query: 'a', limit: 0.5 } },
  'input-type-widened': { level: 'minor', subject: 'tool:search.input.limit' },
  'input-null-rejected': { level: 'major', subject: 'tool:search.input.query', witness: { query: null } },
  'input-null-accepted': { level: 'minor', subject: 'tool:search.input.query' },
  'input-enum-narrowed': {
    level: 'major',
    subject: 'tool:search.input.sort',
    witness: { query: 'a', sort: 'relevance' },
  },
  'input-enum-widened': { level: 'minor', subject: 'tool:search.input.sort' },
  'input-constraint-tightened': {
    level: 'major',
    subject: 'tool:search.input.limit',
    witness: { query: 'a', limit: 100 },
  },
  'input-constraint-loosened': { level: 'minor', subject: 'tool:search.input.query' },
  'input-pattern-tightened': { level: 'major', subject: 'tool:search.input.query', witness: { query: '' } },
  'input-pattern-loosened': { level: 'minor', subject: 'tool:search.input.query' },
  'input-format-changed': { level: 'patch', subject: 'tool:search.input.since', flagged: true },
  'input-object-closed': { level: 'major', subject: 'tool:search.input', witness: { query: 'a', mcpverExtra: 'x' } },
  'input-object-opened': { level: 'patch', subject: 'tool:search.input' },
  'input-alternative-removed': { level: 'major', subject: 'tool:search.input.id', witness: { query: 'a', id: 0 } },
  'input-alternative-added': { level: 'minor', subject: 'tool:search.input.id', flagged: true },
  'input-all-of-added': { level: 'major', subject: 'tool:search.input', witness: { query: 'aaaa' } },
  'input-all-of-removed': { level: 'minor', subject: 'tool:search.input' },
  'input-condition-added': { level: 'major', subject: 'tool:search.input', witness: { query: 'a', page: 0 } },
  'input-condition-removed': { level: 'minor', subject: 'tool:search.input' },
  'input-default-changed': { level: 'patch', subject: 'tool:search.input.limit', flagged: true },
  'input-schema-description-changed': { level: 'patch', subject: 'tool:search.input.query', drift: true },
  'input-unknown-keyword-changed': { level: 'patch', subject: 'tool:search.input.query', flagged: true },
  'output-property-removed': { level: 'major', subject: 'tool:search.output.total', witness: {} },
  'output-property-renamed': { level: 'major', subject: 'tool:search.output', migration: 'rename-property' },
  'output-property-became-optional': { level: 'major', subject: 'tool:search.output.next', witness: { total: 0 } },
  'output-became-nullable': { level: 'major', subject: 'tool:search.output.total', witness: { total: null } },
  'output-property-added': { level: 'minor', subject: 'tool:search.output.took', flagged: true },
  'output-property-became-required': { level: 'minor', subject: 'tool:search.output.next' },
  'output-type-widened': { level: 'major', subject: 'tool:search.output.total', witness: { total: 'a' } },
  'output-type-narrowed': { level: 'minor', subject: 'tool:search.output.total' },
  'output-enum-widened': { level: 'major', subject: 'tool:search.output.status', witness: { status: 'timeout' } },
  'output-enum-narrowed': { level: 'minor', subject: 'tool:search.output.status' },
  'output-constraint-loosened': { level: 'major', subject: 'tool:search.output.total', witness: { total: -1 } },
  'output-constraint-tightened': { level: 'minor', subject: 'tool:search.output.total' },
  'output-alternative-added': { level: 'major', subject: 'tool:search.output.hit', witness: { hit: false } },
  'output-alternative-removed': { level: 'minor', subject: 'tool:search.output.hit' },
  'output-format-changed': { level: 'patch', subject: 'tool:search.output.at' },
  'output-schema-description-changed': { level: 'patch', subject: 'tool:search.output.total', drift: true },
  'output-unknown-keyword-changed': { level: 'patch', subject: 'tool:search.output.total', flagged: true },
  'output-schema-removed': { level: 'major', subject: 'tool:search.output', witness: {} },
  'output-schema-added': { level: 'minor', subject: 'tool:search.output' },
  'tool-renamed': { level: 'major', subject: 'tool:searchDocs', migration: 'rename-tool' },
  'prompt-renamed': { level: 'major', subject: 'prompt:summarize_text', migration: 'rename-prompt' },
  'tool-annotation-weakened': { level: 'minor', subject: 'tool:search.annotations.readOnlyHint', flagged: true },
  'tool-annotation-changed': { level: 'patch', subject: 'tool:search.annotations.readOnlyHint' },
  'tool-deprecated': { level: 'minor', subject: 'tool:search' },
  'input-property-deprecated': { level: 'minor', subject: 'tool:search.input.q' },
  'tool-description-changed': { level: 'patch', subject: 'tool:search.description', drift: true },
  'tool-title-changed': { level: 'patch', subject: 'tool:search.title' },
  'server-instructions-changed': { level: 'patch', subject: 'server.instructions', drift: true },
  'schema-invalid': { level: 'patch', subject: 'tool:search.input', flagged: true },
  'protocol-version-downgraded': { level: 'major', subject: 'server.protocolVersion' },
  'prompt-description-changed': { level: 'patch', subject: 'prompt:summarize.description', drift: true },
  'prompt-argument-removed': { level: 'major', subject: 'prompt:summarize.arguments.style' },
  'prompt-required-argument-added': {
    level: 'major',
    subject: 'prompt:summarize.arguments.language',
    witness: { text: 'a' },
  },
  'prompt-optional-argument-added': { level: 'minor', subject: 'prompt:summarize.arguments.language' },
  'prompt-argument-became-required': {
    level: 'major',
    subject: 'prompt:summarize.arguments.style',
    witness: { text: 'a' },
  },
  'prompt-argument-became-optional': { level: 'minor', subject: 'prompt:summarize.arguments.style' },
  'prompt-argument-renamed': {
    level: 'major',
    subject: 'prompt:summarize.arguments.max_words',
    migration: 'rename-argument',
  },
  'resource-description-changed': { level: 'patch', subject: 'resource:docs://readme.description', drift: true },
  'resource-mime-type-changed': { level: 'major', subject: 'resource:docs://readme.mimeType' },
  'resource-template-changed': { level: 'major', subject: 'resource-template:docs://pages/{id}' },
};

describe('MCP contract rules, each alone on its own fixture', () => {
  it('has an expectation for every rule in its registry section', () => {
    expect(mcpContractRules.map((r) => r.id).sort()).toEqual(Object.keys(expected).sort());
  });

  it('documents every rule, with its level and direction, in docs/mcp-rules.md', () => {
    const doc = readFileSync(new URL('../../docs/mcp-rules.md', import.meta.url), 'utf8');
    const missing = mcpContractRules
      .filter((r) => !doc.includes(`| \`${r.id}\` | ${r.level} | ${r.direction} |`))
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.each(mcpContractRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const want = expected[id]!;
    const fixture = loadFixture(id);
    const changes = diffSnapshots(fixture.old, fixture.new, { rules: [rule] });
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({ rule: id, level: want.level, subject: want.subject });
    expect(rule.level === 'major' || change!.level !== 'major').toBe(true);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.rationale.length).toBeGreaterThan(10);
    if (want.witness !== undefined) expect(change!.witness?.value).toEqual(want.witness);
    else expect(change!.witness).toBeUndefined();
    if (want.witness !== undefined) expect(change!.witness?.error).toMatch(/\S/);
    expect(change!.migration?.kind).toBe(want.migration);
    expect(change!.category === 'description-drift').toBe(Boolean(want.drift));
    expect(Boolean(change!.flag)).toBe(Boolean(want.flagged));
  });
});
