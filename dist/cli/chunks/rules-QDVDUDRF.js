import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  rules
} from "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import {
  EXIT,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/render/rules-table.ts
function renderRulesTable(rules2) {
  const escape = (text) => text.replaceAll("|", "\\|");
  const switches = (r) => (r.options ?? []).map((o) => `\`${o.name}: ${String(o.default)}\`${o.values ? ` (${o.values.map(String).join(" \\| ")})` : ""}`).join("<br>");
  const rows = [...rules2].sort((a, b) => a.surface.localeCompare(b.surface) || a.id.localeCompare(b.id)).map(
    (r) => `| \`${r.id}\` | ${r.surface} | ${r.level} | ${escape(r.description)} | ${escape(r.rationale)} | ${switches(r)} |`
  );
  return [
    "| rule | surface | level (highest) | what it detects | why | switches: default (values) |",
    "|---|---|---|---|---|---|",
    ...rows
  ].join("\n");
}

// src/cli/rules.ts
async function rulesCommand(argv, io) {
  const { values } = parse(argv, { json: { type: "boolean" }, markdown: { type: "boolean" } });
  const list = rules.map((r) => ({
    id: r.id,
    level: r.level,
    surface: r.surface,
    description: r.description,
    rationale: r.rationale
  }));
  if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}
`);
  else if (values.markdown) io.stdout.write(`${renderRulesTable(rules)}
`);
  else for (const r of list) io.stdout.write(`${r.level.padEnd(5)}  ${r.id.padEnd(40)}  ${r.description}
`);
  return EXIT.ok;
}
export {
  rulesCommand
};
