import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  describeMove
} from "./chunk-2VIPLXAM.js";
import {
  GAPS_SHOWN,
  LEVELS,
  LEVEL_TITLE,
  driftDiff,
  endLabel,
  gapLine,
  groupByRule,
  incompleteTitle,
  isFirstRelease,
  levelLabel,
  locationLabel,
  percent,
  ruleOf,
  splitChanges,
  subjectNote,
  verdictLine,
  witnessError,
  witnessLead,
  witnessValue
} from "./chunk-XGYEHV2I.js";
import {
  codeSpan
} from "./chunk-IGSMMJ4B.js";
import {
  renderReportJson,
  stableJson
} from "./chunk-OERNSRID.js";
import {
  writeLine
} from "./chunk-2MH32WPR.js";
import {
  UsageError,
  useColor
} from "./chunk-DJUNXNBT.js";

// src/render/groups.ts
var ORDER = { major: 0, minor: 1, patch: 2 };
function itemLabel(item) {
  if (item === "package") return "the package";
  if (item.startsWith("ts:")) return `export ${item.slice(item.lastIndexOf(":") + 1)}`;
  const colon = item.indexOf(":");
  if (colon < 0) return item;
  const [kind, name] = [item.slice(0, colon), item.slice(colon + 1)];
  if (kind === "tool") return name;
  return `${kind.replace(/-/g, " ")} ${name}`;
}
function groupByItem(changes) {
  const groups = /* @__PURE__ */ new Map();
  const { contract, drift } = splitChanges(changes);
  const groupOf = (item) => {
    let group = groups.get(item);
    if (!group)
      groups.set(
        item,
        group = {
          item,
          label: itemLabel(item),
          byLevel: { major: [], minor: [], patch: [] },
          drift: [],
          worst: null
        }
      );
    return group;
  };
  for (const change of contract) {
    const group = groupOf(change.item);
    group.byLevel[change.level].push(change);
    if (group.worst === null || ORDER[change.level] < ORDER[group.worst]) group.worst = change.level;
  }
  for (const change of drift) groupOf(change.item).drift.push(change);
  const rank = (g) => g.worst === null ? 3 : ORDER[g.worst];
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.item.localeCompare(b.item));
}
var VERBS = {
  "tool-removed": "removed",
  "prompt-removed": "removed",
  "resource-removed": "removed",
  "resource-template-removed": "removed",
  "tool-added": "added",
  "prompt-added": "added",
  "resource-added": "added",
  "resource-template-added": "added",
  "input-property-removed": "removed",
  "output-property-removed": "removed",
  "input-optional-property-added": "added",
  "input-required-property-added": "added, required",
  "output-property-added": "added",
  "input-property-became-required": "now required",
  "input-property-became-optional": "now optional",
  "input-object-closed": "closed to extra properties",
  "input-object-opened": "open to extra properties",
  "ts-export-removed": "removed",
  "ts-export-added": "added",
  "bin-removed": "removed"
};
function tail(change) {
  if (change.subject === change.item || !change.subject.startsWith(change.item)) return "";
  return change.subject.slice(change.item.length).replace(/^[.:]/, "").replace(/^input\.?/, "");
}
function changePhrase(change, mark) {
  if (change.migration && /-renamed$/.test(change.rule)) {
    const what = change.subject === change.item ? "" : `${mark(change.migration.from)} `;
    return `${what}renamed to ${mark(change.migration.to)}`;
  }
  const verb = VERBS[change.rule] ?? change.rule.replace(/^(input|output|tool|prompt|resource|ts|capability|package)-/, "").replace(/-/g, " ");
  const place = tail(change);
  const named = place !== "" && place.split(/[.[\]_-]+/).filter(Boolean).every((word) => verb.split(" ").includes(word.toLowerCase()));
  const where = ["description", "title"].includes(place) || named ? "" : place;
  return where ? `${mark(where)} ${verb}` : verb;
}
function phrases(changes, mark, max) {
  const list = changes.slice(0, max).map((c) => changePhrase(c, mark));
  if (changes.length > max) list.push(`${changes.length - max} more`);
  return list.join(", ");
}
var REASON_NAMES = 4;
function nameList(names, mark) {
  const shown = names.slice(0, REASON_NAMES).map(mark);
  return names.length > REASON_NAMES ? `${shown.join(", ")} and ${names.length - REASON_NAMES} more` : shown.join(", ");
}
function kindOf(item) {
  if (item === "package") return "package";
  if (item.startsWith("ts:")) return "export";
  if (item.startsWith("bin:")) return "command";
  const colon = item.indexOf(":");
  return colon < 0 ? item : item.slice(0, colon).replace(/-/g, " ");
}
function bareName(item) {
  if (item.startsWith("ts:")) return item.slice(item.lastIndexOf(":") + 1);
  const colon = item.indexOf(":");
  return colon < 0 ? item : item.slice(colon + 1);
}
var plural = (n, noun) => `${n} ${noun}${n === 1 ? "" : noun.endsWith("s") ? "es" : "s"}`;
function reasons(report, mark) {
  if (report.required === "none") return [];
  const level = report.required;
  const changes = splitChanges(report.changes).contract.filter((c) => c.level === level);
  const whole = (suffix) => changes.filter((c) => c.subject === c.item && c.rule.endsWith(suffix));
  const out = [];
  const counted = /* @__PURE__ */ new Set();
  const clause = (list, verb) => {
    const byKind2 = /* @__PURE__ */ new Map();
    for (const c of list) {
      counted.add(c);
      if (c.item === "package") continue;
      const names = byKind2.get(kindOf(c.item)) ?? [];
      names.push(bareName(c.item));
      byKind2.set(kindOf(c.item), names);
    }
    for (const [kind, names] of byKind2) out.push(`${plural(names.length, kind)} ${verb} (${nameList(names, mark)})`);
  };
  clause(whole("-removed"), "removed");
  clause(whole("-renamed"), "renamed");
  clause(whole("-added"), "added");
  const rest = changes.filter((c) => !counted.has(c));
  const items = [...new Set(rest.filter((c) => c.item !== "package").map((c) => c.item))];
  const byKind = /* @__PURE__ */ new Map();
  for (const item of items) byKind.set(kindOf(item), [...byKind.get(kindOf(item)) ?? [], bareName(item)]);
  const how = level === "major" ? "changed in ways that break clients" : level === "minor" ? "extended compatibly" : "changed";
  for (const [kind, names] of byKind) out.push(`${plural(names.length, kind)} ${how} (${nameList(names, mark)})`);
  const pkg = rest.filter((c) => c.item === "package").map((c) => c.message);
  if (pkg.length > 0)
    out.push(`the package: ${pkg.slice(0, 2).join("; ")}${pkg.length > 2 ? ` and ${pkg.length - 2} more` : ""}`);
  return out;
}

