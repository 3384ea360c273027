// Follows statements for the evaluator: the body of a function called with known arguments, and the
// statements that change a variable after its declaration (`tools.push(…)` under an `if`, a map
// filled in a loop). A condition it can decide picks its branch; one it cannot is read both ways
// and the values are merged, each item that exists on one side only keeping that side's condition.
// Loops it cannot unroll make what they change unknown. Nothing is run: this reads the code.

import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import { allOf, testsAbsence } from '../conditions.ts';
import type { Evaluator } from './evaluator.ts';
import { instanceUnder, isInstance } from './evaluator.ts';
import type { SourceFunction } from './values.ts';
import {
  conditionText,
  conditionsOf,
  Host,
  hostValue,
  isLibraryValue,
  isPlainObject,
  keepConditions,
  mergeConditions,
  Unresolved,
  withConditions,
} from './values.ts';

type Completion = 'normal' | 'return' | 'throw' | 'break' | 'continue';

/** `defaultSchema` found no variant to read as the default. */
const NO_DEFAULT = Symbol('no default');

interface Returned {
  value: unknown;
  conditions: string[];
}

/** Statements followed per check, at most: past this, what is left is reported as too much to follow. */
export const STEP_BUDGET = 400_000;

/** Keys of a looked-up object a loop over a run-time list is read for, at most (each is a branch). */
const MAX_LOOKUP_KEYS = 32;

const ASSIGNMENT = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
  SyntaxKind.PlusEqualsToken,
]);

export class Interpreter {
  private returns: Returned[] = [];
  private pathConditions: string[] = [];
  private onSuper: ((call: CallExpression) => void) | undefined;
  private steps = 0;
  /** The returns of the last body followed, before they were merged: for a filter's callback (see `truthWhen`). */
  private lastReturns: { block: Node; returns: Returned[] } | undefined;

  constructor(private readonly ev: Evaluator) {}

  /** Follow a function body; its value is what its returns give, merged over the paths that reach them. */
  runBody(block: Node & { getStatements(): Node[] }, onSuper?: (call: CallExpression) => void): unknown {
    const saved = { returns: this.returns, pathConditions: this.pathConditions, onSuper: this.onSuper };
    this.returns = [];
    this.pathConditions = [];
    this.onSuper = onSuper;
    try {
      const completion = this.block(block.getStatements());
      if (completion === 'normal' || completion === 'break' || completion === 'continue')
        this.returns.push({ value: undefined, conditions: [...this.pathConditions] });
      this.lastReturns = { block, returns: this.returns };
      return this.mergeReturns(this.returns, block);
    } finally {
      Object.assign(this, saved);
    }
  }

  /**
   * When a callback returns something truthy: always (true), never (false), or, for one written with
   * statements (a filter's `(tool) => { if (…) return false; …; return true; }`), under the
   * conditions of the paths that return a truthy value; undefined when that is not known.
   */
  truthWhen(fn: SourceFunction, args: unknown[], at: Node): boolean | string | undefined {
    const body = (fn.node as unknown as { getBody?(): Node } | undefined)?.getBody?.();
    this.lastReturns = undefined;
    const truth = this.ev.truthy(this.ev.call(fn, args, at));
    if (truth !== undefined || !body || !Node.isBlock(body)) return truth;
    const last = this.lastReturns as { block: Node; returns: Returned[] } | undefined;
    if (!last || last.block !== body) return undefined;
    const truths = last.returns.map((r) => this.ev.truthy(r.value));
    if (truths.includes(undefined)) return undefined;
    const kept = last.returns.filter((_, i) => truths[i]);
    if (kept.length === 0) return false;
    if (kept.some((r) => r.conditions.length === 0)) return true;
    if (kept.length === 1) return allOf(kept[0]!.conditions);
    const either = kept.map((r) => `(${allOf(r.conditions)})`).join(' || ');
    return either.length <= 160 ? either : `one of several conditions (${kept.length} ways it is kept)`;
  }

