import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/surface/typescript/minimum-version.ts
var import_semver = __toESM(require_semver(), 1);
import { ts as ts2 } from "ts-morph";

// src/surface/typescript/compiler-api.ts
import { ts } from "ts-morph";
var {
  DiagnosticCategory,
  EmitHint,
  NodeFlags,
  ScriptTarget,
  SymbolFlags,
  SyntaxKind,
  canHaveModifiers,
  createPrinter,
  createSourceFile,
  forEachChild,
  getJSDocTags,
  getLeadingCommentRanges,
  getModifiers,
  getTextOfJSDocComment,
  isArrayTypeNode,
  isCallSignatureDeclaration,
  isClassDeclaration,
  isClassExpression,
  isConstTypeReference,
  isConstructSignatureDeclaration,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isEnumDeclaration,
  isExportDeclaration,
  isExpressionWithTypeArguments,
  isExternalModule,
  isFunctionDeclaration,
  isFunctionTypeNode,
  isGetAccessorDeclaration,
  isIdentifier,
  isImportDeclaration,
  isIndexSignatureDeclaration,
  isInterfaceDeclaration,
  isMappedTypeNode,
  isMethodDeclaration,
  isMethodSignature,
  isModuleBlock,
  isModuleDeclaration,
  isNamedImports,
  isNamedTupleMember,
  isNamespaceExport,
  isNamespaceImport,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isPropertySignature,
  isQualifiedName,
  isRestTypeNode,
  isSetAccessorDeclaration,
  isSourceFile,
  isStringLiteral,
  isTypeAliasDeclaration,
  isTypeLiteralNode,
  isTypeOnlyImportOrExportDeclaration,
  isTypeParameterDeclaration,
  isTypeQueryNode,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement
} = ts;