// src/render/security.ts
function securityFindings(report) {
  return report.changes.filter((c) => c.category === "security").sort((a, b) => (b.security?.severity ?? 0) - (a.security?.severity ?? 0));
}
function severityName(severity) {
  return severity >= 9 ? "critical" : severity >= 7 ? "high" : severity >= 4 ? "medium" : "low";
}
function policyLine(report, count) {
  const policy = report.security?.policy ?? "warn";
  if (policy === "off")
    return "The tool-poisoning check is **off** (`policy.poisoning: off`): the texts the model reads were not checked.";
  if (count === 0) return "";
  return policy === "fail" ? `\u274C \`policy.poisoning: fail\`: ${count} finding${count === 1 ? "" : "s"} fail${count === 1 ? "s" : ""} this release.` : `These do not fail the release (\`policy.poisoning: warn\`); \`fail\` would. Read each before you publish or upgrade.`;
}
function renderSecurityMarkdown(report) {
  const findings = securityFindings(report);
  const policy = policyLine(report, findings.length);
  if (findings.length === 0) return policy ? `### \u{1F6E1}\uFE0F Security

${policy}
` : "";
  const lines = [
    `### \u{1F6E1}\uFE0F Security: possible tool poisoning (${findings.length})`,
    "",
    "Text the model reads (titles, descriptions, parameter descriptions, prompts) that is new in this version and looks like an attempt to steer the model.",
    "",
    policy,
    "",
    "| Severity | Where | What | Rule |",
    "|---|---|---|---|",
    ...findings.map(
      (c) => `| ${severityName(c.security.severity)} (${c.security.severity.toFixed(1)}) | ${codeSpan(c.subject).replace(/\|/g, "\\|")} | ${c.message.replace(/^Possible tool poisoning: /, "").replace(/\|/g, "\\|")} | ${codeSpan(c.rule)} |`
    ),
    "",
    "<details><summary>Evidence (the new text, as written; invisible characters named by code point)</summary>",
    "",
    ...findings.map((c) => `- ${codeSpan(c.subject)}: ${codeSpan(c.security.evidence, 400)}`),
    "",
    "</details>",
    ""
  ];
  return lines.join("\n");
}
function renderSecurityText(report) {
  const findings = securityFindings(report);
  if ((report.security?.policy ?? "warn") === "off")
    return ["", "Security: the tool-poisoning check is off (policy.poisoning: off)."];
  if (findings.length === 0) return [];
  return [
    "",
    `Security \u2014 possible tool poisoning: ${findings.length}${report.security?.policy === "fail" ? " (policy.poisoning: fail)" : ""}`,
    ...findings.flatMap((c) => [
      `  ! [${severityName(c.security.severity)}] ${c.message.replace(/^Possible tool poisoning: /, "")}  (${c.rule})`,
      `      ${JSON.stringify(c.security.evidence)}`
    ])
  ];
}

