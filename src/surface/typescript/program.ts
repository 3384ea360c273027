// Loads a package's TypeScript into one ts-morph project from its entry points, reports what does
// not compile (file:line from the compiler), and yields the declaration files the diff will need.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import type { SurfaceWarning } from '../types.ts';
import { externalDeclarationFiles } from './external-types.ts';
import { offerParsedFiles } from './parsed-handover.ts';
import { stripNominalMembers } from './strip.ts';
import { foldMissingModules } from './missing-modules.ts';
import { unresolvedNames } from './unresolved-names.ts';
import { shareLibraryFiles, PARSE_AS_TSC } from './shared-libs.ts';
import { rememberStandardizedPaths } from './standardized-paths.ts';

shareLibraryFiles();
rememberStandardizedPaths();

export const EXTRACTION_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  // Bundler resolution accepts `./x.js`, `./x.ts` and extensionless specifiers alike.
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  // Built declarations are the package's own code here: their errors are reported (only the
  // package's own files are ever asked for diagnostics, so dependencies are not checked).
  skipLibCheck: false,
  declaration: true,
  emitDeclarationOnly: true,
  allowImportingTsExtensions: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.Preserve,
  ...PARSE_AS_TSC,
};

/** How many compiler errors are reported one by one before the rest are counted. */
export const MAX_REPORTED_DIAGNOSTICS = 20;

export interface LoadedPackage {
  project: Project;
  /** Entry subpath → loaded source file. */
  entries: Map<string, SourceFile>;
  /** The package's own files (not its dependencies), by path relative to the package root. */
  own: Map<string, SourceFile>;
  /** Relative `.d.ts` path → text: the built declarations, or those emitted from the sources. */
  files: Record<string, string>;
  from: 'dts' | 'source';
  sourceHash: string;
  /** The dependencies' declaration files the package's own import (see external-types.ts). */
  externalFiles: Record<string, string>;
}

export function relativePath(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

function isOwnFile(dir: string, file: string): boolean {
  const rel = relativePath(dir, file);
  return !rel.startsWith('..') && !rel.split('/').includes('node_modules');
}

/** `src/x.ts` → `src/x.d.ts`: where declaration emit puts the declarations of a source file. */
export function declarationPathOf(rel: string): string {
  if (/\.d\.(m|c)?ts$/.test(rel)) return rel;
  return rel
    .replace(/\.mts$/, '.d.mts')
    .replace(/\.cts$/, '.d.cts')
    .replace(/\.tsx?$/, '.d.ts');
}

/**
 * TypeScript errors that missing types cause in code that compiles with them: implicitly `any`
 * parameters, bindings and variables (7005 7006 7008 7010 7011 7015 7019 7022 7023 7024 7031 7034
 * 7053) and values of type `unknown` (2571, 18046).
 */
const CONSEQUENCES_OF_MISSING_TYPES = new Set([
  7005, 7006, 7008, 7010, 7011, 7015, 7019, 7022, 7023, 7024, 7031, 7034, 7053, 2571, 18046,
]);

function diagnosticWarnings(dir: string, diagnostics: readonly ts.Diagnostic[], warnings: SurfaceWarning[]): void {
  // Uninstalled dependencies make one line, before the errors that are the package's own.
  const folded = foldMissingModules(
    dir,
    diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error),
    (file) => relativePath(dir, file),
  );
  let errors = folded.rest;
  if (folded.warning) {
    // With packages missing, the package's own code fills with implicit anys and unknowns that a
    // build with them installed does not have: consequences of the one line above, not errors of
    // the package, and listed one by one they bury the warnings that matter.
    const consequences = errors.filter((d) => CONSEQUENCES_OF_MISSING_TYPES.has(d.code)).length;
    errors = errors.filter((d) => !CONSEQUENCES_OF_MISSING_TYPES.has(d.code));
    warnings.push(
      consequences === 0
        ? folded.warning
        : {
            ...folded.warning,
            message: `${folded.warning.message} (${consequences} TypeScript error${consequences === 1 ? '' : 's'} that follow from the missing types, implicit \`any\` and \`unknown\` values, are not listed.)`,
          },
    );
  }
  for (const d of errors.slice(0, MAX_REPORTED_DIAGNOSTICS)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const file = relativePath(dir, d.file.fileName);
      warnings.push({
        part: 'typescript',
        message: `${file}:${line + 1}:${character + 1} error TS${d.code}: ${message} (mcpver continues with what could be read; types that do not resolve are treated as unknown)`,
        location: { file, line: line + 1, column: character + 1 },
      });
    } else {
      warnings.push({ part: 'typescript', message: `error TS${d.code}: ${message}` });
    }
  }
  if (errors.length > MAX_REPORTED_DIAGNOSTICS) {
    warnings.push({
      part: 'typescript',
      message: `${errors.length - MAX_REPORTED_DIAGNOSTICS} more TypeScript errors not listed`,
    });
  }
}

/**
 * Above this much declaration text, a full type-check of the package's own files costs more than
 * the rest of the check together (the MCP SDK's zod-inferred types take seconds); such packages get
 * the name-resolution check instead, which finds what makes types silently unknown.
 */
