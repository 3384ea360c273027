import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  DependentParseError,
  childAt,
  lineOf,
  objectEntries,
  parseJsonTree,
  renderMigrationBody,
  setJsonString,
  stringValues
} from "./chunk-PMKALMIF.js";
import {
  runCheck
} from "./chunk-VNWGCKWA.js";
import "./chunk-VZ3H4TGL.js";
import "./chunk-5TGAL4XU.js";
import "./chunk-E2YKA2XG.js";
import "./chunk-KD47FBFV.js";
import {
  Git
} from "./chunk-ANEZNWVY.js";
import "./chunk-TY3A46UA.js";
import "./chunk-5GXSPMCM.js";
import "./chunk-KHJDDZPC.js";
import "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import "./chunk-ABR2AS3X.js";
import "./chunk-LMQOIE72.js";
import {
  REPORT_SCHEMA_VERSION,
  migrationComplexity
} from "./chunk-2VIPLXAM.js";
import "./chunk-XGYEHV2I.js";
import "./chunk-IGSMMJ4B.js";
import "./chunk-JOTVTROF.js";
import "./chunk-VCTPKO6Y.js";
import {
  CONFIG_PATH,
  ConfigError,
  parseConfig
} from "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import "./chunk-4MKIT45O.js";
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
import "./chunk-NZCTYT4Q.js";
import "./chunk-PL4NSQ6G.js";
import "./chunk-HR5I3F4F.js";
import "./chunk-URR7BXMR.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-6LR7PQPG.js";
import "./chunk-KQ74DAPA.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/cli/migrate.ts
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/migrate/code-files.ts
import { Project, ts } from "ts-morph";

// src/migrate/ranges.ts
var import_semver = __toESM(require_semver(), 1);
var SIMPLE_PIN = /^(\^|~|=|>=)?(\s*)(v?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function bumpRange(range, version) {
  const trimmed = range.trim();
  if (trimmed === "latest" || trimmed === "next") return { kind: "admits" };
  const validRange = import_semver.default.validRange(trimmed);
  if (validRange !== null && import_semver.default.satisfies(version, trimmed, { includePrerelease: import_semver.default.prerelease(version) !== null })) {
    return { kind: "admits" };
  }
  const match = SIMPLE_PIN.exec(trimmed);
  if (!match) {
    return {
      kind: "unsupported",
      reason: validRange === null ? `"${range}" is not a semver range` : `"${range}" is a compound range that mcpver does not rewrite`
    };
  }
  const [, operator = "", space = "", v = ""] = match;
  const lead = range.slice(0, range.indexOf(trimmed));
  const tail = range.slice(range.indexOf(trimmed) + trimmed.length);
  return { kind: "bump", range: `${lead}${operator}${space}${v}${version}${tail}` };
}
function splitPackageSpec(value, packageName) {
  if (value === packageName) return { range: null };
  if (!value.startsWith(`${packageName}@`)) return null;
  return { range: value.slice(packageName.length + 1) };
}
function aliasRange(value, packageName) {
  if (!value.startsWith("npm:")) return void 0;
  const spec = splitPackageSpec(value.slice(4), packageName);
  return spec ? spec.range : void 0;
}

// src/migrate/references.ts
var DEPENDENCY_SECTIONS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies"
];
var MCP_CONFIG_FILES = [
  { matches: (f) => basename(f) === ".mcp.json", comments: false },
  { matches: (f) => f.endsWith(".vscode/mcp.json") || f === ".vscode/mcp.json", comments: true },
  { matches: (f) => f.endsWith(".cursor/mcp.json") || f === ".cursor/mcp.json", comments: true },
  { matches: (f) => basename(f) === "claude_desktop_config.json", comments: false }
];
var IGNORED_FOLDERS = /(^|\/)(node_modules|dist|build|coverage|\.git)\//;
function basename(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function isIgnored(file) {
  return IGNORED_FOLDERS.test(file);
}
function mcpConfigFlavour(file) {
  if (isIgnored(file)) return null;
  const entry = MCP_CONFIG_FILES.find((c) => c.matches(file));
  return entry ? { comments: entry.comments } : null;
}
function isReferenceFile(file) {
  if (isIgnored(file)) return false;
  return basename(file) === "package.json" || mcpConfigFlavour(file) !== null || file === CONFIG_PATH;
}
function packageJsonReferences(file, text, packageName) {
  const tree = parseJsonTree(file, text);
  const found = [];
  for (const section of DEPENDENCY_SECTIONS) {
    for (const [name, node] of objectEntries(childAt(tree, [section]))) {
      if (typeof node.value !== "string") continue;
      const value = node.value;
      const aliased = aliasRange(value, packageName);
      if (name === packageName && aliased === void 0) {
        found.push({ kind: "package-json", file, path: [section, name], value, range: value });
      } else if (aliased !== void 0) {
        found.push({ kind: "package-json", file, path: [section, name], value, range: aliased });
      }
    }
  }
  return found;
}
function mcpConfigReferences(file, text, packageName, comments) {
  const tree = parseJsonTree(file, text, { comments });
  const found = [];
  for (const section of ["mcpServers", "servers"]) {
    for (const [server, entry] of objectEntries(childAt(tree, [section]))) {
      const args = childAt(entry, ["args"]);
      if (!args || args.type !== "array") continue;
      (args.children ?? []).forEach((arg, index) => {
        if (typeof arg.value !== "string") return;
        const spec = splitPackageSpec(arg.value, packageName);
        if (!spec) return;
        found.push({
          kind: "mcp-config",
          file,
          path: [section, server, "args", index],
          value: arg.value,
          range: spec.range,
          serverPath: [section, server]
        });
      });
    }
  }
  return found;
}
function watchReferences(file, text, packageName, provider) {
  try {
    const config = parseConfig(text, file);
    return config.watch.flatMap(
      (w, index) => w.package === packageName && (!w.repo || !provider || w.repo.toLowerCase() === provider.toLowerCase()) ? [{ kind: "watch", file, path: ["watch", index], value: w.package, range: null }] : []
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      const detail = error.message.startsWith(file) ? error.message.slice(file.length).replace(/^:\s*/, "") : error.message;
      throw new DependentParseError(file, detail);
    }
    throw error;
  }
}
function findReferences(files, packageName, provider) {
  const found = [];
  for (const file of [...files.keys()].sort()) {
    if (!isReferenceFile(file)) continue;
    const text = files.get(file);
    if (!text.includes(packageName)) continue;
    if (basename(file) === "package.json") found.push(...packageJsonReferences(file, text, packageName));
    else if (file === CONFIG_PATH) found.push(...watchReferences(file, text, packageName, provider));
    else found.push(...mcpConfigReferences(file, text, packageName, mcpConfigFlavour(file).comments));
  }
  return found;
}

// src/migrate/code-files.ts
var CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
function isCodeFile(file) {
  return CODE_FILE.test(file) && !isIgnored(file) && !file.endsWith(".d.ts");
}
function loadCodeFiles(files, words, options = {}) {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noResolve: true, target: ts.ScriptTarget.ES2022 }
  });
  const loaded = [];
  for (const file of [...files.keys()].sort()) {
    if (!isCodeFile(file)) continue;
    const text = files.get(file);
    if (!words.some((w) => text.includes(w))) continue;
    loaded.push(project.createSourceFile(`/${file}`, text, { overwrite: true }));
  }
  const program = project.getProgram().compilerObject;
  for (const source of [...loaded]) {
    const first = program.getSyntacticDiagnostics(source.compilerNode)[0];
    if (first && options.strict === false) {
      loaded.splice(loaded.indexOf(source), 1);
      continue;
    }
    if (first) {
      const { line, character } = source.compilerNode.getLineAndCharacterOfPosition(first.start ?? 0);
      throw new DependentParseError(
        relativePath(source),
        `${ts.flattenDiagnosticMessageText(first.messageText, " ")} at ${line + 1}:${character + 1}`
      );
    }
  }
  return loaded;
}
function relativePath(source) {
  return source.getFilePath().replace(/^\//, "");
}
function applyTextEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > lastStart) throw new Error(`Overlapping edits in ${edit.file} at ${edit.start}\u2013${edit.end}.`);
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    lastStart = edit.start;
  }
  return out;
}
function literalEdit(file, node, value) {
  const quote = node.getText()[0];
  const escaped = value.replaceAll("\\", "\\\\").replaceAll(quote, `\\${quote}`);
  return { file, start: node.getStart() + 1, end: node.getEnd() - 1, text: escaped };
}