  /**
   * The value of a variable that is changed after its declaration, as the statements of its block
   * leave it where it is read: up to the statement that reads it when that runs in the same block,
   * else (read later, from a function or another module) to the end of the block.
   */
  valueAt(declaration: Node, use: Node, changed: string): unknown {
    const statement = declaration.getFirstAncestorByKind(SyntaxKind.VariableStatement);
    const list = statement?.getParent();
    const name = (declaration as unknown as { getName(): string }).getName();
    if (
      !statement ||
      !list ||
      !(Node.isSourceFile(list) || Node.isBlock(list) || Node.isCaseClause(list) || Node.isModuleBlock(list))
    ) {
      return new Unresolved(`\`${name}\` ${changed}, so its value is only known when the code runs`, this.ev.at(use));
    }
    const statements = list.getStatements();
    const start = statements.indexOf(statement as never);
    let end = statements.length;
    for (let i = start + 1; i < statements.length; i += 1) {
      const s = statements[i]!;
      if (use.getPos() >= s.getPos() && use.getEnd() <= s.getEnd()) {
        // Read inside a function declared here: that function runs later, after the whole block.
        const inFunction = use
          .getAncestors()
          .some(
            (a) =>
              a !== s &&
              a.getPos() >= s.getPos() &&
              a.getEnd() <= s.getEnd() &&
              (Node.isArrowFunction(a) ||
                Node.isFunctionExpression(a) ||
                Node.isFunctionDeclaration(a) ||
                Node.isMethodDeclaration(a)),
          );
        if (!inFunction) end = i;
        break;
      }
    }
    return this.ev.inFrame(() => {
      const saved = { returns: this.returns, pathConditions: this.pathConditions };
      this.returns = [];
      this.pathConditions = [];
      try {
        this.statement(statement);
        // Only the statements that name the variable can change it (a call that changes it through an alias is not seen).
        for (const s of statements.slice(start + 1, end)) {
          if (!s.getText().includes(name)) continue;
          const completion = this.statement(s);
          if (completion === 'return' || completion === 'throw') break;
        }
        // A module-level registry read later (from a handler): every top-level call of a function of
        // this module that changes it (`registerTool(new PingTool())` in a file imported for its
        // effect) has run by then.
        if (Node.isSourceFile(list) && end === statements.length)
          for (const call of registryCalls(statements, name)) this.effect(call);
        return this.ev.bindings.get(declaration);
      } finally {
        Object.assign(this, saved);
      }
    });
  }

  private block(statements: Node[]): Completion {
    for (const statement of statements) {
      const completion = this.statement(statement);
      if (completion !== 'normal') return completion;
    }
    return 'normal';
  }

  private statement(s: Node): Completion {
    this.steps += 1;
    if (this.steps > STEP_BUDGET) return 'throw';
    if (Node.isVariableStatement(s)) {
      for (const declaration of s.getDeclarations()) {
        const initializer = declaration.getInitializer();
        this.ev.bindPattern(declaration, initializer ? this.ev.evaluate(initializer) : undefined);
      }
      return 'normal';
    }
    if (Node.isExpressionStatement(s)) {
      this.effect(s.getExpression());
      return 'normal';
    }
    if (Node.isReturnStatement(s)) {
      this.returns.push({ value: this.ev.evaluate(s.getExpression()), conditions: [...this.pathConditions] });
      return 'return';
    }
    if (Node.isThrowStatement(s)) return 'throw';
    if (Node.isBreakStatement(s)) return 'break';
    if (Node.isContinueStatement(s)) return 'continue';
    if (Node.isBlock(s)) return this.block(s.getStatements());
    if (Node.isLabeledStatement(s)) return this.statement(s.getStatement());
    if (Node.isIfStatement(s)) {
      const truth = this.ev.truthy(this.ev.evaluate(s.getExpression()));
      const otherwise = s.getElseStatement();
      if (truth === true) return this.statement(s.getThenStatement());
      if (truth === false) return otherwise ? this.statement(otherwise) : 'normal';
      return this.fork(
        conditionText(s.getExpression()),
        () => this.statement(s.getThenStatement()),
        () => (otherwise ? this.statement(otherwise) : 'normal'),
      );
    }
    if (Node.isForOfStatement(s) || Node.isForInStatement(s)) return this.forOf(s);
    if (Node.isForStatement(s) || Node.isWhileStatement(s) || Node.isDoStatement(s)) {
      this.taint(s, 'is changed in a loop mcpver cannot unroll');
      return 'normal';
    }
    if (Node.isSwitchStatement(s)) return this.switchStatement(s);
    if (Node.isTryStatement(s)) {
      let completion = this.block(s.getTryBlock().getStatements());
      const handler = s.getCatchClause();
      if (completion === 'throw' && handler) {
        const variable = handler.getVariableDeclaration();
        if (variable) this.ev.bindPattern(variable, new Unresolved('an error caught at run time', this.ev.at(handler)));
        completion = this.block(handler.getBlock().getStatements());
      }
      const finallyBlock = s.getFinallyBlock();
      if (finallyBlock) {
        const after = this.block(finallyBlock.getStatements());
        if (after !== 'normal') completion = after;
      }
      return completion;
    }
    return 'normal';
  }

