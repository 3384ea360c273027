// Whether an export is typed `any` (written so, or through a name that does not resolve): such an
// export is flagged, never called compatible by accident. The checker resolves the whole type, so
// it is asked only where the annotation could be `any` at all.

import { Node, ts } from 'ts-morph';

/**
 * Annotations whose type cannot be `any` whatever else they name: object, function and tuple types,
 * literals, keywords other than `any`, references to a class, interface or enum, and unions or
 * intersections of those. The rest (other references, conditional and indexed types, a missing
 * annotation) are asked of the checker, which resolves the whole type.
 */
function cannotBeAny(checker: ts.TypeChecker, type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  switch (type.kind) {
    case ts.SyntaxKind.TypeLiteral:
    case ts.SyntaxKind.MappedType:
    case ts.SyntaxKind.FunctionType:
    case ts.SyntaxKind.ConstructorType:
    case ts.SyntaxKind.TupleType:
    case ts.SyntaxKind.ArrayType:
    case ts.SyntaxKind.TypeOperator:
    case ts.SyntaxKind.LiteralType:
    case ts.SyntaxKind.TemplateLiteralType:
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BooleanKeyword:
    case ts.SyntaxKind.BigIntKeyword:
    case ts.SyntaxKind.SymbolKeyword:
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.NeverKeyword:
    case ts.SyntaxKind.VoidKeyword:
    case ts.SyntaxKind.UndefinedKeyword:
    case ts.SyntaxKind.TypePredicate:
      return true;
    case ts.SyntaxKind.ParenthesizedType:
      return cannotBeAny(checker, (type as ts.ParenthesizedTypeNode).type);
    case ts.SyntaxKind.UnionType:
    case ts.SyntaxKind.IntersectionType:
      return (type as ts.UnionOrIntersectionTypeNode).types.every((t) => cannotBeAny(checker, t));
    case ts.SyntaxKind.TypeReference: {
      let symbol = checker.getSymbolAtLocation((type as ts.TypeReferenceNode).typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      return !!symbol && (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum)) !== 0;
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
    if (Node.isFunctionDeclaration(node)) return !cannotBeAny(checker, node.compilerNode.type) && node.getReturnType().isAny();
  } catch {
    // A declaration the checker cannot type is reported by the diagnostics already.
  }
  return false;
}
