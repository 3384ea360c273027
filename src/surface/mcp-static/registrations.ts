// Finds where a server declares its surface and reads each declaration once per way it runs (see
// contexts.ts): McpServer registrations (`registerTool`, `tool`, `registerPrompt`, `prompt`,
// `registerResource`, `resource`), FastMCP's `addTool`/`addPrompt`/`addResource`, low-level
// `setRequestHandler` for the list requests, and the server's constructor (info, capabilities).

import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import { Contexts, type RunContext } from './contexts.ts';
import type { Evaluator } from './evaluator.ts';
import { isInstance } from './evaluator.ts';
import { conditionsOf, hostValue, isPlainObject, SourceFunction, Unresolved, withConditions } from './values.ts';

export type ItemKind = 'tool' | 'prompt' | 'resource';

/** One McpServer registration, with its arguments as far as they could be evaluated. */
export interface Registration {
  kind: ItemKind;
  method: string;
  name: string;
  args: unknown[];
  location: SourceLocation;
  /** The conditions it is registered under, as written (empty: always). */
  conditions: string[];
  /** The call it was read from: one call read in several contexts gives one registration per context. */
  site: Node;
}

/** A low-level list handler's result, read once per way the handler's registration runs. */
export interface ListHandler {
  list: 'tools' | 'prompts' | 'resources' | 'resourceTemplates';
  items: unknown[];
  location: SourceLocation;
}

export interface ServerConstruction {
  kind: 'McpServer' | 'Server';
  /** Whether the sources connect it to a transport (`server.connect(transport)`): the one clients talk to. */
  connected: boolean;
  node: Node;
  info: unknown;
  options: unknown;
  location: SourceLocation;
}

const METHODS: Record<string, ItemKind> = {
  registerToolTask: 'tool',
  registerTool: 'tool',
  tool: 'tool',
  registerPrompt: 'prompt',
  prompt: 'prompt',
  registerResource: 'resource',
  resource: 'resource',
};
/** Names only McpServer uses: a call to one of these is a registration even when its name cannot be read. */
const UNAMBIGUOUS = new Set(['registerTool', 'registerToolTask', 'registerPrompt', 'registerResource']);
/** FastMCP (and servers written like it): one object per item, `{ name, description, parameters, execute }`. */
const ADD_METHODS: Record<string, ItemKind> = {
  addTool: 'tool',
  addPrompt: 'prompt',
  addResource: 'resource',
  addResourceTemplate: 'resource',
};
/** FastMCP's plural forms, one array of such objects: read as one `add…` per element. */
const ADD_MANY: Record<string, string> = {
  addTools: 'addTool',
  addPrompts: 'addPrompt',
  addResources: 'addResource',
  addResourceTemplates: 'addResourceTemplate',
};

const LIST_REQUESTS: Record<string, ListHandler['list']> = {
  ListToolsRequestSchema: 'tools',
  ListPromptsRequestSchema: 'prompts',
  ListResourcesRequestSchema: 'resources',
  ListResourceTemplatesRequestSchema: 'resourceTemplates',
  'tools/list': 'tools',
  'prompts/list': 'prompts',
  'resources/list': 'resources',
  'resources/templates/list': 'resourceTemplates',
};

export interface Found {
  registrations: Registration[];
  handlers: ListHandler[];
  servers: ServerConstruction[];
  /** Capabilities declared after construction (`server.server.registerCapabilities({...})`). */
  capabilities: unknown[];
  /** What could not be read; `hidesItems` when whole items may be missing. */
  unresolved: Unresolved[];
  /** Items that exist only under a condition: every branch was read, the condition is reported. */
  notes: Unresolved[];
}

export function findDeclarations(files: readonly SourceFile[], evaluator: Evaluator): Found {
  const found: Found = { registrations: [], handlers: [], servers: [], capabilities: [], unresolved: [], notes: [] };
  const contexts = new Contexts(evaluator);
  for (const file of files) {
    for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!Node.isPropertyAccessExpression(callee)) continue;
      const method = callee.getName();
      if (method === 'setRequestHandler') readHandler(call, evaluator, contexts, found);
      else if (method === 'registerCapabilities') found.capabilities.push(evaluator.evaluate(call.getArguments()[0]));
      else if (method in METHODS) readRegistrations(call, method, evaluator, contexts, found);
      else if (method in ADD_METHODS && call.getArguments().length === 1)
        readAdded(call, method, evaluator, contexts, found);
      else if (method in ADD_MANY && call.getArguments().length === 1)
        readAdded(call, ADD_MANY[method]!, evaluator, contexts, found, true);
    }
    for (const construction of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
      const kind = construction.getExpression().getText();
      if (kind !== 'McpServer' && kind !== 'Server') continue;
      const [info, options] = construction.getArguments();
      found.servers.push({
        kind,
        info: evaluator.evaluate(info),
        options: evaluator.evaluate(options),
        location: evaluator.at(construction),
        connected: isConnected(construction),
        node: construction,
      });
    }
  }
  return found;
}

