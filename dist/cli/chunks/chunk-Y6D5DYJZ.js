import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  Git,
  GitError
} from "./chunk-ANEZNWVY.js";
import {
  canonicalJson
} from "./chunk-BFDOIXCH.js";
import {
  DEFAULT_STATE_BRANCH
} from "./chunk-RZ6W55DQ.js";

// src/state/errors.ts
var StateConflictError = class extends Error {
  constructor(where, attempts) {
    super(
      `The state ${where} kept moving: ${attempts} attempts each found that another writer had committed first. Nothing was written and no other update was lost; run the operation again.`
    );
    this.where = where;
    this.attempts = attempts;
  }
  where;
  attempts;
  name = "StateConflictError";
};
var StateCorruptError = class extends Error {
  constructor(path2, commit, detail) {
    super(
      `The state file "${path2}" at commit ${commit ?? "(none)"} is not valid JSON (${detail}). mcpver will not write over state it cannot read: fix or remove the file on the state branch, then retry.`
    );
    this.path = path2;
    this.commit = commit;
  }
  path;
  commit;
  name = "StateCorruptError";
};
var StateBranchError = class extends Error {
  name = "StateBranchError";
};
var StatePathError = class extends Error {
  name = "StatePathError";
};
var TransientStateError = class extends Error {
  name = "TransientStateError";
};

// src/state/local-store.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/state/paths.ts
function checkStatePath(path2) {
  const segments = path2.split("/");
  if (path2.length === 0 || path2.startsWith("/") || segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new StatePathError(
      `"${path2}" is not a valid state path: use a relative path like "reports/pkg/1.0.0..2.0.0.json" with no empty, "." or ".." segments.`
    );
  }
  if (/[\0\n\r]/.test(path2)) {
    throw new StatePathError(`"${JSON.stringify(path2)}" is not a valid state path: it contains a control character.`);
  }
  return path2;
}
function yearMonth(date) {
  return date.toISOString().slice(0, 7);
}

// src/state/transaction.ts
function parseStateJson(text, path2, commit) {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StateCorruptError(path2, commit, error.message);
  }
}
var OverlayTransaction = class {
  constructor(base) {
    this.base = base;
  }
  base;
  pending = /* @__PURE__ */ new Map();
  async read(path2) {
    checkStatePath(path2);
    return this.pending.has(path2) ? this.pending.get(path2) : this.base.read(path2);
  }
  async readJson(path2) {
    const fromBase = !this.pending.has(path2);
    return parseStateJson(await this.read(path2), path2, fromBase ? this.base.commit : null);
  }
  async list(prefix) {
    const paths = new Set(await this.base.list(prefix));
    for (const [path2, text] of this.pending) {
      if (!path2.startsWith(prefix)) continue;
      if (text === null) paths.delete(path2);
      else paths.add(path2);
    }
    return [...paths].sort();
  }
  write(path2, text) {
    this.pending.set(checkStatePath(path2), text);
  }
  writeJson(path2, value) {
    this.write(path2, canonicalJson(value));
  }
  delete(path2) {
    this.pending.set(checkStatePath(path2), null);
  }
  /** The writes that differ from the base: rewriting a file with the same text is no change. */
  async changes() {
    const effective = /* @__PURE__ */ new Map();
    for (const [path2, text] of this.pending) {
      const before = await this.base.read(path2);
      if (before !== text) effective.set(path2, text);
    }
    return effective;
  }
};

