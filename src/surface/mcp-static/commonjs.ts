// Modules as compilers and bundlers write them, read as the values they stand for: CommonJS
// (`require`, `exports.x =`, `module.exports =`, `Object.defineProperty(exports, …)`), the interop
// helpers of tsc (`__importStar`, `__importDefault`, `__exportStar`, `__awaiter`) and esbuild
// (`__toESM`, `__toCommonJS`, `__export`, `__reExport`). A published MCP server is often only this:
// without it, `zod_1.z.object(…)` is an unknown and a whole server reads as empty.

import { Node, SyntaxKind, type CallExpression, type Expression, type SourceFile } from 'ts-morph';
import { Host, isPlainObject, SourceFunction, Unresolved } from './values.ts';
import type { Evaluator } from './evaluator.ts';

/** Helpers that turn what `require` returned into what the compiled `import` expects. */
const NAMESPACE_INTEROP = new Set(['__importStar', '__toESM', '_interopRequireWildcard']);
const DEFAULT_INTEROP = new Set(['__importDefault', '_interopRequireDefault']);
const IDENTITY_INTEROP = new Set(['__toCommonJS']);
/** Helpers that copy every export of one module onto another (`export * from './a'` compiled). */
const RE_EXPORT = new Set(['__exportStar', '__reExport', '__export']);

/** What interopCall returns for a call that is not one of the helpers. */
export const NOT_INTEROP = Symbol('not an interop helper');

/** Modules whose `exports` were marked `__esModule` (compiled from ES modules): interop passes them through. */
const ES_MODULES = new WeakSet<object>();

/** The name a call's callee ends with (`__importStar`, `tslib_1.__importStar`). */
function calleeName(call: CallExpression): string | undefined {
  const callee = call.getExpression();
  if (Node.isIdentifier(callee)) return callee.getText();
  if (Node.isPropertyAccessExpression(callee)) return callee.getName();
  return undefined;
}

/** `require("spec")` with a literal specifier, where `require` is Node's (not a function of the sources). */
export function requireSpecifier(call: CallExpression): string | undefined {
  const callee = call.getExpression();
  if (!Node.isIdentifier(callee) || callee.getText() !== 'require') return undefined;
  const [arg] = call.getArguments();
  if (!arg || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return undefined;
  const declared = callee
    .getSymbol()
    ?.getDeclarations()
    .some((d) => !d.getSourceFile().isDeclarationFile());
  return declared ? undefined : arg.getLiteralValue();
}

/** Whether an expression is a `require(…)`, possibly wrapped in interop helpers (`__importStar(require("./x"))`). */
export function isRequireExpression(node: Node | undefined): boolean {
  let current = node;
  while (current && Node.isCallExpression(current)) {
    if (requireSpecifier(current) !== undefined) return true;
    const name = calleeName(current);
    if (!name || !(NAMESPACE_INTEROP.has(name) || DEFAULT_INTEROP.has(name) || IDENTITY_INTEROP.has(name)))
      return false;
    current = current.getArguments()[0];
  }
  return false;
}

/** A declaration bound by `const x = require(…)` or `const { z } = require("zod")`. */
export function isRequireBinding(declaration: Node): boolean {
  let current: Node | undefined = declaration;
  while (current && Node.isBindingElement(current)) current = current.getParent()?.getParent();
  return Boolean(current && Node.isVariableDeclaration(current) && isRequireExpression(current.getInitializer()));
}

/**
 * A call of an interop helper, read as what it returns, or NOT_INTEROP when the call is not one.
 * `__awaiter(this, args, P, function* () {…})` is an async function as tsc compiles it for older
 * targets: its generator is followed as that async function (each `yield` an `await`).
 */
export function interopCall(ev: Evaluator, call: CallExpression, depth: number): unknown {
  const name = calleeName(call);
  if (!name) return NOT_INTEROP;
  const args = call.getArguments();
  if (name === '__awaiter' && args.length === 4) {
    const body = args[3]!;
    if (!Node.isFunctionExpression(body) || !body.isGenerator()) return NOT_INTEROP;
    const self = ev.evaluate(args[0], depth);
    return ev.call(new SourceFunction(ev.at(body), body, self), [], call, { generatorAsAsync: true });
  }
  const namespace = NAMESPACE_INTEROP.has(name);
  const asDefault = DEFAULT_INTEROP.has(name);
  if (!namespace && !asDefault && !IDENTITY_INTEROP.has(name)) return NOT_INTEROP;
  if (args.length === 0) return NOT_INTEROP;
  const value = ev.evaluate(args[0], depth);
  if (value instanceof Unresolved || value instanceof Host || IDENTITY_INTEROP.has(name)) return value;
  // An ES module compiled to CommonJS is passed through; anything else becomes the default export.
  if (typeof value === 'object' && value !== null && ES_MODULES.has(value)) return value;
  if (asDefault) return { default: value };
  return isPlainObject(value) ? { ...value, default: value } : { default: value };
}

/** The file a relative `require` names, among the files read (Node's resolution: as written, `.js`, `.cjs`, `/index.js`). */
function requiredFile(from: SourceFile, specifier: string): SourceFile | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const base = `${from.getDirectoryPath()}/${specifier}`;
  const project = from.getProject();
  for (const suffix of ['', '.js', '.cjs', '.mjs', '.ts', '/index.js', '/index.cjs', '/index.ts']) {
    const file = project.getSourceFile(normalize(base + suffix));
    if (file && !file.isDeclarationFile()) return file;
  }
  return undefined;
}

