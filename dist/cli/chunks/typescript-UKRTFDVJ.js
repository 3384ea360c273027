import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  packageOfSpecifier
} from "./chunk-5TGAL4XU.js";
import {
  findLockfile,
  installCommand,
  repositoryTop
} from "./chunk-LMQOIE72.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import {
  DiagnosticCategory,
  EmitHint,
  NodeFlags,
  PARSE_AS_TSC,
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
  offerParsedFiles,
  rememberStandardizedPaths,
  shareLibraryFiles
} from "./chunk-WAYGLOPI.js";
import {
  asTypeScriptData,
  externalDeclarationFiles,
  findBareEntryPoints,
  findEntryPoints
} from "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/surface/typescript/index.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/surface/typescript/declarations.ts
import { Node as Node2, ts as ts4 } from "ts-morph";

// src/surface/typescript/jsdoc.ts
var RELEASE_TAGS = /* @__PURE__ */ new Set(["public", "beta", "alpha", "experimental", "internal"]);
function docHost(node) {
  return isVariableDeclaration(node) && isVariableDeclarationList(node.parent) && isVariableStatement(node.parent.parent) ? node.parent.parent : node;
}
var TAGGED = /@(?:deprecated|public|beta|alpha|experimental|internal|hidden|ignore)(?![\w-])/;
function ownDocTags(node) {
  const host = docHost(node);
  const text = host.getSourceFile()?.text;
  if (text === void 0) return [];
  const ranges = getLeadingCommentRanges(text, host.pos) ?? [];
  const doc = ranges.findLast(({ pos }) => text.startsWith("/**", pos) && !text.startsWith("/**/", pos));
  const comment = doc && text.slice(doc.pos, doc.end);
  if (!comment || !TAGGED.test(comment)) return [];
  const stand = createSourceFile("doc.ts", `${comment}
declare const _: 0;`, ScriptTarget.Latest, true);
  return getJSDocTags(stand.statements[0]);
}
function readTags(node) {
  const tags = {};
  for (const tag of ownDocTags(node)) {
    const name = tag.tagName.text;
    if (name === "deprecated") tags.deprecated = (getTextOfJSDocComment(tag.comment) ?? "").trim();
    else if (RELEASE_TAGS.has(name)) tags.release ??= name;
    else if (name === "hidden" || name === "ignore") tags.hidden = true;
  }
  return tags;
}
function readDocs(node, file) {
  const host = isVariableDeclaration(node) ? node.parent.parent : node;
  const text = file.text.slice(host.getFullStart(), host.getEnd());
  if (!text.includes("/**")) return "";
  return (text.match(/\/\*\*[\s\S]*?\*\//g) ?? []).join("\n").replace(/\s+/g, " ").trim();
}

// src/surface/typescript/describe.ts
var printer = createPrinter({ removeComments: true, omitTrailingSemicolon: false });
var printed = /* @__PURE__ */ new WeakMap();
var printedText = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
var MAX_PRINTED_TEXTS = 2e5;
function printNode(node, file) {
  let normalized = printed.get(node);
  if (normalized === void 0) {
    const source = file.text.slice(node.pos, node.end);
    const memo = printedText[file.languageVariant];
    normalized = memo.get(source);
    if (normalized === void 0) {
      if (memo.size >= MAX_PRINTED_TEXTS) memo.clear();
      normalized = normalize(printer.printNode(EmitHint.Unspecified, node, file));
      memo.set(source, normalized);
    }
    printed.set(node, normalized);
  }
  return normalized;
}
function normalize(text) {
  let out = text;
  if (out.includes("'")) out = out.replace(/'((?:[^'"\\\n]|\\.)*)'/g, '"$1"');
  if (/\s\s|[^\S ]/.test(out)) out = out.replace(/\s+/g, " ");
  return withoutTrailingSemicolon(out);
}
function withoutTrailingSemicolon(text) {
  const space = (at) => /\s/.test(text[at]);
  let end = text.length;
  while (end > 0 && space(end - 1)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 59) {
    end--;
    while (end > 0 && space(end - 1)) end--;
  }
  let start = 0;
  while (start < end && space(start)) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
function printType(node, file) {
  return node ? printNode(node, file) : "any";
}
function hasModifier(node, kind) {
  return canHaveModifiers(node) && (getModifiers(node) ?? []).some((m) => m.kind === kind);
}
function visibilityOf(node) {
  if (hasModifier(node, SyntaxKind.PrivateKeyword)) return "private";
  if (hasModifier(node, SyntaxKind.ProtectedKeyword)) return "protected";
  return "public";
}
function isInstantiated(node) {
  const body = node.body;
  if (!body) return false;
  if (isModuleDeclaration(body)) return isInstantiated(body);
  if (!isModuleBlock(body)) return false;
  return body.statements.some(
    (s) => !isInterfaceDeclaration(s) && !isTypeAliasDeclaration(s) && !isImportDeclaration(s) && !isExportDeclaration(s) && (!isModuleDeclaration(s) || isInstantiated(s))
  );
}
function kindOf(node) {
  if (isFunctionDeclaration(node)) return "function";
  if (isClassDeclaration(node)) return "class";
  if (isInterfaceDeclaration(node)) return "interface";
  if (isTypeAliasDeclaration(node)) return "type";
  if (isEnumDeclaration(node)) return hasModifier(node, SyntaxKind.ConstKeyword) ? "const-enum" : "enum";
  if (isVariableDeclaration(node)) return "variable";
  if (isModuleDeclaration(node) || isSourceFile(node)) return "namespace";
  return "unknown";
}
function meaningsOf(kind, node) {
  switch (kind) {
    case "class":
    case "enum":
    case "const-enum":
      return ["type", "value"];
    case "function":
    case "variable":
      return ["value"];
    case "interface":
    case "type":
      return ["type"];
    case "namespace":
      return isModuleDeclaration(node) && !isInstantiated(node) ? ["namespace"] : ["namespace", "value"];
    default:
      return [];
  }
}
function parameters(list, file) {
  const params = [];
  let thisType;
  for (const p of list) {
    const name = p.name.getText(file);
    if (name === "this") {
      thisType = printType(p.type, file);
      continue;
    }
    params.push({
      name,
      type: printType(p.type, file),
      optional: !!p.questionToken || !!p.initializer,
      rest: !!p.dotDotDotToken
    });
  }
  return thisType ? { params, thisType } : { params };
}
function typeParameters(list, file) {
  return (list ?? []).map((tp) => ({
    name: tp.name.text,
    ...tp.constraint ? { constraint: printNode(tp.constraint, file) } : {},
    ...tp.default ? { default: printNode(tp.default, file) } : {}
  }));
}
function signatureOf(node, file) {
  const { params, thisType } = parameters(node.parameters, file);
  return {
    parameters: params,
    returnType: isConstructorDeclaration(node) ? "void" : printType(node.type, file),
    typeParameters: typeParameters(node.typeParameters, file),
    ...thisType ? { thisType } : {}
  };
}
function memberName(node, file) {
  if (isConstructorDeclaration(node)) return "constructor";
  if (isCallSignatureDeclaration(node)) return "()";
  if (isConstructSignatureDeclaration(node)) return "new()";
  if (isIndexSignatureDeclaration(node)) return `[${node.parameters.map((p) => printType(p.type, file)).join(", ")}]`;
  return node.name ? node.name.getText(file) : "";
}
function memberKind(node) {
  if (isPropertyDeclaration(node) || isPropertySignature(node)) return "property";
  if (isMethodDeclaration(node) || isMethodSignature(node)) return "method";
  if (isConstructorDeclaration(node)) return "constructor";
  if (isGetAccessorDeclaration(node)) return "get";
  if (isSetAccessorDeclaration(node)) return "set";
  if (isIndexSignatureDeclaration(node)) return "index";
  if (isCallSignatureDeclaration(node)) return "call";
  if (isConstructSignatureDeclaration(node)) return "construct";
  return void 0;
}
function membersOf(elements, file) {
  const members = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const el of elements) {
    const kind = memberKind(el);
    if (!kind) continue;
    const name = memberName(el, file);
    if (name.startsWith("#")) continue;
    const isStatic = hasModifier(el, SyntaxKind.StaticKeyword);
    const key = `${isStatic ? "static " : ""}${kind === "get" || kind === "set" ? "property" : kind}:${name}`;
    const signature = printNode(el, file);
    const sig = isMethodDeclaration(el) || isMethodSignature(el) || isConstructorDeclaration(el) || isCallSignatureDeclaration(el) || isConstructSignatureDeclaration(el) ? signatureOf(el, file) : void 0;
    const existing = byKey.get(key);
    if (existing) {
      existing.signature += `; ${signature}`;
      if (sig) (existing.signatures ??= []).push(sig);
      if (kind === "set") delete existing.readonly;
      continue;
    }
    const type = isPropertyDeclaration(el) || isPropertySignature(el) ? printType(el.type, file) : isGetAccessorDeclaration(el) ? printType(el.type, file) : isSetAccessorDeclaration(el) ? printType(el.parameters[0]?.type, file) : isIndexSignatureDeclaration(el) ? printType(el.type, file) : void 0;
    const member = {
      name,
      kind: kind === "get" || kind === "set" ? "property" : kind,
      signature,
      ...type !== void 0 ? { type } : {},
      ...(isPropertyDeclaration(el) || isPropertySignature(el) || isMethodDeclaration(el) || isMethodSignature(el)) && el.questionToken ? { optional: true } : {},
      ...hasModifier(el, SyntaxKind.ReadonlyKeyword) || kind === "get" ? { readonly: true } : {},
      ...isStatic ? { static: true } : {},
      ...hasModifier(el, SyntaxKind.AbstractKeyword) ? { abstract: true } : {},
      ...visibilityOf(el) !== "public" ? { visibility: visibilityOf(el) } : {},
      ...sig ? { signatures: [sig] } : {},
      ...readTags(el).deprecated !== void 0 ? { deprecated: true } : {}
    };
    byKey.set(key, member);
    members.push(member);
  }
  return members;
}
function heritageOf(node, file) {
  const out = [];
  for (const clause of node.heritageClauses ?? []) {
    const word = clause.token === SyntaxKind.ExtendsKeyword ? "extends" : "implements";
    for (const t of clause.types) out.push(`${word} ${printNode(t, file)}`);
  }
  return out;
}
function enumMembers(node, file) {
  let next = 0;
  return node.members.map((m) => {
    let value = m.initializer ? printNode(m.initializer, file) : String(next);
    const numeric = value !== void 0 && /^-?\d+$/.test(value) ? Number(value) : void 0;
    next = numeric !== void 0 ? numeric + 1 : next + 1;
    if (!m.initializer && numeric === void 0) value = void 0;
    return {
      name: m.name.getText(file),
      kind: "enum-member",
      signature: printNode(m, file),
      ...value !== void 0 ? { value } : {}
    };
  });
}
function namespaceMembers(node, file) {
  const members = [];
  const visit = (body) => {
    if (!body) return;
    if (isModuleDeclaration(body)) return visit(body.body);
    if (!isModuleBlock(body)) return;
    for (const s of body.statements) {
      const names = isVariableStatement(s) ? s.declarationList.declarations.map((d) => d.name.getText(file)) : "name" in s && s.name && isIdentifier(s.name) ? [s.name.text] : [];
      for (const name of names) members.push({ name, kind: "export", signature: printNode(s, file) });
    }
  };
  visit(node.body);
  return members;
}

// src/surface/typescript/any-typed.ts
import { Node } from "ts-morph";
function cannotBeAny(checker, type) {
  if (!type) return false;
  switch (type.kind) {
    case SyntaxKind.TypeLiteral:
    case SyntaxKind.MappedType:
    case SyntaxKind.FunctionType:
    case SyntaxKind.ConstructorType:
    case SyntaxKind.TupleType:
    case SyntaxKind.ArrayType:
    case SyntaxKind.TypeOperator:
    case SyntaxKind.LiteralType:
    case SyntaxKind.TemplateLiteralType:
    case SyntaxKind.StringKeyword:
    case SyntaxKind.NumberKeyword:
    case SyntaxKind.BooleanKeyword:
    case SyntaxKind.BigIntKeyword:
    case SyntaxKind.SymbolKeyword:
    case SyntaxKind.ObjectKeyword:
    case SyntaxKind.UnknownKeyword:
    case SyntaxKind.NeverKeyword:
    case SyntaxKind.VoidKeyword:
    case SyntaxKind.UndefinedKeyword:
    case SyntaxKind.TypePredicate:
      return true;
    case SyntaxKind.ParenthesizedType:
      return cannotBeAny(checker, type.type);
    case SyntaxKind.UnionType:
    case SyntaxKind.IntersectionType:
      return type.types.every((t) => cannotBeAny(checker, t));
    case SyntaxKind.TypeReference: {
      let symbol = checker.getSymbolAtLocation(type.typeName);
      if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      return !!symbol && (symbol.flags & (SymbolFlags.Class | SymbolFlags.Interface | SymbolFlags.Enum)) !== 0;
    }
    default:
      return false;
  }
}
function isAnyTyped(checker, node) {
  try {
    if (Node.isVariableDeclaration(node) || Node.isTypeAliasDeclaration(node)) {
      return !cannotBeAny(checker, node.compilerNode.type) && node.getType().isAny();
    }
    if (Node.isFunctionDeclaration(node))
      return !cannotBeAny(checker, node.compilerNode.type) && node.getReturnType().isAny();
  } catch {
  }
  return false;
}

// src/surface/typescript/shape-hash.ts
import { hash as digest } from "node:crypto";
function printable(node) {
  return isVariableDeclaration(node) && isVariableDeclarationList(node.parent) ? node.parent.parent : node;
}
function shapeHasher(checker, follow) {
  const memo = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  const referenced = (node) => {
    const found = /* @__PURE__ */ new Set();
    const visit = (n) => {
      let name;
      if (isTypeReferenceNode(n)) name = n.typeName;
      else if (isExpressionWithTypeArguments(n)) name = n.expression;
      else if (isTypeQueryNode(n)) name = n.exprName;
      if (name) {
        let symbol = checker.getSymbolAtLocation(name);
        if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const d of symbol?.declarations ?? []) {
          if (!isTypeParameterDeclaration(d) && follow(d) && d !== node) found.add(d);
        }
      }
      forEachChild(n, visit);
    };
    visit(node);
    return [...found];
  };
  const hash = (node) => {
    const known = memo.get(node);
    if (known !== void 0) return known;
    if (inProgress.has(node)) return "";
    inProgress.add(node);
    const text = [printNode(printable(node), node.getSourceFile()), ...referenced(node).map(hash).sort()].join("\0");
    inProgress.delete(node);
    const fingerprint = digest("sha1", text, "hex").slice(0, 16);
    memo.set(node, fingerprint);
    return fingerprint;
  };
  return { hash };
}

// src/surface/typescript/program.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Project, ts as ts3 } from "ts-morph";

// src/surface/typescript/strip.ts
function stripNominalMembers(fileName, text, parsed) {
  if (!/\b(private|protected)\b|#private/.test(text)) return text;
  const sf = parsed ?? createSourceFile(fileName, text, ScriptTarget.Latest, false);
  const cuts = [];
  const visit = (node) => {
    if (isClassDeclaration(node) || isClassExpression(node)) {
      for (const member of node.members) {
        const hidden = member.name && isPrivateIdentifier(member.name) || canHaveModifiers(member) && (getModifiers(member) ?? []).some(
          (m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.ProtectedKeyword
        );
        if (hidden && !isConstructorDeclaration(member)) cuts.push([member.getFullStart(), member.getEnd()]);
      }
    }
    forEachChild(node, visit);
  };
  visit(sf);
  if (cuts.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

// src/surface/typescript/missing-modules.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { ts as ts2 } from "ts-morph";
var MISSING_MODULE = /* @__PURE__ */ new Set([2307, 2792]);
var MISSING_TYPES = /* @__PURE__ */ new Set([2580, 2582, 2591, 2593, 2688]);
var SHOWN = 6;
function missingPackage(d) {
  const text = ts2.flattenDiagnosticMessageText(d.messageText, " ");
  if (MISSING_MODULE.has(d.code)) return packageOfSpecifier(/'([^']+)'/.exec(text)?.[1] ?? ".");
  if (!MISSING_TYPES.has(d.code)) return void 0;
  const types = /type definitions for ([\w@/.-]+?)\?/.exec(text)?.[1] ?? /type definition file for '([^']+)'/.exec(text)?.[1];
  return types ? `@types/${types.replace(/^@([^/]+)\//, "$1__")}` : void 0;
}
function installed(name, dir, top) {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "node_modules", name))) return true;
    if (at === top || path.dirname(at) === at) return false;
  }
}
function installAdvice(dir, top) {
  const lockfile = findLockfile(dir, top);
  const command = lockfile ? installCommand(lockfile, dir, { scripts: false }).command : "npm install";
  return `install the dependencies first (\`${command}\`; for \`mcpver check\`, \`install: ${command}\` in .github/mcpver.yml)`;
}
function foldMissingModules(dir, diagnostics, relative2) {
  const top = repositoryTop(dir);
  const rest = [];
  const packages = /* @__PURE__ */ new Map();
  let first;
  const known = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const name = missingPackage(d);
    const absent = name !== void 0 && (known.get(name) ?? known.set(name, !installed(name, dir, top)).get(name));
    if (!absent) {
      rest.push(d);
      continue;
    }
    packages.set(name, (packages.get(name) ?? 0) + 1);
    first ??= d;
  }
  if (!first) return { rest };
  const names = [...packages.keys()];
  const count = [...packages.values()].reduce((a, b) => a + b, 0);
  const listed = names.length > SHOWN ? `${names.slice(0, SHOWN).join(", ")} and ${names.length - SHOWN} more` : names.join(", ");
  const where = first.file && first.start !== void 0 ? (() => {
    const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
    return { file: relative2(first.file.fileName), line: line + 1, column: character + 1 };
  })() : void 0;
  const one = names.length === 1;
  const imports = `${count} import${count === 1 ? "" : "s"}${where ? `, the first at ${where.file}:${where.line}` : ""}`;
  const message = (one ? `The package ${names[0]}, imported by the TypeScript, is not installed here (${imports})` : `${names.length} packages imported by the TypeScript are not installed here (${listed}; ${imports})`) + `: the types that come from ${one ? "it" : "them"} read as unknown, so changes to them cannot be seen. To compare them, ${installAdvice(dir, top)}.`;
  return { rest, warning: { part: "typescript", message, ...where ? { location: where } : {} } };
}

