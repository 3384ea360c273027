import { describe, expect, it } from 'vitest';
import { formatTagMessage, parseTagMessage } from '../../src/rollback/metadata.ts';
import { renderRollbackBody, rollbackTitle } from '../../src/render/rollback-body.ts';
import { readRollbackMarker } from '../../src/github/markers.ts';
import type { RollbackRecord } from '../../src/rollback/types.ts';
import { weatherReport } from '../migrate/helpers.ts';

const record: RollbackRecord = {
  id: 'acme-weather-mcp-v1.2.0-0123456789ab',
  tag: 'mcpver/rollback/acme-weather-mcp-v1.2.0-0123456789ab',
  package: '@acme/weather-mcp',
  version: '1.2.0',
  commit: '0123456789abcdef0123456789abcdef01234567',
  tree: 'fedcba9876543210fedcba9876543210fedcba98',
  created: '2026-11-01T08:00:00.000Z',
  expires: '2027-04-30T08:00:00.000Z',
  reason: 'release',
  note: 'release v1.2.0',
};

describe('the rollback pull request', () => {
  it('names the point, says it was verified, lists what changes back and what is undone', async () => {
    const body = renderRollbackBody({
      record,
      baseBranch: 'main',
      head: '89abcdef0123456789abcdef0123456789abcdef',
      changedFiles: ['M index.d.ts', 'M package.json', 'D extra.js'],
      report: weatherReport(),
      requestedBy: 'alice',
    });
    await expect(body).toMatchFileSnapshot('__snapshots__/rollback-body.md');
    expect(readRollbackMarker(body)).toEqual({ point: record.id });
    // A scoped name is never left where GitHub would read `@acme` as a mention.
    expect(body).not.toMatch(/(^|[^`])@acme/m);
    expect(rollbackTitle(record)).toBe(
      'Roll back to @acme/weather-mcp 1.2.0 (mcpver rollback point acme-weather-mcp-v1.2.0-0123456789ab)',
    );
  });
});

describe('the version to publish', () => {
  const input = {
    record,
    baseBranch: 'main',
    head: '89abcdef0123456789abcdef0123456789abcdef',
    changedFiles: ['M package.json'],
    requestedBy: 'alice',
  };

  it('says which version this pull request sets and why, and what clients who adapted to the undone release lose', async () => {
    const body = renderRollbackBody({
      ...input,
      report: weatherReport(),
      publish: {
        kind: 'set',
        manifest: 'package.json',
        name: '@acme/weather-mcp',
        restored: '1.2.0',
        version: '2.0.2',
        highestPublished: '2.0.1',
        highest: '2.0.1',
      },
    });
    expect(body).toContain(
      'This pull request sets `version` in `package.json` to **`2.0.2`**: one patch above `2.0.1`, the highest version of `@acme/weather-mcp` on the npm registry.',
    );
    expect(body).toContain(
      'Clients that already adapted to `2.0.0` (what it renamed, removed or changed) lose it on `2.0.2`',
    );
    expect(body).toContain('publish `3.0.0` instead.');
    await expect(body).toMatchFileSnapshot('__snapshots__/rollback-body-publish.md');
  });

  it('warns when the registry could not be asked, and when there is no version to set', () => {
    const unasked = renderRollbackBody({
      ...input,
      publish: {
        kind: 'set',
        manifest: 'package.json',
        name: 'x',
        restored: '1.2.0',
        version: '2.0.1',
        highestPublished: null,
        highest: '2.0.0',
        registryProblem: 'npm view x versions failed: ETIMEDOUT',
      },
    });
    expect(unasked).toContain(
      '> The npm registry could not be asked (npm view x versions failed: ETIMEDOUT), so the version rests on what the repository knows: check `npm view x versions` before publishing.',
    );
    const none = renderRollbackBody({
      ...input,
      publish: { kind: 'unknown', manifest: 'package.json', why: 'the rollback point has no package.json' },
    });
    expect(none).toContain('> mcpver could not set the version to publish: the rollback point has no package.json.');
  });
});

describe('the rollback tag message', () => {
  it('round-trips the metadata a person reads in git show', () => {
    const message = formatTagMessage(record);
    expect(message.split('\n')[0]).toBe(`mcpver rollback point ${record.id}`);
    const { tag: _tag, ...metadata } = record;
    expect(parseTagMessage(record.tag, message)).toEqual(metadata);
  });

  it("refuses a message that is not one of mcpver's, naming the tag and what is missing", () => {
    expect(() => parseTagMessage('mcpver/rollback/x', 'release notes\n\ncommit: abc\n')).toThrow(
      'The tag mcpver/rollback/x is not a rollback point: its message lacks id, tree, created, reason.',
    );
  });
});
