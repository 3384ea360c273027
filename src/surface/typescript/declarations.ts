// Every exported declaration of every entry point, resolved through `export *`, `export { x as y }`,
// `export * as ns` and default exports, recorded from its declaration-file form.

import { Node, ts, type SourceFile } from 'ts-morph';
import type { SurfaceWarning } from '../types.ts';
import {
  enumMembers,
  heritageOf,
  kindOf,
  meaningsOf,
  membersOf,
  namespaceMembers,
  printNode,
  signatureOf,
  typeParameters,
} from './describe.ts';
import { isAnyTyped } from './any-typed.ts';
import { readDocs, readTags } from './jsdoc.ts';
import { shapeHasher, type ShapeHasher } from './shape-hash.ts';
import type { DeclarationKind, Meaning, TsDeclaration, TsMember } from './model.ts';
import { declarationPathOf, relativePath, type LoadedPackage } from './program.ts';
import {
  NodeFlags,
  ScriptTarget,
  SymbolFlags,
  SyntaxKind,
  createSourceFile,
  getModifiers,
  isClassDeclaration,
  isEnumDeclaration,
  isFunctionDeclaration,
  isFunctionTypeNode,
  isIdentifier,
  isImportDeclaration,
  isInterfaceDeclaration,
  isModuleDeclaration,
  isNamedImports,
  isNamespaceImport,
  isSourceFile,
  isStringLiteral,
  isTypeAliasDeclaration,
  isTypeLiteralNode,
  isTypeOnlyImportOrExportDeclaration,
  isUnionTypeNode,
  isVariableDeclaration,
  isVariableStatement,
} from './compiler-api.ts';

/** Which kind names an export when several declarations merge under one name. */
const KIND_PRIORITY: DeclarationKind[] = [
  'class',
  'enum',
  'const-enum',
  'function',
  'variable',
  'interface',
  'type',
  'namespace',
  'unknown',
];

function localName(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  return name && (isIdentifier(name) || isStringLiteral(name)) ? name.text : undefined;
}

/** The counterpart of a source declaration in the emitted `.d.ts` (same name, same kind). */
function findInDeclarationFile(dts: ts.SourceFile, node: ts.Node): ts.Node | undefined {
  const name = localName(node);
  const kind = node.kind;
  for (const statement of dts.statements) {
    if (isVariableStatement(statement) && isVariableDeclaration(node)) {
      const found = statement.declarationList.declarations.find((d) => localName(d) === name);
      if (found) return found;
    } else if (statement.kind === kind && localName(statement) === name) {
      return statement;
    } else if (
      kind === SyntaxKind.FunctionDeclaration &&
      !name &&
      isFunctionDeclaration(statement) &&
      !statement.name
    ) {
      return statement;
    }
  }
  // Anonymous default exports are emitted as `declare const _default: …; export default _default`.
  for (const statement of dts.statements) {
    if (isVariableStatement(statement)) {
      const found = statement.declarationList.declarations.find((d) => localName(d) === '_default');
      if (found) return found;
    }
  }
  return undefined;
}

/** Local names a declaration file imports from other packages, with the package they come from. */
function externalImports(file: ts.SourceFile, cache: Map<ts.SourceFile, Map<string, string>>): Map<string, string> {
  let names = cache.get(file);
  if (names) return names;
  names = new Map();
  for (const statement of file.statements) {
    if (!isImportDeclaration(statement) || !isStringLiteral(statement.moduleSpecifier)) continue;
    const from = statement.moduleSpecifier.text;
    if (from.startsWith('.') || from.startsWith('/')) continue;
    const clause = statement.importClause;
    if (clause?.name) names.set(clause.name.text, from);
    const bindings = clause?.namedBindings;
    if (bindings && isNamespaceImport(bindings)) names.set(bindings.name.text, from);
    if (bindings && isNamedImports(bindings)) for (const el of bindings.elements) names.set(el.name.text, from);
  }
  cache.set(file, names);
  return names;
}

interface Context {
  shapes: ShapeHasher;
  described: Map<ts.Node, Described>;
  imports: Map<ts.SourceFile, Map<string, string>>;
  dir: string;
  pkg: LoadedPackage;
  checker: ts.TypeChecker;
  parsed: Map<string, ts.SourceFile>;
  warnings: SurfaceWarning[];
}

