import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { partReaders } from '../../src/surface/readers.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import { ROOT } from '../helpers/cli.ts';

const v1 = path.join(ROOT, 'examples/server-v1');
const v2 = path.join(ROOT, 'examples/server-v2');
const command = 'node --import tsx src/index.ts';

describe('the parts a snapshot reads, by the package settings', () => {
  it('reads the MCP surface from source in static mode, with locations', async () => {
    const snapshot = await takeSnapshot({ dir: v1, extraParts: partReaders({ surface: 'static', typescript: false }) });
    expect(snapshot.provenance.mcp).toBe('static');
    expect(snapshot.mcp?.tools.map((t) => t.name)).toContain('delete_note');
    expect(snapshot.mcp?.locations?.['tool:delete_note']).toMatchObject({
      file: 'src/index.ts',
      line: expect.any(Number),
    });
  });

  it('in auto mode with a command, keeps the running server as the truth and takes source locations from the sources', async () => {
    const snapshotOf = (dir: string) =>
      takeSnapshot({ dir, command, extraParts: partReaders({ surface: 'auto', typescript: false, command }) });
    const [old, next] = await Promise.all([snapshotOf(v1), snapshotOf(v2)]);
    expect(old.provenance.mcp).toBe('runtime');
    const removed = diffSnapshots(old, next).find((c) => c.rule === 'tool-removed');
    expect(removed?.location).toEqual(old.mcp?.locations?.['tool:delete_note']);
    expect(removed?.location?.file).toBe('src/index.ts');
  });

  it('in runtime mode reads nothing from source', async () => {
    const snapshot = await takeSnapshot({
      dir: v1,
      command,
      extraParts: partReaders({ surface: 'runtime', typescript: false, command }),
    });
    expect(snapshot.mcp?.locations ?? {}).toEqual({});
  });
});
