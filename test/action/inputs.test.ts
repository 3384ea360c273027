import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultTo, INPUT_NAMES, readInputs, unknownInputs } from '../../src/action/inputs.ts';
import { ROOT } from './run-action.ts';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('the release the Action checks when `to` is not given', () => {
  it('is the pushed tag on a tag push, HEAD on a pull request, and the working tree otherwise', () => {
    expect(defaultTo('refs/tags/v1.2.0', 'push')).toBe('v1.2.0');
    expect(defaultTo('refs/tags/weather-mcp@2.0.0', 'push')).toBe('weather-mcp@2.0.0');
    expect(defaultTo('refs/pull/7/merge', 'pull_request')).toBe('HEAD');
    expect(defaultTo('refs/pull/7/merge', 'pull_request_target')).toBe('HEAD');
    expect(defaultTo('refs/heads/main', 'push')).toBeUndefined();
    expect(defaultTo('refs/heads/main', 'workflow_dispatch')).toBeUndefined();
  });
});

describe('reading the inputs', () => {
  it('applies the defaults of action.yml when the runner gave none', () => {
    expect(readInputs(reader({}), {})).toEqual({
      mode: 'check',
      config: '.github/mcpver.yml',
      reportPath: 'mcpver-report.json',
      format: 'json',
      timeoutSeconds: undefined,
      command: undefined,
      from: undefined,
      to: undefined,
      path: undefined,
      failOn: undefined,
      zeroMajor: undefined,
      install: undefined,
      build: undefined,
      githubToken: undefined,
      allowForkCommands: false,
    });
  });

  it('names the input and what it takes when a value is wrong', () => {
    expect(() => readInputs(reader({ timeout: 'soon' }), {})).toThrow(
      'Input "timeout" must be a positive number of seconds (got "soon").',
    );
    expect(() => readInputs(reader({ timeout: '-5' }), {})).toThrow(
      'Input "timeout" must be a positive number of seconds (got "-5").',
    );
    expect(() => readInputs(reader({ 'zero-major': 'loose' }), {})).toThrow(
      'Input "zero-major" must be one of caret, strict (got "loose").',
    );
    expect(() => readInputs(reader({ format: 'xml' }), {})).toThrow(
      'Input "format" must be one of json, sarif, markdown, text (got "xml").',
    );
    expect(readInputs(reader({ timeout: '2.5', 'fail-on': 'breaking' }), {})).toMatchObject({
      timeoutSeconds: 2.5,
      failOn: 'breaking',
    });
  });

  it('treats every INPUT_ variable action.yml does not declare as a mistake, and lists them', () => {
    const env = {
      'INPUT_FAIL-ON': 'never',
      INPUT_FAIL_ON: 'never',
      INPUT_TIMOUT: '5',
      'INPUT_AB-TEST': 'x',
      PATH: '/bin',
    };
    expect(unknownInputs(env)).toEqual(['fail_on', 'timout']);
    expect(() => readInputs(reader({}), env)).toThrow(
      /^Unknown inputs "fail_on", "timout": this action takes command, from, to, path, config, /,
    );
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the Action reads, with the defaults it assumes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(action.inputs.config!.default).toBe('.github/mcpver.yml');
    expect(action.inputs['report-path']!.default).toBe('mcpver-report.json');
    expect(action.inputs.format!.default).toBe('json');
    expect(action.inputs.mode!.default).toBe('check');
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('declares the outputs of the check and runs the bundle on node24', () => {
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'verdict',
        'required-bump',
        'actual-bump',
        'next-version',
        'compatibility-score',
        'breaking-count',
        'report-path',
      ]),
    );
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });
});