// src/surface/typescript/minimum-version.ts
var GLOBAL_TYPES_SINCE = {
  NoInfer: ["5.4.0", "the NoInfer utility type"],
  Awaited: ["4.5.0", "the Awaited utility type"],
  Uppercase: ["4.1.0", "intrinsic string types (Uppercase)"],
  Lowercase: ["4.1.0", "intrinsic string types (Lowercase)"],
  Capitalize: ["4.1.0", "intrinsic string types (Capitalize)"],
  Uncapitalize: ["4.1.0", "intrinsic string types (Uncapitalize)"]
};
var hasModifier = (node, kind) => canHaveModifiers(node) && (getModifiers(node) ?? []).some((m) => m.kind === kind);
var isArrayType = (t) => isArrayTypeNode(t) || isTypeReferenceNode(t) && isIdentifier(t.typeName) && /^(Readonly)?Array$/.test(t.typeName.text);
var arrayRest = (e) => isRestTypeNode(e) && isArrayType(e.type) || isNamedTupleMember(e) && !!e.dotDotDotToken && isArrayType(e.type);
function setterType(getter, sf) {
  const owner = getter.parent;
  const setter = owner?.members?.find(
    (m) => isSetAccessorDeclaration(m) && m.name.getText(sf) === getter.name.getText(sf)
  );
  return setter?.parameters[0]?.type?.getText(sf);
}
var found = (version, detail) => ({ feature: [version, detail] });
function featureOf(node, sf) {
  switch (node.kind) {
    case SyntaxKind.TypeParameter:
      if (hasModifier(node, SyntaxKind.ConstKeyword)) return found("5.0.0", "const type parameters");
      if (hasModifier(node, SyntaxKind.InKeyword) || hasModifier(node, SyntaxKind.OutKeyword))
        return found("4.7.0", "in/out variance annotations");
      return void 0;
    case SyntaxKind.ImportClause:
      return node.phaseModifier === SyntaxKind.DeferKeyword ? found("5.9.0", "import defer") : void 0;
    case SyntaxKind.ExportDeclaration: {
      const e = node;
      if (e.isTypeOnly && !e.exportClause) return found("5.0.0", "export type *");
      if (e.attributes) return found("5.3.0", "import attributes (with { \u2026 })");
      if (e.isTypeOnly) return found("3.8.0", "export type");
      if (e.exportClause && isNamespaceExport(e.exportClause)) return found("3.8.0", "export * as ns");
      return void 0;
    }
    case SyntaxKind.ImportDeclaration: {
      const i = node;
      if (i.attributes) return found("5.3.0", "import attributes (with { \u2026 })");
      if (i.importClause?.isTypeOnly) return found("3.8.0", "import type");
      return void 0;
    }
    case SyntaxKind.PropertyDeclaration:
      return hasModifier(node, SyntaxKind.AccessorKeyword) ? found("4.9.0", "accessor fields") : void 0;
    case SyntaxKind.InferType:
      return node.typeParameter.constraint ? found("4.7.0", "infer \u2026 extends constraints") : void 0;
    case SyntaxKind.ImportSpecifier:
    case SyntaxKind.ExportSpecifier:
      return node.isTypeOnly ? found("4.5.0", "type modifiers on import/export names") : void 0;
    case SyntaxKind.ConstructorType:
      return hasModifier(node, SyntaxKind.AbstractKeyword) ? found("4.2.0", "abstract construct signatures") : void 0;
    case SyntaxKind.TemplateLiteralType:
      return found("4.1.0", "template literal types");
    case SyntaxKind.MappedType:
      return node.nameType ? found("4.1.0", "key remapping in mapped types (as)") : void 0;
    case SyntaxKind.NamedTupleMember:
      return found("4.0.0", "labeled tuple elements");
    case SyntaxKind.RestType:
      return isArrayType(node.type) ? void 0 : found("4.0.0", "variadic tuple types");
    case SyntaxKind.TupleType:
      return node.elements.slice(0, -1).some(arrayRest) ? found("4.2.0", "rest elements before the end of a tuple") : void 0;
    case SyntaxKind.IndexSignature: {
      const type = node.parameters[0]?.type;
      return type && type.kind !== SyntaxKind.StringKeyword && type.kind !== SyntaxKind.NumberKeyword ? found("4.4.0", "index signatures for symbols, template literal patterns or unions") : void 0;
    }
    case SyntaxKind.GetAccessor: {
      const getter = node;
      if (getter.type && (setterType(getter, sf) ?? getter.type.getText(sf)) !== getter.type.getText(sf))
        return found("4.3.0", "a setter whose type differs from its getter");
      return sf.isDeclarationFile ? found("3.6.0", "accessors in declaration files") : void 0;
    }
    case SyntaxKind.SetAccessor:
      return sf.isDeclarationFile ? found("3.6.0", "accessors in declaration files") : void 0;
    case SyntaxKind.PrivateIdentifier:
      return found("3.8.0", "#private class fields");
    case SyntaxKind.TypePredicate:
      return node.assertsModifier ? found("3.7.0", "assertion signatures (asserts)") : void 0;
    case SyntaxKind.TypeReference: {
      const name = node.typeName;
      const since = isIdentifier(name) && Object.hasOwn(GLOBAL_TYPES_SINCE, name.text) ? GLOBAL_TYPES_SINCE[name.text] : void 0;
      return since ? { feature: since, global: name.text } : void 0;
    }
    default:
      return void 0;
  }
}
function declaredName(node) {
  switch (node.kind) {
    case SyntaxKind.TypeAliasDeclaration:
    case SyntaxKind.InterfaceDeclaration:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.TypeParameter:
    case SyntaxKind.ImportSpecifier:
      return node.name?.text;
    default:
      return void 0;
  }
}
function syntaxReasons(files, parsed) {
  const seen = /* @__PURE__ */ new Map();
  for (const file of Object.keys(files).sort()) {
    const sf = parsed?.get(file) ?? createSourceFile(file.endsWith(".ts") ? file : `${file}.d.ts`, files[file], ScriptTarget.Latest, true);
    const locals = /* @__PURE__ */ new Set();
    const occurrences = [];
    const visit = (node) => {
      const name = declaredName(node);
      if (name !== void 0) locals.add(name);
      const feature = featureOf(node, sf);
      if (feature) occurrences.push([node, feature]);
      forEachChild(node, visit);
    };
    visit(sf);
    for (const [node, { feature, global }] of occurrences) {
      if (seen.has(feature[1]) || global !== void 0 && locals.has(global)) continue;
      seen.set(feature[1], {
        version: feature[0],
        source: "syntax",
        detail: feature[1],
        location: { file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 }
      });
    }
  }
  return [...seen.values()];
}
function peerReason(peerDependencies) {
  const range = peerDependencies?.typescript;
  if (!range || !import_semver.default.validRange(range)) return void 0;
  const min = import_semver.default.minVersion(range);
  if (!min || min.version === "0.0.0") return void 0;
  return {
    version: min.version,
    source: "peerDependencies",
    detail: `peerDependencies.typescript "${range}"`,
    location: { file: "package.json" }
  };
}
function typesVersionsCap(typesVersions) {
  if (typeof typesVersions !== "object" || typesVersions === null) return void 0;
  const range = Object.keys(typesVersions).find(
    (r) => import_semver.default.validRange(r) && import_semver.default.satisfies(ts2.version, r, { includePrerelease: true })
  );
  if (!range) return void 0;
  const min = import_semver.default.minVersion(range);
  return min && min.version !== "0.0.0" ? { version: min.version, range } : void 0;
}
var byVersion = (a, b) => import_semver.default.rcompare(a.version, b.version);
function minimumTypeScript(manifest, files, parsed) {
  let syntax = syntaxReasons(files, parsed);
  const cap = typesVersionsCap(manifest.typesVersions);
  const reasons = [];
  if (cap) {
    syntax = syntax.filter((r) => import_semver.default.gt(r.version, cap.version));
    reasons.push({
      version: cap.version,
      source: "typesVersions",
      detail: `typesVersions "${cap.range}" serves these declarations; older compilers get others`,
      location: { file: "package.json" }
    });
  }
  const peer = peerReason(manifest.peerDependencies);
  reasons.push(...syntax, ...peer ? [peer] : []);
  reasons.sort(byVersion);
  const floors = reasons.filter((r) => r.source !== "typesVersions");
  return { version: floors[0]?.version ?? "0.0.0", reasons };
}
function readMinimumTypeScript(surface) {
  const m = surface.minimumTypeScript;
  if (!m || typeof m.version !== "string" || !import_semver.default.valid(m.version) || !Array.isArray(m.reasons)) return void 0;
  return { version: m.version, reasons: m.reasons };
}

