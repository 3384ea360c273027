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
    expect(rollbackTitle(record)).toBe('Roll back to @acme/weather-mcp 1.2.0 (mcpver rollback point acme-weather-mcp-v1.2.0-0123456789ab)');
  });
});

describe('the rollback tag message', () => {
  it('round-trips the metadata a person reads in git show', () => {
    const message = formatTagMessage(record);
    expect(message.split('\n')[0]).toBe(`mcpver rollback point ${record.id}`);
    const { tag: _tag, ...metadata } = record;
    expect(parseTagMessage(record.tag, message)).toEqual(metadata);
  });

  it('refuses a message that is not one of mcpver\'s, naming the tag and what is missing', () => {
    expect(() => parseTagMessage('mcpver/rollback/x', 'release notes\n\ncommit: abc\n')).toThrow(
      'The tag mcpver/rollback/x is not a rollback point: its message lacks id, tree, created, reason.',
    );
  });
});
