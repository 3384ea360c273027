// The static evaluator: turns a source expression into the value it certainly has, following values
// through constants, imports across files (and path aliases), object and array literals, spreads,
// calls of functions written in the sources with the arguments they are given, classes (fields,
// constructors, statics), array and object methods, and conditions it can decide. What it cannot
// know becomes an Unresolved that says why and where. User code is never run: only the libraries
// mcpver itself loads (zod, the SDK) are called, with the data rebuilt here.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Node, SyntaxKind, type Expression, type Identifier, type SourceFile, type Symbol as TsSymbol } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import { callBuiltin, globalValue, NOT_BUILTIN, readBuiltinProperty } from './builtins.ts';
import { Interpreter } from './interpreter.ts';
import { compiledEnum, mutation } from './writes.ts';
import {
  bundlerNamespace,
  commonJsExports,
  interopCall,
  isCommonJs,
  isRequireBinding,
  NOT_INTEROP,
  requireModule,
  requireSpecifier,
} from './commonjs.ts';
import {
  conditionText,
  Host,
  hostValue,
  isLibraryValue,
  isPlainObject,
  SourceClass,
  SourceFunction,
  SourcePrototype,
  unwrapHost,
  Unresolved,
  withConditions,
} from './values.ts';

export { Host, hostValue, isLibraryValue, SourceFunction, Unresolved, unwrapHost } from './values.ts';

export interface EvaluatorContext {
  /** Folders of pinned packages read as the server's code (see StaticMcpOptions.packages). */
  linked?: readonly string[];
  /** The package root, for relative file names in locations. */
  root: string;
  /** The host module an import stands for, or undefined when it is not one mcpver loads. */
  hostModule(specifier: string): Record<string, unknown> | undefined;
  /** Arguments for a host call: functions from the sources replaced where the library allows it. */
  hostArguments(callee: string, args: unknown[], at: SourceLocation, holder: unknown): unknown[] | Unresolved;
}

export function locationOf(node: Node, root: string): SourceLocation {
  const file = node.getSourceFile().getFilePath();
  // A file beside the package (a workspace package it imports) is named from it: `../common/src/x.ts`.
  const relative = path.relative(root, file);
  return { file: relative.replace(/\\/g, '/'), line: node.getStartLineNumber() };
}

/** Deeper than this, an expression is taken to refer to itself. */
const MAX_DEPTH = 96;
/** Calls of source functions nested deeper than this are not followed (recursion, or a maze of helpers). */
export const MAX_CALL_DEPTH = 16;

const FUNCTION_KINDS = new Set([
  SyntaxKind.ArrowFunction,
  SyntaxKind.FunctionExpression,
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
]);
export const isFunctionLike = (node: Node): boolean => FUNCTION_KINDS.has(node.getKind());

/** Instances built by `new` of a source class, with that class: their fields are set in place by constructors. */
const INSTANCES = new WeakMap<object, SourceClass>();
export const isInstance = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && INSTANCES.has(value);

/** An instance that exists only under these conditions (built on one side of an `if`): a copy, still an instance of its class. */
export function instanceUnder(
  instance: Record<string, unknown>,
  conditions: readonly string[],
): Record<string, unknown> {
  const copy = withConditions(instance, conditions) as Record<string, unknown>;
  const cls = INSTANCES.get(instance);
  if (cls) INSTANCES.set(copy, cls);
  return copy;
}

export class Evaluator {
  private readonly active = new Set<Node>();
  /** Values of declarations while code that binds them is followed: parameters, locals, loop variables. */
  readonly bindings = new Map<Node, unknown>();
  /** For each bound declaration, the depth of the frame that bound it (see `frames`). */
  readonly boundAt = new Map<Node, number>();
  /** Open frames: a function call or a block being followed; each lists what it bound, to restore on exit. */
  readonly frames: Array<Map<Node, { had: boolean; value: unknown; at?: number }>> = [];
  readonly thisValues: unknown[] = [];
  readonly calls: Node[] = [];
  /** What the reading chose where the code left a choice (a schema read as with nothing configured): said, not a gap. */
  readonly notes: Unresolved[] = [];
  /** Reads of bindings from frames older than the evaluation that counts them (see `memoized`). */
  private outerReads = 0;
  private readFloor = 0;
  private thisFloor = 0;
  private readonly memo = new Map<Node, unknown>();
  private readonly namespaces = new Map<SourceFile, Record<string, unknown>>();
  readonly interpreter: Interpreter;

  constructor(readonly context: EvaluatorContext) {
    this.interpreter = new Interpreter(this);
  }

  at(node: Node): SourceLocation {
    return locationOf(node, this.context.root);
  }

  /** Whether a file is the server's own code (inside the package, or beside it in the repository), not a dependency. */
  isSource(file: string): boolean {
    // A pinned package read as the server's code, even from an installed copy.
    if (this.context.linked?.some((folder) => file.startsWith(`${folder}/`))) return true;
    const inside = file.startsWith(`${this.context.root}/`) ? file.slice(this.context.root.length) : file;
    return !/[\\/]node_modules[\\/]/.test(inside);
  }

  /** Whether a file is inside the package read (not a workspace package or shared folder it imports). */
  isOwn(file: string): boolean {
    return file.startsWith(`${this.context.root}/`) && this.isSource(file);
  }

  // ── frames and bindings ─────────────────────────────────────────────────────────────────────

  /** Run `fn` in a new frame: everything it binds is restored when it ends. */
  inFrame<T>(fn: () => T): T {
    this.frames.push(new Map());
    try {
      return fn();
    } finally {
      const frame = this.frames.pop()!;
      for (const [node, saved] of frame) {
        if (saved.had) {
          this.bindings.set(node, saved.value);
          if (saved.at !== undefined) this.boundAt.set(node, saved.at);
        } else {
          this.bindings.delete(node);
          this.boundAt.delete(node);
        }
      }
    }
  }

