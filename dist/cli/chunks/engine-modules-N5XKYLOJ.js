import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  PARSE_AS_TSC,
  ScriptTarget,
  adoptParsedFiles,
  createSourceFile,
  forEachChild,
  isCallSignatureDeclaration,
  isConstructorTypeNode,
  isFunctionTypeNode,
  isIdentifier,
  isMappedTypeNode,
  isMethodSignature,
  isTypeQueryNode,
  isTypeReferenceNode,
  minimumTypeScript,
  readMinimumTypeScript,
  rememberStandardizedPaths,
  shareLibraryFiles
} from "./chunk-WAYGLOPI.js";
import {
  API,
  FORWARD_HELPERS,
  PIN,
  REVERSE_HELPERS,
  asRelation,
  evidenceLine,
  externalMounts,
  importPath,
  installedClasses,
  installedHelpers,
  matchRenames,
  pairProbes,
  renderWitness,
  usageProbe,
  withInstalledHelpers
} from "./chunk-K53IGPRN.js";
import {
  asTypeScriptData,
  buildStem,
  withoutModuleExtensions
} from "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/compat/typescript/engine-modules.ts
import { ts as ts2 } from "ts-morph";

// src/compat/typescript/comparison-program.ts
import { Project, ts } from "ts-morph";
shareLibraryFiles();
rememberStandardizedPaths();
var COMPARISON_COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  strict: true,
  // The declarations' own errors were reported when the snapshot was taken; here only consumer code counts.
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
  types: [],
  ...PARSE_AS_TSC
};
function moduleSpecifier(side, dtsPath) {
  const stem = dtsPath.replace(/\.d\.ts$/, "").replace(/\.d\.mts$/, ".mjs").replace(/\.d\.cts$/, ".cjs");
  return `../${side}/${stem}`;
}
function blockFile(header, blocks) {
  let text = `${header}
`;
  const ranges = [];
  for (const block of blocks) {
    const start = text.length;
    text += `namespace ${block.id} {
${block.code}
}
`;
    ranges.push({ id: block.id, start, end: text.length });
  }
  return { text, ranges };
}
function runProbes(old, next, header, blocks, modules = [], deferred = []) {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: COMPARISON_COMPILER_OPTIONS,
    skipLoadingLibFiles: false
  });
  const fs = project.getFileSystem();
  const external = externalMounts(old, next);
  for (const [side, surface] of [
    ["old", old],
    ["new", next]
  ]) {
    for (const [rel, text] of Object.entries(surface.files)) fs.writeFileSync(`/${side}/${rel}`, text);
    for (const [rel, text] of Object.entries(external[side])) fs.writeFileSync(`/${side}/${rel}`, text);
  }
  for (const [rel, text] of Object.entries(external.shared)) fs.writeFileSync(`/${rel}`, text);
  const main = blockFile(header, blocks);
  const probe = project.createSourceFile("/probe/probes.ts", main.text);
  const later = new Map(
    deferred.map((f) => {
      const { text, ranges } = blockFile(f.header, f.blocks);
      return [f.id, { file: project.createSourceFile(`/probe/${f.id}.ts`, `${text}export {};
`), ranges }];
    })
  );
  const moduleFiles = modules.map((m) => ({
    id: m.id,
    file: project.createSourceFile(`/probe/${m.id}.ts`, `${m.code}
export {};
`)
  }));
  const program = adoptParsedFiles(
    (fileName) => /^\/(?:(?:old|new)\/)?(.+)$/.exec(fileName)?.[1],
    () => {
      project.resolveSourceFileDependencies();
      return project.getProgram().compilerObject;
    }
  );
  const errors = /* @__PURE__ */ new Map();
  for (const { id, file } of moduleFiles) {
    const first = program.getSemanticDiagnostics(file.compilerNode).find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) errors.set(id, ts.flattenDiagnosticMessageText(first.messageText, " "));
  }
  const collect = (file, ranges) => {
    for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
      if (d.category !== ts.DiagnosticCategory.Error || d.start === void 0) continue;
      const range = ranges.find((r) => d.start >= r.start && d.start < r.end);
      if (range && !errors.has(range.id)) errors.set(range.id, ts.flattenDiagnosticMessageText(d.messageText, " "));
    }
  };
  collect(probe.compilerNode, main.ranges);
  const check = (fileIds) => {
    for (const id of fileIds) {
      const file = later.get(id);
      if (file) collect(file.file.compilerNode, file.ranges);
    }
  };
  return { errors, check };
}

