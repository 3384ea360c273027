// Where a dependent really uses an item of the provider's surface: a string literal that is the
// tool's or prompt's name (a call, an allow-list entry), a call object that passes the property, an
// import of the export or the subpath, a launch of the command. A line that merely contains the word
// (a comment, a label, another tool's argument) is no use: the plan lists only what a line does.

import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import type { Change } from '../compat/types.ts';
import { relativePath } from './code-files.ts';
import { childAt, lineOf, parseJsonTree, stringValues } from './json-text.ts';
import { mcpConfigFlavour } from './references.ts';
import { importsEntry } from './rename-exports.ts';
import { argumentTarget } from './rename-arguments.ts';
import type { DependentFiles, PackageReference } from './types.ts';

/** Enough places to start from; the rest a search finds. */
export const MAX_MENTIONS_PER_STEP = 5;

export interface UsageContext {
  files: DependentFiles;
  /** The dependent's code files that mention any name of interest, parsed. */
  sources: readonly SourceFile[];
  packageName: string;
  references: readonly PackageReference[];
}

/** What the dependent does with an item: where it uses it, or that every dependent is concerned. */
export type Usage = { kind: 'used'; lines: string[] } | { kind: 'everyone'; lines: string[] } | { kind: 'unused' };

/** Literals that name modules, not tools. */
function isModuleSpecifier(node: Node): boolean {
  const parent = node.getParent();
  return (
    Node.isImportDeclaration(parent) ||
    Node.isExportDeclaration(parent) ||
    Node.isExternalModuleReference(parent) ||
    Node.isImportTypeNode(parent?.getParent()) ||
    (Node.isCallExpression(parent) &&
      (parent.getExpression().getText() === 'require' || parent.getExpression().getKind() === SyntaxKind.ImportKeyword))
  );
}

function literalLines(sources: readonly SourceFile[], value: string): string[] {
  const lines: string[] = [];
  for (const source of sources) {
    const literals = [
      ...source.getDescendantsOfKind(SyntaxKind.StringLiteral),
      ...source.getDescendantsOfKind(SyntaxKind.NoSubstitutionTemplateLiteral),
    ];
    for (const l of literals)
      if (l.getLiteralValue() === value && !isModuleSpecifier(l))
        lines.push(`${relativePath(source)}:${l.getStartLineNumber()}`);
  }
  return lines;
}

/** Lines of the server entries that start this package, whose string values (outside how to launch it) equal `value`. */
function configLines(context: UsageContext, value: string, launch: boolean): string[] {
  const lines: string[] = [];
  for (const file of new Set(context.references.filter((r) => r.kind === 'mcp-config').map((r) => r.file))) {
    const flavour = mcpConfigFlavour(file);
    const text = context.files.get(file);
    if (!flavour || text === undefined) continue;
    for (const ref of context.references.filter((r) => r.file === file && r.serverPath)) {
      const entry = childAt(parseJsonTree(file, text, flavour), ref.serverPath!);
      if (!entry) continue;
      for (const { path, node } of stringValues(entry, ref.serverPath!)) {
        const key = String(path[ref.serverPath!.length]);
        const isLaunch = key === 'command' || key === 'args';
        if (isLaunch === launch && node.value === value) lines.push(`${file}:${lineOf(text, node.offset)}`);
      }
    }
  }
  return lines;
}

/**
 * Lines of call objects `{ name: '<tool>', arguments: { … } }` that pass the property at `path`, and
 * whether every call object of the tool spells its arguments out (so that "none passes it" is known).
 */
function argumentLines(
  sources: readonly SourceFile[],
  tool: string,
  path: readonly string[],
): { lines: string[]; allLiteral: boolean } {
  const lines: string[] = [];
  let allLiteral = true;
  const named = (object: Node, key: string) =>
    Node.isObjectLiteralExpression(object)
      ? object
          .getProperties()
          .find(
            (p) =>
              (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) &&
              p.getName().replace(/^['"]|['"]$/g, '') === key,
          )
      : undefined;
  for (const source of sources) {
    for (const call of source.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression)) {
      const name = named(call, 'name');
      const value = Node.isPropertyAssignment(name) ? name.getInitializer() : undefined;
      if (
        !(Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value)) ||
        value.getLiteralValue() !== tool
      )
        continue;
      const args = named(call, 'arguments');
      // `arguments: build(x)`, `...spread`: what the call passes cannot be read here.
      if (
        !args ||
        !Node.isPropertyAssignment(args) ||
        !Node.isObjectLiteralExpression(args.getInitializer()) ||
        call.getProperties().some((p) => Node.isSpreadAssignment(p))
      )
        allLiteral = false;
      let current: Node | undefined = call;
      let last: Node | undefined;
      for (const key of ['arguments', ...path]) {
        last = current ? named(current, key) : undefined;
        if (!last) break;
        current = Node.isPropertyAssignment(last) ? last.getInitializer() : undefined;
      }
      if (last) lines.push(`${relativePath(source)}:${last.getStartLineNumber()}`);
    }
  }
  return { lines, allLiteral };
}

