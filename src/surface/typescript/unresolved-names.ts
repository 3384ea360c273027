// The check of large packages' declarations (program.ts, `names`): names and module specifiers that
// resolve to nothing, which is what makes types silently unknown, found without a full type-check.

import type { ts } from 'ts-morph';
import {
  DiagnosticCategory,
  NodeFlags,
  SymbolFlags,
  forEachChild,
  isExportDeclaration,
  isExpressionWithTypeArguments,
  isExternalModule,
  isConstTypeReference,
  isIdentifier,
  isImportDeclaration,
  isMappedTypeNode,
  isModuleBlock,
  isPropertyAccessExpression,
  isQualifiedName,
  isSourceFile,
  isStringLiteral,
  isTypeReferenceNode,
  isVariableDeclaration,
} from './compiler-api.ts';

/** The checker answers an unresolved name with its "unknown" symbol, which has no declarations. */
function resolves(symbol: ts.Symbol | undefined): symbol is ts.Symbol {
  return symbol !== undefined && (symbol.declarations?.length ?? 0) > 0;
}

/** What the binder declared at a file's top level, imports included: names that resolve anywhere in it. */
function fileLocals(file: ts.SourceFile): ReadonlyMap<ts.__String, ts.Symbol> | undefined {
  return (file as unknown as { locals?: ReadonlyMap<ts.__String, ts.Symbol> }).locals;
}

/**
 * Whether every declaration of a symbol is global: at the top of a script (the standard library, a
 * global declaration file) or of a `declare global` block. Such a name resolves from any file; a
 * type parameter, a namespace's member or a module's own declaration does not.
 */
function isGlobal(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).every((d) => {
    const scope = (isVariableDeclaration(d) ? d.parent.parent : d).parent;
    if (isSourceFile(scope)) return !isExternalModule(scope);
    return isModuleBlock(scope) && (scope.parent.flags & NodeFlags.GlobalAugmentation) !== 0;
  });
}

/** The type parameters a node declares for its own subtree (`interface Box<T>`, `{ [K in keyof T]: … }`). */
function declaredTypeParameters(node: ts.Node): readonly ts.TypeParameterDeclaration[] | undefined {
  if (isMappedTypeNode(node)) return [node.typeParameter];
  return (node as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
}

/**
 * Names in type positions and module specifiers of `files` that resolve to nothing, as the
 * compiler's diagnostics (TS2304, TS2307). Asking the checker costs more than the walk, so a name
 * is asked only when nothing cheaper tells: type parameters in scope, the file's own top-level
 * names and imports, and names already seen to be globals.
 */
export function unresolvedNames(program: ts.Program, files: readonly ts.SourceFile[]): ts.Diagnostic[] {
  const checker = program.getTypeChecker();
  const out: ts.Diagnostic[] = [];
  const report = (file: ts.SourceFile, node: ts.Node, code: number, messageText: string) =>
    out.push({
      file,
      start: node.getStart(file),
      length: node.getWidth(file),
      code,
      category: DiagnosticCategory.Error,
      messageText,
    });
  const globals = new Set<string>();
  for (const file of files) {
    const locals = fileLocals(file);
    const resolvesAt = (name: ts.Identifier, typeParameters: ReadonlySet<string>, inType: boolean): boolean => {
      if (typeParameters.has(name.text) || globals.has(name.text)) return true;
      // A value in a type position (`type T = x`) is asked: the checker finds no type there.
      const local = locals?.get(name.escapedText);
      if (local && (!inType || local.flags & (SymbolFlags.Type | SymbolFlags.Namespace | SymbolFlags.Alias)))
        return true;
      const symbol = checker.getSymbolAtLocation(name);
      if (!resolves(symbol)) return false;
      // What resolves inside a namespace or through an `infer` may not resolve elsewhere: asked again there.
      if (isGlobal(symbol)) globals.add(name.text);
      return true;
    };
    const visit = (node: ts.Node, typeParameters: ReadonlySet<string>): void => {
      if (
        (isImportDeclaration(node) || isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        isStringLiteral(node.moduleSpecifier)
      ) {
        if (!checker.getSymbolAtLocation(node.moduleSpecifier))
          report(
            file,
            node.moduleSpecifier,
            2307,
            `Cannot find module '${node.moduleSpecifier.text}' or its corresponding type declarations.`,
          );
      } else if ((isTypeReferenceNode(node) && !isConstTypeReference(node)) || isExpressionWithTypeArguments(node)) {
        // `x as const` is written as a reference to a type named `const`: it names nothing.
        let name: ts.Node = isTypeReferenceNode(node) ? node.typeName : node.expression;
        while (isQualifiedName(name)) name = name.left;
        while (isPropertyAccessExpression(name)) name = name.expression;
        if (isIdentifier(name) && !resolvesAt(name, typeParameters, isTypeReferenceNode(node)))
          report(file, name, 2304, `Cannot find name '${name.text}'.`);
      }
      const declared = declaredTypeParameters(node);
      const inScope = declared?.length
        ? new Set([...typeParameters, ...declared.map((p) => p.name.text)])
        : typeParameters;
      forEachChild(node, (child) => visit(child, inScope));
    };
    visit(file, new Set());
  }
  return out;
}