// src/surface/typescript/parsed-handover.ts
import { ts as ts3 } from "ts-morph";
var offers = [];
var KEPT_OFFERS = 2;
function offerParsedFiles(files) {
  const offer = /* @__PURE__ */ new Map();
  for (const [rel, file] of files) offer.set(rel, [...offer.get(rel) ?? [], file]);
  offers.push(offer);
  while (offers.length > KEPT_OFFERS) offers.shift();
}
var removeFileExtension = ts3.removeFileExtension;
function rename(file, fileName) {
  const symbol = file.symbol;
  if (symbol && symbol.escapedName === `"${removeFileExtension(file.fileName)}"`)
    symbol.escapedName = `"${removeFileExtension(fileName)}"`;
  file.fileName = fileName;
}
var adopting;
function adoptParsedFiles(relOf, build) {
  adopting = relOf;
  try {
    return build();
  } finally {
    adopting = void 0;
    offers.length = 0;
  }
}
function takeParsedFile(fileName, settings, text) {
  const rel = adopting?.(fileName);
  if (rel === void 0) return void 0;
  let wanted;
  for (let i = offers.length - 1; i >= 0; i--) {
    const candidates = offers[i].get(rel);
    if (!candidates) continue;
    wanted ??= text();
    const at = candidates.findIndex(
      (f) => f.text === wanted && f.languageVersion === (settings.target ?? ts3.ScriptTarget.Latest)
    );
    if (at < 0) continue;
    const file = candidates.splice(at, 1)[0];
    rename(file, fileName);
    return file;
  }
  return void 0;
}

