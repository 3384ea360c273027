// The published reference servers at two versions, started over stdio, snapshotted and diffed: the
// changes mcpver reports are the ones their tool lists really show (read from the listings).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { requiredBump } from '../../src/compat/report.ts';
import type { Change } from '../../src/compat/types.ts';
import { runtimeSnapshot } from './runtime.ts';

const byRule = (changes: Change[], rule: string) => changes.filter((c) => c.rule === rule);

describe('server-memory 2025.4.25 → 2026.8.31', () => {
  let changes: Change[];
  beforeAll(async () => {
    changes = diffSnapshots(await runtimeSnapshot('memory-2025-04'), await runtimeSnapshot('memory-2026-08'));
  });

  it('requires a minor release: output schemas, a resource and capabilities were added, nothing taken away', () => {
    expect(requiredBump(changes)).toBe('minor');
    expect(changes.filter((c) => c.level === 'major')).toEqual([]);
    expect(
      byRule(changes, 'output-schema-added')
        .map((c) => c.item)
        .sort(),
    ).toEqual(
      [
        'add_observations',
        'create_entities',
        'create_relations',
        'delete_entities',
        'delete_observations',
        'delete_relations',
        'open_nodes',
        'read_graph',
        'search_nodes',
      ].map((n) => `tool:${n}`),
    );
    expect(byRule(changes, 'resource-added').map((c) => c.item)).toEqual(['resource:memory://knowledge-graph']);
  });

  it('does not call the added "$schema" of every input schema a change', () => {
    expect(changes.filter((c) => c.rule.startsWith('input-'))).toEqual([]);
  });

  it('reads hints made explicit with safer values as patch-level annotation changes, not weakenings', () => {
    expect(byRule(changes, 'tool-annotation-weakened')).toEqual([]);
    const readGraph = byRule(changes, 'tool-annotation-changed')
      .filter((c) => c.item === 'tool:read_graph')
      .map((c) => c.subject)
      .sort();
    // readOnlyHint absent (false) → true, destructiveHint absent (true) → false, idempotentHint → true, openWorldHint absent (true) → false.
    expect(readGraph).toEqual(
      ['destructiveHint', 'idempotentHint', 'openWorldHint', 'readOnlyHint'].map(
        (h) => `tool:read_graph.annotations.${h}`,
      ),
    );
  });
});

describe('server-everything 2025.1.14 → 2026.8.31', () => {
  let changes: Change[];
  beforeAll(async () => {
    changes = diffSnapshots(
      await runtimeSnapshot('everything-2025-01'),
      await runtimeSnapshot('everything-2026-08', 'stdio'),
    );
  });

  it('reports the camelCase → kebab-case tool renames as renames with migration hints', () => {
    expect(byRule(changes, 'tool-renamed').map((c) => c.migration)).toEqual([
      {
        kind: 'rename-tool',
        from: 'add',
        to: 'get-sum',
        description: 'Call "get-sum" where "add" was called.',
        evidence:
          'the same input schema; similar descriptions (57% of words shared); the only removed and added pair of this shape',
      },
      {
        kind: 'rename-tool',
        from: 'getTinyImage',
        to: 'get-tiny-image',
        description: 'Call "get-tiny-image" where "getTinyImage" was called.',
        evidence:
          'the same input schema; the names differ only in case, separators or a plural (getTinyImage / get-tiny-image); nearly the same description (89% of words shared)',
      },
      {
        kind: 'rename-tool',
        from: 'longRunningOperation',
        to: 'trigger-long-running-operation',
        description: 'Call "trigger-long-running-operation" where "longRunningOperation" was called.',
        evidence:
          'the same input schema; the names share "long", "running", "operation" (longRunningOperation / trigger-long-running-operation); the same description; the only removed and added pair of this shape',
      },
      {
        kind: 'rename-tool',
        from: 'printEnv',
        to: 'get-env',
        description: 'Call "get-env" where "printEnv" was called.',
        evidence:
          'the same input schema; the names share only "env"; nearly the same description (89% of words shared)',
      },
    ]);
  });

  it('reports a renamed tool once: neither removed nor added', () => {
    const removed = byRule(changes, 'tool-removed').map((c) => c.item);
    const added = byRule(changes, 'tool-added').map((c) => c.item);
    expect(removed).toEqual(['tool:sampleLLM']);
    for (const renamed of ['get-sum', 'get-tiny-image', 'trigger-long-running-operation', 'get-env'])
      expect(added).not.toContain(`tool:${renamed}`);
  });

  it('sees simple_prompt renamed and complex_prompt (temperature, style) removed', () => {
    expect(byRule(changes, 'prompt-renamed').map((c) => [c.before, c.after])).toEqual([
      ['simple_prompt', 'simple-prompt'],
    ]);
    expect(byRule(changes, 'prompt-removed').map((c) => c.item)).toEqual(['prompt:complex_prompt']);
  });

  it('finds every old input schema still accepting its calls: the objects were only opened', () => {
    const inputs = changes.filter((c) => c.rule.startsWith('input-'));
    expect(inputs.every((c) => c.level !== 'major')).toBe(true);
    expect(
      byRule(changes, 'input-object-opened')
        .map((c) => c.item)
        .sort(),
    ).toEqual(
      ['echo', 'get-env', 'get-sum', 'get-tiny-image', 'trigger-long-running-operation'].map((n) => `tool:${n}`),
    );
  });

  it('requires a major release', () => {
    expect(requiredBump(changes)).toBe('major');
  });
});

describe('server-filesystem 2025.3.28 → 2026.8.31', () => {
  let changes: Change[];
  beforeAll(async () => {
    const allowed = mkdtempSync(path.join(tmpdir(), 'mcpver-fs-allowed-'));
    try {
      changes = diffSnapshots(
        await runtimeSnapshot('filesystem-2025-03', allowed),
        await runtimeSnapshot('filesystem-2026-08', allowed),
      );
    } finally {
      rmSync(allowed, { recursive: true, force: true });
    }
  });

  it('finds the one breaking schema change: read_multiple_files now needs at least one path, proven by a call', () => {
    const majors = changes.filter((c) => c.level === 'major');
    expect(majors.map((c) => `${c.rule} ${c.subject}`)).toEqual([
      'input-constraint-tightened tool:read_multiple_files.input.paths',
    ]);
    expect(majors[0]!.witness).toEqual({
      kind: 'json',
      value: { paths: [] },
      error: '"paths" must NOT have fewer than 1 items',
    });
    expect(requiredBump(changes)).toBe('major');
  });

  it('sees read_file deprecated in favour of the added read_text_file, and the new tools and arguments as minor', () => {
    expect(byRule(changes, 'tool-deprecated').map((c) => c.item)).toEqual(['tool:read_file']);
    expect(byRule(changes, 'tool-added').map((c) => c.item)).toEqual([
      'tool:list_directory_with_sizes',
      'tool:read_media_file',
      'tool:read_text_file',
    ]);
    expect(
      byRule(changes, 'input-optional-property-added')
        .map((c) => c.subject)
        .sort(),
    ).toEqual(['tool:directory_tree.input.excludePatterns', 'tool:read_file.input.head', 'tool:read_file.input.tail']);
    expect(byRule(changes, 'tool-removed')).toEqual([]);
  });
});
