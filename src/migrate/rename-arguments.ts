// The codemod for a renamed tool input property or prompt argument: in call objects written as
// `{ name: '<tool>', arguments: { … } }` (what `client.callTool` and `client.getPrompt` take), the
// key at the hint's path is renamed. Calls built any other way are left to the manual steps.

import { Node, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { Change, MigrationHint } from '../compat/types.ts';
import { literalEdit, relativePath, type TextEdit } from './code-files.ts';
import type { MigrationStep } from './types.ts';

/** Where a hint applies: the tool or prompt, and the path of the object holding the key inside `arguments`. */
export interface ArgumentTarget {
  kind: 'tool' | 'prompt';
  name: string;
  path: string[];
}

/**
 * `tool:search.input.options` → tool `search`, path `['options']`; `prompt:p.arguments` → prompt
 * `p`, top level. Null for subjects that are not about call arguments (output properties).
 */
export function argumentTarget(change: Change): ArgumentTarget | null {
  const hint = change.migration;
  if (!hint) return null;
  const match = /^(tool|prompt):([^.]+)\.(input|arguments)((?:\.[^.]+)*)$/.exec(change.subject);
  if (!match) return null;
  if (hint.kind === 'rename-property' && (match[1] !== 'tool' || match[3] !== 'input')) return null;
  if (hint.kind === 'rename-argument' && match[1] !== 'prompt') return null;
  if (hint.kind !== 'rename-property' && hint.kind !== 'rename-argument') return null;
  const path = (match[4] ?? '').split('.').filter(Boolean);
  // A prompt argument's subject names the argument itself (`prompt:p.arguments.city`): its holder is the top level.
  if (hint.kind === 'rename-argument' && path.at(-1) === hint.from) path.pop();
  return { kind: match[1] as 'tool' | 'prompt', name: match[2]!, path };
}

function propertyNamed(object: ObjectLiteralExpression, name: string) {
  return object
    .getProperties()
    .find(
      (p) =>
        (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) &&
        p.getName().replace(/^['"]|['"]$/g, '') === name,
    );
}

function stringValue(node: Node | undefined): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}

/** The object at `path` inside a call object's `arguments`, when each step is an object literal. */
function argumentsObject(call: ObjectLiteralExpression, path: readonly string[]): ObjectLiteralExpression | null {
  let current: Node | undefined = (() => {
    const args = propertyNamed(call, 'arguments');
    return Node.isPropertyAssignment(args) ? args.getInitializer() : undefined;
  })();
  for (const segment of path) {
    if (!Node.isObjectLiteralExpression(current)) return null;
    const next = propertyNamed(current, segment);
    current = Node.isPropertyAssignment(next) ? next.getInitializer() : undefined;
  }
  return Node.isObjectLiteralExpression(current) ? current : null;
}

/** `names`: the tool or prompt name, and the name it is renamed to in the same release, if any. */
export function renameArgumentInCode(
  sources: readonly SourceFile[],
  hint: MigrationHint,
  target: ArgumentTarget,
  names: ReadonlySet<string>,
): { edits: TextEdit[]; steps: MigrationStep[] } {
  const edits: TextEdit[] = [];
  const steps: MigrationStep[] = [];
  for (const source of sources) {
    const file = relativePath(source);
    const found: TextEdit[] = [];
    let line: number | undefined;
    for (const call of source.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression)) {
      const name = propertyNamed(call, 'name');
      if (!Node.isPropertyAssignment(name) || !names.has(stringValue(name.getInitializer()) ?? '\0')) continue;
      const holder = argumentsObject(call, target.path);
      const property = holder ? propertyNamed(holder, hint.from) : undefined;
      if (!property) continue;
      line ??= property.getStartLineNumber();
      if (Node.isShorthandPropertyAssignment(property)) {
        // `{ city }` passes a variable named like the key: keep the variable, rename the key.
        found.push({
          file,
          start: property.getNameNode().getStart(),
          end: property.getNameNode().getEnd(),
          text: `${hint.to}: ${hint.from}`,
        });
      } else if (Node.isPropertyAssignment(property)) {
        const key = property.getNameNode();
        found.push(
          Node.isStringLiteral(key)
            ? literalEdit(file, key, hint.to)
            : { file, start: key.getStart(), end: key.getEnd(), text: hint.to },
        );
      }
    }
    if (found.length === 0) continue;
    edits.push(...found);
    const where = [target.name, ...target.path].join('.');
    steps.push({
      kind: 'rename-argument',
      file,
      ...(line ? { line } : {}),
      description: `${file}: ${target.kind} argument "${where}.${hint.from}" → "${hint.to}" (${found.length} place${found.length === 1 ? '' : 's'})`,
    });
  }
  return { edits, steps };
}
