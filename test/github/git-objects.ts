// Git's object format, in process: loose objects (zlib of "<type> <size>\0<content>", named by their
// SHA-1) written into and read from the bare repository's objects/ folder. Git itself reads them
// (rev-list, merge-base, update-ref run on the same repository), so the SHAs are git's own; this
// only spares a process spawn per object, which the 1,000-transaction stress test cannot afford.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { BoundedCache } from '../../src/state/bounded-cache.ts';

export interface GitObject {
  type: string;
  content: Buffer;
}

export interface TreeEntry {
  mode: string;
  name: string;
  sha: string;
}

/** Objects kept in memory; older ones are read back from disk (the stress test writes thousands). */
const CACHE_ENTRIES = 4096;

export class LooseObjects {
  private readonly cache = new BoundedCache<GitObject>(CACHE_ENTRIES);
  private tmpCounter = 0;

  constructor(private readonly objectsDir: string) {}

  async write(type: string, content: Buffer): Promise<string> {
    const raw = Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]);
    const sha = createHash('sha1').update(raw).digest('hex');
    if (!this.cache.get(sha)) {
      const dir = path.join(this.objectsDir, sha.slice(0, 2));
      await mkdir(dir, { recursive: true });
      // Write then rename, as git does, so a concurrent reader never sees half an object.
      const tmp = path.join(dir, `tmp_${process.pid}_${++this.tmpCounter}`);
      await writeFile(tmp, deflateSync(raw));
      await rename(tmp, path.join(dir, sha.slice(2)));
      this.cache.set(sha, { type, content });
    }
    return sha;
  }

  /** A loose object, or null when there is none (objects written by git itself are loose too: nothing here packs). */
  async read(sha: string): Promise<GitObject | null> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return null;
    const cached = this.cache.get(sha);
    if (cached) return cached;
    let raw: Buffer;
    try {
      raw = inflateSync(await readFile(path.join(this.objectsDir, sha.slice(0, 2), sha.slice(2))));
    } catch {
      return null;
    }
    const nul = raw.indexOf(0);
    const [type] = raw.subarray(0, nul).toString('latin1').split(' ');
    const object = { type: type!, content: raw.subarray(nul + 1) };
    this.cache.set(sha, object);
    return object;
  }
}

export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let offset = 0;
  while (offset < content.length) {
    const space = content.indexOf(0x20, offset);
    const nul = content.indexOf(0, space);
    entries.push({
      mode: content.subarray(offset, space).toString('latin1'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      sha: content.subarray(nul + 1, nul + 21).toString('hex'),
    });
    offset = nul + 21;
  }
  return entries;
}

/** Git sorts tree entries by name, comparing a subtree's name as if it ended in "/". */
export function serializeTree(entries: TreeEntry[]): Buffer {
  const key = (e: TreeEntry) => Buffer.from(e.mode === '40000' ? `${e.name}/` : e.name, 'utf8');
  const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
  return Buffer.concat(
    sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`, 'utf8'), Buffer.from(e.sha, 'hex')]),
  );
}
