import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/cli/config-file.ts';
import { ConfigError, defaultConfig, parseConfig } from '../../src/config.ts';

describe('the config file', () => {
  it('has defaults for everything when there is no file', () => {
    const config = defaultConfig();
    expect(config.packages).toEqual([
      expect.objectContaining({ path: '.', tagPattern: 'v*', surface: 'auto', timeoutSeconds: 30, typescript: true }),
    ]);
    expect(config.policy).toEqual({ failOn: 'under-bump', zeroMajor: 'caret', rules: {}, poisoning: 'warn' });
    expect(config.state.branch).toBe('mcpver/state');
  });

  it('reads packages and policy with kebab-case keys', () => {
    const config = parseConfig(`
packages:
  - id: weather
    path: servers/weather
    command: node build/index.js
    tag-pattern: "{name}@*"
    timeout: 10
policy:
  fail-on: breaking
  zero-major: strict
`);
    expect(config.packages[0]).toMatchObject({
      id: 'weather',
      path: 'servers/weather',
      command: 'node build/index.js',
      tagPattern: '{name}@*',
      timeoutSeconds: 10,
    });
    expect(config.policy).toMatchObject({ failOn: 'breaking', zeroMajor: 'strict' });
  });

  it('names an unknown key and the file', () => {
    expect(() => parseConfig('policy:\n  failon: never\n', 'cfg.yml')).toThrow(
      new ConfigError('cfg.yml: unknown key "policy.failon".'),
    );
  });

  it('names a bad value and what it may be', () => {
    expect(() => parseConfig('policy:\n  fail-on: sometimes\n')).toThrow(
      /"policy.fail-on" must be one of "under-bump", "breaking", "never"/,
    );
    expect(() => parseConfig('packages:\n  - timeout: -1\n')).toThrow(/"packages\[0\].timeout" must be > 0/);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => parseConfig('policy:\n  fail-on: [never\n', 'x.yml')).toThrow(/x.yml:\d+:\d+: not valid YAML/);
  });

  it('refuses duplicate keys instead of silently taking the last', () => {
    expect(() => parseConfig('policy:\n  fail-on: never\n  fail-on: breaking\n')).toThrow(/not valid YAML/);
  });
});

describe('policy.rules, checked against what the rules declare when a check reads the config', () => {
  const load = async (yaml: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-rules-config-'));
    try {
      const file = path.join(dir, 'mcpver.yml');
      writeFileSync(file, yaml);
      return await loadConfigFile(file).then(
        (c) => c.policy.rules,
        (e: Error) => e,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('takes rule ids with a level and the switches rules read, with values they take', async () => {
    expect(
      await load(
        'policy:\n  rules:\n    input-property-removed: minor\n    tool-description-changed: off\n    weakenedSafetyHint: major\n    inputPropertyRemovedFromOpenObject: minor\n    oldestSupportedTypeScript: "4.7"\n',
      ),
    ).toEqual({
      'input-property-removed': 'minor',
      'tool-description-changed': 'off',
      weakenedSafetyHint: 'major',
      inputPropertyRemovedFromOpenObject: 'minor',
      oldestSupportedTypeScript: '4.7',
    });
  });

  it('refuses a misspelt switch, a bad value and an unknown rule, naming the file and each key', async () => {
    const error = await load(
      'policy:\n  rules:\n    weakenedSafetyHints: major\n    inputPropertyRemovedFromOpenObject: breaking\n    tool-removed: never\n',
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^\/.*mcpver\.yml: policy\.rules\.weakenedSafetyHints is neither a rule id \(`mcpver rules` lists them\) nor a switch a rule reads \(.*weakenedSafetyHint.*\); /,
    );
    expect(message).toContain(
      'policy.rules.inputPropertyRemovedFromOpenObject must be one of "major", "minor" (got "breaking")',
    );
    expect(message).toContain(
      'policy.rules.tool-removed must be one of "major", "minor", "patch", "off", false (got "never").',
    );
  });
});