/** The contexts of a call, or the reason they cannot be known, recorded when the call surely declares items. */
function contextsOrGap(
  call: CallExpression,
  evaluator: Evaluator,
  contexts: Contexts,
  found: Found,
  sure: boolean,
): RunContext[] {
  const all = contexts.of(call);
  if (all instanceof Unresolved) {
    if (sure)
      found.unresolved.push(new Unresolved(all.reason.replace(/^runs/, 'registered'), evaluator.at(call), true));
    return [];
  }
  return all;
}

/**
 * `this.registerTool(tool, handler)` where `registerTool` is a method written in the sources: a
 * wrapper, not the SDK's method (the registration inside it is read, once per call of it).
 */
function callsSourceMethod(call: CallExpression, evaluator: Evaluator): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const symbol = callee.getNameNode().getSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  if (
    declarations.some(
      (d) =>
        evaluator.isSource(d.getSourceFile().getFilePath()) &&
        !d.getSourceFile().isDeclarationFile() &&
        (Node.isMethodDeclaration(d) ||
          Node.isPropertyDeclaration(d) ||
          Node.isPropertyAssignment(d) ||
          Node.isFunctionDeclaration(d)),
    )
  )
    return true;
  if (declarations.length > 0 || callee.getExpression().getKind() !== SyntaxKind.ThisKeyword) return false;
  const cls = call.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a)) as
    (Node & { getMethod?(name: string): Node | undefined }) | undefined;
  return Boolean(cls?.getMethod?.(callee.getName()));
}

function readRegistrations(
  call: CallExpression,
  method: string,
  evaluator: Evaluator,
  contexts: Contexts,
  found: Found,
): void {
  if (call.getArguments().length < 2 || callsSourceMethod(call, evaluator)) return;
  for (const context of contextsOrGap(
    call,
    evaluator,
    contexts,
    found,
    UNAMBIGUOUS.has(method) || looksLikeRegistration(call, evaluator),
  )) {
    contexts.within(context, () =>
      readOne(
        call,
        method,
        context.during ? [...context.conditions, context.during] : context.conditions,
        evaluator,
        found,
        context.during,
      ),
    );
  }
}

function readOne(
  call: CallExpression,
  method: string,
  conditions: string[],
  evaluator: Evaluator,
  found: Found,
  during?: string,
): void {
  const args = call.getArguments();
  const name = hostValue(evaluator.evaluate(args[0]));
  if (typeof name !== 'string') {
    // `x.tool(…)` may be anything; `x.registerTool(…)` is a registration whose name we could not read.
    if (UNAMBIGUOUS.has(method) && during) {
      // Registered while a request runs (a resource a tool creates): not part of what the server lists at start-up.
      found.notes.push(
        new Unresolved(
          `a ${METHODS[method]} is registered ${during}, with a name only known then: clients see it only after that request`,
          evaluator.at(call),
        ),
      );
    } else if (UNAMBIGUOUS.has(method) || (name instanceof Unresolved && looksLikeRegistration(call, evaluator))) {
      const reason = name instanceof Unresolved ? name.reason : `the name given to ${method} is not a string`;
      found.unresolved.push(
        new Unresolved(`a ${METHODS[method]} whose name is not known: ${reason}`, evaluator.at(call), true),
      );
    }
    return;
  }
  // Older overloads end with the handler; a call whose last argument is not a function is something else.
  const values = args.map((a) => evaluator.evaluate(a));
  const last = values[values.length - 1];
  if (
    !UNAMBIGUOUS.has(method) &&
    !(last instanceof SourceFunction) &&
    !(last instanceof Unresolved && Node.isIdentifier(args[args.length - 1]))
  )
    return;
  found.registrations.push({
    kind: METHODS[method]!,
    method,
    name,
    args: values,
    location: evaluator.at(call),
    conditions: [...new Set(conditions)],
    site: call,
  });
}