// src/surface/typescript/unresolved-names.ts
function resolves(symbol) {
  return symbol !== void 0 && (symbol.declarations?.length ?? 0) > 0;
}
function fileLocals(file) {
  return file.locals;
}
function isGlobal(symbol) {
  return (symbol.declarations ?? []).every((d) => {
    const scope = (isVariableDeclaration(d) ? d.parent.parent : d).parent;
    if (isSourceFile(scope)) return !isExternalModule(scope);
    return isModuleBlock(scope) && (scope.parent.flags & NodeFlags.GlobalAugmentation) !== 0;
  });
}
function declaredTypeParameters(node) {
  if (isMappedTypeNode(node)) return [node.typeParameter];
  return node.typeParameters;
}
function unresolvedNames(program, files) {
  const checker = program.getTypeChecker();
  const out = [];
  const report = (file, node, code, messageText) => out.push({
    file,
    start: node.getStart(file),
    length: node.getWidth(file),
    code,
    category: DiagnosticCategory.Error,
    messageText
  });
  const globals = /* @__PURE__ */ new Set();
  for (const file of files) {
    const locals = fileLocals(file);
    const resolvesAt = (name, typeParameters2, inType) => {
      if (typeParameters2.has(name.text) || globals.has(name.text)) return true;
      const local = locals?.get(name.escapedText);
      if (local && (!inType || local.flags & (SymbolFlags.Type | SymbolFlags.Namespace | SymbolFlags.Alias)))
        return true;
      const symbol = checker.getSymbolAtLocation(name);
      if (!resolves(symbol)) return false;
      if (isGlobal(symbol)) globals.add(name.text);
      return true;
    };
    const visit = (node, typeParameters2) => {
      if ((isImportDeclaration(node) || isExportDeclaration(node)) && node.moduleSpecifier && isStringLiteral(node.moduleSpecifier)) {
        if (!checker.getSymbolAtLocation(node.moduleSpecifier))
          report(
            file,
            node.moduleSpecifier,
            2307,
            `Cannot find module '${node.moduleSpecifier.text}' or its corresponding type declarations.`
          );
      } else if (isTypeReferenceNode(node) && !isConstTypeReference(node) || isExpressionWithTypeArguments(node)) {
        let name = isTypeReferenceNode(node) ? node.typeName : node.expression;
        while (isQualifiedName(name)) name = name.left;
        while (isPropertyAccessExpression(name)) name = name.expression;
        if (isIdentifier(name) && !resolvesAt(name, typeParameters2, isTypeReferenceNode(node)))
          report(file, name, 2304, `Cannot find name '${name.text}'.`);
      }
      const declared = declaredTypeParameters(node);
      const inScope = declared?.length ? /* @__PURE__ */ new Set([...typeParameters2, ...declared.map((p) => p.name.text)]) : typeParameters2;
      forEachChild(node, (child) => visit(child, inScope));
    };
    visit(file, /* @__PURE__ */ new Set());
  }
  return out;
}