// src/compat/typescript/dual-builds.ts
var dualBuilds = /* @__PURE__ */ new WeakMap();
function faithfulDualBuild(surface) {
  let known = dualBuilds.get(surface);
  if (known === void 0) {
    const byStem = /* @__PURE__ */ new Map();
    for (const file of Object.keys(surface.files)) {
      const stem = buildStem(file);
      if (stem !== file) byStem.set(stem, [...byStem.get(stem) ?? [], file]);
    }
    const twins = [...byStem.values()].filter((files) => files.length > 1);
    known = twins.length > 0 && twins.every(
      ([first, ...rest]) => rest.every(
        (f) => withoutModuleExtensions(surface.files[f]) === withoutModuleExtensions(surface.files[first])
      )
    );
    dualBuilds.set(surface, known);
  }
  return known;
}
function moduleOf(old, next) {
  const dual = faithfulDualBuild(old) && faithfulDualBuild(next);
  return (file) => dual && file !== void 0 ? buildStem(file) : file;
}

// src/compat/typescript/positions.ts
var flip = (p) => p === "in" ? "out" : "in";
function referencedNames(typeText, polarity, found) {
  if (!/[A-Za-z_$]/.test(typeText)) return;
  const sf = createSourceFile("t.ts", `type __ = ${typeText};`, ScriptTarget.Latest, false);
  const visit = (node, p) => {
    if (isTypeReferenceNode(node) && isIdentifier(node.typeName)) {
      found(node.typeName.text, p);
    } else if (isTypeQueryNode(node) && isIdentifier(node.exprName)) {
      found(node.exprName.text, p);
    }
    const keys = isMappedTypeNode(node) ? { keys: node.typeParameter.constraint, values: node.type } : isTypeReferenceNode(node) && isIdentifier(node.typeName) && node.typeName.text === "Record" && node.typeArguments?.length === 2 ? { keys: node.typeArguments[0], values: node.typeArguments[1] } : void 0;
    if (keys) {
      if (keys.keys) {
        visit(keys.keys, "in");
        if (p === "in") visit(keys.keys, "out");
      }
      if (keys.values) visit(keys.values, p);
      return;
    }
    if (isFunctionTypeNode(node) || isConstructorTypeNode(node) || isMethodSignature(node) || isCallSignatureDeclaration(node)) {
      for (const param of node.parameters) if (param.type) visit(param.type, flip(p));
      if (node.type) visit(node.type, p);
      return;
    }
    forEachChild(node, (child) => visit(child, p));
  };
  visit(sf.statements[0], polarity);
}
function computePositions(declarations) {
  const byName = /* @__PURE__ */ new Map();
  for (const d of declarations) {
    const list = byName.get(d.name) ?? [];
    list.push(d);
    byName.set(d.name, list);
  }
  const positions = /* @__PURE__ */ new Map();
  const queue = [];
  const mark = (name, p) => {
    if (!byName.has(name)) return;
    const pos = positions.get(name) ?? { input: false, output: false };
    const key = p === "in" ? "input" : "output";
    if (pos[key]) return;
    pos[key] = true;
    positions.set(name, pos);
    queue.push([name, p]);
  };
  const parsed = /* @__PURE__ */ new Map();
  const refs = (typeText, p) => {
    const key = `${p}\0${typeText}`;
    let names = parsed.get(key);
    if (!names) {
      const list = [];
      referencedNames(typeText, p, (name, q) => list.push([name, q]));
      parsed.set(key, names = list);
    }
    for (const [name, q] of names) mark(name, q);
  };
  const walkSignatureTypes = (d, p) => {
    for (const sig of d.signatures ?? []) {
      for (const param of sig.parameters) refs(param.type, flip(p));
      refs(sig.returnType, p);
    }
  };
  const walkMembers = (d, p) => {
    for (const m of d.members ?? []) {
      if (m.visibility === "private" || m.visibility === "protected") continue;
      if (m.type) refs(m.type, p);
      for (const sig of m.signatures ?? []) {
        const q = m.kind === "constructor" ? "out" : p;
        for (const param of sig.parameters) refs(param.type, flip(q));
        if (m.kind !== "constructor") refs(sig.returnType, p);
      }
    }
    for (const h of d.heritage ?? []) refs(h.replace(/^(extends|implements) /, ""), p);
    if (d.kind === "type") refs(d.signature.replace(/^.*?=\s*/, ""), p);
  };
  for (const d of declarations) {
    if (d.kind === "function") walkSignatureTypes(d, "out");
    else if (d.kind === "variable") refs(d.signature.replace(/^(const|let) [^:]*:\s*/, ""), "out");
    else if (d.kind === "class") {
      mark(d.name, "out");
      walkMembers(d, "out");
    }
  }
  while (queue.length > 0) {
    const [name, p] = queue.shift();
    for (const d of byName.get(name) ?? []) if (d.kind !== "class" || p === "out") walkMembers(d, p);
  }
  return positions;
}
function positionsOf(map, name) {
  const p = map.get(name);
  return p && (p.input || p.output) ? p : { input: true, output: true };
}

