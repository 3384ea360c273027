// The ways a piece of code runs: for a registration (`server.registerTool(t.name, …)`) buried in a
// loop, a callback or a helper function, each combination of values its names take — one per
// element of the list the loop or `forEach` runs over, one per call of the helper with the
// arguments given there — and the conditions it runs under (an `if` the evaluator cannot decide,
// a filtered element). Reading a registration once per context reads what the server registers.

import { Node, SyntaxKind } from 'ts-morph';
import type { Evaluator } from './evaluator.ts';
import { isFunctionLike } from './evaluator.ts';
import { conditionText, conditionsOf, hostValue, SourceClass, SourceFunction, Unresolved } from './values.ts';

export interface RunContext {
  /** Declarations (parameters, loop variables) and their values, bound in this order. */
  bindings: Array<[Node, unknown]>;
  /** `this`, where the code is a method or a constructor. */
  self?: { value: unknown };
  /** The conditions the code runs under, as written. */
  conditions: string[];
  /** Set when the code runs only while the server handles a request (inside a tool's handler), not at start-up. */
  during?: string;
}

/** Calls whose function argument runs when a client sends a request, not when the server starts. */
const REQUEST_HANDLERS = new Set([
  'registerTool',
  'tool',
  'registerPrompt',
  'prompt',
  'registerResource',
  'resource',
  'registerToolTask',
  'setRequestHandler',
  'addTool',
  'addPrompt',
  'addResource',
  'addResourceTemplate',
]);

/** Beyond this many ways to run one piece of code, the rest are not read (and that is said). */
export const MAX_CONTEXTS = 512;
/** How many callers up a registration's helper functions are followed. */
const MAX_CALLERS = 8;
const ARRAY_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find']);

const EMPTY: RunContext = { bindings: [], conditions: [] };

export class Contexts {
  private readonly ofFunction = new Map<Node, RunContext[] | Unresolved>();
  private readonly visiting = new Set<Node>();

  constructor(private readonly ev: Evaluator) {}

  /** Evaluate `fn` with a context applied: its bindings in a frame of their own, its `this`. */
  within<T>(context: RunContext, fn: () => T): T {
    return this.ev.inFrame(() => {
      for (const [declaration, value] of context.bindings) this.ev.bindPattern(declaration, value);
      return context.self ? this.ev.withThis(context.self.value, fn) : fn();
    });
  }

  /** Every way `node` runs, or an Unresolved that says which list or caller could not be known. */
  of(node: Node, depth = 0): RunContext[] | Unresolved {
    const fn = node.getFirstAncestor((a) => isFunctionLike(a));
    const outer = fn ? this.ofFunctionLike(fn, depth) : [EMPTY];
    if (outer instanceof Unresolved) return outer;
    const chain = this.chain(node, fn);
    const out: RunContext[] = [];
    for (const context of outer) {
      const expanded = this.within(context, () => this.expand(chain, 0, context, node));
      if (expanded instanceof Unresolved) return expanded;
      out.push(...expanded);
      if (out.length > MAX_CONTEXTS)
        return new Unresolved(
          `runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`,
          this.ev.at(node),
          true,
        );
    }
    return out;
  }

  /**
   * The loops and conditions between `node` and the function that holds it, outermost first. An
   * early guard before it in an enclosing block (`if (!flag) return;`) is one of them: an `if` whose
   * exiting branch `node` never follows, so its `child` is the other branch (the `if` itself when it
   * has none).
   */
  private chain(node: Node, fn: Node | undefined): Array<{ structure: Node; child: Node }> {
    const chain: Array<{ structure: Node; child: Node }> = [];
    let child = node;
    for (let current = node.getParent(); current && current !== fn; child = current, current = current.getParent()) {
      if (Node.isBlock(current)) {
        chain.unshift(...guardsBefore(current, child, fn));
      } else if (Node.isForOfStatement(current) || Node.isForInStatement(current)) {
        if (child === current.getStatement()) chain.unshift({ structure: current, child });
      } else if (
        Node.isIfStatement(current) ||
        Node.isConditionalExpression(current) ||
        Node.isCaseClause(current) ||
        Node.isCatchClause(current)
      ) {
        chain.unshift({ structure: current, child });
      } else if (
        Node.isBinaryExpression(current) &&
        [SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken].includes(current.getOperatorToken().getKind()) &&
        child === current.getRight()
      ) {
        chain.unshift({ structure: current, child });
      }
    }
    return chain;
  }

