// The version a rollback is published as: above everything the npm registry has (asked through real
// npm, against a local double of the registry) and everything the repository knows.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseNextVersion, highestVersion, setManifestVersion } from '../../src/rollback/next-version.ts';
import { npmPublishedVersions } from '../../src/rollback/npm-versions.ts';
import { startNpmRegistry, type NpmRegistryDouble } from '../helpers/npm-registry.ts';

let registry: NpmRegistryDouble;
beforeAll(async () => {
  registry = await startNpmRegistry({
    '@acme/weather-mcp': ['1.2.0', '2.0.0', '2.0.1', '2.1.0-beta.1'],
    'solo-mcp': ['0.1.0'],
  });
});
afterAll(() => registry.close());

const lookup = () => npmPublishedVersions({ env: { npm_config_registry: registry.url } });

describe('the versions on the registry, through npm', () => {
  it('lists every published version of a scoped package', async () => {
    expect(await lookup()('@acme/weather-mcp')).toEqual(['1.2.0', '2.0.0', '2.0.1', '2.1.0-beta.1']);
    expect(registry.requests).toContain('@acme/weather-mcp');
  });

  it('reads a package with one version (npm answers a string, not a list)', async () => {
    expect(await lookup()('solo-mcp')).toEqual(['0.1.0']);
  });

  it('answers null for a package the registry does not have', async () => {
    expect(await lookup()('never-published-mcp')).toBeNull();
  });

  it("fails with npm's reason when the registry cannot be reached", async () => {
    const down = npmPublishedVersions({
      env: { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
    });
    await expect(down('@acme/weather-mcp')).rejects.toThrow(/^npm view @acme\/weather-mcp versions failed: /);
  });
});

describe('the version to publish next', () => {
  it('is one patch above the highest stable version published, whatever the restored tree says', async () => {
    expect(await chooseNextVersion('@acme/weather-mcp', ['2.0.0', '1.2.0'], lookup())).toEqual({
      version: '2.0.2',
      highestPublished: '2.0.1',
      highest: '2.0.1',
    });
  });

  it("is above the default branch's version when that one is not published yet", async () => {
    expect((await chooseNextVersion('@acme/weather-mcp', ['2.3.0', '1.2.0'], lookup()))!.version).toBe('2.3.1');
  });

  it("is above the repository's versions for a package never published", async () => {
    expect(await chooseNextVersion('never-published-mcp', ['0.4.0', '0.3.2'], lookup())).toEqual({
      version: '0.4.1',
      highestPublished: null,
      highest: '0.4.0',
    });
  });

  it('says why when the registry could not be asked, and rests on what the repository knows', async () => {
    const failing = async () => {
      throw new Error('npm view x versions failed: ETIMEDOUT');
    };
    expect(await chooseNextVersion('x', ['2.0.0', '1.2.0'], failing)).toEqual({
      version: '2.0.1',
      highestPublished: null,
      highest: '2.0.0',
      registryProblem: 'npm view x versions failed: ETIMEDOUT',
    });
  });

  it('patches a prerelease only when nothing else was released', () => {
    expect(highestVersion(['1.0.0', '1.1.0-rc.1'])).toBe('1.0.0');
    expect(highestVersion(['1.1.0-rc.1', 'garbage', null])).toBe('1.1.0-rc.1');
  });

  it('sets the version in package.json and changes no other character', () => {
    const text = '{\n\t"name": "@acme/weather-mcp",\n\t"version": "1.2.0",\n\t"dependencies": { "x": "^1.2.0" }\n}\n';
    expect(setManifestVersion('package.json', text, '2.0.2')).toBe(
      text.replace('"version": "1.2.0"', '"version": "2.0.2"'),
    );
  });
});
