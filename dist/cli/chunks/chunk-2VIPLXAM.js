import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  VersionError
} from "./chunk-OCWCKWLY.js";
import {
  overriddenLevel,
  rules,
  surfaceItems
} from "./chunk-RKM4EP6H.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import {
  hasTypeScriptSurface,
  loadTypeScriptEngine
} from "./chunk-K53IGPRN.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/surface/depth.ts
var MAX_SCHEMA_DEPTH = 256;
function deeperThan(value, limit) {
  const stack = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
function assertSchemaDepth(snapshot, which, limit = MAX_SCHEMA_DEPTH) {
  for (const tool of snapshot.mcp?.tools ?? []) {
    for (const [part, schema] of [
      ["input", tool.inputSchema],
      ["output", tool.outputSchema]
    ]) {
      if (schema !== void 0 && deeperThan(schema, limit)) {
        throw new SnapshotError(
          `The ${which} version's tool "${tool.name}" has an ${part} schema nested more than ${limit} levels deep; mcpver compares schemas up to ${limit} levels. Name repeated or recursive parts with $defs and $ref so that the schema stays shallow.`
        );
      }
    }
  }
}

// src/compat/uncaptured.ts
var NOUN = {
  capabilities: "the declared capabilities (the initialize result)",
  tools: "tools",
  prompts: "prompts",
  resources: "resources",
  resourceTemplates: "resource templates"
};
function uncapturedParts(old, next) {
  const parts = /* @__PURE__ */ new Map();
  for (const [side, snapshot] of [
    ["old", old],
    ["new", next]
  ]) {
    for (const part of snapshot?.mcp?.uncaptured ?? []) parts.set(part, [...parts.get(part) ?? [], side]);
  }
  return parts;
}
function without(mcp, parts) {
  const out = { ...mcp };
  for (const part of parts) {
    if (part === "capabilities") out.capabilities = {};
    else out[part] = [];
  }
  return out;
}
function comparableSnapshots(old, next) {
  const parts = uncapturedParts(old, next);
  if (parts.size === 0 || !old.mcp || !next.mcp) return { old, new: next };
  return {
    old: { ...old, mcp: without(old.mcp, parts.keys()) },
    new: { ...next, mcp: without(next.mcp, parts.keys()) }
  };
}
function uncapturedWarnings(old, next) {
  if (!old?.mcp || !next.mcp) return [];
  const parts = uncapturedParts(old, next);
  return Object.keys(NOUN).filter((part) => parts.has(part)).map((part) => {
    const sides = parts.get(part);
    const where = sides.length === 2 ? "neither capture holds them" : `the ${sides[0]} capture does not hold them`;
    return `mcp: ${NOUN[part]} were not compared: ${where} (a part missing from a capture is unknown, not empty).`;
  });
}

// src/compat/diff.ts
async function diffSnapshotsAsync(old, next, options = {}) {
  if (hasTypeScriptSurface(old)) await loadTypeScriptEngine();
  return diffSnapshots(old, next, options);
}
function diffSnapshots(oldInput, nextInput, options = {}) {
  assertSchemaDepth(oldInput, "old");
  assertSchemaDepth(nextInput, "new");
  const { old, new: next } = comparableSnapshots(oldInput, nextInput);
  const context = { old, new: next, options: options.ruleOptions ?? {}, registry: rules };
  const changes = [];
  for (const rule of options.rules ?? rules) {
    for (const found of rule.detect(context)) {
      const level = overriddenLevel(found.rule, found.level, context.options);
      if (level === null) continue;
      const change = { ...JSON.parse(JSON.stringify(found)), level };
      const location = next.mcp?.locations?.[change.item];
      const oldLocation = old.mcp?.locations?.[change.item];
      if (!change.location && location) change.location = location;
      else if (!change.location && oldLocation) Object.assign(change, { location: oldLocation, locatedIn: "old" });
      changes.push(change);
    }
  }
  return changes;
}

// src/version/level.ts
var LEVEL_ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
function maxLevel(a, b) {
  return LEVEL_ORDER[a] >= LEVEL_ORDER[b] ? a : b;
}

// src/version/bump.ts
var import_semver = __toESM(require_semver(), 1);
function parseVersion(version, what) {
  const parsed = import_semver.default.parse(version);
  if (!parsed) throw new VersionError(`The ${what} version "${version}" is not a semantic version.`);
  return parsed;
}
function actualBump(from, to, zeroMajor = "caret") {
  const a = parseVersion(from, "previous");
  const b = parseVersion(to, "new");
  const order = import_semver.default.compare(a, b);
  if (order > 0) {
    throw new VersionError(`${to} is lower than the previous release ${from}: a release cannot go down.`);
  }
  if (order === 0) return { level: "none", position: null };
  const position = import_semver.default.diff(a, b);
  if (zeroMajor === "caret" && a.major === 0 && b.major === 0) {
    if (a.minor === 0 && b.minor === 0) return { level: "major", position };
    if (b.minor !== a.minor) return { level: "major", position };
    return { level: "minor", position };
  }
  if (b.major !== a.major) return { level: "major", position };
  if (b.minor !== a.minor) return { level: "minor", position };
  if (b.patch !== a.patch) return { level: "patch", position };
  return { level: "patch", position };
}
function nextVersion(from, required, zeroMajor = "caret") {
  const a = parseVersion(from, "previous");
  const base = a.prerelease.length > 0 ? `${a.major}.${a.minor}.${a.patch}` : a.version;
  if (a.prerelease.length > 0) {
    return base;
  }
  const step = required === "none" ? "patch" : required;
  if (zeroMajor === "caret" && a.major === 0) {
    if (a.minor === 0) return import_semver.default.inc(base, "patch");
    return import_semver.default.inc(base, step === "major" ? "minor" : "patch");
  }
  return import_semver.default.inc(base, step);
}
function allows(actual, required) {
  return LEVEL_ORDER[actual] >= LEVEL_ORDER[required];
}

// src/compat/dependency-moves.ts
function pinnedIn(dependency) {
  const where = dependency.lockfile ? `${dependency.lockfile.file}${dependency.lockfile.line ? `:${dependency.lockfile.line}` : ""}` : "package.json";
  return dependency.source ? `a ${dependency.source} in the repository, ${where}` : where;
}
function mcpDependencyMoves(old, next) {
  const before = new Map((old?.provenance.mcpDependencies ?? []).map((d) => [d.name, d]));
  const after = new Map((next.provenance.mcpDependencies ?? []).map((d) => [d.name, d]));
  const names = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((name) => {
    const was = before.get(name);
    const is = after.get(name);
    const source = (is ?? was).source;
    return {
      name,
      from: was?.version ?? null,
      to: is?.version ?? null,
      pinnedIn: pinnedIn(is ?? was),
      ...source ? { source } : {}
    };
  });
}
function describeMove(move, mark = (t) => t, text = (t) => t) {
  const same = move.source === "folder" ? `${move.to} (its sources at each release)` : `${move.to} (unchanged)`;
  const versions = move.from === move.to ? same : move.from === null ? `${move.to} (new)` : move.to === null ? `${move.from} (no longer read)` : `${move.from} \u2192 ${move.to}`;
  return `${mark(move.name)} ${text(versions)}, pinned in ${mark(move.pinnedIn)}`;
}

// src/compat/report.ts
var REPORT_SCHEMA_VERSION = 1;
var RUNTIME_ADVICE_SHORT = "configure how to start it (`command:` or `url:` in .github/mcpver.yml, or `--command`/`--url`) so that mcpver lists what it serves";
var GAPS_KEPT = 50;
function requiredBump(changes) {
  return changes.reduce((level, change) => maxLevel(level, change.level), "none");
}
function compatibilityScore(old, changes) {
  if (!old) return 1;
  const items = surfaceItems(old);
  if (items.size === 0) return 1;
  const broken = new Set(changes.filter((c) => c.level === "major" && items.has(c.item)).map((c) => c.item));
  return Math.round((1 - broken.size / items.size) * 1e3) / 1e3;
}
function migrationComplexity(changes) {
  const breaking = changes.filter((c) => c.level === "major");
  if (breaking.length === 0) return "low";
  if (breaking.some((c) => c.subject === c.item && c.after === void 0 && !c.migration)) {
    return "critical";
  }
  return breaking.every((c) => c.migration) ? "medium" : "high";
}
function verdictOf(actual, required, from, zeroMajor) {
  if (!allows(actual, required)) return "under-bumped";
  const least = actualBump(from, nextVersion(from, required, zeroMajor), zeroMajor).level;
  if (LEVEL_ORDER[actual] > Math.max(LEVEL_ORDER[required], LEVEL_ORDER[least], LEVEL_ORDER.patch))
    return "over-bumped";
  return "ok";
}
var countOf = (s) => s?.mcp ? s.mcp.tools.length + s.mcp.prompts.length + s.mcp.resources.length + s.mcp.resourceTemplates.length : 0;
function incompleteReadings(old, next, from, to) {
  const out = [];
  const sides = [
    ["from", old, from, next],
    ["to", next, to, old]
  ];
  for (const [side, snapshot, end, other] of sides) {
    const reading = snapshot?.provenance.mcpReading;
    if (side === "to" && snapshot && !reading && !snapshot.mcp && other?.mcp && countOf(other) > 0) {
      const otherCount2 = countOf(other);
      out.push({
        side,
        ref: end?.ref ?? null,
        version: end?.version ?? null,
        server: `the previous version is an MCP server with ${otherCount2} item${otherCount2 === 1 ? "" : "s"}`,
        status: "unread",
        reason: `no MCP surface was read from it (no package.json there names an MCP SDK or framework, and no source registers anything mcpver recognises), while the other version lists ${otherCount2} item${otherCount2 === 1 ? "" : "s"}`,
        tried: ["static reading of the sources"],
        gaps: [],
        gapCount: 0,
        advice: `If it still serves MCP (a proxy, a server built another way), ${RUNTIME_ADVICE_SHORT}; if it no longer does, every tool is removed, which needs a major release.`,
        blocking: true
      });
      continue;
    }
    if (!snapshot || !reading) continue;
    const count = countOf(snapshot);
    const otherCount = other ? countOf(other) : 0;
    const hiding = reading.gaps.filter((g) => g.hidesItems);
    let reason;
    let blocking = true;
    if (reading.status === "unread") reason = "no tool, prompt or resource could be read";
    else if (count === 0 && otherCount > 0 && reading.status !== "complete")
      reason = `it reads as empty while the other version lists ${otherCount} item${otherCount === 1 ? "" : "s"}`;
    else if (hiding.length > 0)
      reason = `${hiding.length} place${hiding.length === 1 ? "" : "s"} in the sources may declare tools, prompts or resources that could not be read`;
    else if (reading.status === "partial") {
      reason = `${reading.gaps.length} part${reading.gaps.length === 1 ? "" : "s"} of the items read could not be followed`;
      blocking = false;
    }
    if (!reason) continue;
    const gaps = [...hiding, ...reading.gaps.filter((g) => !g.hidesItems)];
    out.push({
      side,
      ref: end?.ref ?? null,
      version: end?.version ?? null,
      server: reading.server,
      status: reading.status,
      reason,
      tried: reading.tried,
      gaps: gaps.slice(0, GAPS_KEPT),
      gapCount: gaps.length,
      ...reading.advice ? { advice: reading.advice } : {},
      blocking
    });
  }
  return out;
}
function buildReport(input) {
  const failOn = input.failOn ?? "under-bump";
  const zeroMajor = input.zeroMajor ?? "caret";
  const poisoning = input.poisoning ?? "warn";
  const kept = poisoning === "off" ? input.changes.filter((c) => c.category !== "security") : input.changes;
  const findings = kept.filter((c) => c.category === "security").length;
  const changes = [...kept].sort(
    (a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] || a.subject.localeCompare(b.subject) || a.rule.localeCompare(b.rule)
  );
  const fromVersion = input.from?.version ?? null;
  const toVersion = input.to.version;
  const firstRelease = input.old === null;
  const required = firstRelease ? "none" : requiredBump(changes);
  const actual = firstRelease || !fromVersion || !toVersion ? "none" : actualBump(fromVersion, toVersion, zeroMajor).level;
  const incomplete = incompleteReadings(input.old, input.new, input.from, input.to);
  const judged = firstRelease || !fromVersion || !toVersion ? "ok" : verdictOf(actual, required, fromVersion, zeroMajor);
  const verdict = judged !== "under-bumped" && incomplete.some((r) => r.blocking) ? "incomplete" : judged;
  const hasMajor = changes.some((c) => c.level === "major");
  const refused = verdict === "under-bumped" || verdict === "incomplete";
  const failed = (failOn === "never" ? false : failOn === "breaking" ? hasMajor || refused : refused) || poisoning === "fail" && findings > 0;
  const next = firstRelease ? toVersion : fromVersion ? nextVersion(fromVersion, required, zeroMajor) : null;
  const moves = mcpDependencyMoves(input.old, input.new);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    package: input.new.package?.name ?? input.old?.package?.name ?? null,
    from: input.from,
    to: input.to,
    required,
    actual,
    verdict,
    failed,
    policy: { failOn, zeroMajor },
    score: compatibilityScore(input.old, changes),
    complexity: migrationComplexity(changes),
    nextVersion: next,
    summary: {
      major: changes.filter((c) => c.level === "major").length,
      minor: changes.filter((c) => c.level === "minor").length,
      patch: changes.filter((c) => c.level === "patch").length
    },
    changes,
    incomplete,
    ...moves.length > 0 ? { mcpDependencies: moves } : {},
    warnings: [
      ...input.warnings ?? [],
      ...uncapturedWarnings(input.old, input.new),
      ...input.new.provenance.warnings.map((w) => `${w.part}: ${w.message}`)
    ],
    security: { policy: poisoning, findings }
  };
}

export {
  diffSnapshotsAsync,
  describeMove,
  REPORT_SCHEMA_VERSION,
  migrationComplexity,
  buildReport
};
