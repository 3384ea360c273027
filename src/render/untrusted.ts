// Text that mcpver did not write — a person's comment, a model's advice, a server's descriptions —
// shown in GitHub markdown so that it can only be read: no mention that notifies a team, no image
// that loads a URL, no HTML, and no hidden marker that mcpver (or another bot) would later take for
// its own.

/** The longest piece of someone else's text repeated in a reply. */
export const MAX_QUOTED_CHARS = 200;

/** HTML comments, and the halves of one, which hide text and carry bots' markers. */
const COMMENT_PARTS = /<!--|--!?>/g;
/** Characters that hide text or reorder it: zero-width, bidi controls, Unicode tags (U+E0000–E007F). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

/** Without markers, invisible characters and line breaks, cut to `max` characters. */
function flatten(text: string, max: number): string {
  const flat = text
    .replace(COMMENT_PARTS, ' ')
    .replace(INVISIBLE, '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * One line of someone else's text as an inline code span: markdown, mentions, images and HTML are
 * shown, not rendered. Backticks in the text cannot close the span (CommonMark: the fence is longer
 * than any run of backticks inside, and padded where the text starts or ends with one).
 */
export function codeSpan(text: string, max = MAX_QUOTED_CHARS): string {
  const flat = flatten(text, max) || ' ';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A model's paragraph made safe to show under mcpver's label: HTML (and with it every marker) is
 * escaped, @mentions become code, images become their link, and each line is quoted so that the
 * text cannot start a heading or a section that would read as mcpver's own.
 */
export function neutralizeModelText(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // `@org/team` and `@user` notify people; in code they do not.
      .replace(/(^|[^\w`])@([A-Za-z0-9][\w-]*(?:\/[\w.-]+)?)/g, '$1`@$2`')
      // `![alt](url)` loads the URL when the comment is viewed; `[alt](url)` only when clicked.
      .replace(/!\[/g, '[')
      .trim()
      .split(/\r?\n/)
      .map((line) => `> ${line}`.trimEnd())
      .join('\n')
  );
}
