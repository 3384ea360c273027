// One in-memory program holding both versions' declarations (`/old/…`, `/new/…`) and the generated
// consumer code; a single type-check pass answers every probe of a diff.

import { Project, ts } from 'ts-morph';
import type { TypeScriptSurfaceData } from '../../surface/typescript/model.ts';

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
  types: [],
};

/**
 * Private and protected members make classes nominal: the old and the new `Server` would never be
 * assignable to each other even when nothing a consumer can touch changed. Consumers cannot use
 * them, so the comparison program drops them (visibility changes are found from the snapshot).
 */
export function stripNominalMembers(fileName: string, text: string): string {
  if (!/\b(private|protected)\b|#private/.test(text)) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      for (const member of node.members) {
        const hidden =
          (member.name && ts.isPrivateIdentifier(member.name)) ||
          (ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword));
        if (hidden && !ts.isConstructorDeclaration(member)) cuts.push([member.getFullStart(), member.getEnd()]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (cuts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

export interface ProbeBlock {
  /** Unique name of the block (a namespace in the probe file). */
  id: string;
  code: string;
}

export interface ProbeRun {
  /** Block id → first compiler error inside it (absent when the block type-checks). */
  errors: Map<string, string>;
}

/** The module specifier that the probe file uses for a declaration file of one side. */
export function moduleSpecifier(side: 'old' | 'new', dtsPath: string): string {
  const stem = dtsPath.replace(/\.d\.ts$/, '').replace(/\.d\.mts$/, '.mjs').replace(/\.d\.cts$/, '.cjs');
  return `../${side}/${stem}`;
}

/** Type-check all blocks in one program; `header` holds the imports the blocks refer to; `modules` are whole files. */
export function runProbes(old: TypeScriptSurfaceData, next: TypeScriptSurfaceData, header: string, blocks: readonly ProbeBlock[], modules: readonly ProbeBlock[] = []): ProbeRun {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: COMPARISON_COMPILER_OPTIONS, skipLoadingLibFiles: false });
  const fs = project.getFileSystem();
  for (const [side, surface] of [['old', old], ['new', next]] as const) {
    for (const [rel, text] of Object.entries(surface.files)) fs.writeFileSync(`/${side}/${rel}`, stripNominalMembers(rel, text));
  }
  let text = `${header}\n`;
  const ranges: { id: string; start: number; end: number }[] = [];
  for (const block of blocks) {
    const start = text.length;
    text += `namespace ${block.id} {\n${block.code}\n}\n`;
    ranges.push({ id: block.id, start, end: text.length });
  }
  const probe = project.createSourceFile('/probe/probes.ts', text);
  const moduleFiles = modules.map((m) => ({ id: m.id, file: project.createSourceFile(`/probe/${m.id}.ts`, `${m.code}\nexport {};\n`) }));
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const errors = new Map<string, string>();
  for (const { id, file } of moduleFiles) {
    const first = program.getSemanticDiagnostics(file.compilerNode).find((d) => d.category === ts.DiagnosticCategory.Error);
    if (first) errors.set(id, ts.flattenDiagnosticMessageText(first.messageText, ' '));
  }
  const diagnostics = [...program.getSyntacticDiagnostics(probe.compilerNode), ...program.getSemanticDiagnostics(probe.compilerNode)];
  for (const d of diagnostics) {
    if (d.category !== ts.DiagnosticCategory.Error || d.start === undefined) continue;
    // Blocks are in order, so a binary search would do; the counts are small enough for a scan.
    const range = ranges.find((r) => d.start! >= r.start && d.start! < r.end);
    if (range && !errors.has(range.id)) errors.set(range.id, ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  return { errors };
}
