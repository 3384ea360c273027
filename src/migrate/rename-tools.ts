// The codemod for a renamed tool: string literals that are exactly the old name, in code and in
// the dependent's MCP client configurations for this server; every other character stays.

import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import type { MigrationHint } from '../compat/types.ts';
import { literalEdit, relativePath, type TextEdit } from './code-files.ts';
import { childAt, lineOf, parseJsonTree, setJsonString, stringValues } from './json-text.ts';
import { mcpConfigFlavour } from './references.ts';
import type { MigrationStep, PackageReference } from './types.ts';

/** Keys of a server entry that say how to start it, not which tools to use: never renamed in. */
const LAUNCH_KEYS = new Set(['command', 'args', 'env', 'cwd', 'type', 'url', 'envFile', 'headers']);

/** Literals that name modules, not tools (`import x from 'search'` is not a call of the tool). */
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

export function renameToolInCode(
  sources: readonly SourceFile[],
  hint: MigrationHint,
): { edits: TextEdit[]; steps: MigrationStep[] } {
  const edits: TextEdit[] = [];
  const steps: MigrationStep[] = [];
  for (const source of sources) {
    const file = relativePath(source);
    const literals = [
      ...source.getDescendantsOfKind(SyntaxKind.StringLiteral),
      ...source.getDescendantsOfKind(SyntaxKind.NoSubstitutionTemplateLiteral),
    ].filter((l) => l.getLiteralValue() === hint.from && !isModuleSpecifier(l));
    if (literals.length === 0) continue;
    literals.sort((a, b) => a.getStart() - b.getStart());
    edits.push(...literals.map((l) => literalEdit(file, l, hint.to)));
    steps.push({
      kind: 'rename-tool',
      file,
      line: literals[0]!.getStartLineNumber(),
      description: `${file}: tool name "${hint.from}" → "${hint.to}" (${literals.length} place${literals.length === 1 ? '' : 's'})`,
    });
  }
  return { edits, steps };
}

/**
 * In each server entry that starts this package, replace string values equal to the old tool name
 * (`alwaysAllow`, `autoApprove`, `disabledTools`, `tools`…) outside the launch keys.
 */
export function renameToolInConfig(
  file: string,
  text: string,
  references: readonly PackageReference[],
  hint: MigrationHint,
): { text: string; steps: MigrationStep[] } {
  const flavour = mcpConfigFlavour(file);
  if (!flavour) return { text, steps: [] };
  const servers = new Map(
    references.filter((r) => r.file === file && r.serverPath).map((r) => [JSON.stringify(r.serverPath), r.serverPath!]),
  );
  let out = text;
  let count = 0;
  let firstLine: number | undefined;
  for (const serverPath of servers.values()) {
    const entry = childAt(parseJsonTree(file, out, flavour), serverPath);
    if (!entry || entry.type !== 'object') continue;
    const targets = stringValues(entry, serverPath).filter(
      ({ path, node }) => node.value === hint.from && !LAUNCH_KEYS.has(String(path[serverPath.length])),
    );
    for (const { path, node } of targets) {
      firstLine ??= lineOf(out, node.offset);
      out = setJsonString(out, path, hint.to);
      count++;
    }
  }
  if (count === 0) return { text, steps: [] };
  return {
    text: out,
    steps: [
      {
        kind: 'rename-tool',
        file,
        line: firstLine,
        description: `${file}: tool name "${hint.from}" → "${hint.to}" (${count} place${count === 1 ? '' : 's'})`,
      },
    ],
  };
}
