// Newline-delimited framing of MCP's stdio transport: each message is one line of UTF-8 JSON.
// Lines are cut on bytes, so a multi-byte character split across two chunks is never mangled.

import type { Readable } from 'node:stream';

const NEWLINE = 0x0a;

/**
 * Call `onLine` for each line of `stream` (its `\r\n` or `\n` removed; blank lines skipped), and
 * `onEnd` once when the stream ends, errors or closes. Returns a function that stops listening.
 */
export function readLines(
  stream: Readable,
  onLine: (line: string) => void,
  onEnd: (error?: Error) => void,
): () => void {
  let pending: Buffer[] = [];
  let ended = false;
  const emit = (bytes: Buffer) => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    if (end > 0) onLine(bytes.toString('utf8', 0, end));
  };
  const onData = (chunk: Buffer | string) => {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let index = bytes.indexOf(NEWLINE);
    while (index !== -1) {
      const head = bytes.subarray(0, index);
      if (pending.length > 0) {
        pending.push(head);
        emit(Buffer.concat(pending));
        pending = [];
      } else emit(head);
      bytes = bytes.subarray(index + 1);
      index = bytes.indexOf(NEWLINE);
    }
    if (bytes.length > 0) pending.push(bytes);
  };
  const finish = (error?: Error) => {
    if (ended) return;
    ended = true;
    // A last line without its newline is still a message (some writers omit the final newline).
    if (pending.length > 0) emit(Buffer.concat(pending));
    pending = [];
    onEnd(error);
  };
  const onError = (error: Error) => finish(error);
  const onClose = () => finish();
  stream.on('data', onData);
  stream.on('end', onClose);
  stream.on('close', onClose);
  stream.on('error', onError);
  return () => {
    stream.off('data', onData);
    stream.off('end', onClose);
    stream.off('close', onClose);
    stream.off('error', onError);
  };
}
