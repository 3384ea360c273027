// Whether an export is typed `any` (written so, or through a name that does not resolve): such an
// export is flagged, never called compatible by accident. The checker resolves the whole type, so
// it is asked only where the annotation could be `any` at all.

import { Node, ts } from 'ts-morph';
import { SymbolFlags, SyntaxKind } from './compiler-api.ts';

/**
 * Annotations whose type cannot be `any` whatever else they name: object, function and tuple types,
 * literals, keywords other than `any`, references to a class, interface or enum, and unions or
 * intersections of those. The rest (other references, conditional and indexed types, a missing
 * annotation) are asked of the checker, which resolves the whole type.
 */
function cannotBeAny(checker: ts.TypeChecker, type: ts.TypeNode | undefined): boolean {
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
      return cannotBeAny(checker, (type as ts.ParenthesizedTypeNode).type);
    case SyntaxKind.UnionType:
    case SyntaxKind.IntersectionType:
      return (type as ts.UnionOrIntersectionTypeNode).types.every((t) => cannotBeAny(checker, t));
    case SyntaxKind.TypeReference: {
      let symbol = checker.getSymbolAtLocation((type as ts.TypeReferenceNode).typeName);
      if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      return !!symbol && (symbol.flags & (SymbolFlags.Class | SymbolFlags.Interface | SymbolFlags.Enum)) !== 0;
    }
    default:
      return false;
  }
}

/** Whether an exported variable, type alias or function (its result) is typed `any`. */
export function isAnyTyped(checker: ts.TypeChecker, node: Node): boolean {
  try {
    if (Node.isVariableDeclaration(node) || Node.isTypeAliasDeclaration(node)) {
      return !cannotBeAny(checker, node.compilerNode.type) && node.getType().isAny();
    }
    if (Node.isFunctionDeclaration(node))
      return !cannotBeAny(checker, node.compilerNode.type) && node.getReturnType().isAny();
  } catch {
    // A declaration the checker cannot type is reported by the diagnostics already.
  }
  return false;
}
