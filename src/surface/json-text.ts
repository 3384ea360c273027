// Strict JSON parsing for files a user hands to mcpver (package.json, snapshots, captures): a
// syntax error names the file, line and column, instead of V8's bare "position 1234".

import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { SnapshotError } from './errors.ts';

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Parse `text` as strict JSON (no comments, no trailing commas), or throw a SnapshotError at `file:line:column`. */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') throw new SnapshotError(`${file} is empty; expected JSON.`, { file });
  // JSON.parse reads strict JSON in a fraction of jsonc-parser's time (and keeps a "__proto__" key
  // as data); jsonc-parser runs only on text JSON.parse refused, to say where.
  let refusal: Error;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    refusal = error as Error;
  }
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    const near = JSON.stringify(text.slice(first.offset, first.offset + 20));
    throw new SnapshotError(
      `${file}:${line}:${column}: invalid JSON: ${describeCode(printParseErrorCode(first.error))} near ${near}.`,
      { file },
    );
  }
  // Refused by JSON.parse though jsonc-parser found nothing to point at: V8's own words, still no stack trace.
  throw new SnapshotError(`${file}: invalid JSON: ${refusal.message}.`, { file });
}

/** `PropertyNameExpected` → `property name expected`. */
function describeCode(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
