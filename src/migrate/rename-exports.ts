// The codemod for a renamed TypeScript export: imports of the old name from the package (or the
// hint's entry point) and the references bound to them are rewritten, scope-aware, with ts-morph.

import { Node, SyntaxKind, type Identifier, type SourceFile, type ts } from 'ts-morph';
import type { MigrationHint } from '../compat/types.ts';
import { relativePath, type TextEdit } from './code-files.ts';
import type { MigrationStep } from './types.ts';

/** Whether a module specifier imports the entry point the hint is about (`.` is the package itself). */
export function importsEntry(specifier: string, packageName: string, entry: string | undefined): boolean {
  if (entry === undefined) return specifier === packageName || specifier.startsWith(`${packageName}/`);
  return specifier === (entry === '.' ? packageName : `${packageName}/${entry.replace(/^\.\//, '')}`);
}

function replace(file: string, node: Node, text: string): TextEdit {
  return { file, start: node.getStart(), end: node.getEnd(), text };
}

/** The edit for one reference to a renamed binding, keeping object keys and own exports stable. */
function referenceEdit(file: string, id: Identifier, from: string, to: string): TextEdit {
  const parent = id.getParent();
  // `{ oldName }` is also a property key: keep the key, change the value.
  if (Node.isShorthandPropertyAssignment(parent)) return replace(file, id, `${from}: ${to}`);
  // `export { oldName }` re-exports the binding under the dependent's own API name: keep that name.
  if (Node.isExportSpecifier(parent) && !parent.getAliasNode()) return replace(file, id, `${to} as ${from}`);
  return replace(file, id, to);
}

/**
 * The binding an identifier refers to. `{ x }` and `export { x }` name two symbols at once (the
 * property or export, and the local value); the checker has a dedicated question for each.
 */
function boundSymbol(id: Identifier): ts.Symbol | undefined {
  const checker = id.getProject().getTypeChecker().compilerObject;
  const parent = id.getParent();
  if (Node.isShorthandPropertyAssignment(parent)) return checker.getShorthandAssignmentValueSymbol(parent.compilerNode);
  if (Node.isExportSpecifier(parent) && !parent.getAliasNode() && !parent.getExportDeclaration().getModuleSpecifier()) {
    return checker.getExportSpecifierLocalTargetSymbol(parent.compilerNode);
  }
  return id.getSymbol()?.compilerSymbol;
}

function renameInFile(source: SourceFile, packageName: string, hint: MigrationHint): TextEdit[] {
  const file = relativePath(source);
  const { from, to } = hint;
  const edits: TextEdit[] = [];
  const identifiers = source.getDescendantsOfKind(SyntaxKind.Identifier);
  // Renaming references to `to` would capture or shadow a binding that already has that name.
  const nameTaken = identifiers.some((id) => id.getText() === to);
  for (const declaration of source.getImportDeclarations()) {
    if (!importsEntry(declaration.getModuleSpecifierValue(), packageName, hint.scope)) continue;
    for (const named of declaration.getNamedImports()) {
      if (named.getName() !== from) continue;
      const nameNode = named.getNameNode();
      if (named.getAliasNode() || nameTaken) {
        // `import { old as x }` keeps x; with a clash, `import { new as old }` keeps every reference valid.
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

export function renameExportInCode(
  sources: readonly SourceFile[],
  packageName: string,
  hint: MigrationHint,
): { edits: TextEdit[]; steps: MigrationStep[] } {
  const edits: TextEdit[] = [];
  const steps: MigrationStep[] = [];
  for (const source of sources) {
    const found = renameInFile(source, packageName, hint);
    if (found.length === 0) continue;
    const file = relativePath(source);
    const first = Math.min(...found.map((e) => e.start));
    edits.push(...found);
    steps.push({
      kind: 'rename-export',
      file,
      line: source.compilerNode.getLineAndCharacterOfPosition(first).line + 1,
      description: `${file}: export "${hint.from}" → "${hint.to}" (${found.length} place${found.length === 1 ? '' : 's'})`,
    });
  }
  return { edits, steps };
}
