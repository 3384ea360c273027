// Tools generated at run time from data, typically one per operation of an OpenAPI document read
// at start-up: no reading of the sources can know them, and the advice says so plainly, pointing
// at the runtime snapshot that will list them, instead of the generic "could not follow".

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StaticMcpSurface } from './mcp-static/index.ts';
import type { McpReadingGap } from './types.ts';

/** Words that mark an API description loaded as data: `openapi`, `swagger`, `loadSpec(…)`, `spec.yaml`. */
const API_DESCRIPTION = /openapi|swagger|\b(load|parse|read|fetch|get)\w*spec\w*\s*\(|\bspec(ification)?\.(json|ya?ml)\b/i;
/** How many lines above a gap (the loop's collection is usually built just before it) and below it are looked at. */
const LINES_BEFORE = 40;
const LINES_AFTER = 5;

const SAID = 'generated at run time from an API description (OpenAPI): static reading cannot know them; a runtime snapshot will list them';

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

/** The first line of the sources read that names an OpenAPI or Swagger document. */
function firstMention(dir: string, files: readonly string[]): { file: string; line: number } | undefined {
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    const index = text.split('\n').findIndex((line) => NAMED.test(line));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

/** The words only: a loader's name alone (`loadSpec`) says too little where nothing else points at it. */
const NAMED = /\b(openapi|swagger)\b/i;

/**
 * Nothing read, and no place the reader stopped at, in sources that load an OpenAPI document: the
 * tools are made from it in a way the reader did not even see as a registration. Said at the line
 * that names the document, as a place that hides items.
 */
function emptyBesideAnApiDescription(dir: string, extracted: StaticMcpSurface): { surface: StaticMcpSurface; advice?: string } {
  const { mcp } = extracted;
  if (mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length > 0) return { surface: extracted };
  const at = firstMention(dir, extracted.files);
  if (!at) return { surface: extracted };
  const gap: McpReadingGap = { part: 'mcp', message: `no tool could be read; the tools look ${SAID}`, location: at, hidesItems: true };
  const { hidesItems: _, ...warning } = gap;
  return {
    surface: { ...extracted, gaps: [...extracted.gaps, gap], warnings: [...extracted.warnings, warning] },
    advice: `Its tools look ${SAID} (${at.file}:${at.line}).`,
  };
}

/**
 * The reading with each gap that may hide items where the sources load an API description said to
 * be one, and the advice to give: undefined when no gap is.
 */
export function explainGeneratedTools(dir: string, extracted: StaticMcpSurface): { surface: StaticMcpSurface; advice?: string } {
  const generated = extracted.gaps.filter((gap) => gap.hidesItems && mentionsApiDescription(dir, gap));
  if (generated.length === 0) return emptyBesideAnApiDescription(dir, extracted);
  // A gap already explained (a dependency's, read before) keeps its one explanation.
  const rewrite = <W extends { message: string; location?: McpReadingGap['location'] }>(w: W): W =>
    !w.message.includes(SAID) && generated.some((g) => g.message === w.message && g.location?.file === w.location?.file && g.location?.line === w.location?.line) ? { ...w, message: `${w.message} — the items are ${SAID}` } : w;
  const first = generated[0]!.location;
  const at = first?.file ? ` (${first.file}${first.line ? `:${first.line}` : ''})` : '';
  return {
    surface: { ...extracted, gaps: extracted.gaps.map(rewrite), warnings: extracted.warnings.map(rewrite) },
    advice: `Its tools look ${SAID}${at}.`,
  };
}
