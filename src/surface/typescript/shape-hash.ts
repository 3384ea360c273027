// A fingerprint of everything a declaration's shape depends on inside the package: its own text and,
// transitively, the declarations it references. An exported function whose parameter type is a
// non-exported `Options` changes when `Options` does, though its own text stays the same.

import { hash as digest } from 'node:crypto';
import type { ts } from 'ts-morph';
import { printNode } from './describe.ts';
import {
  SymbolFlags,
  forEachChild,
  isExpressionWithTypeArguments,
  isTypeParameterDeclaration,
  isTypeQueryNode,
  isTypeReferenceNode,
  isVariableDeclaration,
  isVariableDeclarationList,
} from './compiler-api.ts';

export interface ShapeHasher {
  hash(node: ts.Node): string;
}

/** The declaration statement a node belongs to (a variable declaration prints with its statement). */
function printable(node: ts.Node): ts.Node {
  return isVariableDeclaration(node) && isVariableDeclarationList(node.parent) ? node.parent.parent : node;
}

/** `follow` says which referenced declarations count: the package's own, not exported ones. */
export function shapeHasher(checker: ts.TypeChecker, follow: (declaration: ts.Node) => boolean): ShapeHasher {
  const memo = new Map<ts.Node, string>();
  const inProgress = new Set<ts.Node>();

  const referenced = (node: ts.Node): ts.Node[] => {
    const found = new Set<ts.Node>();
    const visit = (n: ts.Node): void => {
      let name: ts.Node | undefined;
      if (isTypeReferenceNode(n)) name = n.typeName;
      else if (isExpressionWithTypeArguments(n)) name = n.expression;
      else if (isTypeQueryNode(n)) name = n.exprName;
      if (name) {
        let symbol = checker.getSymbolAtLocation(name);
        if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const d of symbol?.declarations ?? []) {
          // Type parameters, other packages' and exported declarations are compared by their own text.
          if (!isTypeParameterDeclaration(d) && follow(d) && d !== node) found.add(d);
        }
      }
      forEachChild(n, visit);
    };
    visit(node);
    return [...found];
  };

  const hash = (node: ts.Node): string => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    // A recursive type refers back to itself: its own text already stands for it.
    if (inProgress.has(node)) return '';
    inProgress.add(node);
    // One string hashed at once: what an incremental hash fed the same parts would give.
    const text = [printNode(printable(node), node.getSourceFile()), ...referenced(node).map(hash).sort()].join('\0');
    inProgress.delete(node);
    const fingerprint = digest('sha1', text, 'hex').slice(0, 16);
    memo.set(node, fingerprint);
    return fingerprint;
  };

  return { hash };
}