  private forOf(s: Node & { getInitializer(): Node; getExpression(): Node; getStatement(): Node }): Completion {
    const iterable = hostValue(this.ev.evaluate(s.getExpression()));
    const list = Node.isForInStatement(s)
      ? isPlainObject(iterable)
        ? Object.keys(iterable)
        : undefined
      : Array.isArray(iterable)
        ? iterable
        : iterable instanceof Map
          ? [...iterable]
          : iterable instanceof Set
            ? [...iterable]
            : typeof iterable === 'string'
              ? [...iterable]
              : undefined;
    if (!list) {
      const keys = iterable instanceof Unresolved ? this.lookupKeys(s) : undefined;
      if (keys) return this.forEachKey(s, keys);
      this.taint(
        s,
        iterable instanceof Unresolved
          ? `is changed in a loop over a list that ${iterable.reason.replace(/^`[^`]*` /, '')}`
          : 'is changed in a loop over a value mcpver cannot list',
      );
      return 'normal';
    }
    const initializer = s.getInitializer();
    const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
    for (const element of list) {
      // An element only known at run time (a key from the options), used only to look entries up.
      const keys = element instanceof Unresolved ? this.lookupKeys(s) : undefined;
      if (keys) {
        const completion = this.forEachKey(s, keys);
        if (completion === 'return' || completion === 'throw') return completion;
        continue;
      }
      const completion = this.ev.inFrame(() => {
        if (declaration) this.ev.bindPattern(declaration, element);
        else if (initializer) this.store(initializer, element);
        const conditions = conditionsOf(element);
        // An element that exists only under a condition: what its iteration does, does only then.
        return conditions.length > 0
          ? this.fork(
              allOf(conditions),
              () => this.statement(s.getStatement()),
              () => 'normal',
            )
          : this.statement(s.getStatement());
      });
      if (completion === 'break') break;
      if (completion === 'return' || completion === 'throw') return completion;
    }
    return 'normal';
  }

  /**
   * The keys a loop over a run-time list can take that matter: when the loop variable is only used
   * to look up entries of objects whose keys are all known (`toolCategories[toolKey]`), every key
   * of those objects is a branch, and what the loop adds for it is added only when the list names
   * it. A key none of them has looks up nothing. Undefined when the variable is used otherwise.
   */
  private lookupKeys(s: Node & { getInitializer(): Node; getStatement(): Node }): string[] | undefined {
    if (Node.isForInStatement(s)) return undefined;
    const initializer = s.getInitializer();
    const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
    const nameNode = declaration?.getNameNode();
    if (!declaration || !nameNode || !Node.isIdentifier(nameNode)) return undefined;
    const uses = s
      .getStatement()
      .getDescendantsOfKind(SyntaxKind.Identifier)
      .filter((id) => id.getText() === nameNode.getText() && id.getSymbol() === nameNode.getSymbol());
    if (uses.length === 0) return undefined;
    const keys = new Set<string>();
    for (const use of uses) {
      let key: Node = use;
      while (
        Node.isAsExpression(key.getParent()) ||
        Node.isParenthesizedExpression(key.getParent()) ||
        Node.isNonNullExpression(key.getParent())
      )
        key = key.getParent()!;
      const access = key.getParent();
      if (!access || !Node.isElementAccessExpression(access) || access.getArgumentExpression() !== key)
        return undefined;
      const object = hostValue(this.ev.evaluate(access.getExpression()));
      if (!isPlainObject(object)) return undefined;
      for (const k of Object.keys(object)) keys.add(k);
    }
    return keys.size > 0 && keys.size <= MAX_LOOKUP_KEYS ? [...keys] : undefined;
  }

  /** A loop over a run-time list of keys, read once per key it may name, each under the condition that it does. */
  private forEachKey(
    s: Node & { getInitializer(): Node; getExpression(): Node; getStatement(): Node },
    keys: string[],
  ): Completion {
    const initializer = s.getInitializer();
    const declaration = (initializer as unknown as { getDeclarations(): Node[] }).getDeclarations()[0]!;
    const list = conditionText(s.getExpression());
    for (const key of keys) {
      const completion = this.ev.inFrame(() =>
        this.fork(
          `${list} includes ${JSON.stringify(key)}`,
          () => {
            this.ev.bindPattern(declaration, key);
            return this.statement(s.getStatement());
          },
          () => 'normal',
        ),
      );
      if (completion === 'return' || completion === 'throw') return completion;
    }
    return 'normal';
  }

  private switchStatement(s: Node & { getExpression(): Node; getClauses(): Node[] }): Completion {
    const value = hostValue(this.ev.evaluate(s.getExpression()));
    const clauses = s.getClauses();
    const run = (from: number): Completion => {
      for (const clause of clauses.slice(from)) {
        const completion = this.block((clause as unknown as { getStatements(): Node[] }).getStatements());
        if (completion === 'break') return 'normal';
        if (completion !== 'normal') return completion;
      }
      return 'normal';
    };
    if (!(value instanceof Unresolved)) {
      const index = clauses.findIndex(
        (c) => Node.isCaseClause(c) && hostValue(this.ev.evaluate(c.getExpression())) === value,
      );
      const chosen = index >= 0 ? index : clauses.findIndex((c) => Node.isDefaultClause(c));
      const known = clauses.every(
        (c) => !Node.isCaseClause(c) || !(this.ev.evaluate(c.getExpression()) instanceof Unresolved),
      );
      if (known) return chosen >= 0 ? run(chosen) : 'normal';
    }
    // Not decided: every case is read, each under its own condition.
    const branch = (i: number): Completion => {
      if (i >= clauses.length) return 'normal';
      const clause = clauses[i]!;
      const label = Node.isCaseClause(clause)
        ? `${conditionText(s.getExpression())} === ${conditionText(clause.getExpression())}`
        : `${conditionText(s.getExpression())} matches no case`;
      return this.fork(
        label,
        () => run(i),
        () => branch(i + 1),
      );
    };
    return branch(0);
  }

  /** Everything a statement the interpreter does not unroll assigns or pushes to becomes unknown. */
  private taint(s: Node, why: string): void {
    const targets: Node[] = [];
    for (const binary of s.getDescendantsOfKind(SyntaxKind.BinaryExpression))
      if (ASSIGNMENT.has(binary.getOperatorToken().getKind())) targets.push(binary.getLeft());
    for (const call of s.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (
        Node.isPropertyAccessExpression(callee) &&
        ['push', 'unshift', 'splice', 'set', 'add', 'delete', 'pop', 'shift'].includes(callee.getName())
      )
        targets.push(callee.getExpression());
    }
    for (const target of targets) {
      let root: Node = target;
      while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = root.getExpression();
      const name = root.getText();
      this.store(root, new Unresolved(`\`${name}\` ${why}`, this.ev.at(s)));
    }
  }

  /** Follow a statement for what it changes: assignments, pushes, calls of source functions. */
  private effect(expression: Node): void {
    let e = expression;
    while (
      Node.isParenthesizedExpression(e) ||
      Node.isAwaitExpression(e) ||
      Node.isVoidExpression(e) ||
      Node.isAsExpression(e) ||
      Node.isNonNullExpression(e)
    )
      e = e.getExpression();
    if (Node.isBinaryExpression(e) && ASSIGNMENT.has(e.getOperatorToken().getKind())) {
      const operator = e.getOperatorToken().getKind();
      if (operator === SyntaxKind.EqualsToken) {
        this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
        return;
      }
      const current = this.ev.evaluate(e.getLeft());
      const truth = this.ev.truthy(current);
      if (operator === SyntaxKind.PlusEqualsToken) this.store(e.getLeft(), this.ev.evaluate(e));
      else if (operator === SyntaxKind.QuestionQuestionEqualsToken) {
        if (current instanceof Unresolved) return;
        if (hostValue(current) === undefined || hostValue(current) === null)
          this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
      } else if (truth === undefined)
        this.store(e.getLeft(), new Unresolved(`cannot decide \`${conditionText(e)}\``, this.ev.at(e)));
      else if ((operator === SyntaxKind.BarBarEqualsToken) !== truth)
        this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
      return;
    }
    if (
      Node.isBinaryExpression(e) &&
      [SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken].includes(e.getOperatorToken().getKind())
    ) {
      // `flag && tools.push(x)`: an `if` written as an expression.
      const truth = this.ev.truthy(this.ev.evaluate(e.getLeft()));
      const and = e.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken;
      if (truth === and) this.effect(e.getRight());
      else if (truth === undefined)
        this.fork(
          conditionText(e.getLeft(), !and),
          () => (this.effect(e.getRight()), 'normal'),
          () => 'normal',
        );
      return;
    }
    if (Node.isConditionalExpression(e)) {
      const truth = this.ev.truthy(this.ev.evaluate(e.getCondition()));
      if (truth === true) this.effect(e.getWhenTrue());
      else if (truth === false) this.effect(e.getWhenFalse());
      else
        this.fork(
          conditionText(e.getCondition()),
          () => (this.effect(e.getWhenTrue()), 'normal'),
          () => (this.effect(e.getWhenFalse()), 'normal'),
        );
      return;
    }
    if (!Node.isCallExpression(e)) return;
    const callee = e.getExpression();
    if (callee.getKind() === SyntaxKind.SuperKeyword) {
      this.onSuper?.(e);
      return;
    }
    if (Node.isPropertyAccessExpression(callee)) {
      const method = callee.getName();
      const target = callee.getExpression();
      if (['push', 'unshift', 'set', 'add', 'delete', 'splice', 'pop', 'shift'].includes(method)) {
        this.mutate(target, method, e);
        return;
      }
      if (target.getText() === 'Object' && method === 'assign') {
        const [first] = e.getArguments();
        if (first) this.store(first, this.ev.evaluate(e));
        return;
      }
    }
    // A call of a function from the sources (or an array method with a callback) may change what is bound: follow it.
    this.ev.evaluate(e);
  }

  private mutate(target: Node, method: string, call: CallExpression): void {
    const current = hostValue(this.ev.evaluate(target));
    if (current instanceof Unresolved && method !== 'push' && method !== 'unshift') return;
    const args = this.ev.evaluateArguments(call.getArguments(), 0);
    if (args instanceof Unresolved) {
      if (!(current instanceof Unresolved)) this.store(target, args);
      return;
    }
    if (current instanceof Unresolved) {
      // A list only known at run time, then added to: what is added is known, the rest still said.
      this.store(target, method === 'push' ? [current, ...args] : [...args, current]);
      return;
    }
    if (Array.isArray(current)) {
      if (method === 'push') this.store(target, keepConditions(current, [...current, ...args]));
      else if (method === 'unshift') this.store(target, keepConditions(current, [...args, ...current]));
      else
        this.store(
          target,
          new Unresolved(
            `\`${target.getText()}\` is changed with .${method}(), which mcpver does not follow`,
            this.ev.at(call),
          ),
        );
      return;
    }
    if (current instanceof Map) {
      const copy = new Map(current);
      if (method === 'set') copy.set(hostValue(args[0]), args[1]);
      else if (method === 'delete') copy.delete(hostValue(args[0]));
      this.store(target, copy);
      return;
    }
    if (current instanceof Set) {
      const copy = new Set(current);
      if (method === 'add') copy.add(args[0]);
      else if (method === 'delete') copy.delete(args[0]);
      this.store(target, copy);
    }
  }

  /** Assign to what an expression names: a bound variable, or a property of a bound object (copied, never changed in place). */
  private store(target: Node, value: unknown): void {
    if (Node.isIdentifier(target)) {
      const symbol = target.getSymbol();
      const declaration = symbol?.getValueDeclaration() ?? symbol?.getDeclarations()[0];
      // A variable of an outer scope assigned here (a module-level cache filled on first use) has that value for the rest of this call.
      if (declaration && !this.ev.assign(declaration, value)) this.ev.bind(declaration, value);
      return;
    }
    if (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) {
      const objectNode = target.getExpression();
      const key = Node.isPropertyAccessExpression(target)
        ? target.getName()
        : hostValue(this.ev.evaluate(target.getArgumentExpression()));
      if (typeof key !== 'string' && typeof key !== 'number') return;
      const object = this.ev.evaluate(objectNode);
      if (isInstance(object)) {
        object[key] = value;
      } else if (isPlainObject(object)) {
        this.store(objectNode, keepConditions(object, { ...object, [key]: value }));
      } else if (Array.isArray(object) && typeof key === 'number') {
        const copy = [...object];
        copy[key] = value;
        this.store(objectNode, keepConditions(object, copy));
      }
    }
  }

  // ── paths ───────────────────────────────────────────────────────────────────────────────────

  /** What is bound now, and the fields of the instances being built: restored between the two sides of a fork. */
  private state(): { bindings: Map<Node, unknown>; instances: Map<Record<string, unknown>, Record<string, unknown>> } {
    const instances = new Map<Record<string, unknown>, Record<string, unknown>>();
    for (const self of this.ev.thisValues) if (isInstance(self)) instances.set(self, { ...self });
    return { bindings: new Map(this.ev.bindings), instances };
  }

  private restore(state: ReturnType<Interpreter['state']>): void {
    for (const key of [...this.ev.bindings.keys()]) if (!state.bindings.has(key)) this.ev.bindings.delete(key);
    for (const [key, value] of state.bindings) this.ev.bindings.set(key, value);
    for (const [instance, fields] of state.instances) {
      for (const key of Object.keys(instance)) if (!(key in fields)) delete instance[key];
      Object.assign(instance, fields);
    }
  }

  /** Read both sides of an undecided condition, then merge what each left bound. */
  private fork(condition: string, whenTrue: () => Completion, whenFalse: () => Completion): Completion {
    const before = this.state();
    const conditions = this.pathConditions;
    this.pathConditions = [...conditions, condition];
    const a = whenTrue();
    const afterA = this.state();
    this.restore(before);
    this.pathConditions = [...conditions, conditionText(condition, true)];
    const b = whenFalse();
    const afterB = this.state();
    const dead = (c: Completion) => c === 'return' || c === 'throw';
    this.pathConditions = conditions;
    if (dead(a) && dead(b)) return a === 'return' || b === 'return' ? 'return' : 'throw';
    if (dead(a)) {
      this.restore(afterB);
      // Whatever follows runs only when the other side was taken.
      this.pathConditions = [...conditions, conditionText(condition, true)];
      return b;
    }
    if (dead(b)) {
      this.restore(afterA);
      this.pathConditions = [...conditions, condition];
      return a;
    }
    const merged = {
      bindings: new Map<Node, unknown>(),
      instances: new Map<Record<string, unknown>, Record<string, unknown>>(),
    };
    for (const key of new Set([...afterA.bindings.keys(), ...afterB.bindings.keys()])) {
      if (!afterA.bindings.has(key) || !afterB.bindings.has(key)) continue; // block-scoped to one side
      merged.bindings.set(key, this.mergeValues(afterA.bindings.get(key), afterB.bindings.get(key), condition));
    }
    for (const [instance, fields] of afterA.instances) {
      const other = afterB.instances.get(instance) ?? {};
      const out: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(fields), ...Object.keys(other)]))
        out[key] = this.mergeValues(fields[key], other[key], condition);
      merged.instances.set(instance, out);
    }
    this.restore(merged);
    return a === 'normal' || a === 'continue' || a === 'break' ? (b === 'normal' ? a : b) : 'normal';
  }

  /**
   * One value where a condition was not decided: the same value either way; lists and records as
   * the union of both sides, each element present on one side only under that side's condition;
   * anything else unknown.
   */
  mergeValues(a: unknown, b: unknown, condition: string, at?: Node): unknown {
    if (a === b) return a;
    const empty = (v: unknown) => v === undefined || v === null || v === false;
    const negated = conditionText(condition, true);
    const merge = (x: unknown, y: unknown, c: string) => this.mergeValues(x, y, c, at);
    // A field that holds an instance on one side only (`this.managementTool = new ManageTool()` under a flag).
    if (isInstance(a) && empty(b)) return instanceUnder(a, [condition]);
    if (empty(a) && isInstance(b)) return instanceUnder(b, [negated]);
    // A list on one side and a list only known at run time on the other (`tools = await fetchTools()`
    // under a condition): what is known is kept, and the unknown part stays in it as an element
    // that hides items, so that it is still said.
    if (a instanceof Unresolved && Array.isArray(b))
      return unionOf(
        [
          [[a], [condition]],
          [b, [negated]],
        ],
        merge,
      );
    if (b instanceof Unresolved && Array.isArray(a))
      return unionOf(
        [
          [a, [condition]],
          [[b], [negated]],
        ],
        merge,
      );
    if (a instanceof Unresolved) return a;
    if (b instanceof Unresolved) return b;
    if (Array.isArray(a) && (Array.isArray(b) || empty(b)))
      return unionOf(
        [
          [a, [condition]],
          [Array.isArray(b) ? b : [], [negated]],
        ],
        merge,
      );
    if (empty(a) && Array.isArray(b))
      return unionOf(
        [
          [[], [condition]],
          [b, [negated]],
        ],
        merge,
      );
    if (isPlainObject(a) && isPlainObject(b)) {
      // One item on both sides, each side's copy under its own conditions (a tool added again by a
      // second call, under other options): there when either holds.
      const merged = this.mergeRecords(a, b, condition, negated, at);
      const [ca, cb] = [conditionsOf(a), conditionsOf(b)];
      return ca.length > 0 && cb.length > 0 ? withConditions(merged, mergeConditions(ca, cb)) : merged;
    }
    if (isPlainObject(a) && empty(b)) return this.mergeRecords(a, {}, condition, negated, at);
    if (empty(a) && isPlainObject(b)) return this.mergeRecords({}, b, condition, negated, at);
    if (a instanceof Host && b instanceof Host && a.value === b.value) return a;
    if (a instanceof Map && (b instanceof Map || empty(b)))
      return this.mergeMaps(a, b instanceof Map ? b : new Map(), condition, negated, at);
    if (empty(a) && b instanceof Map) return this.mergeMaps(new Map(), b, condition, negated, at);
    const chosen = this.defaultSchema(
      [
        { value: a, conditions: [condition] },
        { value: b, conditions: [negated] },
      ],
      at,
    );
    if (chosen !== NO_DEFAULT) return chosen;
    return new Unresolved(
      `has one value when \`${condition}\` and another otherwise`,
      at ? this.ev.at(at) : { file: '' },
    );
  }

  /**
   * A schema that differs by configuration (a parameter removed when an option injects it, as
   * `projectId` in a project-scoped server): the one a server run with nothing configured serves,
   * when exactly one path is taken with nothing set (its own conditions all test that an option is
   * absent, and every other path's test that one is present). Said in a note, so a reader knows
   * which variant was compared; anything less clear stays unknown.
   */
  private defaultSchema(paths: Returned[], at?: Node): unknown {
    if (paths.length < 2 || !paths.every((p) => isLibraryValue(hostValue(p.value)))) return NO_DEFAULT;
    // Conditions every path shares (an enclosing `if`) say nothing about which one is the default.
    const shared = paths[0]!.conditions.filter((c) => paths.every((p) => p.conditions.includes(c)));
    const own = paths.map((p) => p.conditions.filter((c) => !shared.includes(c)));
    const unset = own.map((cs) => cs.length > 0 && cs.every((c) => testsAbsence(c) === true));
    const set = own.map((cs) => cs.some((c) => testsAbsence(c) === false));
    const defaults = unset.flatMap((u, i) => (u ? [i] : []));
    if (defaults.length !== 1 || !set.every((s, i) => s || i === defaults[0])) return NO_DEFAULT;
    const chosen = defaults[0]!;
    const others = own.filter((_, i) => i !== chosen).map((cs) => allOf(cs));
    this.ev.notes.push(
      new Unresolved(
        `a schema that depends on configuration is read as when \`${allOf(own[chosen]!)}\` (nothing configured); it differs when \`${others.join('` or `')}\``,
        at ? this.ev.at(at) : { file: '' },
      ),
    );
    return paths[chosen]!.value;
  }

  private mergeMaps(
    a: Map<unknown, unknown>,
    b: Map<unknown, unknown>,
    condition: string,
    negated: string,
    at?: Node,
  ): Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (a.has(key) && b.has(key)) out.set(key, this.mergeValues(a.get(key), b.get(key), condition, at));
      else out.set(key, withConditions(a.has(key) ? a.get(key) : b.get(key), [a.has(key) ? condition : negated]));
    }
    return out;
  }

  private mergeRecords(
    a: Record<string, unknown>,
    b: Record<string, unknown>,
    condition: string,
    negated: string,
    at?: Node,
  ): unknown {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [inA, inB] = [key in a, key in b];
      if (inA && inB) out[key] = this.mergeValues(a[key], b[key], condition, at);
      // A key on one side only: an item of a record of tools exists under that side's condition; a setting is unknown.
      else if (typeof (inA ? a[key] : b[key]) === 'object' && (inA ? a[key] : b[key]) !== null)
        out[key] = withConditions(inA ? a[key] : b[key], [inA ? condition : negated]);
      else
        out[key] = new Unresolved(
          `\`${key}\` is set only when \`${inA ? condition : negated}\``,
          at ? this.ev.at(at) : { file: '' },
        );
    }
    return out;
  }

  /** The returns of a function over its paths: the same value, or lists and records merged under each path's conditions. */
  private mergeReturns(returns: Returned[], at: Node): unknown {
    const meaningful = returns.some((r) => r.value !== undefined)
      ? returns.filter((r) => r.value !== undefined)
      : returns;
    if (meaningful.length === 0) return undefined;
    if (meaningful.length === 1) return meaningful[0]!.value;
    const values = meaningful.map((r) => r.value);
    if (values.every((v) => v === values[0])) return values[0];
    const failed = values.find((v): v is Unresolved => v instanceof Unresolved);
    if (failed) return failed;
    if (values.every(Array.isArray))
      return unionOf(
        meaningful.map((r) => [r.value as unknown[], r.conditions]),
        (x, y, c) => this.mergeValues(x, y, c, at),
      );
    if (values.every(isPlainObject)) {
      const records = meaningful as Array<{ value: Record<string, unknown>; conditions: string[] }>;
      const out: Record<string, unknown> = {};
      for (const key of new Set(records.flatMap((r) => Object.keys(r.value)))) {
        const having = records.filter((r) => key in r.value);
        out[key] =
          having.length === records.length
            ? this.mergeReturns(
                having.map((r) => ({ value: r.value[key], conditions: r.conditions })),
                at,
              )
            : withConditions(
                this.mergeReturns(
                  having.map((r) => ({ value: r.value[key], conditions: r.conditions })),
                  at,
                ),
                having[0]!.conditions,
              );
      }
      return out;
    }
    const chosen = this.defaultSchema(meaningful, at);
    if (chosen !== NO_DEFAULT) return chosen;
    return new Unresolved(
      `returns different values on different paths (${meaningful.map((r) => (r.conditions.length > 0 ? allOf(r.conditions) : 'otherwise')).join('; ')})`,
      this.ev.at(at),
    );
  }
}

