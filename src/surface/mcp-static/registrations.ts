// Finds where a server declares its surface: McpServer registrations (`registerTool`, `tool`,
// `registerPrompt`, `prompt`, `registerResource`, `resource`), low-level `setRequestHandler` for the
// list requests, and the server's constructor (info, capabilities, instructions).

import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import { Evaluator, SourceFunction, Unresolved, hostValue } from './values.ts';

export type ItemKind = 'tool' | 'prompt' | 'resource';

/** One McpServer registration call, with its arguments as far as they could be evaluated. */
export interface Registration {
  kind: ItemKind;
  method: string;
  name: string;
  args: unknown[];
  location: SourceLocation;
}

/** A low-level list handler's literal result. */
export interface ListHandler {
  list: 'tools' | 'prompts' | 'resources' | 'resourceTemplates';
  items: unknown;
  location: SourceLocation;
}

export interface ServerConstruction {
  kind: 'McpServer' | 'Server';
  info: unknown;
  options: unknown;
  location: SourceLocation;
}

const METHODS: Record<string, ItemKind> = {
  registerToolTask: 'tool', registerTool: 'tool', tool: 'tool', registerPrompt: 'prompt', prompt: 'prompt', registerResource: 'resource', resource: 'resource',
};
/** Names only McpServer uses: a call to one of these is a registration even when its name cannot be read. */
const UNAMBIGUOUS = new Set(['registerTool', 'registerToolTask', 'registerPrompt', 'registerResource']);

const LIST_REQUESTS: Record<string, ListHandler['list']> = {
  ListToolsRequestSchema: 'tools', ListPromptsRequestSchema: 'prompts', ListResourcesRequestSchema: 'resources', ListResourceTemplatesRequestSchema: 'resourceTemplates',
};

export interface Found {
  registrations: Registration[];
  handlers: ListHandler[];
  servers: ServerConstruction[];
  /** Capabilities declared after construction (`server.server.registerCapabilities({...})`). */
  capabilities: unknown[];
  unresolved: Unresolved[];
}

export function findDeclarations(files: readonly SourceFile[], evaluator: Evaluator): Found {
  const found: Found = { registrations: [], handlers: [], servers: [], capabilities: [], unresolved: [] };
  for (const file of files) {
    for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!Node.isPropertyAccessExpression(callee)) continue;
      const method = callee.getName();
      if (method === 'setRequestHandler') readHandler(call, evaluator, found);
      else if (method === 'registerCapabilities') found.capabilities.push(evaluator.evaluate(call.getArguments()[0]));
      else if (method in METHODS) readRegistration(call, method, evaluator, found);
    }
    for (const construction of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
      const kind = construction.getExpression().getText();
      if (kind !== 'McpServer' && kind !== 'Server') continue;
      const [info, options] = construction.getArguments();
      found.servers.push({ kind, info: evaluator.evaluate(info), options: evaluator.evaluate(options), location: evaluator.at(construction) });
    }
  }
  return found;
}

/**
 * The iterations of the nearest loop around a call when it runs over a literal array:
 * `for (const t of TOOLS)` or `TOOLS.forEach((t) => …)` / `.map(…)`. Each is the declaration to bind and its value.
 */
function loopIterations(call: CallExpression, evaluator: Evaluator): { declaration: Node; values: unknown[] } | Unresolved | undefined {
  for (let node: Node | undefined = call.getParent(); node; node = node.getParent()) {
    if (Node.isForOfStatement(node)) {
      const list = node.getInitializer();
      const declaration = Node.isVariableDeclarationList(list) ? list.getDeclarations()[0] : undefined;
      const values = hostValue(evaluator.evaluate(node.getExpression()));
      if (values instanceof Unresolved) return values;
      return declaration && Array.isArray(values) ? { declaration, values } : undefined;
    }
    if ((Node.isArrowFunction(node) || Node.isFunctionExpression(node))) {
      const outer = node.getParent();
      if (!Node.isCallExpression(outer)) return undefined;
      const callee = outer.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || !['forEach', 'map'].includes(callee.getName()) || outer.getArguments()[0] !== node) return undefined;
      const declaration = node.getParameters()[0];
      const values = hostValue(evaluator.evaluate(callee.getExpression()));
      if (values instanceof Unresolved) return values;
      return declaration && Array.isArray(values) ? { declaration, values } : undefined;
    }
  }
  return undefined;
}

