// The static evaluator: turns a source expression into the value it certainly has (literals, objects,
// arrays, constants, imports across files, spreads, enums), or into an Unresolved that says why not.
// User code is never run: only values from the libraries mcpver itself loads (zod, the SDK) are
// called, with the literal data reconstructed here.

import { Node, SyntaxKind, type Expression, type Identifier, type Symbol as TsSymbol } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import { compiledEnum, mutation } from './writes.ts';

/** A value that cannot be known without running the server. */
export class Unresolved {
  /** `hidesItems`: what could not be read may hide whole tools, prompts or resources (a name, a list). */
  constructor(readonly reason: string, readonly location: SourceLocation, readonly hidesItems = false) {}
}

/** A function written in the sources (a handler, a callback): never called. */
export class SourceFunction {
  constructor(readonly location: SourceLocation) {}
}

/** A value from a library mcpver loaded (zod, the SDK): the only kind of thing that may be called. */
export class Host {
  constructor(readonly value: unknown, readonly self?: unknown) {}
}

export interface EvaluatorContext {
  /** The package root, for relative file names in locations. */
  root: string;
  /** The host module an import stands for, or undefined when it is not one mcpver loads. */
  hostModule(specifier: string): Record<string, unknown> | undefined;
  /** Arguments for a host call: functions from the sources replaced where the library allows it. */
  hostArguments(callee: string, args: unknown[], at: SourceLocation, holder: unknown): unknown[] | Unresolved;
}

export function locationOf(node: Node, root: string): SourceLocation {
  const file = node.getSourceFile().getFilePath();
  const relative = file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]/, '') : file;
  return { file: relative.replace(/\\/g, '/'), line: node.getStartLineNumber() };
}

const MAX_DEPTH = 64;

export class Evaluator {
  private readonly active = new Set<Node>();
  /** Values of loop variables while one iteration of a literal loop is read (see `withBindings`). */
  private readonly bindings = new Map<Node, unknown>();

  constructor(private readonly context: EvaluatorContext) {}

  /**
   * Evaluate with a declaration (a loop variable, a callback parameter, or the names it destructures)
   * bound to a value: one iteration of a loop over a literal array.
   */
  withBindings<T>(declaration: Node, value: unknown, fn: () => T): T {
    const bound: Node[] = [];
    const bind = (node: Node, v: unknown) => {
      const name = (node as unknown as { getNameNode?(): Node }).getNameNode?.();
      if (!name || Node.isIdentifier(name)) {
        this.bindings.set(node, v);
        bound.push(node);
      } else if (Node.isObjectBindingPattern(name)) {
        for (const element of name.getElements()) {
          const key = element.getPropertyNameNode()?.getText() ?? element.getName();
          bind(element, v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : new Unresolved(`cannot destructure \`${key}\``, this.at(element)));
        }
      } else if (Node.isArrayBindingPattern(name)) {
        name.getElements().forEach((element, i) => {
          if (Node.isBindingElement(element)) bind(element, Array.isArray(v) ? v[i] : new Unresolved('cannot destructure an element', this.at(element)));
        });
      }
    };
    bind(declaration, value);
    try {
      return fn();
    } finally {
      for (const node of bound) this.bindings.delete(node);
    }
  }

  at(node: Node): SourceLocation {
    return locationOf(node, this.context.root);
  }

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

