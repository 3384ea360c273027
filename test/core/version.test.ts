import { describe, expect, it } from 'vitest';
import { actualBump, nextVersion } from '../../src/version/bump.ts';
import {
  expandTagPattern,
  previousRelease,
  releaseTags,
  requireVersionOfTag,
  versionOfTag,
} from '../../src/version/tags.ts';

describe('release tags', () => {
  it('reads versions from v-prefixed, name@ and scoped name@ tags', () => {
    expect(versionOfTag('v1.2.3')).toBe('1.2.3');
    expect(versionOfTag('my-server@2.0.0-rc.1', 'my-server@*')).toBe('2.0.0-rc.1');
    expect(versionOfTag('@acme/mcp@0.4.0', expandTagPattern('{name}@*', '@acme/mcp'))).toBe('0.4.0');
  });

  it('skips tags that are not semver or belong to another package', () => {
    expect(versionOfTag('v1.2')).toBeNull();
    expect(versionOfTag('latest')).toBeNull();
    expect(versionOfTag('other@1.0.0', 'mine@*')).toBeNull();
    expect(releaseTags(['v1.0.0', 'nightly', 'v1.10.0', 'v1.2.0', 'vX']).map((t) => t.tag)).toEqual([
      'v1.10.0',
      'v1.2.0',
      'v1.0.0',
    ]);
  });

  it('refuses an explicitly named tag that is not a version, naming it', () => {
    expect(() => requireVersionOfTag('release-candidate')).toThrow(
      /"release-candidate" does not name a semantic version/,
    );
  });

  it('refuses a tag pattern without a place for the version', () => {
    expect(() => expandTagPattern('release')).toThrow(/has no "\*"/);
  });

  it('finds the previous release by semver order, not by tag order, ignoring prereleases of a final version', () => {
    const tags = ['v1.9.0', 'v1.10.0', 'v1.11.0-rc.1', 'v2.0.0', 'junk'];
    expect(previousRelease(tags, '1.11.0')?.tag).toBe('v1.10.0');
    expect(previousRelease(tags, '1.11.0-rc.2')?.tag).toBe('v1.11.0-rc.1');
    expect(previousRelease(tags, '1.0.0')).toBeNull();
  });
});

describe('the bump a release made', () => {
  it('reads major, minor and patch positions', () => {
    expect(actualBump('1.2.3', '2.0.0').level).toBe('major');
    expect(actualBump('1.2.3', '1.3.0').level).toBe('minor');
    expect(actualBump('1.2.3', '1.2.4').level).toBe('patch');
    expect(actualBump('1.2.3', '1.2.3').level).toBe('none');
    expect(actualBump('1.2.3', '1.3.0-beta.1').level).toBe('minor');
  });

  it('is an error when the version goes down', () => {
    expect(() => actualBump('1.3.0', '1.2.9')).toThrow(/lower than the previous release 1.3.0/);
  });

  it('reads 0.x the way npm caret ranges do, unless strict', () => {
    expect(actualBump('0.3.1', '0.4.0').level).toBe('major');
    expect(actualBump('0.3.1', '0.3.2').level).toBe('minor');
    expect(actualBump('0.0.3', '0.0.4').level).toBe('major');
    expect(actualBump('0.3.1', '0.4.0', 'strict').level).toBe('minor');
    expect(actualBump('0.3.1', '0.3.2', 'strict').level).toBe('patch');
  });
});

describe('the next version', () => {
  it('is the lowest version that allows the required bump', () => {
    expect(nextVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(nextVersion('1.2.3', 'none')).toBe('1.2.4');
  });

  it('stays below 1.0.0 under the caret reading', () => {
    expect(nextVersion('0.3.1', 'major')).toBe('0.4.0');
    expect(nextVersion('0.3.1', 'minor')).toBe('0.3.2');
    expect(nextVersion('0.0.3', 'major')).toBe('0.0.4');
    expect(nextVersion('0.3.1', 'major', 'strict')).toBe('1.0.0');
  });

  it('finalizes a prerelease', () => {
    expect(nextVersion('2.0.0-rc.1', 'major')).toBe('2.0.0');
  });
});
