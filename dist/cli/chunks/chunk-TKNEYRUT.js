import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  parse,
  printParseErrorCode
} from "./chunk-3FT6CWW4.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";

// src/surface/json-text.ts
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}
function parseJsonText(text, file) {
  if (text.trim() === "") throw new SnapshotError(`${file} is empty; expected JSON.`, { file });
  let refusal;
  try {
    return JSON.parse(text);
  } catch (error) {
    refusal = error;
  }
  const errors = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    const near = JSON.stringify(text.slice(first.offset, first.offset + 20));
    throw new SnapshotError(
      `${file}:${line}:${column}: invalid JSON: ${describeCode(printParseErrorCode(first.error))} near ${near}.`,
      { file }
    );
  }
  throw new SnapshotError(`${file}: invalid JSON: ${refusal.message}.`, { file });
}
function describeCode(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

export {
  lineColumn,
  parseJsonText
};
