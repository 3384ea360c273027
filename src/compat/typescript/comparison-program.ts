// One in-memory program holding both versions' declarations (`/old/…`, `/new/…`) and the generated
// consumer code; a single type-check pass answers every probe of a diff.

import { Project, ts } from 'ts-morph';
import type { TypeScriptSurfaceData } from '../../surface/typescript/model.ts';
import { externalMounts } from './external.ts';
import { adoptParsedFiles } from '../../surface/typescript/parsed-handover.ts';
import { shareLibraryFiles, PARSE_AS_TSC } from '../../surface/typescript/shared-libs.ts';
import { rememberStandardizedPaths } from '../../surface/typescript/standardized-paths.ts';

shareLibraryFiles();
rememberStandardizedPaths();

export const COMPARISON_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  strict: true,
  // The declarations' own errors were reported when the snapshot was taken; here only consumer code counts.
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  esModuleInterop: true,
  allowSyntheticDefaultImports: true,
  types: [],
  ...PARSE_AS_TSC,
};

// The declaration files arrive without private and protected members (see surface/typescript/strip.ts),
// so that the old and the new version of a class compare by what consumers can use.

export interface ProbeBlock {
  /** Unique name of the block (a namespace in the probe file). */
  id: string;
  code: string;
}

/** Blocks in a file of their own, type-checked only when asked for (see ProbeRun.check). */
export interface DeferredProbeFile {
  id: string;
  /** Imports the blocks refer to. */
  header: string;
  blocks: ProbeBlock[];
}

export interface ProbeRun {
  /** Block id → first compiler error inside it (absent when the block type-checks). */
  errors: Map<string, string>;
  /** Type-check the deferred files with these ids (in the same program) and add their blocks' errors to `errors`. */
  check(fileIds: Iterable<string>): void;
}

/** The module specifier that the probe file uses for a declaration file of one side. */
export function moduleSpecifier(side: 'old' | 'new', dtsPath: string): string {
  const stem = dtsPath
    .replace(/\.d\.ts$/, '')
    .replace(/\.d\.mts$/, '.mjs')
    .replace(/\.d\.cts$/, '.cjs');
  return `../${side}/${stem}`;
}

/** A file of blocks, each in a namespace of its own, with where each block is. */
function blockFile(
  header: string,
  blocks: readonly ProbeBlock[],
): { text: string; ranges: { id: string; start: number; end: number }[] } {
  let text = `${header}\n`;
  const ranges: { id: string; start: number; end: number }[] = [];
  for (const block of blocks) {
    const start = text.length;
    text += `namespace ${block.id} {\n${block.code}\n}\n`;
    ranges.push({ id: block.id, start, end: text.length });
  }
  return { text, ranges };
}

/**
 * Type-check all blocks in one program; `header` holds the imports the blocks refer to (the file is
 * `/probe/probes.ts`); `modules` are whole files; `deferred` files are parsed with the rest and
 * checked only on request, so that a verdict can decide which further probes are worth checking.
 */
export function runProbes(
  old: TypeScriptSurfaceData,
  next: TypeScriptSurfaceData,
  header: string,
  blocks: readonly ProbeBlock[],
  modules: readonly ProbeBlock[] = [],
  deferred: readonly DeferredProbeFile[] = [],
): ProbeRun {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: COMPARISON_COMPILER_OPTIONS,
    skipLoadingLibFiles: false,
  });
  const fs = project.getFileSystem();
  const external = externalMounts(old, next);
  for (const [side, surface] of [
    ['old', old],
    ['new', next],
  ] as const) {
    for (const [rel, text] of Object.entries(surface.files)) fs.writeFileSync(`/${side}/${rel}`, text);
    // Dependencies' types that differ between the versions resolve per side (`/old/node_modules/zod/…`).
    for (const [rel, text] of Object.entries(external[side])) fs.writeFileSync(`/${side}/${rel}`, text);
  }
  // Identical ones once, above both (`/node_modules/zod/…`): one set of types for both versions.
  for (const [rel, text] of Object.entries(external.shared)) fs.writeFileSync(`/${rel}`, text);
  const main = blockFile(header, blocks);
  const probe = project.createSourceFile('/probe/probes.ts', main.text);
  const later = new Map(
    deferred.map((f) => {
      const { text, ranges } = blockFile(f.header, f.blocks);
      return [f.id, { file: project.createSourceFile(`/probe/${f.id}.ts`, `${text}export {};\n`), ranges }] as const;
    }),
  );
  const moduleFiles = modules.map((m) => ({
    id: m.id,
    file: project.createSourceFile(`/probe/${m.id}.ts`, `${m.code}\nexport {};\n`),
  }));
  // The declaration files extracted in this process come parsed and bound (same options that matter:
  // target, strict, no const-enum preservation), instead of being parsed a second time.
  const program = adoptParsedFiles(
    (fileName) => /^\/(?:(?:old|new)\/)?(.+)$/.exec(fileName)?.[1],
    () => {
      project.resolveSourceFileDependencies();
      return project.getProgram().compilerObject;
    },
  );
  const errors = new Map<string, string>();
  for (const { id, file } of moduleFiles) {
    const first = program
      .getSemanticDiagnostics(file.compilerNode)
      .find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) errors.set(id, ts.flattenDiagnosticMessageText(first.messageText, ' '));
  }
  const collect = (file: ts.SourceFile, ranges: readonly { id: string; start: number; end: number }[]) => {
    for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
      if (d.category !== ts.DiagnosticCategory.Error || d.start === undefined) continue;
      // Blocks are in order, so a binary search would do; the counts are small enough for a scan.
      const range = ranges.find((r) => d.start! >= r.start && d.start! < r.end);
      if (range && !errors.has(range.id)) errors.set(range.id, ts.flattenDiagnosticMessageText(d.messageText, ' '));
    }
  };
  collect(probe.compilerNode, main.ranges);
  const check = (fileIds: Iterable<string>) => {
    for (const id of fileIds) {
      const file = later.get(id);
      if (file) collect(file.file.compilerNode, file.ranges);
    }
  };
  return { errors, check };
}