  private expand(
    chain: Array<{ structure: Node; child: Node }>,
    index: number,
    context: RunContext,
    node: Node,
  ): RunContext[] | Unresolved {
    const link = chain[index];
    if (!link) return [context];
    const next = (further: RunContext): RunContext[] | Unresolved =>
      this.within({ bindings: further.bindings.slice(context.bindings.length), conditions: [] }, () =>
        this.expand(chain, index + 1, further, node),
      );
    const { structure, child } = link;
    if (Node.isForOfStatement(structure) || Node.isForInStatement(structure)) {
      const iterable = hostValue(this.ev.evaluate(structure.getExpression()));
      const list = Node.isForInStatement(structure)
        ? typeof iterable === 'object' &&
          iterable !== null &&
          !Array.isArray(iterable) &&
          !(iterable instanceof Unresolved)
          ? Object.keys(iterable)
          : undefined
        : Array.isArray(iterable)
          ? iterable
          : iterable instanceof Map
            ? [...iterable]
            : iterable instanceof Set
              ? [...iterable]
              : undefined;
      if (!list) {
        const why = iterable instanceof Unresolved ? iterable.reason : 'it is not a list mcpver can read';
        return new Unresolved(
          `runs in a loop over \`${conditionText(structure.getExpression())}\`, which is only known when the code runs: ${why}`,
          this.ev.at(node),
          true,
        );
      }
      const initializer = structure.getInitializer();
      const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
      if (!declaration)
        return new Unresolved('runs in a loop whose variable mcpver cannot bind', this.ev.at(node), true);
      const out: RunContext[] = [];
      for (const element of list) {
        const expanded = next({
          ...context,
          bindings: [...context.bindings, [declaration, element]],
          conditions: [...context.conditions, ...conditionsOf(element)],
        });
        if (expanded instanceof Unresolved) return expanded;
        out.push(...expanded);
      }
      return out;
    }
    const decide = (test: Node, positive: boolean): RunContext[] | Unresolved => {
      const truth = this.ev.truthy(this.ev.evaluate(test));
      if (truth === undefined)
        return next({ ...context, conditions: [...context.conditions, conditionText(test, !positive)] });
      return truth === positive ? next(context) : [];
    };
    if (Node.isIfStatement(structure)) return decide(structure.getExpression(), child === structure.getThenStatement());
    if (Node.isConditionalExpression(structure))
      return child === structure.getCondition()
        ? next(context)
        : decide(structure.getCondition(), child === structure.getWhenTrue());
    if (Node.isBinaryExpression(structure))
      return decide(structure.getLeft(), structure.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken);
    if (Node.isCaseClause(structure)) {
      const switchStatement = structure.getFirstAncestorByKind(SyntaxKind.SwitchStatement);
      const [value, label] = [
        hostValue(this.ev.evaluate(switchStatement?.getExpression())),
        hostValue(this.ev.evaluate(structure.getExpression())),
      ];
      if (!(value instanceof Unresolved) && !(label instanceof Unresolved)) return value === label ? next(context) : [];
      return next({
        ...context,
        conditions: [
          ...context.conditions,
          `${conditionText(switchStatement?.getExpression() ?? structure)} === ${conditionText(structure.getExpression())}`,
        ],
      });
    }
    if (Node.isCatchClause(structure))
      return next({ ...context, conditions: [...context.conditions, 'an error was caught'] });
    return next(context);
  }

