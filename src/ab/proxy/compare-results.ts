// Whether B answered a call differently from A (shadow mode): structured content compared as JSON,
// text as a normalised diff (line endings, trailing blanks, timestamps and UUIDs set aside, so that
// what changes on every call anyway does not count), and an error against a result always differs.

import { diffLines } from 'diff';
import { isDeepStrictEqual } from 'node:util';
import type { ResponseView } from './wire.ts';

export interface Difference {
  differs: boolean;
  /** How they were compared or why they differ: `outcome`, `structured`, `text`, `content`, `error-code`. */
  by: 'outcome' | 'structured' | 'text' | 'content' | 'error-code';
  /** Lines added or removed in the normalised text (text comparisons only). */
  changedLines?: number;
}

interface ToolResult {
  content?: unknown;
  structuredContent?: unknown;
  isError?: unknown;
}

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Text as compared: LF line endings, no trailing blanks, timestamps and UUIDs replaced by placeholders. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ISO_TIME, '<time>')
    .replace(UUID, '<uuid>')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** JSON text compared as values (key order and spacing do not matter); other text by a line diff. */
function compareText(a: string, b: string): Difference {
  const asJson = (text: string): { ok: boolean; value?: unknown } => {
    const t = text.trim();
    if (!/^[[{]/.test(t)) return { ok: false };
    try {
      // Timestamps and UUIDs inside JSON strings become placeholders too (still valid JSON).
      return { ok: true, value: JSON.parse(normaliseText(t)) };
    } catch {
      return { ok: false };
    }
  };
  const ja = asJson(a);
  const jb = asJson(b);
  if (ja.ok && jb.ok) return { differs: !isDeepStrictEqual(ja.value, jb.value), by: 'structured' };
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return { differs: false, by: 'text', changedLines: 0 };
  const changedLines = diffLines(na, nb)
    .filter((part) => part.added || part.removed)
    .reduce((n, part) => n + (part.count ?? 1), 0);
  return { differs: true, by: 'text', changedLines };
}

function contentItems(result: ToolResult): unknown[] {
  return Array.isArray(result.content) ? result.content : [];
}

/** Compare the content arrays item by item: text by normalised diff, other items (images, resources) as JSON. */
function compareContent(a: ToolResult, b: ToolResult): Difference {
  const ia = contentItems(a);
  const ib = contentItems(b);
  const texts = (items: unknown[]) => items.every((i) => (i as { type?: unknown }).type === 'text');
  if (texts(ia) && texts(ib)) {
    const join = (items: unknown[]) => items.map((i) => String((i as { text?: unknown }).text ?? '')).join('\n');
    return compareText(join(ia), join(ib));
  }
  return { differs: !isDeepStrictEqual(ia, ib), by: 'content' };
}

/** Compare A's and B's responses to the same call. */
export function compareResponses(a: ResponseView, b: ResponseView): Difference {
  const aRpcError = a.error !== undefined;
  const bRpcError = b.error !== undefined;
  if (aRpcError || bRpcError) {
    if (aRpcError !== bRpcError) return { differs: true, by: 'outcome' };
    // Both refused the call: the same kind of error (the message wording may change freely).
    return { differs: a.error?.code !== b.error?.code, by: 'error-code' };
  }
  const ra = (a.result ?? {}) as ToolResult;
  const rb = (b.result ?? {}) as ToolResult;
  if ((ra.isError === true) !== (rb.isError === true)) return { differs: true, by: 'outcome' };
  if (ra.structuredContent !== undefined || rb.structuredContent !== undefined) {
    return { differs: !isDeepStrictEqual(ra.structuredContent, rb.structuredContent), by: 'structured' };
  }
  return compareContent(ra, rb);
}