function normalize(file: string): string {
  const parts: string[] = [];
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** What `require(specifier)` returns, read from the sources or from a library mcpver loads. */
export function requireModule(ev: Evaluator, call: CallExpression, specifier: string): unknown {
  const from = call.getSourceFile();
  if (/\.json$/.test(specifier) && specifier.startsWith('.'))
    return ev.json(`${from.getDirectoryPath()}/${specifier}`.replace(/\/\.\//g, '/'), call);
  const host = ev.context.hostModule(specifier);
  if (host) return new Host(host);
  const file = requiredFile(from, specifier);
  if (file) return ev.moduleExports(file);
  return new Unresolved(`\`require("${specifier}")\` is a module outside the analysed sources`, ev.at(call));
}

/** Whether a file is a CommonJS module: JavaScript with no `import`/`export` declarations that writes `exports`. */
export function isCommonJs(file: SourceFile): boolean {
  if (!/\.(c?js|jsx)$/.test(file.getFilePath())) return false;
  if (file.getImportDeclarations().length > 0 || file.getExportDeclarations().length > 0) return false;
  if (file.getExportAssignments().length > 0) return false;
  return /\b(module\.)?exports\b/.test(file.getFullText());
}

/** `exports.x`, `exports["x"]`, `module.exports.x`: the export name written to, else undefined. */
function exportName(target: Node): string | undefined {
  if (!Node.isPropertyAccessExpression(target) && !Node.isElementAccessExpression(target)) return undefined;
  if (!isExportsObject(target.getExpression())) return undefined;
  if (Node.isPropertyAccessExpression(target)) return target.getName();
  const key = target.getArgumentExpression();
  return key && Node.isStringLiteral(key) ? key.getLiteralValue() : undefined;
}

/** `exports` or `module.exports`. */
function isExportsObject(node: Node): boolean {
  if (Node.isIdentifier(node)) return node.getText() === 'exports';
  return Node.isPropertyAccessExpression(node) && node.getText().replace(/\s/g, '') === 'module.exports';
}

/**
 * The value of `module.exports` once a CommonJS module has run its top level: each `exports.x = …`,
 * `module.exports = …`, `Object.defineProperty(exports, "x", { get })` and re-export of another
 * module, in order. The `exports.a = exports.b = void 0` placeholders tsc writes first are skipped.
 */
export function commonJsExports(ev: Evaluator, file: SourceFile, into: Record<string, unknown>): unknown {
  let value: unknown = into;
  const assign = (key: string, v: unknown) => {
    if (isPlainObject(value)) value[key] = v;
  };
  for (const statement of file.getStatements()) {
    if (!Node.isExpressionStatement(statement)) continue;
    const expression = unwrap(statement.getExpression());
    if (Node.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const targets: Node[] = [];
      let right: Node = expression;
      while (Node.isBinaryExpression(right) && right.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
        targets.push(right.getLeft());
        right = unwrap(right.getRight());
      }
      if (Node.isVoidExpression(right)) continue;
      const names = targets.map((t) => ({ t, name: exportName(t) }));
      const whole = targets.some((t) => isExportsObject(t) && !Node.isIdentifier(t));
      if (!whole && names.every((n) => n.name === undefined)) continue;
      const v = ev.evaluate(right);
      if (whole) {
        // `module.exports = { a, b }`: a new exports object (what `require` returns from now on).
        value = isPlainObject(v) ? Object.assign(into, v) : v;
        continue;
      }
      for (const { name } of names) if (name !== undefined) assign(name, v);
      continue;
    }
    if (!Node.isCallExpression(expression)) continue;
    const name = calleeName(expression);
    const args = expression.getArguments();
    if (name === 'defineProperty' && args.length >= 3 && isExportsObject(args[0]!) && Node.isStringLiteral(args[1]!)) {
      const key = args[1].getLiteralValue();
      if (key === '__esModule') {
        if (isPlainObject(value)) ES_MODULES.add(value);
        continue;
      }
      const descriptor = ev.evaluate(args[2]);
      if (!isPlainObject(descriptor)) assign(key, descriptor);
      else if (descriptor.get instanceof SourceFunction) assign(key, ev.call(descriptor.get, [], expression));
      else assign(key, descriptor.value);
      continue;
    }
    if (name && RE_EXPORT.has(name)) {
      // `__exportStar(require("./a"), exports)`, `__reExport(target, require("./a"), module.exports)`, tsc's old `__export(require("./a"))`.
      const source = args.find((a) => isRequireExpression(a));
      if (!source || (name === '__export' && args.length !== 1)) continue;
      const module = ev.evaluate(source);
      if (module instanceof Host && isPlainObject(value))
        for (const [k, v] of Object.entries(module.value as object))
          if (k !== 'default' && !(k in value)) value[k] = new Host(v);
      if (isPlainObject(module) && isPlainObject(value))
        for (const [k, v] of Object.entries(module)) if (k !== 'default' && !(k in value)) value[k] = v;
    }
  }
  return value;
}

/**
 * `var tools_exports = {}; __export(tools_exports, { a: () => a, b: () => b })`: the namespace
 * object esbuild makes for `import * as tools` (or for a CommonJS bundle's exports), its getters
 * read as the values they return. Undefined when the variable is not filled that way.
 */
export function bundlerNamespace(
  ev: Evaluator,
  file: SourceFile,
  name: string,
  depth: number,
): Record<string, unknown> | Host | undefined {
  let out: Record<string, unknown> | undefined;
  for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const args = call.getArguments();
    if (calleeName(call) !== '__export' || args.length !== 2 || args[0]!.getText() !== name) continue;
    const all = args[1]!;
    if (!Node.isObjectLiteralExpression(all)) continue;
    // zod bundled into the server (`// node_modules/zod/v4/classic/external.js` above it): the real zod.
    const library = bundledPackage(file, call.getPos());
    if (library === 'zod') {
      const zod = ev.context.hostModule('zod');
      if (zod) return new Host(zod);
    }
    out ??= {};
    for (const property of all.getProperties()) {
      if (!Node.isPropertyAssignment(property)) continue;
      const nameNode = property.getNameNode();
      const key = Node.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
      const getter = property.getInitializer();
      out[key] =
        getter && Node.isArrowFunction(getter) && !Node.isBlock(getter.getBody())
          ? ev.evaluate(getter.getBody(), depth)
          : new Unresolved(`cannot read the export \`${key}\` of a bundled module`, ev.at(property));
    }
  }
  if (out) ES_MODULES.add(out);
  return out;
}

/** The package a bundle's section at `position` comes from, by the `// node_modules/<package>/…` comment esbuild writes before it. */
function bundledPackage(file: SourceFile, position: number): string | undefined {
  const text = file.getFullText();
  const start = text.lastIndexOf('\n// ', position);
  if (start < 0) return undefined;
  const line = text.slice(start + 4, text.indexOf('\n', start + 1));
  const match = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
  return match?.[1];
}

function unwrap(node: Expression): Expression {
  let current = node;
  while (Node.isParenthesizedExpression(current)) current = current.getExpression();
  return current;
}
