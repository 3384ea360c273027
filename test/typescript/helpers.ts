// Shared by the TypeScript tests: snapshots of package folders (package.json + TypeScript surface),
// the ts-* fixture pairs, and an independent compile of a witness against both real versions.

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { packageSurface } from '../../src/surface/package.ts';
import { emptySnapshot, type Snapshot } from '../../src/surface/types.ts';
import { takeTypeScriptSurface } from '../../src/surface/typescript/index.ts';
import type { Change } from '../../src/compat/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RULE_FIXTURES = path.resolve(here, '../fixtures/rules');
export const TS_FIXTURES = path.resolve(here, '../fixtures/typescript');

/** The snapshot `mcpver snapshot --dir` takes of a package folder without a server command. */
export function snapshotOf(dir: string): Snapshot {
  const snapshot = emptySnapshot();
  snapshot.package = packageSurface(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')));
  const { surface, warnings } = takeTypeScriptSurface(dir);
  snapshot.typescript = surface;
  snapshot.provenance.typescript = 'static';
  snapshot.provenance.warnings.push(...warnings);
  return snapshot;
}

/** Folders `test/fixtures/rules/ts-*` holding an `old/` and a `new/` package. */
export function tsFixtureIds(): string[] {
  return readdirSync(RULE_FIXTURES)
    .filter(
      (id) =>
        id.startsWith('ts-') &&
        existsSync(path.join(RULE_FIXTURES, id, 'old', 'package.json')) &&
        existsSync(path.join(RULE_FIXTURES, id, 'new', 'package.json')),
    )
    .sort();
}

export function expectedLevel(id: string): string {
  return (JSON.parse(readFileSync(path.join(RULE_FIXTURES, id, 'expected.json'), 'utf8')) as { level: string }).level;
}

/**
 * Compile a TypeScript witness as a consumer would: in a fresh folder with the package installed
 * (a symlink in node_modules) once as the old version and once as the new one. `Old` always
 * names the old declarations, as the witness says. Returns the errors of each compile.
 */
export function compileWitness(
  change: Change,
  oldDir: string,
  newDir: string,
  packageName: string,
): { old: string[]; new: string[] } {
  const code = String(change.witness?.value ?? '');
  const consumer = code.replace(
    /from '([^']+)'; \/\/ as of .*$/gm,
    (_, from: string) => `from '${from.replace(packageName, '__old_version')}';`,
  );
  const compile = (installed: string): string[] => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-witness-'));
    try {
      mkdirSync(path.join(dir, 'node_modules', ...packageName.split('/').slice(0, -1)), { recursive: true });
      symlinkSync(installed, path.join(dir, 'node_modules', packageName), 'dir');
      symlinkSync(oldDir, path.join(dir, 'node_modules', '__old_version'), 'dir');
      writeFileSync(path.join(dir, 'consumer.ts'), consumer);
      const project = new Project({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          target: ts.ScriptTarget.ES2022,
          types: [],
          skipLibCheck: true,
        },
        skipAddingFilesFromTsConfig: true,
      });
      const file = project.addSourceFileAtPath(path.join(dir, 'consumer.ts'));
      project.resolveSourceFileDependencies();
      return file
        .getPreEmitDiagnostics()
        .map((d) => ts.flattenDiagnosticMessageText(d.compilerObject.messageText, ' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { old: compile(oldDir), new: compile(newDir) };
}