  /** The ways a function runs: once per element for an array callback, once per call for a helper, once (unbound) otherwise. */
  private ofFunctionLike(fn: Node, depth: number): RunContext[] | Unresolved {
    const known = this.ofFunction.get(fn);
    if (known) return known;
    if (this.visiting.has(fn) || depth > MAX_CALLERS) return [EMPTY];
    this.visiting.add(fn);
    try {
      const contexts = this.callersOf(fn, depth);
      this.ofFunction.set(fn, contexts);
      return contexts;
    } finally {
      this.visiting.delete(fn);
    }
  }

  private callersOf(fn: Node, depth: number): RunContext[] | Unresolved {
    const parent = fn.getParent();
    const parameters = (fn as unknown as { getParameters?(): Node[] }).getParameters?.() ?? [];
    // `list.forEach((tool) => …)`: once per element of the list.
    if (parent && Node.isCallExpression(parent) && parent.getArguments().includes(fn as never)) {
      const callee = parent.getExpression();
      if (
        Node.isPropertyAccessExpression(callee) &&
        ARRAY_CALLBACKS.has(callee.getName()) &&
        parent.getArguments()[0] === fn
      ) {
        return this.perElement(parent, callee.getExpression(), parameters, depth);
      }
      // A callback given to a library (`createMcpHandler((server) => …)`, a request handler): it runs, with arguments only it knows.
      const outer = this.of(parent, depth + 1);
      const method = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
      if (outer instanceof Unresolved || !REQUEST_HANDLERS.has(method) || parent.getArguments()[0] === fn) return outer;
      const location = this.ev.at(parent);
      const during = `while a client's request runs the handler given to \`${method}\` at ${location.file}:${location.line}`;
      return outer.map((c) => ({ ...c, during: c.during ?? during }));
    }
    // `(() => { … })()`: runs where it is written.
    if (
      parent &&
      Node.isParenthesizedExpression(parent) &&
      Node.isCallExpression(parent.getParent()) &&
      (parent.getParent() as Node & { getExpression(): Node }).getExpression() === parent
    )
      return this.of(parent.getParent()!, depth + 1);
    const made = this.madeByFactory(fn, depth);
    if (made) return made;
    const nameNode = this.nameOf(fn);
    const sites = nameNode ? this.callSites(fn, nameNode) : [];
    // Nobody here calls it: a framework does (it runs once, unbound) — but only for the package's own
    // code; a function of a workspace package or shared folder this package never calls is not its surface.
    if (sites.length === 0)
      return this.ev.isOwn(fn.getSourceFile().getFilePath()) ? [{ ...EMPTY, ...this.selfOf(fn) }] : [];
    const out: RunContext[] = [];
    // Calls found by name on a value mcpver cannot know: maybe this function, maybe another of that name.
    let uncertain: Node | undefined;
    let confirmed = false;
    for (const site of sites) {
      if (site.kind === 'callback') {
        const each = this.perElement(site.call, site.receiver, parameters, depth);
        if (each instanceof Unresolved) return each;
        out.push(...each);
        continue;
      }
      if (!site.guess) confirmed = true;
      const callers = this.of(site.call, depth + 1);
      if (callers instanceof Unresolved) {
        // A guess whose caller cannot be known: maybe not this function at all.
        if (site.guess) {
          uncertain ??= site.call;
          continue;
        }
        return callers;
      }
      for (const caller of callers) {
        this.within(caller, () => {
          const args = this.ev.evaluateArguments(site.call.getArguments(), 0);
          const values = args instanceof Unresolved ? parameters.map(() => args) : args;
          const bindings: Array<[Node, unknown]> = parameters.map((p, i) => [
            p,
            Node.isParameterDeclaration(p) && p.isRestParameter() ? values.slice(i) : values[i],
          ]);
          const self = this.selfAt(fn, site.call);
          // A call found by name alone counts where the value it is made on really has this method.
          if (self && !this.hasMethod(self.value, fn)) {
            if (hostValue(self.value) instanceof Unresolved) uncertain ??= site.call;
            return;
          }
          out.push({
            bindings: [...caller.bindings, ...bindings],
            conditions: caller.conditions,
            ...(self ? { self } : caller.self ? { self: caller.self } : {}),
            ...(caller.during ? { during: caller.during } : {}),
          });
        });
      }
    }
    // Every call found was a guess by name that did not hold: as if none were found (a framework calls
    // the package's own function; a shared one called only on values mcpver cannot know is said).
    const guessesOnly = out.length === 0 && !confirmed;
    if (guessesOnly && this.ev.isOwn(fn.getSourceFile().getFilePath())) return [{ ...EMPTY, ...this.selfOf(fn) }];
    if (guessesOnly && uncertain) {
      const where = this.ev.at(uncertain);
      return new Unresolved(
        `runs when \`${conditionText((uncertain as Node & { getExpression(): Node }).getExpression())}(…)\` is called (${where.file}:${where.line}) on a value only known when the code runs`,
        this.ev.at(fn),
        true,
      );
    }
    return out;
  }

