// `npm run screenshots`: what mcpver posts on GitHub, rendered as GitHub renders it and photographed in
// a real browser, one PNG per artefact in docs/images/ (shown in the README). The inputs are the test
// fixtures (a made-up release of a hundred changes, a pull request's change, a dependent, A/B events),
// the renderers are the real ones. Needs Debian's chromium (`apt-get install chromium
// fonts-noto-color-emoji`), or CHROMIUM=path to another build.

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { analyzeAbTest } from '../src/ab/analysis/index.ts';
import { inputFromEvents } from '../src/ab/analysis/input.ts';
import { parseEvents } from '../src/ab/events.ts';
import { defineAbTest } from '../src/ab/test.ts';
import { STICKY_MARKER } from '../src/action/pr-comment.ts';
import { planMigration } from '../src/migrate/plan.ts';
import { renderAbComment } from '../src/render/ab-comment.ts';
import { COMMENT_LIMITS, renderReportMarkdown } from '../src/render/markdown.ts';
import { renderMigrationBody } from '../src/render/migration-body.ts';
import { renderRollbackBody } from '../src/render/rollback-body.ts';
import { bigReleaseReport } from '../test/fixtures/big-release.ts';
import { FIXTURES, readFolder, weatherReport } from '../test/migrate/helpers.ts';
import { withWitnessAndDrift } from '../test/render/reports.ts';
import { gfmPage } from './gfm-page.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/images');

interface Artefact {
  file: string;
  /** The comment box's header, as GitHub labels the post. */
  header: string;
  markdown: string;
}

async function artefacts(): Promise<Artefact[]> {
  const source = { repositoryUrl: 'https://github.com/acme/docstore-mcp', commit: '4f2c9e1', oldCommit: '9b0d7a3' };
  const summary = renderReportMarkdown(bigReleaseReport('1.5.0'), {
    reportPath: 'mcpver-report.json',
    source,
  }).markdown;

  const pullRequest = `${STICKY_MARKER}\n${renderReportMarkdown(withWitnessAndDrift(), { ...COMMENT_LIMITS, source: { repositoryUrl: 'https://github.com/acme/weather-mcp', commit: 'c0ffee1', oldCommit: 'beef012' } }).markdown}`;

  const release = bigReleaseReport('2.0.0');
  const { plan } = planMigration({
    report: release,
    dependent: 'acme/archive-assistant',
    files: readFolder(path.join(FIXTURES, 'dependent-docstore')),
    rollbackCommand: '/mcpver rollback',
  });
  const reportUrl = 'https://github.com/acme/docstore-mcp/blob/mcpver/state/reports/docstore-mcp/1.4.0..2.0.0.json';
  const migration = renderMigrationBody({
    plan,
    report: release,
    reportPath: 'reports/docstore-mcp/1.4.0..2.0.0.json',
    reportUrl,
  });

  const test = defineAbTest({
    id: 'search-1-5',
    name: 'search 1.5 against 1.4',
    versions: { A: '1.4.0', B: '1.5.0' },
    metrics: [
      { name: 'accuracy', kind: 'mean', better: 'higher', role: 'primary' },
      { name: 'response_time', kind: 'mean', better: 'lower', role: 'secondary', latency: true },
      { name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail', margin: 0.01, 'hard-limit': 0.1 },
    ],
  });
  const parsed = parseEvents(await readFile(path.join(ROOT, 'test/fixtures/ab/release.ndjson'), 'utf8'), { test });
  const ab = renderAbComment(
    analyzeAbTest(test, { ...inputFromEvents(parsed.events), rejected: parsed.rejectedCount }),
  );

  const rollback = renderRollbackBody({
    record: {
      id: 'acme-weather-mcp-v1.2.0-0123456789ab',
      tag: 'mcpver/rollback/acme-weather-mcp-v1.2.0-0123456789ab',
      package: '@acme/weather-mcp',
      version: '1.2.0',
      commit: '0123456789abcdef0123456789abcdef01234567',
      tree: 'fedcba9876543210fedcba9876543210fedcba98',
      created: '2026-11-01T08:00:00.000Z',
      expires: '2027-04-30T08:00:00.000Z',
      reason: 'release',
      note: 'release v1.2.0',
    },
    baseBranch: 'main',
    head: '89abcdef0123456789abcdef0123456789abcdef',
    changedFiles: ['M index.d.ts', 'M package.json', 'M src/server.ts', 'D src/radar.ts'],
    report: weatherReport(),
    requestedBy: 'alice',
    publish: {
      kind: 'set',
      manifest: 'package.json',
      name: '@acme/weather-mcp',
      restored: '1.2.0',
      version: '2.0.2',
      highestPublished: '2.0.1',
      highest: '2.0.1',
    },
  });

  return [
    {
      file: 'job-summary.png',
      header: 'check summary · mcpver (a release tag, 1.4.0 → 1.5.0, about a hundred changes)',
      markdown: summary,
    },
    { file: 'pr-comment.png', header: 'github-actions bot commented on a pull request', markdown: pullRequest },
    {
      file: 'migration-pr.png',
      header: 'mcpver bot opened a pull request in acme/archive-assistant',
      markdown: migration,
    },
    { file: 'ab-comment.png', header: 'mcpver bot commented on the A/B test issue', markdown: ab },
    { file: 'rollback-pr.png', header: 'mcpver bot opened a pull request: /mcpver rollback 1.2.0', markdown: rollback },
  ];
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // As root in a container Chromium needs --no-sandbox; the pages are our own, from local files.
  args: ['--no-sandbox', '--font-render-hinting=none'],
});
try {
  await mkdir(OUT, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 800, deviceScaleFactor: 1 });
  for (const artefact of await artefacts()) {
    await page.setContent(gfmPage(artefact.markdown, artefact.header), { waitUntil: 'load' });
    const box = await page.$('.comment');
    await box!.screenshot({ path: path.join(OUT, artefact.file) as `${string}.png` });
    console.log(
      `docs/images/${artefact.file} (${artefact.markdown.length.toLocaleString('en')} characters of markdown)`,
    );
  }
} finally {
  await browser.close();
}
