import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  diffWords
} from "./chunk-JOTVTROF.js";
import {
  rules
} from "./chunk-RKM4EP6H.js";

// src/render/describe.ts
var LEVELS = ["major", "minor", "patch"];
var LEVEL_TITLE = {
  major: "Breaking changes (major)",
  minor: "Compatible changes (minor)",
  patch: "Fixes and other changes (patch)"
};
var registry = new Map(rules.map((rule) => [rule.id, rule]));
function ruleOf(id) {
  return registry.get(id);
}
function versionLabel(end) {
  if (!end) return "(none)";
  return end.version ?? end.ref ?? "(unknown)";
}
function endLabel(end) {
  if (!end) return "(none)";
  if (end.ref && end.version && end.ref !== end.version && end.ref !== `v${end.version}`)
    return `${end.ref} (${end.version})`;
  return end.ref ?? end.version ?? "(unknown)";
}
function isFirstRelease(report) {
  return report.from === null;
}
function isUnversioned(report) {
  return report.from !== null && (report.from.version === null || report.to.version === null);
}
function splitChanges(changes) {
  return {
    contract: changes.filter((c) => c.category !== "description-drift" && c.category !== "security"),
    drift: changes.filter((c) => c.category === "description-drift")
  };
}
function groupByRule(changes) {
  const groups = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const group = groups.get(change.rule);
    if (group) group.push(change);
    else groups.set(change.rule, [change]);
  }
  return [...groups].map(([rule, list]) => ({ rule, changes: list }));
}
var plainMark = (text) => text;
function readsAsZeroMajor(report) {
  const from = report.from?.version;
  return report.policy.zeroMajor === "caret" && !!from && /^0\./.test(from) && /^0\./.test(report.to.version ?? "");
}
function bumpPhrase(level, zeroMajor, zeroZero = false) {
  if (level === "none") return "no release";
  if (!zeroMajor) return `a ${level} release`;
  if (zeroZero) return "a new 0.0.z release (every 0.0.z release may break)";
  return level === "major" ? "a breaking (0.y) release" : "a patch (0.y.z) release";
}
function verdictLine(report, mark = plainMark) {
  const line = contractVerdict(report, mark);
  const findings = report.security?.findings ?? 0;
  if (line.tone !== "pass" || findings === 0) return line;
  return {
    tone: "warn",
    title: line.title,
    sentence: `${line.sentence} Review ${findings === 1 ? "the possible tool poisoning finding" : `the ${findings} possible tool poisoning findings`} below.`
  };
}
function contractVerdict(report, mark) {
  const to = versionLabel(report.to);
  const name = report.package ? `${mark(report.package)} ` : "";
  const zero = readsAsZeroMajor(report);
  const zeroZero = zero && /^0\.0\./.test(report.from?.version ?? "");
  const bump = (level) => bumpPhrase(level, zero, zeroZero);
  if (report.verdict === "incomplete") {
    const blocking = (report.incomplete ?? []).filter((r) => r.blocking);
    const which = blocking.map((r) => versionLabel(r)).filter((v, i, all) => all.indexOf(v) === i).join(" and ");
    const read = isFirstRelease(report) ? "" : ` What could be read needs ${bump(report.required)}.`;
    return {
      tone: "fail",
      title: "Incomplete",
      sentence: `mcpver could not read the whole MCP surface of ${name}${which || to}, so it cannot say this release is safe.${read}`
    };
  }
  if (isFirstRelease(report)) {
    return {
      tone: "pass",
      title: "First release",
      sentence: `${name}${to} has no earlier release to compare with: everything it offers is new.`
    };
  }
  if (isUnversioned(report)) {
    const needs = `The changes from ${mark(endLabel(report.from))} to ${mark(endLabel(report.to))} need ${bump(report.required)} (neither side carries a version to compare).`;
    if (report.required === "major") return { tone: "fail", title: "Breaking", sentence: needs };
    return { tone: "pass", title: report.required === "none" ? "No changes" : "Compatible", sentence: needs };
  }
  const from = versionLabel(report.from);
  const made = `${from} \u2192 ${to} is ${bump(report.actual)}`;
  if (report.verdict === "under-bumped") {
    return {
      tone: "fail",
      title: "Under-bumped",
      sentence: `${name}${to} needs ${bump(report.required)}, but ${made}. Release ${report.nextVersion ? mark(report.nextVersion) : "a higher version"} instead.`
    };
  }
  if (report.failed) {
    return {
      tone: "fail",
      title: "Fails policy",
      sentence: `${made}, as its changes require, but the policy fail-on: ${report.policy.failOn} refuses breaking changes.`
    };
  }
  if (report.verdict === "over-bumped") {
    return {
      tone: "warn",
      title: "Over-bumped",
      sentence: `${made}, but its changes need only ${bump(report.required)}: ${report.nextVersion ? mark(report.nextVersion) : "a lower version"} would do.`
    };
  }
  return { tone: "pass", title: "OK", sentence: `${made}, and its changes need ${bump(report.required)}.` };
}
function levelLabel(report, level) {
  return bumpPhrase(level, readsAsZeroMajor(report)).replace(/^an? /, "").replace(/ release$/, "");
}
function incompleteTitle(reading) {
  const end = endLabel({ ref: reading.ref, version: reading.version });
  return `${end}: ${reading.reason}${reading.blocking ? "" : " (the verdict stands on what was read)"}`;
}
function gapLine(gap) {
  const where = gap.location ? `${gap.location.file}${gap.location.line !== void 0 ? `:${gap.location.line}` : ""}: ` : "";
  return `${where}${gap.message}`;
}
var GAPS_SHOWN = 8;
function percent(score) {
  return `${Math.round(score * 1e3) / 10}%`;
}
function locationLabel(change) {
  const l = change.location;
  if (!l) return void 0;
  return [l.file, l.line, l.line !== void 0 ? l.column : void 0].filter((x) => x !== void 0).join(":");
}
function witnessValue(change) {
  const witness = change.witness;
  if (!witness) return void 0;
  return typeof witness.value === "string" ? witness.value : JSON.stringify(witness.value);
}
function witnessLead(report, change) {
  if (!change.witness) return void 0;
  const from = versionLabel(report.from);
  const to = versionLabel(report.to);
  return change.witness.kind === "typescript" ? `this code compiled against ${from} and fails against ${to}` : `this call worked on ${from} and fails on ${to}`;
}
function witnessError(report, change) {
  return change.witness?.error ? `${versionLabel(report.to)} says: ${change.witness.error}` : void 0;
}
var DRIFT_CONTEXT_WORDS = 8;
function driftDiff(change) {
  if (change.category !== "description-drift" || typeof change.before !== "string" || typeof change.after !== "string")
    return void 0;
  const parts = diffWords(change.before, change.after).map((p) => ({
    kind: p.added ? "added" : p.removed ? "removed" : "same",
    text: p.value
  }));
  return parts.map((part, i) => {
    if (part.kind !== "same") return part;
    const words = part.text.split(/(\s+)/);
    const keep = DRIFT_CONTEXT_WORDS * 2;
    const [first, last] = [i === 0, i === parts.length - 1];
    if (words.length <= keep * (first || last ? 1 : 2) + 1) return part;
    const head = first ? "" : words.slice(0, keep).join("");
    const tail = last ? "" : words.slice(-keep).join("");
    return { kind: "same", text: `${head}${head ? " " : ""}\u2026${tail ? " " : ""}${tail}` };
  });
}
function subjectNote(change) {
  if (change.subject === change.item) return void 0;
  const tail = change.subject.startsWith(`${change.item}.`) ? change.subject.slice(change.item.length + 1) : change.subject;
  return change.message.includes(tail) ? void 0 : change.subject;
}

export {
  LEVELS,
  LEVEL_TITLE,
  ruleOf,
  versionLabel,
  endLabel,
  isFirstRelease,
  splitChanges,
  groupByRule,
  verdictLine,
  levelLabel,
  incompleteTitle,
  gapLine,
  GAPS_SHOWN,
  percent,
  locationLabel,
  witnessValue,
  witnessLead,
  witnessError,
  driftDiff,
  subjectNote
};
