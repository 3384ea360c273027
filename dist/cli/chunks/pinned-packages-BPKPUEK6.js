import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  readLockfile
} from "./chunk-QPIUBPRG.js";
import {
  workspacePackages
} from "./chunk-VZ3H4TGL.js";
import {
  candidates,
  isServerPackage,
  packageFiles,
  pinOf,
  readManifest,
  serverEvidenceOf
} from "./chunk-5TGAL4XU.js";
import {
  findLockfile,
  repositoryTop
} from "./chunk-LMQOIE72.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/surface/pinned-packages.ts
var import_semver = __toESM(require_semver(), 1);
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
var MAX_PACKAGES = 24;
var MAX_CODE_BYTES = 512 * 1024;
var REGISTRATION = /\.(registerTool|registerPrompt|registerResource|setRequestHandler|tool|addTool)\s*\(/;
function registersItself(dir) {
  let found = false;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (found || entry.name === "node_modules" || entry.isSymbolicLink()) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[cm]?js$/.test(entry.name) && REGISTRATION.test(readFileSync(full, "utf8"))) found = true;
    }
  };
  walk(dir);
  return found;
}
function codeSize(dir) {
  let total = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.isSymbolicLink()) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[cm]?js$/.test(entry.name)) total += statSync(full).size;
    }
  };
  walk(dir);
  return total;
}
function providesTools(pin, dir, top, workspace) {
  if (isServerPackage(pin, dir, top) === true) return true;
  const folder = workspace.get(pin.name);
  if (!folder) return false;
  const manifest = readManifest(folder);
  if (!manifest) return false;
  if (serverEvidenceOf(manifest)) return true;
  const needs = { ...manifest.dependencies, ...manifest.peerDependencies };
  return Object.keys(needs).some((name) => {
    const other = workspace.get(name);
    const theirs = other ? readManifest(other) : void 0;
    return theirs !== void 0 && serverEvidenceOf(theirs) !== void 0;
  });
}
async function pinnedPackages(dir, files, options = {}) {
  const out = { packages: /* @__PURE__ */ new Map(), read: [], gaps: [], release: async () => void 0 };
  const manifest = readManifest(dir);
  if (!manifest) return out;
  const found = candidates(dir, manifest, files);
  if (found.length === 0) return out;
  const top = repositoryTop(dir);
  const workspace = workspacePackages(dir);
  let lock;
  try {
    const lockfile = findLockfile(dir, top);
    lock = lockfile ? readLockfile(lockfile, dir, manifest.name) : void 0;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
  }
  const releases = [];
  out.release = async () => {
    for (const release of releases.splice(0)) await release();
  };
  for (const candidate of found) {
    if (out.packages.size >= MAX_PACKAGES) break;
    let pin;
    try {
      pin = pinOf(candidate, lock, dir, top);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      pin = pinOf(candidate, void 0, dir, top);
    }
    if (pin?.source.kind === "registry" && import_semver.default.valid(candidate.range) && pin.source.spec !== candidate.range)
      pin = pinOf(candidate, void 0, dir, top);
    if (!pin || pin.source.kind !== "registry" || !import_semver.default.valid(pin.source.spec)) continue;
    if (!providesTools(pin, dir, top, workspace)) continue;
    const copy = workspace.get(pin.name);
    if (copy && readManifest(copy)?.version === pin.source.spec) continue;
    try {
      const fetched = await packageFiles(pin.name, pin.source.spec, {
        cwd: dir,
        top,
        integrity: pin.locked?.integrity,
        cacheDir: options.cacheDir,
        env: options.env,
        setupTimeoutMs: options.setupTimeoutMs
      });
      releases.push(fetched.release);
      if (registersItself(fetched.dir)) continue;
      const size = codeSize(fetched.dir);
      if (size > MAX_CODE_BYTES) {
        out.gaps.push({
          part: "mcp",
          message: `the dependency ${pin.name}@${fetched.version} (${pin.how}; imported here) may provide tools the server registers, and its files hold ${Math.round(size / 1024)} KiB of JavaScript (a bundle), more than mcpver reads as the server's code (${MAX_CODE_BYTES / 1024} KiB)`,
          location: candidate.importedAt,
          hidesItems: true
        });
        continue;
      }
      out.packages.set(candidate.name, fetched.dir);
      out.read.push(`${pin.name}@${fetched.version} (${pin.how}, ${fetched.origin})`);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
    }
  }
  return out;
}
function describePinned(read) {
  return `the tools of the pinned packages ${read.join(", ")}, read as the server's code`;
}
export {
  describePinned,
  pinnedPackages
};