// src/render/markdown.ts
var STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SUMMARY_BUDGET_BYTES = STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;
var COMMENT_BODY_LIMIT_CHARS = 65536;
var COMMENT_LIMITS = {
  maxBytes: COMMENT_BODY_LIMIT_CHARS - 1024,
  limitName: "GitHub's 65,536-character comment limit"
};
var INLINE_WITNESS_CHARS = 160;
var PHRASES_PER_CELL = 4;
var WARNINGS_SHOWN = 5;
var OPEN_DETAILS_CHANGES = 12;
var TONE_EMOJI = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var LEVEL_EMOJI = { major: "\u{1F534}", minor: "\u{1F7E1}", patch: "\u{1F535}" };
var DRIFT_EMOJI = "\u{1F4DD}";
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function code(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
function fenced(text, lang) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${text}
${fence}`;
}
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=\w)/g, "@\u200B");
}
var bytes = (text) => Buffer.byteLength(text, "utf8");
function notRead(report) {
  const lines = [];
  for (const reading of report.incomplete ?? []) {
    lines.push(
      `> [!${reading.blocking ? "CAUTION" : "WARNING"}]`,
      `> **Not read: ${cell(incompleteTitle(reading))}**`,
      ">"
    );
    lines.push(`> It is an MCP server (${cell(reading.server)}). Tried: ${cell(reading.tried.join("; "))}.`);
    const gaps = reading.gaps.slice(0, GAPS_SHOWN).map((g) => `> - ${code(gapLine(g))}`);
    if (gaps.length) lines.push(">", ...gaps);
    if (reading.gapCount > GAPS_SHOWN)
      lines.push(`> - \u2026 and ${reading.gapCount - GAPS_SHOWN} more, in the JSON report`);
    if (reading.advice) lines.push(">", `> **To read it:** ${reading.advice}`);
    lines.push("");
  }
  return lines;
}
function locationMarkdown(change, source) {
  const label = locationLabel(change);
  if (!label || !change.location) return void 0;
  const old = change.locatedIn === "old";
  const commit = old ? source?.oldCommit : source?.commit;
  const suffix = old ? " in the old version" : "";
  if (!source || !commit) return `${code(label)}${suffix}`;
  const base = source.packagePath && source.packagePath !== "." ? `${source.packagePath.replace(/^\.\//, "").replace(/\/+$/, "")}/` : "";
  const file = `${base}${change.location.file}`.split("/").map(encodeURIComponent).join("/");
  const line = change.location.line !== void 0 ? `#L${change.location.line}` : "";
  return `[${code(label)}](${source.repositoryUrl.replace(/\/+$/, "")}/blob/${commit}/${file}${line})${suffix}`;
}
function head(report) {
  const verdict = verdictLine(report, code);
  const lines = [
    `## ${TONE_EMOJI[verdict.tone]} mcpver: ${verdict.title}`,
    "",
    verdict.sentence,
    ...report.incomplete?.length ? ["", ...notRead(report)] : []
  ];
  const moves = (report.mcpDependencies ?? []).map((move) => describeMove(move, code, escapeText));
  if (moves.length > 0)
    lines.push("", `**Tools from ${moves.length === 1 ? "a dependency" : "dependencies"}:** ${moves.join("; ")}.`);
  const why = reasons(report, code);
  if (why.length > 0 && !isFirstRelease(report)) lines.push("", `**Why:** ${why.join("; ")}.`);
  const policy = `fail-on ${report.policy.failOn}: ${report.failed ? "\u274C fails" : "\u2705 passes"}`;
  if (isFirstRelease(report)) {
    lines.push("", `<sub>First release \xB7 ${policy}</sub>`);
  } else {
    const next = report.nextVersion ? code(report.nextVersion) : "\u2014";
    const use = report.verdict === "under-bumped" ? `use ${next}` : `lowest allowed ${next}`;
    lines.push(
      "",
      `<sub>Required **${levelLabel(report, report.required)}** \xB7 made ${levelLabel(report, report.actual)} \xB7 ${use} \xB7 compatibility ${percent(report.score)} \xB7 migration ${report.complexity} \xB7 ${policy}</sub>`
    );
  }
  return lines.join("\n");
}
function itemCell(group) {
  const name = group.item === "package" ? "package" : group.label;
  return code(name);
}
function tableRow(group) {
  const count = (changes, emoji) => changes.length > 0 ? `${emoji} ${changes.length}: ${phrases(changes, code, PHRASES_PER_CELL)}` : "";
  const other = [...group.byLevel.patch, ...group.drift];
  return `| ${cell(itemCell(group))} | ${cell(count(group.byLevel.major, LEVEL_EMOJI.major))} | ${cell(count(group.byLevel.minor, LEVEL_EMOJI.minor))} | ${cell(count(other, other.length === group.drift.length ? DRIFT_EMOJI : LEVEL_EMOJI.patch))} |`;
}
function driftLines(change) {
  const parts = driftDiff(change);
  if (!parts) return [];
  const text = parts.map((p) => {
    const t = escapeText(p.text.replace(/\s+/g, " "));
    if (p.kind === "same" || !t.trim()) return t;
    const [lead, core, trail] = [t.match(/^\s*/)[0], t.trim(), t.match(/\s*$/)[0]];
    return p.kind === "removed" ? `${lead}<del>${core}</del>${trail}` : `${lead}<ins>${core}</ins>${trail}`;
  }).join("");
  return [`  - changed words: ${text}`];
}
function detail(report, change, source, explain = true) {
  const where = locationMarkdown(change, source);
  const subject = subjectNote(change);
  const emoji = change.category === "description-drift" ? DRIFT_EMOJI : LEVEL_EMOJI[change.level];
  const lines = [
    `- ${emoji} ${escapeText(change.message)}${where ? ` (${where})` : ""}${subject ? ` \u2014 ${code(subject)}` : ""} <sub>${code(change.rule)}</sub>`
  ];
  const rationale = change.level === "major" && explain ? ruleOf(change.rule)?.rationale : void 0;
  if (rationale) lines.push(`  - why it breaks: ${rationale}`);
  const lead = witnessLead(report, change);
  if (lead) {
    const value = witnessValue(change) ?? "";
    const isCode = change.witness?.kind === "typescript";
    if (!isCode && value.length <= INLINE_WITNESS_CHARS && !value.includes("\n"))
      lines.push(`  - ${lead}: ${code(value)}`);
    else lines.push(`  - ${lead}:`, "", fenced(value, isCode ? "ts" : "json").replace(/^/gm, "    "), "");
    const answer = witnessError(report, change);
    if (answer) lines.push(`  - ${code(answer)}`);
  }
  if (change.migration)
    lines.push(
      `  - migration: ${escapeText(change.migration.description)}${change.migration.evidence ? ` (evidence: ${escapeText(change.migration.evidence)})` : ""}`
    );
  if (change.flag) lines.push(`  - \u2691 worth a look: ${escapeText(change.flag)}`);
  lines.push(...driftLines(change));
  return lines.join("\n");
}
function pieces(report, source) {
  const out = [];
  const { contract, drift } = splitChanges(report.changes);
  const security = renderSecurityMarkdown(report);
  if (security) out.push({ text: security });
  if (contract.length + drift.length === 0) {
    out.push({ text: isFirstRelease(report) ? "_Nothing to compare yet._" : "_No changes to the contract._" });
  }
  const groups = groupByItem(report.changes);
  const contractGroups = groups.filter((g) => g.worst !== null);
  if (contractGroups.length > 0) {
    const { major, minor, patch } = report.summary;
    out.push({
      text: `### By item

${LEVEL_EMOJI.major} ${major} breaking \xB7 ${LEVEL_EMOJI.minor} ${minor} compatible \xB7 ${LEVEL_EMOJI.patch} ${patch} other, over ${contractGroups.length} item${contractGroups.length === 1 ? "" : "s"}

| Item | Breaks clients | Added or loosened | Other |
|---|---|---|---|`
    });
    for (const group of contractGroups)
      out.push({ text: tableRow(group), rows: Object.values(group.byLevel).flat().length + group.drift.length });
  }
  if (contract.length > 0) {
    const open = report.changes.length <= OPEN_DETAILS_CHANGES ? " open" : "";
    out.push({
      text: `
<details${open}><summary><b>Details of ${contract.length} change${contract.length === 1 ? "" : "s"}</b>: witnesses, why each breaks, migrations</summary>
`
    });
    const explained = /* @__PURE__ */ new Set();
    for (const group of contractGroups) {
      const changes = ["major", "minor", "patch"].flatMap((level) => group.byLevel[level]);
      const texts = changes.map((change) => {
        const text = detail(report, change, source, !explained.has(change.rule));
        explained.add(change.rule);
        return text;
      });
      out.push({ text: `
**${code(group.label)}**

${texts.join("\n")}`, details: changes.length });
    }
    out.push({ text: "\n</details>", closes: true });
  }
  const driftGroups = groups.filter((g) => g.drift.length > 0);
  if (driftGroups.length > 0) {
    const count = driftGroups.reduce((n, g) => n + g.drift.length, 0);
    out.push({
      text: `
<details><summary>${DRIFT_EMOJI} <b>Description drift</b>: ${count} description${count === 1 ? "" : "s"} changed (they steer agents; the contract is the same)</summary>
`
    });
    for (const group of driftGroups)
      for (const change of group.drift)
        out.push({ text: detail(report, change, source), details: 1, ...group.worst === null ? { rows: 1 } : {} });
    out.push({ text: "\n</details>", closes: true });
  }
  if (report.warnings.length > 0) {
    const shown = report.warnings.length > WARNINGS_SHOWN + 1 ? WARNINGS_SHOWN : report.warnings.length;
    out.push({ text: `
### Warnings (${report.warnings.length})
` });
    for (const warning of report.warnings.slice(0, shown)) out.push({ text: `- ${escapeText(warning)}` });
    if (shown < report.warnings.length) {
      out.push({ text: `
<details><summary>${report.warnings.length - shown} more warnings</summary>
` });
      for (const warning of report.warnings.slice(shown)) out.push({ text: `- ${escapeText(warning)}` });
      out.push({ text: "\n</details>", closes: true });
    }
  }
  return out;
}
function cutNote(report, rows, details, reportPath, limitName) {
  const total = report.changes.length;
  const shown = rows < total ? `it lists ${rows} of ${total} changes` : `it lists all ${total} changes but the details of only ${details}`;
  const where = reportPath ? `the JSON report ${code(reportPath)}` : "the JSON report";
  return `
> [!NOTE]
> \u2702\uFE0F This summary was cut to stay under ${limitName}: ${shown}. Every change is in ${where}.`;
}
function renderReportMarkdown(report, options = {}) {
  const budget = options.maxBytes ?? SUMMARY_BUDGET_BYTES;
  const limitName = options.limitName ?? "GitHub's 1 MiB job-summary limit";
  const top = head(report);
  const footer = options.reportPath ? `
---
<sub>Full report: ${code(options.reportPath)} \xB7 mcpver</sub>` : "";
  const all = pieces(report, options.source);
  const reserve = bytes(cutNote(report, report.changes.length, report.changes.length, options.reportPath, limitName)) + bytes(footer) + 64;
  const kept = [top];
  let used = bytes(top) + 2;
  let rows = 0;
  let details = 0;
  let truncated = false;
  let open = false;
  for (const piece of all) {
    const size = bytes(piece.text) + 1;
    if (used + size + reserve > budget) {
      truncated = true;
      break;
    }
    kept.push(piece.text);
    used += size;
    rows += piece.rows ?? 0;
    details += piece.details ?? 0;
    if (piece.text.includes("<details")) open = true;
    if (piece.closes) open = false;
  }
  if (open) kept.push("\n</details>");
  if (truncated)
    kept.push(cutNote(report, Math.min(rows, report.changes.length), details, options.reportPath, limitName));
  if (footer) kept.push(footer);
  const markdown = `${kept[0]}

${kept.slice(1).join("\n")}
`;
  return { markdown, truncated };
}

// src/render/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_LEVEL = { major: "error", minor: "warning", patch: "note" };
function artifactUri(file, packagePath) {
  const base = packagePath && packagePath !== "." ? packagePath.replace(/\/+$/, "") : "";
  return base ? `${base}/${file}` : file;
}
function securityLevel(severity) {
  return severity >= 7 ? "error" : "warning";
}
function result(report, change, ruleIndex, options) {
  const lead = witnessLead(report, change);
  const was = change.locatedIn === "old" && change.location ? `It was declared at ${change.location.file}${change.location.line !== void 0 ? `:${change.location.line}` : ""} in the old version` : "";
  const text = [
    change.message,
    was,
    lead ? `${lead}: ${witnessValue(change)}` : "",
    change.migration ? `Migration: ${change.migration.description}` : ""
  ].filter(Boolean).join(". ");
  const location = change.location ?? { file: "package.json" };
  const old = change.locatedIn === "old";
  return {
    ruleId: change.rule,
    ruleIndex,
    level: change.security ? securityLevel(change.security.severity) : SARIF_LEVEL[change.level],
    message: { text: change.security ? `${change.message}. New text: ${change.security.evidence}` : text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(location.file, options.packagePath) },
          ...location.line !== void 0 && !old ? {
            region: {
              startLine: location.line,
              ...location.column !== void 0 ? { startColumn: location.column } : {}
            }
          } : {}
        }
      }
    ],
    // The subject is what a change is about across versions; it keeps one alert per subject and rule.
    partialFingerprints: { "mcpverSubject/v1": `${change.rule}:${change.subject}` },
    properties: {
      subject: change.subject,
      item: change.item,
      semverLevel: change.level,
      ...change.category ? { category: change.category } : {},
      ...change.security ? {
        "security-severity": change.security.severity.toFixed(1),
        securityKind: change.security.kind,
        tags: ["security", "tool-poisoning"]
      } : {},
      ...change.location ? {} : { locationKnown: false }
    }
  };
}
function renderSarif(report, options = {}) {
  const used = [...new Set(report.changes.map((c) => c.rule))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const rule = ruleOf(id);
    return {
      id,
      name: id,
      shortDescription: { text: rule?.description ?? id },
      ...rule ? { fullDescription: { text: rule.rationale }, help: { text: `${rule.description} ${rule.rationale}` } } : {},
      defaultConfiguration: {
        level: rule?.securitySeverity !== void 0 ? securityLevel(rule.securitySeverity) : SARIF_LEVEL[rule?.level ?? "patch"]
      },
      properties: {
        semverLevel: rule?.level ?? "patch",
        ...rule ? { surface: rule.surface } : {},
        ...rule?.securitySeverity !== void 0 ? {
          "security-severity": rule.securitySeverity.toFixed(1),
          tags: ["security", "tool-poisoning"],
          precision: "medium"
        } : {}
      }
    };
  });
  const verdict = verdictLine(report);
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mcpver",
            ...options.toolVersion ? { version: options.toolVersion } : {},
            rules
          }
        },
        results: report.changes.map((change) => result(report, change, index.get(change.rule), options)),
        properties: {
          verdict: report.verdict,
          summary: `${verdict.title}: ${verdict.sentence}`,
          required: report.required,
          actual: report.actual,
          nextVersion: report.nextVersion,
          failed: report.failed,
          ...report.security ? { poisoningPolicy: report.security.policy, securityFindings: report.security.findings } : {}
        }
      }
    ]
  };
  return stableJson(sarif);
}