// src/surface/typescript/program.ts
shareLibraryFiles();
rememberStandardizedPaths();
var EXTRACTION_COMPILER_OPTIONS = {
  target: ts3.ScriptTarget.ES2022,
  module: ts3.ModuleKind.ESNext,
  // Bundler resolution accepts `./x.js`, `./x.ts` and extensionless specifiers alike.
  moduleResolution: ts3.ModuleResolutionKind.Bundler,
  strict: true,
  // Built declarations are the package's own code here: their errors are reported (only the
  // package's own files are ever asked for diagnostics, so dependencies are not checked).
  skipLibCheck: false,
  declaration: true,
  emitDeclarationOnly: true,
  allowImportingTsExtensions: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  jsx: ts3.JsxEmit.Preserve,
  ...PARSE_AS_TSC
};
var MAX_REPORTED_DIAGNOSTICS = 20;
function relativePath(dir, file) {
  return relative(dir, file).split(sep).join("/");
}
function isOwnFile(dir, file) {
  const rel = relativePath(dir, file);
  return !rel.startsWith("..") && !rel.split("/").includes("node_modules");
}
function declarationPathOf(rel) {
  if (/\.d\.(m|c)?ts$/.test(rel)) return rel;
  return rel.replace(/\.mts$/, ".d.mts").replace(/\.cts$/, ".d.cts").replace(/\.tsx?$/, ".d.ts");
}
var CONSEQUENCES_OF_MISSING_TYPES = /* @__PURE__ */ new Set([
  7005,
  7006,
  7008,
  7010,
  7011,
  7015,
  7019,
  7022,
  7023,
  7024,
  7031,
  7034,
  7053,
  2571,
  18046
]);
function diagnosticWarnings(dir, diagnostics, warnings) {
  const folded = foldMissingModules(
    dir,
    diagnostics.filter((d) => d.category === ts3.DiagnosticCategory.Error),
    (file) => relativePath(dir, file)
  );
  let errors = folded.rest;
  if (folded.warning) {
    const consequences = errors.filter((d) => CONSEQUENCES_OF_MISSING_TYPES.has(d.code)).length;
    errors = errors.filter((d) => !CONSEQUENCES_OF_MISSING_TYPES.has(d.code));
    warnings.push(
      consequences === 0 ? folded.warning : {
        ...folded.warning,
        message: `${folded.warning.message} (${consequences} TypeScript error${consequences === 1 ? "" : "s"} that follow from the missing types, implicit \`any\` and \`unknown\` values, are not listed.)`
      }
    );
  }
  for (const d of errors.slice(0, MAX_REPORTED_DIAGNOSTICS)) {
    const message = ts3.flattenDiagnosticMessageText(d.messageText, " ");
    if (d.file && d.start !== void 0) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const file = relativePath(dir, d.file.fileName);
      warnings.push({
        part: "typescript",
        message: `${file}:${line + 1}:${character + 1} error TS${d.code}: ${message} (mcpver continues with what could be read; types that do not resolve are treated as unknown)`,
        location: { file, line: line + 1, column: character + 1 }
      });
    } else {
      warnings.push({ part: "typescript", message: `error TS${d.code}: ${message}` });
    }
  }
  if (errors.length > MAX_REPORTED_DIAGNOSTICS) {
    warnings.push({
      part: "typescript",
      message: `${errors.length - MAX_REPORTED_DIAGNOSTICS} more TypeScript errors not listed`
    });
  }
}
var FULL_CHECK_MAX_CHARS = 2e5;
function typesFor(dir, fromSources) {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const declared = {
      ...manifest.dependencies,
      ...fromSources ? manifest.devDependencies : {},
      ...manifest.peerDependencies
    };
    return Object.keys(declared).filter((name) => name.startsWith("@types/")).map((name) => name.slice("@types/".length));
  } catch {
    return [];
  }
}
function loadPackage(dir, entryFiles, warnings, options = {}) {
  const fromSources = [...entryFiles.values()].some((f) => !/\.d\.(m|c)?ts$/.test(f));
  const project = new Project({
    compilerOptions: { ...EXTRACTION_COMPILER_OPTIONS, types: typesFor(dir, fromSources) },
    skipAddingFilesFromTsConfig: true
  });
  const entries = /* @__PURE__ */ new Map();
  for (const [subpath, file] of entryFiles) entries.set(subpath, project.addSourceFileAtPath(`${dir}/${file}`));
  project.resolveSourceFileDependencies();
  const own = /* @__PURE__ */ new Map();
  for (const sf of project.getSourceFiles()) {
    if (isOwnFile(dir, sf.getFilePath())) own.set(relativePath(dir, sf.getFilePath()), sf);
  }
  const program = project.getProgram().compilerObject;
  const diagnostics = [];
  for (const sf of own.values()) diagnostics.push(...program.getSyntacticDiagnostics(sf.compilerNode));
  const size = [...own.values()].reduce((n, sf) => n + sf.getFullText().length, 0);
  const mode = options.checkDeclarations ?? "auto";
  if (mode === "full" || mode === "auto" && size <= FULL_CHECK_MAX_CHARS) {
    for (const sf of own.values()) diagnostics.push(...program.getSemanticDiagnostics(sf.compilerNode));
  } else if (mode !== "off") {
    diagnostics.push(
      ...unresolvedNames(
        program,
        [...own.values()].map((sf) => sf.compilerNode)
      )
    );
  }
  diagnosticWarnings(dir, diagnostics, warnings);
  const hash = createHash("sha256");
  const files = {};
  let from = "dts";
  const unchanged = [];
  for (const [rel, sf] of [...own].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(rel).update("\0").update(sf.getFullText()).update("\0");
    const twin = rel.replace(/\.d\.ts$/, ".js").replace(/\.d\.mts$/, ".mjs").replace(/\.d\.cts$/, ".cjs");
    if (twin !== rel) {
      try {
        hash.update(readFileSync(join(dir, twin)));
      } catch {
      }
    }
    if (sf.isDeclarationFile()) {
      files[rel] = stripNominalMembers(rel, sf.getFullText(), sf.compilerNode);
      if (files[rel] === sf.getFullText()) unchanged.push([rel, sf.compilerNode]);
    } else from = "source";
  }
  if (from === "source") {
    const result = project.emitToMemory({ emitOnlyDtsFiles: true });
    for (const out of result.getFiles()) {
      const rel = relativePath(dir, out.filePath);
      if (!rel.startsWith("..")) files[rel] = stripNominalMembers(rel, out.text);
    }
  }
  const externalFiles = externalDeclarationFiles(program, (file) => isOwnFile(dir, file), warnings);
  for (const sf of program.getSourceFiles()) {
    const at = sf.fileName.lastIndexOf("/node_modules/");
    const key = at >= 0 ? sf.fileName.slice(at + 1) : void 0;
    if (key !== void 0 && externalFiles[key] === sf.text) unchanged.push([key, sf]);
  }
  offerParsedFiles(unchanged);
  return { project, entries, own, files, from, sourceHash: hash.digest("hex").slice(0, 16), externalFiles };
}

