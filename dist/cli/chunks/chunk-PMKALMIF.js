import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  percent,
  verdictLine,
  versionLabel,
  witnessLead
} from "./chunk-XGYEHV2I.js";
import {
  neutralizeModelText
} from "./chunk-IGSMMJ4B.js";
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  printParseErrorCode
} from "./chunk-3FT6CWW4.js";

// src/github/markers.ts
function migrationMarker(marker) {
  const fields = {
    package: marker.package,
    version: marker.version,
    ...marker.provider ? { provider: marker.provider } : {}
  };
  return `<!-- mcpver:migration ${JSON.stringify(fields)} -->`;
}
function rollbackMarker(marker) {
  return `<!-- mcpver:rollback ${JSON.stringify({ point: marker.point })} -->`;
}

// src/render/migration-body.ts
var REPORT_ROWS = 30;
var GITHUB_BODY_LIMIT = 65536;
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function fence(text, language) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${language}
${text}
${ticks}`;
}
var INLINE_WITNESS_CHARS = 160;
function inlineCode(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return longest > 0 ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=\w)/g, "@\u200B");
}
function withPackageSpecs(text) {
  return text.split(/((?:@[\w.-]+\/)?[\w.-]+@\d[\w.+-]*)/).map((part, i) => i % 2 === 1 ? inlineCode(part) : escapeText(part)).join("");
}
function stepLine(step) {
  const rest = step.description.startsWith(`${step.file}: `) ? step.description.slice(step.file.length + 2) : step.description;
  const pin = step.kind === "bump-pin" ? /^(.*) (\S+) → (\S+)$/.exec(rest) : null;
  const what = pin ? `${inlineCode(pin[1])} ${inlineCode(pin[2])} \u2192 ${inlineCode(pin[3])}` : withPackageSpecs(rest);
  return `- [x] ${step.kind}: ${inlineCode(step.file)}: ${what}`;
}
function manualStepLines(step, report, witnesses) {
  const lines = [
    `- [ ] ${escapeText(step.message)} <sub>${inlineCode(step.rule)}${step.level && step.level !== "major" ? `, ${step.level}: worth a look` : ""}</sub>`
  ];
  if (step.hint)
    lines.push(
      `  - Suggested: ${escapeText(step.hint.description)}${step.hint.evidence ? "" : " (not applied: mcpver is not certain it is the same item renamed)"}`
    );
  if (step.note) lines.push(`  - \u2691 ${escapeText(step.note)}`);
  if (step.mentions.length > 0) lines.push(`  - Used at: ${step.mentions.map((m) => inlineCode(m)).join(", ")}`);
  if (witnesses && step.witness) {
    const lead = witnessLead(report, { witness: step.witness }) ?? "witness";
    const value = typeof step.witness.value === "string" ? step.witness.value : JSON.stringify(step.witness.value);
    const error = step.witness.error ? ` \u2014 ${inlineCode(step.witness.error.replace(/\r?\n/g, " "))}` : "";
    if (step.witness.kind !== "typescript" && value.length <= INLINE_WITNESS_CHARS)
      lines.push(`  - ${lead}: ${inlineCode(value)}${error}`);
    else
      lines.push(
        `  - <details><summary>${lead}</summary>`,
        "",
        fence(value, step.witness.kind === "typescript" ? "ts" : "json").replace(/^/gm, "    "),
        "",
        `    ${error.replace(/^ — /, "")}`,
        "    </details>"
      );
  }
  return lines;
}
var UNUSED_NAMES = 6;
function notUsedLine(plan, input) {
  const steps = plan.notUsed ?? [];
  if (steps.length === 0) return [];
  const names = [...new Set(steps.map((s) => s.subject))];
  const shown = names.slice(0, UNUSED_NAMES).map((n) => inlineCode(n)).join(", ");
  const more = names.length > UNUSED_NAMES ? ` and ${names.length - UNUSED_NAMES} more` : "";
  const report = input.reportUrl ? `[the full report](${input.reportUrl})` : input.reportPath ? `the full report (${inlineCode(input.reportPath)} on the state branch)` : "the report below";
  return [
    "",
    `${steps.length}${plan.manualSteps.length > 0 ? " more" : ""} breaking change${steps.length === 1 ? " is" : "s are"} about ${shown}${more}, which this repository's code and configuration do not name: see ${report}. An agent that picks tools at run time may still call them.`
  ];
}
function reportSection(report, rows, reportPath, reportUrl) {
  const { major, minor, patch } = report.summary;
  const lines = [
    `<details><summary>Report: ${major} breaking, ${minor} compatible, ${patch} other change${patch === 1 ? "" : "s"}; compatibility score ${percent(report.score)}</summary>`,
    "",
    `${verdictLine(report, inlineCode).sentence}`,
    ""
  ];
  if (report.changes.length > 0) {
    lines.push("| Level | Subject | Change |", "| --- | --- | --- |");
    for (const change of report.changes.slice(0, rows))
      lines.push(`| ${change.level} | ${cell(inlineCode(change.subject))} | ${cell(escapeText(change.message))} |`);
    const left = report.changes.length - rows;
    if (left > 0) {
      lines.push(
        "",
        `\u2026 and ${left} more change${left === 1 ? "" : "s"}${reportUrl ? `: see [the whole report](${reportUrl})` : reportPath ? `: the whole report is \`${reportPath}\` on the state branch` : ""}.`
      );
    }
  }
  lines.push("", "</details>");
  return lines;
}
function render(input, budget) {
  const { plan, report } = input;
  const from = plan.from ?? versionLabel(report.from);
  const out = [
    migrationMarker({ package: plan.package, version: plan.to, provider: input.provider }),
    `## Migrate ${inlineCode(plan.package)} ${from} \u2192 ${plan.to}`,
    ""
  ];
  if (input.dryRun) out.push("> Dry run: this is the plan; nothing was opened or changed.", "");
  if (plan.skipped) {
    out.push(`**Not migrated.** ${plan.skipped}`, "");
  }
  out.push(`**Effort: ${plan.effort.size}** (complexity ${plan.effort.complexity}). ${plan.effort.summary}`, "");
  out.push("### Before merging", "", ...plan.preSteps.map((s) => `- ${s}`), "");
  out.push("### What this pull request changes", "");
  if (plan.steps.length === 0) out.push("Nothing: no pin or code needs an automatic edit.");
  const explained = /* @__PURE__ */ new Set();
  for (const step of plan.steps) {
    out.push(stepLine(step));
    if (step.evidence && !explained.has(step.evidence)) {
      explained.add(step.evidence);
      out.push(`  - why mcpver is certain: ${escapeText(step.evidence)}`);
    }
  }
  out.push("");
  const shown = plan.manualSteps.slice(0, budget.manualSteps);
  out.push(`### Manual steps (${plan.manualSteps.length})`, "");
  if (plan.manualSteps.length === 0)
    out.push(
      (plan.notUsed ?? []).length > 0 ? "None for what this repository uses." : "None: every breaking change is handled above."
    );
  else out.push(...shown.flatMap((s) => manualStepLines(s, report, budget.witnesses)));
  if (plan.manualSteps.length > shown.length)
    out.push(`- \u2026 and ${plan.manualSteps.length - shown.length} more in the report below.`);
  out.push(...notUsedLine(plan, input));
  out.push("", "### After merging", "", ...plan.postSteps.map((s) => `- ${s}`), "");
  out.push("### How to roll back", "", ...plan.rollbackSteps.map((s) => `- ${s}`), "");
  if (plan.notes.length > 0) out.push("### Notes", "", ...plan.notes.map((n) => `- ${n}`), "");
  if (input.advice)
    out.push(
      "### Advice",
      "",
      "> Written by a language model from the report above; check it against the plan.",
      "",
      neutralizeModelText(input.advice),
      ""
    );
  out.push(...reportSection(report, budget.changeRows, input.reportPath, input.reportUrl), "");
  return out.join("\n");
}
function renderMigrationBody(input, limit = GITHUB_BODY_LIMIT) {
  const budget = {
    changeRows: Math.min(input.report.changes.length, REPORT_ROWS),
    manualSteps: input.plan.manualSteps.length,
    witnesses: true
  };
  let body = render(input, budget);
  while (body.length > limit && budget.changeRows > 0) {
    budget.changeRows = Math.floor(budget.changeRows / 2);
    body = render(input, budget);
  }
  if (body.length > limit) {
    budget.witnesses = false;
    body = render(input, budget);
  }
  while (body.length > limit && budget.manualSteps > 0) {
    budget.manualSteps = Math.floor(budget.manualSteps / 2);
    body = render(input, budget);
  }
  return body.length > limit ? `${body.slice(0, limit - 40)}

\u2026 (cut at GitHub's limit)
` : body;
}

// src/migrate/types.ts
var DependentParseError = class extends Error {
  constructor(file, detail) {
    super(`${file} does not parse: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
  name = "DependentParseError";
};

// src/migrate/json-text.ts
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
function parseJsonTree(file, text, flavour = { comments: false }) {
  const errors = [];
  const tree = parseTree(text, errors, { allowTrailingComma: flavour.comments, disallowComments: !flavour.comments });
  const first = errors[0];
  if (first || !tree) {
    const detail = first ? `${printParseErrorCode(first.error)} at ${lineAndColumn(text, first.offset)}` : "the file is empty";
    throw new DependentParseError(file, detail);
  }
  return tree;
}
function objectEntries(node) {
  if (!node || node.type !== "object") return [];
  return (node.children ?? []).filter((p) => p.children?.[1]).map((p) => [p.children[0].value, p.children[1]]);
}
function childAt(tree, path) {
  return findNodeAtLocation(tree, path);
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function setJsonString(text, path, value) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const edits = modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } });
  return applyEdits(text, edits);
}
function stringValues(node, base) {
  const found = [];
  if (node.type === "string") found.push({ path: base, node });
  else if (node.type === "array")
    (node.children ?? []).forEach((child, i) => found.push(...stringValues(child, [...base, i])));
  else if (node.type === "object")
    for (const [key, child] of objectEntries(node)) found.push(...stringValues(child, [...base, key]));
  return found;
}

export {
  DependentParseError,
  parseJsonTree,
  objectEntries,
  childAt,
  lineOf,
  setJsonString,
  stringValues,
  rollbackMarker,
  GITHUB_BODY_LIMIT,
  renderMigrationBody
};
