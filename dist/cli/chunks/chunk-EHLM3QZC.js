import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/json-schema/keywords.ts
var ANNOTATION_KEYWORDS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentMediaType",
  "contentEncoding",
  "contentSchema"
]);
var BOOKKEEPING_KEYWORDS = /* @__PURE__ */ new Set([
  "$schema",
  "$id",
  "id",
  "$anchor",
  "$dynamicAnchor",
  "$recursiveAnchor",
  "$vocabulary",
  "$defs",
  "definitions",
  "$ref",
  "$dynamicRef",
  "$recursiveRef"
]);
var LOWER_BOUNDS = [
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "minItems",
  "minProperties",
  "minContains"
];
var UPPER_BOUNDS = [
  "maximum",
  "exclusiveMaximum",
  "maxLength",
  "maxItems",
  "maxProperties",
  "maxContains"
];
var HANDLED_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "nullable",
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  "multipleOf",
  "uniqueItems",
  "pattern",
  "format",
  "default",
  "properties",
  "required",
  "additionalProperties",
  "unevaluatedProperties",
  "patternProperties",
  "propertyNames",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "items",
  "prefixItems",
  "additionalItems",
  "unevaluatedItems",
  "contains",
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  "if",
  "then",
  "else"
]);
function isUnknownKeyword(keyword) {
  return !HANDLED_KEYWORDS.has(keyword) && !ANNOTATION_KEYWORDS.has(keyword) && !BOOKKEEPING_KEYWORDS.has(keyword);
}
var SCHEMA_MAPS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "dependencies",
  "$defs",
  "definitions"
]);
var SCHEMA_VALUES = /* @__PURE__ */ new Set([
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "items",
  "prefixItems",
  "additionalItems",
  "unevaluatedItems",
  "contains",
  "anyOf",
  "oneOf",
  "allOf",
  "not",
  "if",
  "then",
  "else"
]);

// src/json-schema/canonical.ts
var UNORDERED = /* @__PURE__ */ new Set(["required", "enum", "type"]);
var fullMemo = /* @__PURE__ */ new WeakMap();
var shapeMemo = /* @__PURE__ */ new WeakMap();
function canonical(node) {
  return schema(node, { dropAnnotations: false, memo: fullMemo, stack: /* @__PURE__ */ new Set() });
}
function shapeOf(node) {
  return schema(node, { dropAnnotations: true, memo: shapeMemo, stack: /* @__PURE__ */ new Set() });
}
function dataKey(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const cached = dataMemo.get(value);
  if (cached !== void 0) return cached;
  let text;
  if (Array.isArray(value)) text = `[${value.map(dataKey).join(",")}]`;
  else {
    const record = value;
    text = `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${dataKey(record[k])}`).join(",")}}`;
  }
  dataMemo.set(value, text);
  return text;
}
var dataMemo = /* @__PURE__ */ new WeakMap();
function schema(node, mode) {
  if (node === null || typeof node !== "object") return JSON.stringify(node) ?? "undefined";
  if (Array.isArray(node)) return `[${node.map((item) => schema(item, mode)).join(",")}]`;
  const cached = mode.memo.get(node);
  if (cached !== void 0) return cached;
  if (mode.stack.has(node)) return '"#recursion"';
  mode.stack.add(node);
  const record = node;
  const parts = [];
  for (const key of Object.keys(record).sort()) {
    if (BOOKKEEPING_KEYWORDS.has(key)) continue;
    if (mode.dropAnnotations && (ANNOTATION_KEYWORDS.has(key) || key === "default")) continue;
    const value = record[key];
    let text2;
    if (SCHEMA_MAPS.has(key) && value && typeof value === "object" && !Array.isArray(value)) {
      const map = value;
      text2 = `{${Object.keys(map).sort().map((k) => `${JSON.stringify(k)}:${Array.isArray(map[k]) ? dataKey(map[k]) : schema(map[k], mode)}`).join(",")}}`;
    } else if (SCHEMA_VALUES.has(key)) {
      text2 = schema(value, mode);
    } else if (UNORDERED.has(key) && Array.isArray(value)) {
      text2 = `[${value.map(dataKey).sort().join(",")}]`;
    } else {
      text2 = dataKey(value);
    }
    parts.push(`${JSON.stringify(key)}:${text2}`);
  }
  mode.stack.delete(node);
  const text = `{${parts.join(",")}}`;
  if (!text.includes("#recursion")) mode.memo.set(node, text);
  return text;
}

export {
  ANNOTATION_KEYWORDS,
  BOOKKEEPING_KEYWORDS,
  isUnknownKeyword,
  SCHEMA_MAPS,
  SCHEMA_VALUES,
  canonical,
  shapeOf,
  dataKey
};
