import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/state/json.ts
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const sorted = /* @__PURE__ */ Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const child = value[key];
      if (child !== void 0) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}
function canonicalJson(value) {
  return `${JSON.stringify(sortKeys(value), null, 2)}
`;
}

export {
  canonicalJson
};
