// The config keys of the runtime path: the server's environment, HTTP, installs, the previous release.

import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { headersInput, passEnvInput, readInputs } from '../../src/action/inputs.ts';

const error = (text: string) => {
  try {
    parseConfig(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('packages[] runtime keys', () => {
  it('reads pass-env, url, headers, install-scripts and previous', () => {
    const [pkg] = parseConfig(
      'packages:\n  - url: http://127.0.0.1:3000/mcp\n    headers: { Authorization: "Bearer ${TOKEN}" }\n    pass-env: [TOKEN, TAVILY_API_KEY]\n    install-scripts: true\n    previous: registry\n',
    ).packages;
    expect(pkg).toMatchObject({
      url: 'http://127.0.0.1:3000/mcp',
      transport: 'http',
      headers: { Authorization: 'Bearer ${TOKEN}' },
      passEnv: ['TOKEN', 'TAVILY_API_KEY'],
      installScripts: true,
      previous: 'registry',
    });
  });

  it('defaults to stdio, no variables passed, scripts off, the previous release from its tag', () => {
    expect(parseConfig('').packages[0]).toMatchObject({
      transport: 'stdio',
      passEnv: [],
      headers: {},
      installScripts: false,
      previous: 'tag',
    });
  });

  it.each([
    ['packages:\n  - pass-env: [TAVILY-KEY]\n', '"packages[0].pass-env[0]" must match pattern'],
    ['packages:\n  - pass-env: TAVILY_API_KEY\n', '"packages[0].pass-env" must be array'],
    ['packages:\n  - previous: npm\n', '"packages[0].previous" must be one of "tag", "registry"'],
    ['packages:\n  - transport: sse\n', '"packages[0].transport" must be one of "stdio", "http"'],
    [
      'packages:\n  - command: node x.js\n    transport: http\n',
      '"packages[0].transport" is http but "packages[0].url" is missing',
    ],
    [
      'packages:\n  - url: http://127.0.0.1/mcp\n    transport: stdio\n',
      '"packages[0].url" is for a server over HTTP, but "packages[0].transport" is stdio',
    ],
    [
      'packages:\n  - headers: { X-Key: a }\n',
      '"packages[0].headers" are sent to a server over HTTP: give "packages[0].url" too',
    ],
    ['packages:\n  - url: localhost:3000\n', '"packages[0].url" must match pattern'],
  ])('names the key of a bad value: %j', (text, message) => {
    expect(error(text)).toContain(message);
  });
});

describe('the Action inputs of the runtime path', () => {
  const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '', {});

  it('takes pass-env names comma- or newline-separated, and headers one a line', () => {
    expect(passEnvInput('TAVILY_API_KEY, OTHER_KEY\nTHIRD')).toEqual(['TAVILY_API_KEY', 'OTHER_KEY', 'THIRD']);
    expect(headersInput('Authorization: Bearer ${TOKEN}\nX-Team: core\n')).toEqual({
      Authorization: 'Bearer ${TOKEN}',
      'X-Team': 'core',
    });
    expect(
      read({
        'pass-env': 'A_KEY',
        url: 'http://127.0.0.1:1/mcp',
        previous: 'registry',
        'install-scripts': 'true',
        transport: 'http',
      }),
    ).toMatchObject({
      passEnv: ['A_KEY'],
      url: 'http://127.0.0.1:1/mcp',
      previous: 'registry',
      installScripts: true,
      transport: 'http',
    });
  });

  it('names the input and what it takes when a value is wrong', () => {
    expect(() => read({ 'pass-env': 'TAVILY_API_KEY=tvly-abcdef123' })).toThrow(
      '(got "TAVILY_API_KEY=…"); their values come from the step\'s env',
    );
    expect(() => read({ headers: 'no colon here' })).toThrow('Input "headers" takes one "Name: value" a line');
    expect(() => read({ previous: 'npm' })).toThrow('Input "previous" must be one of tag, registry');
    expect(() => read({ 'install-scripts': 'yes' })).toThrow('Input "install-scripts" must be true or false');
  });
});