  /**
   * A function a factory returns (`const tool = createRegisterTool(server, …)` whose body is
   * `return (def) => server.tool(def.name, …)`, the style of generated servers): it runs once per
   * call of the variable it is stored in, with the factory's parameters bound from the call that
   * made it. Undefined when `fn` is not returned by a function of the sources stored that way.
   */
  private madeByFactory(fn: Node, depth: number): RunContext[] | Unresolved | undefined {
    const parent = fn.getParent();
    const returned =
      parent && (Node.isReturnStatement(parent) || (Node.isArrowFunction(parent) && parent.getBody() === fn));
    if (!returned) return undefined;
    const outer = fn.getFirstAncestor((a) => isFunctionLike(a));
    if (!outer) return undefined;
    const factoryName = this.nameOf(outer);
    if (!factoryName) return undefined;
    const factoryParameters = (outer as unknown as { getParameters?(): Node[] }).getParameters?.() ?? [];
    const parameters = (fn as unknown as { getParameters?(): Node[] }).getParameters?.() ?? [];
    const out: RunContext[] = [];
    let stored = false;
    for (const site of this.callSites(outer, factoryName)) {
      if (site.kind !== 'call') continue;
      const declaration = site.call.getParent();
      if (!declaration || !Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode()))
        continue;
      stored = true;
      for (const reference of this.referencesTo(declaration.getNameNode())) {
        const call = reference.getParent();
        if (!call || !Node.isCallExpression(call) || call.getExpression() !== reference) continue;
        const callers = this.of(call, depth + 1);
        if (callers instanceof Unresolved) return callers;
        for (const caller of callers) {
          this.within(caller, () => {
            const made = this.ev.evaluateArguments(site.call.getArguments(), 0);
            const given = this.ev.evaluateArguments(call.getArguments(), 0);
            const bind = (list: Node[], values: unknown[] | Unresolved): Array<[Node, unknown]> =>
              list.map((p, i) => [
                p,
                values instanceof Unresolved
                  ? values
                  : Node.isParameterDeclaration(p) && p.isRestParameter()
                    ? values.slice(i)
                    : values[i],
              ]);
            out.push({
              bindings: [...caller.bindings, ...bind(factoryParameters, made), ...bind(parameters, given)],
              conditions: caller.conditions,
              ...(caller.self ? { self: caller.self } : {}),
              ...(caller.during ? { during: caller.during } : {}),
            });
          });
        }
        if (out.length > MAX_CONTEXTS)
          return new Unresolved(
            `runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`,
            this.ev.at(fn),
            true,
          );
      }
    }
    // Stored but never called by that name (passed on, put in an object): read the way any
    // function no source calls is read, so that what it registers is a gap rather than nothing.
    return stored && out.length > 0 ? out : undefined;
  }

  private perElement(call: Node, receiver: Node, parameters: Node[], depth: number): RunContext[] | Unresolved {
    const callers = this.of(call, depth + 1);
    if (callers instanceof Unresolved) return callers;
    const out: RunContext[] = [];
    for (const caller of callers) {
      const list = this.within(caller, () => hostValue(this.ev.evaluate(receiver)));
      if (!Array.isArray(list)) {
        const why = list instanceof Unresolved ? list.reason : 'it is not a list mcpver can read';
        return new Unresolved(
          `runs for each element of \`${conditionText(receiver)}\`, which is only known when the code runs: ${why}`,
          this.ev.at(call),
          true,
        );
      }
      list.forEach((element, i) => {
        const bindings: Array<[Node, unknown]> = [];
        if (parameters[0]) bindings.push([parameters[0], element]);
        if (parameters[1]) bindings.push([parameters[1], i]);
        out.push({
          bindings: [...caller.bindings, ...bindings],
          conditions: [...caller.conditions, ...conditionsOf(element)],
          ...(caller.self ? { self: caller.self } : {}),
          ...(caller.during ? { during: caller.during } : {}),
        });
      });
    }
    return out;
  }

  /** The name a function is called by: its own, the variable or property it is assigned to, or its class for a constructor. */
  private nameOf(fn: Node): Node | undefined {
    if (Node.isConstructorDeclaration(fn))
      return (fn.getParent() as Node & { getNameNode?(): Node | undefined }).getNameNode?.();
    const own = (fn as unknown as { getNameNode?(): Node | undefined }).getNameNode?.();
    if (own && Node.isIdentifier(own)) return own;
    const parent = fn.getParent();
    if (
      parent &&
      (Node.isVariableDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent))
    ) {
      const name = parent.getNameNode();
      return Node.isIdentifier(name) ? name : undefined;
    }
    return undefined;
  }

  /** The calls of a function in the analysed sources, and the lists it is handed to as a callback (`tools.forEach(register)`). */
  private callSites(
    fn: Node,
    nameNode: Node,
  ): Array<
    ({ kind: 'call'; call: Node & { getArguments(): Node[] } } | { kind: 'callback'; call: Node; receiver: Node }) & {
      guess?: boolean;
    }
  > {
    const constructor = Node.isConstructorDeclaration(fn);
    const sites: Array<
      ({ kind: 'call'; call: Node & { getArguments(): Node[] } } | { kind: 'callback'; call: Node; receiver: Node }) & {
        guess?: boolean;
      }
    > = [];
    for (const reference of this.referencesTo(nameNode)) {
      const access = reference.getParent();
      const callee =
        access && Node.isPropertyAccessExpression(access) && access.getNameNode() === reference ? access : reference;
      const call = callee.getParent();
      if (constructor) {
        if (call && Node.isNewExpression(call) && call.getExpression() === callee)
          sites.push({ kind: 'call', call: call as never });
        continue;
      }
      if (!call || !Node.isCallExpression(call)) continue;
      if (call.getExpression() === callee)
        sites.push({ kind: 'call', call, ...(this.guesses.has(reference) ? { guess: true } : {}) });
      else if (call.getArguments()[0] === callee) {
        const method = call.getExpression();
        if (Node.isPropertyAccessExpression(method) && ARRAY_CALLBACKS.has(method.getName()))
          sites.push({ kind: 'callback', call, receiver: method.getExpression() });
      }
      if (sites.length > MAX_CONTEXTS) break;
    }
    return sites;
  }

  /** Identifiers of the analysed files by name, built once: where a function may be called. */
  private names: Map<string, Node[]> | undefined;
  /** References found by name alone (the checker could not say which declaration they name). */
  private readonly guesses = new Set<Node>();

  /** The identifiers in the analysed files that name the same declaration as `nameNode` (not the declaration itself). */
  private referencesTo(nameNode: Node): Node[] {
    if (!this.names) {
      this.names = new Map();
      for (const file of nameNode.getProject().getSourceFiles()) {
        if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath())) continue;
        for (const identifier of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
          const list = this.names.get(identifier.getText());
          if (list) list.push(identifier);
          else this.names.set(identifier.getText(), [identifier]);
        }
      }
    }
    const declaration = nameNode.getParent();
    // Compared by declaration: a method read through an instance has a symbol of its own (a transient one) with the same declaration.
    const declarationsOf = (identifier: Node): Node[] => {
      const symbol = identifier.getSymbol();
      const target = symbol?.isAlias() ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
      return target?.getDeclarations() ?? [];
    };
    // A method called on a value whose type the checker cannot know (dependencies are not read): a candidate, checked against the value later.
    const untypedMethodCall = (identifier: Node): boolean =>
      (Node.isMethodDeclaration(declaration) ||
        Node.isPropertyDeclaration(declaration) ||
        Node.isPropertyAssignment(declaration) ||
        Node.isShorthandPropertyAssignment(declaration)) &&
      Node.isPropertyAccessExpression(identifier.getParent()) &&
      // Untyped, or typed only by an interface the object implements (`context.accountTool(…)` on a `McpRegistrationContext`).
      declarationsOf(identifier).every((d) => Node.isMethodSignature(d) || Node.isPropertySignature(d));
    return (this.names.get(nameNode.getText()) ?? []).filter((identifier) => {
      if (identifier === nameNode) return false;
      if (declarationsOf(identifier).includes(declaration as Node)) return true;
      if (!untypedMethodCall(identifier)) return false;
      this.guesses.add(identifier);
      return true;
    });
  }

  /** Whether a value (an instance, an object, a class) has `fn` as the method of that name. */
  private hasMethod(value: unknown, fn: Node): boolean {
    const name = (fn as unknown as { getName?(): string }).getName?.();
    if (!name || !Node.isMethodDeclaration(fn)) return true;
    const member = this.ev.read(value, name, fn);
    return member instanceof SourceFunction && member.node === fn;
  }

  /** `this` for a method called as `obj.method(…)`: the object; for a constructor: the instance it builds. */
  private selfAt(fn: Node, call: Node): { value: unknown } | undefined {
    if (Node.isConstructorDeclaration(fn)) {
      const cls = fn.getParent();
      if (Node.isClassDeclaration(cls) || Node.isClassExpression(cls)) {
        const args = this.ev.evaluateArguments((call as Node & { getArguments(): Node[] }).getArguments(), 0);
        return {
          value: this.ev.construct(new SourceClass(cls, this.ev.at(cls)), args instanceof Unresolved ? [] : args, call),
        };
      }
    }
    if (!Node.isMethodDeclaration(fn) && !Node.isGetAccessorDeclaration(fn)) return undefined;
    const callee = (call as Node & { getExpression(): Node }).getExpression();
    if (Node.isPropertyAccessExpression(callee)) {
      const target = callee.getExpression();
      if (target.getKind() === SyntaxKind.ThisKeyword) return undefined; // the caller's own `this`
      return { value: this.ev.evaluate(target) };
    }
    return undefined;
  }

  /** `this` in a method no source calls (a framework does: `McpAgent.init`): an instance of its class, built without arguments. */
  private selfOf(fn: Node): { self?: { value: unknown } } {
    if (!Node.isMethodDeclaration(fn) && !Node.isConstructorDeclaration(fn) && !Node.isGetAccessorDeclaration(fn))
      return {};
    const cls = fn.getParent();
    if (!Node.isClassDeclaration(cls) && !Node.isClassExpression(cls)) return {};
    if (Node.isMethodDeclaration(fn) && fn.isStatic())
      return { self: { value: new SourceClass(cls, this.ev.at(cls)) } };
    // Built with arguments nobody here passes: what the constructor stores from them is unknown, never `undefined`.
    const unknown = new Unresolved(
      `an argument of \`new ${cls.getName() ?? 'class'}(…)\`, which no code in the sources calls`,
      this.ev.at(cls),
    );
    const constructor = cls.getConstructors().find((c) => c.getBody());
    const args = (constructor?.getParameters() ?? []).map((parameter) => this.injected(parameter) ?? unknown);
    return { self: { value: this.ev.construct(new SourceClass(cls, this.ev.at(cls)), args, fn) } };
  }

  /**
   * A constructor parameter a dependency-injection container fills (tsyringe's `@injectAll(Token)`
   * or `@inject(Token)`, the style of many MCP server templates): the values the sources register
   * under that token, `container.register(Token, { useValue: value })`, each read in every way its
   * registration runs (a loop over the tool definitions). Undefined when it is no such parameter.
   */
  private injected(parameter: Node): unknown {
    if (!Node.isParameterDeclaration(parameter)) return undefined;
    const decorator = parameter.getDecorators().find((d) => ['injectAll', 'inject'].includes(d.getName()));
    const token = decorator?.getArguments()[0];
    if (!decorator || !token || !Node.isIdentifier(token)) return undefined;
    const all = decorator.getName() === 'injectAll';
    const values: unknown[] = [];
    for (const file of parameter.getProject().getSourceFiles()) {
      if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath())) continue;
      for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        const [key, provider] = call.getArguments();
        if (
          !Node.isPropertyAccessExpression(callee) ||
          callee.getName() !== 'register' ||
          !key ||
          key.getText() !== token.getText() ||
          !provider ||
          !Node.isObjectLiteralExpression(provider)
        )
          continue;
        const useValue = provider.getProperty('useValue');
        if (!useValue || !Node.isPropertyAssignment(useValue)) {
          return new Unresolved(
            `\`${token.getText()}\` is provided at ${this.ev.at(call).file}:${this.ev.at(call).line} by a class or factory mcpver does not build`,
            this.ev.at(call),
            true,
          );
        }
        const ways = this.of(call);
        if (ways instanceof Unresolved) return ways;
        for (const way of ways) values.push(this.within(way, () => this.ev.evaluate(useValue.getInitializerOrThrow())));
      }
    }
    return all ? values : values.length > 0 ? values[values.length - 1] : undefined;
  }
}

