// Events a proxy could not record before it had to exit (an MCP client gives its server about two
// seconds after closing stdin, then SIGTERM, then SIGKILL): written to a file in the user's cache
// folder, and picked up and recorded by the next proxy of the same test and store.

import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProxyEvent } from './proxy-event.ts';

/** Write `events` to a new file in `dir` (synchronously: this runs in the proxy's last moments). */
export function writeSpool(dir: string, events: ProxyEvent[]): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${process.pid}-${randomUUID().slice(0, 8)}.ndjson`);
  // Written under another name and renamed, so that a reader never takes half a file.
  writeFileSync(`${file}.tmp`, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  renameSync(`${file}.tmp`, file);
  return file;
}

/**
 * Take every spooled file of `dir`: each is claimed by a rename (so two proxies starting together
 * never both take it), read, and removed. Lines that do not parse are skipped and counted.
 */
export function adoptSpool(dir: string): { events: ProxyEvent[]; files: number; unreadable: number } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.ndjson'));
  } catch {
    return { events: [], files: 0, unreadable: 0 };
  }
  const events: ProxyEvent[] = [];
  let files = 0;
  let unreadable = 0;
  for (const name of names) {
    const claimed = path.join(dir, `${name}.${process.pid}.claimed`);
    try {
      renameSync(path.join(dir, name), claimed);
    } catch {
      continue; // another proxy took it first
    }
    files++;
    for (const line of readFileSync(claimed, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        events.push(JSON.parse(line) as ProxyEvent);
      } catch {
        unreadable++;
      }
    }
    rmSync(claimed, { force: true });
  }
  return { events, files, unreadable };
}
