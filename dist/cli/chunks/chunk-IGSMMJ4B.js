import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/render/untrusted.ts
var MAX_QUOTED_CHARS = 200;
var COMMENT_PARTS = /<!--|--!?>/g;
var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;
function flatten(text, max) {
  const flat = text.replace(COMMENT_PARTS, " ").replace(INVISIBLE, "").replace(/[\r\n\t]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeSpan(text, max = MAX_QUOTED_CHARS) {
  const flat = flatten(text, max) || " ";
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || longest > 0 ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function neutralizeModelText(text) {
  return text.replace(INVISIBLE, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/(^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w.-]+)?)/g, "$1`@$2`").replace(/!\[/g, "[").trim().split(/\r?\n/).map((line) => `> ${line}`.trimEnd()).join("\n");
}

export {
  codeSpan,
  neutralizeModelText
};
