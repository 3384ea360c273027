// JSDoc of a declaration: `@deprecated`, release tags (`@public` `@beta` `@alpha` `@internal`),
// `@hidden`, and the comment text itself so that doc-only edits can be told apart.

import type { ts } from 'ts-morph';
import type { ReleaseTag, TsTags } from './model.ts';
import {
  ScriptTarget,
  createSourceFile,
  getJSDocTags,
  getLeadingCommentRanges,
  getTextOfJSDocComment,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
} from './compiler-api.ts';

const RELEASE_TAGS: ReadonlySet<string> = new Set(['public', 'beta', 'alpha', 'experimental', 'internal']);

/** The node a declaration's doc comment is written before: a variable's statement. */
function docHost(node: ts.Node): ts.Node {
  return isVariableDeclaration(node) &&
    isVariableDeclarationList(node.parent) &&
    isVariableStatement(node.parent.parent)
    ? node.parent.parent
    : node;
}

/** A doc comment that may hold one of the tags read here (the rest are never parsed). */
const TAGGED = /@(?:deprecated|public|beta|alpha|experimental|internal|hidden|ignore)(?![\w-])/;

/**
 * The tags of the doc comment that belongs to a node: the last `/** … *\/` before it, as TypeScript
 * reads it. The package's files are parsed without doc comments (most are never asked for, and
 * parsing them all costs a fifth of the parse); the few comments that carry a tag read here are
 * parsed on demand, before a stand-in statement so that the compiler attaches them as it would.
 */
function ownDocTags(node: ts.Node): readonly ts.JSDocTag[] {
  const host = docHost(node);
  const text = host.getSourceFile()?.text;
  if (text === undefined) return [];
  const ranges = getLeadingCommentRanges(text, host.pos) ?? [];
  const doc = ranges.findLast(({ pos }) => text.startsWith('/**', pos) && !text.startsWith('/**/', pos));
  const comment = doc && text.slice(doc.pos, doc.end);
  if (!comment || !TAGGED.test(comment)) return [];
  const stand = createSourceFile('doc.ts', `${comment}\ndeclare const _: 0;`, ScriptTarget.Latest, true);
  return getJSDocTags(stand.statements[0]!);
}

/** The tags that change what a declaration promises. */
export function readTags(node: ts.Node): TsTags {
  const tags: TsTags = {};
  for (const tag of ownDocTags(node)) {
    const name = tag.tagName.text;
    if (name === 'deprecated') tags.deprecated = (getTextOfJSDocComment(tag.comment) ?? '').trim();
    else if (RELEASE_TAGS.has(name)) tags.release ??= name as ReleaseTag;
    else if (name === 'hidden' || name === 'ignore') tags.hidden = true;
  }
  return tags;
}

/**
 * The doc comments of the declaration and of everything inside it (members, parameters),
 * whitespace-normalized, so that an edit to a member's documentation is seen too.
 */
export function readDocs(node: ts.Node, file: ts.SourceFile): string {
  const host = isVariableDeclaration(node) ? node.parent.parent : node;
  const text = file.text.slice(host.getFullStart(), host.getEnd());
  if (!text.includes('/**')) return '';
  return (text.match(/\/\*\*[\s\S]*?\*\//g) ?? []).join('\n').replace(/\s+/g, ' ').trim();
}
