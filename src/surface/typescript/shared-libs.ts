// One parsed copy of TypeScript's standard library files for every ts-morph project in the process.
// A check builds three programs (each version's extraction, then the comparison); each would parse
// and hold its own lib.dom.d.ts (about 2 MB of declarations) without this. The same hook hands a
// package's parsed declaration files from its extraction to the comparison (parsed-handover.ts).

import { DocumentRegistry } from '@ts-morph/common';
import { ts } from 'ts-morph';
import { takeParsedFile } from './parsed-handover.ts';

/** Where ts-morph serves its bundled library files from, in every project. */
const LIB_FOLDER = '/node_modules/typescript/lib/lib.';

type CreateOrUpdate = (
  fileName: string,
  settings: ts.CompilerOptions,
  snapshot: ts.IScriptSnapshot,
  kind: ts.ScriptKind | undefined,
) => ts.SourceFile;

const cache = new Map<string, ts.SourceFile>();
const proto = DocumentRegistry.prototype as unknown as {
  createOrUpdateSourceFile: CreateOrUpdate;
  __mcpverShared?: boolean;
};

/**
 * The compiler option (unknown to TypeScript, which carries it along) by which a project asks for
 * its files to be parsed as tsc parses them: the extraction's and the comparison's. Other projects
 * in the process (the static MCP reader, the codemods) parse as ts-morph does.
 */
export const PARSE_AS_TSC = { mcpverParseAsTsc: true } as const;

/** The parse options of a file read without its doc comments (as tsc parses them). */
function parseOptions(settings: ts.CompilerOptions): ts.CreateSourceFileOptions {
  return {
    languageVersion: settings.target ?? ts.ScriptTarget.Latest,
    jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
  };
}

/**
 * A file of a project that parses as tsc does. Doc comments are parsed only where they can change a
 * type error: the few tags the extraction reads are parsed on demand (jsdoc.ts). Parent pointers are
 * left to the binder, which sets them anyway (ts-morph's parse sets them first, a second walk over
 * every node); nothing reads a parent before the checker has bound the program.
 */
function parseAsTsc(
  fileName: string,
  settings: ts.CompilerOptions,
  snapshot: ts.IScriptSnapshot,
  kind: ts.ScriptKind | undefined,
): ts.SourceFile {
  return ts.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), '0', false, kind);
}

/**
 * Library files never change and binding them does not depend on the program, which is why
 * TypeScript's own document registry shares them between language services; ts-morph keeps one
 * registry per project, so the sharing is added here, keyed by file and language version.
 */
export function shareLibraryFiles(): void {
  if (proto.__mcpverShared) return;
  proto.__mcpverShared = true;
  const original = proto.createOrUpdateSourceFile;
  proto.createOrUpdateSourceFile = function (this: unknown, fileName, settings, snapshot, kind) {
    if (!fileName.startsWith(LIB_FOLDER)) {
      const handed = takeParsedFile(fileName, settings, () => snapshot.getText(0, snapshot.getLength()));
      if (handed) return handed;
      return settings.mcpverParseAsTsc === true
        ? parseAsTsc(fileName, settings, snapshot, kind)
        : original.call(this, fileName, settings, snapshot, kind);
    }
    const key = `${fileName}\u0000${settings.target ?? ''}`;
    let file = cache.get(key);
    if (!file) {
      // Their doc comments are not parsed either: a quarter less memory and parse time for lib.dom.d.ts.
      file = ts.createLanguageServiceSourceFile(fileName, snapshot, parseOptions(settings), '0', true, kind);
      cache.set(key, file);
    }
    return file;
  };
}
