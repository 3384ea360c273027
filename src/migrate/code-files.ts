// The dependent's TypeScript and JavaScript sources as a ts-morph project held in memory, and
// positional text edits over them, so that a codemod replaces exactly the characters it means to.

import { Project, ts, type SourceFile } from 'ts-morph';
import { isIgnored } from './references.ts';
import { DependentParseError, type DependentFiles } from './types.ts';

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

export function isCodeFile(file: string): boolean {
  return CODE_FILE.test(file) && !isIgnored(file) && !file.endsWith('.d.ts');
}

/** A replacement of the characters [start, end) of a file. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The code files that mention any of `words`, loaded into an in-memory project (no disk, no
 * node_modules: the codemods work on the syntax and the file's own bindings, which is all they
 * need). A file that mentions a word and has syntax errors throws: rewriting code that the
 * compiler cannot read could change its meaning.
 */
export function loadCodeFiles(
  files: DependentFiles,
  words: readonly string[],
  options: { strict?: boolean } = {},
): SourceFile[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noResolve: true, target: ts.ScriptTarget.ES2022 },
  });
  const loaded: SourceFile[] = [];
  for (const file of [...files.keys()].sort()) {
    if (!isCodeFile(file)) continue;
    const text = files.get(file)!;
    if (!words.some((w) => text.includes(w))) continue;
    loaded.push(project.createSourceFile(`/${file}`, text, { overwrite: true }));
  }
  const program = project.getProgram().compilerObject;
  for (const source of [...loaded]) {
    const first = program.getSyntacticDiagnostics(source.compilerNode)[0];
    // Only reading (where is an item used?) may go on without a file it cannot parse; editing may not.
    if (first && options.strict === false) {
      loaded.splice(loaded.indexOf(source), 1);
      continue;
    }
    if (first) {
      const { line, character } = source.compilerNode.getLineAndCharacterOfPosition(first.start ?? 0);
      throw new DependentParseError(
        relativePath(source),
        `${ts.flattenDiagnosticMessageText(first.messageText, ' ')} at ${line + 1}:${character + 1}`,
      );
    }
  }
  return loaded;
}

/** The path of a loaded source file relative to the dependent's root. */
export function relativePath(source: SourceFile): string {
  return source.getFilePath().replace(/^\//, '');
}

/** Apply edits to one file's text, from the end backwards so earlier offsets stay valid. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    // Two codemods touching the same characters would be a bug in mcpver, not the user's problem to untangle.
    if (edit.end > lastStart) throw new Error(`Overlapping edits in ${edit.file} at ${edit.start}–${edit.end}.`);
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    lastStart = edit.start;
  }
  return out;
}

/** The quote-preserving replacement of a string literal's contents. */
export function literalEdit(
  file: string,
  node: { getStart(): number; getEnd(): number; getText(): string },
  value: string,
): TextEdit {
  const quote = node.getText()[0]!;
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
  return { file, start: node.getStart() + 1, end: node.getEnd() - 1, text: escaped };
}