// src/state/retry.ts
var DEFAULT_MAX_ATTEMPTS = 8;
var DEFAULT_BASE_DELAY_MS = 50;
var DEFAULT_MAX_DELAY_MS = 2e3;
var defaultRetryPolicy = {
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  baseDelayMs: DEFAULT_BASE_DELAY_MS,
  maxDelayMs: DEFAULT_MAX_DELAY_MS
};
function backoffDelay(policy, attempt) {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor((policy.random ?? Math.random)() * window);
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/state/types.ts
var statePaths = {
  registry: () => "registry.json",
  snapshot: (pkg, version) => `snapshots/${pkg}/${version}.json`,
  report: (pkg, from, to) => `reports/${pkg}/${from}..${to}.json`,
  rollback: (id) => `rollbacks/${id}.json`,
  migration: (id) => `migrations/${id}.json`,
  abTest: (testId) => `ab/${testId}/test.json`,
  abStats: (testId) => `ab/${testId}/stats.json`,
  abEvents: (testId, chunk) => `ab/${testId}/events/${chunk}.ndjson`,
  auditLog: (yearMonth2) => `log/${yearMonth2}.ndjson`,
  /** The latest check of an open pull request (written by the Action, read by `/mcpver check`). */
  pullRequest: (number) => `pulls/${number}.json`
};

// src/state/cas-store.ts
var CasStateStore = class {
  constructor(backend, options = {}) {
    this.backend = backend;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
    this.defaultActor = options.defaultActor ?? "mcpver";
  }
  backend;
  retry;
  now;
  defaultActor;
  get where() {
    return this.backend.where;
  }
  async head() {
    return this.backend.head();
  }
  async read(path2) {
    return new OverlayTransaction(await this.backend.snapshot(await this.backend.head())).read(path2);
  }
  async readJson(path2) {
    const snapshot = await this.backend.snapshot(await this.backend.head());
    return parseStateJson(await snapshot.read(path2), path2, snapshot.commit);
  }
  async list(prefix) {
    return (await this.backend.snapshot(await this.backend.head())).list(prefix);
  }
  async transact(message, fn, options = {}) {
    const sleepFor = this.retry.sleep ?? sleep;
    const maxAttempts = Math.max(1, options.maxAttempts ?? this.retry.maxAttempts);
    const uncertain = [];
    let lastTransient = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const head = await this.backend.head();
        for (const earlier of uncertain) {
          if (head !== null && (head === earlier.commit || await this.backend.contains(head, earlier.commit))) {
            return { result: earlier.result, commit: earlier.commit, attempts: attempt - 1 };
          }
        }
        const snapshot = await this.backend.snapshot(head);
        const tx = new OverlayTransaction(snapshot);
        const result = await fn(tx);
        const changes = await tx.changes();
        if (changes.size === 0) return { result, commit: null, attempts: attempt };
        if (await this.backend.head() !== snapshot.commit) {
          lastTransient = null;
          if (attempt < maxAttempts) await sleepFor(backoffDelay(this.retry, attempt));
          continue;
        }
        await this.appendAuditLine(snapshot, changes, message, options);
        const written = await this.backend.commit(snapshot, changes, message);
        let outcome;
        try {
          outcome = await this.backend.swap(snapshot.commit, written);
        } catch (error) {
          if (error instanceof TransientStateError) uncertain.push({ commit: written, result });
          throw error;
        }
        if (outcome === "swapped") return { result, commit: written, attempts: attempt };
        lastTransient = null;
      } catch (error) {
        if (!(error instanceof TransientStateError)) throw error;
        lastTransient = error;
      }
      if (attempt < maxAttempts) await sleepFor(backoffDelay(this.retry, attempt));
    }
    for (const earlier of uncertain) {
      const head = await this.backend.head().catch(() => null);
      if (head !== null && (head === earlier.commit || await this.backend.contains(head, earlier.commit).catch(() => false))) {
        return { result: earlier.result, commit: earlier.commit, attempts: maxAttempts };
      }
    }
    if (lastTransient) {
      throw new TransientStateError(
        `Gave up on the ${this.backend.where} after ${maxAttempts} attempts; nothing was written. Last error: ${lastTransient.message}`
      );
    }
    throw new StateConflictError(this.backend.where, maxAttempts);
  }
  async appendAuditLine(snapshot, changes, message, options) {
    const at = this.now();
    const entry = {
      at: at.toISOString(),
      actor: options.actor ?? this.defaultActor,
      operation: options.operation ?? "update",
      message,
      paths: [...changes.keys()].sort(),
      ...options.details ? { details: options.details } : {}
    };
    const logPath = statePaths.auditLog(yearMonth(at));
    const before = changes.has(logPath) ? changes.get(logPath) : await snapshot.read(logPath);
    const text = before ?? "";
    changes.set(logPath, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${JSON.stringify(entry)}
`);
  }
};

// src/state/local-store.ts
var ZERO_OID = "0".repeat(40);
var COMMITTER = { name: "mcpver", email: "mcpver@users.noreply.github.com" };
var LocalSnapshot = class {
  constructor(git, commit) {
    this.git = git;
    this.commit = commit;
  }
  git;
  commit;
  entries = null;
  /** path → blob SHA, read once per snapshot with one `ls-tree`. */
  files() {
    this.entries ??= (async () => {
      const map = /* @__PURE__ */ new Map();
      if (this.commit === null) return map;
      const out = await this.git.exec(["ls-tree", "-r", "-z", "--full-tree", this.commit]);
      for (const record of out.split("\0")) {
        const tab = record.indexOf("	");
        if (tab < 0) continue;
        const [, type, sha] = record.slice(0, tab).split(" ");
        if (type === "blob" && sha) map.set(record.slice(tab + 1), sha);
      }
      return map;
    })();
    return this.entries;
  }
  async read(file) {
    const sha = (await this.files()).get(file);
    return sha === void 0 ? null : this.git.exec(["cat-file", "blob", sha]);
  }
  async list(prefix) {
    return [...(await this.files()).keys()].filter((p) => p.startsWith(prefix)).sort();
  }
};
var LocalBackend = class {
  constructor(git, branch) {
    this.git = git;
    this.ref = `refs/heads/${branch}`;
    this.where = `branch ${branch} of ${git.cwd}`;
  }
  git;
  where;
  ref;
  async head() {
    try {
      const out = await this.git.exec(["rev-parse", "--verify", "--quiet", `${this.ref}^{commit}`]);
      return out.trim() || null;
    } catch {
      if (!await this.git.isRepository())
        throw new StateBranchError(`${this.git.cwd} is not a git repository, so it has no ${this.where}.`);
      return null;
    }
  }
  async snapshot(commit) {
    return new LocalSnapshot(this.git, commit);
  }
  async commit(base, changes, message) {
    const dir = await mkdtemp(path.join(tmpdir(), "mcpver-state-index-"));
    const env = {
      GIT_INDEX_FILE: path.join(dir, "index"),
      GIT_AUTHOR_NAME: COMMITTER.name,
      GIT_AUTHOR_EMAIL: COMMITTER.email,
      GIT_COMMITTER_NAME: COMMITTER.name,
      GIT_COMMITTER_EMAIL: COMMITTER.email
    };
    try {
      if (base.commit) await this.git.exec(["read-tree", base.commit], { env });
      const written = [...changes].filter((entry) => entry[1] !== null);
      const sources = await Promise.all(
        written.map(async ([, text], index) => {
          const source = path.join(dir, `blob-${index}`);
          await writeFile(source, text);
          return source;
        })
      );
      const blobs = written.length ? (await this.git.exec(["hash-object", "-w", "--no-filters", "--stdin-paths"], {
        input: `${sources.join("\n")}
`
      })).trim().split("\n") : [];
      const lines = [
        ...written.map(([file], index) => `100644 ${blobs[index]}	${file}`),
        ...[...changes].filter(([, text]) => text === null).map(([file]) => `0 ${ZERO_OID}	${file}`)
      ];
      await this.git.exec(["update-index", "--index-info"], { env, input: `${lines.join("\n")}
` });
      const tree = (await this.git.exec(["write-tree"], { env })).trim();
      const parents = base.commit ? ["-p", base.commit] : [];
      return (await this.git.exec(["commit-tree", tree, ...parents, "-F", "-"], { env, input: message })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async swap(expected, next) {
    try {
      await this.git.exec(["update-ref", "-m", "mcpver state", this.ref, next, expected ?? ZERO_OID]);
      return "swapped";
    } catch (error) {
      if (error instanceof GitError && /cannot lock ref|but expected|already exists|Unable to create .*\.lock/i.test(error.stderr)) {
        return "conflict";
      }
      throw error;
    }
  }
  async contains(head, commit) {
    try {
      await this.git.exec(["merge-base", "--is-ancestor", commit, head]);
      return true;
    } catch {
      return false;
    }
  }
};
var LocalStateStore = class extends CasStateStore {
  constructor(options) {
    super(new LocalBackend(new Git(options.cwd), options.branch ?? DEFAULT_STATE_BRANCH), {
      defaultActor: "cli",
      ...options
    });
  }
};

export {
  statePaths,
  StateBranchError,
  StatePathError,
  LocalStateStore
};
