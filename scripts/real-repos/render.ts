// The evaluation's results as text for the terminal, as markdown for test/real-repos/RESULTS.md and
// as JSON. Renderers take data and return text.

import type { LabelledRepo } from './labels.ts';
import { GOALS, percent, totals, type PairResult, type SideRead, type Totals } from './score.ts';

export interface RepoResult {
  repo: LabelledRepo;
  results: PairResult[];
}

export interface RunInfo {
  commit: string;
  date: string;
  mode: 'static' | 'runtime';
}

function side(read: SideRead | undefined): string {
  if (!read) return '?';
  if (read.how === 'error') return `snapshot failed (${read.firstWarning ?? 'no message'})`;
  if (read.how === 'unread')
    return `unread${read.warnings ? `, ${read.warnings} warning${read.warnings > 1 ? 's' : ''}` : ', no warning'}`;
  const prompts = read.prompts ? ` ${read.prompts} prompt${read.prompts > 1 ? 's' : ''}` : '';
  const partial =
    read.reading === 'partial'
      ? `, partial${read.hidingGaps ? ` (${read.hidingGaps} gap${read.hidingGaps > 1 ? 's' : ''} may hide tools)` : ''}`
      : '';
  return `${read.how} ${read.tools} tool${read.tools === 1 ? '' : 's'}${prompts}${partial}${read.warnings ? `, ${read.warnings} warning${read.warnings > 1 ? 's' : ''}` : ''}`;
}

/** The distinct ways a repository's versions were read, with how many versions each. */
export function howRead(results: readonly PairResult[]): string {
  const byTag = new Map<string, SideRead | undefined>();
  for (const r of results) {
    byTag.set(r.pair.from.commit, r.from);
    byTag.set(r.pair.to.commit, r.to);
  }
  const counts = new Map<string, number>();
  for (const read of byTag.values()) {
    const key = !read
      ? 'unknown'
      : read.how === 'error'
        ? 'snapshot failed'
        : read.how === 'unread'
          ? 'unread'
          : read.tools === 0
            ? `${read.how} (0 tools)`
            : read.reading === 'partial'
              ? `${read.how}, partial`
              : read.how;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([how, n]) => `${how} ×${n}`).join(', ');
}

function answer(r: PairResult): string {
  if (r.outcome.kind === 'error') return `error: ${r.outcome.message}`;
  const { report } = r.outcome;
  return `${r.mcpRequired} (verdict ${report.verdict}${report.required !== r.mcpRequired ? `, whole report ${report.required}` : ''})`;
}

function mark(r: PairResult): string {
  if (r.okOnBreaking) return '!!';
  if (r.exact) return '✓';
  if (r.breaking && r.caught) return '~';
  return '✗';
}

function firstMcpChange(r: PairResult): string {
  if (r.outcome.kind !== 'report') return '';
  const unread = r.outcome.report.incomplete?.find((i) => i.blocking) ?? r.outcome.report.incomplete?.[0];
  if (r.incomplete && unread) return `incomplete: ${unread.side} ${unread.version ?? ''} ${unread.reason}`;
  const change = r.outcome.report.changes.find((c) =>
    /^(tool|prompt|resource|resource-template|capability):/.test(c.item),
  );
  return change ? `${change.level} ${change.rule} ${change.subject}` : 'no MCP change';
}

function goalLine(t: Totals): string {
  const caught = t.caughtMajor + t.caughtIncomplete;
  const exactOk = t.pairs > 0 && t.exact / t.pairs >= GOALS.exact;
  const caughtOk = t.breaking === 0 || caught / t.breaking >= GOALS.breakingCaught;
  return (
    `exact required bump ${t.exact}/${t.pairs} (${percent(t.exact, t.pairs)}; goal ≥ ${GOALS.exact * 100}%: ${exactOk ? 'met' : 'not met'}); ` +
    `breaking releases caught or incomplete ${caught}/${t.breaking} (${percent(caught, t.breaking)}: ${t.caughtMajor} major, ${t.caughtIncomplete} incomplete; goal 100%: ${caughtOk ? 'met' : 'not met'})`
  );
}