/**
 * `server.tool(name, …, handler)` whose name cannot be read: `tool` is a common name, so it counts
 * as a registration (and its unknown name as a gap) only when it looks like one — made on an
 * McpServer, or ending with a function written here after a first argument that is no function or
 * object (a name).
 */
function looksLikeRegistration(call: CallExpression, evaluator: Evaluator): boolean {
  const callee = call.getExpression();
  const receiver = Node.isPropertyAccessExpression(callee)
    ? hostValue(evaluator.evaluate(callee.getExpression()))
    : undefined;
  if (
    typeof receiver === 'object' &&
    receiver !== null &&
    (receiver as { constructor?: { name?: string } }).constructor?.name === 'McpServer'
  )
    return true;
  if (/\bMcpServer\b/.test(Node.isPropertyAccessExpression(callee) ? callee.getExpression().getType().getText() : ''))
    return true;
  const args = call.getArguments();
  const first = args[0];
  const last = args[args.length - 1];
  if (!first || !last || args.length < 2) return false;
  const isFunction = (n: Node) => Node.isArrowFunction(n) || Node.isFunctionExpression(n);
  return (
    isFunction(last) &&
    !isFunction(first) &&
    !Node.isObjectLiteralExpression(first) &&
    !Node.isArrayLiteralExpression(first)
  );
}

/**
 * FastMCP's `server.addTool({ name, description, parameters, annotations, execute })`: read as the
 * McpServer registration it lists the same as (`parameters` is the input schema).
 */
function readAdded(
  call: CallExpression,
  method: string,
  evaluator: Evaluator,
  contexts: Contexts,
  found: Found,
  many = false,
): void {
  for (const context of contextsOrGap(call, evaluator, contexts, found, false)) {
    contexts.within(context, () => {
      const argument = hostValue(evaluator.evaluate(call.getArguments()[0]));
      if (many) {
        if (argument instanceof Unresolved)
          found.unresolved.push(
            new Unresolved(`the list given to ${method}s is not known: ${argument.reason}`, evaluator.at(call), true),
          );
        if (Array.isArray(argument))
          for (const element of argument) addOne(call, method, element, context, evaluator, found);
        return;
      }
      addOne(call, method, argument, context, evaluator, found);
    });
  }
}

function addOne(
  call: CallExpression,
  method: string,
  value: unknown,
  context: RunContext,
  evaluator: Evaluator,
  found: Found,
): void {
  const definition = hostValue(value);
  if (!isPlainObject(definition)) return;
  const name = hostValue(definition.name);
  const hasBody = definition.execute instanceof SourceFunction || definition.load instanceof SourceFunction;
  if (!hasBody) return;
  if (typeof name !== 'string') {
    found.unresolved.push(
      new Unresolved(
        `an item added with ${method} whose name is not known${name instanceof Unresolved ? `: ${name.reason}` : ''}`,
        evaluator.at(call),
        true,
      ),
    );
    return;
  }
  const kind = ADD_METHODS[method]!;
  const conditions = [...new Set([...context.conditions, ...conditionsOf(definition)])];
  const location = evaluator.at(call);
  if (kind === 'tool') {
    const config = {
      description: definition.description,
      inputSchema: definition.parameters,
      annotations: definition.annotations,
      ...(definition.outputSchema ? { outputSchema: definition.outputSchema } : {}),
    };
    found.registrations.push({
      kind,
      method: 'registerTool',
      name,
      args: [name, stripUndefined(config), definition.execute],
      location,
      conditions,
      site: call,
    });
  } else if (kind === 'prompt') {
    const args = Array.isArray(definition.arguments) ? definition.arguments : [];
    found.handlers.push({
      list: 'prompts',
      items: [stripUndefined({ name, description: definition.description, arguments: args })],
      location,
    });
  } else {
    const uri = definition.uri ?? definition.uriTemplate;
    found.handlers.push({
      list: definition.uriTemplate ? 'resourceTemplates' : 'resources',
      items: [
        stripUndefined({
          ...(definition.uriTemplate ? { uriTemplate: uri } : { uri }),
          name,
          description: definition.description,
          mimeType: definition.mimeType,
        }),
      ],
      location,
    });
  }
}

const stripUndefined = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