function readRegistration(call: CallExpression, method: string, evaluator: Evaluator, found: Found): void {
  const args = call.getArguments();
  if (args.length < 2) return;
  const first = evaluator.evaluate(args[0]);
  // A name only known per iteration: registrations in a loop over a literal list, read once per element.
  const loop = typeof first === 'string' ? undefined : loopIterations(call, evaluator);
  // The list the loop runs over is the reason the name is unknown: say that, not "a loop variable".
  if (loop instanceof Unresolved) {
    if (UNAMBIGUOUS.has(method)) found.unresolved.push(new Unresolved(`registered in a loop over a list that ${loop.reason.replace(/^`[^`]*` /, '')}`, evaluator.at(call), true));
    return;
  }
  if (loop) {
    for (const value of loop.values) evaluator.withBindings(loop.declaration, value, () => readOne(call, method, evaluator, found));
    return;
  }
  readOne(call, method, evaluator, found);
}

function readOne(call: CallExpression, method: string, evaluator: Evaluator, found: Found): void {
  const args = call.getArguments();
  const name = evaluator.evaluate(args[0]);
  if (typeof name !== 'string') {
    // `x.tool(…)` may be anything; `x.registerTool(…)` is a registration whose name we could not read.
    if (UNAMBIGUOUS.has(method)) found.unresolved.push(new Unresolved(name instanceof Unresolved ? name.reason : `the name given to ${method} is not a string`, name instanceof Unresolved ? name.location : evaluator.at(call), true));
    return;
  }
  // Older overloads end with the handler; a call whose last argument is not a function is something else.
  const values = args.map((a) => evaluator.evaluate(a));
  if (!UNAMBIGUOUS.has(method) && !(values[values.length - 1] instanceof SourceFunction)) return;
  found.registrations.push({ kind: METHODS[method]!, method, name, args: values, location: evaluator.at(call) });
  const condition = enclosingCondition(call);
  if (condition) found.unresolved.push(new Unresolved(`the ${METHODS[method]} "${name}" is registered only when \`${condition}\`: the static snapshot lists it as always there`, evaluator.at(call)));
}

/** The condition a call runs under within its function (an if, a ternary, a switch case, a catch), as written. */
function enclosingCondition(call: CallExpression): string | undefined {
  let child: Node = call;
  for (let node = call.getParent(); node; child = node, node = node.getParent()) {
    if (Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node) || Node.isSourceFile(node)) return undefined;
    if (Node.isIfStatement(node) && child !== node.getExpression()) return short(node.getExpression().getText());
    if (Node.isConditionalExpression(node) && child !== node.getCondition()) return short(node.getCondition().getText());
    if (Node.isCaseClause(node)) return `case ${short(node.getExpression().getText())}`;
    if (Node.isCatchClause(node)) return 'an error was caught';
    if (Node.isBinaryExpression(node) && ['&&', '||', '??'].includes(node.getOperatorToken().getText()) && child === node.getRight()) return short(node.getLeft().getText());
  }
  return undefined;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ');

function readHandler(call: CallExpression, evaluator: Evaluator, found: Found): void {
  const [schema, handler] = call.getArguments();
  const list = schema ? LIST_REQUESTS[schema.getText().split('.').pop() ?? ''] : undefined;
  if (!list || !handler) return;
  const location = evaluator.at(call);
  let body: Node | undefined = handler;
  if (Node.isIdentifier(handler)) body = handler.getSymbol()?.getValueDeclaration();
  if (Node.isVariableDeclaration(body)) body = body.getInitializer();
  if (!body || !(Node.isArrowFunction(body) || Node.isFunctionExpression(body) || Node.isFunctionDeclaration(body))) {
    found.unresolved.push(new Unresolved(`the ${list} list handler is not a function mcpver can read`, location));
    return;
  }
  const results: unknown[] = [];
  const arrowBody = Node.isArrowFunction(body) ? body.getBody() : undefined;
  if (arrowBody && !Node.isBlock(arrowBody)) results.push(evaluator.evaluate(arrowBody));
  for (const statement of body.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
    // Returns of nested functions (callbacks inside the handler) are not the handler's result.
    if (statement.getFirstAncestor((a) => Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a)) !== body) continue;
    results.push(evaluator.evaluate(statement.getExpression()));
  }
  const listed = results.map((r) => (r && typeof r === 'object' && !(r instanceof Unresolved) ? (r as Record<string, unknown>)[list] : r));
  const first = listed.find((l) => Array.isArray(l));
  if (first === undefined) {
    const reason = listed.find((l): l is Unresolved => l instanceof Unresolved);
    found.unresolved.push(reason ?? new Unresolved(`the ${list} list handler does not return a literal list`, location));
    return;
  }
  if (listed.some((l) => l !== first)) found.unresolved.push(new Unresolved(`the ${list} list handler returns different lists on different paths; the first literal one is used`, location));
  found.handlers.push({ list, items: first, location });
}