export const FULL_CHECK_MAX_CHARS = 200_000;

export interface LoadOptions {
  /**
   * `full`: the compiler's own diagnostics for the package's files; `names`: only names and modules
   * that do not resolve; `off`: syntax errors only; `auto` (default): full up to FULL_CHECK_MAX_CHARS.
   */
  checkDeclarations?: 'auto' | 'full' | 'names' | 'off';
}

/**
 * Automatic inclusion of every `@types/*` package found up the folder tree would load whatever the
 * surrounding project has installed; declaration files reference what they need (`/// <reference
 * types="node" />`), and a package whose sources use Node's types names @types/node itself.
 */
function typesFor(dir: string, fromSources: boolean): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    // A published package's devDependencies are not installed with it; its sources compile with them.
    const declared = {
      ...manifest.dependencies,
      ...(fromSources ? manifest.devDependencies : {}),
      ...manifest.peerDependencies,
    };
    return Object.keys(declared)
      .filter((name) => name.startsWith('@types/'))
      .map((name) => name.slice('@types/'.length));
  } catch {
    return [];
  }
}

export function loadPackage(
  dir: string,
  entryFiles: Map<string, string>,
  warnings: SurfaceWarning[],
  options: LoadOptions = {},
): LoadedPackage {
  const fromSources = [...entryFiles.values()].some((f) => !/\.d\.(m|c)?ts$/.test(f));
  const project = new Project({
    compilerOptions: { ...EXTRACTION_COMPILER_OPTIONS, types: typesFor(dir, fromSources) },
    skipAddingFilesFromTsConfig: true,
  });
  const entries = new Map<string, SourceFile>();
  for (const [subpath, file] of entryFiles) entries.set(subpath, project.addSourceFileAtPath(`${dir}/${file}`));
  project.resolveSourceFileDependencies();

  const own = new Map<string, SourceFile>();
  for (const sf of project.getSourceFiles()) {
    if (isOwnFile(dir, sf.getFilePath())) own.set(relativePath(dir, sf.getFilePath()), sf);
  }
  const program = project.getProgram().compilerObject;
  const diagnostics: ts.Diagnostic[] = [];
  for (const sf of own.values()) diagnostics.push(...program.getSyntacticDiagnostics(sf.compilerNode));
  const size = [...own.values()].reduce((n, sf) => n + sf.getFullText().length, 0);
  const mode = options.checkDeclarations ?? 'auto';
  if (mode === 'full' || (mode === 'auto' && size <= FULL_CHECK_MAX_CHARS)) {
    for (const sf of own.values()) diagnostics.push(...program.getSemanticDiagnostics(sf.compilerNode));
  } else if (mode !== 'off') {
    diagnostics.push(
      ...unresolvedNames(
        program,
        [...own.values()].map((sf) => sf.compilerNode),
      ),
    );
  }
  diagnosticWarnings(dir, diagnostics, warnings);

  const hash = createHash('sha256');
  const files: Record<string, string> = {};
  let from: 'dts' | 'source' = 'dts';
  // Kept as read: the comparison program takes them parsed and bound (parsed-handover.ts).
  const unchanged: [string, ts.SourceFile][] = [];
  for (const [rel, sf] of [...own].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(rel).update('\0').update(sf.getFullText()).update('\0');
    // The JavaScript beside a declaration file is the implementation consumers run.
    const twin = rel
      .replace(/\.d\.ts$/, '.js')
      .replace(/\.d\.mts$/, '.mjs')
      .replace(/\.d\.cts$/, '.cjs');
    if (twin !== rel) {
      try {
        hash.update(readFileSync(join(dir, twin)));
      } catch {
        // Declarations without a JavaScript twin (types-only packages) have nothing more to hash.
      }
    }
    if (sf.isDeclarationFile()) {
      files[rel] = stripNominalMembers(rel, sf.getFullText(), sf.compilerNode);
      if (files[rel] === sf.getFullText()) unchanged.push([rel, sf.compilerNode]);
    } else from = 'source';
  }
  if (from === 'source') {
    // Declaration emit gives sources the shape consumers see (inferred return types spelled out).
    const result = project.emitToMemory({ emitOnlyDtsFiles: true });
    for (const out of result.getFiles()) {
      const rel = relativePath(dir, out.filePath);
      if (!rel.startsWith('..')) files[rel] = stripNominalMembers(rel, out.text);
    }
  }
  const externalFiles = externalDeclarationFiles(program, (file) => isOwnFile(dir, file), warnings);
  // The dependencies' files too, under their snapshot key (`node_modules/<package>/<path>`).
  for (const sf of program.getSourceFiles()) {
    const at = sf.fileName.lastIndexOf('/node_modules/');
    const key = at >= 0 ? sf.fileName.slice(at + 1) : undefined;
    if (key !== undefined && externalFiles[key] === sf.text) unchanged.push([key, sf]);
  }
  offerParsedFiles(unchanged);
  return { project, entries, own, files, from, sourceHash: hash.digest('hex').slice(0, 16), externalFiles };
}
