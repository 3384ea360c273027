import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/surface/typescript/model.ts
function asTypeScriptData(surface) {
  if (!surface) return null;
  const s = surface;
  return {
    ...surface,
    declarations: s.declarations ?? [],
    files: s.files ?? {},
    from: s.from ?? "dts",
    sourceHash: s.sourceHash ?? ""
  };
}

// src/surface/typescript/entry-points.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
var TYPE_CONDITIONS = ["types", "typings", "import", "module", "node", "require", "default"];
var SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];
var BUILD_FOLDERS = ["dist", "build", "lib", "out", "esm", "cjs"];
function pickTarget(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = pickTarget(v);
      if (t) return t;
    }
    return void 0;
  }
  if (value && typeof value === "object") {
    const conditions = value;
    for (const key of TYPE_CONDITIONS) {
      if (key in conditions) {
        const t = pickTarget(conditions[key]);
        if (t) return t;
      }
    }
    for (const v of Object.values(conditions)) {
      const t = pickTarget(v);
      if (t) return t;
    }
  }
  return void 0;
}
function pickRuntimeTarget(value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const c = value;
    for (const key of ["import", "default", "require", "node"]) if (typeof c[key] === "string") return c[key];
  }
  return void 0;
}
function normalize(path) {
  return posix.normalize(path.replace(/\\/g, "/")).replace(/^\.\//, "");
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function readOutDirMapping(dir) {
  const file = join(dir, "tsconfig.json");
  if (!existsSync(file)) return {};
  try {
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, "$1").replace(/,(\s*[}\]])/g, "$1");
    const options = JSON.parse(text).compilerOptions ?? {};
    const outDir = options.declarationDir ?? options.outDir;
    return {
      ...outDir ? { outDir: normalize(outDir) } : {},
      ...options.rootDir ? { rootDir: normalize(options.rootDir) } : {}
    };
  } catch {
    return {};
  }
}
function resolveDeclaredFile(dir, declared) {
  const path = normalize(declared);
  const stem = path.replace(/(\.d)?\.(m|c)?(t|j)sx?$/, "");
  const dts = [`${stem}.d.ts`, `${stem}.d.mts`, `${stem}.d.cts`];
  const candidates = /\.(m|c)?tsx?$/.test(path) ? [path, ...dts] : [...dts, `${stem}/index.d.ts`];
  const { outDir, rootDir } = readOutDirMapping(dir);
  const sourceStems = [];
  if (outDir && (stem === outDir || stem.startsWith(`${outDir}/`))) {
    sourceStems.push(posix.join(rootDir ?? "src", stem.slice(outDir.length)));
    if (!rootDir) sourceStems.push(stem.slice(outDir.length + 1));
  }
  for (const folder of BUILD_FOLDERS) {
    const m = new RegExp(`^${folder}/(?:(?:esm|cjs|types|src)/)?(.*)$`).exec(stem);
    if (m) sourceStems.push(`src/${m[1]}`, m[1]);
  }
  sourceStems.push(stem);
  for (const s of sourceStems) for (const ext of SOURCE_EXTENSIONS) candidates.push(`${s}${ext}`);
  return candidates.find((c) => isFile(join(dir, c)));
}
function listFiles(dir, folder) {
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === "node_modules") continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const isDirectory = entry.isSymbolicLink() ? statSync(join(dir, child)).isDirectory() : entry.isDirectory();
      if (isDirectory) walk(child);
      else out.push(child);
    }
  };
  walk(folder);
  return out.sort();
}
function runtimeTwin(dts) {
  return dts.replace(/\.d\.ts$/, ".js").replace(/\.d\.mts$/, ".mjs").replace(/\.d\.cts$/, ".cjs");
}
function expandWildcard(dir, subpath, value, warnings, listed) {
  const target = pickTarget(value);
  if (!target || target.split("*").length !== 2) return [];
  const [prefix = "", suffix = ""] = normalize(target).split("*");
  const runtime = pickRuntimeTarget(value);
  const [subPrefix = "", subSuffix = ""] = subpath.split("*");
  const folder = prefix.includes("/") ? prefix.slice(0, prefix.lastIndexOf("/")) : "";
  const entries = [];
  const declarationTarget = /\.d\.(m|c)?ts$/.test(suffix);
  let files = listed.get(folder);
  if (!files) listed.set(folder, files = listFiles(dir, folder));
  for (const file of files) {
    if (!file.startsWith(prefix) || !/\.d\.(m|c)?ts$/.test(file)) continue;
    let captured;
    if (declarationTarget) {
      if (!file.endsWith(suffix)) continue;
      captured = file.slice(prefix.length, file.length - suffix.length);
      if (runtime !== void 0 && runtime.endsWith("*") && suffix.endsWith(".d.ts")) captured += ".js";
    } else {
      const twin = runtimeTwin(file);
      if (!twin.endsWith(suffix) || twin.length < prefix.length + suffix.length) continue;
      captured = twin.slice(prefix.length, twin.length - suffix.length);
    }
    entries.push({ subpath: `${subPrefix}${captured}${subSuffix}`, file });
  }
  if (entries.length === 0) {
    warnings.push({
      part: "typescript",
      message: `exports["${subpath}"] matches no declaration file (${target})`,
      location: { file: "package.json" }
    });
  }
  return entries;
}
function moduleIdentity(dir, file) {
  const stem = buildStem(file);
  if (stem === file) return file;
  try {
    return `${stem}\0${withoutModuleExtensions(readFileSync(join(dir, file), "utf8"))}`;
  } catch {
    return file;
  }
}
function buildStem(file) {
  return file.replace(/\.d\.(m|c)?ts$/, "");
}
function withoutModuleExtensions(text) {
  return text.replace(/\/\/# sourceMappingURL=.*$/m, "").replace(/\.(m|c)?js(['"])/g, "$2").replace(/\.d\.(m|c)?ts(['"])/g, "$2");
}
function findEntryPoints(dir, manifest, warnings) {
  const entries = [];
  const listed = /* @__PURE__ */ new Map();
  const missing = (what, declared) => warnings.push({
    part: "typescript",
    message: `${what} points to "${declared}", which does not exist (no .d.ts and no .ts source found for it)`,
    location: { file: "package.json" }
  });
  const exportsField = manifest.exports;
  const subpaths = exportsField === void 0 || exportsField === null ? [] : typeof exportsField === "string" || Array.isArray(exportsField) || Object.keys(exportsField).every((k) => !k.startsWith(".")) ? [[".", exportsField]] : Object.entries(exportsField);
  for (const [subpath, value] of subpaths) {
    if (value === null || subpath.endsWith("package.json")) continue;
    if (subpath.includes("*")) {
      entries.push(...expandWildcard(dir, subpath, value, warnings, listed));
      continue;
    }
    const target = pickTarget(value);
    if (!target || !/\.(m|c)?(j|t)sx?$/.test(target) && !target.endsWith("/")) continue;
    const file = resolveDeclaredFile(dir, target);
    if (file) entries.push({ subpath, file });
    else missing(`exports["${subpath}"]`, target);
  }
  if (entries.length === 0 && subpaths.length === 0) {
    const declared = [manifest.types, manifest.typings, manifest.main].find((v) => typeof v === "string");
    const file = declared ? resolveDeclaredFile(dir, declared) : resolveDeclaredFile(dir, "index.js");
    if (file) entries.push({ subpath: ".", file });
    else if (declared) missing(manifest.types ? '"types"' : manifest.typings ? '"typings"' : '"main"', declared);
  }
  const seenSubpaths = /* @__PURE__ */ new Set();
  const seenModules = /* @__PURE__ */ new Set();
  const identities = /* @__PURE__ */ new Map();
  return entries.sort((a, b) => a.subpath.length - b.subpath.length || a.subpath.localeCompare(b.subpath)).filter((e) => {
    let module = identities.get(e.file);
    if (module === void 0) identities.set(e.file, module = moduleIdentity(dir, e.file));
    if (seenSubpaths.has(e.subpath) || seenModules.has(module)) return false;
    seenSubpaths.add(e.subpath);
    seenModules.add(module);
    return true;
  }).sort((a, b) => a.subpath.localeCompare(b.subpath));
}
var BARE_FILE = /^(?!.*\.test\.)[^.].*\.(d\.)?(m|c)?tsx?$/;
var BARE_FOLDERS = [".", "src", "types", "lib", "dist"];
function findBareEntryPoints(dir) {
  for (const folder of BARE_FOLDERS) {
    let names;
    try {
      names = readdirSync(join(dir, folder)).filter((n) => BARE_FILE.test(n) && isFile(join(dir, folder, n)));
    } catch {
      continue;
    }
    if (names.length === 0) continue;
    const byModule = /* @__PURE__ */ new Map();
    for (const name of names.sort()) {
      const stem = name.replace(/(\.d)?\.(m|c)?tsx?$/, "");
      const kept = byModule.get(stem);
      if (!kept || /\.d\.(m|c)?ts$/.test(name) && !/\.d\.(m|c)?ts$/.test(kept)) byModule.set(stem, name);
    }
    const file = (name) => normalize(posix.join(folder, name));
    const index = byModule.get("index");
    if (index) return [{ subpath: ".", file: file(index) }];
    if (byModule.size === 1) return [{ subpath: ".", file: file([...byModule.values()][0]) }];
    return [...byModule].map(([stem, name]) => ({ subpath: `./${stem}`, file: file(name) }));
  }
  return [];
}

// src/surface/typescript/external-types.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var EXTERNAL_TYPES_MAX_CHARS = 15e5;
var LEFT_OUT = /* @__PURE__ */ new Set(["typescript", "@types/node", "undici-types"]);
var RESOLUTION_FIELDS = ["name", "version", "type", "types", "typings", "main", "module", "exports", "typesVersions"];
function packagePathOf(fileName) {
  const at = fileName.lastIndexOf("/node_modules/");
  if (at < 0) return void 0;
  const rest = fileName.slice(at + "/node_modules/".length).split("/");
  const name = rest[0]?.startsWith("@") ? rest.slice(0, 2).join("/") : rest[0];
  if (!name) return void 0;
  return { name, key: `node_modules/${rest.join("/")}`, root: `${fileName.slice(0, at)}/node_modules/${name}` };
}
function externalDeclarationFiles(program, isOwn, warnings) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const sf of program.getSourceFiles()) {
    if (isOwn(sf.fileName) || program.isSourceFileDefaultLibrary(sf) || !sf.isDeclarationFile) continue;
    const where = packagePathOf(sf.fileName);
    if (!where || LEFT_OUT.has(where.name)) continue;
    const entry = byPackage.get(where.name) ?? { files: /* @__PURE__ */ new Map(), size: 0, root: where.root };
    entry.files.set(where.key, sf.text);
    entry.size += sf.text.length;
    byPackage.set(where.name, entry);
  }
  const kept = [...byPackage].sort(([a, x], [b, y]) => x.size - y.size || a.localeCompare(b));
  let total = 0;
  const dropped = [];
  const out = {};
  for (const [name, { files, size, root }] of kept) {
    if (total + size > EXTERNAL_TYPES_MAX_CHARS) {
      dropped.push(`${name} (${Math.round(size / 1024)} KiB)`);
      continue;
    }
    total += size;
    for (const [key, text] of files) out[key] = text;
    const manifest = trimmedManifest(root);
    if (manifest) out[`node_modules/${name}/package.json`] = manifest;
  }
  if (dropped.length > 0) {
    warnings.push({
      part: "typescript",
      message: `The declarations of ${dropped.join(", ")} are larger than mcpver keeps in a snapshot (${Math.round(EXTERNAL_TYPES_MAX_CHARS / 1024)} KiB of dependencies' types in all); their types are compared as unknown, and changes that name them are reported for review.`
    });
  }
  return out;
}
function trimmedManifest(root) {
  try {
    const manifest = JSON.parse(readFileSync2(join2(root, "package.json"), "utf8"));
    return JSON.stringify(
      Object.fromEntries(RESOLUTION_FIELDS.filter((f) => f in manifest).map((f) => [f, manifest[f]]))
    );
  } catch {
    return void 0;
  }
}
function externalPackageFiles(files) {
  const byName = /* @__PURE__ */ new Map();
  for (const [key, text] of Object.entries(files ?? {})) {
    const where = packagePathOf(`/${key}`);
    if (!where) continue;
    const own = byName.get(where.name) ?? {};
    own[key] = text;
    byName.set(where.name, own);
  }
  return byName;
}
function externalPackageVersion(name, files) {
  try {
    const version = JSON.parse(files[`node_modules/${name}/package.json`] ?? "{}").version;
    return typeof version === "string" ? version : void 0;
  } catch {
    return void 0;
  }
}
function packageOfSpecifier(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

export {
  externalDeclarationFiles,
  externalPackageFiles,
  externalPackageVersion,
  packageOfSpecifier,
  asTypeScriptData,
  buildStem,
  withoutModuleExtensions,
  findEntryPoints,
  findBareEntryPoints
};