/**
 * The early guards among the statements of `block` before `child`: `if (test) return;` (or a block
 * that ends with `return`, or `continue` inside a loop) leaves before `child` runs whenever the branch
 * that exits is taken, so `child` runs under the other branch. In source order. A `throw` or
 * `process.exit()` is not a guard: it ends the server (or its start-up), which is no condition on
 * one item but a server that does not run.
 */
function guardsBefore(block: Node, child: Node, fn: Node | undefined): Array<{ structure: Node; child: Node }> {
  if (!Node.isBlock(block)) return [];
  const statements = block.getStatements();
  const guards: Array<{ structure: Node; child: Node }> = [];
  for (const statement of statements.slice(0, statements.indexOf(child as never))) {
    if (!Node.isIfStatement(statement)) continue;
    const inLoop = isInLoop(statement, fn);
    const [then, otherwise] = [statement.getThenStatement(), statement.getElseStatement()];
    const [thenExits, elseExits] = [exits(then, inLoop), exits(otherwise, inLoop)];
    // Both branches leave: what follows never runs from here; left to the reading of the code as written.
    if (thenExits && !elseExits) guards.push({ structure: statement, child: otherwise ?? statement });
    else if (elseExits && !thenExits) guards.push({ structure: statement, child: then });
  }
  return guards;
}

/** Whether a statement always leaves what follows it: `return`, an unlabelled `continue` in a loop, or a block that ends with one. */
function exits(statement: Node | undefined, inLoop: boolean): boolean {
  if (!statement) return false;
  if (Node.isReturnStatement(statement)) return true;
  if (Node.isContinueStatement(statement)) return inLoop && !statement.getLabel();
  if (Node.isBlock(statement)) return exits(statement.getStatements().at(-1), inLoop);
  return false;
}

/** Whether a loop of the function (not an outer one) holds `node`: where a `continue` skips the rest of an iteration. */
function isInLoop(node: Node, fn: Node | undefined): boolean {
  for (let current = node.getParent(); current && current !== fn; current = current.getParent())
    if (
      Node.isForOfStatement(current) ||
      Node.isForInStatement(current) ||
      Node.isForStatement(current) ||
      Node.isWhileStatement(current) ||
      Node.isDoStatement(current)
    )
      return true;
  return false;
}