// src/migrate/effort.ts
var LARGE_MANUAL_STEP_COUNT = 5;
function estimateEffort(complexity, automaticSteps, manualSteps2) {
  const automatic = `${automaticSteps} automatic step${automaticSteps === 1 ? "" : "s"}`;
  const manual = `${manualSteps2} manual step${manualSteps2 === 1 ? "" : "s"}`;
  switch (complexity) {
    case "low":
      return { complexity, size: "none", summary: `Nothing breaks: ${automatic}, review and merge.` };
    case "medium":
      return {
        complexity,
        size: manualSteps2 === 0 ? "small" : "medium",
        summary: `Every breaking change has an automatic migration: ${automatic}, ${manual}; review the diff and let CI confirm.`
      };
    case "high":
      return {
        complexity,
        size: manualSteps2 > LARGE_MANUAL_STEP_COUNT ? "large" : "medium",
        summary: `Some breaking changes need hand edits: ${automatic}, ${manual}.`
      };
    case "critical":
      return {
        complexity,
        size: "large",
        summary: `Something was removed with no replacement: code that used it must be rewritten (${automatic}, ${manual}).`
      };
  }
}

// src/migrate/usages.ts
import { Node as Node3, SyntaxKind as SyntaxKind3 } from "ts-morph";

// src/migrate/rename-exports.ts
import { Node, SyntaxKind } from "ts-morph";
function importsEntry(specifier, packageName, entry) {
  if (entry === void 0) return specifier === packageName || specifier.startsWith(`${packageName}/`);
  return specifier === (entry === "." ? packageName : `${packageName}/${entry.replace(/^\.\//, "")}`);
}
function replace(file, node, text) {
  return { file, start: node.getStart(), end: node.getEnd(), text };
}
function referenceEdit(file, id, from, to) {
  const parent = id.getParent();
  if (Node.isShorthandPropertyAssignment(parent)) return replace(file, id, `${from}: ${to}`);
  if (Node.isExportSpecifier(parent) && !parent.getAliasNode()) return replace(file, id, `${to} as ${from}`);
  return replace(file, id, to);
}
function boundSymbol(id) {
  const checker = id.getProject().getTypeChecker().compilerObject;
  const parent = id.getParent();
  if (Node.isShorthandPropertyAssignment(parent)) return checker.getShorthandAssignmentValueSymbol(parent.compilerNode);
  if (Node.isExportSpecifier(parent) && !parent.getAliasNode() && !parent.getExportDeclaration().getModuleSpecifier()) {
    return checker.getExportSpecifierLocalTargetSymbol(parent.compilerNode);
  }
  return id.getSymbol()?.compilerSymbol;
}
function renameInFile(source, packageName, hint) {
  const file = relativePath(source);
  const { from, to } = hint;
  const edits = [];
  const identifiers = source.getDescendantsOfKind(SyntaxKind.Identifier);
  const nameTaken = identifiers.some((id) => id.getText() === to);
  for (const declaration of source.getImportDeclarations()) {
    if (!importsEntry(declaration.getModuleSpecifierValue(), packageName, hint.scope)) continue;
    for (const named of declaration.getNamedImports()) {
      if (named.getName() !== from) continue;
      const nameNode = named.getNameNode();
      if (named.getAliasNode() || nameTaken) {
        edits.push(replace(file, nameNode, named.getAliasNode() ? to : `${to} as ${from}`));
        continue;
      }
      const local = nameNode.getSymbol()?.compilerSymbol;
      edits.push(replace(file, nameNode, to));
      for (const id of identifiers) {
        if (id === nameNode || id.getText() !== from) continue;
        if (local && boundSymbol(id) === local) edits.push(referenceEdit(file, id, from, to));
      }
    }
    const namespace = declaration.getNamespaceImport()?.getSymbol()?.compilerSymbol;
    if (namespace) {
      for (const access of source.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
        if (access.getName() !== from) continue;
        if (access.getExpression().getSymbol()?.compilerSymbol === namespace)
          edits.push(replace(file, access.getNameNode(), to));
      }
      for (const qualified of source.getDescendantsOfKind(SyntaxKind.QualifiedName)) {
        if (qualified.getRight().getText() !== from) continue;
        if (qualified.getLeft().getSymbol()?.compilerSymbol === namespace)
          edits.push(replace(file, qualified.getRight(), to));
      }
    }
  }
  for (const declaration of source.getExportDeclarations()) {
    const specifier = declaration.getModuleSpecifierValue();
    if (!specifier || !importsEntry(specifier, packageName, hint.scope)) continue;
    for (const named of declaration.getNamedExports()) {
      if (named.getName() !== from) continue;
      edits.push(replace(file, named.getNameNode(), named.getAliasNode() ? to : `${to} as ${from}`));
    }
  }
  return edits;
}
function renameExportInCode(sources, packageName, hint) {
  const edits = [];
  const steps = [];
  for (const source of sources) {
    const found = renameInFile(source, packageName, hint);
    if (found.length === 0) continue;
    const file = relativePath(source);
    const first = Math.min(...found.map((e) => e.start));
    edits.push(...found);
    steps.push({
      kind: "rename-export",
      file,
      line: source.compilerNode.getLineAndCharacterOfPosition(first).line + 1,
      description: `${file}: export "${hint.from}" \u2192 "${hint.to}" (${found.length} place${found.length === 1 ? "" : "s"})`
    });
  }
  return { edits, steps };
}