// src/surface/typescript/declarations.ts
var KIND_PRIORITY = [
  "class",
  "enum",
  "const-enum",
  "function",
  "variable",
  "interface",
  "type",
  "namespace",
  "unknown"
];
function localName(node) {
  const name = node.name;
  return name && (isIdentifier(name) || isStringLiteral(name)) ? name.text : void 0;
}
function findInDeclarationFile(dts, node) {
  const name = localName(node);
  const kind = node.kind;
  for (const statement of dts.statements) {
    if (isVariableStatement(statement) && isVariableDeclaration(node)) {
      const found = statement.declarationList.declarations.find((d) => localName(d) === name);
      if (found) return found;
    } else if (statement.kind === kind && localName(statement) === name) {
      return statement;
    } else if (kind === SyntaxKind.FunctionDeclaration && !name && isFunctionDeclaration(statement) && !statement.name) {
      return statement;
    }
  }
  for (const statement of dts.statements) {
    if (isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find((d) => localName(d) === "_default");
      if (found) return found;
    }
  }
  return void 0;
}
function externalImports(file, cache) {
  let names = cache.get(file);
  if (names) return names;
  names = /* @__PURE__ */ new Map();
  for (const statement of file.statements) {
    if (!isImportDeclaration(statement) || !isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    if (from.startsWith(".") || from.startsWith("/")) continue;
    const clause = statement.importClause;
    if (clause?.name) names.set(clause.name.text, from);
    const bindings = clause?.namedBindings;
    if (bindings && isNamespaceImport(bindings)) names.set(bindings.name.text, from);
    if (bindings && isNamedImports(bindings)) for (const el of bindings.elements) names.set(el.name.text, from);
  }
  cache.set(file, names);
  return names;
}
function declarationNode(ctx, node) {
  const sf = node.getSourceFile();
  const rel = relativePath(ctx.dir, sf.getFilePath());
  if (sf.isDeclarationFile())
    return { dtsNode: node.compilerNode, dtsFile: sf.compilerNode, ...ctx.pkg.own.has(rel) ? { file: rel } : {} };
  const dtsPath = declarationPathOf(rel);
  const text = ctx.pkg.files[dtsPath];
  if (text !== void 0) {
    let parsed = ctx.parsed.get(dtsPath);
    if (!parsed) {
      parsed = createSourceFile(dtsPath, text, ScriptTarget.Latest, true);
      ctx.parsed.set(dtsPath, parsed);
    }
    const found = findInDeclarationFile(parsed, node.compilerNode);
    if (found) return { dtsNode: found, dtsFile: parsed, file: dtsPath };
  }
  return { dtsNode: node.compilerNode, dtsFile: sf.compilerNode };
}
function describeOne(ctx, node, into, signatures, members) {
  let described = ctx.described.get(node.compilerNode);
  if (!described) {
    const part2 = {};
    const sigs = [];
    const mems = [];
    const kind = describeNode(ctx, node, part2, sigs, mems);
    described = { kind, part: part2, signatures: sigs, members: mems };
    ctx.described.set(node.compilerNode, described);
  }
  const { part } = described;
  signatures.push(...described.signatures);
  members.push(...described.members);
  if (part.signatures) into.signatures = [...into.signatures ?? [], ...part.signatures];
  if (part.heritage) into.heritage = [...into.heritage ?? [], ...part.heritage];
  if (part.typeParameters && !into.typeParameters) into.typeParameters = part.typeParameters;
  if (part.unionMembers) into.unionMembers = [...part.unionMembers];
  if (part.shapeHash) into.shapeHash = into.shapeHash ? `${into.shapeHash}+${part.shapeHash}` : part.shapeHash;
  for (const key of ["abstract", "constructorVisibility", "mutable", "any", "unlistedMembers"])
    if (part[key] !== void 0) into[key] = part[key];
  if (part.externalModules)
    into.externalModules = [.../* @__PURE__ */ new Set([...into.externalModules ?? [], ...part.externalModules])].sort();
  into.tags = { ...part.tags, ...into.tags };
  if (part.docs) into.docs = into.docs ? `${into.docs}
${part.docs}` : part.docs;
  into.location ??= part.location;
  into.declarationFile ??= part.declarationFile;
  return described.kind;
}
function describeNode(ctx, node, into, signatures, members) {
  const { dtsNode, dtsFile, file } = declarationNode(ctx, node);
  const kind = kindOf(dtsNode);
  if (file && !into.declarationFile) into.declarationFile = file;
  if (isSourceFile(dtsNode)) {
    const names = [...node.getExportedDeclarations().keys()].sort();
    signatures.push(`namespace { ${names.join(", ")} }`);
    members.push(...names.map((n) => ({ name: n, kind: "export", signature: n })));
    into.location ??= { file: relativePath(ctx.dir, node.getFilePath()), line: 1 };
    return "namespace";
  }
  if (isVariableDeclaration(dtsNode)) {
    const list = dtsNode.parent;
    const mutable = (list.flags & (NodeFlags.Const | NodeFlags.Let)) === 0 || (list.flags & NodeFlags.Let) !== 0;
    into.mutable = mutable;
    const type = dtsNode.type ? printNode(dtsNode.type, dtsFile) : dtsNode.initializer ? printNode(dtsNode.initializer, dtsFile) : "any";
    signatures.push(`${mutable ? "let" : "const"} ${localName(dtsNode) ?? ""}: ${type}`);
  } else {
    signatures.push(printNode(dtsNode, dtsFile));
  }
  if (isFunctionDeclaration(dtsNode)) {
    if (dtsFile.isDeclarationFile || !dtsNode.body) (into.signatures ??= []).push(signatureOf(dtsNode, dtsFile));
  } else if (isClassDeclaration(dtsNode) || isInterfaceDeclaration(dtsNode)) {
    members.push(...membersOf(dtsNode.members, dtsFile));
    into.heritage = [...into.heritage ?? [], ...heritageOf(dtsNode, dtsFile)];
    into.typeParameters ??= typeParameters(dtsNode.typeParameters, dtsFile);
    if (isClassDeclaration(dtsNode)) {
      if ((getModifiers(dtsNode) ?? []).some((m) => m.kind === SyntaxKind.AbstractKeyword)) into.abstract = true;
      const ctor = dtsNode.members.find(ts4.isConstructorDeclaration);
      const vis = ctor && (getModifiers(ctor) ?? []).find(
        (m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.ProtectedKeyword
      );
      if (vis) into.constructorVisibility = vis.kind === SyntaxKind.PrivateKeyword ? "private" : "protected";
    }
  } else if (isTypeAliasDeclaration(dtsNode)) {
    into.typeParameters = typeParameters(dtsNode.typeParameters, dtsFile);
    if (isTypeLiteralNode(dtsNode.type)) members.push(...membersOf(dtsNode.type.members, dtsFile));
    else if (!isFunctionTypeNode(dtsNode.type) && !isUnionTypeNode(dtsNode.type)) into.unlistedMembers = true;
    if (isFunctionTypeNode(dtsNode.type)) into.signatures = [signatureOf(dtsNode.type, dtsFile)];
    if (isUnionTypeNode(dtsNode.type)) into.unionMembers = dtsNode.type.types.map((t) => printNode(t, dtsFile));
  } else if (isEnumDeclaration(dtsNode)) {
    members.push(...enumMembers(dtsNode, dtsFile));
  } else if (isModuleDeclaration(dtsNode)) {
    members.push(...namespaceMembers(dtsNode, dtsFile));
  }
  const imported = externalImports(dtsFile, ctx.imports);
  if (imported.size > 0) {
    const text = signatures[signatures.length - 1] ?? "";
    const modules = [...imported].filter(([name]) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, "\\$")}([^\\w$]|$)`).test(text)).map(([, from]) => from);
    if (modules.length > 0) into.externalModules = [.../* @__PURE__ */ new Set([...into.externalModules ?? [], ...modules])].sort();
  }
  const tags = readTags(dtsNode);
  into.tags = { ...tags, ...into.tags };
  const docs = readDocs(dtsNode, dtsFile);
  if (docs) into.docs = into.docs ? `${into.docs}
${docs}` : docs;
  if (isAnyTyped(ctx.checker, node)) into.any = true;
  if (!isSourceFile(node.compilerNode) && node.getSourceFile().isDeclarationFile())
    into.shapeHash = ctx.shapes.hash(node.compilerNode);
  if (!into.location) {
    const sf = node.getSourceFile();
    const nameNode = Node2.hasName(node) ? node.getNameNode() : node;
    into.location = {
      file: relativePath(ctx.dir, sf.getFilePath()),
      line: sf.compilerNode.getLineAndCharacterOfPosition(nameNode.getStart()).line + 1
    };
  }
  return kind;
}
function withExportEquals(sf, exported) {
  const assignment = sf.getExportAssignment((a) => a.isExportEquals());
  if (!assignment || exported.has("default")) return exported;
  const symbol = assignment.getExpression().getSymbol();
  const target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
  const declarations = (target?.getDeclarations() ?? []).filter(
    (d) => !Node2.isModuleDeclaration(d) || declarationsOnly(d)
  );
  if (declarations.length === 0) return exported;
  return new Map([...exported, ["default", declarations]]);
}
function declarationsOnly(node) {
  return Node2.isModuleDeclaration(node) && node.getStatements().length > 0;
}
function typeOnlyExports(checker, file) {
  const names = /* @__PURE__ */ new Set();
  const module = checker.getSymbolAtLocation(file);
  if (!module) return names;
  for (const exported of checker.getExportsOfModule(module)) {
    for (let s = exported, hops = 0; s && s.flags & SymbolFlags.Alias && hops < 20; s = checker.getImmediateAliasedSymbol(s), hops++) {
      if (s.declarations?.some((d) => isTypeOnlyImportOrExportDeclaration(d))) {
        names.add(exported.name);
        break;
      }
    }
  }
  return names;
}
function readDeclarations(dir, pkg, warnings) {
  const checker = pkg.project.getTypeChecker().compilerObject;
  const byEntry = [];
  for (const [entry, sf] of pkg.entries) {
    try {
      byEntry.push([entry, sf, withExportEquals(sf, sf.getExportedDeclarations())]);
    } catch (error) {
      warnings.push({
        part: "typescript",
        message: `could not read the exports of ${relativePath(dir, sf.getFilePath())}: ${error.message}`
      });
    }
  }
  const exportedNodes = new Set(byEntry.flatMap(([, , map]) => [...map.values()].flat().map((n) => n.compilerNode)));
  const ownFiles = new Set([...pkg.own.values()].filter((sf) => sf.isDeclarationFile()).map((sf) => sf.compilerNode));
  const shapes = shapeHasher(checker, (d) => ownFiles.has(d.getSourceFile()) && !exportedNodes.has(d));
  const ctx = {
    shapes,
    described: /* @__PURE__ */ new Map(),
    imports: /* @__PURE__ */ new Map(),
    dir,
    pkg,
    checker,
    parsed: /* @__PURE__ */ new Map(),
    warnings
  };
  const out = [];
  for (const [entry, sf, exported] of byEntry) {
    const typeOnly = typeOnlyExports(checker, sf.compilerNode);
    for (const [name, nodes] of exported) {
      if (nodes.length === 0) {
        warnings.push({
          part: "typescript",
          message: `export "${name}" of entry "${entry}" does not resolve to a declaration (unresolved or circular re-export)`,
          location: { file: relativePath(dir, sf.getFilePath()) }
        });
        continue;
      }
      const into = { entry, name, tags: {} };
      const signatures = [];
      const members = [];
      const kinds = /* @__PURE__ */ new Set();
      for (const node of nodes) kinds.add(describeOne(ctx, node, into, signatures, members));
      const kindList = KIND_PRIORITY.filter((k) => kinds.has(k));
      const meanings = /* @__PURE__ */ new Set();
      for (const node of nodes)
        for (const m of meaningsOf(kindOf(node.compilerNode), node.compilerNode)) meanings.add(m);
      if (typeOnly.has(name)) meanings.delete("value");
      const declaration = {
        ...into,
        entry,
        name,
        kind: kindList[0] ?? "unknown",
        kinds: kindList,
        meanings: [...meanings].sort(),
        signature: signatures.join("; "),
        declarationFile: into.declarationFile ?? "",
        tags: into.tags ?? {},
        ...members.length > 0 ? { members } : {}
      };
      if (declaration.heritage?.length === 0) delete declaration.heritage;
      if (declaration.any) {
        warnings.push({
          part: "typescript",
          message: `export "${name}" of entry "${entry}" is typed any (written so, or through an import that does not resolve): its compatibility cannot be checked`,
          ...declaration.location ? { location: declaration.location } : {}
        });
      }
      out.push(declaration);
    }
  }
  return out.sort((a, b) => a.entry.localeCompare(b.entry) || a.name.localeCompare(b.name));
}

// src/surface/typescript/index.ts
var TypeScriptSurfaceError = class extends Error {
  name = "TypeScriptSurfaceError";
};
var NO_ENTRY_POINT_WARNING = 'no TypeScript entry point found (package.json has no "exports" with types, "types", "typings" or "main" that resolves to a .d.ts or .ts file)';
function builtTrees(pkg) {
  return pkg.from === "dts" ? new Map([...pkg.own].map(([rel, file]) => [rel, file.compilerNode])) : void 0;
}
function takeTypeScriptSurface(dir, options = {}) {
  const manifestPath = join2(dir, "package.json");
  const warnings = [];
  let entries;
  let manifest = {};
  if (existsSync2(manifestPath)) {
    try {
      manifest = JSON.parse(readFileSync2(manifestPath, "utf8"));
    } catch (error) {
      throw new TypeScriptSurfaceError(`${manifestPath} is not valid JSON: ${error.message}`);
    }
    entries = findEntryPoints(dir, manifest, warnings);
  } else {
    entries = findBareEntryPoints(dir);
  }
  if (entries.length === 0) {
    warnings.push({ part: "typescript", message: NO_ENTRY_POINT_WARNING, location: { file: "package.json" } });
    return { surface: { entryPoints: {}, declarations: [], files: {}, from: "dts", sourceHash: "" }, warnings };
  }
  const pkg = loadPackage(dir, new Map(entries.map((e) => [e.subpath, e.file])), warnings, options);
  const declarations = readDeclarations(dir, pkg, warnings);
  const entryPoints = Object.fromEntries(entries.map((e) => [e.subpath, declarationPathOf(e.file)]));
  const surface = {
    entryPoints,
    declarations,
    files: pkg.files,
    from: pkg.from,
    sourceHash: pkg.sourceHash,
    minimumTypeScript: minimumTypeScript(manifest, pkg.files, builtTrees(pkg))
  };
  return {
    surface: Object.keys(pkg.externalFiles).length > 0 ? { ...surface, externalFiles: pkg.externalFiles } : surface,
    warnings
  };
}
export {
  NO_ENTRY_POINT_WARNING,
  TypeScriptSurfaceError,
  asTypeScriptData,
  takeTypeScriptSurface
};
