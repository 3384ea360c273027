// GitHub-flavoured markdown as GitHub shows it in a comment: marked (GFM, with GitHub's alerts) and
// github-markdown-css in a column as wide as a comment's body, with GitHub's colouring of ```diff
// blocks (a line starting with `+` green, `-` red), which is what the A/B forest plot relies on.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Marked, type Tokens } from 'marked';
import markedAlert from 'marked-alert';

const require = createRequire(import.meta.url);

/** The width of the markdown in a pull request or issue comment on github.com (the box is 896 px, its body padded by 16). */
export const COMMENT_COLUMN_PX = 896;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GitHub's highlighter marks a diff's inserted and deleted lines with these classes (github-markdown-css colours them). */
function diffBlock(text: string): string {
  const lines = text.split('\n').map((line) => {
    const css = line.startsWith('+') ? 'pl-mi1' : line.startsWith('-') ? 'pl-md' : null;
    return css ? `<span class="${css}">${escape(line)}</span>` : escape(line);
  });
  return `<div class="highlight highlight-source-diff"><pre>${lines.join('\n')}</pre></div>`;
}

function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use(markedAlert());
  marked.use({
    renderer: {
      code(token: Tokens.Code): string | false {
        return token.lang === 'diff' ? diffBlock(token.text) : false;
      },
    },
  });
  // GitHub marks task list items so that they show a checkbox instead of a bullet (github-markdown-css styles the class).
  return marked
    .parse(markdown, { async: false })
    .replace(/<li><input /g, '<li class="task-list-item"><input class="task-list-item-checkbox" ');
}

/** A whole page: the markdown rendered in a comment box of GitHub's width, titled like the comment's header. */
export function gfmPage(markdown: string, header: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
${css}
body { margin: 0; background: #ffffff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: ${COMMENT_COLUMN_PX}px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; }
.markdown-body { box-sizing: border-box; padding: 16px; font-size: 14px; }
</style></head>
<body><div class="comment"><div class="comment-header">${escape(header)}</div><article class="markdown-body">
${markdownToHtml(markdown)}
</article></div></body></html>`;
}