// src/render/text.ts
import { styleText } from "node:util";
var TEXT_CHANGES_PER_RULE = 10;
var TEXT_DETAILED_CHANGES = 30;
var TEXT_ITEMS = 40;
var TONE_MARK = { pass: "\u2713", warn: "!", fail: "\u2717" };
var TONE_COLOR = { pass: "green", warn: "yellow", fail: "red" };
var LEVEL_MARK = { major: "\u2717", minor: "+", patch: "\xB7" };
var LEVEL_COLOR = { major: "red", minor: "cyan", patch: "gray" };
function renderReport(report, options) {
  const paint = (format, text) => options.color ? styleText(format, text, { validateStream: false }) : text;
  const lines = [];
  const verdict = verdictLine(report);
  lines.push(
    `${paint(["bold", TONE_COLOR[verdict.tone]], `${TONE_MARK[verdict.tone]} ${verdict.title}:`)} ${verdict.sentence}`
  );
  const plain = (end) => !end || end.ref === end.version || end.ref === `v${end.version}`;
  if (!plain(report.from) || !plain(report.to))
    lines.push(paint("dim", `  ${endLabel(report.from)} \u2192 ${endLabel(report.to)}`));
  for (const reading of report.incomplete ?? []) {
    lines.push("", paint(["bold", reading.blocking ? "red" : "yellow"], `Not read: ${incompleteTitle(reading)}`));
    lines.push(paint("dim", `  It is an MCP server: ${reading.server}. Tried: ${reading.tried.join("; ")}.`));
    for (const gap of reading.gaps.slice(0, GAPS_SHOWN)) lines.push(`    ${paint("yellow", "?")} ${gapLine(gap)}`);
    if (reading.gapCount > GAPS_SHOWN)
      lines.push(
        paint(
          "dim",
          `    \u2026 and ${reading.gapCount - GAPS_SHOWN} more (in the JSON report and the snapshot's warnings)`
        )
      );
    if (reading.advice) lines.push(`  ${paint("green", "to read it:")} ${reading.advice}`);
  }
  for (const move of report.mcpDependencies ?? [])
    lines.push("", `${paint("bold", "From a dependency:")} ${describeMove(move)}`);
  const { contract, drift } = splitChanges(report.changes);
  const describeChange = (change, mark, color) => {
    const where = locationLabel(change);
    lines.push(`    ${paint(color, mark)} ${change.message}${where ? paint("dim", `  ${where}`) : ""}`);
    const subject = subjectNote(change);
    if (subject) lines.push(paint("dim", `      ${subject}`));
    const lead = witnessLead(report, change);
    if (lead) lines.push(`      ${lead}: ${witnessValue(change)}`);
    const answer = witnessError(report, change);
    if (answer) lines.push(paint("dim", `      ${answer}`));
    if (change.migration) lines.push(`      ${paint("green", "migrate:")} ${change.migration.description}`);
    if (change.flag) lines.push(`      ${paint("yellow", "look:")} ${change.flag}`);
    const parts = driftDiff(change);
    if (parts) {
      const marked = (text, open, close, color2) => {
        const [lead2, core, trail] = [text.match(/^\s*/)[0], text.trim(), text.match(/\s*$/)[0]];
        return core ? `${lead2}${paint(color2, `${open}${core}${close}`)}${trail}` : text;
      };
      const words = parts.map(
        (p) => p.kind === "same" ? p.text : p.kind === "removed" ? marked(p.text, "[-", "-]", "red") : marked(p.text, "{+", "+}", "green")
      );
      lines.push(`      changed words: ${words.join("").replace(/\s+/g, " ")}`);
    }
  };
  const markOf = (change, level) => level !== "major" && /-removed$/.test(change.rule) ? "\u2212" : LEVEL_MARK[level];
  const describeGroup = (rule, changes, mark, color) => {
    const rationale = ruleOf(rule)?.rationale;
    lines.push(`  ${paint("bold", rule)}${rationale ? ` \u2014 ${rationale}` : ""}`);
    for (const change of changes.slice(0, TEXT_CHANGES_PER_RULE))
      describeChange(change, mark === "~" ? mark : markOf(change, change.level), color);
    if (changes.length > TEXT_CHANGES_PER_RULE)
      lines.push(paint("dim", `    \u2026 and ${changes.length - TEXT_CHANGES_PER_RULE} more`));
  };
  if (contract.length + drift.length === 0) {
    lines.push("", isFirstRelease(report) ? "Nothing to compare yet." : "No changes to the contract.");
  }
  const why = reasons(report, (t) => t);
  if (why.length > 0 && !isFirstRelease(report)) lines.push(`  why: ${why.join("; ")}`);
  if (report.changes.length > TEXT_DETAILED_CHANGES) {
    const groups = groupByItem(report.changes);
    lines.push(
      "",
      paint(
        "bold",
        `${report.changes.length} changes over ${groups.length} items (${report.summary.major} breaking, ${report.summary.minor} compatible, ${report.summary.patch} other):`
      )
    );
    for (const group of groups.slice(0, TEXT_ITEMS)) {
      const removedMinor = group.byLevel.minor.filter((c) => /-removed$/.test(c.rule));
      const addedMinor = group.byLevel.minor.filter((c) => !removedMinor.includes(c));
      const parts = [
        group.byLevel.major.length ? paint("red", `\u2717 ${phrases(group.byLevel.major, (t) => t, 3)}`) : "",
        addedMinor.length ? paint("cyan", `+ ${phrases(addedMinor, (t) => t, 3)}`) : "",
        removedMinor.length ? paint("cyan", `\u2212 ${phrases(removedMinor, (t) => t, 3)}`) : "",
        group.byLevel.patch.length + group.drift.length ? paint("gray", `\xB7 ${group.byLevel.patch.length + group.drift.length} other`) : ""
      ].filter(Boolean);
      lines.push(`  ${paint("bold", group.label)}: ${parts.join("  ")}`);
    }
    if (groups.length > TEXT_ITEMS) lines.push(paint("dim", `  \u2026 and ${groups.length - TEXT_ITEMS} more items`));
    lines.push(paint("dim", "  Every change, with witnesses: --format markdown or --json."));
  } else {
    for (const level of LEVELS) {
      const ofLevel = contract.filter((c) => c.level === level);
      if (ofLevel.length === 0) continue;
      lines.push("", paint(["bold", LEVEL_COLOR[level]], `${LEVEL_TITLE[level]}: ${ofLevel.length}`));
      for (const group of groupByRule(ofLevel))
        describeGroup(group.rule, group.changes, LEVEL_MARK[level], LEVEL_COLOR[level]);
    }
  }
  if (drift.length > 0 && report.changes.length <= TEXT_DETAILED_CHANGES) {
    lines.push("", paint(["bold", "yellow"], `Description drift: ${drift.length}`));
    for (const group of groupByRule(drift)) describeGroup(group.rule, group.changes, "~", "yellow");
  }
  lines.push(...renderSecurityText(report));
  lines.push("");
  if (!isFirstRelease(report)) {
    const next = report.nextVersion ?? "\u2014";
    const use = report.verdict === "under-bumped" ? `use ${paint(["bold", "green"], next)}` : `lowest allowed ${next}`;
    lines.push(
      `Required ${paint("bold", levelLabel(report, report.required))} \xB7 made ${paint("bold", levelLabel(report, report.actual))} \xB7 ${use}`
    );
    lines.push(
      `Compatibility ${percent(report.score)} of the old surface works unchanged \xB7 migration complexity ${report.complexity}`
    );
  }
  const outcome = report.failed ? paint("red", "fails this release") : "passes this release";
  lines.push(paint("dim", `Policy fail-on: ${report.policy.failOn} ${"\u2192"} `) + outcome);
  for (const warning of report.warnings) lines.push(paint("yellow", `warning: ${warning}`));
  return `${lines.join("\n")}
`;
}