function readHandler(call: CallExpression, evaluator: Evaluator, contexts: Contexts, found: Found): void {
  const [schema, handler] = call.getArguments();
  const key = schema
    ? Node.isStringLiteral(schema)
      ? schema.getLiteralValue()
      : (schema.getText().split('.').pop() ?? '')
    : '';
  const list = LIST_REQUESTS[key];
  if (!list || !handler) return;
  const location = evaluator.at(call);
  const results: unknown[] = [];
  const changers = fieldChangers(handler, call);
  const unknownAdditions = new Map<string, Unresolved>();
  for (const context of contextsOrGap(call, evaluator, contexts, found, true)) {
    contexts.within(context, () => {
      const fn = evaluator.evaluate(handler);
      if (!(fn instanceof SourceFunction)) {
        results.push(
          fn instanceof Unresolved
            ? fn
            : new Unresolved(`the ${list} list handler is not a function mcpver can read`, location),
        );
        return;
      }
      const self = context.self?.value;
      const before = isInstance(self) ? { ...self } : undefined;
      try {
        if (isInstance(self)) replayChanges(changers, self, evaluator, contexts, unknownAdditions);
        results.push(...listPages(fn, list, context.conditions, evaluator, call, location));
      } finally {
        if (before && isInstance(self)) {
          for (const key of Object.keys(self)) if (!(key in before)) delete self[key];
          Object.assign(self, before);
        }
      }
    });
  }
  found.unresolved.push(...unknownAdditions.values());
  const lists = results.filter((r): r is unknown[] => Array.isArray(r));
  const failed = results.find((r): r is Unresolved => r instanceof Unresolved);
  if (lists.length === 0) {
    found.unresolved.push(
      new Unresolved(
        failed
          ? `the ${list} list handler: ${failed.reason}`
          : `the ${list} list handler does not return a list mcpver can read`,
        failed?.location.file ? failed.location : location,
        true,
      ),
    );
    return;
  }
  if (failed)
    found.unresolved.push(
      new Unresolved(
        `the ${list} list handler returns a list mcpver could not read on one of the ways it runs: ${failed.reason}`,
        failed.location.file ? failed.location : location,
        true,
      ),
    );
  for (const items of lists) found.handlers.push({ list, items, location });
}

const ADDERS = new Set(['set', 'push', 'add', 'unshift', 'splice']);

/** A method of the handler's class that changes the field the list handler reads, and its calls outside the constructor. */
interface FieldChanger {
  method: Node & { getName(): string };
  field: string;
  callers: CallExpression[];
}

/**
 * The methods of the list handler's class that add to a field the handler reads (`this.tools`,
 * filled by `upsertTools`), with their calls made outside the constructor (at start-up from the
 * entry, or later, while the server runs). A method that only removes is left out: an item removed
 * at run time hides nothing.
 */
function fieldChangers(handler: Node, call: CallExpression): FieldChanger[] {
  const cls = call.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a)) as
    (Node & { getMethods(): Array<Node & { getName(): string }> }) | undefined;
  if (!cls) return [];
  const handlerText = handler.getText();
  const out: FieldChanger[] = [];
  for (const method of cls.getMethods()) {
    const changed = new Set<string>();
    for (const binary of method.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const left = binary.getLeft();
      if (
        binary.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        Node.isPropertyAccessExpression(left) &&
        left.getExpression().getKind() === SyntaxKind.ThisKeyword
      )
        changed.add(left.getName());
    }
    for (const inner of method.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = inner.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || !ADDERS.has(callee.getName())) continue;
      const target = callee.getExpression();
      if (Node.isPropertyAccessExpression(target) && target.getExpression().getKind() === SyntaxKind.ThisKeyword)
        changed.add(target.getName());
    }
    const field = [...changed].find((f) => new RegExp(`\\bthis\\.${f}\\b`).test(handlerText));
    if (!field) continue;
    // Called from somewhere other than the constructor: the field changes after the server is built.
    const callers = cls
      .getSourceFile()
      .getProject()
      .getSourceFiles()
      .flatMap((f) =>
        f
          .getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)
          .filter(
            (p) =>
              p.getName() === method.getName() &&
              Node.isCallExpression(p.getParent()) &&
              (p.getParent() as CallExpression).getExpression() === p &&
              !p.getFirstAncestor((a) => Node.isConstructorDeclaration(a)),
          )
          .map((p) => p.getParent() as CallExpression),
      );
    if (callers.length > 0) out.push({ method, field, callers });
  }
  return out;
}

/**
 * Make the calls that add to the field after start-up on the instance the list handler reads, in
 * every way each runs, with what they add when that is known (`mcpServer.upsertTools(tools)` in
 * the entry, with the tools chosen from its options, each under its condition). What is only known
 * when the code runs (tools fetched from an API) is a gap at the call, which may hide items; a call
 * made while a request is handled is not the listing at start-up, and is left out.
 */
