// The unit of assignment when none is given: an id kept per client installation in the user's
// cache folder (so a machine sticks to one version across sessions), else one per session.

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type UnitSource = 'flag' | 'header' | 'installation' | 'session';

export interface ResolvedUnit {
  unit: string;
  source: UnitSource;
  /** Why the installation id could not be used, when the unit fell back to the session. */
  note?: string;
}

export const INSTALLATION_ID_FILE = 'installation-id';
const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The installation id in `cacheDir` (created on first use, with `wx` so that two proxies starting
 * together agree on one id), or the session's own id when the folder cannot be read or written.
 */
export async function installationUnit(cacheDir: string | undefined): Promise<ResolvedUnit> {
  if (!cacheDir) return { unit: sessionUnit(), source: 'session', note: 'no cache folder is known' };
  const file = path.join(cacheDir, INSTALLATION_ID_FILE);
  try {
    await mkdir(cacheDir, { recursive: true });
    try {
      await writeFile(file, `${randomUUID()}\n`, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const id = (await readFile(file, 'utf8')).trim();
    if (!VALID_ID.test(id))
      return {
        unit: sessionUnit(),
        source: 'session',
        note: `${file} does not hold an id (delete it to make a new one)`,
      };
    return { unit: id, source: 'installation' };
  } catch (error) {
    return { unit: sessionUnit(), source: 'session', note: `${file} could not be used: ${(error as Error).message}` };
  }
}

export function sessionUnit(): string {
  return `session-${randomUUID()}`;
}