// src/surface/typescript/shared-libs.ts
import { DocumentRegistry } from "@ts-morph/common";
import { ts as ts4 } from "ts-morph";
var LIB_FOLDER = "/node_modules/typescript/lib/lib.";
var cache = /* @__PURE__ */ new Map();
var proto = DocumentRegistry.prototype;
var PARSE_AS_TSC = { mcpverParseAsTsc: true };
function parseOptions(settings) {
  return {
    languageVersion: settings.target ?? ts4.ScriptTarget.Latest,
    jsDocParsingMode: ts4.JSDocParsingMode.ParseForTypeErrors
  };
}
function parseAsTsc(fileName, settings, snapshot, kind) {
  return ts4.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), "0", false, kind);
}
function shareLibraryFiles() {
  if (proto.__mcpverShared) return;
  proto.__mcpverShared = true;
  const original = proto.createOrUpdateSourceFile;
  proto.createOrUpdateSourceFile = function(fileName, settings, snapshot, kind) {
    if (!fileName.startsWith(LIB_FOLDER)) {
      const handed = takeParsedFile(fileName, settings, () => snapshot.getText(0, snapshot.getLength()));
      if (handed) return handed;
      return settings.mcpverParseAsTsc === true ? parseAsTsc(fileName, settings, snapshot, kind) : original.call(this, fileName, settings, snapshot, kind);
    }
    const key = `${fileName}\0${settings.target ?? ""}`;
    let file = cache.get(key);
    if (!file) {
      file = ts4.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), "0", true, kind);
      cache.set(key, file);
    }
    return file;
  };
}

// src/surface/typescript/standardized-paths.ts
import { FileUtils } from "@ts-morph/common";
var MAX_REMEMBERED = 1e5;
var utils = FileUtils;
function rememberStandardizedPaths() {
  if (utils.__mcpverRemembered) return;
  utils.__mcpverRemembered = true;
  const original = utils.getStandardizedAbsolutePath;
  const remembered = /* @__PURE__ */ new Map();
  utils.getStandardizedAbsolutePath = (fileSystem, fileOrDirPath, relativeBase) => {
    if (!fileOrDirPath.startsWith("/")) return original.call(FileUtils, fileSystem, fileOrDirPath, relativeBase);
    let standardized = remembered.get(fileOrDirPath);
    if (standardized === void 0) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      standardized = original.call(FileUtils, fileSystem, fileOrDirPath, relativeBase);
      remembered.set(fileOrDirPath, standardized);
    }
    return standardized;
  };
}

export {
  offerParsedFiles,
  adoptParsedFiles,
  PARSE_AS_TSC,
  shareLibraryFiles,
  rememberStandardizedPaths,
  DiagnosticCategory,
  EmitHint,
  NodeFlags,
  ScriptTarget,
  SymbolFlags,
  SyntaxKind,
  canHaveModifiers,
  createPrinter,
  createSourceFile,
  forEachChild,
  getJSDocTags,
  getLeadingCommentRanges,
  getModifiers,
  getTextOfJSDocComment,
  isCallSignatureDeclaration,
  isClassDeclaration,
  isClassExpression,
  isConstTypeReference,
  isConstructSignatureDeclaration,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isEnumDeclaration,
  isExportDeclaration,
  isExpressionWithTypeArguments,
  isExternalModule,
  isFunctionDeclaration,
  isFunctionTypeNode,
  isGetAccessorDeclaration,
  isIdentifier,
  isImportDeclaration,
  isIndexSignatureDeclaration,
  isInterfaceDeclaration,
  isMappedTypeNode,
  isMethodDeclaration,
  isMethodSignature,
  isModuleBlock,
  isModuleDeclaration,
  isNamedImports,
  isNamespaceImport,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isPropertySignature,
  isQualifiedName,
  isSetAccessorDeclaration,
  isSourceFile,
  isStringLiteral,
  isTypeAliasDeclaration,
  isTypeLiteralNode,
  isTypeOnlyImportOrExportDeclaration,
  isTypeParameterDeclaration,
  isTypeQueryNode,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
  minimumTypeScript,
  readMinimumTypeScript
};
