// The declaration files a snapshot keeps for the diff's type-check: the package's own `.d.ts`
// text, minus what makes classes nominal.

import type { ts } from 'ts-morph';
import {
  ScriptTarget,
  SyntaxKind,
  canHaveModifiers,
  createSourceFile,
  forEachChild,
  getModifiers,
  isClassDeclaration,
  isClassExpression,
  isConstructorDeclaration,
  isPrivateIdentifier,
} from './compiler-api.ts';

/**
 * Private and protected members make classes nominal: the old and the new `Server` would never be
 * assignable to each other even when nothing a consumer can touch changed. Consumers cannot use
 * them, so the declaration files kept for the diff drop them (visibility changes are recorded in
 * each declaration's members).
 */
export function stripNominalMembers(fileName: string, text: string, parsed?: ts.SourceFile): string {
  if (!/\b(private|protected)\b|#private/.test(text)) return text;
  const sf = parsed ?? createSourceFile(fileName, text, ScriptTarget.Latest, false);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (isClassDeclaration(node) || isClassExpression(node)) {
      for (const member of node.members) {
        const hidden =
          (member.name && isPrivateIdentifier(member.name)) ||
          (canHaveModifiers(member) &&
            (getModifiers(member) ?? []).some(
              (m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.ProtectedKeyword,
            ));
        if (hidden && !isConstructorDeclaration(member)) cuts.push([member.getFullStart(), member.getEnd()]);
      }
    }
    forEachChild(node, visit);
  };
  visit(sf);
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}
