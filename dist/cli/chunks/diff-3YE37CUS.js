import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  formatOption,
  writeReport
} from "./chunk-QMOQB5IT.js";
import {
  buildReport,
  diffSnapshotsAsync
} from "./chunk-2VIPLXAM.js";
import "./chunk-XGYEHV2I.js";
import "./chunk-IGSMMJ4B.js";
import "./chunk-JOTVTROF.js";
import "./chunk-OERNSRID.js";
import {
  SNAPSHOT_SCHEMA_VERSION,
  describeSchemaError,
  emptySnapshot,
  findDuplicateItem,
  validateCapture,
  validateSnapshotDocument
} from "./chunk-VCTPKO6Y.js";
import "./chunk-BFDOIXCH.js";
import {
  ConfigError,
  parseConfig
} from "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import {
  parseJsonText
} from "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import "./chunk-2MH32WPR.js";
import {
  EXIT,
  UsageError,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/cli/diff.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/surface/capture.ts
var LIST_KEYS = ["tools", "prompts", "resources", "resourceTemplates"];
function parseSnapshotJson(text, file) {
  const value = parseJsonText(text, file);
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "schemaVersion" in value) {
    return validateSnapshot(value, file);
  }
  return snapshotFromCapture(value, file);
}
function validateSnapshot(value, file) {
  const version = value.schemaVersion;
  if (typeof version === "number" && version > SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(
      `${file} is a snapshot of schema version ${version}, written by a newer mcpver; this one reads version ${SNAPSHOT_SCHEMA_VERSION}. Upgrade mcpver or take the snapshot again.`,
      { file }
    );
  }
  if (!validateSnapshotDocument(value)) {
    const problem = describeSchemaError(validateSnapshotDocument.errors[0], value);
    throw new SnapshotError(`${file} is not a valid mcpver snapshot: ${problem}.`, { file });
  }
  const snapshot = value;
  if (snapshot.mcp) assertNoDuplicates(snapshot.mcp, file);
  return snapshot;
}
function snapshotFromCapture(value, file = "capture") {
  const pages = Array.isArray(value) ? value : [value];
  if (pages.length === 0) throw new SnapshotError(`${file} is an empty array; expected MCP list results.`, { file });
  const mcp = { capabilities: {}, tools: [], prompts: [], resources: [], resourceTemplates: [] };
  const present = /* @__PURE__ */ new Set();
  const warnings = [];
  let capabilities;
  pages.forEach((raw, index) => {
    const where = Array.isArray(value) ? `${file} [${index}]` : file;
    const page = unwrapJsonRpc(raw, where);
    if (!validateCapture(page)) {
      throw new SnapshotError(
        `${where} is not a capture of MCP list results: ${describeSchemaError(validateCapture.errors[0], page)}.`,
        { file }
      );
    }
    const keys = LIST_KEYS.filter((k) => k in page);
    if (keys.length === 0) {
      throw new SnapshotError(
        `${where} is neither an mcpver snapshot (it has no "schemaVersion") nor a capture of MCP list results (it has none of ${LIST_KEYS.map((k) => `"${k}"`).join(", ")}).`,
        { file }
      );
    }
    for (const key of keys) {
      present.add(key);
      mcp[key].push(...page[key] ?? []);
    }
    const p = page;
    if (p.capabilities) capabilities = p.capabilities;
    if (p.serverInfo) mcp.serverInfo = p.serverInfo;
    if (p.protocolVersion) mcp.protocolVersion = p.protocolVersion;
    if (p.instructions !== void 0) mcp.instructions = p.instructions;
    if (p.nextCursor !== void 0 && index === pages.length - 1) {
      warnings.push({
        part: "mcp",
        message: `${where} ends with nextCursor "${p.nextCursor}": the server had more ${keys.join(", ")} than the capture holds; items on later pages count as missing.`
      });
    }
  });
  if (capabilities) mcp.capabilities = capabilities;
  const uncaptured = [...capabilities ? [] : ["capabilities"], ...LIST_KEYS.filter((k) => !present.has(k))];
  if (uncaptured.length > 0) mcp.uncaptured = uncaptured;
  assertNoDuplicates(mcp, file);
  const snapshot = emptySnapshot();
  snapshot.mcp = mcp;
  snapshot.provenance.mcp = "capture";
  snapshot.provenance.warnings.push(...warnings);
  return snapshot;
}
function unwrapJsonRpc(page, where) {
  if (typeof page !== "object" || page === null || !("jsonrpc" in page)) return page;
  const response = page;
  if (response.error) {
    throw new SnapshotError(
      `${where} is a JSON-RPC error response (${response.error.message ?? "no message"}), not list results.`,
      { file: where }
    );
  }
  return response.result;
}
function assertNoDuplicates(mcp, file) {
  const duplicate = findDuplicateItem(mcp);
  if (duplicate) {
    throw new SnapshotError(
      `${file} ${duplicate.message}; clients cannot tell them apart. Give each ${duplicate.kind} a unique name.`,
      { file }
    );
  }
}

// src/cli/config-file.ts
import { readFile } from "node:fs/promises";
async function loadConfigFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the config file ${file}: ${error.message}`);
  }
  return parseConfig(text, file);
}

// src/cli/diff.ts
var diffHelp = `mcpver diff OLD.json NEW.json [--json | --format text|json|markdown|sarif] [--config FILE]
  Diff two snapshots (from mcpver snapshot) or two captures of MCP list results
  (a JSON object with any of tools, prompts, resources, resourceTemplates).
  --config FILE reads the rule switches (policy.rules) of an mcpver.yml.
  Exit 0 when nothing breaks, 1 when a change is major (or the report fails otherwise: an under-bumped
  version, a surface that could not be read), 2 on bad input.`;
async function diffCommand(argv, io) {
  const { values, positionals } = parse(
    argv,
    {
      json: { type: "boolean" },
      format: { type: "string" },
      config: { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    true
  );
  if (values.help) {
    io.stdout.write(`${diffHelp}
`);
    return EXIT.ok;
  }
  if (positionals.length !== 2)
    throw new UsageError(`diff takes two files, OLD and NEW (got ${positionals.length}).
${diffHelp}`);
  const [oldFile, newFile] = positionals;
  const read = async (file) => {
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${error.message}`);
    }
    return parseSnapshotJson(text, file);
  };
  const [old, next] = [await read(oldFile), await read(newFile)];
  const config = values.config ? await loadConfigFile(values.config) : null;
  const ruleOptions = config?.policy.rules ?? {};
  const changes = await diffSnapshotsAsync(old, next, { ruleOptions });
  const end = (s, file) => ({ ref: file, version: s.package?.version || null });
  const report = buildReport({
    old,
    new: next,
    changes,
    from: end(old, oldFile),
    to: end(next, newFile),
    failOn: "breaking",
    ...config ? { poisoning: config.policy.poisoning } : {}
  });
  writeReport(report, formatOption(values), io, values["no-color"]);
  return report.failed ? EXIT.failed : EXIT.ok;
}
export {
  diffCommand,
  diffHelp
};
