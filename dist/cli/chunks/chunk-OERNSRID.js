import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  canonicalJson
} from "./chunk-BFDOIXCH.js";

// src/render/json.ts
function stableJson(value) {
  return canonicalJson(value);
}
function renderReportJson(report) {
  return stableJson(report);
}

export {
  stableJson,
  renderReportJson
};