/** What names an item in a list across paths: the same tool changed on one path (`{ ...tool, description }`) is one item. */
function identityOf(item: unknown): unknown {
  if (!isPlainObject(item)) return item;
  for (const key of ['name', 'uri', 'uriTemplate', 'id'])
    if (typeof item[key] === 'string') return `${key}:${item[key] as string}`;
  return item;
}

/**
 * Lists from several paths: an element on every path is there always; one on some paths only, under
 * the first such path's conditions. Variants of one item (the same name) are merged field by field.
 */
function unionOf(
  lists: Array<[unknown[], string[]]>,
  merge: (a: unknown, b: unknown, condition: string) => unknown,
): unknown[] {
  const order: unknown[] = [];
  const variants = new Map<unknown, Array<{ item: unknown; conditions: string[]; path: number }>>();
  lists.forEach(([list, conditions], path) => {
    for (const item of list) {
      const id = identityOf(item);
      const known = variants.get(id);
      if (!known) {
        order.push(id);
        variants.set(id, [{ item, conditions, path }]);
      } else if (!known.some((v) => v.item === item)) known.push({ item, conditions, path });
      else if (!known.some((v) => v.path === path)) known.push({ item, conditions, path });
    }
  });
  return order.map((id) => {
    const found = variants.get(id)!;
    const paths = new Set(found.map((v) => v.path));
    let item = found[0]!.item;
    // mergeValues(a, b, condition) reads `condition` as a's: the first variant's, and b's is its negation.
    for (const variant of found.slice(1))
      if (variant.item !== item)
        item = merge(item, variant.item, found[0]!.conditions.length > 0 ? allOf(found[0]!.conditions) : 'otherwise');
    const everywhere = paths.size === lists.length;
    return everywhere || typeof item !== 'object' ? item : withConditions(item, found[0]!.conditions);
  });
}

