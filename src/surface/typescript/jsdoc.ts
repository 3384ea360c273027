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

/** The doc comments attached to the node, whitespace-normalized (empty when there are none). */
export function readDocs(node: ts.Node, file: ts.SourceFile): string {
  const host = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const docs = ts.getJSDocCommentsAndTags(host).filter((d) => ts.isJSDoc(d));
  return docs.map((d) => d.getText(file)).join('\n').replace(/\s+/g, ' ').trim();
}
