// The order test files start in. Vitest starts the files that took longest in the previous run
// first, but a fresh clone (CI, a new contributor) has no previous run and vitest falls back to the
// largest files first: the TypeScript corpus, a 19-line file that type-checks 212 package pairs
// for a minute, started last and ran alone while the other worker had nothing left to do.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest (a minute or more of one core each), longest first. */
const LONGEST = [
  'test/typescript/corpus.test.ts',
  'test/state/concurrency-local.test.ts',
  'test/package.test.ts',
  'test/state/concurrency-github.test.ts',
  'test/typescript/rule-fixtures.test.ts',
  'test/compat/registry-fixtures.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest keeps each project's files together; within a project, the longest files go first.
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    const rank = (f: TestSpecification) => {
      const at = LONGEST.findIndex((file) => f.moduleId.endsWith(`/${file}`));
      return at === -1 ? LONGEST.length : at;
    };
    return sorted
      .map((file, index) => ({ file, index }))
      .sort(
        (a, b) =>
          projects.indexOf(a.file.project.name) - projects.indexOf(b.file.project.name) ||
          rank(a.file) - rank(b.file) ||
          a.index - b.index,
      )
      .map(({ file }) => file);
  }
}
