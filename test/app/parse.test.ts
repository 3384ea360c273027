import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../app/commands/parse.ts';

describe('reading a slash command from a comment', () => {
  it('takes the command and its arguments from the first line only', () => {
    expect(parseCommand('/mcpver migrate 2.0.0 --dry-run\n/mcpver rollback')).toEqual({
      name: 'migrate',
      args: ['2.0.0', '--dry-run'],
      line: '/mcpver migrate 2.0.0 --dry-run',
    });
  });

  it('keeps quoted words together', () => {
    expect(parseCommand('/mcpver ab stop latency "error rate too high"')?.args).toEqual([
      'stop',
      'latency',
      'error rate too high',
    ]);
  });

  it('ignores comments that do not start with /mcpver as a word', () => {
    expect(parseCommand('please /mcpver help')).toBeNull();
    expect(parseCommand('/mcpverhelp')).toBeNull();
    expect(parseCommand('\n/mcpver help')).toBeNull();
    expect(parseCommand(null)).toBeNull();
  });

  it('reads a bare /mcpver as a command with no name (answered with the help)', () => {
    expect(parseCommand('/mcpver  ')).toEqual({ name: null, args: [], line: '/mcpver' });
  });
});
