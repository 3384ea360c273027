import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  GITHUB_BODY_LIMIT,
  childAt,
  parseJsonTree,
  rollbackMarker,
  setJsonString
} from "./chunk-PMKALMIF.js";
import {
  LocalStateStore,
  statePaths
} from "./chunk-Y6D5DYJZ.js";
import {
  Git,
  GitError
} from "./chunk-ANEZNWVY.js";
import {
  verdictLine
} from "./chunk-XGYEHV2I.js";
import "./chunk-IGSMMJ4B.js";
import "./chunk-JOTVTROF.js";
import "./chunk-BFDOIXCH.js";
import {
  CONFIG_PATH,
  defaultConfig,
  parseConfig
} from "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-3FT6CWW4.js";
import "./chunk-Q6RRY3H6.js";
import {
  EXIT,
  UsageError,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/cli/rollback.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/rollback/local-repository.ts
import { rm } from "node:fs/promises";

// src/rollback/types.ts
var RollbackError = class extends Error {
  name = "RollbackError";
};
var ROLLBACK_TAG_PREFIX = "mcpver/rollback/";
var RESTORE_BRANCH_PREFIX = "mcpver/restore/";

// src/rollback/local-repository.ts
var MCPVER_IDENTITY = { name: "mcpver", email: "mcpver@users.noreply.github.com" };
var IDENTITY_ENV = {
  GIT_AUTHOR_NAME: MCPVER_IDENTITY.name,
  GIT_AUTHOR_EMAIL: MCPVER_IDENTITY.email,
  GIT_COMMITTER_NAME: MCPVER_IDENTITY.name,
  GIT_COMMITTER_EMAIL: MCPVER_IDENTITY.email
};
var ZERO_OID = "0".repeat(40);
var LocalRollbackRepository = class {
  /** `baseBranch` defaults to the branch checked out. */
  constructor(cwd, baseBranch) {
    this.baseBranch = baseBranch;
    this.git = new Git(cwd);
    this.where = cwd;
  }
  baseBranch;
  where;
  git;
  async defaultBranch() {
    if (this.baseBranch) return this.baseBranch;
    try {
      return (await this.git.exec(["symbolic-ref", "--short", "HEAD"])).trim();
    } catch {
      throw new RollbackError(`${this.where} has no branch checked out (detached HEAD): pass --base <branch>.`);
    }
  }
  async branchHead(branch) {
    try {
      return (await this.git.exec(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`])).trim();
    } catch {
      throw new RollbackError(`The branch "${branch}" does not exist in ${this.where}.`);
    }
  }
  async treeOf(commit) {
    try {
      return (await this.git.exec(["rev-parse", "--verify", "--quiet", `${commit}^{tree}`])).trim();
    } catch {
      throw new RollbackError(`The commit ${commit} does not exist in ${this.where}.`);
    }
  }
  async createTag(name, commit, message) {
    try {
      await this.git.exec(["tag", "-a", "--cleanup=verbatim", "-F", "-", name, commit], {
        input: message,
        env: IDENTITY_ENV
      });
      return "created";
    } catch (error) {
      if (error instanceof GitError && /already exists/.test(error.stderr)) {
        const existing = await this.readTag(name);
        if (existing?.commit === commit) return "exists";
        throw new RollbackError(
          `The tag ${name} already exists on ${existing?.commit ?? "another object"} in ${this.where}; mcpver never moves a rollback tag.`
        );
      }
      throw error;
    }
  }
  async readTag(name) {
    const ref = `refs/tags/${name}`;
    let type;
    try {
      type = (await this.git.exec(["cat-file", "-t", ref])).trim();
    } catch {
      return null;
    }
    const commit = (await this.git.exec(["rev-parse", `${ref}^{commit}`])).trim();
    if (type !== "tag") return { annotated: false, commit, message: "" };
    const object = await this.git.exec(["cat-file", "tag", ref]);
    const blank = object.indexOf("\n\n");
    return { annotated: true, commit, message: blank < 0 ? "" : object.slice(blank + 2) };
  }
  async deleteTag(name) {
    await this.git.exec(["update-ref", "-d", `refs/tags/${name}`]);
  }
  async listTags(prefix) {
    const out = await this.git.exec(["for-each-ref", "--format=%(refname:strip=2)", `refs/tags/${prefix}`]);
    return out.split("\n").filter(Boolean).sort();
  }
  async changedFiles(from, to) {
    const out = await this.git.exec(["diff", "--name-status", "--no-renames", from, to]);
    return out.split("\n").filter(Boolean).map((line) => line.replace("	", " "));
  }
  async readFile(commit, path2) {
    try {
      return await this.git.exec(["show", `${commit}:${path2}`]);
    } catch {
      return null;
    }
  }
  /** Through a throwaway index, so that the working tree and the real index are never touched. */
  async treeWithFile(tree, path2, content) {
    const blob = (await this.git.exec(["hash-object", "-w", "--stdin"], { input: content })).trim();
    const gitDir = (await this.git.exec(["rev-parse", "--absolute-git-dir"])).trim();
    const env = { GIT_INDEX_FILE: `${gitDir}/mcpver-restore-${process.pid}-${Date.now()}.index` };
    try {
      await this.git.exec(["read-tree", tree], { env });
      await this.git.exec(["update-index", "--add", "--cacheinfo", `100644,${blob},${path2}`], { env });
      return (await this.git.exec(["write-tree"], { env })).trim();
    } finally {
      await rm(env.GIT_INDEX_FILE, { force: true });
    }
  }
  async onlyMcpverCommits(base, tip) {
    const authors = await this.git.exec(["log", "--format=%ae", `${base}..${tip}`]);
    return authors.split("\n").filter(Boolean).every((email) => email === MCPVER_IDENTITY.email);
  }
  async publishRestore(input) {
    const ref = `refs/heads/${input.branch}`;
    const tip = (await this.git.exec(["for-each-ref", "--format=%(objectname)", ref])).trim();
    if (!tip) {
      const commit2 = (await this.git.exec(["commit-tree", input.tree, "-p", input.base, "-F", "-"], {
        input: input.message,
        env: IDENTITY_ENV
      })).trim();
      await this.git.exec(["update-ref", ref, commit2, ZERO_OID]);
      return { branch: input.branch, commit: commit2, pullRequest: null, outcome: "created" };
    }
    const tipTree = await this.treeOf(tip);
    const containsBase = await this.git.exec(["merge-base", "--is-ancestor", input.base, tip]).then(
      () => true,
      () => false
    );
    if (tipTree === input.tree && containsBase)
      return { branch: input.branch, commit: tip, pullRequest: null, outcome: "unchanged" };
    if (!await this.onlyMcpverCommits(input.base, tip)) {
      throw new RollbackError(
        `The branch ${input.branch} has commits that mcpver did not make; it is left as it is. Delete or rename it to restore again.`
      );
    }
    const commit = (await this.git.exec(["commit-tree", input.tree, "-p", tip, "-p", input.base, "-F", "-"], {
      input: input.message,
      env: IDENTITY_ENV
    })).trim();
    await this.git.exec(["update-ref", ref, commit, tip]);
    return { branch: input.branch, commit, pullRequest: null, outcome: "updated" };
  }
};

// src/rollback/points.ts
var import_semver = __toESM(require_semver(), 1);

// src/rollback/metadata.ts
var KEYS = ["id", "package", "version", "commit", "tree", "created", "expires", "reason", "note"];
var REASONS = ["release", "migration-merged", "before-migration", "manual"];
var MS_PER_DAY = 864e5;
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "");
}
function rollbackId(input) {
  const parts = [
    input.reason === "release" ? null : input.reason,
    input.package ? slug(input.package) : "repo",
    input.version ? `v${input.version}` : null,
    input.commit.slice(0, 12)
  ];
  return parts.filter((p) => !!p).join("-");
}
function rollbackTag(id) {
  return `${ROLLBACK_TAG_PREFIX}${id}`;
}
function isValidRollbackId(id) {
  return /^[a-z0-9][a-z0-9._-]*$/.test(id) && !id.includes("..") && !id.endsWith(".lock");
}
function expiryOf(created, maxAgeDays) {
  return new Date(Date.parse(created) + maxAgeDays * MS_PER_DAY).toISOString();
}
function formatTagMessage(meta) {
  const lines = KEYS.map((key) => `${key}: ${meta[key] ?? ""}`);
  return `mcpver rollback point ${meta.id}

${lines.join("\n")}
`;
}
function parseTagMessage(tag, message) {
  const values = /* @__PURE__ */ new Map();
  for (const line of message.split("\n")) {
    const colon = line.indexOf(": ");
    const key = colon > 0 ? line.slice(0, colon) : line.endsWith(":") ? line.slice(0, -1) : "";
    if (KEYS.includes(key)) values.set(key, colon > 0 ? line.slice(colon + 2).trim() : "");
  }
  const missing = ["id", "commit", "tree", "created", "reason"].filter((k) => !values.get(k));
  if (missing.length > 0)
    throw new RollbackError(`The tag ${tag} is not a rollback point: its message lacks ${missing.join(", ")}.`);
  const reason = values.get("reason");
  if (!REASONS.includes(reason)) throw new RollbackError(`The tag ${tag} has an unknown reason "${reason}".`);
  const orNull = (key) => values.get(key) || null;
  return {
    id: values.get("id"),
    package: orNull("package"),
    version: orNull("version"),
    commit: values.get("commit"),
    tree: values.get("tree"),
    created: values.get("created"),
    expires: orNull("expires"),
    reason,
    note: values.get("note") ?? ""
  };
}

// src/rollback/points.ts
var RECORD_MAX_ATTEMPTS = 20;
async function listRollbackPoints(store) {
  const files = await store.list("rollbacks/");
  const records = await Promise.all(
    files.filter((f) => f.endsWith(".json")).map((f) => store.readJson(f))
  );
  return records.filter((r) => r !== null).sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
}
async function createRollbackPoint(ctx, input) {
  const id = rollbackId(input);
  const path2 = statePaths.rollback(id);
  const existing = await ctx.store.readJson(path2);
  if (existing) {
    const check = await verifyRollbackPoint(ctx.repo, existing);
    if (check.ok) return { record: existing, created: false };
    throw new RollbackError(
      `The rollback point ${id} already exists but ${check.problem}; mcpver will not replace it. Delete it with \`mcpver rollback prune --id ${id}\` first if it should be made again.`
    );
  }
  const tree = await ctx.repo.treeOf(input.commit);
  const created = (ctx.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  const record = {
    id,
    tag: rollbackTag(id),
    package: input.package,
    version: input.version,
    commit: input.commit,
    tree,
    created,
    expires: input.retention ? expiryOf(created, input.retention.maxAgeDays) : null,
    reason: input.reason,
    note: input.note
  };
  const tagOutcome = await ctx.repo.createTag(record.tag, record.commit, formatTagMessage(record));
  if (tagOutcome === "exists") {
    const tag = await ctx.repo.readTag(record.tag);
    if (!tag?.annotated || tag.commit !== record.commit) {
      throw new RollbackError(
        `The tag ${record.tag} already exists on another commit in ${ctx.repo.where}; mcpver never moves a rollback tag.`
      );
    }
    const meta = parseTagMessage(record.tag, tag.message);
    Object.assign(record, { created: meta.created, expires: meta.expires, tree: meta.tree, note: meta.note });
  }
  try {
    await ctx.store.transact(
      `rollback: record point ${id}`,
      async (tx) => {
        tx.writeJson(path2, record);
      },
      // Points write files of their own, so concurrent creations commute: worth retrying longer than a contested update.
      { actor: ctx.actor, operation: "rollback-create", maxAttempts: RECORD_MAX_ATTEMPTS }
    );
  } catch (error) {
    if (tagOutcome === "created") await ctx.repo.deleteTag(record.tag).catch(() => void 0);
    throw error;
  }
  return { record, created: true };
}
async function verifyRollbackPoint(repo, record) {
  const tag = await repo.readTag(record.tag);
  if (!tag) return { ok: false, kind: "tag-missing", problem: `its tag ${record.tag} does not exist in ${repo.where}` };
  if (!tag.annotated)
    return {
      ok: false,
      kind: "not-annotated",
      problem: `its tag ${record.tag} is a lightweight tag, not the annotated tag mcpver made`
    };
  if (tag.commit !== record.commit) {
    return {
      ok: false,
      kind: "moved",
      problem: `its tag ${record.tag} was moved: it points at ${tag.commit}, the record says ${record.commit}`
    };
  }
  let meta;
  try {
    meta = parseTagMessage(record.tag, tag.message);
  } catch (error) {
    return { ok: false, kind: "metadata-mismatch", problem: error.message };
  }
  if (meta.id !== record.id || meta.commit !== record.commit || meta.tree !== record.tree) {
    return {
      ok: false,
      kind: "metadata-mismatch",
      problem: `the message of its tag ${record.tag} does not match its record (id, commit or tree differ)`
    };
  }
  let tree;
  try {
    tree = await repo.treeOf(tag.commit);
  } catch {
    return {
      ok: false,
      kind: "commit-missing",
      problem: `the commit ${tag.commit} of its tag is missing from ${repo.where}`
    };
  }
  if (tree !== record.tree) {
    return {
      ok: false,
      kind: "tree-mismatch",
      problem: `the tree of ${tag.commit} is ${tree}, the record says ${record.tree}`
    };
  }
  return { ok: true };
}
async function findRollbackPoint(store, selector, packageName) {
  if (isValidRollbackId(selector)) {
    const byId = await store.readJson(statePaths.rollback(selector));
    if (byId) return byId;
  }
  const points = await listRollbackPoints(store);
  const version = import_semver.default.valid(import_semver.default.clean(selector) ?? "");
  if (version) {
    const match = points.find((p) => p.version === version && (!packageName || p.package === packageName));
    if (match) return match;
    throw new RollbackError(
      `There is no rollback point for version ${version}${packageName ? ` of ${packageName}` : ""}: it was never released with mcpver here, or its point was pruned. Points: ${points.map((p) => p.id).join(", ") || "(none)"}.`
    );
  }
  throw new RollbackError(
    `There is no rollback point "${selector}". Points: ${points.map((p) => p.id).join(", ") || "(none)"}.`
  );
}
async function findOrphanTags(ctx) {
  const recorded = new Set((await listRollbackPoints(ctx.store)).map((p) => p.tag));
  const orphans = [];
  for (const tag of (await ctx.repo.listTags(ROLLBACK_TAG_PREFIX)).sort()) {
    if (recorded.has(tag)) continue;
    const info = await ctx.repo.readTag(tag);
    if (!info?.annotated) {
      orphans.push({ tag, record: null, problem: "it is not an annotated tag made by mcpver" });
      continue;
    }
    let meta;
    try {
      meta = parseTagMessage(tag, info.message);
    } catch (error) {
      orphans.push({ tag, record: null, problem: error.message });
      continue;
    }
    const record = { ...meta, tag };
    const check = rollbackTag(meta.id) === tag ? await verifyRollbackPoint(ctx.repo, record) : { ok: false, problem: `its message names the point ${meta.id}, not ${tag}` };
    orphans.push(check.ok ? { tag, record, problem: null } : { tag, record: null, problem: check.problem });
  }
  return orphans;
}
async function adoptOrphanTag(ctx, orphan) {
  if (!orphan.record) throw new RollbackError(`The tag ${orphan.tag} cannot be adopted: ${orphan.problem}.`);
  const record = orphan.record;
  await ctx.store.transact(
    `rollback: adopt point ${record.id} from its tag`,
    async (tx) => {
      if (!await tx.read(statePaths.rollback(record.id))) tx.writeJson(statePaths.rollback(record.id), record);
    },
    { actor: ctx.actor, operation: "rollback-adopt" }
  );
  return record;
}

// src/rollback/npm-versions.ts
import { execFile } from "node:child_process";
var NPM_VIEW_TIMEOUT_MS = 6e4;
function npmError(stdout) {
  try {
    const json = JSON.parse(stdout);
    return json && typeof json === "object" && !Array.isArray(json) && json.error ? json.error : null;
  } catch {
    return null;
  }
}
function npmPublishedVersions(options = {}) {
  return (name) => new Promise((resolve, reject) => {
    execFile(
      "npm",
      ["view", name, "versions", "--json"],
      {
        env: { ...process.env, ...options.env },
        timeout: options.timeoutMs ?? NPM_VIEW_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const failure = npmError(stdout);
        if (failure?.code === "E404") return resolve(null);
        if (error || failure) {
          const why = failure?.summary ?? (error?.killed ? `no answer within ${(options.timeoutMs ?? NPM_VIEW_TIMEOUT_MS) / 1e3} s` : stderr.trim().split("\n").at(-1) || error?.message);
          return reject(new Error(`npm view ${name} versions failed: ${why}`));
        }
        try {
          const parsed = JSON.parse(stdout);
          resolve((Array.isArray(parsed) ? parsed : [parsed]).filter((v) => typeof v === "string"));
        } catch {
          reject(new Error(`npm view ${name} versions answered something that is not JSON: ${stdout.slice(0, 200)}`));
        }
      }
    );
  });
}

// src/render/rollback-body.ts
var import_semver2 = __toESM(require_semver(), 1);
var MAX_LISTED_FILES = 100;
function publishSection(plan, report) {
  if (!plan)
    return [
      "After merging, the release tags stay where they are: tag a new patch release from the restored tree so clients can move back.",
      ""
    ];
  if (plan.kind === "private")
    return [`\`${plan.manifest}\` is private (never published): the tree is restored as it was, version included.`, ""];
  if (plan.kind === "unknown") {
    return [
      "### Publishing it",
      "",
      `> [!WARNING]`,
      `> mcpver could not set the version to publish: ${plan.why}. Before publishing, set the version by hand to one above the highest published one (\`npm view <name> versions\`): npm refuses a version it already has.`,
      ""
    ];
  }
  const name = plan.name ? `\`${plan.name}\`` : "the package";
  const why = plan.highestPublished ? `one patch above \`${plan.highest}\`, the highest version of ${name}${plan.highest === plan.highestPublished ? " on the npm registry" : ` (the registry's highest is \`${plan.highestPublished}\`)`}` : `one patch above \`${plan.highest}\`, the highest version this repository knows${plan.registryProblem ? "" : ` (${name} is not on the npm registry yet)`}`;
  const lines = [
    "### Publishing it",
    "",
    `This pull request sets \`version\` in \`${plan.manifest}\` to **\`${plan.version}\`**: ${why}. npm never accepts a version twice, and the restored \`${plan.restored ?? "(none)"}\` is below what clients of the later releases install. After merging, tag and publish \`${plan.version}\`; \`npm deprecate\` the withdrawn versions if nobody should install them.`,
    ""
  ];
  if (plan.registryProblem) {
    lines.push(
      "> [!WARNING]",
      `> The npm registry could not be asked (${plan.registryProblem}), so the version rests on what the repository knows: check \`npm view ${plan.name ?? "<name>"} versions\` before publishing.`,
      ""
    );
  }
  if (report && (report.required === "major" || report.required === "minor")) {
    const major = import_semver2.default.inc(plan.highest, "major");
    lines.push(
      `Clients that already adapted to \`${report.to.version}\` (what it ${report.required === "major" ? "renamed, removed or changed" : "added"}) lose it on \`${plan.version}\`, which brings back the contract of \`${plan.restored ?? report.from?.version ?? "the point"}\`. If they matter more than withdrawing \`${report.to.version}\` quickly, publish${major ? ` \`${major}\`` : " a major release"} instead.`,
      ""
    );
  }
  return lines;
}
function pointLabel(record) {
  return record.package && record.version ? `${record.package} ${record.version}` : record.id;
}
function pointMarkdown(record) {
  return record.package && record.version ? `\`${record.package}\` ${record.version}` : `\`${record.id}\``;
}
function rollbackTitle(record) {
  return `Roll back to ${pointLabel(record)} (mcpver rollback point ${record.id})`;
}
function renderRollbackBody(input) {
  const { record, report } = input;
  const files = input.changedFiles.slice(0, MAX_LISTED_FILES);
  const out = [
    rollbackMarker({ point: record.id }),
    `## Roll back to ${pointMarkdown(record)}`,
    "",
    input.publish?.kind === "set" ? `Requested by @${input.requestedBy}. This pull request has one commit on top of \`${input.baseBranch}\` (${input.head.slice(0, 12)}) whose tree is the tree of the rollback point but for the version in \`${input.publish.manifest}\`: merging it makes \`${input.baseBranch}\` what it was at ${record.commit.slice(0, 12)}, ready to publish as \`${input.publish.version}\`. Nothing was force-pushed; history stays as it is.` : `Requested by @${input.requestedBy}. This pull request has one commit on top of \`${input.baseBranch}\` (${input.head.slice(0, 12)}) whose tree is the tree of the rollback point: merging it makes \`${input.baseBranch}\` exactly what it was at ${record.commit.slice(0, 12)}. Nothing was force-pushed; history stays as it is.`,
    ""
  ];
  if (report) {
    out.push("### What is being undone", "", verdictLine(report).sentence, "");
    const breaking = report.changes.filter((c) => c.level === "major");
    const plain = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=\w)/g, "@\u200B");
    if (breaking.length > 0)
      out.push(...breaking.slice(0, 50).map((c) => `- \`${c.subject}\`: ${plain(c.message)}`), "");
  }
  out.push(
    ...publishSection(input.publish, report),
    `### What changes back (${input.changedFiles.length} file${input.changedFiles.length === 1 ? "" : "s"})`,
    "",
    ...files.map((f) => `- \`${f}\``),
    ...input.changedFiles.length > files.length ? [`- \u2026 and ${input.changedFiles.length - files.length} more in the diff.`] : [],
    "",
    "### The rollback point",
    "",
    `Verified before opening: the tag is annotated, still points at ${record.commit.slice(0, 12)}, and that commit's tree is the recorded tree.`,
    "",
    `- **Id** \`${record.id}\`, tag \`${record.tag}\``,
    `- **Package** ${record.package ? `\`${record.package}\`` : "(repository)"} ${record.version ?? "(no version)"}`,
    `- **Commit** \`${record.commit}\`, tree \`${record.tree}\``,
    `- **Made** ${record.created} (${record.reason}: ${record.note})`,
    ""
  );
  const body = out.join("\n");
  return body.length > GITHUB_BODY_LIMIT ? `${body.slice(0, GITHUB_BODY_LIMIT - 40)}

\u2026 (cut at GitHub's limit)
` : body;
}

// src/rollback/next-version.ts
var import_semver3 = __toESM(require_semver(), 1);
function highestVersion(versions) {
  const valid = versions.filter((v) => typeof v === "string" && import_semver3.default.valid(v) !== null);
  return import_semver3.default.maxSatisfying(valid, "*") ?? import_semver3.default.maxSatisfying(valid, "*", { includePrerelease: true });
}
function patchAbove(version) {
  const next = import_semver3.default.inc(version, "patch");
  if (!next)
    throw new RollbackError(
      `"${version}" is not a semver version: mcpver cannot tell which version the rollback should be published as.`
    );
  return next;
}
async function chooseNextVersion(name, known, lookup) {
  let published = [];
  let registryProblem;
  if (name && lookup) {
    try {
      published = await lookup(name) ?? [];
    } catch (error) {
      registryProblem = error.message;
    }
  } else if (name) {
    registryProblem = "no registry was configured for this run";
  }
  const highest = highestVersion([...published, ...known]);
  if (!highest) return null;
  return {
    version: patchAbove(highest),
    highestPublished: highestVersion(published),
    highest,
    ...registryProblem ? { registryProblem } : {}
  };
}
function setManifestVersion(file, text, version) {
  const tree = parseJsonTree(file, text);
  if (childAt(tree, ["version"])?.type !== "string" && childAt(tree, ["version"]) !== void 0) {
    throw new RollbackError(`${file}: "version" is not a string; set the version to publish by hand.`);
  }
  return setJsonString(text, ["version"], version);
}
function manifestIdentity(text) {
  const none = { name: null, version: null, private: false };
  if (text === null) return none;
  try {
    const json = JSON.parse(text);
    return {
      name: typeof json.name === "string" ? json.name : null,
      version: typeof json.version === "string" ? json.version : null,
      private: json.private === true
    };
  } catch {
    return none;
  }
}

// src/rollback/restore.ts
function manifestPath(folder) {
  const clean = folder.replace(/^\.\/?/, "").replace(/\/+$/, "");
  return clean ? `${clean}/package.json` : "package.json";
}
async function versionToPublish(ctx, record, head, input) {
  const manifests = [...new Set((input.packagePaths?.length ? input.packagePaths : ["."]).map(manifestPath))];
  const found = [];
  for (const manifest2 of manifests) {
    const text2 = await ctx.repo.readFile(record.commit, manifest2);
    if (text2 !== null) found.push({ manifest: manifest2, text: text2 });
  }
  const chosen = found.length === 1 && manifests.length === 1 ? found[0] : found.find((f) => record.package !== null && manifestIdentity(f.text).name === record.package);
  if (!chosen) {
    const why = manifests.length === 1 ? `the rollback point has no ${manifests[0]}` : `none of ${manifests.join(", ")} at the rollback point is the package.json of ${record.package ?? "its package"}`;
    return { tree: record.tree, publish: { kind: "unknown", manifest: manifests[0], why } };
  }
  const { manifest, text } = chosen;
  const restored = manifestIdentity(text);
  if (restored.private) return { tree: record.tree, publish: { kind: "private", manifest } };
  const current = manifestIdentity(await ctx.repo.readFile(head, manifest));
  const name = current.name ?? restored.name;
  const next = await chooseNextVersion(
    name,
    [current.version, restored.version, record.version],
    input.publishedVersions
  );
  if (!next)
    return {
      tree: record.tree,
      publish: {
        kind: "unknown",
        manifest,
        why: `no semver version was found (${manifest} says ${JSON.stringify(restored.version)})`
      }
    };
  let edited;
  try {
    edited = setManifestVersion(manifest, text, next.version);
  } catch (error) {
    return { tree: record.tree, publish: { kind: "unknown", manifest, why: error.message } };
  }
  const tree = await ctx.repo.treeWithFile(record.tree, manifest, edited);
  return { tree, publish: { kind: "set", manifest, name, restored: restored.version, ...next } };
}
async function choosePoint(ctx, input, headTree) {
  if (input.selector) return findRollbackPoint(ctx.store, input.selector, input.packageName);
  const points = (await listRollbackPoints(ctx.store)).filter(
    (p) => !input.packageName || p.package === input.packageName
  );
  const point = points.find((p) => p.tree !== headTree);
  if (!point) {
    throw new RollbackError(
      points.length === 0 ? `There are no rollback points${input.packageName ? ` for ${input.packageName}` : ""} in ${ctx.repo.where}.` : "Every rollback point has the tree the default branch already has: there is nothing to roll back to. Name a point or a version."
    );
  }
  return point;
}
async function restoreRollbackPoint(ctx, input) {
  const baseBranch = await ctx.repo.defaultBranch();
  const head = await ctx.repo.branchHead(baseBranch);
  const headTree = await ctx.repo.treeOf(head);
  const record = await choosePoint(ctx, input, headTree);
  const check = await verifyRollbackPoint(ctx.repo, record);
  if (!check.ok) {
    throw new RollbackError(
      `The rollback point ${record.id} failed its integrity check: ${check.problem}. mcpver will not restore it; choose another point (\`mcpver rollback list\`) and find out who changed the tag.`
    );
  }
  if (headTree === record.tree) {
    throw new RollbackError(
      `${baseBranch} already has the tree of rollback point ${record.id}: there is nothing to roll back.`
    );
  }
  const changedFiles = await ctx.repo.changedFiles(head, record.commit);
  const report = input.reportFor ? await input.reportFor(record) : null;
  const { tree, publish } = await versionToPublish(ctx, record, head, input);
  const branch = `${RESTORE_BRANCH_PREFIX}${record.id}`;
  const publication = await ctx.repo.publishRestore({
    branch,
    base: head,
    baseBranch,
    tree,
    message: `Roll back to ${record.package && record.version ? `${record.package} ${record.version}` : record.id}

Restores the tree of ${record.commit} (mcpver rollback point ${record.id}, tag ${record.tag})${publish.kind === "set" ? `, with the version ${publish.version} to publish in ${publish.manifest}` : ""}.
Requested by ${input.requestedBy}.
`,
    title: rollbackTitle(record),
    body: renderRollbackBody({
      record,
      baseBranch,
      head,
      changedFiles,
      report,
      requestedBy: input.requestedBy,
      publish
    })
  });
  const requestedAt = (ctx.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
  await ctx.store.transact(
    `rollback: restore ${record.id} requested`,
    async (tx) => {
      const current = await tx.readJson(statePaths.rollback(record.id));
      if (!current)
        throw new RollbackError(`The rollback point ${record.id} was pruned while its restore was being opened.`);
      if (current.restore?.status === "open" && current.restore.branch === branch && current.restore.pullRequest === (publication.pullRequest?.number ?? null))
        return;
      tx.writeJson(statePaths.rollback(record.id), {
        ...current,
        restore: {
          status: "open",
          branch,
          pullRequest: publication.pullRequest?.number ?? null,
          requestedBy: input.requestedBy,
          requestedAt
        }
      });
    },
    { actor: input.requestedBy, operation: "rollback-restore" }
  );
  return { record, publication, changedFiles, publish };
}

// src/rollback/retention.ts
var MS_PER_DAY2 = 864e5;
var ORPHAN_TAG_GRACE_MS = 60 * 60 * 1e3;
async function protectedPointIds(state, records) {
  const ids = new Set(records.filter((r) => r.restore?.status === "open").map((r) => r.id));
  for (const file of await state.list("migrations/")) {
    const migration = await state.readJson(file);
    if (migration?.status !== "open") continue;
    for (const id of [migration.rollbackPoint, migration.releasePoint]) if (id) ids.add(id);
  }
  return ids;
}
function selectPrunable(records, policy, now, keep) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const record of records) {
    const key = record.package ?? "";
    byPackage.set(key, [...byPackage.get(key) ?? [], record]);
  }
  const out = [];
  for (const group of byPackage.values()) {
    group.sort((a, b) => b.created.localeCompare(a.created));
    group.forEach((record, index) => {
      if (keep.has(record.id)) return;
      const ageDays = (now.getTime() - Date.parse(record.created)) / MS_PER_DAY2;
      if (index >= policy.maxCount)
        out.push({ record, why: `more than ${policy.maxCount} points of ${record.package ?? "the repository"}` });
      else if (ageDays > policy.maxAgeDays) out.push({ record, why: `older than ${policy.maxAgeDays} days` });
    });
  }
  return out;
}
async function pruneRollbackPoints(ctx, policy, ids) {
  const now = ctx.now?.() ?? /* @__PURE__ */ new Date();
  const { result } = await ctx.store.transact(
    "rollback: prune points",
    async (tx) => {
      const records = [];
      for (const file of await tx.list("rollbacks/")) {
        const record = await tx.readJson(file);
        if (record) records.push(record);
      }
      const keep = await protectedPointIds(tx, records);
      const candidates = ids ? records.filter((r) => ids.includes(r.id)).map((record) => ({ record, why: "asked for" })) : selectPrunable(records, policy, now, /* @__PURE__ */ new Set());
      const pruned = candidates.filter((c) => !keep.has(c.record.id));
      for (const { record } of pruned) tx.delete(statePaths.rollback(record.id));
      return {
        pruned: pruned.map((c) => ({ id: c.record.id, why: c.why, tag: c.record.tag })),
        kept: candidates.filter((c) => keep.has(c.record.id)).map((c) => c.record.id)
      };
    },
    { actor: ctx.actor, operation: "rollback-prune" }
  );
  for (const { tag } of result.pruned) await ctx.repo.deleteTag(tag);
  const orphanTags = [];
  if (!ids) {
    const known = new Set((await listRollbackPoints(ctx.store)).map((r) => r.tag));
    for (const tag of await ctx.repo.listTags(ROLLBACK_TAG_PREFIX)) {
      if (known.has(tag)) continue;
      const info = await ctx.repo.readTag(tag);
      let created = 0;
      try {
        created = info ? Date.parse(parseTagMessage(tag, info.message).created) : 0;
      } catch {
        continue;
      }
      if (now.getTime() - created > ORPHAN_TAG_GRACE_MS) {
        await ctx.repo.deleteTag(tag);
        orphanTags.push(tag);
      }
    }
  }
  return { pruned: result.pruned.map(({ id, why }) => ({ id, why })), kept: result.kept, orphanTags };
}

// src/cli/rollback.ts
var rollbackHelp = `mcpver rollback <list|create|verify|prune|restore> [options]
  list                         the rollback points, newest first
  create [--ref REF]           make a point at REF (default HEAD): --package NAME --version X --note TEXT
  verify [ID] [--adopt]        check each point's tag and tree against its record, and report rollback
                               tags without a record; --adopt writes the record of each sound one
                               (exit 1 on a failure or an orphan tag left)
  prune [--id ID]...           apply retention (rollback.max-count, rollback.max-age-days), or remove ID
  restore [ID|VERSION]         commit the point's tree on top of the base branch, on mcpver/restore/<id>
Options: --repo DIR (default .), --base BRANCH (restore; default the branch checked out),
  --state-branch NAME, --config FILE, --json`;
var REASONS2 = ["release", "migration-merged", "before-migration", "manual"];
async function loadConfig(root, file) {
  const target = path.resolve(root, file ?? CONFIG_PATH);
  try {
    return parseConfig(await readFile(target, "utf8"), file ?? CONFIG_PATH);
  } catch (error) {
    if (error.code === "ENOENT" && file === void 0) return defaultConfig();
    throw error;
  }
}
function print(io, json, value, text) {
  io.stdout.write(json ? `${JSON.stringify(value, null, 2)}
` : `${text}
`);
}
async function rollbackCommand(argv, io) {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: "string" },
      base: { type: "string" },
      "state-branch": { type: "string" },
      config: { type: "string" },
      ref: { type: "string" },
      package: { type: "string" },
      version: { type: "string" },
      reason: { type: "string" },
      note: { type: "string" },
      id: { type: "string", multiple: true },
      adopt: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    true
  );
  const [sub, ...rest] = positionals;
  if (values.help || sub === void 0) {
    io.stdout.write(`${rollbackHelp}
`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const root = path.resolve(values.repo ?? ".");
  const git = new Git(root);
  if (!await git.isRepository()) throw new UsageError(`${root} is not a git repository (use --repo DIR).`);
  const config = await loadConfig(root, values.config);
  const store = new LocalStateStore({
    cwd: root,
    branch: values["state-branch"] ?? config.state.branch,
    defaultActor: "cli"
  });
  const ctx = { repo: new LocalRollbackRepository(root, values.base), store, actor: "cli" };
  const json = values.json === true;
  switch (sub) {
    case "list": {
      const points = await listRollbackPoints(store);
      const orphans = await findOrphanTags(ctx);
      const lines = points.map(
        (p) => `${p.id}  ${p.package ?? "-"} ${p.version ?? "-"}  ${p.commit.slice(0, 12)}  ${p.created}  ${p.reason}${p.restore ? `  restore ${p.restore.status}` : ""}`
      );
      for (const o of orphans)
        lines.push(
          `orphan tag ${o.tag}: no record; ${o.record ? "`mcpver rollback verify --adopt` adopts it" : `it cannot be adopted (${o.problem})`}`
        );
      print(io, json, points, lines.length > 0 ? lines.join("\n") : "No rollback points.");
      if (json) for (const line of lines.slice(points.length)) io.stderr.write(`mcpver: ${line}
`);
      return EXIT.ok;
    }
    case "create": {
      const reason = values.reason ?? "manual";
      if (!REASONS2.includes(reason))
        throw new UsageError(`--reason must be one of ${REASONS2.join(", ")} (got "${values.reason}").`);
      const commit = await git.resolveCommit(values.ref ?? "HEAD");
      const { record, created } = await createRollbackPoint(ctx, {
        package: values.package ?? null,
        version: values.version ?? null,
        commit,
        reason,
        note: values.note ?? `made with mcpver rollback create at ${values.ref ?? "HEAD"}`,
        retention: config.rollback
      });
      print(
        io,
        json,
        { record, created },
        `${created ? "Made" : "Already had"} rollback point ${record.id} (tag ${record.tag}) at ${record.commit.slice(0, 12)}.`
      );
      return EXIT.ok;
    }
    case "verify": {
      const points = rest[0] ? [await findRollbackPoint(store, rest[0])] : await listRollbackPoints(store);
      const results = [];
      for (const point of points) results.push({ id: point.id, ...await verifyRollbackPoint(ctx.repo, point) });
      const lines = results.map((r) => r.ok ? `ok      ${r.id}` : `FAILED  ${r.id}: ${r.problem}`);
      const orphans = rest[0] ? [] : await findOrphanTags(ctx);
      const adopted = [];
      for (const orphan of orphans) {
        if (values.adopt && orphan.record) {
          adopted.push((await adoptOrphanTag(ctx, orphan)).id);
          lines.push(
            `adopted ${orphan.record.id}: its tag ${orphan.tag} had no record; the record was written from the tag`
          );
        } else {
          lines.push(
            `ORPHAN  ${orphan.tag}: no record; ${orphan.record ? "sound: --adopt writes its record" : `cannot be adopted: ${orphan.problem}`}`
          );
        }
      }
      print(io, json, results, lines.join("\n") || "No rollback points.");
      if (json) for (const line of lines.slice(results.length)) io.stderr.write(`mcpver: ${line}
`);
      return results.every((r) => r.ok) && orphans.length === adopted.length ? EXIT.ok : EXIT.failed;
    }
    case "prune": {
      const result = await pruneRollbackPoints(ctx, config.rollback, values.id);
      const lines = [
        ...result.pruned.map((p) => `pruned  ${p.id} (${p.why})`),
        ...result.kept.map((id) => `kept    ${id} (a pending restore or an open migration refers to it)`),
        ...result.orphanTags.map((t) => `pruned  tag ${t} (it had no record)`)
      ];
      print(io, json, result, lines.join("\n") || "Nothing to prune.");
      return EXIT.ok;
    }
    case "restore": {
      const result = await restoreRollbackPoint(ctx, {
        selector: rest[0],
        packageName: values.package,
        requestedBy: "cli",
        packagePaths: config.packages.map((p) => p.path),
        publishedVersions: npmPublishedVersions({ env: io.env })
      });
      const { publication, record } = result;
      const publish = result.publish.kind === "set" ? ` Publish it as ${result.publish.version} (set in ${result.publish.manifest}).` : "";
      print(
        io,
        json,
        result,
        publication.outcome === "unchanged" ? `The branch ${publication.branch} already restores ${record.id} (${publication.commit.slice(0, 12)}).` : `Branch ${publication.branch} (${publication.commit.slice(0, 12)}) restores ${record.id}: ${result.changedFiles.length} file(s) change back. Push it and open a pull request: git push origin ${publication.branch}.${publish}`
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`Unknown rollback command "${sub}".
${rollbackHelp}`);
  }
}
export {
  rollbackCommand,
  rollbackHelp
};
