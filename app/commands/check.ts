// `/mcpver check`: post the latest report the Action stored for this pull request (the App has no
// checkout, so it shows what the Action found rather than checking again).

import { verdictLine } from '../../src/render/describe.ts';
import { renderReportMarkdown } from '../../src/render/markdown.ts';
import { readPullRequestCheck } from '../../src/state/records.ts';
import type { SlashCommand } from './types.ts';

/** Room for the reply's own lines and the quoted command around the rendered reports. */
const REPORT_BUDGET_BYTES = 60_000;

export const checkCommand: SlashCommand = {
  name: 'check',
  usage: '/mcpver check',
  summary: 'post the latest report the Action stored for this pull request',
  async run(ctx) {
    if (!ctx.isPullRequest) {
      return {
        ok: false,
        reply: '`/mcpver check` works on pull requests: it posts the report the Action stored for the pull request.',
      };
    }
    const check = await readPullRequestCheck(ctx.store, ctx.issueNumber);
    if (!check || check.reports.length === 0) {
      return {
        ok: false,
        reply: `No report is stored for #${ctx.issueNumber} yet. The mcpver Action stores one each time it checks this pull request with a token that may write (pull requests from forks get read-only tokens, so their reports are only in the job summary).`,
      };
    }
    const budget = Math.floor(REPORT_BUDGET_BYTES / check.reports.length);
    const sections = check.reports.map(({ package: pkg, report }) => {
      const verdict = verdictLine(report);
      const { markdown } = renderReportMarkdown(report, { maxBytes: budget });
      return `<details><summary><b>${pkg}</b>: ${verdict.title}: ${verdict.sentence}</summary>\n\n${markdown}\n</details>`;
    });
    return {
      ok: true,
      reply: `The latest report for #${ctx.issueNumber}, checked at ${check.head.slice(0, 7)} (${check.checkedAt}):\n\n${sections.join('\n\n')}`,
    };
  },
};
