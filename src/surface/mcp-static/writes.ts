// What the evaluator must know about how a variable is written: whether it is assigned again or
// changed in place after its declaration (then its initializer is not its value), and the members
// of an enum that TypeScript compiled to JavaScript assignments.

import { Node, SyntaxKind, type SourceFile, type Symbol as TsSymbol } from 'ts-morph';
import { Unresolved } from './values.ts';
import type { Evaluator } from './evaluator.ts';

const MUTATORS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'set', 'delete', 'add', 'clear']);
const ASSIGNMENTS = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.PlusEqualsToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** Per file: the identifiers assigned to, and those changed in place (`x.push(…)`), by name. */
const writesByFile = new WeakMap<
  SourceFile,
  { assigned: Map<string, Node[]>; mutated: Map<string, { node: Node; method: string }[]> }
>();

function writesIn(file: SourceFile) {
  let writes = writesByFile.get(file);
  if (writes) return writes;
  writes = { assigned: new Map(), mutated: new Map() };
  for (const assignment of file.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    const left = assignment.getLeft();
    if (!ASSIGNMENTS.has(assignment.getOperatorToken().getKind())) continue;
    if (Node.isIdentifier(left)) {
      writes.assigned.set(left.getText(), [...(writes.assigned.get(left.getText()) ?? []), left]);
      continue;
    }
    // `config.outputSchema = schema` (often under an `if`): the object is changed in place, so its
    // initializer alone would silently miss the property.
    const root = rootOf(left);
    if (root && root !== left)
      writes.mutated.set(root.getText(), [
        ...(writes.mutated.get(root.getText()) ?? []),
        { node: root, method: `${left.getText().slice(root.getText().length)} =` },
      ]);
  }
  for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (
      Node.isPropertyAccessExpression(callee) &&
      MUTATORS.has(callee.getName()) &&
      Node.isIdentifier(callee.getExpression())
    ) {
      const target = callee.getExpression();
      writes.mutated.set(target.getText(), [
        ...(writes.mutated.get(target.getText()) ?? []),
        { node: target, method: callee.getName() },
      ]);
    }
  }
  writesByFile.set(file, writes);
  return writes;
}

/** The variable a property write starts from: `config` in `config.meta.ui = …` or `config[key] = …`. */
function rootOf(target: Node): Node | undefined {
  let current = target;
  while (Node.isPropertyAccessExpression(current) || Node.isElementAccessExpression(current))
    current = current.getExpression();
  return Node.isIdentifier(current) ? current : undefined;
}

/** Whether a variable's value may differ from its initializer: assigned again, or changed in place. */
export function mutation(declaration: Node, symbol: TsSymbol): string | undefined {
  const name = (declaration as unknown as { getName(): string }).getName();
  const writes = writesIn(declaration.getSourceFile());
  if ((writes.assigned.get(name) ?? []).some((n) => n.getSymbol() === symbol)) return 'is assigned again';
  const changed = (writes.mutated.get(name) ?? []).find((m) => m.node.getSymbol() === symbol);
  if (!changed) return undefined;
  return changed.method.endsWith(' =')
    ? `is changed in place (\`${name}${changed.method} …\`)`
    : `is changed with .${changed.method}()`;
}

/** The members of an enum compiled to JavaScript (`X["A"] = "a"` statements in the same file). */
export function compiledEnum(
  file: SourceFile,
  name: string,
  evaluator: Evaluator,
  depth: number,
): Record<string, unknown> | undefined {
  const members: Record<string, unknown> = {};
  for (const assignment of file.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const left = assignment.getLeft();
    if (!Node.isElementAccessExpression(left) || left.getExpression().getText() !== name) continue;
    const key = evaluator.evaluate(left.getArgumentExpression(), depth);
    const value = evaluator.evaluate(assignment.getRight(), depth);
    if (typeof key === 'string' && !(value instanceof Unresolved)) members[key] = value;
  }
  return Object.keys(members).length ? members : undefined;
}
