// What the App writes for people to read, snapshot-tested so a change to the text shows in review.

import { describe, expect, it } from 'vitest';
import { helpText } from '../../app/commands/dispatch.ts';
import { slashCommands } from '../../app/commands/registry.ts';
import { renderReleaseVerdict, verdictMarker, withVerdictSection } from '../../app/handlers/release-verdict.ts';
import { releaseCheck } from './fixtures.ts';

describe('the release verdict', () => {
  it('reads as a short verdict with links to the stored report and snapshot', () => {
    const { report } = releaseCheck('tool-removed', '1.0.0', '1.1.0');
    expect(
      renderReleaseVerdict({
        pkg: 'acme-server',
        version: '1.1.0',
        report,
        reportUrl: 'https://github.com/acme/server/blob/mcpver/state/reports/acme-server/1.0.0..1.1.0.json',
        snapshotUrl: 'https://github.com/acme/server/blob/mcpver/state/snapshots/acme-server/1.1.0.json',
      }),
    ).toMatchSnapshot();
  });

  it('replaces its own section of the release notes and keeps the rest', () => {
    const marker = verdictMarker('acme-server', '1.1.0');
    const first = withVerdictSection('Notes by a person.', marker, `${marker}\nold verdict\n<!-- /mcpver:verdict -->`);
    const second = withVerdictSection(
      `${first}\n\nEdited later.`,
      marker,
      `${marker}\nnew verdict\n<!-- /mcpver:verdict -->`,
    );
    expect(second).toBe(`Notes by a person.\n\n${marker}\nnew verdict\n<!-- /mcpver:verdict -->\n\nEdited later.`);
  });
});

it('lists every slash command with its usage in the help', () => {
  const help = helpText(slashCommands);
  for (const command of slashCommands) expect(help).toContain(`- \`${command.usage}\`: ${command.summary}`);
  // The framework's own commands, as a person reads them (the other commands own their wording).
  expect(helpText(slashCommands.filter((c) => c.name === 'help' || c.name === 'check'))).toMatchSnapshot();
});
