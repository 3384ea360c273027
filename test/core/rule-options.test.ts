// policy.rules is checked against the registry when the configuration is read: a typo or a bad
// value stops the check before anything is built, instead of silently doing nothing.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

describe('the rule switches of the config file (policy.rules)', () => {
  it('accepts a rule re-levelled or turned off, and a contested-rule switch with a good value', () => {
    const config = parseConfig(
      'policy:\n  rules:\n    tool-removed: minor\n    tool-description-changed: off\n    oldestSupportedTypeScript: "4.7"\n    formatAsserted: true\n',
    );
    expect(config.policy.rules).toEqual({
      'tool-removed': 'minor',
      'tool-description-changed': 'off',
      oldestSupportedTypeScript: '4.7',
      formatAsserted: true,
    });
  });

  it('names a rule id that does not exist, with the file', () => {
    expect(() => parseConfig('policy:\n  rules:\n    tool-remove: off\n', 'cfg.yml')).toThrow(
      /^cfg\.yml: policy\.rules\.tool-remove is neither a rule id \(`mcpver rules` lists them\) nor a switch a rule reads \(.*formatAsserted.*\)\.$/,
    );
    expect(() => parseConfig('policy:\n  rules:\n    tool-remove: off\n', 'cfg.yml')).toThrow(ConfigError);
  });

  it('names a level that is not one', () => {
    expect(() => parseConfig('policy:\n  rules:\n    tool-removed: breaking\n')).toThrow(
      'policy.rules.tool-removed must be one of "major", "minor", "patch", "off", false (got "breaking")',
    );
  });

  it('refuses a TypeScript version that is not one when the file is read, not when a diff runs', () => {
    expect(() => parseConfig('policy:\n  rules:\n    oldestSupportedTypeScript: latest\n', 'cfg.yml')).toThrow(
      new ConfigError(
        'cfg.yml: policy.rules.oldestSupportedTypeScript is not a TypeScript version (write "4.7", or "0" for every compiler) (got "latest").',
      ),
    );
  });
});
