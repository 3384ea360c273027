import { describe, expect, it } from 'vitest';
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
    expect(config.packages[0]).toMatchObject({ id: 'weather', path: 'servers/weather', command: 'node build/index.js', tagPattern: '{name}@*', timeoutSeconds: 10 });
    expect(config.policy).toMatchObject({ failOn: 'breaking', zeroMajor: 'strict' });
  });

  it('names an unknown key and the file', () => {
    expect(() => parseConfig('policy:\n  failon: never\n', 'cfg.yml')).toThrow(new ConfigError('cfg.yml: unknown key "policy.failon".'));
  });

  it('names a bad value and what it may be', () => {
    expect(() => parseConfig('policy:\n  fail-on: sometimes\n')).toThrow(/"policy.fail-on" must be one of "under-bump", "breaking", "never"/);
    expect(() => parseConfig('packages:\n  - timeout: -1\n')).toThrow(/"packages\[0\].timeout" must be > 0/);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(() => parseConfig('policy:\n  fail-on: [never\n', 'x.yml')).toThrow(/x.yml:\d+:\d+: not valid YAML/);
  });

  it('refuses duplicate keys instead of silently taking the last', () => {
    expect(() => parseConfig('policy:\n  fail-on: never\n  fail-on: breaking\n')).toThrow(/not valid YAML/);
  });
});
