import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/surface/conditions.ts
var OPERATORS = [
  "===",
  "!==",
  "&&",
  "||",
  "??",
  "==",
  "!=",
  "<=",
  ">=",
  "=>",
  "?",
  ":",
  ",",
  "=",
  "&",
  "|",
  "^",
  "<",
  ">"
];
var EQUALITY = { "===": "!==", "!==": "===", "==": "!=", "!=": "==" };
var LOOSER = /* @__PURE__ */ new Set(["&&", "||", "??", "?", ":", ",", "=", "&", "|", "^", "=>"]);
function topLevel(text) {
  const operators = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      i = endOfString(text, i);
      continue;
    }
    if ("([{".includes(ch)) depth += 1;
    else if (")]}".includes(ch)) depth -= 1;
    else if (depth === 0) {
      if (ch === "?" && text[i + 1] === "." && !/\d/.test(text[i + 2] ?? "")) {
        i += 1;
        continue;
      }
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        operators.push({ text: op, at: i });
        i += op.length - 1;
      }
    }
  }
  return { operators };
}
function endOfString(text, start) {
  const quote = text[start];
  let nested = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "\\") i += 1;
    else if (quote === "`" && ch === "$" && text[i + 1] === "{") {
      nested += 1;
      i += 1;
    } else if (quote === "`" && ch === "}" && nested > 0) nested -= 1;
    else if (ch === quote && nested === 0) return i;
  }
  return text.length;
}
function wrapped(text) {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      i = endOfString(text, i);
      continue;
    }
    if (ch === "(") depth += 1;
    else if (ch === ")" && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}
var unwrap = (text) => wrapped(text) ? unwrap(text.slice(1, -1).trim()) : text;
function flippedComparison(text) {
  const { operators } = topLevel(text);
  if (operators.length !== 1 || operators.some((o) => LOOSER.has(o.text))) return void 0;
  const [op] = operators;
  const opposite = op && EQUALITY[op.text];
  if (!op || !opposite) return void 0;
  return `${text.slice(0, op.at).trim()} ${opposite} ${text.slice(op.at + op.text.length).trim()}`;
}
function negateCondition(condition) {
  const text = condition.trim();
  if (text.startsWith("!") && !text.startsWith("!=") && wrapped(text.slice(1))) return unwrap(text.slice(1));
  if (/^![\w.$?]+$/.test(text)) return text.slice(1);
  const flipped = flippedComparison(unwrap(text));
  if (flipped) return flipped;
  return /^[\w.$?]+$/.test(text) ? `!${text}` : `!(${text})`;
}
function canonicalTerm(term) {
  let text = unwrap(term.trim());
  while (text.startsWith("!!")) text = unwrap(text.slice(2).trim());
  if (text.startsWith("!") && !text.startsWith("!=") && wrapped(text.slice(1))) {
    const inner = unwrap(text.slice(1));
    const flipped = flippedComparison(inner);
    if (flipped) return flipped;
    if (/^[\w.$]+$/.test(inner)) return `!${inner}`;
  }
  return text;
}
function canonicalSpelling(text) {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      const end = endOfString(text, i);
      const body = text.slice(i + 1, end);
      out += ch === "`" && body.includes("${") ? text.slice(i, end + 1) : `'${body.replace(/\\(["'`])/g, "$1").replace(/'/g, "\\'")}'`;
      i = end;
      continue;
    }
    if (ch === "?" && text[i + 1] === "." && !/\d/.test(text[i + 2] ?? "")) {
      out += /[[(]/.test(text[i + 2] ?? "") ? "" : ".";
      i += 1;
      continue;
    }
    out += ch;
  }
  return out.replace(/\s+/g, " ").trim();
}
function normalizeCondition(condition) {
  const text = canonicalSpelling(condition.replace(/ at [^\s`]+:\d+(?=$|\W)/g, ""));
  const body = unwrap(text);
  const { operators } = topLevel(body);
  const splittable = operators.every((o) => !["||", "??", "?", ":", ",", "=", "=>"].includes(o.text));
  const terms = [];
  if (splittable) {
    let from = 0;
    for (const op of operators.filter((o) => o.text === "&&")) {
      terms.push(body.slice(from, op.at));
      from = op.at + 2;
    }
    terms.push(body.slice(from));
  } else terms.push(body);
  return [...new Set(terms.map(canonicalTerm))].sort().join(" && ");
}
function allOf(conditions) {
  if (conditions.length === 1) return conditions[0];
  return conditions.map((c) => {
    const { operators } = topLevel(unwrap(c.trim()));
    return operators.some((o) => ["||", "??", "?", ":", ",", "=", "=>"].includes(o.text)) && !wrapped(c.trim()) ? `(${c.trim()})` : c;
  }).join(" && ");
}
function sameCondition(a, b) {
  return normalizeCondition(a) === normalizeCondition(b);
}
var CHAIN = String.raw`[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*`;
var ABSENT_ATOMS = [
  new RegExp(String.raw`^!${CHAIN}$`),
  new RegExp(String.raw`^${CHAIN}\s*===?\s*(?:undefined|null)$`),
  new RegExp(String.raw`^(?:undefined|null)\s*===?\s*${CHAIN}$`),
  new RegExp(String.raw`^!${CHAIN}\??\.length$`),
  new RegExp(String.raw`^${CHAIN}\??\.length\s*===?\s*0$`),
  // every value of an options object unset: `Object.values(inject).every((v) => v === undefined)`
  new RegExp(String.raw`^Object\.values\(${CHAIN}\)\.every\(\(?(\w+)\)?\s*=>\s*\1\s*===?\s*(?:undefined|null)\)$`)
];
var PRESENT_ATOMS = [
  new RegExp(String.raw`^(?:!!)?${CHAIN}$`),
  new RegExp(String.raw`^${CHAIN}\s*!==?\s*(?:undefined|null)$`),
  new RegExp(String.raw`^${CHAIN}\??\.length(?:\s*>\s*0)?$`)
];
function testsAbsence(condition) {
  const text = unwrap(canonicalSpelling(condition));
  if (text.startsWith("!") && !text.startsWith("!=") && wrapped(text.slice(1))) {
    const inner = testsAbsence(text.slice(1));
    return inner === null ? null : !inner;
  }
  const { operators } = topLevel(text);
  const joins = operators.filter((o) => o.text === "||" || o.text === "&&");
  if (joins.length > 0) {
    if (new Set(joins.map((o) => o.text)).size > 1 || operators.some((o) => LOOSER.has(o.text) && !joins.includes(o)))
      return null;
    const terms = [];
    let from = 0;
    for (const op of joins) {
      terms.push(text.slice(from, op.at));
      from = op.at + op.text.length;
    }
    terms.push(text.slice(from));
    const each = terms.map((t) => testsAbsence(t));
    return each.every((e) => e === true) ? true : each.every((e) => e === false) ? false : null;
  }
  if (ABSENT_ATOMS.some((re) => re.test(text))) return true;
  if (PRESENT_ATOMS.some((re) => re.test(text))) return false;
  return null;
}

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
  dataKey,
  negateCondition,
  normalizeCondition,
  allOf,
  sameCondition,
  testsAbsence
};