function replayChanges(
  changers: FieldChanger[],
  self: Record<string, unknown>,
  evaluator: Evaluator,
  contexts: Contexts,
  unknown: Map<string, Unresolved>,
): void {
  for (const { method, field, callers } of changers) {
    for (const caller of callers) {
      const where = evaluator.at(caller);
      const gap = (why: string): void => {
        const key = `${where.file}:${where.line}`;
        if (!unknown.has(key))
          unknown.set(
            key,
            new Unresolved(
              `the list comes from \`this.${field}\`, which \`${method.getName()}\` changes after start-up (called at ${where.file}:${where.line}) with what ${why}`,
              where,
              true,
            ),
          );
      };
      const ways = contexts.of(caller);
      if (ways instanceof Unresolved) {
        gap(`is only known when the code runs: ${ways.reason}`);
        continue;
      }
      for (const way of ways) {
        // Added while a request is handled (a tool that loads more tools): not what the server
        // lists at start-up, as for a registration made there.
        if (way.during) continue;
        contexts.within(way, () => {
          const args = evaluator.evaluateArguments(caller.getArguments(), 0);
          if (args instanceof Unresolved) {
            gap(`is only known when the code runs: ${args.reason}`);
            return;
          }
          const known = args.map((arg) => {
            if (arg instanceof Unresolved) {
              gap(`is only known when the code runs: ${arg.reason}`);
              return [];
            }
            if (!Array.isArray(arg)) return arg;
            const hidden = arg.find((e): e is Unresolved => e instanceof Unresolved);
            if (hidden) gap(`is only known when the code runs in part: ${hidden.reason}`);
            return arg.filter((e) => !(e instanceof Unresolved)).map((e) => withConditions(e, way.conditions));
          });
          const fn = new SourceFunction(evaluator.at(method), method, self);
          evaluator.withThis(self, () => evaluator.call(fn, known, caller));
        });
      }
    }
  }
}

/** Pages a list handler is asked for, at most, as a client would follow `nextCursor`. */
const MAX_PAGES = 100;

/**
 * Call a list handler as a client does: first with no cursor, then with each `nextCursor` it
 * returns, as long as the cursor is known. Each page's list, or why it could not be read.
 */
function listPages(
  fn: SourceFunction,
  list: ListHandler['list'],
  conditions: string[],
  evaluator: Evaluator,
  call: CallExpression,
  location: SourceLocation,
): unknown[] {
  const method = list === 'resourceTemplates' ? 'resources/templates/list' : `${list}/list`;
  const pages: unknown[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const request = { method, params: cursor === undefined ? {} : { cursor } };
    const result = hostValue(evaluator.call(fn, [request, new Unresolved('the request context', location)], call));
    if (!isPlainObject(result)) {
      pages.push(
        result instanceof Unresolved
          ? result
          : new Unresolved(`the ${list} list handler does not return an object with a "${list}" list`, location),
      );
      break;
    }
    pages.push(withItemConditions(result[list], conditions));
    const next = hostValue(result.nextCursor);
    if (typeof next !== 'string' || next === cursor) break;
    cursor = next;
  }
  return pages;
}

/** The items of a list, each also under the conditions its handler runs under. */
function withItemConditions(items: unknown, conditions: string[]): unknown {
  return Array.isArray(items) && conditions.length > 0 ? items.map((item) => withConditions(item, conditions)) : items;
}

/** `const server = new Server(…)` … `server.connect(transport)` in the same file. */
function isConnected(construction: Node): boolean {
  const declaration = construction.getParent();
  if (!declaration || !Node.isVariableDeclaration(declaration)) return false;
  const name = declaration.getName();
  return construction
    .getSourceFile()
    .getDescendantsOfKind(SyntaxKind.CallExpression)
    .some((call) => {
      const callee = call.getExpression();
      return (
        Node.isPropertyAccessExpression(callee) &&
        callee.getName() === 'connect' &&
        callee.getExpression().getText() === name
      );
    });
}

/** The server construction a registration is made on (`server.tool(…)` with `const server = new McpServer(…)`), when the sources say. */
export function receiverConstruction(registration: Registration): Node | undefined {
  const call = registration.site;
  if (!Node.isCallExpression(call)) return undefined;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const receiver = callee.getExpression();
  if (!Node.isIdentifier(receiver)) return undefined;
  const declaration = receiver.getSymbol()?.getDeclarations()[0];
  const initializer = declaration && Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  return initializer && Node.isNewExpression(initializer) ? initializer : undefined;
}
