import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/ab/proxy/wire.ts
var isId = (id) => typeof id === "string" || typeof id === "number";
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function viewOf(value) {
  if (!isRecord(value)) return null;
  const params = isRecord(value.params) ? value.params : void 0;
  if (typeof value.method === "string") {
    return isId(value.id) ? { kind: "request", id: value.id, method: value.method, params } : { kind: "notification", method: value.method, params };
  }
  if (isId(value.id) && ("result" in value || "error" in value)) {
    return {
      kind: "response",
      id: value.id,
      result: value.result,
      ...isRecord(value.error) ? { error: value.error } : {}
    };
  }
  return null;
}
function viewsOf(message) {
  const { value } = message;
  const items = Array.isArray(value) ? value : [value];
  const views = [];
  for (const item of items) {
    const view = viewOf(item);
    if (view) views.push(view);
  }
  return views;
}
function fromLine(text) {
  try {
    return { value: JSON.parse(text), text };
  } catch {
    return { value: void 0, text };
  }
}
function textOf(message) {
  return message.text ?? JSON.stringify(message.value);
}
function sizeOf(message) {
  return Buffer.byteLength(textOf(message), "utf8");
}
var UPSTREAM_FAILED_CODE = -32003;
function errorResponse(id, code, message, data) {
  return { value: { jsonrpc: "2.0", id, error: { code, message, ...data ? { data } : {} } } };
}

export {
  viewsOf,
  fromLine,
  textOf,
  sizeOf,
  UPSTREAM_FAILED_CODE,
  errorResponse
};