/** At most this many calls that fill one module-level registry are followed; more is not a list of tools. */
const MAX_REGISTRY_CALLS = 512;

/**
 * Calls, at the top level of any module read, of the functions declared in `statements` that name
 * `variable` (`export function registerTool(t) { toolMap.set(t.name, t) }`).
 */
function registryCalls(statements: Node[], variable: string): CallExpression[] {
  const calls: CallExpression[] = [];
  for (const s of statements) {
    const fn = Node.isFunctionDeclaration(s)
      ? s
      : Node.isVariableStatement(s)
        ? s
            .getDeclarations()
            .map((d) => d.getInitializer())
            .find((i) => i && (Node.isArrowFunction(i) || Node.isFunctionExpression(i)))
            ?.getParentIfKind(SyntaxKind.VariableDeclaration)
        : undefined;
    if (!fn || !new RegExp(`\\b${variable}\\s*\\.\\s*(set|push|add|unshift)\\b`).test(fn.getText())) continue;
    const nameNode = fn.getNameNode();
    if (!nameNode || !Node.isIdentifier(nameNode)) continue;
    for (const reference of nameNode.findReferencesAsNodes()) {
      const call = reference.getParentIfKind(SyntaxKind.CallExpression);
      if (!call || call.getExpression() !== reference) continue;
      const statement = call.getParentIfKind(SyntaxKind.ExpressionStatement);
      if (!statement || !Node.isSourceFile(statement.getParent())) continue;
      calls.push(call);
      if (calls.length >= MAX_REGISTRY_CALLS) return calls;
    }
  }
  return calls;
}
