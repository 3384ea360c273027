import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  require_dist
} from "./chunk-HA6CO6RF.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/surface/mcp-static/workspaces.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
var MAX_LEVELS_UP = 6;
function workspacePackages(dir) {
  const out = /* @__PURE__ */ new Map();
  for (let root = path.resolve(dir), level = 0; level <= MAX_LEVELS_UP; root = path.dirname(root), level += 1) {
    const patterns = workspacePatterns(root);
    if (patterns) {
      for (const folder of expand(root, patterns)) {
        const name = packageName(folder);
        if (name && !out.has(name)) out.set(name, folder);
      }
      return out;
    }
    if (path.dirname(root) === root || existsSync(path.join(root, ".git"))) break;
  }
  return out;
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function packageName(folder) {
  const name = readJson(path.join(folder, "package.json"))?.name;
  return typeof name === "string" ? name : void 0;
}
function workspacePatterns(root) {
  const pnpm = path.join(root, "pnpm-workspace.yaml");
  if (existsSync(pnpm)) {
    try {
      const packages = (0, import_yaml.parse)(readFileSync(pnpm, "utf8"))?.packages;
      if (Array.isArray(packages)) return packages.filter((p) => typeof p === "string");
    } catch {
      return void 0;
    }
  }
  const workspaces = readJson(path.join(root, "package.json"))?.workspaces;
  if (Array.isArray(workspaces)) return workspaces.filter((p) => typeof p === "string");
  const nested = workspaces?.packages;
  return Array.isArray(nested) ? nested.filter((p) => typeof p === "string") : void 0;
}
function expand(root, patterns) {
  const out = [];
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    const clean = pattern.replace(/\/+$/, "");
    const star = clean.indexOf("*");
    if (star < 0) {
      out.push(path.join(root, clean));
      continue;
    }
    const base = path.join(root, clean.slice(0, star).replace(/\/$/, ""));
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
        out.push(path.join(base, entry.name));
    }
  }
  return out.filter((folder) => existsSync(path.join(folder, "package.json")));
}
var EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js"];
function resolveInWorkspace(specifier, packages) {
  const scoped = specifier.startsWith("@");
  const parts = specifier.split("/");
  const name = parts.slice(0, scoped ? 2 : 1).join("/");
  const folder = packages.get(name);
  if (!folder) return void 0;
  const subpath = parts.slice(scoped ? 2 : 1).join("/");
  const candidates = subpath ? [path.join(folder, subpath)] : entryCandidates(folder);
  for (const candidate of candidates) {
    const file = withExtension(candidate);
    if (file) return file;
  }
  return void 0;
}
function entryCandidates(folder) {
  const manifest = readJson(path.join(folder, "package.json")) ?? {};
  const named = [];
  const exportsField = manifest.exports;
  const dot = typeof exportsField === "string" ? exportsField : exportsField?.["."];
  const pick = (value) => {
    if (typeof value === "string") named.push(value);
    else if (value && typeof value === "object")
      for (const key of ["types", "import", "default", "require", "node"])
        pick(value[key]);
  };
  pick(dot);
  for (const key of ["types", "module", "main"])
    if (typeof manifest[key] === "string") named.push(manifest[key]);
  const out = [];
  for (const entry of named) {
    out.push(path.join(folder, entry.replace(/\.d\.[cm]?ts$/, "").replace(/\.[cm]?js$/, "")));
    out.push(
      path.join(
        folder,
        entry.replace(/^\.?\/?(dist|build|lib|out)\//, "src/").replace(/\.d\.[cm]?ts$/, "").replace(/\.[cm]?js$/, "")
      )
    );
  }
  out.push(path.join(folder, "src/index"), path.join(folder, "index"));
  return out;
}
function withExtension(candidate) {
  if (existsSync(candidate) && statSync(candidate).isFile() && /\.[cm]?[jt]sx?$/.test(candidate) && !/\.d\.[cm]?ts$/.test(candidate))
    return candidate;
  const bare = candidate.replace(/\.[cm]?js$/, "");
  for (const extension of EXTENSIONS) {
    const file = `${bare}${extension}`;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return void 0;
}

export {
  workspacePackages,
  resolveInWorkspace
};