// src/compat/typescript/analysis.ts
var keyOf = (d) => `${d.entry}\0${d.name}`;
function shape(d) {
  return `${d.kind}:${d.signature.split(d.name).join("")}`;
}
var selfDescription = (d) => [d.docs, d.tags.deprecated ? `deprecated: ${d.tags.deprecated}` : ""].filter(Boolean).join(" ") || void 0;
function findRenames(analysis) {
  for (const entry of new Set(analysis.removed.map((r) => r.declaration.entry))) {
    const removed = analysis.removed.filter((r) => r.declaration.entry === entry);
    const added = analysis.added.filter((a) => a.entry === entry);
    const old = new Map(removed.map((r) => [r.declaration.name, r]));
    const next = new Map(added.map((a) => [a.name, a]));
    const side = (d) => ({
      name: d.name,
      ...selfDescription(d) ? { description: selfDescription(d) } : {}
    });
    const match = matchRenames(
      removed.map((r) => side(r.declaration)),
      added.map(side),
      (from, to) => shape(old.get(from).declaration) === shape(next.get(to)),
      // A signature with parameters or a type with members is specific; a bare `const x: string` is not.
      (from) => {
        const d = old.get(from).declaration;
        return (d.signatures ?? []).some((sig) => sig.parameters.length > 0) || (d.members ?? []).length > 0;
      }
    );
    for (const rename of match.renames)
      analysis.renames.push({
        from: old.get(rename.from),
        to: next.get(rename.to),
        evidence: evidenceLine(rename, "the same declaration")
      });
    analysis.possibleRenames.push(...match.possible);
  }
}
function differs(a, b) {
  return a.signature !== b.signature || a.shapeHash !== b.shapeHash || a.docs !== b.docs || JSON.stringify(a.tags) !== JSON.stringify(b.tags) || a.kind !== b.kind || !!a.any !== !!b.any || sameMeanings(a, b) === false;
}
function sameMeanings(a, b) {
  return a.meanings.join() === b.meanings.join();
}
function analyze(oldSnapshot, newSnapshot) {
  const old = asTypeScriptData(oldSnapshot.typescript);
  if (!old) return null;
  const next = asTypeScriptData(newSnapshot.typescript) ?? {
    entryPoints: {},
    declarations: [],
    files: {},
    from: "dts",
    sourceHash: ""
  };
  const packageName = newSnapshot.package?.name || oldSnapshot.package?.name || "your-package";
  const analysis = {
    old,
    new: next,
    packageName,
    oldVersion: oldSnapshot.package?.version ?? "old",
    changed: [],
    removed: [],
    added: [],
    renames: [],
    possibleRenames: [],
    lostEntries: /* @__PURE__ */ new Map()
  };
  const newByKey = new Map(next.declarations.map((d) => [keyOf(d), d]));
  const oldByKey = new Map(old.declarations.map((d) => [keyOf(d), d]));
  const positions = computePositions(old.declarations);
  const pending = [];
  const entries = [...new Set([...old.declarations, ...next.declarations].map((d) => d.entry))].sort();
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const shared = /* @__PURE__ */ new Map();
  const module = moduleOf(old, next);
  for (const d of old.declarations) {
    const n = newByKey.get(keyOf(d));
    if (!n) {
      const into = { name: "usage", forward: "invalid", reverse: "not-checked" };
      if (old.entryPoints[d.entry] && next.entryPoints[d.entry])
        pending.push({ probe: usageProbe(d), entryIndex: entryIndex.get(d.entry), into });
      analysis.removed.push({ declaration: d, probe: into });
      continue;
    }
    if (!differs(d, n)) continue;
    const pos = positionsOf(positions, d.name);
    const identity = `${module(d.declarationFile)}\0${d.name}\0${module(n.declarationFile)}\0${d.signature}\0${n.signature}`;
    let results = shared.get(identity);
    if (!results) {
      results = [];
      if (d.signature !== n.signature || d.kind !== n.kind || d.shapeHash !== n.shapeHash || !sameMeanings(d, n)) {
        for (const probe of pairProbes(d, n, pos)) {
          const into = {
            name: probe.name,
            forward: "invalid",
            reverse: probe.reverse ? "invalid" : "not-checked",
            ...probe.note ? { note: probe.note } : {}
          };
          results.push(into);
          pending.push({ probe, entryIndex: entryIndex.get(d.entry), into });
        }
      }
      shared.set(identity, results);
    }
    analysis.changed.push({ entry: d.entry, name: d.name, old: d, new: n, positions: pos, probes: results, notes: [] });
  }
  analysis.added = next.declarations.filter((d) => !oldByKey.has(keyOf(d)));
  findRenames(analysis);
  for (const [subpath, file] of Object.entries(old.entryPoints)) {
    if (next.entryPoints[subpath] === void 0)
      analysis.lostEntries.set(subpath, { name: `entry:${file}`, forward: "invalid", reverse: "not-checked" });
  }
  if (pending.length > 0 || analysis.lostEntries.size > 0) checkProbes(analysis, pending, entries);
  for (const pair of analysis.changed) {
    if (!pair.probes.some((p) => p.note !== void 0)) continue;
    pair.notes = pair.probes.filter((p) => p.note !== void 0 && p.forward === "broken").map((p) => p.note);
    pair.probes = pair.probes.filter((p) => p.note === void 0);
  }
  return analysis;
}
function checkProbes(analysis, pending, entries) {
  const used = new Set(pending.map((p) => p.entryIndex));
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const installed = installedClasses(analysis.old, analysis.new);
  for (const c of installed) used.add(entryIndex.get(c.entry));
  const entryImports = (i) => {
    const o = analysis.old.entryPoints[entries[i]];
    const n = analysis.new.entryPoints[entries[i]];
    return [
      o ? `import * as O${i} from '${moduleSpecifier("old", o)}';
import O${i}__default from '${moduleSpecifier("old", o)}';` : "",
      n ? `import * as N${i} from '${moduleSpecifier("new", n)}';
import N${i}__default from '${moduleSpecifier("new", n)}';` : ""
    ].join("\n");
  };
  const imports = entries.map((_, i) => used.has(i) ? entryImports(i) : "").join("\n");
  const header = `${imports}
${installedHelpers(installed, (side, entry) => `${side}${entryIndex.get(entry)}`)}`;
  const blocks = [];
  const defaultOf = (placeholder) => new RegExp(`${placeholder.replace(/[$]/g, "\\$&")}\\.default(?![\\w$])`, "g");
  const variant = (code, pin, api) => withInstalledHelpers(code, pin[0], api[0]).replace(defaultOf(PIN), `${pin}__default`).replace(defaultOf(API), `${api}__default`).split(`${PIN}.`).join(`${pin}.`).split(`${API}.`).join(`${api}.`);
  const reverse = [];
  const written = [];
  const checks = pending.map((p, i) => {
    const o = `O${p.entryIndex}`;
    const n = analysis.new.entryPoints[entries[p.entryIndex]] ? `N${p.entryIndex}` : void 0;
    const relation = asRelation(p.probe.code);
    const code = relation ?? p.probe.code;
    const c = { probe: p, self: `P${i}_A` };
    blocks.push({ id: c.self, code: variant(code, o, o) });
    if (!n) return c;
    c.forward = `P${i}_B`;
    blocks.push({ id: c.forward, code: variant(code, o, n) });
    if (relation) {
      c.written = { file: `W${i}`, block: `P${i}_W` };
      written.push({
        id: c.written.file,
        header: `${FORWARD_HELPERS}
${entryImports(p.entryIndex)}`,
        blocks: [{ id: c.written.block, code: variant(p.probe.code, o, n) }]
      });
    }
    if (p.probe.reverse) {
      c.reverse = { file: `R${i}`, self: `P${i}_C`, against: `P${i}_D` };
      const reverseBlocks = [
        { id: c.reverse.self, code: variant(code, n, n) },
        { id: c.reverse.against, code: variant(code, n, o) }
      ];
      reverse.push({
        id: c.reverse.file,
        header: `${REVERSE_HELPERS}
${entryImports(p.entryIndex)}`,
        blocks: reverseBlocks
      });
    }
    return c;
  });
  const modules = [];
  const lost = [...analysis.lostEntries].map(([subpath, result], i) => {
    const file = result.name.slice("entry:".length);
    const entry = { subpath, result, old: `E${i}_A`, new: `E${i}_B` };
    modules.push({ id: entry.old, code: `import * as api from '${moduleSpecifier("old", file)}';` });
    modules.push({ id: entry.new, code: `import * as api from '${moduleSpecifier("new", file)}';` });
    return entry;
  });
  const run = runProbes(analysis.old, analysis.new, header, blocks, modules, [...reverse, ...written]);
  const { errors } = run;
  const failed = (id) => id !== void 0 && errors.has(id);
  run.check(checks.filter((c) => c.written && failed(c.forward)).map((c) => c.written.file));
  const forwardError = (c) => errors.get(c.written?.block ?? c.forward);
  const forward = (c) => failed(c.self) ? "invalid" : forwardError(c) !== void 0 ? "broken" : "ok";
  const checked = checks.filter((c) => c.reverse && forward(c) !== "broken");
  run.check(checked.map((c) => c.reverse.file));
  for (const { subpath, result, old, new: next } of lost) {
    const errB = errors.get(next);
    result.forward = errors.has(old) ? "invalid" : errB ? "broken" : "ok";
    if (result.forward === "broken" && errB) {
      const from = importPath(analysis.packageName, subpath);
      result.witness = {
        kind: "typescript",
        value: `import * as api from '${from}';`,
        error: errB.replace(/'\.\.\/new\/[^']*'/g, `'${from}'`)
      };
    }
  }
  const checkedSet = new Set(checked);
  for (const c of checks) {
    const p = c.probe;
    const errB = forwardError(c);
    p.into.forward = forward(c);
    if (p.probe.reverse) {
      p.into.reverse = !c.reverse ? "ok" : !checkedSet.has(c) ? "not-checked" : failed(c.reverse.self) ? "invalid" : failed(c.reverse.against) ? "broken" : "ok";
    }
    if (p.into.forward === "broken" && errB) {
      const entry = entries[p.entryIndex];
      p.into.witness = renderWitness({
        code: p.probe.code,
        packageName: analysis.packageName,
        entry,
        oldVersion: analysis.oldVersion,
        error: errB,
        installed
      });
    }
  }
}
var memo = /* @__PURE__ */ new WeakMap();
function typescriptAnalysis(old, next) {
  let inner = memo.get(old);
  if (!inner) memo.set(old, inner = /* @__PURE__ */ new WeakMap());
  if (!inner.has(next)) inner.set(next, analyze(old, next));
  return inner.get(next) ?? null;
}
export {
  minimumTypeScript,
  moduleSpecifier,
  readMinimumTypeScript,
  runProbes,
  ts2 as ts,
  typescriptAnalysis
};