function declarationNode(ctx: Context, node: Node): { dtsNode: ts.Node; dtsFile: ts.SourceFile; file?: string } {
  const sf = node.getSourceFile();
  const rel = relativePath(ctx.dir, sf.getFilePath());
  if (sf.isDeclarationFile())
    return { dtsNode: node.compilerNode, dtsFile: sf.compilerNode, ...(ctx.pkg.own.has(rel) ? { file: rel } : {}) };
  const dtsPath = declarationPathOf(rel);
  const text = ctx.pkg.files[dtsPath];
  if (text !== undefined) {
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

interface Described {
  kind: DeclarationKind;
  part: Partial<TsDeclaration>;
  signatures: string[];
  members: TsMember[];
}

/**
 * Describe a declaration node once, however many entry points re-export it (a package's index
 * re-exports most of its modules, and dual CJS/ESM builds double that), and merge it into `into`.
 */
function describeOne(
  ctx: Context,
  node: Node,
  into: Partial<TsDeclaration>,
  signatures: string[],
  members: TsMember[],
): DeclarationKind {
  let described = ctx.described.get(node.compilerNode);
  if (!described) {
    const part: Partial<TsDeclaration> = {};
    const sigs: string[] = [];
    const mems: TsMember[] = [];
    const kind = describeNode(ctx, node, part, sigs, mems);
    described = { kind, part, signatures: sigs, members: mems };
    ctx.described.set(node.compilerNode, described);
  }
  const { part } = described;
  // The described parts are shared by every entry that re-exports the node: nothing edits them after.
  signatures.push(...described.signatures);
  members.push(...described.members);
  if (part.signatures) into.signatures = [...(into.signatures ?? []), ...part.signatures];
  if (part.heritage) into.heritage = [...(into.heritage ?? []), ...part.heritage];
  if (part.typeParameters && !into.typeParameters) into.typeParameters = part.typeParameters;
  if (part.unionMembers) into.unionMembers = [...part.unionMembers];
  if (part.shapeHash) into.shapeHash = into.shapeHash ? `${into.shapeHash}+${part.shapeHash}` : part.shapeHash;
  for (const key of ['abstract', 'constructorVisibility', 'mutable', 'any', 'unlistedMembers'] as const)
    if (part[key] !== undefined) (into as Record<string, unknown>)[key] = part[key];
  if (part.externalModules)
    into.externalModules = [...new Set([...(into.externalModules ?? []), ...part.externalModules])].sort();
  into.tags = { ...part.tags, ...into.tags };
  if (part.docs) into.docs = into.docs ? `${into.docs}\n${part.docs}` : part.docs;
  into.location ??= part.location;
  into.declarationFile ??= part.declarationFile;
  return described.kind;
}

function describeNode(
  ctx: Context,
  node: Node,
  into: Partial<TsDeclaration>,
  signatures: string[],
  members: TsMember[],
): DeclarationKind {
  const { dtsNode, dtsFile, file } = declarationNode(ctx, node);
  const kind = kindOf(dtsNode);
  if (file && !into.declarationFile) into.declarationFile = file;
  if (isSourceFile(dtsNode)) {
    // `export * as ns from './x'`: the namespace's members are the names that file exports.
    const names = [...(node as SourceFile).getExportedDeclarations().keys()].sort();
    signatures.push(`namespace { ${names.join(', ')} }`);
    members.push(...names.map((n) => ({ name: n, kind: 'export' as const, signature: n })));
    into.location ??= { file: relativePath(ctx.dir, (node as SourceFile).getFilePath()), line: 1 };
    return 'namespace';
  }
  if (isVariableDeclaration(dtsNode)) {
    const list = dtsNode.parent as ts.VariableDeclarationList;
    const mutable = (list.flags & (NodeFlags.Const | NodeFlags.Let)) === 0 || (list.flags & NodeFlags.Let) !== 0;
    into.mutable = mutable;
    const type = dtsNode.type
      ? printNode(dtsNode.type, dtsFile)
      : dtsNode.initializer
        ? printNode(dtsNode.initializer, dtsFile)
        : 'any';
    signatures.push(`${mutable ? 'let' : 'const'} ${localName(dtsNode) ?? ''}: ${type}`);
  } else {
    signatures.push(printNode(dtsNode, dtsFile));
  }
  if (isFunctionDeclaration(dtsNode)) {
    // Declaration files repeat overloads; a source implementation signature is not callable.
    if (dtsFile.isDeclarationFile || !dtsNode.body) (into.signatures ??= []).push(signatureOf(dtsNode, dtsFile));
  } else if (isClassDeclaration(dtsNode) || isInterfaceDeclaration(dtsNode)) {
    members.push(...membersOf(dtsNode.members, dtsFile));
    into.heritage = [...(into.heritage ?? []), ...heritageOf(dtsNode, dtsFile)];
    into.typeParameters ??= typeParameters(dtsNode.typeParameters, dtsFile);
    if (isClassDeclaration(dtsNode)) {
      if ((getModifiers(dtsNode) ?? []).some((m) => m.kind === SyntaxKind.AbstractKeyword)) into.abstract = true;
      const ctor = dtsNode.members.find(ts.isConstructorDeclaration);
      const vis =
        ctor &&
        (getModifiers(ctor) ?? []).find(
          (m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.ProtectedKeyword,
        );
      if (vis) into.constructorVisibility = vis.kind === SyntaxKind.PrivateKeyword ? 'private' : 'protected';
    }
  } else if (isTypeAliasDeclaration(dtsNode)) {
    into.typeParameters = typeParameters(dtsNode.typeParameters, dtsFile);
    if (isTypeLiteralNode(dtsNode.type)) members.push(...membersOf(dtsNode.type.members, dtsFile));
    // `Readonly<{…}>`, `Pick<…>`, a mapped type or an intersection: its members are the checker's to list.
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
    const text = signatures[signatures.length - 1] ?? '';
    const modules = [...imported]
      .filter(([name]) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}([^\\w$]|$)`).test(text))
      .map(([, from]) => from);
    if (modules.length > 0) into.externalModules = [...new Set([...(into.externalModules ?? []), ...modules])].sort();
  }
  const tags = readTags(dtsNode);
  into.tags = { ...tags, ...into.tags };
  const docs = readDocs(dtsNode, dtsFile);
  if (docs) into.docs = into.docs ? `${into.docs}\n${docs}` : docs;
  if (isAnyTyped(ctx.checker, node)) into.any = true;
  // Source files carry implementation text; their shape comes from the emitted declarations alone.
  if (!isSourceFile(node.compilerNode) && node.getSourceFile().isDeclarationFile())
    into.shapeHash = ctx.shapes.hash(node.compilerNode);
  if (!into.location) {
    const sf = node.getSourceFile();
    // The compiler's line map, not ts-morph's getStartLineNumber (which counts lines from the top each time).
    const nameNode = Node.hasName(node) ? (node as unknown as { getNameNode(): Node }).getNameNode() : node;
    into.location = {
      file: relativePath(ctx.dir, sf.getFilePath()),
      line: sf.compilerNode.getLineAndCharacterOfPosition(nameNode.getStart()).line + 1,
    };
  }
  return kind;
}

/**
 * `export = f` (CommonJS declarations): consumers import it as the default export
 * (`import f from 'pkg'` with esModuleInterop), so it is recorded under `default`.
 */
function withExportEquals(sf: SourceFile, exported: ReadonlyMap<string, Node[]>): ReadonlyMap<string, Node[]> {
  const assignment = sf.getExportAssignment((a) => a.isExportEquals());
  if (!assignment || exported.has('default')) return exported;
  const symbol = assignment.getExpression().getSymbol();
  const target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
  const declarations = (target?.getDeclarations() ?? []).filter(
    (d) => !Node.isModuleDeclaration(d) || declarationsOnly(d),
  );
  if (declarations.length === 0) return exported;
  return new Map([...exported, ['default', declarations]]);
}

/** A namespace merged into an `export =` function only adds types; the function is the export. */
function declarationsOnly(node: Node): boolean {
  return Node.isModuleDeclaration(node) && node.getStatements().length > 0;
}

/** Names a module exports for types only (`export type { X }`, `export { type X }`, re-exported so anywhere along the way). */
function typeOnlyExports(checker: ts.TypeChecker, file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const module = checker.getSymbolAtLocation(file);
  if (!module) return names;
  for (const exported of checker.getExportsOfModule(module)) {
    for (
      let s: ts.Symbol | undefined = exported, hops = 0;
      s && s.flags & SymbolFlags.Alias && hops < 20;
      s = checker.getImmediateAliasedSymbol(s), hops++
    ) {
      if (s.declarations?.some((d) => isTypeOnlyImportOrExportDeclaration(d))) {
        names.add(exported.name);
        break;
      }
    }
  }
  return names;
}

/** The exported declarations of every entry point, in a stable order. */
export function readDeclarations(dir: string, pkg: LoadedPackage, warnings: SurfaceWarning[]): TsDeclaration[] {
  const checker = pkg.project.getTypeChecker().compilerObject;
  const byEntry: [string, SourceFile, ReadonlyMap<string, Node[]>][] = [];
  for (const [entry, sf] of pkg.entries) {
    try {
      byEntry.push([entry, sf, withExportEquals(sf, sf.getExportedDeclarations())]);
    } catch (error) {
      warnings.push({
        part: 'typescript',
        message: `could not read the exports of ${relativePath(dir, sf.getFilePath())}: ${(error as Error).message}`,
      });
    }
  }
  // Exported declarations are compared on their own; a declaration's shape covers only the
  // non-exported ones it uses, so that one change is reported once, where it was made.
  const exportedNodes = new Set(byEntry.flatMap(([, , map]) => [...map.values()].flat().map((n) => n.compilerNode)));
  const ownFiles = new Set([...pkg.own.values()].filter((sf) => sf.isDeclarationFile()).map((sf) => sf.compilerNode));
  const shapes = shapeHasher(checker, (d) => ownFiles.has(d.getSourceFile()) && !exportedNodes.has(d));
  const ctx: Context = {
    shapes,
    described: new Map(),
    imports: new Map(),
    dir,
    pkg,
    checker,
    parsed: new Map(),
    warnings,
  };
  const out: TsDeclaration[] = [];
  for (const [entry, sf, exported] of byEntry) {
    const typeOnly = typeOnlyExports(checker, sf.compilerNode);
    for (const [name, nodes] of exported) {
      if (nodes.length === 0) {
        warnings.push({
          part: 'typescript',
          message: `export "${name}" of entry "${entry}" does not resolve to a declaration (unresolved or circular re-export)`,
          location: { file: relativePath(dir, sf.getFilePath()) },
        });
        continue;
      }
      const into: Partial<TsDeclaration> = { entry, name, tags: {} };
      const signatures: string[] = [];
      const members: TsMember[] = [];
      const kinds = new Set<DeclarationKind>();
      for (const node of nodes) kinds.add(describeOne(ctx, node, into, signatures, members));
      const kindList = KIND_PRIORITY.filter((k) => kinds.has(k));
      const meanings = new Set<Meaning>();
      for (const node of nodes)
        for (const m of meaningsOf(kindOf(node.compilerNode), node.compilerNode)) meanings.add(m);
      // `export type { Client }`: consumers get the type, not the class they could construct.
      if (typeOnly.has(name)) meanings.delete('value');
      const declaration: TsDeclaration = {
        ...into,
        entry,
        name,
        kind: kindList[0] ?? 'unknown',
        kinds: kindList,
        meanings: [...meanings].sort(),
        signature: signatures.join('; '),
        declarationFile: into.declarationFile ?? '',
        tags: into.tags ?? {},
        ...(members.length > 0 ? { members } : {}),
      } as TsDeclaration;
      if (declaration.heritage?.length === 0) delete declaration.heritage;
      if (declaration.any) {
        warnings.push({
          part: 'typescript',
          message: `export "${name}" of entry "${entry}" is typed any (written so, or through an import that does not resolve): its compatibility cannot be checked`,
          ...(declaration.location ? { location: declaration.location } : {}),
        });
      }
      out.push(declaration);
    }
  }
  return out.sort((a, b) => a.entry.localeCompare(b.entry) || a.name.localeCompare(b.name));
}
