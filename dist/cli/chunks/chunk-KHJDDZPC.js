import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/surface/generated-tools.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var API_DESCRIPTION = /openapi|swagger|\b(load|parse|read|fetch|get)\w*spec\w*\s*\(|\bspec(ification)?\.(json|ya?ml)\b/i;
var LINES_BEFORE = 40;
var LINES_AFTER = 5;
var SAID = "generated at run time from an API description (OpenAPI): static reading cannot know them; a runtime snapshot will list them";
function mentionsApiDescription(dir, gap) {
  if (API_DESCRIPTION.test(gap.message)) return true;
  if (!gap.location?.file || !gap.location.line) return false;
  try {
    const lines = readFileSync(path.join(dir, gap.location.file), "utf8").split("\n");
    const line = gap.location.line - 1;
    return API_DESCRIPTION.test(lines.slice(Math.max(0, line - LINES_BEFORE), line + LINES_AFTER + 1).join("\n"));
  } catch {
    return false;
  }
}
function explainGeneratedTools(dir, extracted) {
  const generated = extracted.gaps.filter((gap) => gap.hidesItems && mentionsApiDescription(dir, gap));
  if (generated.length === 0) return { surface: extracted };
  const rewrite = (w) => !w.message.includes(SAID) && generated.some(
    (g) => g.message === w.message && g.location?.file === w.location?.file && g.location?.line === w.location?.line
  ) ? { ...w, message: `${w.message} \u2014 the items are ${SAID}` } : w;
  const first = generated[0].location;
  const at = first?.file ? ` (${first.file}${first.line ? `:${first.line}` : ""})` : "";
  return {
    surface: { ...extracted, gaps: extracted.gaps.map(rewrite), warnings: extracted.warnings.map(rewrite) },
    advice: `Its tools look ${SAID}${at}.`
  };
}

export {
  explainGeneratedTools
};
