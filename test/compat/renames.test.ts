// Renames need evidence beyond the shape: a big release swaps unrelated booleans of one shape, and
// pairing them would make a migration pull request change what a dependent's calls do. True renames
// (a case change, the same description, a note naming the old name) are still found, with evidence.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { matchRenames, RENAME_THRESHOLD } from '../../src/compat/schema/renames.ts';
import type { Change } from '../../src/compat/types.ts';
import { emptySnapshot, type McpTool, type Snapshot } from '../../src/surface/types.ts';
import { bigReleaseNew, bigReleaseOld } from '../fixtures/big-release.ts';
import { snapshotOf } from '../typescript/helpers.ts';

const renames = (changes: Change[]) =>
  changes.filter((c) => c.migration).map((c) => `${c.migration!.from} → ${c.migration!.to}`);

function withTools(...tools: McpTool[]): Snapshot {
  return {
    ...emptySnapshot(),
    mcp: { capabilities: { tools: {} }, tools, prompts: [], resources: [], resourceTemplates: [] },
  };
}

describe('a big release with unrelated same-shape booleans and true renames', () => {
  const changes = diffSnapshots(bigReleaseOld(), bigReleaseNew());

  it('renames only what has evidence: a case change and a tool with the same description', () => {
    expect(renames(changes).sort()).toEqual(['page_size → pageSize', 'viewer_go_up → viewer_navigate_up']);
  });

  it('never pairs skipHidden with skipDuplicates nor followLinks with followMounts', () => {
    expect(changes.filter((c) => c.rule === 'input-property-renamed').map((c) => c.subject)).toEqual([
      'tool:find_documents.input',
    ]);
    const removed = changes
      .filter((c) => c.rule === 'input-property-removed' && c.item === 'tool:index_folder')
      .map((c) => c.subject)
      .sort();
    expect(removed).toEqual([
      'tool:index_folder.input.followLinks',
      'tool:index_folder.input.maxLevels',
      'tool:index_folder.input.skipHidden',
    ]);
    const added = changes
      .filter((c) => c.rule === 'input-optional-property-added' && c.item === 'tool:index_folder')
      .map((c) => c.subject);
    expect(added).toContain('tool:index_folder.input.skipDuplicates');
    expect(added).toContain('tool:index_folder.input.followMounts');
  });

  it('says "possibly a rename" on the removal, with its evidence and that nothing is renamed automatically', () => {
    const skip = changes.find((c) => c.subject === 'tool:index_folder.input.skipHidden')!;
    expect(skip.migration).toBeUndefined();
    expect(skip.flag).toContain(
      'Possibly a rename: property "skipDuplicates" was added with the same shape (the names share only "skip")',
    );
    expect(skip.flag).toContain('nothing is renamed automatically');
  });

  it('carries the evidence of every automatic migration', () => {
    const up = changes.find((c) => c.rule === 'tool-renamed')!;
    expect(up.migration!.evidence).toBe(
      'the same input schema; the names share "viewer", "up" (viewer_go_up / viewer_navigate_up); the same description',
    );
    const pageSize = changes.find((c) => c.rule === 'input-property-renamed')!;
    expect(pageSize.migration!.evidence).toBe(
      'the same schema; the names differ only in case, separators or a plural (page_size / pageSize); the same description',
    );
  });

  it('gives the closed object a witness that fails at that object, not at a sibling that gained a format', () => {
    const closed = changes.find((c) => c.rule === 'input-object-closed')!;
    expect(closed.witness).toEqual({
      kind: 'json',
      value: { address: 'https://example.com/', region: { mcpverExtra: 'x' } },
      error: '"region" has property "mcpverExtra", which is not allowed',
    });
  });
});

