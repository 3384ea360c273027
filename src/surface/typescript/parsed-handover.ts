// Parsed and bound declaration files handed from a package's extraction to the diff's comparison
// program in the same process, so that a check does not parse and bind each version twice.

import { ts } from 'ts-morph';

/**
 * Files offered by the last extractions, newest last. Two are kept (the old and the new version of
 * one diff); older offers are dropped, so that a long-running process holds no more than that.
 */
const offers: Map<string, ts.SourceFile[]>[] = [];
const KEPT_OFFERS = 2;

/** The package-relative declaration files of one extraction whose kept text is their parsed text. */
export function offerParsedFiles(files: Iterable<[rel: string, file: ts.SourceFile]>): void {
  const offer = new Map<string, ts.SourceFile[]>();
  for (const [rel, file] of files) offer.set(rel, [...(offer.get(rel) ?? []), file]);
  offers.push(offer);
  while (offers.length > KEPT_OFFERS) offers.shift();
}

/** TypeScript's own extension stripping (internal, but what the binder names modules with). */
const removeFileExtension = (ts as unknown as { removeFileExtension(path: string): string }).removeFileExtension;

/**
 * The program sets path and resolvedPath; ts-morph files a source file under its `fileName`; the
 * binder named the module after the old file name (`"/pkg/index"`), which the checker prints in
 * messages (`typeof import("…")`) and witnesses show.
 */
function rename(file: ts.SourceFile, fileName: string): void {
  const symbol = (file as unknown as { symbol?: ts.Symbol }).symbol;
  if (symbol && symbol.escapedName === `"${removeFileExtension(file.fileName)}"`)
    symbol.escapedName = `"${removeFileExtension(fileName)}"` as ts.__String;
  file.fileName = fileName;
}

let adopting: ((fileName: string) => string | undefined) | undefined;

/**
 * Run `build` (which creates a program's source files) taking offered files where `relOf` maps a
 * file name to a package-relative path whose offered text is the same. Each offered file goes to
 * one program file only: a file identical in both versions is two files of the comparison. The
 * offers are dropped afterwards.
 */
export function adoptParsedFiles<T>(relOf: (fileName: string) => string | undefined, build: () => T): T {
  adopting = relOf;
  try {
    return build();
  } finally {
    adopting = undefined;
    // What the comparison did not take (modules no probe imports) would stay alive through its type-check.
    offers.length = 0;
  }
}

/**
 * The offered file for `fileName` with this text, renamed for the program that takes it; parsing
 * and binding depend only on the text and the options both programs share (see the callers).
 */
export function takeParsedFile(
  fileName: string,
  settings: ts.CompilerOptions,
  text: () => string,
): ts.SourceFile | undefined {
  const rel = adopting?.(fileName);
  if (rel === undefined) return undefined;
  let wanted: string | undefined;
  for (let i = offers.length - 1; i >= 0; i--) {
    const candidates = offers[i]!.get(rel);
    if (!candidates) continue;
    wanted ??= text();
    const at = candidates.findIndex(
      (f) => f.text === wanted && f.languageVersion === (settings.target ?? ts.ScriptTarget.Latest),
    );
    if (at < 0) continue;
    const file = candidates.splice(at, 1)[0]!;
    rename(file, fileName);
    return file;
  }
  return undefined;
}
