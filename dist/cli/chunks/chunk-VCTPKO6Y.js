import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  lazyValidator
} from "./chunk-OCWCKWLY.js";

// src/surface/types.ts
var SNAPSHOT_SCHEMA_VERSION = 1;
function emptySnapshot() {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    package: null,
    mcp: null,
    typescript: null,
    config: null,
    provenance: { warnings: [] }
  };
}

// src/surface/duplicate-items.ts
var DuplicateItem = class extends Error {
  constructor(kind, item) {
    super(`lists the ${kind} "${item}" more than once`);
    this.kind = kind;
    this.item = item;
  }
  kind;
  item;
};
function findDuplicateItem(lists) {
  const keyed = [
    ["tool", lists.tools.map((t) => t.name)],
    ["prompt", lists.prompts.map((p) => p.name)],
    ["resource", lists.resources.map((r) => r.uri)],
    ["resource template", lists.resourceTemplates.map((t) => t.uriTemplate)]
  ];
  for (const [kind, names] of keyed) {
    const seen = /* @__PURE__ */ new Set();
    for (const name of names) {
      if (seen.has(name)) return new DuplicateItem(kind, name);
      seen.add(name);
    }
  }
  return void 0;
}

// src/surface/snapshot-schema.ts
var stringMap = { type: "object", additionalProperties: { type: "string" } };
var schemaValue = { type: ["object", "boolean"] };
var toolSchema = {
  type: "object",
  required: ["name", "inputSchema"],
  properties: {
    name: { type: "string", minLength: 1 },
    title: { type: "string" },
    description: { type: "string" },
    inputSchema: schemaValue,
    outputSchema: schemaValue,
    annotations: { type: "object" }
  }
};
var promptSchema = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string", minLength: 1 },
    title: { type: "string" },
    description: { type: "string" },
    arguments: {
      type: "array",
      items: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          description: { type: "string" },
          required: { type: "boolean" }
        }
      }
    }
  }
};
var resourceSchema = {
  type: "object",
  required: ["uri", "name"],
  properties: { uri: { type: "string", minLength: 1 }, name: { type: "string" }, mimeType: { type: "string" } }
};
var resourceTemplateSchema = {
  type: "object",
  required: ["uriTemplate", "name"],
  properties: { uriTemplate: { type: "string", minLength: 1 }, name: { type: "string" }, mimeType: { type: "string" } }
};
var listProperties = {
  tools: { type: "array", items: toolSchema },
  prompts: { type: "array", items: promptSchema },
  resources: { type: "array", items: resourceSchema },
  resourceTemplates: { type: "array", items: resourceTemplateSchema }
};
var initializeProperties = {
  serverInfo: {
    type: "object",
    required: ["name", "version"],
    properties: { name: { type: "string" }, version: { type: "string" } }
  },
  protocolVersion: { type: "string" },
  capabilities: { type: "object" },
  instructions: { type: "string" }
};
var captureSchema = {
  type: "object",
  properties: { ...listProperties, ...initializeProperties, nextCursor: { type: "string" } }
};
var snapshotSchema = {
  type: "object",
  required: ["schemaVersion", "package", "mcp", "typescript", "config", "provenance"],
  properties: {
    schemaVersion: { const: 1 },
    package: {
      type: ["object", "null"],
      required: ["name", "version", "dependencies", "peerDependencies", "optionalPeerDependencies", "engines", "bin"],
      properties: {
        name: { type: "string" },
        version: { type: "string" },
        type: { type: "string" },
        dependencies: stringMap,
        peerDependencies: stringMap,
        optionalPeerDependencies: { type: "array", items: { type: "string" } },
        engines: stringMap,
        bin: stringMap,
        main: { type: "string" },
        types: { type: "string" }
      }
    },
    mcp: {
      type: ["object", "null"],
      required: ["capabilities", "tools", "prompts", "resources", "resourceTemplates"],
      properties: {
        ...listProperties,
        ...initializeProperties,
        locations: { type: "object" },
        uncaptured: {
          type: "array",
          items: { enum: ["capabilities", "tools", "prompts", "resources", "resourceTemplates"] }
        }
      }
    },
    typescript: {
      type: ["object", "null"],
      required: ["entryPoints", "declarations"],
      properties: {
        entryPoints: stringMap,
        declarations: { type: "array", items: { type: "object", required: ["entry", "name", "kind", "signature"] } }
      }
    },
    config: {
      type: ["object", "null"],
      required: ["environment", "flags"],
      properties: {
        environment: { type: "array", items: { type: "string" } },
        flags: { type: "array", items: { type: "string" } }
      }
    },
    provenance: {
      type: "object",
      required: ["warnings"],
      properties: {
        ref: { type: "string" },
        commit: { type: "string" },
        command: { type: "string" },
        url: { type: "string" },
        reader: { type: "string" },
        mcpDependencies: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "version", "from"],
            properties: {
              name: { type: "string" },
              version: { type: "string" },
              from: { enum: ["lockfile", "package.json"] },
              source: { enum: ["tarball", "folder"] },
              lockfile: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string" }, line: { type: "integer" } }
              }
            }
          }
        },
        warnings: { type: "array", items: { type: "object", required: ["part", "message"] } }
      }
    }
  }
};
var validateCapture = lazyValidator(captureSchema, { allErrors: false, strict: false });
var validateSnapshotDocument = lazyValidator(snapshotSchema, { allErrors: false, strict: false });
function jsonPath(pointer) {
  return pointer.split("/").filter(Boolean).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
}
function describeSchemaError(error, document) {
  const where = jsonPath(error.instancePath) || "the top level";
  const named = nameOfItemAt(document, error.instancePath);
  const subject = named ? `${where} (${named})` : where;
  switch (error.keyword) {
    case "required":
      return `${subject} is missing "${String(error.params.missingProperty)}"`;
    case "type":
      return `${subject} must be ${String(error.params.type).split(",").map(article).join(" or ")}, not ${describeValue(valueAt(document, error.instancePath))}`;
    case "const":
      return `${subject} must be ${JSON.stringify(error.params.allowedValue)}, not ${JSON.stringify(valueAt(document, error.instancePath))}`;
    default:
      return `${subject} ${error.message ?? "is invalid"}`;
  }
}
function valueAt(document, pointer) {
  let value = document;
  for (const part of pointer.split("/").filter(Boolean)) {
    if (typeof value !== "object" || value === null) return void 0;
    value = value[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}
function article(type) {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
function nameOfItemAt(document, pointer) {
  const match = /^((?:\/[^/]+)*?\/(tools|prompts|resources|resourceTemplates)\/\d+)(?:\/|$)/.exec(pointer);
  if (!match) return void 0;
  const item = valueAt(document, match[1]);
  const label = item?.name ?? item?.uri ?? item?.uriTemplate;
  if (typeof label !== "string") return void 0;
  const kind = { tools: "tool", prompts: "prompt", resources: "resource", resourceTemplates: "resource template" }[match[2]];
  return `the ${kind} "${label}"`;
}

export {
  SNAPSHOT_SCHEMA_VERSION,
  emptySnapshot,
  DuplicateItem,
  findDuplicateItem,
  validateCapture,
  validateSnapshotDocument,
  describeSchemaError
};