/** Lines that import `name` from the package's `entry` (or, without a name, import the entry at all). */
function importLines(context: UsageContext, entry: string, name: string | null): string[] {
  const lines: string[] = [];
  for (const source of context.sources) {
    for (const declaration of [...source.getImportDeclarations(), ...source.getExportDeclarations()]) {
      const specifier = declaration.getModuleSpecifierValue();
      if (!specifier || !importsEntry(specifier, context.packageName, entry)) continue;
      const names = Node.isImportDeclaration(declaration)
        ? declaration.getNamedImports().map((n) => n.getName())
        : declaration.getNamedExports().map((n) => n.getName());
      const namespace =
        Node.isImportDeclaration(declaration) && (declaration.getNamespaceImport() || declaration.getDefaultImport());
      if (name === null || names.includes(name) || (namespace && source.getText().includes(`.${name}`)))
        lines.push(`${relativePath(source)}:${declaration.getStartLineNumber()}`);
    }
    for (const call of source.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const [arg] = call.getArguments();
      const isLoad =
        call.getExpression().getText() === 'require' || call.getExpression().getKind() === SyntaxKind.ImportKeyword;
      if (
        isLoad &&
        Node.isStringLiteral(arg) &&
        importsEntry(arg.getLiteralValue(), context.packageName, entry) &&
        (name === null || call.getParent()?.getText().includes(name))
      ) {
        lines.push(`${relativePath(source)}:${call.getStartLineNumber()}`);
      }
    }
  }
  return lines;
}

/**
 * Changes that concern only calls passing the property (a narrowed enum, a closed object, a removed
 * property); a new required property concerns every call, passed or not.
 */
function isPropertyChange(change: Change): boolean {
  return !/required-property-added|became-required|all-of-added|condition-added/.test(change.rule);
}

const dedupe = (lines: string[]) => [...new Set(lines)].slice(0, MAX_MENTIONS_PER_STEP);

/** Where the dependent uses the item a change is about. */
export function findUsage(change: Change, context: UsageContext): Usage {
  const item = change.item;
  const colon = item.indexOf(':');
  const [kind, rest] = colon < 0 ? [item, ''] : [item.slice(0, colon), item.slice(colon + 1)];
  const used = (lines: string[]): Usage =>
    lines.length > 0 ? { kind: 'used', lines: dedupe(lines) } : { kind: 'unused' };
  switch (kind) {
    case 'tool': {
      const calls = [...literalLines(context.sources, rest), ...configLines(context, rest, false)];
      if (calls.length === 0) return { kind: 'unused' };
      // A change to one input property points at the calls that pass it, when there are any.
      const path = /^tool:[^.]+\.input((?:\.[^.[\]]+)*)/.exec(change.subject)?.[1]?.split('.').filter(Boolean);
      const target = argumentTarget(change);
      if (!path || path.length === 0) return used(calls);
      const passing = argumentLines(context.sources, rest, target ? [...target.path, change.migration!.from] : path);
      if (passing.lines.length > 0) return used(passing.lines);
      // Every call spells its arguments out and none passes the property: the change does not touch them.
      if (passing.allLiteral && literalLines(context.sources, rest).length > 0 && isPropertyChange(change))
        return { kind: 'unused' };
      return used(calls);
    }
    case 'prompt':
    case 'resource':
    case 'resource-template':
      return used(literalLines(context.sources, rest));
    case 'ts': {
      const split = rest.lastIndexOf(':');
      return used(importLines(context, rest.slice(0, split), rest.slice(split + 1)));
    }
    case 'export-path':
      return used(importLines(context, rest, null));
    case 'bin':
      return used([...configLines(context, rest, true), ...packageScriptLines(context.files, rest)]);
    default: {
      // The package itself (engines, module type, peer dependencies), capabilities, the protocol:
      // whoever installs or connects to the server is concerned. The pins are where to start.
      const pins = context.references
        .filter((r) => r.kind !== 'watch')
        .map(
          (r) =>
            `${r.file}:${lineOf(context.files.get(r.file) ?? '', Math.max(0, (context.files.get(r.file) ?? '').indexOf(r.value)))}`,
        );
      return { kind: 'everyone', lines: dedupe(pins) };
    }
  }
}

/** package.json scripts that run the command. */
function packageScriptLines(files: DependentFiles, command: string): string[] {
  const lines: string[] = [];
  for (const [file, text] of files) {
    if (!(file === 'package.json' || file.endsWith('/package.json'))) continue;
    text.split('\n').forEach((line, i) => {
      if (
        /"[^"]+"\s*:/.test(line) &&
        new RegExp(`(^|[\\s"'&|;])${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|"|$)`).test(
          line.slice(line.indexOf(':') + 1),
        )
      )
        lines.push(`${file}:${i + 1}`);
    });
  }
  return lines;
}