  private evaluateNode(node: Node, depth: number): unknown {
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node.isNumericLiteral(node)) return node.getLiteralValue();
    if (node.getKind() === SyntaxKind.TrueKeyword) return true;
    if (node.getKind() === SyntaxKind.FalseKeyword) return false;
    if (node.getKind() === SyntaxKind.NullKeyword) return null;
    if (Node.isIdentifier(node) && node.getText() === 'undefined') return undefined;
    if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node) || Node.isTypeAssertion(node)) {
      return this.evaluate(node.getExpression(), depth);
    }
    if (Node.isPrefixUnaryExpression(node)) {
      const operand = this.evaluate(node.getOperand(), depth);
      if (typeof operand === 'number' && node.getOperatorToken() === SyntaxKind.MinusToken) return -operand;
      if (typeof operand === 'number' && node.getOperatorToken() === SyntaxKind.PlusToken) return operand;
      return new Unresolved(`cannot evaluate \`${node.getText()}\``, this.at(node));
    }
    if (Node.isTemplateExpression(node)) {
      let text = node.getHead().getLiteralText();
      for (const span of node.getTemplateSpans()) {
        const value = this.evaluate(span.getExpression(), depth);
        if (value instanceof Unresolved) return value;
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return new Unresolved(`cannot evaluate \`${span.getExpression().getText()}\` in a template`, this.at(span));
        text += String(value) + span.getLiteral().getLiteralText();
      }
      return text;
    }
    if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
      const [left, right] = [this.evaluate(node.getLeft(), depth), this.evaluate(node.getRight(), depth)];
      if ((typeof left === 'string' || typeof left === 'number') && (typeof right === 'string' || typeof right === 'number')) return (left as string) + (right as string);
      return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\``, this.at(node));
    }
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node)) return new SourceFunction(this.at(node));
    if (Node.isObjectLiteralExpression(node)) return this.evaluateObject(node, depth);
    if (Node.isArrayLiteralExpression(node)) {
      const out: unknown[] = [];
      for (const element of node.getElements()) {
        if (Node.isSpreadElement(element)) {
          const spread = hostValue(this.evaluate(element.getExpression(), depth));
          if (spread instanceof Unresolved) return spread;
          if (!Array.isArray(spread)) return new Unresolved(`cannot spread \`${element.getExpression().getText()}\``, this.at(element));
          out.push(...spread);
        } else out.push(this.evaluate(element, depth));
      }
      return out;
    }
    if (Node.isIdentifier(node)) return this.evaluateIdentifier(node, depth);
    if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return this.evaluateAccess(node, depth);
    if (Node.isCallExpression(node) || Node.isNewExpression(node)) return this.evaluateCall(node, depth);
    return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\` statically`, this.at(node));
  }

  private evaluateObject(node: Node & { getProperties(): Node[] }, depth: number): unknown {
    const out: Record<string, unknown> = {};
    for (const property of node.getProperties()) {
      if (Node.isSpreadAssignment(property)) {
        // `{ ...Base.shape }`: a library value (a zod shape) spreads like the plain object it is.
        const spread = hostValue(this.evaluate(property.getExpression(), depth));
        if (spread instanceof Unresolved) return spread;
        if (typeof spread !== 'object' || spread === null) return new Unresolved(`cannot spread \`${property.getExpression().getText()}\``, this.at(property));
        Object.assign(out, spread);
      } else if (Node.isPropertyAssignment(property)) {
        const nameNode = property.getNameNode();
        const name = Node.isComputedPropertyName(nameNode) ? this.evaluate(nameNode.getExpression(), depth) : Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode) ? String(nameNode.getLiteralValue()) : nameNode.getText();
        if (typeof name !== 'string' && typeof name !== 'number') return new Unresolved(`cannot evaluate the property name \`${nameNode.getText()}\``, this.at(property));
        out[String(name)] = this.evaluate(property.getInitializer(), depth);
      } else if (Node.isShorthandPropertyAssignment(property)) {
        // `{ tools }`: the value is the variable in scope, not the property.
        const symbol = property.getProject().getTypeChecker().getShorthandAssignmentValueSymbol(property);
        out[property.getName()] = symbol ? this.evaluateSymbol(symbol, property.getNameNode(), depth) : new Unresolved(`\`${property.getName()}\` is not declared`, this.at(property));
      } else if (Node.isMethodDeclaration(property)) {
        out[property.getName()] = new SourceFunction(this.at(property));
      } else {
        return new Unresolved(`cannot evaluate \`${property.getText().slice(0, 60)}\``, this.at(property));
      }
    }
    return out;
  }

  private evaluateIdentifier(node: Identifier, depth: number): unknown {
    const symbol = node.getSymbol();
    if (!symbol) return new Unresolved(`\`${node.getText()}\` is not declared in the analysed sources`, this.at(node));
    return this.evaluateSymbol(symbol, node, depth);
  }

  private evaluateSymbol(found: TsSymbol, node: Identifier, depth: number): unknown {
    let symbol = found;
    // An imported name: a host module's export, or the declaration in the file it comes from.
    for (const declaration of symbol.getDeclarations()) {
      const host = this.hostImport(declaration, node.getText());
      if (host !== undefined) return host;
    }
    if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
    const declaration = symbol.getValueDeclaration() ?? symbol.getDeclarations()[0];
    if (!declaration) return new Unresolved(`\`${node.getText()}\` has no declaration in the analysed sources`, this.at(node));
    if (this.bindings.has(declaration)) return this.bindings.get(declaration);
    // Globals (Array, process) and dependencies are not sources: their values are only known at run time.
    if (!declaration.getSourceFile().getFilePath().startsWith(this.context.root) || declaration.getSourceFile().getFilePath().includes('/node_modules/') && !this.context.root.includes('/node_modules/')) {
      return new Unresolved(`\`${node.getText()}\` comes from outside the analysed sources`, this.at(node));
    }
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      // `var X; (function (X) { X["A"] = "a"; })(X || (X = {}))`: an enum as TypeScript compiles it.
      const compiled = initializer ? undefined : compiledEnum(declaration.getSourceFile(), node.getText(), this, depth);
      if (compiled) return compiled;
      const changed = mutation(declaration, symbol);
      if (changed) return new Unresolved(`\`${node.getText()}\` ${changed}, so its value is only known when the code runs`, this.at(node));
      if (initializer) return this.evaluate(initializer, depth);
      const loop = declaration.getParent()?.getParent();
      if (loop && (Node.isForOfStatement(loop) || Node.isForInStatement(loop))) return new Unresolved(`\`${node.getText()}\` is a loop variable: its values are only known when the code runs`, this.at(declaration));
      return new Unresolved(`\`${node.getText()}\` is declared without a value`, this.at(declaration));
    }
    if (Node.isEnumDeclaration(declaration)) {
      return Object.fromEntries(declaration.getMembers().map((m) => [m.getName(), m.getValue()]));
    }
    if (Node.isEnumMember(declaration)) return declaration.getValue();
    if (Node.isFunctionDeclaration(declaration)) return new SourceFunction(this.at(declaration));
    if (Node.isBindingElement(declaration)) return new Unresolved(`\`${node.getText()}\` is destructured from a value only known when the code runs`, this.at(node));
    if (Node.isParameterDeclaration(declaration)) return new Unresolved(`\`${node.getText()}\` is a parameter: its value is only known when the code runs`, this.at(node));
    if (Node.isImportSpecifier(declaration) || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration)) {
      return new Unresolved(`\`${node.getText()}\` is imported from a module outside the analysed sources`, this.at(node));
    }
    return new Unresolved(`cannot evaluate \`${node.getText()}\` (${declaration.getKindName()})`, this.at(node));
  }

  private hostImport(declaration: Node, name: string): unknown {
    const importDeclaration = declaration.getFirstAncestorByKind(SyntaxKind.ImportDeclaration);
    if (!importDeclaration) return undefined;
    const module = this.context.hostModule(importDeclaration.getModuleSpecifierValue());
    if (!module) return undefined;
    if (Node.isNamespaceImport(declaration)) return new Host(module);
    if (Node.isImportClause(declaration)) return new Host((module as { default?: unknown }).default ?? module);
    if (Node.isImportSpecifier(declaration)) {
      const imported = declaration.getName();
      return imported in module ? new Host(module[imported]) : new Unresolved(`"${imported}" is not exported by ${importDeclaration.getModuleSpecifierValue()}`, this.at(declaration));
    }
    return new Unresolved(`cannot read the import of \`${name}\``, this.at(declaration));
  }

  private evaluateAccess(node: Node, depth: number): unknown {
    const target = Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node) ? node.getExpression() : undefined;
    const object = this.evaluate(target, depth);
    if (object instanceof Unresolved) return object;
    const key = Node.isPropertyAccessExpression(node) ? node.getName() : this.evaluate((node as unknown as { getArgumentExpression(): Expression }).getArgumentExpression(), depth);
    if (typeof key !== 'string' && typeof key !== 'number') return new Unresolved(`cannot evaluate the key of \`${node.getText()}\``, this.at(node));
    if (object instanceof Host) {
      const holder = object.value as Record<string | number, unknown> | undefined;
      const value = holder?.[key];
      return value === undefined ? new Unresolved(`\`${node.getText()}\` is not defined`, this.at(node)) : new Host(value, holder);
    }
    if (typeof object === 'object' && object !== null && !(object instanceof SourceFunction)) {
      const value = (object as Record<string, unknown>)[key];
      // A property read from a library value that was stored in a plain object (a zod shape).
      if (isLibraryValue(value)) return new Host(value, object);
      return Object.prototype.hasOwnProperty.call(object, key) ? value : new Unresolved(`\`${node.getText()}\` is not a known property`, this.at(node));
    }
    if (Array.isArray(object) && key === 'length') return object.length;
    return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\``, this.at(node));
  }

  private evaluateCall(node: Node, depth: number): unknown {
    const call = node as unknown as { getExpression(): Expression; getArguments(): Node[] };
    const callee = this.evaluate(call.getExpression(), depth);
    if (callee instanceof Unresolved) return new Unresolved(`calls \`${call.getExpression().getText().slice(0, 60)}(…)\`, which is only known when the code runs (${callee.reason})`, this.at(node));
    const name = call.getExpression().getText().split('.').pop() ?? '';
    if (!(callee instanceof Host) || typeof callee.value !== 'function') {
      return new Unresolved(`calls \`${call.getExpression().getText().slice(0, 60)}(…)\`, which is only known when the code runs`, this.at(node));
    }
    const args = call.getArguments().map((a) => this.evaluate(a, depth));
    const prepared = this.context.hostArguments(name, args.map(unwrapHost), this.at(node), callee.self);
    if (prepared instanceof Unresolved) return prepared;
    try {
      const fn = callee.value as (...a: unknown[]) => unknown;
      const result = Node.isNewExpression(node) ? Reflect.construct(fn, prepared) : fn.apply(callee.self, prepared);
      return new Host(result);
    } catch (error) {
      return new Unresolved(`\`${name}(…)\` failed when rebuilt from the sources: ${(error as Error).message.split('\n')[0]}`, this.at(node));
    }
  }
}

/** The library value a Host wraps, or the value itself. */
export const hostValue = (value: unknown): unknown => (value instanceof Host ? value.value : value);

/** A zod schema (v3 has `_def`, v4 `_zod`) or another object made by a library. */
export function isLibraryValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ('_def' in value || '_zod' in value);
}

/** Host wrappers removed, deeply, so that library values can sit inside plain objects and arrays. */
export function unwrapHost(value: unknown): unknown {
  if (value instanceof Host) return value.value;
  if (Array.isArray(value)) return value.map(unwrapHost);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapHost(v)]));
  }
  return value;
}