export function renderText(repos: readonly RepoResult[], info: RunInfo): string {
  const lines: string[] = [`mcpver ${info.commit}, ${info.mode} mode (default policy), ${info.date}`, ''];
  for (const { repo, results } of repos) {
    const t = totals(results);
    lines.push(
      `${repo.repo} (${repo.path}, ${repo.manager}): read as ${howRead(results)}; exact ${t.exact}/${t.pairs}, breaking caught ${t.caughtMajor + t.caughtIncomplete}/${t.breaking}`,
    );
    for (const r of results) {
      lines.push(
        `  ${mark(r)} ${r.pair.from.version}..${r.pair.to.version}  label ${r.pair.bump}, mcpver ${answer(r)}`,
      );
      lines.push(`      read: ${r.pair.from.version} ${side(r.from)} | ${r.pair.to.version} ${side(r.to)}`);
      if (!r.exact) lines.push(`      label: ${r.pair.changes[0] ?? r.pair.why}`, `      mcpver: ${firstMcpChange(r)}`);
    }
    lines.push('');
  }
  const all = totals(repos.flatMap((r) => r.results));
  if (all.okOnBreaking.length > 0) {
    lines.push(
      `!! ${all.okOnBreaking.length} BREAKING RELEASE${all.okOnBreaking.length > 1 ? 'S' : ''} GOT "ok" (the worst outcome):`,
    );
    for (const r of all.okOnBreaking) lines.push(`!!   ${r.pair.id}: ${r.pair.changes[0] ?? r.pair.why}`);
    lines.push('');
  }
  const missed = all.missedBreaking.filter((r) => !r.okOnBreaking);
  if (missed.length > 0) {
    lines.push(`Breaking releases neither caught nor marked incomplete (not "ok" either):`);
    for (const r of missed) lines.push(`  ${r.pair.id}: mcpver ${answer(r)}`);
    lines.push('');
  }
  lines.push(`Total over ${repos.length} repositories, ${all.pairs} pairs: ${goalLine(all)}.`);
  lines.push(
    `Incomplete verdicts: ${all.incomplete}; false major on non-breaking pairs: ${all.falseMajor}; errors: ${all.errors}.`,
  );
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(repos: readonly RepoResult[], info: RunInfo): string {
  const all = totals(repos.flatMap((r) => r.results));
  const out: string[] = [
    '# Real MCP servers: mcpver check against hand labels',
    '',
    `Written by \`npm run eval:repos -- --write\` on mcpver ${info.commit} (${info.date}), ${info.mode} mode, default policy:`,
    '`mcpver check --from A --to B --json` on a clone of each repository, as a maintainer would run it.',
    'Labels and reasoning: `test/real-repos/<owner>__<name>.yml`. ✓ exact, ~ breaking and caught but not exact,',
    '✗ wrong, !! a breaking release that got `ok`.',
    '',
    `**Total: ${repos.length} repositories, ${all.pairs} pairs. ${goalLine(all)}.**`,
    `Incomplete verdicts ${all.incomplete}; false major on non-breaking pairs ${all.falseMajor}; errors ${all.errors}; breaking releases that got \`ok\`: ${all.okOnBreaking.length}.`,
    '',
    '| repository | how the tools were read (versions) | exact | breaking caught | ok on breaking |',
    '|---|---|---|---|---|',
  ];
  for (const { repo, results } of repos) {
    const t = totals(results);
    out.push(
      `| ${repo.repo} | ${cell(howRead(results))} | ${t.exact}/${t.pairs} | ${t.caughtMajor + t.caughtIncomplete}/${t.breaking} | ${t.okOnBreaking.length} |`,
    );
  }
  out.push(
    '',
    '## Pairs',
    '',
    '| | pair | label | mcpver (MCP changes) | verdict | read (from / to) |',
    '|---|---|---|---|---|---|',
  );
  for (const { results } of repos) {
    for (const r of results) {
      const verdict = r.outcome.kind === 'report' ? r.outcome.report.verdict : 'error';
      const got = r.outcome.kind === 'report' ? String(r.mcpRequired) : cell(r.outcome.message);
      out.push(
        `| ${mark(r)} | ${r.pair.id} | ${r.pair.bump} | ${got} | ${verdict} | ${cell(side(r.from))} / ${cell(side(r.to))} |`,
      );
    }
  }
  if (all.okOnBreaking.length > 0) {
    out.push('', '## Breaking releases that got `ok`', '');
    for (const r of all.okOnBreaking) out.push(`- ${r.pair.id}: ${cell(r.pair.changes.join('; ') || r.pair.why)}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderJson(repos: readonly RepoResult[], info: RunInfo): string {
  const all = totals(repos.flatMap((r) => r.results));
  return `${JSON.stringify(
    {
      info,
      totals: {
        ...all,
        okOnBreaking: all.okOnBreaking.map((r) => r.pair.id),
        missedBreaking: all.missedBreaking.map((r) => r.pair.id),
      },
      repos: repos.map(({ repo, results }) => ({
        repo: repo.repo,
        path: repo.path,
        read: howRead(results),
        pairs: results.map((r) => ({
          id: r.pair.id,
          label: r.pair.bump,
          mcpRequired: r.mcpRequired,
          verdict: r.outcome.kind === 'report' ? r.outcome.report.verdict : null,
          required: r.outcome.kind === 'report' ? r.outcome.report.required : null,
          error: r.outcome.kind === 'error' ? r.outcome.message : null,
          exact: r.exact,
          caught: r.caught,
          incomplete: r.incomplete,
          okOnBreaking: r.okOnBreaking,
          from: r.from,
          to: r.to,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