// src/render/formats.ts
var REPORT_FORMATS = {
  json: {
    description: "the report contract (docs/report-format.md)",
    render: (report) => renderReportJson(report)
  },
  sarif: {
    description: "for code scanning",
    render: (report, o) => renderSarif(report, o.packagePath ? { packagePath: o.packagePath } : {})
  },
  markdown: {
    description: "a job summary or a comment",
    render: (report) => renderReportMarkdown(report).markdown
  },
  text: {
    description: "what a person reads in a terminal or a log",
    render: (report, o) => renderReport(report, { color: o.color ?? false })
  }
};
var REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS);
function isReportFormat(name) {
  return Object.hasOwn(REPORT_FORMATS, name);
}
function renderReportAs(report, format, options = {}) {
  return REPORT_FORMATS[format].render(report, options);
}

// src/cli/output.ts
function formatOption(values) {
  if (values.json) return "json";
  const format = values.format ?? "text";
  if (!isReportFormat(format))
    throw new UsageError(`--format must be one of ${REPORT_FORMAT_NAMES.join(", ")} (got "${format}").`);
  return format;
}
function writeReport(report, format, io, noColor, packagePath) {
  writeLine(
    io.stdout,
    renderReportAs(report, format, { color: useColor(noColor, io), ...packagePath ? { packagePath } : {} })
  );
}

export {
  formatOption,
  writeReport
};
