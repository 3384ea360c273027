// JSDoc of a declaration: `@deprecated`, release tags (`@public` `@beta` `@alpha` `@internal`),
// `@hidden`, and the comment text itself so that doc-only edits can be told apart.

import { ts } from 'ts-morph';
import type { ReleaseTag, TsTags } from './model.ts';

const RELEASE_TAGS: ReadonlySet<string> = new Set(['public', 'beta', 'alpha', 'experimental', 'internal']);

/** The tags that change what a declaration promises. */
export function readTags(node: ts.Node): TsTags {
  const tags: TsTags = {};
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.text;
    if (name === 'deprecated') tags.deprecated = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
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
  const host = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const text = file.text.slice(host.getFullStart(), host.getEnd());
  return (text.match(/\/\*\*[\s\S]*?\*\//g) ?? []).join('\n').replace(/\s+/g, ' ').trim();
}
