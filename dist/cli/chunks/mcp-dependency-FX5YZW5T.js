import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  takeStaticMcpSurface
} from "./chunk-AWHBYBIE.js";
import "./chunk-CEDVHOY5.js";
import {
  readLockfile
} from "./chunk-QPIUBPRG.js";
import "./chunk-VZ3H4TGL.js";
import {
  candidates,
  isServerPackage,
  packageFiles,
  pinOf,
  readManifest,
  serverEvidenceOf,
  tarballFiles
} from "./chunk-5TGAL4XU.js";
import {
  explainGeneratedTools
} from "./chunk-KHJDDZPC.js";
import "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import "./chunk-ABR2AS3X.js";
import {
  findLockfile,
  repositoryTop
} from "./chunk-LMQOIE72.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import "./chunk-PI3AF355.js";
import "./chunk-NZCTYT4Q.js";
import "./chunk-PL4NSQ6G.js";
import "./chunk-HR5I3F4F.js";
import "./chunk-URR7BXMR.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-6LR7PQPG.js";
import "./chunk-KQ74DAPA.js";
import "./chunk-OY4EJMBH.js";
import "./chunk-AMF5LEKA.js";

// src/surface/mcp-dependency.ts
import path2 from "node:path";

// src/surface/dependency-entries.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// node_modules/resolve.exports/dist/index.mjs
function e(e2, n2, r2) {
  throw new Error(r2 ? `No known conditions for "${n2}" specifier in "${e2}" package` : `Missing "${n2}" specifier in "${e2}" package`);
}
function n(n2, i2, o2, f) {
  let s, u, l = r(n2, o2), c = (function(e2) {
    let n3 = /* @__PURE__ */ new Set(["default", ...e2.conditions || []]);
    return e2.unsafe || n3.add(e2.require ? "require" : "import"), e2.unsafe || n3.add(e2.browser ? "browser" : "node"), n3;
  })(f || {}), a = i2[l];
  if (void 0 === a) {
    let e2, n3, r2, t2;
    for (t2 in i2) n3 && t2.length < n3.length || ("/" === t2[t2.length - 1] && l.startsWith(t2) ? (u = l.substring(t2.length), n3 = t2) : t2.length > 1 && (r2 = t2.indexOf("*", 1), ~r2 && (e2 = RegExp("^" + t2.substring(0, r2) + "(.*)" + t2.substring(1 + r2) + "$").exec(l), e2 && e2[1] && (u = e2[1], n3 = t2))));
    a = i2[n3];
  }
  return a || e(n2, l), s = t(a, c), s || e(n2, l, 1), u && (function(e2, n3) {
    let r2, t2 = 0, i3 = e2.length, o3 = /[*]/g, f2 = /[/]$/;
    for (; t2 < i3; t2++) e2[t2] = o3.test(r2 = e2[t2]) ? r2.replace(o3, (() => n3)) : f2.test(r2) ? r2 + n3 : r2;
  })(s, u), s;
}
function r(e2, n2, r2) {
  if (e2 === n2 || "." === n2) return ".";
  let t2 = e2 + "/", i2 = t2.length, o2 = n2.slice(0, i2) === t2, f = o2 ? n2.slice(i2) : n2;
  return "#" === f[0] ? f : o2 || !r2 ? "./" === f.slice(0, 2) ? f : "./" + f : f;
}
function t(e2, n2, r2) {
  if (e2) {
    if ("string" == typeof e2) return r2 && r2.add(e2), [e2];
    let i2, o2;
    if (Array.isArray(e2)) {
      for (o2 = r2 || /* @__PURE__ */ new Set(), i2 = 0; i2 < e2.length; i2++) t(e2[i2], n2, o2);
      if (!r2 && o2.size) return [...o2];
    } else for (i2 in e2) if (n2.has(i2)) return t(e2[i2], n2, r2);
  }
}
function i(e2, n2 = {}) {
  let t2, i2 = 0, o2 = n2.browser, f = n2.fields || ["module", "main"], s = "string" == typeof o2;
  for (o2 && !f.includes("browser") && (f.unshift("browser"), s && (o2 = r(e2.name, o2, true))); i2 < f.length; i2++) if (t2 = e2[f[i2]]) {
    if ("string" == typeof t2) ;
    else {
      if ("object" != typeof t2 || "browser" != f[i2]) continue;
      if (s && (t2 = t2[o2], null == t2)) return o2;
    }
    return "string" == typeof t2 ? "./" + t2.replace(/^\.?\//, "") : t2;
  }
}
function o(e2, r2, t2) {
  let i2, o2 = e2.exports;
  if (o2) {
    if ("string" == typeof o2) o2 = { ".": o2 };
    else for (i2 in o2) {
      "." !== i2[0] && (o2 = { ".": o2 });
      break;
    }
    return n(e2.name, o2, r2 || ".", t2);
  }
}

// src/surface/dependency-entries.ts
import { ts } from "ts-morph";
var MAX_REACHED = 2e3;
var EXTENSIONS = ["", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx"];
var INDEXES = ["index.js", "index.mjs", "index.cjs", "index.ts"];
var SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
var isFile = (file) => existsSync(file) && statSync(file).isFile();
function subpathOf(specifier, name) {
  return specifier === name ? "." : `.${specifier.slice(name.length)}`;
}
function resolveFile(base) {
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  const swapped = base.replace(/\.js$/, ".ts").replace(/\.mjs$/, ".mts").replace(/\.cjs$/, ".cts");
  if (swapped !== base && isFile(swapped)) return swapped;
  for (const index of INDEXES) if (isFile(path.join(base, index))) return path.join(base, index);
  return void 0;
}
function entryFile(dir, manifest, subpath) {
  let targets = [];
  if (manifest.exports !== void 0) {
    try {
      targets = o(manifest, subpath, { require: false, conditions: ["module", "node"] }) ?? [];
    } catch {
      try {
        targets = o(manifest, subpath, { require: true, conditions: ["node"] }) ?? [];
      } catch {
        targets = [];
      }
    }
  } else if (subpath === ".") {
    const main = i(manifest, { fields: ["module", "main"] });
    targets = typeof main === "string" ? [main] : ["./index.js"];
  } else {
    targets = [subpath];
  }
  for (const target of targets) {
    if (/\.d\.[cm]?ts$/.test(target)) continue;
    const file = resolveFile(path.resolve(dir, target));
    if (file && SOURCE.test(file)) return file;
  }
  return void 0;
}
function relativeImports(file, dir) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const out = [];
  for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
    if (!imported.fileName.startsWith(".")) continue;
    const target = resolveFile(path.resolve(path.dirname(file), imported.fileName));
    if (target && target.startsWith(dir + path.sep) && !target.includes(`${path.sep}node_modules${path.sep}`) && SOURCE.test(target))
      out.push(target);
  }
  return out;
}
function dependencyEntries(dir, manifest, subpaths) {
  const root = path.resolve(dir);
  const entries = [...new Set(subpaths.map((s) => entryFile(root, manifest, s)).filter((f) => f !== void 0))];
  if (entries.length === 0) return { entries: [] };
  const reached = new Set(entries);
  const queue = [...entries];
  while (queue.length > 0 && reached.size < MAX_REACHED) {
    for (const next of relativeImports(queue.shift(), root)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  const relative = (f) => path.relative(root, f).split(path.sep).join("/");
  return { files: [...reached].map(relative).sort(), entries: entries.map(relative) };
}

// src/surface/mcp-dependency.ts
async function readDependencySurfaces(dir, own, options = {}) {
  const reading = { surfaces: [], gaps: [], warnings: [] };
  const manifest = readManifest(dir);
  if (!manifest) return reading;
  const found = candidates(dir, manifest, own.files).filter((c) => !options.skip?.has(c.name));
  if (found.length === 0) return reading;
  const top = repositoryTop(dir);
  const lockfile = findLockfile(dir, top);
  let lock;
  try {
    lock = lockfile ? readLockfile(lockfile, dir, manifest.name) : void 0;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    reading.warnings.push({
      part: "mcp",
      message: `${error.message} The versions of dependencies that may provide tools are taken from package.json instead.`
    });
  }
  const unknown = [];
  for (const candidate of found) {
    let pin;
    try {
      pin = pinOf(candidate, lock, dir, top);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      reading.warnings.push({ part: "mcp", message: error.message, location: candidate.importedAt });
      pin = pinOf(candidate, void 0, dir, top);
    }
    if (!pin) continue;
    const server = isServerPackage(pin, dir, top);
    if (server === void 0) unknown.push(candidate.name);
    if (server) await readOne(dir, top, candidate, pin, options, reading);
  }
  if (unknown.length > 0 && reading.surfaces.length === 0) {
    const one = unknown.length === 1;
    const why = lock?.lockfile.manager === "yarn-classic" ? "yarn 1 lockfiles do not record peer dependencies" : lock ? `${path2.basename(lock.lockfile.file)} does not record what ${one ? "it depends" : "they depend"} on` : "no lockfile records what they depend on";
    reading.gaps.push({
      part: "mcp",
      message: `whether ${one ? "the dependency" : `${unknown.length} dependencies`} ${listed(unknown)} provide${one ? "s" : ""} tools of ${one ? "its" : "their"} own is not known here (${why}, and ${one ? "it is" : "they are"} not installed); install the dependencies (\`install:\` in .github/mcpver.yml) to have ${one ? "it" : "them"} read`,
      location: found.find((c) => c.name === unknown[0]).importedAt,
      hidesItems: false
    });
  }
  return reading;
}
function listed(names, shown = 5) {
  return names.length > shown ? `${names.slice(0, shown).join(", ")} and ${names.length - shown} more` : names.join(", ");
}
async function filesOf(dir, top, pin, options) {
  const { source } = pin;
  switch (source.kind) {
    case "registry":
      return packageFiles(pin.name, source.spec, {
        cwd: dir,
        top,
        integrity: pin.locked?.integrity,
        cacheDir: options.cacheDir,
        env: options.env,
        setupTimeoutMs: options.setupTimeoutMs
      });
    case "tarball":
      return tarballFiles(source.path, {
        integrity: pin.locked?.integrity,
        label: path2.relative(top, source.path).split(path2.sep).join("/")
      });
    case "folder": {
      const manifest = readManifest(source.path);
      if (!manifest)
        throw new SnapshotError(
          `the folder ${path2.relative(top, source.path).split(path2.sep).join("/") || "."} has no readable package.json.`
        );
      return {
        dir: source.path,
        version: typeof manifest.version === "string" ? manifest.version : "workspace",
        origin: "in the repository",
        release: async () => void 0
      };
    }
    case "elsewhere":
      throw new SnapshotError(
        `it comes from ${source.spec}, which mcpver does not fetch (it reads published versions, and tarballs and folders inside the repository).`
      );
    case "unpinned":
      throw new SnapshotError(
        `it is not pinned: package.json asks for the dist-tag "${source.spec}" and no lockfile pins a version, so which version a release serves depends on the day it is installed; pin it (commit a lockfile, or give an exact version) to have its tools compared.`
      );
  }
}
function pinLabel(pin) {
  return pin.source.kind === "registry" ? `${pin.name}@${pin.source.spec}` : pin.name;
}
async function readOne(dir, top, candidate, pin, options, reading) {
  const label = pinLabel(pin);
  const cannot = (what, why, hidesItems = true) => {
    reading.gaps.push({
      part: "mcp",
      message: `the dependency ${what} (${pin.how}; imported here) is an MCP server package whose ${why}`,
      location: candidate.importedAt,
      hidesItems
    });
  };
  let files;
  try {
    files = await filesOf(dir, top, pin, options);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    cannot(label, `tools could not be read: ${error.message}`);
    return;
  }
  try {
    const published = readManifest(files.dir) ?? {};
    if (!serverEvidenceOf(published)) return;
    const dependency = {
      name: pin.name,
      version: files.version,
      from: pin.from,
      ...pin.source.kind === "folder" || pin.source.kind === "tarball" ? { source: pin.source.kind } : {},
      ...pin.lockfile ? { lockfile: pin.lockfile } : {}
    };
    const id = `${pin.name}@${files.version}`;
    const entries = dependencyEntries(
      files.dir,
      { name: pin.name, ...published },
      candidate.specifiers.map((s) => subpathOf(s, candidate.name))
    );
    let extracted;
    try {
      extracted = explainGeneratedTools(
        files.dir,
        await takeStaticMcpSurface(files.dir, entries.files ? { include: entries.files } : {})
      ).surface;
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      cannot(id, `files could not be read: ${error.message}`);
      return;
    }
    const { mcp } = extracted;
    if (mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length === 0) {
      const hiding = extracted.gaps.find((g) => g.hidesItems);
      const where = hiding?.location ? ` at ${hiding.location.file}${hiding.location.line ? `:${hiding.location.line}` : ""}` : "";
      cannot(
        id,
        `files (${extracted.files.length}, ${files.origin}) declare no tool that could be read${hiding ? `: ${hiding.message.replace(/^no tool could be read; /, "")}${where}` : ""}`,
        hiding !== void 0
      );
      return;
    }
    const from = entries.files ? ` from ${entries.entries.join(", ")}` : "";
    const tried = `the tools of the dependency ${id}, ${pin.how} (static reading of ${extracted.files.length} file${extracted.files.length === 1 ? "" : "s"}${from}, ${files.origin})`;
    const inDependency = ({
      location,
      ...rest
    }) => ({
      ...rest,
      message: `in ${id}${location ? ` (${location.file}${location.line ? `:${location.line}` : ""})` : ""}: ${rest.message}`,
      location: candidate.importedAt
    });
    const locations = Object.fromEntries(Object.keys(mcp.locations ?? {}).map((item) => [item, candidate.importedAt]));
    reading.surfaces.push({
      dependency,
      tried,
      mcp: { ...mcp, locations },
      gaps: extracted.gaps.map(inDependency),
      warnings: extracted.warnings.map(inDependency)
    });
  } finally {
    await files.release();
  }
}
var LISTS = [
  ["tools", "name", "tool"],
  ["prompts", "name", "prompt"],
  ["resources", "uri", "resource"],
  ["resourceTemplates", "uriTemplate", "resource-template"]
];
function withDependencySurfaces(own, reading) {
  const mcp = {
    ...own.mcp,
    tools: [...own.mcp.tools],
    prompts: [...own.mcp.prompts],
    resources: [...own.mcp.resources],
    resourceTemplates: [...own.mcp.resourceTemplates],
    locations: { ...own.mcp.locations },
    ...own.mcp.conditions ? { conditions: { ...own.mcp.conditions } } : {}
  };
  const gaps = [...own.gaps, ...reading.gaps];
  const warnings = [...own.warnings, ...reading.warnings, ...reading.gaps.map(({ hidesItems: _, ...w }) => w)];
  for (const { mcp: theirs, gaps: theirGaps, warnings: theirWarnings } of reading.surfaces) {
    for (const [list, key, prefix] of LISTS) {
      const mine = mcp[list];
      const have = new Set(mine.map((item) => item[key]));
      for (const item of theirs[list]) {
        if (have.has(item[key])) continue;
        mine.push(item);
        const id = `${prefix}:${String(item[key])}`;
        if (theirs.locations?.[id]) mcp.locations[id] = theirs.locations[id];
        if (theirs.conditions?.[id]) mcp.conditions = { ...mcp.conditions, [id]: theirs.conditions[id] };
      }
    }
    mcp.capabilities = { ...theirs.capabilities, ...mcp.capabilities };
    gaps.push(...theirGaps);
    warnings.push(...theirWarnings);
  }
  return {
    surface: { ...own, mcp, gaps, warnings },
    tried: reading.surfaces.map((s) => s.tried),
    dependencies: reading.surfaces.map((s) => s.dependency)
  };
}
export {
  readDependencySurfaces,
  withDependencySurfaces
};
