// Turns one declaration node of a `.d.ts` file into its recorded shape: normalized text, kind,
// signatures, members with modifiers, heritage. Purely syntactic: the checker is not needed here.

import type { ts } from 'ts-morph';
import type {
  DeclarationKind,
  Meaning,
  MemberKind,
  TsMember,
  TsParameter,
  TsSignature,
  TsTypeParameter,
  Visibility,
} from './model.ts';
import { readTags } from './jsdoc.ts';
import {
  EmitHint,
  SyntaxKind,
  canHaveModifiers,
  createPrinter,
  getModifiers,
  isCallSignatureDeclaration,
  isClassDeclaration,
  isConstructSignatureDeclaration,
  isConstructorDeclaration,
  isEnumDeclaration,
  isExportDeclaration,
  isFunctionDeclaration,
  isGetAccessorDeclaration,
  isIdentifier,
  isImportDeclaration,
  isIndexSignatureDeclaration,
  isInterfaceDeclaration,
  isMethodDeclaration,
  isMethodSignature,
  isModuleBlock,
  isModuleDeclaration,
  isPropertyDeclaration,
  isPropertySignature,
  isSetAccessorDeclaration,
  isSourceFile,
  isTypeAliasDeclaration,
  isVariableDeclaration,
  isVariableStatement,
} from './compiler-api.ts';

const printer = createPrinter({ removeComments: true, omitTrailingSemicolon: false });

/** Printed nodes: a declaration is printed for its signature and again for its shape fingerprint. */
const printed = new WeakMap<ts.Node, string>();

/**
 * Printed text by source text: the printer's output depends on the node's text alone (and on the
 * file's language variant, under which `<T>(x: T) => x` parses otherwise), and most of it comes
 * twice, from the two builds of a dual package and from the two versions of one diff.
 */
const printedText = [new Map<string, string>(), new Map<string, string>()];
/** Beyond this many, the memo starts over (a long-running process reads many packages). */
const MAX_PRINTED_TEXTS = 200_000;

/** The declaration as text, comments removed and layout normalized to one line. */
export function printNode(node: ts.Node, file: ts.SourceFile): string {
  let normalized = printed.get(node);
  if (normalized === undefined) {
    const source = file.text.slice(node.pos, node.end);
    const memo = printedText[file.languageVariant]!;
    normalized = memo.get(source);
    if (normalized === undefined) {
      if (memo.size >= MAX_PRINTED_TEXTS) memo.clear();
      normalized = normalize(printer.printNode(EmitHint.Unspecified, node, file));
      memo.set(source, normalized);
    }
    printed.set(node, normalized);
  }
  return normalized;
}