  /** Bind a declaration in the innermost frame (a new local, a parameter, a loop variable). */
  bind(node: Node, value: unknown): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame && !frame.has(node))
      frame.set(node, { had: this.bindings.has(node), value: this.bindings.get(node), at: this.boundAt.get(node) });
    this.bindings.set(node, value);
    this.boundAt.set(node, this.frames.length);
  }

  /** Assign a new value to a declaration already bound by some open frame; false when none binds it. */
  assign(node: Node, value: unknown): boolean {
    if (!this.bindings.has(node)) return false;
    this.bindings.set(node, value);
    return true;
  }

  /**
   * Bind a declaration, or the names a binding pattern destructures from the value (`{ name, schema }`,
   * `[key, tool]`), with defaults where the value has none.
   */
  bindPattern(declaration: Node, value: unknown): void {
    const name = (declaration as unknown as { getNameNode?(): Node }).getNameNode?.();
    const initializer = (declaration as unknown as { getInitializer?(): Node | undefined }).getInitializer?.();
    const withDefault =
      value === undefined &&
      initializer &&
      (Node.isBindingElement(declaration) || Node.isParameterDeclaration(declaration))
        ? this.evaluate(initializer)
        : value;
    if (!name || Node.isIdentifier(name)) {
      this.bind(declaration, withDefault);
      return;
    }
    if (Node.isObjectBindingPattern(name)) {
      const taken = new Set<string>();
      for (const element of name.getElements()) {
        if (element.getDotDotDotToken()) {
          this.bind(
            element,
            isPlainObject(withDefault)
              ? Object.fromEntries(Object.entries(withDefault).filter(([k]) => !taken.has(k)))
              : this.unknownPart(withDefault, element),
          );
          continue;
        }
        const keyNode = element.getPropertyNameNode();
        const key = keyNode
          ? Node.isComputedPropertyName(keyNode)
            ? this.evaluate(keyNode.getExpression())
            : Node.isStringLiteral(keyNode)
              ? keyNode.getLiteralValue()
              : keyNode.getText()
          : element.getName();
        taken.add(String(key));
        this.bindPattern(
          element,
          typeof key === 'string' || typeof key === 'number'
            ? this.read(withDefault, key, element)
            : new Unresolved('cannot read a computed name', this.at(element)),
        );
      }
    } else if (Node.isArrayBindingPattern(name)) {
      name.getElements().forEach((element, i) => {
        if (!Node.isBindingElement(element)) return;
        if (element.getDotDotDotToken())
          this.bind(
            element,
            Array.isArray(withDefault) ? withDefault.slice(i) : this.unknownPart(withDefault, element),
          );
        else
          this.bindPattern(
            element,
            Array.isArray(withDefault) ? withDefault[i] : this.unknownPart(withDefault, element),
          );
      });
    }
  }

  private unknownPart(value: unknown, at: Node): Unresolved {
    return value instanceof Unresolved
      ? value
      : new Unresolved(`cannot destructure \`${at.getText().slice(0, 40)}\``, this.at(at));
  }

  /** Kept for the registration reader: evaluate with one declaration bound to a value. */
  withBindings<T>(declaration: Node, value: unknown, fn: () => T): T {
    return this.inFrame(() => {
      this.bindPattern(declaration, value);
      return fn();
    });
  }

  /** The value of a property of a value, as JavaScript would read it where that is certain. */
  read(object: unknown, key: string | number, at: Node): unknown {
    if (object instanceof Unresolved) return object;
    if (object instanceof Host) {
      const holder = object.value as Record<string | number, unknown> | undefined;
      const value = holder?.[key];
      return value === undefined
        ? new Unresolved(`\`${at.getText().slice(0, 60)}\` is not defined`, this.at(at))
        : new Host(value, holder);
    }
    if (object instanceof SourceClass) return this.staticMember(object, String(key), at);
    if (object === undefined || object === null)
      return new Unresolved(`reads \`${String(key)}\` of ${String(object)}`, this.at(at));
    if (object instanceof SourceFunction) return new Unresolved(`reads \`${String(key)}\` of a function`, this.at(at));
    if (object instanceof SourcePrototype)
      return new Unresolved(`reads \`${String(key)}\` of a class's prototype`, this.at(at));
    const builtin = readBuiltinProperty(object, key);
    if (builtin !== NOT_BUILTIN) return builtin;
    if (typeof object === 'object') {
      const record = object as Record<string | number, unknown>;
      const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
      // A library value stored in a plain object (a zod shape) is still a library value.
      if (isLibraryValue(value)) return new Host(value, object);
      return value;
    }
    return new Unresolved(`cannot read \`${String(key)}\` of a ${typeof object}`, this.at(at));
  }

  // ── expressions ─────────────────────────────────────────────────────────────────────────────

  evaluate(node: Node | undefined, depth = 0): unknown {
    if (!node) return undefined;
    if (depth > MAX_DEPTH || this.active.has(node)) return new Unresolved('the value refers to itself', this.at(node));
    this.active.add(node);
    try {
      return this.evaluateNode(node, depth + 1);
    } finally {
      this.active.delete(node);
    }
  }

  /** Whether a value is truthy: undefined when that is not known. */
  truthy(value: unknown): boolean | undefined {
    if (value instanceof Unresolved) return undefined;
    if (value instanceof Host) return Boolean(value.value);
    return Boolean(value);
  }

  private evaluateNode(node: Node, depth: number): unknown {
    switch (node.getKind()) {
      case SyntaxKind.TrueKeyword:
        return true;
      case SyntaxKind.FalseKeyword:
        return false;
      case SyntaxKind.NullKeyword:
        return null;
      case SyntaxKind.ThisKeyword:
        if (this.thisValues.length <= this.thisFloor) this.outerReads += 1;
        return this.thisValues.length
          ? this.thisValues[this.thisValues.length - 1]
          : new Unresolved('`this` is only known when the code runs', this.at(node));
      case SyntaxKind.RegularExpressionLiteral: {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        try {
          return new RegExp(text.slice(1, end), text.slice(end + 1));
        } catch {
          return new Unresolved('a regular expression this Node cannot read', this.at(node));
        }
      }
      default:
        break;
    }
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node.isNumericLiteral(node)) return node.getLiteralValue();
    if (Node.isIdentifier(node) && node.getText() === 'undefined') return undefined;
    if (
      Node.isParenthesizedExpression(node) ||
      Node.isAsExpression(node) ||
      Node.isSatisfiesExpression(node) ||
      Node.isNonNullExpression(node) ||
      Node.isTypeAssertion(node) ||
      Node.isAwaitExpression(node)
    ) {
      return this.evaluate(node.getExpression(), depth);
    }
    // Only generators followed as async functions (tsc's `__awaiter`) are run: there `yield` is `await`.
    if (Node.isYieldExpression(node)) return this.evaluate(node.getExpression(), depth);
    if (Node.isPrefixUnaryExpression(node)) return this.prefix(node, depth);
    if (Node.isTypeOfExpression(node)) {
      const value = this.evaluate(node.getExpression(), depth);
      if (value instanceof Unresolved) return value;
      return value instanceof SourceFunction || value instanceof SourceClass ? 'function' : typeof hostValue(value);
    }
    if (Node.isVoidExpression(node)) return undefined;
    if (Node.isTemplateExpression(node)) return this.template(node, depth);
    if (Node.isBinaryExpression(node)) return this.binary(node, depth);
    if (Node.isConditionalExpression(node)) return this.conditional(node, depth);
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
      // A function written inside a followed call closes over what that call bound; an arrow also over `this`.
      const scope = this.frames.length > 0 ? new Map(this.bindings) : undefined;
      return new SourceFunction(
        this.at(node),
        node,
        Node.isArrowFunction(node) && this.thisValues.length ? this.thisValues[this.thisValues.length - 1] : undefined,
        scope,
      );
    }
    if (Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node))
      return new SourceFunction(this.at(node), node, undefined);
    if (Node.isClassExpression(node) || Node.isClassDeclaration(node)) return new SourceClass(node, this.at(node));
    if (Node.isObjectLiteralExpression(node)) return this.object(node, depth);
    if (Node.isArrayLiteralExpression(node)) return this.array(node, depth);
    if (Node.isIdentifier(node)) return this.identifier(node, depth);
    if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return this.access(node, depth);
    if (Node.isCallExpression(node)) return this.callExpression(node, depth);
    if (Node.isNewExpression(node)) return this.newExpression(node, depth);
    if (Node.isTaggedTemplateExpression(node))
      return new Unresolved(`cannot evaluate the tagged template \`${node.getTag().getText()}\``, this.at(node));
    return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\` statically`, this.at(node));
  }

  private prefix(node: Node & { getOperand(): Node; getOperatorToken(): SyntaxKind }, depth: number): unknown {
    const operand = this.evaluate(node.getOperand(), depth);
    const operator = node.getOperatorToken();
    if (operator === SyntaxKind.ExclamationToken) {
      const truth = this.truthy(operand);
      return truth === undefined
        ? operand instanceof Unresolved
          ? operand
          : new Unresolved(`cannot decide \`${node.getText()}\``, this.at(node))
        : !truth;
    }
    if (typeof operand === 'number' && operator === SyntaxKind.MinusToken) return -operand;
    if (typeof operand === 'number' && operator === SyntaxKind.PlusToken) return operand;
    return operand instanceof Unresolved
      ? operand
      : new Unresolved(`cannot evaluate \`${node.getText()}\``, this.at(node));
  }

  private template(
    node: Node & {
      getHead(): { getLiteralText(): string };
      getTemplateSpans(): Array<Node & { getExpression(): Node; getLiteral(): { getLiteralText(): string } }>;
    },
    depth: number,
  ): unknown {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const value = hostValue(this.evaluate(span.getExpression(), depth));
      if (value instanceof Unresolved) return value;
      if (
        typeof value !== 'string' &&
        typeof value !== 'number' &&
        typeof value !== 'boolean' &&
        value !== null &&
        value !== undefined
      ) {
        return new Unresolved(`cannot evaluate \`${span.getExpression().getText()}\` in a template`, this.at(span));
      }
      text += String(value) + span.getLiteral().getLiteralText();
    }
    return text;
  }

  private binary(node: Node & { getLeft(): Node; getRight(): Node; getOperatorToken(): Node }, depth: number): unknown {
    const operator = node.getOperatorToken().getKind();
    const left = this.evaluate(node.getLeft(), depth);
    // Short-circuits decide on the left alone when they can.
    if (operator === SyntaxKind.AmpersandAmpersandToken || operator === SyntaxKind.BarBarToken) {
      const truth = this.truthy(left);
      if (truth === undefined) {
        // `flag && tool.type !== 'read'` for a read tool: falsy whatever the flag is (a gate that cannot hold).
        if (operator === SyntaxKind.AmpersandAmpersandToken) {
          const right = this.evaluate(node.getRight(), depth);
          if (!(right instanceof Unresolved) && this.truthy(right) === false) return right;
        }
        return this.undecided(node.getLeft(), left, node, depth, operator === SyntaxKind.AmpersandAmpersandToken);
      }
      if ((operator === SyntaxKind.AmpersandAmpersandToken) !== truth) return left;
      return this.evaluate(node.getRight(), depth);
    }
    if (operator === SyntaxKind.QuestionQuestionToken) {
      if (left instanceof Unresolved) return left;
      return hostValue(left) === null || hostValue(left) === undefined ? this.evaluate(node.getRight(), depth) : left;
    }
    if (operator === SyntaxKind.CommaToken) return this.evaluate(node.getRight(), depth);
    const right = this.evaluate(node.getRight(), depth);
    if (left instanceof Unresolved) return left;
    if (right instanceof Unresolved) return right;
    const [a, b] = [hostValue(left), hostValue(right)];
    switch (operator) {
      case SyntaxKind.PlusToken:
        if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number'))
          return (a as string) + (b as string);
        break;
      case SyntaxKind.MinusToken:
        if (typeof a === 'number' && typeof b === 'number') return a - b;
        break;
      case SyntaxKind.AsteriskToken:
        if (typeof a === 'number' && typeof b === 'number') return a * b;
        break;
      case SyntaxKind.SlashToken:
        if (typeof a === 'number' && typeof b === 'number') return a / b;
        break;
      case SyntaxKind.PercentToken:
        if (typeof a === 'number' && typeof b === 'number') return a % b;
        break;
      case SyntaxKind.EqualsEqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a === b;
        break;
      case SyntaxKind.ExclamationEqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a !== b;
        break;

      case SyntaxKind.EqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a == b;
        break;

      case SyntaxKind.ExclamationEqualsToken:
        if (comparable(a) && comparable(b)) return a != b;
        break;
      case SyntaxKind.LessThanToken:
        if (typeof a === 'number' && typeof b === 'number') return a < b;
        break;
      case SyntaxKind.GreaterThanToken:
        if (typeof a === 'number' && typeof b === 'number') return a > b;
        break;
      case SyntaxKind.LessThanEqualsToken:
        if (typeof a === 'number' && typeof b === 'number') return a <= b;
        break;
      case SyntaxKind.GreaterThanEqualsToken:
        if (typeof a === 'number' && typeof b === 'number') return a >= b;
        break;
      case SyntaxKind.InKeyword:
        if ((typeof a === 'string' || typeof a === 'number') && isPlainObject(b)) return a in b;
        break;
      case SyntaxKind.InstanceOfKeyword:
        // Only a library value against a library class is certain (`schema instanceof z.ZodObject`).
        if (left instanceof Host && right instanceof Host && typeof b === 'function')
          return a instanceof (b as new () => unknown);
        // A source class against a source class (`ctor.prototype instanceof BaseTool`, `tool instanceof ReadTool`): its bases.
        if (
          b instanceof SourceClass &&
          (a instanceof SourcePrototype || (typeof a === 'object' && INSTANCES.has(a as object)))
        ) {
          const decided =
            a instanceof SourcePrototype
              ? this.derives(a.cls, b, false)
              : this.derives(INSTANCES.get(a as object)!, b, true);
          if (decided !== undefined) return decided;
          return new Unresolved(
            `cannot decide \`${node.getText().slice(0, 60)}\`: a base class is not in the sources`,
            this.at(node),
          );
        }
        if (isPlainObject(a) || Array.isArray(a) || typeof a !== 'object')
          return typeof b === 'function'
            ? false
            : new Unresolved(`cannot decide \`${node.getText().slice(0, 60)}\``, this.at(node));
        break;
      default:
        break;
    }
    return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\``, this.at(node));
  }

  /**
   * `flag && [tool]`, `flag ? a : b` where the condition is not known. A list either way (a spread of
   * `cond ? [a] : []`) is read as every element, each under its condition; anything else is unknown.
   */
  private undecided(
    condition: Node,
    value: unknown,
    node: Node,
    depth: number,
    and: boolean,
    otherwise?: Node,
  ): unknown {
    const text = conditionText(condition);
    const whenTrue = and
      ? this.evaluate((node as unknown as { getRight(): Node }).getRight(), depth)
      : otherwise
        ? this.evaluate(otherwise, depth)
        : value;
    const whenFalse = and
      ? value
      : otherwise
        ? undefined
        : this.evaluate((node as unknown as { getRight(): Node }).getRight(), depth);
    return this.interpreter.mergeValues(whenTrue, whenFalse, and ? text : conditionText(condition, true), node);
  }

  private conditional(
    node: Node & { getCondition(): Node; getWhenTrue(): Node; getWhenFalse(): Node },
    depth: number,
  ): unknown {
    const condition = this.evaluate(node.getCondition(), depth);
    const truth = this.truthy(condition);
    if (truth === true) return this.evaluate(node.getWhenTrue(), depth);
    if (truth === false) return this.evaluate(node.getWhenFalse(), depth);
    const whenTrue = this.evaluate(node.getWhenTrue(), depth);
    const whenFalse = this.evaluate(node.getWhenFalse(), depth);
    return this.interpreter.mergeValues(whenTrue, whenFalse, conditionText(node.getCondition()), node);
  }

  private object(node: Node & { getProperties(): Node[] }, depth: number): unknown {
    const out: Record<string, unknown> = {};
    for (const property of node.getProperties()) {
      if (Node.isSpreadAssignment(property)) {
        // `{ ...Base.shape }`: a library value (a zod shape) spreads like the plain object it is.
        const spread = hostValue(this.evaluate(property.getExpression(), depth));
        if (spread instanceof Unresolved) return spread;
        if (spread === undefined || spread === null) continue;
        if (typeof spread !== 'object' || spread instanceof SourceFunction || spread instanceof SourceClass)
          return new Unresolved(`cannot spread \`${property.getExpression().getText()}\``, this.at(property));
        Object.assign(out, spread);
      } else if (Node.isPropertyAssignment(property)) {
        const nameNode = property.getNameNode();
        const name = Node.isComputedPropertyName(nameNode)
          ? hostValue(this.evaluate(nameNode.getExpression(), depth))
          : Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode)
            ? String(nameNode.getLiteralValue())
            : nameNode.getText();
        if (typeof name !== 'string' && typeof name !== 'number')
          return name instanceof Unresolved
            ? name
            : new Unresolved(`cannot evaluate the property name \`${nameNode.getText()}\``, this.at(property));
        out[String(name)] = this.evaluate(property.getInitializer(), depth);
      } else if (Node.isShorthandPropertyAssignment(property)) {
        // `{ tools }`: the value is the variable in scope, not the property.
        const symbol = property.getProject().getTypeChecker().getShorthandAssignmentValueSymbol(property);
        out[property.getName()] = symbol
          ? this.symbol(symbol, property.getNameNode(), depth)
          : this.global(property.getName(), property);
      } else if (Node.isMethodDeclaration(property)) {
        out[property.getName()] = new SourceFunction(this.at(property), property, undefined);
      } else if (Node.isGetAccessorDeclaration(property)) {
        out[property.getName()] = this.call(new SourceFunction(this.at(property), property, out), [], property);
      } else if (Node.isSetAccessorDeclaration(property)) {
        continue;
      } else {
        return new Unresolved(`cannot evaluate \`${property.getText().slice(0, 60)}\``, this.at(property));
      }
    }
    return out;
  }

  private array(node: Node & { getElements(): Node[] }, depth: number): unknown {
    const out: unknown[] = [];
    for (const element of node.getElements()) {
      if (Node.isSpreadElement(element)) {
        const spread = hostValue(this.evaluate(element.getExpression(), depth));
        if (spread instanceof Unresolved) return spread;
        if (spread instanceof Map || spread instanceof Set) out.push(...spread.values());
        else if (Array.isArray(spread) || typeof spread === 'string') out.push(...spread);
        else return new Unresolved(`cannot spread \`${element.getExpression().getText()}\``, this.at(element));
      } else if (Node.isOmittedExpression(element)) {
        out.push(undefined);
      } else out.push(this.evaluate(element, depth));
    }
    return out;
  }

  private identifier(node: Identifier, depth: number): unknown {
    const symbol = node.getSymbol();
    if (!symbol) return this.global(node.getText(), node);
    return this.symbol(symbol, node, depth);
  }

  /** A name with no declaration in the sources: a global JavaScript gives every program, or unknown. */
  private global(name: string, node: Node): unknown {
    const value = globalValue(name);
    if (value !== NOT_BUILTIN) return value;
    if (name === 'process')
      return new Unresolved(
        '`process` (the environment and arguments the server is started with) is only known when it runs',
        this.at(node),
      );
    return new Unresolved(`\`${name}\` is not declared in the analysed sources`, this.at(node));
  }

  symbol(found: TsSymbol, node: Node, depth: number): unknown {
    let symbol = found;
    const name = node.getText();
    // An imported name: a host module's export, or the declaration in the file it comes from.
    for (const declaration of symbol.getDeclarations()) {
      const host = this.hostImport(declaration, name);
      if (host !== undefined) return host;
      // `const zod_1 = require("zod")`: the compiler takes it for an import it could not resolve; read it as the call it is.
      if (isRequireBinding(declaration) && !this.bindings.has(declaration))
        return Node.isVariableDeclaration(declaration)
          ? this.variable(declaration, symbol, node, depth)
          : this.destructured(declaration, node, depth);
    }
    if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
    const declarations = symbol.getDeclarations();
    const declaration =
      symbol.getValueDeclaration() ??
      declarations.find((d) => !Node.isInterfaceDeclaration(d) && !Node.isTypeAliasDeclaration(d)) ??
      declarations[0];
    if (!declaration) return new Unresolved(`\`${name}\` has no declaration in the analysed sources`, this.at(node));
    if (this.bindings.has(declaration)) {
      if ((this.boundAt.get(declaration) ?? 0) <= this.readFloor) this.outerReads += 1;
      return this.bindings.get(declaration);
    }
    if (Node.isSourceFile(declaration)) return this.namespace(declaration);
    const file = declaration.getSourceFile().getFilePath();
    // Globals (Array, process) and dependencies are not sources: their values are only known at run time.
    if (!this.isSource(file) || declaration.getSourceFile().isDeclarationFile()) {
      {
        const builtin = globalValue(name);
        if (builtin !== NOT_BUILTIN) return builtin;
      }
      return new Unresolved(`\`${name}\` comes from outside the analysed sources`, this.at(node));
    }
    if (Node.isVariableDeclaration(declaration)) return this.variable(declaration, symbol, node, depth);
    if (Node.isEnumDeclaration(declaration))
      return Object.fromEntries(declaration.getMembers().map((m) => [m.getName(), m.getValue()]));
    if (Node.isEnumMember(declaration)) return declaration.getValue();
    if (Node.isFunctionDeclaration(declaration))
      return new SourceFunction(this.at(declaration), declaration, undefined);
    if (Node.isClassDeclaration(declaration)) return new SourceClass(declaration, this.at(declaration));
    if (Node.isExportAssignment(declaration)) return this.evaluate(declaration.getExpression(), depth);
    if (Node.isBindingElement(declaration)) return this.destructured(declaration, node, depth);
    if (Node.isParameterDeclaration(declaration))
      return new Unresolved(`\`${name}\` is a parameter: its value is only known when the code runs`, this.at(node));
    if (Node.isNamespaceImport(declaration) || Node.isNamespaceExport(declaration)) {
      const target = symbol.getAliasedSymbol()?.getDeclarations()[0] ?? found.getAliasedSymbol()?.getDeclarations()[0];
      if (target && Node.isSourceFile(target)) return this.namespace(target);
    }
    if (
      Node.isImportSpecifier(declaration) ||
      Node.isImportClause(declaration) ||
      Node.isNamespaceImport(declaration) ||
      Node.isExportSpecifier(declaration)
    ) {
      return new Unresolved(`\`${name}\` is imported from a module outside the analysed sources`, this.at(node));
    }
    if (Node.isPropertyAssignment(declaration) || Node.isShorthandPropertyAssignment(declaration)) {
      // `module.exports = { TOOLS }` / `exports.TOOLS = …` in CommonJS output.
      return Node.isPropertyAssignment(declaration)
        ? this.evaluate(declaration.getInitializer(), depth)
        : this.evaluate(declaration.getNameNode(), depth);
    }
    if (Node.isBinaryExpression(declaration)) return this.evaluate(declaration.getRight(), depth);
    if (Node.isPropertyAccessExpression(declaration) && Node.isBinaryExpression(declaration.getParent()))
      return this.evaluate((declaration.getParent() as unknown as { getRight(): Node }).getRight(), depth);
    return new Unresolved(`cannot evaluate \`${name}\` (${declaration.getKindName()})`, this.at(node));
  }

  /**
   * A variable: its initializer, or, when it is changed after its declaration (pushed to, assigned
   * in branches), the value the statements around it leave at the place it is read.
   */
  private variable(
    declaration: Node & { getInitializer(): Node | undefined; getName(): string },
    symbol: TsSymbol,
    node: Node,
    depth: number,
  ): unknown {
    if (this.memo.has(declaration)) return this.memo.get(declaration);
    const initializer = declaration.getInitializer();
    const name = declaration.getName();
    // `var X; (function (X) { X["A"] = "a"; })(X || (X = {}))`: an enum as TypeScript compiles it.
    const compiled = initializer ? undefined : compiledEnum(declaration.getSourceFile(), name, this, depth);
    if (compiled) return compiled;
    // `var tools_exports = {}; __export(tools_exports, {…})`: a bundler's module namespace.
    if (initializer && Node.isObjectLiteralExpression(initializer) && initializer.getProperties().length === 0) {
      if (this.memo.has(declaration)) return this.memo.get(declaration);
      const bundled = bundlerNamespace(this, declaration.getSourceFile(), name, depth);
      if (bundled) {
        this.memo.set(declaration, bundled);
        return bundled;
      }
    }
    const changed = mutation(declaration, symbol);
    // A value that depends on nothing bound is the same wherever it is read: remembered (not so a changed variable, read as of a place).
    const value = this.memoized(changed ? undefined : declaration, () => {
      if (changed) return this.interpreter.valueAt(declaration, node, changed);
      if (initializer) return this.evaluate(initializer, depth);
      const loop = declaration.getParent()?.getParent();
      if (loop && (Node.isForOfStatement(loop) || Node.isForInStatement(loop)))
        return new Unresolved(
          `\`${name}\` is a loop variable: its values are only known when the code runs`,
          this.at(declaration),
        );
      return new Unresolved(`\`${name}\` is declared without a value`, this.at(declaration));
    });
    return value;
  }

  /** Evaluate, and remember the result for `key` when it read nothing bound by a frame open before it. */
  private memoized(key: Node | undefined, fn: () => unknown): unknown {
    const [reads, floor, thisFloor] = [this.outerReads, this.readFloor, this.thisFloor];
    this.outerReads = 0;
    this.readFloor = this.frames.length;
    this.thisFloor = this.thisValues.length;
    try {
      const value = fn();
      // A closure keeps what was bound where it was written: not the same value elsewhere.
      const closure = value instanceof SourceFunction && value.scope !== undefined;
      if (key && this.outerReads === 0 && !closure) this.memo.set(key, value);
      return value;
    } finally {
      this.outerReads += reads;
      this.readFloor = floor;
      this.thisFloor = thisFloor;
    }
  }

  /** `const { a, b: { c } } = value`: the part of the initializer's value this name stands for. */
  private destructured(element: Node, node: Node, depth: number): unknown {
    const path: Array<string | number> = [];
    let current: Node = element;
    while (Node.isBindingElement(current)) {
      const pattern = current.getParent();
      if (Node.isObjectBindingPattern(pattern)) {
        const keyNode = current.getPropertyNameNode();
        path.unshift(
          keyNode ? (Node.isStringLiteral(keyNode) ? keyNode.getLiteralValue() : keyNode.getText()) : current.getName(),
        );
      } else if (Node.isArrayBindingPattern(pattern)) path.unshift(pattern.getElements().indexOf(current));
      current = pattern.getParent();
    }
    if (!Node.isVariableDeclaration(current) || !current.getInitializer())
      return new Unresolved(
        `\`${node.getText()}\` is destructured from a value only known when the code runs`,
        this.at(node),
      );
    let value = this.evaluate(current.getInitializer(), depth);
    for (const key of path) value = this.read(value, key, node);
    return value;
  }

  /** The exports of a source module as an object (`import * as tools from './tools'`). */
  namespace(file: SourceFile): Record<string, unknown> {
    const cached = this.namespaces.get(file);
    if (cached) return cached;
    const out: Record<string, unknown> = {};
    this.namespaces.set(file, out);
    if (isCommonJs(file)) {
      const exported = this.moduleExports(file);
      return isPlainObject(exported) ? exported : { default: exported };
    }
    for (const [name, declarations] of file.getExportedDeclarations()) {
      const declaration = declarations.find((d) => !Node.isInterfaceDeclaration(d) && !Node.isTypeAliasDeclaration(d));
      if (!declaration) continue;
      if (
        Node.isVariableDeclaration(declaration) ||
        Node.isFunctionDeclaration(declaration) ||
        Node.isClassDeclaration(declaration) ||
        Node.isEnumDeclaration(declaration)
      ) {
        const nameNode = (declaration as unknown as { getNameNode(): Node }).getNameNode();
        const symbol = nameNode.getSymbol();
        out[name] = symbol
          ? this.symbol(symbol, nameNode, 0)
          : new Unresolved(`cannot read the export \`${name}\``, this.at(declaration));
      } else out[name] = this.evaluate(declaration as Node);
    }
    return out;
  }

  private readonly commonJs = new Map<SourceFile, unknown>();

  /** What `require` of a source file returns: a CommonJS module's `module.exports`, an ES module's namespace. */
  moduleExports(file: SourceFile): unknown {
    if (!isCommonJs(file)) return this.namespace(file);
    if (this.commonJs.has(file)) return this.commonJs.get(file);
    // Set before it is read: a module required back while it runs sees the exports written so far, as in Node.
    const out = this.namespaces.get(file) ?? {};
    this.namespaces.set(file, out);
    this.commonJs.set(file, out);
    const value = commonJsExports(this, file, out);
    this.commonJs.set(file, value);
    return value;
  }

  private hostImport(declaration: Node, name: string): unknown {
    const importDeclaration = declaration.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
    if (!importDeclaration) return undefined;
    const specifier = importDeclaration.getModuleSpecifierValue();
    // `import definitions from './tools.json'`: data the server ships, read as it is.
    if (
      /^\.{1,2}\/.*\.json$/.test(specifier) &&
      (Node.isImportClause(declaration) || Node.isImportSpecifier(declaration) || Node.isNamespaceImport(declaration))
    ) {
      const data = this.json(
        path.resolve(path.dirname(importDeclaration.getSourceFile().getFilePath()), specifier),
        declaration,
      );
      if (data instanceof Unresolved || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration))
        return data;
      return Node.isImportSpecifier(declaration) && isPlainObject(data)
        ? data[declaration.getName()]
        : new Unresolved(`cannot read the import of \`${name}\` from ${specifier}`, this.at(declaration));
    }
    const module = this.context.hostModule(specifier);
    if (!module) return undefined;
    if (Node.isNamespaceImport(declaration)) return new Host(module);
    if (Node.isImportClause(declaration)) return new Host((module as { default?: unknown }).default ?? module);
    if (Node.isImportSpecifier(declaration)) {
      const imported = declaration.getName();
      return imported in module
        ? new Host(module[imported])
        : new Unresolved(
            `"${imported}" is not exported by ${importDeclaration.getModuleSpecifierValue()}`,
            this.at(declaration),
          );
    }
    return new Unresolved(`cannot read the import of \`${name}\``, this.at(declaration));
  }

  private readonly jsonFiles = new Map<string, unknown>();

  /** A JSON file of the sources, parsed once; a file that is missing or not JSON is a gap, said where it is imported. */
  json(file: string, at: Node): unknown {
    if (!this.jsonFiles.has(file)) {
      try {
        this.jsonFiles.set(file, JSON.parse(readFileSync(file, 'utf8')) as unknown);
      } catch (error) {
        this.jsonFiles.set(
          file,
          new Unresolved(
            `cannot read ${path.relative(this.context.root, file)}: ${(error as Error).message.split('\n')[0]}`,
            this.at(at),
          ),
        );
      }
    }
    return this.jsonFiles.get(file);
  }

  private key(node: Node, depth: number): unknown {
    if (Node.isPropertyAccessExpression(node)) return node.getName();
    return hostValue(
      this.evaluate((node as unknown as { getArgumentExpression(): Expression }).getArgumentExpression(), depth),
    );
  }

  private access(node: Node & { getExpression(): Node }, depth: number): unknown {
    const object = this.evaluate(node.getExpression(), depth);
    if (object instanceof Unresolved) return object;
    const optional = (node as unknown as { hasQuestionDotToken?(): boolean }).hasQuestionDotToken?.() ?? false;
    if (optional && (object === undefined || object === null)) return undefined;
    const key = this.key(node, depth);
    if (key instanceof Unresolved) return key;
    if (typeof key !== 'string' && typeof key !== 'number')
      return new Unresolved(`cannot evaluate the key of \`${node.getText().slice(0, 60)}\``, this.at(node));
    return this.read(object, key, node);
  }

  /** A static member of a source class (a `static toolName`, a static method), from the class or a base it extends. */
  staticMember(cls: SourceClass, name: string, at: Node): unknown {
    if (name === 'prototype') return new SourcePrototype(cls);
    for (let current: SourceClass | undefined = cls; current; current = this.baseOf(current)) {
      const member = current.node
        .getMembers()
        .find(
          (m) =>
            (Node.isPropertyDeclaration(m) || Node.isMethodDeclaration(m) || Node.isGetAccessorDeclaration(m)) &&
            m.isStatic() &&
            m.getName() === name,
        );
      if (!member) continue;
      if (Node.isPropertyDeclaration(member))
        return this.withThis(current, () => this.evaluate(member.getInitializer()));
      if (Node.isMethodDeclaration(member)) return new SourceFunction(this.at(member), member, current);
      return this.call(new SourceFunction(this.at(member), member, current), [], at);
    }
    if (name === 'name') return cls.node.getName() ?? '';
    return new Unresolved(
      `\`${cls.node.getName() ?? 'class'}.${name}\` is not a static member mcpver can read`,
      this.at(at),
    );
  }

  /**
   * Whether `cls` is `base` (when `orSelf`) or extends it through source classes; undefined when the
   * chain reaches a base that is not known (a mixin call), which might be anything.
   */
  derives(cls: SourceClass, base: SourceClass, orSelf: boolean): boolean | undefined {
    let current: SourceClass | undefined = orSelf ? cls : undefined;
    if (!orSelf) {
      const heritage = cls.node.getExtends();
      if (!heritage) return false;
      const next = this.evaluate(heritage.getExpression());
      if (!(next instanceof SourceClass)) return next instanceof Host ? false : undefined;
      current = next;
    }
    for (let steps = 0; current && steps < 16; steps++) {
      if (current.node === base.node) return true;
      const heritage = current.node.getExtends();
      if (!heritage) return false;
      const next = this.evaluate(heritage.getExpression());
      // A library class (`extends McpTool` from a package) cannot extend a class of the sources.
      if (!(next instanceof SourceClass)) return next instanceof Host ? false : undefined;
      current = next;
    }
    return undefined;
  }

  /** The class a source class extends, when it is one of the sources too. */
  baseOf(cls: SourceClass): SourceClass | undefined {
    const heritage = cls.node.getExtends();
    if (!heritage) return undefined;
    const base = this.evaluate(heritage.getExpression());
    return base instanceof SourceClass ? base : undefined;
  }

  withThis<T>(self: unknown, fn: () => T): T {
    this.thisValues.push(self);
    try {
      return fn();
    } finally {
      this.thisValues.pop();
    }
  }

  // ── calls ───────────────────────────────────────────────────────────────────────────────────

  evaluateArguments(args: Node[], depth: number): unknown[] | Unresolved {
    const out: unknown[] = [];
    for (const arg of args) {
      if (Node.isSpreadElement(arg)) {
        const spread = hostValue(this.evaluate(arg.getExpression(), depth));
        if (!Array.isArray(spread))
          return spread instanceof Unresolved
            ? spread
            : new Unresolved(`cannot spread \`${arg.getExpression().getText()}\` into a call`, this.at(arg));
        out.push(...spread);
      } else out.push(this.evaluate(arg, depth));
    }
    return out;
  }

  private callExpression(node: Node & { getExpression(): Node; getArguments(): Node[] }, depth: number): unknown {
    const expression = node.getExpression();
    const shown = expression.getText().replace(/\s+/g, ' ').slice(0, 60);
    if (expression.getKind() === SyntaxKind.SuperKeyword) return undefined; // run by the constructor that holds it
    if (Node.isCallExpression(node)) {
      const specifier = requireSpecifier(node);
      if (specifier !== undefined) return requireModule(this, node, specifier);
      const interop = interopCall(this, node, depth);
      if (interop !== NOT_INTEROP) return interop;
    }
    const optional = (node as unknown as { hasQuestionDotToken?(): boolean }).hasQuestionDotToken?.() ?? false;
    if (Node.isPropertyAccessExpression(expression) || Node.isElementAccessExpression(expression)) {
      const target = this.evaluate(expression.getExpression(), depth);
      if (target instanceof Unresolved)
        return new Unresolved(
          `calls \`${shown}(…)\`, which is only known when the code runs (${target.reason})`,
          target.location,
        );
      if (
        (expression as unknown as { hasQuestionDotToken(): boolean }).hasQuestionDotToken() &&
        (target === undefined || target === null)
      )
        return undefined;
      const name = this.key(expression, depth);
      if (typeof name !== 'string' && typeof name !== 'number')
        return new Unresolved(`cannot evaluate the method of \`${shown}(…)\``, this.at(node));
      if (target instanceof Host)
        return this.hostCall(
          node,
          new Host((target.value as Record<string | number, unknown>)?.[name], target.value),
          String(name),
          depth,
        );
      const args = this.evaluateArguments(node.getArguments(), depth);
      if (args instanceof Unresolved) return args;
      const builtin = callBuiltin(this, target, String(name), args, node);
      if (builtin !== NOT_BUILTIN) return builtin;
      const member = this.read(target, name, expression);
      if (member instanceof SourceFunction)
        return this.call(
          member.self === undefined && !(target instanceof SourceClass) ? member.bind(target) : member,
          args,
          node,
        );
      if (member instanceof Host) return this.hostCall(node, member, String(name), depth);
      if (member instanceof Unresolved)
        return new Unresolved(
          `calls \`${shown}(…)\`, which is only known when the code runs (${member.reason})`,
          member.location,
        );
      if (optional && (member === undefined || member === null)) return undefined;
      return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs`, this.at(node));
    }
    const callee = this.evaluate(expression, depth);
    if (callee instanceof Unresolved)
      return new Unresolved(
        `calls \`${shown}(…)\`, which is only known when the code runs (${callee.reason})`,
        callee.location,
      );
    if (callee instanceof SourceFunction) {
      const args = this.evaluateArguments(node.getArguments(), depth);
      return args instanceof Unresolved ? args : this.call(callee, args, node);
    }
    if (callee instanceof Host && typeof callee.value === 'function')
      return this.hostCall(node, callee, shown.split('.').pop() ?? '', depth);
    const args = this.evaluateArguments(node.getArguments(), depth);
    if (args instanceof Unresolved) return args;
    const builtin = callBuiltin(this, undefined, callee, args, node);
    if (builtin !== NOT_BUILTIN) return builtin;
    if (optional && (callee === undefined || callee === null)) return undefined;
    return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs`, this.at(node));
  }

  private newExpression(
    node: Node & { getExpression(): Node; getArguments(): Node[] | undefined },
    depth: number,
  ): unknown {
    const callee = this.evaluate(node.getExpression(), depth);
    const shown = node.getExpression().getText().slice(0, 60);
    if (callee instanceof Unresolved)
      return new Unresolved(
        `builds \`new ${shown}(…)\`, which is only known when the code runs (${callee.reason})`,
        callee.location,
      );
    if (callee instanceof Host) return this.hostCall(node, callee, shown.split('.').pop() ?? '', depth);
    const args = this.evaluateArguments(node.getArguments() ?? [], depth);
    if (args instanceof Unresolved) return args;
    if (callee instanceof SourceClass) return this.construct(callee, args, node);
    const builtin = callBuiltin(this, undefined, callee, args, node, true);
    if (builtin !== NOT_BUILTIN) return builtin;
    return new Unresolved(`builds \`new ${shown}(…)\`, which is only known when the code runs`, this.at(node));
  }

  /** A call of a library function (zod, the SDK's helpers) with the data rebuilt from the sources. */
  private hostCall(
    node: Node & { getArguments(): Node[] | undefined },
    callee: Host,
    name: string,
    depth: number,
  ): unknown {
    if (typeof callee.value !== 'function')
      return new Unresolved(`\`${node.getText().slice(0, 60)}\` is not a function`, this.at(node));
    let args = this.evaluateArguments(node.getArguments() ?? [], depth);
    if (args instanceof Unresolved) return args;
    // `z.lazy(() => schema)`: the schema the function returns, followed here (a reference back to itself stays a gap).
    if (name === 'lazy' && args[0] instanceof SourceFunction) {
      const schema = this.call(args[0], [], node);
      if (schema instanceof Unresolved) return schema;
      args = [() => hostValue(schema)];
    }
    const prepared = this.context.hostArguments(name, args.map(unwrapHost), this.at(node), callee.self);
    if (prepared instanceof Unresolved) return prepared;
    try {
      const fn = callee.value as (...a: unknown[]) => unknown;
      const result = Node.isNewExpression(node) ? Reflect.construct(fn, prepared) : fn.apply(callee.self, prepared);
      return new Host(result);
    } catch (error) {
      return new Unresolved(
        `\`${name}(…)\` failed when rebuilt from the sources: ${(error as Error).message.split('\n')[0]}`,
        this.at(node),
      );
    }
  }

  /**
   * Follow a call of a function written in the sources: its parameters bound to the arguments, its
   * body read statement by statement (see Interpreter), its result what its returns give.
   */
  call(fn: SourceFunction, args: unknown[], at: Node, options: { generatorAsAsync?: boolean } = {}): unknown {
    const node = fn.node;
    if (!node) return new Unresolved('calls a function mcpver cannot follow', fn.location);
    if (this.calls.length >= MAX_CALL_DEPTH || this.calls.includes(node))
      return new Unresolved(
        `calls \`${at.getText().replace(/\s+/g, ' ').slice(0, 60)}\` recursively or too deeply to follow`,
        this.at(at),
      );
    if (!this.isSource(node.getSourceFile().getFilePath()))
      return new Unresolved('calls a function outside the analysed sources', this.at(at));
    if ((node as unknown as { isGenerator?(): boolean }).isGenerator?.() && !options.generatorAsAsync)
      return new Unresolved('calls a generator, which mcpver does not follow', this.at(at));
    const arrow = Node.isArrowFunction(node) && fn.self === undefined;
    this.calls.push(node);
    if (!arrow) this.thisValues.push(fn.self);
    try {
      return this.inFrame(() => {
        for (const [declaration, value] of fn.scope ?? [])
          if (!this.bindings.has(declaration)) this.bind(declaration, value);
        const parameters = (node as unknown as { getParameters(): Node[] }).getParameters();
        parameters.forEach((parameter, i) => {
          const rest = Node.isParameterDeclaration(parameter) && parameter.isRestParameter();
          this.bindPattern(parameter, rest ? args.slice(i) : args[i]);
        });
        const body = (node as unknown as { getBody(): Node | undefined }).getBody();
        if (!body) return new Unresolved('calls a function without a body', this.at(at));
        return Node.isBlock(body) ? this.interpreter.runBody(body) : this.evaluate(body);
      });
    } finally {
      this.calls.pop();
      if (!arrow) this.thisValues.pop();
    }
  }

  /** `new C(…)` of a source class: methods, then field initializers and constructor bodies, base first. */
  construct(cls: SourceClass, args: unknown[], at: Node): unknown {
    const instance: Record<string, unknown> = {};
    INSTANCES.set(instance, cls);
    const chain: SourceClass[] = [];
    for (let current: SourceClass | undefined = cls; current && chain.length < 16; current = this.baseOf(current))
      chain.unshift(current);
    for (const current of chain) {
      for (const member of current.node.getMethods())
        if (!member.isStatic()) instance[member.getName()] = new SourceFunction(this.at(member), member, instance);
    }
    const result = this.initialize(chain, chain.length - 1, instance, args, at);
    if (result instanceof Unresolved) return result;
    for (const current of chain) {
      for (const getter of current.node.getGetAccessors()) {
        if (!getter.isStatic())
          instance[getter.getName()] = this.call(new SourceFunction(this.at(getter), getter, instance), [], at);
      }
    }
    return instance;
  }

  /** Run the field initializers and constructor of `chain[index]` on the instance (its base through `super(…)`). */
  private initialize(
    chain: SourceClass[],
    index: number,
    instance: Record<string, unknown>,
    args: unknown[],
    at: Node,
  ): unknown {
    const cls = chain[index];
    if (!cls) return undefined;
    const fields = () => {
      for (const property of cls.node.getProperties()) {
        if (property.isStatic()) continue;
        const initializer = property.getInitializer();
        if (initializer) instance[property.getName()] = this.withThis(instance, () => this.evaluate(initializer));
      }
    };
    const constructor = cls.node.getConstructors().find((c) => c.getBody());
    if (!constructor) {
      this.initialize(chain, index - 1, instance, args, at);
      fields();
      return undefined;
    }
    if (this.calls.length >= MAX_CALL_DEPTH)
      return new Unresolved('builds a class too deeply nested to follow', this.at(at));
    this.calls.push(constructor);
    this.thisValues.push(instance);
    try {
      return this.inFrame(() => {
        constructor.getParameters().forEach((parameter, i) => {
          this.bindPattern(parameter, parameter.isRestParameter() ? args.slice(i) : args[i]);
          // `constructor(private readonly name: string)`: a parameter property.
          if (parameter.getScope() || parameter.isReadonly())
            instance[parameter.getName()] = this.bindings.get(parameter);
        });
        const hasSuper = constructor
          .getBody()!
          .getDescendantsOfKind(SyntaxKind.SuperKeyword)
          .some((s) => Node.isCallExpression(s.getParent()));
        if (!hasSuper) {
          this.initialize(chain, index - 1, instance, [], at);
          fields();
        }
        this.interpreter.runBody(constructor.getBody() as never, (superCall) => {
          const superArgs = this.evaluateArguments(superCall.getArguments(), 0);
          this.initialize(chain, index - 1, instance, superArgs instanceof Unresolved ? [] : superArgs, at);
          fields();
        });
        return undefined;
      });
    } finally {
      this.calls.pop();
      this.thisValues.pop();
    }
  }
}

const comparable = (v: unknown): boolean =>
  v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
