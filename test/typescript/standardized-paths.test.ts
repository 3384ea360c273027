// The process-wide memo of ts-morph's path standardization: the same answers as without it, and a
// relative path still read from each file system's own folder.

import { FileUtils, InMemoryFileSystemHost, RealFileSystemHost } from '@ts-morph/common';
import { describe, expect, it } from 'vitest';
import { rememberStandardizedPaths } from '../../src/surface/typescript/standardized-paths.ts';

describe('rememberStandardizedPaths', () => {
  rememberStandardizedPaths();
  const memory = new InMemoryFileSystemHost();
  const real = new RealFileSystemHost();

  it('standardizes absolute paths as ts-morph does, asked once or many times', () => {
    for (let i = 0; i < 3; i++) {
      expect(FileUtils.getStandardizedAbsolutePath(memory, '/pkg/dist/../lib/./index.d.ts')).toBe(
        '/pkg/lib/index.d.ts',
      );
      expect(FileUtils.getStandardizedAbsolutePath(real, '/pkg//types/')).toBe('/pkg/types');
    }
  });

  it('reads a relative path from the folder of the file system that asks, not from an earlier answer', () => {
    expect(FileUtils.getStandardizedAbsolutePath(memory, 'src/index.ts')).toBe('/src/index.ts');
    expect(FileUtils.getStandardizedAbsolutePath(real, 'src/index.ts')).toBe(`${process.cwd()}/src/index.ts`);
    expect(FileUtils.getStandardizedAbsolutePath(memory, 'index.ts', '/base')).toBe('/base/index.ts');
  });
});
