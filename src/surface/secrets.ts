// The values mcpver passes to a server from its environment (API keys, tokens) never leave it: not
// in an error, not in a log, not in a snapshot or report (which go to the state branch). Where a
// server echoes one (a key in its stderr, in a tool description), it is replaced by a marker.

import { SnapshotError } from './errors.ts';
import type { Snapshot } from './types.ts';

export const REDACTED = '***';
/**
 * Values shorter than this are not masked: `DEBUG=1` or `MODE=dev` are not secrets, and masking
 * every "1" would mangle the output and the snapshot. Keys and tokens are far longer.
 */
export const MIN_SECRET_LENGTH = 6;

/** Name → value of the variables passed from the environment (`pass-env`, `--env`). */
export type Secrets = Record<string, string>;

function maskable(secrets: Secrets): Array<[string, string]> {
  // Longest first, so that a value containing another is masked whole.
  return Object.entries(secrets)
    .filter(([, value]) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b[1].length - a[1].length);
}

export function redactText(text: string, secrets: Secrets): string {
  let result = text;
  for (const [, value] of maskable(secrets)) result = result.split(value).join(REDACTED);
  return result;
}

/** A SnapshotError with the passed values masked in its message and output; other errors pass through. */
export function redactError(error: unknown, secrets: Secrets): unknown {
  if (!(error instanceof SnapshotError) || maskable(secrets).length === 0) return error;
  const message = redactText(error.message, secrets);
  const output = error.output === undefined ? undefined : redactText(error.output, secrets);
  if (message === error.message && output === error.output) return error;
  // The cause may hold the raw output too (an exec error's stderr): it is dropped, not carried on.
  const redacted = new SnapshotError(message, { command: error.command, output, file: error.file });
  redacted.stack = `${redacted.name}: ${message}`;
  return redacted;
}

/**
 * Mask the passed values wherever they appear in the snapshot's strings, and say which variable's
 * value the server exposed (by name: the value itself is what must not be written).
 */
export function redactSnapshot(snapshot: Snapshot, secrets: Secrets): void {
  const found = new Set<string>();
  const entries = maskable(secrets);
  if (entries.length === 0) return;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      let result = value;
      for (const [name, secret] of entries) {
        if (!result.includes(secret)) continue;
        found.add(name);
        result = result.split(secret).join(REDACTED);
      }
      return result;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = visit(item);
    }
    return value;
  };
  visit(snapshot);
  for (const name of [...found].sort()) {
    snapshot.provenance.warnings.push({
      part: 'mcp',
      message: `The server put the value of ${name} (passed to it from the environment) in what it lists; it is recorded as "${REDACTED}".`,
    });
  }
}