// src/migrate/rename-arguments.ts
import { Node as Node2, SyntaxKind as SyntaxKind2 } from "ts-morph";
function argumentTarget(change) {
  const hint = change.migration;
  if (!hint) return null;
  const match = /^(tool|prompt):([^.]+)\.(input|arguments)((?:\.[^.]+)*)$/.exec(change.subject);
  if (!match) return null;
  if (hint.kind === "rename-property" && (match[1] !== "tool" || match[3] !== "input")) return null;
  if (hint.kind === "rename-argument" && match[1] !== "prompt") return null;
  if (hint.kind !== "rename-property" && hint.kind !== "rename-argument") return null;
  const path2 = (match[4] ?? "").split(".").filter(Boolean);
  if (hint.kind === "rename-argument" && path2.at(-1) === hint.from) path2.pop();
  return { kind: match[1], name: match[2], path: path2 };
}
function propertyNamed(object, name) {
  return object.getProperties().find(
    (p) => (Node2.isPropertyAssignment(p) || Node2.isShorthandPropertyAssignment(p)) && p.getName().replace(/^['"]|['"]$/g, "") === name
  );
}
function stringValue(node) {
  return Node2.isStringLiteral(node) || Node2.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : void 0;
}
function argumentsObject(call, path2) {
  let current = (() => {
    const args = propertyNamed(call, "arguments");
    return Node2.isPropertyAssignment(args) ? args.getInitializer() : void 0;
  })();
  for (const segment of path2) {
    if (!Node2.isObjectLiteralExpression(current)) return null;
    const next = propertyNamed(current, segment);
    current = Node2.isPropertyAssignment(next) ? next.getInitializer() : void 0;
  }
  return Node2.isObjectLiteralExpression(current) ? current : null;
}
function renameArgumentInCode(sources, hint, target, names) {
  const edits = [];
  const steps = [];
  for (const source of sources) {
    const file = relativePath(source);
    const found = [];
    let line;
    for (const call of source.getDescendantsOfKind(SyntaxKind2.ObjectLiteralExpression)) {
      const name = propertyNamed(call, "name");
      if (!Node2.isPropertyAssignment(name) || !names.has(stringValue(name.getInitializer()) ?? "\0")) continue;
      const holder = argumentsObject(call, target.path);
      const property = holder ? propertyNamed(holder, hint.from) : void 0;
      if (!property) continue;
      line ??= property.getStartLineNumber();
      if (Node2.isShorthandPropertyAssignment(property)) {
        found.push({
          file,
          start: property.getNameNode().getStart(),
          end: property.getNameNode().getEnd(),
          text: `${hint.to}: ${hint.from}`
        });
      } else if (Node2.isPropertyAssignment(property)) {
        const key = property.getNameNode();
        found.push(
          Node2.isStringLiteral(key) ? literalEdit(file, key, hint.to) : { file, start: key.getStart(), end: key.getEnd(), text: hint.to }
        );
      }
    }
    if (found.length === 0) continue;
    edits.push(...found);
    const where = [target.name, ...target.path].join(".");
    steps.push({
      kind: "rename-argument",
      file,
      ...line ? { line } : {},
      description: `${file}: ${target.kind} argument "${where}.${hint.from}" \u2192 "${hint.to}" (${found.length} place${found.length === 1 ? "" : "s"})`
    });
  }
  return { edits, steps };
}

// src/migrate/usages.ts
var MAX_MENTIONS_PER_STEP = 5;
function isModuleSpecifier(node) {
  const parent = node.getParent();
  return Node3.isImportDeclaration(parent) || Node3.isExportDeclaration(parent) || Node3.isExternalModuleReference(parent) || Node3.isImportTypeNode(parent?.getParent()) || Node3.isCallExpression(parent) && (parent.getExpression().getText() === "require" || parent.getExpression().getKind() === SyntaxKind3.ImportKeyword);
}
function literalLines(sources, value) {
  const lines = [];
  for (const source of sources) {
    const literals = [
      ...source.getDescendantsOfKind(SyntaxKind3.StringLiteral),
      ...source.getDescendantsOfKind(SyntaxKind3.NoSubstitutionTemplateLiteral)
    ];
    for (const l of literals)
      if (l.getLiteralValue() === value && !isModuleSpecifier(l))
        lines.push(`${relativePath(source)}:${l.getStartLineNumber()}`);
  }
  return lines;
}
function configLines(context, value, launch) {
  const lines = [];
  for (const file of new Set(context.references.filter((r) => r.kind === "mcp-config").map((r) => r.file))) {
    const flavour = mcpConfigFlavour(file);
    const text = context.files.get(file);
    if (!flavour || text === void 0) continue;
    for (const ref of context.references.filter((r) => r.file === file && r.serverPath)) {
      const entry = childAt(parseJsonTree(file, text, flavour), ref.serverPath);
      if (!entry) continue;
      for (const { path: path2, node } of stringValues(entry, ref.serverPath)) {
        const key = String(path2[ref.serverPath.length]);
        const isLaunch = key === "command" || key === "args";
        if (isLaunch === launch && node.value === value) lines.push(`${file}:${lineOf(text, node.offset)}`);
      }
    }
  }
  return lines;
}
function argumentLines(sources, tool, path2) {
  const lines = [];
  let allLiteral = true;
  const named = (object, key) => Node3.isObjectLiteralExpression(object) ? object.getProperties().find(
    (p) => (Node3.isPropertyAssignment(p) || Node3.isShorthandPropertyAssignment(p)) && p.getName().replace(/^['"]|['"]$/g, "") === key
  ) : void 0;
  for (const source of sources) {
    for (const call of source.getDescendantsOfKind(SyntaxKind3.ObjectLiteralExpression)) {
      const name = named(call, "name");
      const value = Node3.isPropertyAssignment(name) ? name.getInitializer() : void 0;
      if (!(Node3.isStringLiteral(value) || Node3.isNoSubstitutionTemplateLiteral(value)) || value.getLiteralValue() !== tool)
        continue;
      const args = named(call, "arguments");
      if (!args || !Node3.isPropertyAssignment(args) || !Node3.isObjectLiteralExpression(args.getInitializer()) || call.getProperties().some((p) => Node3.isSpreadAssignment(p)))
        allLiteral = false;
      let current = call;
      let last;
      for (const key of ["arguments", ...path2]) {
        last = current ? named(current, key) : void 0;
        if (!last) break;
        current = Node3.isPropertyAssignment(last) ? last.getInitializer() : void 0;
      }
      if (last) lines.push(`${relativePath(source)}:${last.getStartLineNumber()}`);
    }
  }
  return { lines, allLiteral };
}
function importLines(context, entry, name) {
  const lines = [];
  for (const source of context.sources) {
    for (const declaration of [...source.getImportDeclarations(), ...source.getExportDeclarations()]) {
      const specifier = declaration.getModuleSpecifierValue();
      if (!specifier || !importsEntry(specifier, context.packageName, entry)) continue;
      const names = Node3.isImportDeclaration(declaration) ? declaration.getNamedImports().map((n) => n.getName()) : declaration.getNamedExports().map((n) => n.getName());
      const namespace = Node3.isImportDeclaration(declaration) && (declaration.getNamespaceImport() || declaration.getDefaultImport());
      if (name === null || names.includes(name) || namespace && source.getText().includes(`.${name}`))
        lines.push(`${relativePath(source)}:${declaration.getStartLineNumber()}`);
    }
    for (const call of source.getDescendantsOfKind(SyntaxKind3.CallExpression)) {
      const [arg] = call.getArguments();
      const isLoad = call.getExpression().getText() === "require" || call.getExpression().getKind() === SyntaxKind3.ImportKeyword;
      if (isLoad && Node3.isStringLiteral(arg) && importsEntry(arg.getLiteralValue(), context.packageName, entry) && (name === null || call.getParent()?.getText().includes(name))) {
        lines.push(`${relativePath(source)}:${call.getStartLineNumber()}`);
      }
    }
  }
  return lines;
}
function isPropertyChange(change) {
  return !/required-property-added|became-required|all-of-added|condition-added/.test(change.rule);
}
var dedupe = (lines) => [...new Set(lines)].slice(0, MAX_MENTIONS_PER_STEP);
function findUsage(change, context) {
  const item = change.item;
  const colon = item.indexOf(":");
  const [kind, rest] = colon < 0 ? [item, ""] : [item.slice(0, colon), item.slice(colon + 1)];
  const used = (lines) => lines.length > 0 ? { kind: "used", lines: dedupe(lines) } : { kind: "unused" };
  switch (kind) {
    case "tool": {
      const calls = [...literalLines(context.sources, rest), ...configLines(context, rest, false)];
      if (calls.length === 0) return { kind: "unused" };
      const path2 = /^tool:[^.]+\.input((?:\.[^.[\]]+)*)/.exec(change.subject)?.[1]?.split(".").filter(Boolean);
      const target = argumentTarget(change);
      if (!path2 || path2.length === 0) return used(calls);
      const passing = argumentLines(context.sources, rest, target ? [...target.path, change.migration.from] : path2);
      if (passing.lines.length > 0) return used(passing.lines);
      if (passing.allLiteral && literalLines(context.sources, rest).length > 0 && isPropertyChange(change))
        return { kind: "unused" };
      return used(calls);
    }
    case "prompt":
    case "resource":
    case "resource-template":
      return used(literalLines(context.sources, rest));
    case "ts": {
      const split = rest.lastIndexOf(":");
      return used(importLines(context, rest.slice(0, split), rest.slice(split + 1)));
    }
    case "export-path":
      return used(importLines(context, rest, null));
    case "bin":
      return used([...configLines(context, rest, true), ...packageScriptLines(context.files, rest)]);
    default: {
      const pins = context.references.filter((r) => r.kind !== "watch").map(
        (r) => `${r.file}:${lineOf(context.files.get(r.file) ?? "", Math.max(0, (context.files.get(r.file) ?? "").indexOf(r.value)))}`
      );
      return { kind: "everyone", lines: dedupe(pins) };
    }
  }
}
function packageScriptLines(files, command) {
  const lines = [];
  for (const [file, text] of files) {
    if (!(file === "package.json" || file.endsWith("/package.json"))) continue;
    text.split("\n").forEach((line, i) => {
      if (/"[^"]+"\s*:/.test(line) && new RegExp(`(^|[\\s"'&|;])${command.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|"|$)`).test(
        line.slice(line.indexOf(":") + 1)
      ))
        lines.push(`${file}:${i + 1}`);
    });
  }
  return lines;
}

// src/migrate/manual.ts
var AUTOMATIC_HINTS = /* @__PURE__ */ new Set(["rename-tool", "rename-export"]);
function isCertain(hint) {
  return hint !== void 0 && typeof hint.evidence === "string" && hint.evidence.length > 0;
}
function itemName(item) {
  if (item.startsWith("ts:")) return item.slice(item.lastIndexOf(":") + 1);
  const colon = item.indexOf(":");
  if (colon < 0 || item === "package") return null;
  return item.slice(colon + 1);
}
function manualSteps(input) {
  const context = {
    files: input.files,
    sources: input.sources,
    packageName: input.packageName,
    references: input.references
  };
  const used = [];
  const notUsed = [];
  const notUsedChanges = /* @__PURE__ */ new Set();
  for (const c of input.changes) {
    if (c.migration && AUTOMATIC_HINTS.has(c.migration.kind) && isCertain(c.migration) || input.applied?.has(c))
      continue;
    const flagged = c.level !== "major" && c.flag !== void 0 && /^tool:[^.]+\.input\./.test(c.subject);
    if (c.level !== "major" && !flagged) continue;
    const usage = findUsage(c, context);
    if (flagged && (usage.kind !== "used" || !c.rule.startsWith("input-property-"))) continue;
    const step = {
      subject: c.subject,
      level: c.level,
      message: c.message,
      rule: c.rule,
      ...c.migration ? { hint: c.migration } : {},
      ...c.witness ? { witness: c.witness } : {},
      ...c.flag ? { note: c.flag } : {},
      mentions: usage.kind === "unused" ? [] : usage.lines
    };
    (usage.kind === "unused" ? notUsed : used).push(step);
    if (usage.kind === "unused") notUsedChanges.add(c);
  }
  return { used, notUsed, notUsedChanges };
}

// src/migrate/pins.ts
function formatPath(path2) {
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function withRange(value, oldRange, newRange) {
  return value.slice(0, value.length - oldRange.length) + newRange;
}
function bumpPins(texts, references, packageName, version) {
  const out = /* @__PURE__ */ new Map();
  const steps = [];
  const notes = [];
  for (const reference of references) {
    const where = `${reference.file}: ${formatPath(reference.path)}`;
    if (reference.kind === "watch") continue;
    if (reference.range === null) {
      notes.push(
        `${where} runs ${packageName} without a version: it picks up ${version} on its next install or start.`
      );
      continue;
    }
    const outcome = bumpRange(reference.range, version);
    if (outcome.kind === "admits") {
      notes.push(`${where} "${reference.value}" already admits ${version}: left as it is.`);
      continue;
    }
    if (outcome.kind === "unsupported") {
      notes.push(`${where}: ${outcome.reason}; change it to admit ${version} by hand.`);
      continue;
    }
    const current = out.get(reference.file) ?? texts.get(reference.file);
    const next = withRange(reference.value, reference.range, outcome.range);
    const flavour = mcpConfigFlavour(reference.file) ?? { comments: false };
    const node = childAt(parseJsonTree(reference.file, current, flavour), reference.path);
    out.set(reference.file, setJsonString(current, reference.path, next));
    steps.push({
      kind: "bump-pin",
      file: reference.file,
      ...node ? { line: lineOf(current, node.offset) } : {},
      description: `${where} ${reference.value} \u2192 ${next}`
    });
  }
  return { texts: out, steps, notes };
}

// src/migrate/rename-tools.ts
import { Node as Node4, SyntaxKind as SyntaxKind4 } from "ts-morph";
var LAUNCH_KEYS = /* @__PURE__ */ new Set(["command", "args", "env", "cwd", "type", "url", "envFile", "headers"]);
function isModuleSpecifier2(node) {
  const parent = node.getParent();
  return Node4.isImportDeclaration(parent) || Node4.isExportDeclaration(parent) || Node4.isExternalModuleReference(parent) || Node4.isImportTypeNode(parent?.getParent()) || Node4.isCallExpression(parent) && (parent.getExpression().getText() === "require" || parent.getExpression().getKind() === SyntaxKind4.ImportKeyword);
}
function renameToolInCode(sources, hint) {
  const edits = [];
  const steps = [];
  for (const source of sources) {
    const file = relativePath(source);
    const literals = [
      ...source.getDescendantsOfKind(SyntaxKind4.StringLiteral),
      ...source.getDescendantsOfKind(SyntaxKind4.NoSubstitutionTemplateLiteral)
    ].filter((l) => l.getLiteralValue() === hint.from && !isModuleSpecifier2(l));
    if (literals.length === 0) continue;
    literals.sort((a, b) => a.getStart() - b.getStart());
    edits.push(...literals.map((l) => literalEdit(file, l, hint.to)));
    steps.push({
      kind: "rename-tool",
      file,
      line: literals[0].getStartLineNumber(),
      description: `${file}: tool name "${hint.from}" \u2192 "${hint.to}" (${literals.length} place${literals.length === 1 ? "" : "s"})`
    });
  }
  return { edits, steps };
}
function renameToolInConfig(file, text, references, hint) {
  const flavour = mcpConfigFlavour(file);
  if (!flavour) return { text, steps: [] };
  const servers = new Map(
    references.filter((r) => r.file === file && r.serverPath).map((r) => [JSON.stringify(r.serverPath), r.serverPath])
  );
  let out = text;
  let count = 0;
  let firstLine;
  for (const serverPath of servers.values()) {
    const entry = childAt(parseJsonTree(file, out, flavour), serverPath);
    if (!entry || entry.type !== "object") continue;
    const targets = stringValues(entry, serverPath).filter(
      ({ path: path2, node }) => node.value === hint.from && !LAUNCH_KEYS.has(String(path2[serverPath.length]))
    );
    for (const { path: path2, node } of targets) {
      firstLine ??= lineOf(out, node.offset);
      out = setJsonString(out, path2, hint.to);
      count++;
    }
  }
  if (count === 0) return { text, steps: [] };
  return {
    text: out,
    steps: [
      {
        kind: "rename-tool",
        file,
        line: firstLine,
        description: `${file}: tool name "${hint.from}" \u2192 "${hint.to}" (${count} place${count === 1 ? "" : "s"})`
      }
    ]
  };
}

// src/migrate/plan.ts
var MigrationError = class extends Error {
  name = "MigrationError";
};
function hintsOf(report, kind) {
  const seen = /* @__PURE__ */ new Set();
  return report.changes.flatMap((c) => {
    const hint = c.migration;
    if (!hint || hint.kind !== kind || !isCertain(hint) || seen.has(`${hint.from}\0${hint.to}\0${hint.scope ?? ""}`))
      return [];
    seen.add(`${hint.from}\0${hint.to}\0${hint.scope ?? ""}`);
    return [hint];
  });
}
function withEvidence(steps, hint) {
  return steps.map((step) => hint.evidence ? { ...step, evidence: hint.evidence } : step);
}
function rollbackSteps(packageName, from, rollbackCommand) {
  return [
    "Before merging: close this pull request; nothing in the default branch changes.",
    "After merging: revert the merge commit (GitHub's Revert button): the pin and the edits go back together.",
    rollbackCommand ? `Or comment \`${rollbackCommand}\`: mcpver records a rollback point at this pull request's base commit when it is merged, and opens a pull request that restores it.` : "Or use the rollback point mcpver records at the base commit when this pull request is merged (`mcpver rollback list`).",
    ...from ? [`Pin \`${packageName}\` back to ${from} wherever this pull request moved it.`] : []
  ];
}
function skippedPlan(base, reason) {
  return { plan: { ...base, steps: [], skipped: reason }, edits: [] };
}
function planMigration(input) {
  const { report, files, dependent } = input;
  const packageName = input.packageName ?? report.package;
  const version = report.to.version;
  if (!packageName) throw new MigrationError("The report names no package: pass the package name (--package).");
  if (!version)
    throw new MigrationError(
      `The report of ${packageName} has no target version: a migration needs the version to move to.`
    );
  const from = report.from?.version ?? null;
  const base = {
    package: packageName,
    from,
    to: version,
    dependent,
    preSteps: [
      "mcpver records a rollback point at the base commit of this pull request when it is merged.",
      `The report of \`${packageName}\` ${from ?? "(first release)"} \u2192 ${version} below lists every change mcpver found.`
    ],
    steps: [],
    manualSteps: [],
    notUsed: [],
    postSteps: [
      "This repository's own CI on this pull request is the validation: merge only when it passes.",
      `Start your MCP client against \`${packageName}@${version}\` and call the tools you use once.`
    ],
    rollbackSteps: rollbackSteps(packageName, from, input.rollbackCommand),
    effort: estimateEffort(report.complexity, 0, 0),
    notes: [],
    references: []
  };
  try {
    const references = findReferences(files, packageName, input.provider);
    if (references.length === 0) return skippedPlan(base, `${dependent} does not reference ${packageName}.`);
    const pins = bumpPins(files, references, packageName, version);
    const texts = new Map(pins.texts);
    const steps = [...pins.steps];
    const toolHints = hintsOf(report, "rename-tool");
    const exportHints = hintsOf(report, "rename-export");
    const argumentChanges = report.changes.flatMap((c) => {
      const target = argumentTarget(c);
      return target && isCertain(c.migration) ? [{ change: c, hint: c.migration, target }] : [];
    });
    const sources = loadCodeFiles(
      files,
      [...toolHints, ...exportHints, ...argumentChanges.map((a) => a.hint)].map((h) => h.from)
    );
    const codeEdits = [];
    for (const hint of toolHints) {
      const inCode = renameToolInCode(sources, hint);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
      for (const file of new Set(references.filter((r) => r.kind === "mcp-config").map((r) => r.file))) {
        const inConfig = renameToolInConfig(file, texts.get(file) ?? files.get(file), references, hint);
        if (inConfig.steps.length > 0) texts.set(file, inConfig.text);
        steps.push(...withEvidence(inConfig.steps, hint));
      }
    }
    for (const hint of exportHints) {
      const inCode = renameExportInCode(sources, packageName, hint);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
    }
    const applied = /* @__PURE__ */ new Set();
    for (const { change, hint, target } of argumentChanges) {
      const names2 = /* @__PURE__ */ new Set([target.name, ...toolHints.filter((h) => h.from === target.name).map((h) => h.to)]);
      const inCode = renameArgumentInCode(sources, hint, target, names2);
      if (inCode.edits.length > 0) applied.add(change);
      codeEdits.push(...inCode.edits);
      steps.push(...withEvidence(inCode.steps, hint));
    }
    for (const file of new Set(codeEdits.map((e) => e.file))) {
      texts.set(
        file,
        applyTextEdits(
          files.get(file),
          codeEdits.filter((e) => e.file === file)
        )
      );
    }
    const edits = [...texts.entries()].filter(([file, after]) => files.get(file) !== after).map(([file, after]) => ({ file, before: files.get(file), after })).sort((a, b) => a.file.localeCompare(b.file));
    const breaking = report.changes.filter((c) => c.level === "major");
    const names = [
      packageName,
      ...breaking.map((c) => c.migration?.from ?? itemName(c.item)).filter((n) => !!n)
    ];
    const manual = manualSteps({
      changes: report.changes,
      files,
      sources: loadCodeFiles(files, names, { strict: false }),
      packageName,
      references,
      applied
    });
    const automatic = steps.length;
    return {
      plan: {
        ...base,
        steps,
        manualSteps: manual.used,
        notUsed: manual.notUsed,
        // The effort of this dependent: the changes to what it does not use cost it nothing.
        effort: estimateEffort(
          migrationComplexity(report.changes.filter((c) => !manual.notUsedChanges.has(c))),
          automatic,
          manual.used.length
        ),
        notes: pins.notes,
        references,
        skipped: null
      },
      edits
    };
  } catch (error) {
    if (error instanceof DependentParseError) {
      return skippedPlan(
        base,
        `Skipped: ${error.message}. Fix the file and run the migration again; nothing was changed.`
      );
    }
    throw error;
  }
}

// src/cli/migrate.ts
var migrateHelp = `mcpver migrate <plan|apply> (--report FILE | --provider DIR --to TAG [--from TAG]) [options]
  plan     show what a migration to the provider's new version would change in this dependent
  apply    make those edits in the working tree (nothing is committed)
Options: --repo DIR (the dependent, default .), --package NAME (when the report names none),
  --json (the plan and edits as JSON), --markdown (the pull request body)
Exit 0 when the dependent migrates, 1 when it is skipped (a file does not parse, no reference), 2 on bad input.`;
async function dependentFiles(root) {
  const git = new Git(root);
  let names;
  if (await git.isRepository()) {
    const out = await git.exec(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
    names = out.split("\0").filter(Boolean);
  } else {
    names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  }
  const files = /* @__PURE__ */ new Map();
  for (const name of names.filter((n) => !isIgnored(n) && (isReferenceFile(n) || isCodeFile(n))).sort()) {
    files.set(name, await readFile(path.join(root, name), "utf8"));
  }
  return files;
}
async function readReport(file) {
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`Cannot read the report ${file}: ${error.message}`);
  }
  const report = value;
  if (report?.schemaVersion !== REPORT_SCHEMA_VERSION || !Array.isArray(report.changes) || !report.to) {
    throw new MigrationError(
      `${file} is not an mcpver report (schemaVersion ${REPORT_SCHEMA_VERSION} with "to" and "changes"); make one with mcpver check --json.`
    );
  }
  return report;
}
function describe(result) {
  const { plan, edits } = result;
  const lines = [
    `Migration of ${plan.dependent} to ${plan.package} ${plan.to} (effort ${plan.effort.size}: ${plan.effort.summary})`
  ];
  if (plan.skipped) lines.push(`  ${plan.skipped}`);
  for (const step of plan.steps) lines.push(`  [auto]   ${step.description}`);
  for (const step of plan.manualSteps)
    lines.push(
      `  [manual] ${step.subject}: ${step.message}${step.mentions.length ? ` (used at ${step.mentions.join(", ")})` : ""}`
    );
  const notUsed = plan.notUsed ?? [];
  if (notUsed.length > 0)
    lines.push(
      `  [unused] ${notUsed.length} more breaking change(s) about items this repository does not name: ${[...new Set(notUsed.map((s) => s.subject))].slice(0, 6).join(", ")}${notUsed.length > 6 ? ", \u2026" : ""} (see the report)`
    );
  for (const note of plan.notes) lines.push(`  note: ${note}`);
  lines.push(
    `  ${edits.length} file(s) ${edits.length === 1 ? "changes" : "change"}: ${edits.map((e) => e.file).join(", ") || "(none)"}`
  );
  return lines.join("\n");
}
async function migrateCommand(argv, io) {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: "string" },
      report: { type: "string" },
      provider: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      package: { type: "string" },
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    true
  );
  const [sub] = positionals;
  if (values.help || sub === void 0) {
    io.stdout.write(`${migrateHelp}
`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (sub !== "plan" && sub !== "apply") throw new UsageError(`Unknown migrate command "${sub}".
${migrateHelp}`);
  if (!values.report === !values.provider)
    throw new UsageError(`Give either --report FILE or --provider DIR --to TAG.
${migrateHelp}`);
  let report;
  if (values.report) report = await readReport(path.resolve(values.report));
  else {
    if (!values.to) throw new UsageError("--provider needs --to TAG (the release to migrate to).");
    report = (await runCheck({ cwd: path.resolve(values.provider), from: values.from, to: values.to })).report;
  }
  const root = path.resolve(values.repo ?? ".");
  const result = planMigration({
    report,
    dependent: path.basename(root),
    files: await dependentFiles(root),
    packageName: values.package
  });
  if (sub === "apply" && !result.plan.skipped) {
    for (const edit of result.edits) await writeFile(path.join(root, edit.file), edit.after);
  }
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}
`);
  else if (values.markdown) io.stdout.write(renderMigrationBody({ plan: result.plan, report, dryRun: sub === "plan" }));
  else
    io.stdout.write(
      `${describe(result)}
${sub === "apply" && !result.plan.skipped ? "Edits written; review them with git diff.\n" : ""}`
    );
  return result.plan.skipped ? EXIT.failed : EXIT.ok;
}
export {
  migrateCommand,
  migrateHelp
};