describe('rename evidence', () => {
  const sameShape = () => true;

  it('refuses a pair whose names differ by opposite words, however alike the descriptions', () => {
    const open = withTools({
      name: 'list_open_issues',
      description: 'List the open issues of a repository.',
      inputSchema: { type: 'object', properties: { repo: { type: 'string' } } },
    });
    const closed = withTools({
      name: 'list_closed_issues',
      description: 'List the closed issues of a repository.',
      inputSchema: { type: 'object', properties: { repo: { type: 'string' } } },
    });
    const changes = diffSnapshots(open, closed);
    expect(changes.map((c) => c.rule).sort()).toEqual(['tool-added', 'tool-removed']);
    expect(changes.find((c) => c.rule === 'tool-removed')!.flag).toContain(
      'but the names differ by opposites, "open" and "closed"',
    );
  });

  it('takes a note that names the old name as evidence ("formerly q")', () => {
    const match = matchRenames(
      [{ name: 'q' }],
      [{ name: 'text', description: 'The text to find (formerly q).' }],
      sameShape,
    );
    expect(match.renames).toEqual([{ from: 'q', to: 'text', evidence: ['the description of text names q'] }]);
  });

  it('leaves a pair that two candidates share to a person', () => {
    const match = matchRenames([{ name: 'max_results' }], [{ name: 'maxResults' }, { name: 'max-results' }], sameShape);
    expect(match.renames).toEqual([]);
    expect(match.possible.map((p) => p.to)).toEqual(['max-results', 'maxResults']);
  });

  it(`needs ${RENAME_THRESHOLD} points: a unique specific shape and a shared word are not enough`, () => {
    const match = matchRenames([{ name: 'enableLogging' }], [{ name: 'configureLogging' }], sameShape, () => true);
    expect(match.renames).toEqual([]);
    expect(match.possible).toEqual([
      {
        from: 'enableLogging',
        to: 'configureLogging',
        evidence: ['the names share only "logging"', 'the only removed and added pair of this shape'],
      },
    ]);
  });

  it('renames a prompt argument only with evidence', () => {
    const prompt = (args: string[]) => ({
      ...emptySnapshot(),
      mcp: {
        capabilities: { prompts: {} },
        tools: [],
        prompts: [{ name: 'brief', arguments: args.map((name) => ({ name, description: `The ${name}.` })) }],
        resources: [],
        resourceTemplates: [],
      },
    });
    expect(renames(diffSnapshots(prompt(['max_words']), prompt(['maxWords'])))).toEqual(['max_words → maxWords']);
    const unrelated = diffSnapshots(prompt(['topic']), prompt(['audience']));
    expect(renames(unrelated)).toEqual([]);
    expect(unrelated.map((c) => c.rule).sort()).toEqual(['prompt-argument-removed', 'prompt-optional-argument-added']);
  });
});

describe('exported TypeScript declarations', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpver-renames-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const pkg = (version: string, dts: string) => {
    const dir = path.join(root, String(n++));
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lib', version, types: 'index.d.ts' }));
    writeFileSync(path.join(dir, 'index.d.ts'), dts);
    return snapshotOf(dir);
  };

  it('does not rename enableLogging to disableLogging though their signatures are the same', () => {
    const changes = diffSnapshots(
      pkg('1.0.0', 'export declare function enableLogging(level: string): void;\n'),
      pkg('1.1.0', 'export declare function disableLogging(level: string): void;\n'),
    );
    expect(changes.map((c) => c.rule).sort()).toEqual(['ts-export-added', 'ts-export-removed']);
    expect(changes.find((c) => c.rule === 'ts-export-removed')!.flag).toContain(
      'Possibly a rename: export "disableLogging"',
    );
  });

  it('renames an export whose doc comment is the same, and says so', () => {
    const doc = '/** Opens a session with the server. */\n';
    const changes = diffSnapshots(
      pkg('1.0.0', `${doc}export declare function connect(url: string): void;\n`),
      pkg('1.1.0', `${doc}export declare function openSession(url: string): void;\n`),
    );
    expect(changes.map((c) => c.rule)).toEqual(['ts-export-renamed']);
    expect(changes[0]!.migration!.evidence).toBe(
      'the same declaration; the same description; the only removed and added pair of this shape',
    );
  });
});
