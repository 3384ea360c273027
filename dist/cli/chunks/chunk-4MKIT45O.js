import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/surface/errors.ts
var SnapshotError = class extends Error {
  name = "SnapshotError";
  command;
  output;
  file;
  constructor(message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.command = details.command;
    this.output = details.output;
    this.file = details.file;
  }
};
var OUTPUT_TAIL_LINES = 20;
var OUTPUT_TAIL_CHARS = 4e3;
function outputTail(text) {
  const lines = text.replace(/\s+$/, "").split("\n");
  const tail = lines.slice(-OUTPUT_TAIL_LINES).join("\n");
  return tail.length > OUTPUT_TAIL_CHARS ? `\u2026${tail.slice(-OUTPUT_TAIL_CHARS)}` : tail;
}
function withOutput(message, heading, output) {
  const tail = outputTail(output);
  if (!tail) return `${message}
(${heading}: nothing)`;
  return `${message}
${heading} (last lines):
${tail.split("\n").map((l) => `  ${l}`).join("\n")}`;
}

export {
  SnapshotError,
  withOutput
};
