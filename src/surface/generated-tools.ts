// Tools generated at run time from data, typically one per operation of an OpenAPI document read
// at start-up: no reading of the sources can know them, and the advice says so plainly, pointing
// at the runtime snapshot that will list them, instead of the generic "could not follow".

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StaticMcpSurface } from './mcp-static/index.ts';
import type { McpReadingGap } from './types.ts';

/** Words that mark an API description loaded as data: `openapi`, `swagger`, `loadSpec(…)`, `spec.yaml`. */
const API_DESCRIPTION =
  /openapi|swagger|\b(load|parse|read|fetch|get)\w*spec\w*\s*\(|\bspec(ification)?\.(json|ya?ml)\b/i;
/** How many lines above a gap (the loop's collection is usually built just before it) and below it are looked at. */
const LINES_BEFORE = 40;
const LINES_AFTER = 5;

const SAID =
  'generated at run time from an API description (OpenAPI): static reading cannot know them; a runtime snapshot will list them';

function mentionsApiDescription(dir: string, gap: McpReadingGap): boolean {
  if (API_DESCRIPTION.test(gap.message)) return true;
  if (!gap.location?.file || !gap.location.line) return false;
  try {
    const lines = readFileSync(path.join(dir, gap.location.file), 'utf8').split('\n');
    const line = gap.location.line - 1;
    return API_DESCRIPTION.test(lines.slice(Math.max(0, line - LINES_BEFORE), line + LINES_AFTER + 1).join('\n'));
  } catch {
    return false;
  }
}

/**
 * The reading with each gap that may hide items where the sources load an API description said to
 * be one, and the advice to give: undefined when no gap is.
 */
export function explainGeneratedTools(
  dir: string,
  extracted: StaticMcpSurface,
): { surface: StaticMcpSurface; advice?: string } {
  const generated = extracted.gaps.filter((gap) => gap.hidesItems && mentionsApiDescription(dir, gap));
  if (generated.length === 0) return { surface: extracted };
  // A gap already explained (a dependency's, read before) keeps its one explanation.
  const rewrite = <W extends { message: string; location?: McpReadingGap['location'] }>(w: W): W =>
    !w.message.includes(SAID) &&
    generated.some(
      (g) => g.message === w.message && g.location?.file === w.location?.file && g.location?.line === w.location?.line,
    )
      ? { ...w, message: `${w.message} — the items are ${SAID}` }
      : w;
  const first = generated[0]!.location;
  const at = first?.file ? ` (${first.file}${first.line ? `:${first.line}` : ''})` : '';
  return {
    surface: { ...extracted, gaps: extracted.gaps.map(rewrite), warnings: extracted.warnings.map(rewrite) },
    advice: `Its tools look ${SAID}${at}.`,
  };
}