function normalize(text: string): string {
  let out = text;
  // Quote style is not API: 'a' and "a" must print alike or the same declaration looks changed.
  if (out.includes("'")) out = out.replace(/'((?:[^'"\\\n]|\\.)*)'/g, '"$1"');
  // Most printed nodes are one line already; the rest are collapsed to one.
  if (/\s\s|[^\S ]/.test(out)) out = out.replace(/\s+/g, ' ');
  return withoutTrailingSemicolon(out);
}

/**
 * `text.replace(/\s*;\s*$/, '').trim()`, by hand: the regular expression is tried at every
 * position of the text, and this runs on every printed node.
 */
function withoutTrailingSemicolon(text: string): string {
  const space = (at: number) => /\s/.test(text[at]!);
  let end = text.length;
  while (end > 0 && space(end - 1)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 59 /* ; */) {
    end--;
    while (end > 0 && space(end - 1)) end--;
  }
  let start = 0;
  while (start < end && space(start)) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function printType(node: ts.TypeNode | undefined, file: ts.SourceFile): string {
  return node ? printNode(node, file) : 'any';
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return canHaveModifiers(node) && (getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function visibilityOf(node: ts.Node): Visibility {
  if (hasModifier(node, SyntaxKind.PrivateKeyword)) return 'private';
  if (hasModifier(node, SyntaxKind.ProtectedKeyword)) return 'protected';
  return 'public';
}

/** Whether a namespace has a runtime value (anything but types inside). */
function isInstantiated(node: ts.ModuleDeclaration): boolean {
  const body = node.body;
  if (!body) return false;
  if (isModuleDeclaration(body)) return isInstantiated(body);
  if (!isModuleBlock(body)) return false;
  return body.statements.some(
    (s) =>
      !isInterfaceDeclaration(s) &&
      !isTypeAliasDeclaration(s) &&
      !isImportDeclaration(s) &&
      !isExportDeclaration(s) &&
      (!isModuleDeclaration(s) || isInstantiated(s)),
  );
}

export function kindOf(node: ts.Node): DeclarationKind {
  if (isFunctionDeclaration(node)) return 'function';
  if (isClassDeclaration(node)) return 'class';
  if (isInterfaceDeclaration(node)) return 'interface';
  if (isTypeAliasDeclaration(node)) return 'type';
  if (isEnumDeclaration(node)) return hasModifier(node, SyntaxKind.ConstKeyword) ? 'const-enum' : 'enum';
  if (isVariableDeclaration(node)) return 'variable';
  if (isModuleDeclaration(node) || isSourceFile(node)) return 'namespace';
  return 'unknown';
}

export function meaningsOf(kind: DeclarationKind, node: ts.Node): Meaning[] {
  switch (kind) {
    case 'class':
    case 'enum':
    case 'const-enum':
      return ['type', 'value'];
    case 'function':
    case 'variable':
      return ['value'];
    case 'interface':
    case 'type':
      return ['type'];
    case 'namespace':
      // A namespace holding only types has no runtime value.
      return isModuleDeclaration(node) && !isInstantiated(node) ? ['namespace'] : ['namespace', 'value'];
    default:
      return [];
  }
}

function parameters(
  list: readonly ts.ParameterDeclaration[],
  file: ts.SourceFile,
): { params: TsParameter[]; thisType?: string } {
  const params: TsParameter[] = [];
  let thisType: string | undefined;
  for (const p of list) {
    const name = p.name.getText(file);
    if (name === 'this') {
      thisType = printType(p.type, file);
      continue;
    }
    params.push({
      name,
      type: printType(p.type, file),
      optional: !!p.questionToken || !!p.initializer,
      rest: !!p.dotDotDotToken,
    });
  }
  return thisType ? { params, thisType } : { params };
}

export function typeParameters(
  list: readonly ts.TypeParameterDeclaration[] | undefined,
  file: ts.SourceFile,
): TsTypeParameter[] {
  return (list ?? []).map((tp) => ({
    name: tp.name.text,
    ...(tp.constraint ? { constraint: printNode(tp.constraint, file) } : {}),
    ...(tp.default ? { default: printNode(tp.default, file) } : {}),
  }));
}

export function signatureOf(node: ts.SignatureDeclarationBase, file: ts.SourceFile): TsSignature {
  const { params, thisType } = parameters(node.parameters, file);
  return {
    parameters: params,
    returnType: isConstructorDeclaration(node) ? 'void' : printType(node.type, file),
    typeParameters: typeParameters(node.typeParameters, file),
    ...(thisType ? { thisType } : {}),
  };
}

function memberName(node: ts.ClassElement | ts.TypeElement, file: ts.SourceFile): string {
  if (isConstructorDeclaration(node)) return 'constructor';
  if (isCallSignatureDeclaration(node)) return '()';
  if (isConstructSignatureDeclaration(node)) return 'new()';
  if (isIndexSignatureDeclaration(node)) return `[${node.parameters.map((p) => printType(p.type, file)).join(', ')}]`;
  return node.name ? node.name.getText(file) : '';
}

function memberKind(node: ts.Node): MemberKind | undefined {
  if (isPropertyDeclaration(node) || isPropertySignature(node)) return 'property';
  if (isMethodDeclaration(node) || isMethodSignature(node)) return 'method';
  if (isConstructorDeclaration(node)) return 'constructor';
  if (isGetAccessorDeclaration(node)) return 'get';
  if (isSetAccessorDeclaration(node)) return 'set';
  if (isIndexSignatureDeclaration(node)) return 'index';
  if (isCallSignatureDeclaration(node)) return 'call';
  if (isConstructSignatureDeclaration(node)) return 'construct';
  return undefined;
}

/** Members of a class, interface or object type literal; overloads of one method are merged. */
export function membersOf(elements: readonly (ts.ClassElement | ts.TypeElement)[], file: ts.SourceFile): TsMember[] {
  const members: TsMember[] = [];
  const byKey = new Map<string, TsMember>();
  for (const el of elements) {
    const kind = memberKind(el);
    if (!kind) continue;
    const name = memberName(el, file);
    // `#private` fields are not reachable from outside and carry no type in declarations.
    if (name.startsWith('#')) continue;
    const isStatic = hasModifier(el, SyntaxKind.StaticKeyword);
    const key = `${isStatic ? 'static ' : ''}${kind === 'get' || kind === 'set' ? 'property' : kind}:${name}`;
    const signature = printNode(el, file);
    const sig =
      isMethodDeclaration(el) ||
      isMethodSignature(el) ||
      isConstructorDeclaration(el) ||
      isCallSignatureDeclaration(el) ||
      isConstructSignatureDeclaration(el)
        ? signatureOf(el, file)
        : undefined;
    const existing = byKey.get(key);
    if (existing) {
      existing.signature += `; ${signature}`;
      if (sig) (existing.signatures ??= []).push(sig);
      // A getter without a setter is read-only; a setter next to it makes the property writable.
      if (kind === 'set') delete existing.readonly;
      continue;
    }
    const type =
      isPropertyDeclaration(el) || isPropertySignature(el)
        ? printType(el.type, file)
        : isGetAccessorDeclaration(el)
          ? printType(el.type, file)
          : isSetAccessorDeclaration(el)
            ? printType(el.parameters[0]?.type, file)
            : isIndexSignatureDeclaration(el)
              ? printType(el.type, file)
              : undefined;
    const member: TsMember = {
      name,
      kind: kind === 'get' || kind === 'set' ? 'property' : kind,
      signature,
      ...(type !== undefined ? { type } : {}),
      ...((isPropertyDeclaration(el) || isPropertySignature(el) || isMethodDeclaration(el) || isMethodSignature(el)) &&
      el.questionToken
        ? { optional: true }
        : {}),
      ...(hasModifier(el, SyntaxKind.ReadonlyKeyword) || kind === 'get' ? { readonly: true } : {}),
      ...(isStatic ? { static: true } : {}),
      ...(hasModifier(el, SyntaxKind.AbstractKeyword) ? { abstract: true } : {}),
      ...(visibilityOf(el) !== 'public' ? { visibility: visibilityOf(el) } : {}),
      ...(sig ? { signatures: [sig] } : {}),
      ...(readTags(el).deprecated !== undefined ? { deprecated: true } : {}),
    };
    byKey.set(key, member);
    members.push(member);
  }
  return members;
}

export function heritageOf(node: ts.ClassDeclaration | ts.InterfaceDeclaration, file: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const clause of node.heritageClauses ?? []) {
    const word = clause.token === SyntaxKind.ExtendsKeyword ? 'extends' : 'implements';
    for (const t of clause.types) out.push(`${word} ${printNode(t, file)}`);
  }
  return out;
}

export function enumMembers(node: ts.EnumDeclaration, file: ts.SourceFile): TsMember[] {
  let next = 0;
  return node.members.map((m) => {
    // Declaration files spell out every value; sources may rely on auto-increment.
    let value: string | undefined = m.initializer ? printNode(m.initializer, file) : String(next);
    const numeric = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
    next = numeric !== undefined ? numeric + 1 : next + 1;
    if (!m.initializer && numeric === undefined) value = undefined;
    return {
      name: m.name.getText(file),
      kind: 'enum-member' as const,
      signature: printNode(m, file),
      ...(value !== undefined ? { value } : {}),
    };
  });
}

/** The names a namespace declaration exports, as members. */
export function namespaceMembers(node: ts.ModuleDeclaration, file: ts.SourceFile): TsMember[] {
  const members: TsMember[] = [];
  const visit = (body: ts.ModuleBody | undefined) => {
    if (!body) return;
    if (isModuleDeclaration(body)) return visit(body.body);
    if (!isModuleBlock(body)) return;
    for (const s of body.statements) {
      // Inside `declare namespace`, every statement is exported unless the block uses `export` explicitly.
      const names: string[] = isVariableStatement(s)
        ? s.declarationList.declarations.map((d) => d.name.getText(file))
        : 'name' in s && s.name && isIdentifier(s.name as ts.Node)
          ? [(s.name as ts.Identifier).text]
          : [];
      for (const name of names) members.push({ name, kind: 'export', signature: printNode(s, file) });
    }
  };
  visit(node.body);
  return members;
}
