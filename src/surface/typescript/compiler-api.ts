// The compiler API that runs on every node, as plain bindings. ts-morph hands TypeScript over as one
// object whose every export is a getter, so `ts.isIdentifier(node)`, or a `switch` over
// `ts.SyntaxKind.…` cases, calls a function before doing anything. In the walks over every node of
// a package, those calls cost more than the work they guard (the minimum-version walk ran 2.5 times
// slower); read once here, they are module constants.

import { ts } from 'ts-morph';

export const {
  DiagnosticCategory, EmitHint, NodeFlags, ScriptTarget, SymbolFlags, SyntaxKind,
  canHaveModifiers, createPrinter, createSourceFile, forEachChild, getJSDocTags,
  getLeadingCommentRanges, getModifiers, getTextOfJSDocComment, isArrayTypeNode,
  isCallSignatureDeclaration, isClassDeclaration, isClassExpression, isConstTypeReference,
  isConstructSignatureDeclaration, isConstructorDeclaration, isConstructorTypeNode,
  isEnumDeclaration, isExportDeclaration, isExpressionWithTypeArguments, isExternalModule,
  isFunctionDeclaration, isFunctionTypeNode, isGetAccessorDeclaration, isIdentifier,
  isImportDeclaration, isIndexSignatureDeclaration, isInterfaceDeclaration, isMappedTypeNode,
  isMethodDeclaration, isMethodSignature, isModuleBlock, isModuleDeclaration, isNamedImports,
  isNamedTupleMember, isNamespaceExport, isNamespaceImport, isPrivateIdentifier,
  isPropertyAccessExpression, isPropertyDeclaration, isPropertySignature, isQualifiedName,
  isRestTypeNode, isSetAccessorDeclaration, isSourceFile, isStringLiteral, isTypeAliasDeclaration,
  isTypeLiteralNode, isTypeOnlyImportOrExportDeclaration, isTypeParameterDeclaration,
  isTypeQueryNode, isTypeReferenceNode, isUnionTypeNode, isVariableDeclaration,
  isVariableDeclarationList, isVariableStatement,
} = ts;
