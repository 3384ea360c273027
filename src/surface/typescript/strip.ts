// The declaration files a snapshot keeps for the diff's type-check: the package's own `.d.ts`
// text, minus what makes classes nominal.

import { ts } from 'ts-morph';

/**
 * Private and protected members make classes nominal: the old and the new `Server` would never be
 * assignable to each other even when nothing a consumer can touch changed. Consumers cannot use
 * them, so the declaration files kept for the diff drop them (visibility changes are recorded in
 * each declaration's members).
 */
export function stripNominalMembers(fileName: string, text: string, parsed?: ts.SourceFile): string {
  if (!/\b(private|protected)\b|#private/.test(text)) return text;
  const sf = parsed ?? ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      for (const member of node.members) {
        const hidden =
          (member.name && ts.isPrivateIdentifier(member.name)) ||
          (ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword));
        if (hidden && !ts.isConstructorDeclaration(member)) cuts.push([member.getFullStart(), member.getEnd()]);
      }
    }
    ts.forEachChild(node, visit);
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

