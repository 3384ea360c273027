#!/usr/bin/env node
// `npm run reader:revision`: write src/surface/reader-revision.ts's READER_REVISION, the digest of
// the readers' sources (see that file for why). `--check` prints the digest and exits 1 when the
// file is stale, without writing.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The folders whose code decides what a snapshot holds. */
export const READER_FOLDERS = ['src/surface', 'src/json-schema'];
export const REVISION_FILE = 'src/surface/reader-revision.ts';

/** The digest of every .ts file under the reader folders except the revision file, by path and bytes (line ends as LF). */
export function readerDigest(root = ROOT) {
  const hash = createHash('sha256');
  const files = READER_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  )
    .filter((file) => file !== REVISION_FILE)
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The revision the file records. */
export function recordedRevision(root = ROOT) {
  const text = readFileSync(path.join(root, REVISION_FILE), 'utf8');
  return /READER_REVISION = '([0-9a-f]+)'/.exec(text)?.[1] ?? null;
}

/** Record `digest` as the revision; returns the file written, relative to the repository. */
export function writeRevision(digest, root = ROOT) {
  const file = path.join(root, REVISION_FILE);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/READER_REVISION = '[0-9a-f]*'/, `READER_REVISION = '${digest}'`));
  return REVISION_FILE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const digest = readerDigest();
  if (process.argv.includes('--check')) {
    console.log(digest);
    process.exit(recordedRevision() === digest ? 0 : 1);
  }
  writeRevision(digest);
  console.log(`${REVISION_FILE}: READER_REVISION = '${digest}'`);
}
