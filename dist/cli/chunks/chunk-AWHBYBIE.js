import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  McpServer
} from "./chunk-CEDVHOY5.js";
import {
  resolveInWorkspace,
  workspacePackages
} from "./chunk-VZ3H4TGL.js";
import {
  Client
} from "./chunk-TA6RE672.js";
import {
  allOf,
  canonical,
  negateCondition,
  sameCondition,
  testsAbsence
} from "./chunk-HGCUKL2M.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/surface/mcp-static/index.ts
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";
import { Project, ts } from "ts-morph";

// src/surface/mcp-static/evaluator.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { Node as Node4, SyntaxKind as SyntaxKind4 } from "ts-morph";

// src/surface/mcp-static/values.ts
var Unresolved = class {
  /** `hidesItems`: what could not be read may hide whole tools, prompts or resources (a name, a list). */
  constructor(reason, location, hidesItems = false) {
    this.reason = reason;
    this.location = location;
    this.hidesItems = hidesItems;
  }
  reason;
  location;
  hidesItems;
};
var SourceFunction = class _SourceFunction {
  constructor(location, node, self, scope) {
    this.location = location;
    this.node = node;
    this.self = self;
    this.scope = scope;
  }
  location;
  node;
  self;
  scope;
  bind(self) {
    return new _SourceFunction(this.location, this.node, self, this.scope);
  }
};
var SourceClass = class {
  constructor(node, location) {
    this.node = node;
    this.location = location;
  }
  node;
  location;
};
var SourcePrototype = class {
  constructor(cls) {
    this.cls = cls;
  }
  cls;
};
var Host = class {
  constructor(value, self) {
    this.value = value;
    this.self = self;
  }
  value;
  self;
};
var hostValue = (value) => value instanceof Host ? value.value : value;
function isLibraryValue(value) {
  return typeof value === "object" && value !== null && ("_def" in value || "_zod" in value);
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function unwrapHost(value) {
  if (value instanceof Host) return value.value;
  if (Array.isArray(value)) return keepConditions(value, value.map(unwrapHost));
  if (isPlainObject(value))
    return keepConditions(value, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapHost(v)])));
  return value;
}
var CONDITIONS = /* @__PURE__ */ new WeakMap();
function conditionsOf(value) {
  return typeof value === "object" && value !== null ? CONDITIONS.get(value) ?? [] : [];
}
function withConditions(value, conditions) {
  if (conditions.length === 0 || typeof value !== "object" || value === null) return value;
  const copy = Array.isArray(value) ? [...value] : isPlainObject(value) ? { ...value } : value instanceof Host ? new Host(value.value, value.self) : value;
  const all = [.../* @__PURE__ */ new Set([...conditionsOf(value), ...conditions])];
  CONDITIONS.set(copy, all);
  return copy;
}
function keepConditions(from, to) {
  const conditions = conditionsOf(from);
  if (conditions.length > 0 && typeof to === "object" && to !== null && !CONDITIONS.has(to))
    CONDITIONS.set(to, conditions);
  return to;
}
function conditionText(node, negate = false) {
  const text = (typeof node === "string" ? node : node.getText()).replace(/\s+/g, " ").trim();
  const short = text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
  return negate ? negateCondition(short) : short;
}
function mergeConditions(a, b) {
  if (a.length === 0 || b.length === 0) return [];
  if (a.join(" && ") === b.join(" && ")) return [...a];
  const onlyA = a.filter((c) => !b.includes(c));
  const onlyB = b.filter((c) => !a.includes(c));
  if (onlyA.length === 1 && onlyB.length === 1 && sameCondition(conditionText(onlyA[0], true), onlyB[0]))
    return a.filter((c) => b.includes(c));
  const either = `(${allOf(a)}) || (${allOf(b)})`;
  return [
    either.length <= 160 ? either : `one of several conditions (${either.split(") || (").length} ways it is declared)`
  ];
}

// src/surface/mcp-static/builtins.ts
var NOT_BUILTIN = /* @__PURE__ */ Symbol("not a builtin");
var Builtin = class {
  constructor(name) {
    this.name = name;
  }
  name;
};
var GLOBALS = /* @__PURE__ */ new Set([
  "Object",
  "Array",
  "JSON",
  "Math",
  "Number",
  "String",
  "Boolean",
  "Promise",
  "Map",
  "Set",
  "parseInt",
  "parseFloat",
  "isNaN",
  "encodeURIComponent",
  "decodeURIComponent",
  "atob",
  "btoa",
  "Buffer"
]);
function globalValue(name) {
  return GLOBALS.has(name) ? new Builtin(name) : NOT_BUILTIN;
}
var isPrimitive = (v) => v === null || v === void 0 || ["string", "number", "boolean"].includes(typeof v);
function readBuiltinProperty(object, key) {
  if (object instanceof Builtin) {
    const real = globalThis[object.name];
    const value = real?.[key];
    return typeof value === "number" || typeof value === "string" ? value : NOT_BUILTIN;
  }
  if (Array.isArray(object) && key === "length") return object.length;
  if (typeof object === "string")
    return key === "length" ? object.length : typeof key === "number" ? object[key] : NOT_BUILTIN;
  if ((object instanceof Map || object instanceof Set) && key === "size") return object.size;
  return NOT_BUILTIN;
}
function invoke(ev, fn, args, at) {
  if (fn instanceof SourceFunction) return ev.call(fn, args, at);
  if (fn instanceof Builtin) return callBuiltin(ev, void 0, fn, args.slice(0, 1), at);
  const value = hostValue(fn);
  if (typeof value === "function") {
    try {
      return new Host(value(...args.map(unwrapHost)));
    } catch (error) {
      return new Unresolved(
        `a callback failed when rebuilt from the sources: ${error.message.split("\n")[0]}`,
        ev.at(at)
      );
    }
  }
  return new Unresolved("calls back a function mcpver cannot follow", ev.at(at));
}
function callbackCondition(fn, at) {
  if (fn instanceof SourceFunction && fn.node) {
    const body = fn.node.getBody?.();
    if (body && body.getKindName() !== "Block") return conditionText(body);
    const statements = body?.getStatements?.() ?? [];
    const only = statements.length === 1 ? statements[0].getExpression?.() : void 0;
    if (only && statements[0].getKindName() === "ReturnStatement") return conditionText(only);
  }
  return conditionText(at);
}
function callBuiltin(ev, target, name, args, at, constructing = false) {
  if (target === void 0)
    return name instanceof Builtin ? callGlobal(ev, name.name, args, at, constructing) : NOT_BUILTIN;
  if (typeof name !== "string") return NOT_BUILTIN;
  if (target instanceof Builtin) return callStatic(ev, target.name, name, args, at);
  if (Array.isArray(target)) return callArray(ev, target, name, args, at);
  if (typeof target === "string" || typeof target === "number" || typeof target === "boolean")
    return callPrimitive(ev, target, name, args, at);
  if (target instanceof Map) return callMap(target, name, args);
  if (Buffer.isBuffer(target))
    return name === "toString" && (args[0] === void 0 || typeof args[0] === "string") ? target.toString(args[0]) : NOT_BUILTIN;
  if (target instanceof Set)
    return name === "has" ? target.has(args[0]) : name === "values" || name === "keys" ? [...target] : NOT_BUILTIN;
  if (target instanceof SourceFunction) {
    if (name === "bind") return target.bind(args[0]);
    if (name === "call") return ev.call(target.bind(args[0]), args.slice(1), at);
    if (name === "apply")
      return Array.isArray(args[1]) || args[1] === void 0 ? ev.call(target.bind(args[0]), args[1] ?? [], at) : NOT_BUILTIN;
  }
  return NOT_BUILTIN;
}
function callGlobal(ev, name, args, at, constructing) {
  const [first] = args.map(hostValue);
  if (first instanceof Unresolved) return first;
  switch (name) {
    case "String":
      return isPrimitive(first) ? String(first) : NOT_BUILTIN;
    case "Number":
      return isPrimitive(first) ? Number(first) : NOT_BUILTIN;
    case "Boolean":
      return ev.truthy(args[0]) ?? new Unresolved(`cannot decide \`${at.getText().slice(0, 60)}\``, ev.at(at));
    case "parseInt":
      return typeof first === "string" ? Number.parseInt(first, typeof args[1] === "number" ? args[1] : 10) : NOT_BUILTIN;
    case "parseFloat":
      return typeof first === "string" ? Number.parseFloat(first) : NOT_BUILTIN;
    case "isNaN":
      return typeof first === "number" ? Number.isNaN(first) : NOT_BUILTIN;
    case "atob":
    case "btoa":
      try {
        return typeof first === "string" ? name === "atob" ? atob(first) : btoa(first) : NOT_BUILTIN;
      } catch {
        return new Unresolved(`\`${name}\` of text it refuses`, ev.at(at));
      }
    case "encodeURIComponent":
      return typeof first === "string" ? encodeURIComponent(first) : NOT_BUILTIN;
    case "decodeURIComponent":
      return typeof first === "string" ? decodeURIComponent(first) : NOT_BUILTIN;
    case "Map":
      if (!constructing) return NOT_BUILTIN;
      if (first === void 0) return /* @__PURE__ */ new Map();
      if (first instanceof Map) return new Map(first);
      if (Array.isArray(first) && first.every((e) => Array.isArray(e))) return new Map(first);
      return NOT_BUILTIN;
    case "Set":
      if (!constructing) return NOT_BUILTIN;
      return first === void 0 ? /* @__PURE__ */ new Set() : Array.isArray(first) ? new Set(first) : NOT_BUILTIN;
    case "Array":
      return Array.isArray(first) ? first : NOT_BUILTIN;
    default:
      return NOT_BUILTIN;
  }
}
function callStatic(ev, owner, name, args, at) {
  const unresolved = args.find((a) => a instanceof Unresolved);
  const first = hostValue(args[0]);
  if (owner === "Object") {
    if (unresolved && name !== "assign") return unresolved;
    const entriesOf = (v) => isPlainObject(v) ? Object.entries(v) : v instanceof Map ? [...v].map(([k, x]) => [String(k), x]) : Array.isArray(v) ? v.map((x, i) => [String(i), x]) : void 0;
    switch (name) {
      case "keys":
        return entriesOf(first)?.map(([k]) => k) ?? NOT_BUILTIN;
      case "values":
        return entriesOf(first)?.map(([, v]) => v) ?? NOT_BUILTIN;
      case "entries":
        return entriesOf(first)?.map(([k, v]) => keepConditions(v, [k, v])) ?? NOT_BUILTIN;
      case "fromEntries": {
        const list = first instanceof Map ? [...first] : first;
        if (!Array.isArray(list)) return NOT_BUILTIN;
        const out = {};
        for (const entry of list) {
          if (entry instanceof Unresolved) return entry;
          if (!Array.isArray(entry) || typeof entry[0] !== "string" && typeof entry[0] !== "number")
            return new Unresolved("an entry whose key is not known", ev.at(at));
          out[String(entry[0])] = keepConditions(entry, entry[1]);
        }
        return out;
      }
      case "assign": {
        if (unresolved) return unresolved;
        const out = {};
        for (const part of args.map(hostValue)) if (isPlainObject(part)) Object.assign(out, part);
        return out;
      }
      case "freeze":
      case "seal":
        return args[0];
      default:
        return NOT_BUILTIN;
    }
  }
  if (unresolved) return unresolved;
  switch (`${owner}.${name}`) {
    case "Array.isArray":
      return Array.isArray(first);
    case "Array.of":
      return [...args];
    case "Array.from": {
      const length = isPlainObject(first) && typeof first.length === "number" && Object.keys(first).length === 1 && first.length <= 1e4 ? first.length : void 0;
      const list = first instanceof Map ? [...first] : first instanceof Set ? [...first] : typeof first === "string" ? [...first] : Array.isArray(first) ? [...first] : length !== void 0 ? Array.from({ length }, () => void 0) : void 0;
      if (!list) return NOT_BUILTIN;
      return args[1] === void 0 ? list : callArray(ev, list, "map", [args[1]], at);
    }
    case "JSON.stringify":
      return isData(first) ? JSON.stringify(first, null, typeof args[2] === "number" || typeof args[2] === "string" ? args[2] : void 0) : NOT_BUILTIN;
    case "JSON.parse":
      if (typeof first !== "string") return NOT_BUILTIN;
      try {
        return JSON.parse(first);
      } catch {
        return new Unresolved("JSON.parse of text that is not JSON", ev.at(at));
      }
    case "Buffer.from":
      return typeof first === "string" && (args[1] === void 0 || typeof args[1] === "string") ? Buffer.from(first, args[1]) : NOT_BUILTIN;
    case "Promise.resolve":
      return args[0];
    case "Promise.all":
      return Array.isArray(first) ? first : NOT_BUILTIN;
    default:
      break;
  }
  if (owner === "Math" || owner === "Number" || owner === "String") {
    const fn = globalThis[owner][name];
    if (typeof fn === "function" && args.every(isPrimitive)) return fn(...args);
  }
  return NOT_BUILTIN;
}
function isData(value) {
  if (isPrimitive(value)) return true;
  if (Array.isArray(value)) return value.every(isData);
  if (isPlainObject(value)) return Object.values(value).every(isData);
  return false;
}
function callPrimitive(ev, target, name, args, at) {
  const unresolved = args.find((a) => a instanceof Unresolved);
  if (unresolved) return unresolved;
  const plain = args.map(hostValue);
  if (!plain.every((a) => isPrimitive(a) || a instanceof RegExp)) return NOT_BUILTIN;
  const method = Object(target)[name];
  if (typeof method !== "function" || ["constructor", "valueOf"].includes(name)) return NOT_BUILTIN;
  try {
    return method.apply(target, plain);
  } catch (error) {
    return new Unresolved(
      `\`${name}(\u2026)\` failed when rebuilt from the sources: ${error.message}`,
      ev.at(at)
    );
  }
}
function callMap(target, name, args) {
  switch (name) {
    case "get":
      return target.get(hostValue(args[0]));
    case "has":
      return target.has(hostValue(args[0]));
    case "keys":
      return [...target.keys()];
    case "values":
      return [...target.values()];
    case "entries":
      return [...target.entries()];
    default:
      return NOT_BUILTIN;
  }
}
function callArray(ev, target, name, args, at) {
  const [fn] = args;
  const each = (i) => [target[i], i, target];
  switch (name) {
    case "map": {
      if (fn === void 0) return NOT_BUILTIN;
      return target.map((element, i) => keepConditions(element, invoke(ev, fn, each(i), at)));
    }
    case "flatMap": {
      const out = [];
      target.forEach((element, i) => {
        const result = invoke(ev, fn, each(i), at);
        if (Array.isArray(result)) out.push(...result.map((r) => withConditions(r, conditionsOf(element))));
        else out.push(keepConditions(element, result));
      });
      return out;
    }
    case "filter": {
      const out = [];
      target.forEach((element, i) => {
        const when = fn instanceof SourceFunction ? ev.interpreter.truthWhen(fn, each(i), at) : ev.truthy(invoke(ev, fn, each(i), at));
        const kept = typeof when === "string" ? void 0 : when;
        if (kept === true) out.push(element);
        else if (typeof when === "string") out.push(withConditions(element, [when]));
        else if (kept === void 0) out.push(withConditions(element, [callbackCondition(fn, at)]));
      });
      return out;
    }
    case "forEach": {
      target.forEach((_, i) => invoke(ev, fn, each(i), at));
      return void 0;
    }
    case "find":
    case "findLast":
    case "some":
    case "every":
    case "findIndex": {
      const order = name === "findLast" ? [...target.keys()].reverse() : [...target.keys()];
      for (const i of order) {
        const result = ev.truthy(invoke(ev, fn, each(i), at));
        if (result === void 0) return new Unresolved(`cannot decide \`${conditionText(at)}\``, ev.at(at));
        if (result && name === "some") return true;
        if (!result && name === "every") return false;
        if (result && (name === "find" || name === "findLast")) return target[i];
        if (result && name === "findIndex") return i;
      }
      return name === "some" ? false : name === "every" ? true : name === "findIndex" ? -1 : void 0;
    }
    case "reduce": {
      let i = 0;
      let accumulator = args.length > 1 ? args[1] : target[i++];
      for (; i < target.length; i += 1) {
        accumulator = invoke(ev, fn, [accumulator, target[i], i, target], at);
        if (accumulator instanceof Unresolved) return accumulator;
      }
      return accumulator;
    }
    case "concat": {
      const out = [...target];
      for (const arg of args) {
        const value = hostValue(arg);
        if (value instanceof Unresolved) return value;
        if (Array.isArray(value)) out.push(...value);
        else out.push(arg);
      }
      return out;
    }
    case "flat":
      return target.flat(typeof args[0] === "number" ? args[0] : 1);
    case "slice":
      return args.every((a) => a === void 0 || typeof a === "number") ? target.slice(args[0], args[1]) : NOT_BUILTIN;
    case "reverse":
    case "toReversed":
      return [...target].reverse();
    case "sort":
    case "toSorted": {
      if (fn === void 0) return target.every((t) => typeof t === "string") ? [...target].sort() : [...target];
      try {
        return [...target].sort((a, b) => {
          const order = hostValue(invoke(ev, fn, [a, b], at));
          if (typeof order !== "number") throw new Error("unknown order");
          return order;
        });
      } catch {
        return [...target];
      }
    }
    case "includes":
      return args[0] instanceof Unresolved ? args[0] : target.includes(hostValue(args[0]));
    case "indexOf":
      return args[0] instanceof Unresolved ? args[0] : target.indexOf(hostValue(args[0]));
    case "join":
      return target.every(isPrimitive) && (args[0] === void 0 || typeof args[0] === "string") ? target.join(args[0]) : NOT_BUILTIN;
    case "at":
      return typeof args[0] === "number" ? target.at(args[0]) : NOT_BUILTIN;
    case "keys":
      return [...target.keys()];
    case "values":
      return [...target];
    case "entries":
      return target.map((v, i) => [i, v]);
    default:
      return NOT_BUILTIN;
  }
}

// src/surface/mcp-static/interpreter.ts
import { Node, SyntaxKind } from "ts-morph";
var NO_DEFAULT = /* @__PURE__ */ Symbol("no default");
var STEP_BUDGET = 4e5;
var MAX_LOOKUP_KEYS = 32;
var ASSIGNMENT = /* @__PURE__ */ new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
  SyntaxKind.PlusEqualsToken
]);
var Interpreter = class {
  constructor(ev) {
    this.ev = ev;
  }
  ev;
  returns = [];
  pathConditions = [];
  onSuper;
  steps = 0;
  /** The returns of the last body followed, before they were merged: for a filter's callback (see `truthWhen`). */
  lastReturns;
  /** Follow a function body; its value is what its returns give, merged over the paths that reach them. */
  runBody(block, onSuper) {
    const saved = { returns: this.returns, pathConditions: this.pathConditions, onSuper: this.onSuper };
    this.returns = [];
    this.pathConditions = [];
    this.onSuper = onSuper;
    try {
      const completion = this.block(block.getStatements());
      if (completion === "normal" || completion === "break" || completion === "continue")
        this.returns.push({ value: void 0, conditions: [...this.pathConditions] });
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
  truthWhen(fn, args, at) {
    const body = fn.node?.getBody?.();
    this.lastReturns = void 0;
    const truth = this.ev.truthy(this.ev.call(fn, args, at));
    if (truth !== void 0 || !body || !Node.isBlock(body)) return truth;
    const last = this.lastReturns;
    if (!last || last.block !== body) return void 0;
    const truths = last.returns.map((r) => this.ev.truthy(r.value));
    if (truths.includes(void 0)) return void 0;
    const kept = last.returns.filter((_, i) => truths[i]);
    if (kept.length === 0) return false;
    if (kept.some((r) => r.conditions.length === 0)) return true;
    if (kept.length === 1) return allOf(kept[0].conditions);
    const either = kept.map((r) => `(${allOf(r.conditions)})`).join(" || ");
    return either.length <= 160 ? either : `one of several conditions (${kept.length} ways it is kept)`;
  }
  /**
   * The value of a variable that is changed after its declaration, as the statements of its block
   * leave it where it is read: up to the statement that reads it when that runs in the same block,
   * else (read later, from a function or another module) to the end of the block.
   */
  valueAt(declaration, use, changed) {
    const statement = declaration.getFirstAncestorByKind(SyntaxKind.VariableStatement);
    const list = statement?.getParent();
    const name = declaration.getName();
    if (!statement || !list || !(Node.isSourceFile(list) || Node.isBlock(list) || Node.isCaseClause(list) || Node.isModuleBlock(list))) {
      return new Unresolved(`\`${name}\` ${changed}, so its value is only known when the code runs`, this.ev.at(use));
    }
    const statements = list.getStatements();
    const start = statements.indexOf(statement);
    let end = statements.length;
    for (let i = start + 1; i < statements.length; i += 1) {
      const s = statements[i];
      if (use.getPos() >= s.getPos() && use.getEnd() <= s.getEnd()) {
        const inFunction = use.getAncestors().some(
          (a) => a !== s && a.getPos() >= s.getPos() && a.getEnd() <= s.getEnd() && (Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isFunctionDeclaration(a) || Node.isMethodDeclaration(a))
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
        for (const s of statements.slice(start + 1, end)) {
          if (!s.getText().includes(name)) continue;
          const completion = this.statement(s);
          if (completion === "return" || completion === "throw") break;
        }
        if (Node.isSourceFile(list) && end === statements.length)
          for (const call of registryCalls(statements, name)) this.effect(call);
        return this.ev.bindings.get(declaration);
      } finally {
        Object.assign(this, saved);
      }
    });
  }
  block(statements) {
    for (const statement of statements) {
      const completion = this.statement(statement);
      if (completion !== "normal") return completion;
    }
    return "normal";
  }
  statement(s) {
    this.steps += 1;
    if (this.steps > STEP_BUDGET) return "throw";
    if (Node.isVariableStatement(s)) {
      for (const declaration of s.getDeclarations()) {
        const initializer = declaration.getInitializer();
        this.ev.bindPattern(declaration, initializer ? this.ev.evaluate(initializer) : void 0);
      }
      return "normal";
    }
    if (Node.isExpressionStatement(s)) {
      this.effect(s.getExpression());
      return "normal";
    }
    if (Node.isReturnStatement(s)) {
      this.returns.push({ value: this.ev.evaluate(s.getExpression()), conditions: [...this.pathConditions] });
      return "return";
    }
    if (Node.isThrowStatement(s)) return "throw";
    if (Node.isBreakStatement(s)) return "break";
    if (Node.isContinueStatement(s)) return "continue";
    if (Node.isBlock(s)) return this.block(s.getStatements());
    if (Node.isLabeledStatement(s)) return this.statement(s.getStatement());
    if (Node.isIfStatement(s)) {
      const truth = this.ev.truthy(this.ev.evaluate(s.getExpression()));
      const otherwise = s.getElseStatement();
      if (truth === true) return this.statement(s.getThenStatement());
      if (truth === false) return otherwise ? this.statement(otherwise) : "normal";
      return this.fork(
        conditionText(s.getExpression()),
        () => this.statement(s.getThenStatement()),
        () => otherwise ? this.statement(otherwise) : "normal"
      );
    }
    if (Node.isForOfStatement(s) || Node.isForInStatement(s)) return this.forOf(s);
    if (Node.isForStatement(s) || Node.isWhileStatement(s) || Node.isDoStatement(s)) {
      this.taint(s, "is changed in a loop mcpver cannot unroll");
      return "normal";
    }
    if (Node.isSwitchStatement(s)) return this.switchStatement(s);
    if (Node.isTryStatement(s)) {
      let completion = this.block(s.getTryBlock().getStatements());
      const handler = s.getCatchClause();
      if (completion === "throw" && handler) {
        const variable = handler.getVariableDeclaration();
        if (variable) this.ev.bindPattern(variable, new Unresolved("an error caught at run time", this.ev.at(handler)));
        completion = this.block(handler.getBlock().getStatements());
      }
      const finallyBlock = s.getFinallyBlock();
      if (finallyBlock) {
        const after = this.block(finallyBlock.getStatements());
        if (after !== "normal") completion = after;
      }
      return completion;
    }
    return "normal";
  }
  forOf(s) {
    const iterable = hostValue(this.ev.evaluate(s.getExpression()));
    const list = Node.isForInStatement(s) ? isPlainObject(iterable) ? Object.keys(iterable) : void 0 : Array.isArray(iterable) ? iterable : iterable instanceof Map ? [...iterable] : iterable instanceof Set ? [...iterable] : typeof iterable === "string" ? [...iterable] : void 0;
    if (!list) {
      const keys = iterable instanceof Unresolved ? this.lookupKeys(s) : void 0;
      if (keys) return this.forEachKey(s, keys);
      this.taint(
        s,
        iterable instanceof Unresolved ? `is changed in a loop over a list that ${iterable.reason.replace(/^`[^`]*` /, "")}` : "is changed in a loop over a value mcpver cannot list"
      );
      return "normal";
    }
    const initializer = s.getInitializer();
    const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : void 0;
    for (const element of list) {
      const keys = element instanceof Unresolved ? this.lookupKeys(s) : void 0;
      if (keys) {
        const completion2 = this.forEachKey(s, keys);
        if (completion2 === "return" || completion2 === "throw") return completion2;
        continue;
      }
      const completion = this.ev.inFrame(() => {
        if (declaration) this.ev.bindPattern(declaration, element);
        else if (initializer) this.store(initializer, element);
        const conditions = conditionsOf(element);
        return conditions.length > 0 ? this.fork(
          allOf(conditions),
          () => this.statement(s.getStatement()),
          () => "normal"
        ) : this.statement(s.getStatement());
      });
      if (completion === "break") break;
      if (completion === "return" || completion === "throw") return completion;
    }
    return "normal";
  }
  /**
   * The keys a loop over a run-time list can take that matter: when the loop variable is only used
   * to look up entries of objects whose keys are all known (`toolCategories[toolKey]`), every key
   * of those objects is a branch, and what the loop adds for it is added only when the list names
   * it. A key none of them has looks up nothing. Undefined when the variable is used otherwise.
   */
  lookupKeys(s) {
    if (Node.isForInStatement(s)) return void 0;
    const initializer = s.getInitializer();
    const declaration = Node.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : void 0;
    const nameNode = declaration?.getNameNode();
    if (!declaration || !nameNode || !Node.isIdentifier(nameNode)) return void 0;
    const uses = s.getStatement().getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === nameNode.getText() && id.getSymbol() === nameNode.getSymbol());
    if (uses.length === 0) return void 0;
    const keys = /* @__PURE__ */ new Set();
    for (const use of uses) {
      let key = use;
      while (Node.isAsExpression(key.getParent()) || Node.isParenthesizedExpression(key.getParent()) || Node.isNonNullExpression(key.getParent()))
        key = key.getParent();
      const access = key.getParent();
      if (!access || !Node.isElementAccessExpression(access) || access.getArgumentExpression() !== key)
        return void 0;
      const object = hostValue(this.ev.evaluate(access.getExpression()));
      if (!isPlainObject(object)) return void 0;
      for (const k of Object.keys(object)) keys.add(k);
    }
    return keys.size > 0 && keys.size <= MAX_LOOKUP_KEYS ? [...keys] : void 0;
  }
  /** A loop over a run-time list of keys, read once per key it may name, each under the condition that it does. */
  forEachKey(s, keys) {
    const initializer = s.getInitializer();
    const declaration = initializer.getDeclarations()[0];
    const list = conditionText(s.getExpression());
    for (const key of keys) {
      const completion = this.ev.inFrame(
        () => this.fork(
          `${list} includes ${JSON.stringify(key)}`,
          () => {
            this.ev.bindPattern(declaration, key);
            return this.statement(s.getStatement());
          },
          () => "normal"
        )
      );
      if (completion === "return" || completion === "throw") return completion;
    }
    return "normal";
  }
  switchStatement(s) {
    const value = hostValue(this.ev.evaluate(s.getExpression()));
    const clauses = s.getClauses();
    const run = (from) => {
      for (const clause of clauses.slice(from)) {
        const completion = this.block(clause.getStatements());
        if (completion === "break") return "normal";
        if (completion !== "normal") return completion;
      }
      return "normal";
    };
    if (!(value instanceof Unresolved)) {
      const index = clauses.findIndex(
        (c) => Node.isCaseClause(c) && hostValue(this.ev.evaluate(c.getExpression())) === value
      );
      const chosen = index >= 0 ? index : clauses.findIndex((c) => Node.isDefaultClause(c));
      const known = clauses.every(
        (c) => !Node.isCaseClause(c) || !(this.ev.evaluate(c.getExpression()) instanceof Unresolved)
      );
      if (known) return chosen >= 0 ? run(chosen) : "normal";
    }
    const branch = (i) => {
      if (i >= clauses.length) return "normal";
      const clause = clauses[i];
      const label = Node.isCaseClause(clause) ? `${conditionText(s.getExpression())} === ${conditionText(clause.getExpression())}` : `${conditionText(s.getExpression())} matches no case`;
      return this.fork(
        label,
        () => run(i),
        () => branch(i + 1)
      );
    };
    return branch(0);
  }
  /** Everything a statement the interpreter does not unroll assigns or pushes to becomes unknown. */
  taint(s, why) {
    const targets = [];
    for (const binary of s.getDescendantsOfKind(SyntaxKind.BinaryExpression))
      if (ASSIGNMENT.has(binary.getOperatorToken().getKind())) targets.push(binary.getLeft());
    for (const call of s.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (Node.isPropertyAccessExpression(callee) && ["push", "unshift", "splice", "set", "add", "delete", "pop", "shift"].includes(callee.getName()))
        targets.push(callee.getExpression());
    }
    for (const target of targets) {
      let root = target;
      while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root)) root = root.getExpression();
      const name = root.getText();
      this.store(root, new Unresolved(`\`${name}\` ${why}`, this.ev.at(s)));
    }
  }
  /** Follow a statement for what it changes: assignments, pushes, calls of source functions. */
  effect(expression) {
    let e = expression;
    while (Node.isParenthesizedExpression(e) || Node.isAwaitExpression(e) || Node.isVoidExpression(e) || Node.isAsExpression(e) || Node.isNonNullExpression(e))
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
        if (hostValue(current) === void 0 || hostValue(current) === null)
          this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
      } else if (truth === void 0)
        this.store(e.getLeft(), new Unresolved(`cannot decide \`${conditionText(e)}\``, this.ev.at(e)));
      else if (operator === SyntaxKind.BarBarEqualsToken !== truth)
        this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
      return;
    }
    if (Node.isBinaryExpression(e) && [SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken].includes(e.getOperatorToken().getKind())) {
      const truth = this.ev.truthy(this.ev.evaluate(e.getLeft()));
      const and = e.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken;
      if (truth === and) this.effect(e.getRight());
      else if (truth === void 0)
        this.fork(
          conditionText(e.getLeft(), !and),
          () => (this.effect(e.getRight()), "normal"),
          () => "normal"
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
          () => (this.effect(e.getWhenTrue()), "normal"),
          () => (this.effect(e.getWhenFalse()), "normal")
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
      if (["push", "unshift", "set", "add", "delete", "splice", "pop", "shift"].includes(method)) {
        this.mutate(target, method, e);
        return;
      }
      if (target.getText() === "Object" && method === "assign") {
        const [first] = e.getArguments();
        if (first) this.store(first, this.ev.evaluate(e));
        return;
      }
    }
    this.ev.evaluate(e);
  }
  mutate(target, method, call) {
    const current = hostValue(this.ev.evaluate(target));
    if (current instanceof Unresolved && method !== "push" && method !== "unshift") return;
    const args = this.ev.evaluateArguments(call.getArguments(), 0);
    if (args instanceof Unresolved) {
      if (!(current instanceof Unresolved)) this.store(target, args);
      return;
    }
    if (current instanceof Unresolved) {
      this.store(target, method === "push" ? [current, ...args] : [...args, current]);
      return;
    }
    if (Array.isArray(current)) {
      if (method === "push") this.store(target, keepConditions(current, [...current, ...args]));
      else if (method === "unshift") this.store(target, keepConditions(current, [...args, ...current]));
      else
        this.store(
          target,
          new Unresolved(
            `\`${target.getText()}\` is changed with .${method}(), which mcpver does not follow`,
            this.ev.at(call)
          )
        );
      return;
    }
    if (current instanceof Map) {
      const copy = new Map(current);
      if (method === "set") copy.set(hostValue(args[0]), args[1]);
      else if (method === "delete") copy.delete(hostValue(args[0]));
      this.store(target, copy);
      return;
    }
    if (current instanceof Set) {
      const copy = new Set(current);
      if (method === "add") copy.add(args[0]);
      else if (method === "delete") copy.delete(args[0]);
      this.store(target, copy);
    }
  }
  /** Assign to what an expression names: a bound variable, or a property of a bound object (copied, never changed in place). */
  store(target, value) {
    if (Node.isIdentifier(target)) {
      const symbol = target.getSymbol();
      const declaration = symbol?.getValueDeclaration() ?? symbol?.getDeclarations()[0];
      if (declaration && !this.ev.assign(declaration, value)) this.ev.bind(declaration, value);
      return;
    }
    if (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) {
      const objectNode = target.getExpression();
      const key = Node.isPropertyAccessExpression(target) ? target.getName() : hostValue(this.ev.evaluate(target.getArgumentExpression()));
      if (typeof key !== "string" && typeof key !== "number") return;
      const object = this.ev.evaluate(objectNode);
      if (isInstance(object)) {
        object[key] = value;
      } else if (isPlainObject(object)) {
        this.store(objectNode, keepConditions(object, { ...object, [key]: value }));
      } else if (Array.isArray(object) && typeof key === "number") {
        const copy = [...object];
        copy[key] = value;
        this.store(objectNode, keepConditions(object, copy));
      }
    }
  }
  // ── paths ───────────────────────────────────────────────────────────────────────────────────
  /** What is bound now, and the fields of the instances being built: restored between the two sides of a fork. */
  state() {
    const instances = /* @__PURE__ */ new Map();
    for (const self of this.ev.thisValues) if (isInstance(self)) instances.set(self, { ...self });
    return { bindings: new Map(this.ev.bindings), instances };
  }
  restore(state) {
    for (const key of [...this.ev.bindings.keys()]) if (!state.bindings.has(key)) this.ev.bindings.delete(key);
    for (const [key, value] of state.bindings) this.ev.bindings.set(key, value);
    for (const [instance, fields] of state.instances) {
      for (const key of Object.keys(instance)) if (!(key in fields)) delete instance[key];
      Object.assign(instance, fields);
    }
  }
  /** Read both sides of an undecided condition, then merge what each left bound. */
  fork(condition, whenTrue, whenFalse) {
    const before = this.state();
    const conditions = this.pathConditions;
    this.pathConditions = [...conditions, condition];
    const a = whenTrue();
    const afterA = this.state();
    this.restore(before);
    this.pathConditions = [...conditions, conditionText(condition, true)];
    const b = whenFalse();
    const afterB = this.state();
    const dead = (c) => c === "return" || c === "throw";
    this.pathConditions = conditions;
    if (dead(a) && dead(b)) return a === "return" || b === "return" ? "return" : "throw";
    if (dead(a)) {
      this.restore(afterB);
      this.pathConditions = [...conditions, conditionText(condition, true)];
      return b;
    }
    if (dead(b)) {
      this.restore(afterA);
      this.pathConditions = [...conditions, condition];
      return a;
    }
    const merged = {
      bindings: /* @__PURE__ */ new Map(),
      instances: /* @__PURE__ */ new Map()
    };
    for (const key of /* @__PURE__ */ new Set([...afterA.bindings.keys(), ...afterB.bindings.keys()])) {
      if (!afterA.bindings.has(key) || !afterB.bindings.has(key)) continue;
      merged.bindings.set(key, this.mergeValues(afterA.bindings.get(key), afterB.bindings.get(key), condition));
    }
    for (const [instance, fields] of afterA.instances) {
      const other = afterB.instances.get(instance) ?? {};
      const out = {};
      for (const key of /* @__PURE__ */ new Set([...Object.keys(fields), ...Object.keys(other)]))
        out[key] = this.mergeValues(fields[key], other[key], condition);
      merged.instances.set(instance, out);
    }
    this.restore(merged);
    return a === "normal" || a === "continue" || a === "break" ? b === "normal" ? a : b : "normal";
  }
  /**
   * One value where a condition was not decided: the same value either way; lists and records as
   * the union of both sides, each element present on one side only under that side's condition;
   * anything else unknown.
   */
  mergeValues(a, b, condition, at) {
    if (a === b) return a;
    const empty = (v) => v === void 0 || v === null || v === false;
    const negated = conditionText(condition, true);
    const merge = (x, y, c) => this.mergeValues(x, y, c, at);
    if (isInstance(a) && empty(b)) return instanceUnder(a, [condition]);
    if (empty(a) && isInstance(b)) return instanceUnder(b, [negated]);
    if (a instanceof Unresolved && Array.isArray(b))
      return unionOf(
        [
          [[a], [condition]],
          [b, [negated]]
        ],
        merge
      );
    if (b instanceof Unresolved && Array.isArray(a))
      return unionOf(
        [
          [a, [condition]],
          [[b], [negated]]
        ],
        merge
      );
    if (a instanceof Unresolved) return a;
    if (b instanceof Unresolved) return b;
    if (Array.isArray(a) && (Array.isArray(b) || empty(b)))
      return unionOf(
        [
          [a, [condition]],
          [Array.isArray(b) ? b : [], [negated]]
        ],
        merge
      );
    if (empty(a) && Array.isArray(b))
      return unionOf(
        [
          [[], [condition]],
          [b, [negated]]
        ],
        merge
      );
    if (isPlainObject(a) && isPlainObject(b)) {
      const merged = this.mergeRecords(a, b, condition, negated, at);
      const [ca, cb] = [conditionsOf(a), conditionsOf(b)];
      return ca.length > 0 && cb.length > 0 ? withConditions(merged, mergeConditions(ca, cb)) : merged;
    }
    if (isPlainObject(a) && empty(b)) return this.mergeRecords(a, {}, condition, negated, at);
    if (empty(a) && isPlainObject(b)) return this.mergeRecords({}, b, condition, negated, at);
    if (a instanceof Host && b instanceof Host && a.value === b.value) return a;
    if (a instanceof Map && (b instanceof Map || empty(b)))
      return this.mergeMaps(a, b instanceof Map ? b : /* @__PURE__ */ new Map(), condition, negated, at);
    if (empty(a) && b instanceof Map) return this.mergeMaps(/* @__PURE__ */ new Map(), b, condition, negated, at);
    const chosen = this.defaultSchema(
      [
        { value: a, conditions: [condition] },
        { value: b, conditions: [negated] }
      ],
      at
    );
    if (chosen !== NO_DEFAULT) return chosen;
    return new Unresolved(
      `has one value when \`${condition}\` and another otherwise`,
      at ? this.ev.at(at) : { file: "" }
    );
  }
  /**
   * A schema that differs by configuration (a parameter removed when an option injects it, as
   * `projectId` in a project-scoped server): the one a server run with nothing configured serves,
   * when exactly one path is taken with nothing set (its own conditions all test that an option is
   * absent, and every other path's test that one is present). Said in a note, so a reader knows
   * which variant was compared; anything less clear stays unknown.
   */
  defaultSchema(paths, at) {
    if (paths.length < 2 || !paths.every((p) => isLibraryValue(hostValue(p.value)))) return NO_DEFAULT;
    const shared = paths[0].conditions.filter((c) => paths.every((p) => p.conditions.includes(c)));
    const own = paths.map((p) => p.conditions.filter((c) => !shared.includes(c)));
    const unset = own.map((cs) => cs.length > 0 && cs.every((c) => testsAbsence(c) === true));
    const set = own.map((cs) => cs.some((c) => testsAbsence(c) === false));
    const defaults = unset.flatMap((u, i) => u ? [i] : []);
    if (defaults.length !== 1 || !set.every((s, i) => s || i === defaults[0])) return NO_DEFAULT;
    const chosen = defaults[0];
    const others = own.filter((_, i) => i !== chosen).map((cs) => allOf(cs));
    this.ev.notes.push(
      new Unresolved(
        `a schema that depends on configuration is read as when \`${allOf(own[chosen])}\` (nothing configured); it differs when \`${others.join("` or `")}\``,
        at ? this.ev.at(at) : { file: "" }
      )
    );
    return paths[chosen].value;
  }
  mergeMaps(a, b, condition, negated, at) {
    const out = /* @__PURE__ */ new Map();
    for (const key of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
      if (a.has(key) && b.has(key)) out.set(key, this.mergeValues(a.get(key), b.get(key), condition, at));
      else out.set(key, withConditions(a.has(key) ? a.get(key) : b.get(key), [a.has(key) ? condition : negated]));
    }
    return out;
  }
  mergeRecords(a, b, condition, negated, at) {
    const out = {};
    for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [inA, inB] = [key in a, key in b];
      if (inA && inB) out[key] = this.mergeValues(a[key], b[key], condition, at);
      else if (typeof (inA ? a[key] : b[key]) === "object" && (inA ? a[key] : b[key]) !== null)
        out[key] = withConditions(inA ? a[key] : b[key], [inA ? condition : negated]);
      else
        out[key] = new Unresolved(
          `\`${key}\` is set only when \`${inA ? condition : negated}\``,
          at ? this.ev.at(at) : { file: "" }
        );
    }
    return out;
  }
  /** The returns of a function over its paths: the same value, or lists and records merged under each path's conditions. */
  mergeReturns(returns, at) {
    const meaningful = returns.some((r) => r.value !== void 0) ? returns.filter((r) => r.value !== void 0) : returns;
    if (meaningful.length === 0) return void 0;
    if (meaningful.length === 1) return meaningful[0].value;
    const values = meaningful.map((r) => r.value);
    if (values.every((v) => v === values[0])) return values[0];
    const failed = values.find((v) => v instanceof Unresolved);
    if (failed) return failed;
    if (values.every(Array.isArray))
      return unionOf(
        meaningful.map((r) => [r.value, r.conditions]),
        (x, y, c) => this.mergeValues(x, y, c, at)
      );
    if (values.every(isPlainObject)) {
      const records = meaningful;
      const out = {};
      for (const key of new Set(records.flatMap((r) => Object.keys(r.value)))) {
        const having = records.filter((r) => key in r.value);
        out[key] = having.length === records.length ? this.mergeReturns(
          having.map((r) => ({ value: r.value[key], conditions: r.conditions })),
          at
        ) : withConditions(
          this.mergeReturns(
            having.map((r) => ({ value: r.value[key], conditions: r.conditions })),
            at
          ),
          having[0].conditions
        );
      }
      return out;
    }
    const chosen = this.defaultSchema(meaningful, at);
    if (chosen !== NO_DEFAULT) return chosen;
    return new Unresolved(
      `returns different values on different paths (${meaningful.map((r) => r.conditions.length > 0 ? allOf(r.conditions) : "otherwise").join("; ")})`,
      this.ev.at(at)
    );
  }
};
function identityOf(item) {
  if (!isPlainObject(item)) return item;
  for (const key of ["name", "uri", "uriTemplate", "id"])
    if (typeof item[key] === "string") return `${key}:${item[key]}`;
  return item;
}
function unionOf(lists, merge) {
  const order = [];
  const variants = /* @__PURE__ */ new Map();
  lists.forEach(([list, conditions], path6) => {
    for (const item of list) {
      const id = identityOf(item);
      const known = variants.get(id);
      if (!known) {
        order.push(id);
        variants.set(id, [{ item, conditions, path: path6 }]);
      } else if (!known.some((v) => v.item === item)) known.push({ item, conditions, path: path6 });
      else if (!known.some((v) => v.path === path6)) known.push({ item, conditions, path: path6 });
    }
  });
  return order.map((id) => {
    const found = variants.get(id);
    const paths = new Set(found.map((v) => v.path));
    let item = found[0].item;
    for (const variant of found.slice(1))
      if (variant.item !== item)
        item = merge(item, variant.item, found[0].conditions.length > 0 ? allOf(found[0].conditions) : "otherwise");
    const everywhere = paths.size === lists.length;
    return everywhere || typeof item !== "object" ? item : withConditions(item, found[0].conditions);
  });
}
var MAX_REGISTRY_CALLS = 512;
function registryCalls(statements, variable) {
  const calls = [];
  for (const s of statements) {
    const fn = Node.isFunctionDeclaration(s) ? s : Node.isVariableStatement(s) ? s.getDeclarations().map((d) => d.getInitializer()).find((i) => i && (Node.isArrowFunction(i) || Node.isFunctionExpression(i)))?.getParentIfKind(SyntaxKind.VariableDeclaration) : void 0;
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

// src/surface/mcp-static/writes.ts
import { Node as Node2, SyntaxKind as SyntaxKind2 } from "ts-morph";
var MUTATORS = /* @__PURE__ */ new Set(["push", "unshift", "splice", "pop", "shift", "set", "delete", "add", "clear"]);
var ASSIGNMENTS = /* @__PURE__ */ new Set([
  SyntaxKind2.EqualsToken,
  SyntaxKind2.PlusEqualsToken,
  SyntaxKind2.MinusEqualsToken,
  SyntaxKind2.BarBarEqualsToken,
  SyntaxKind2.QuestionQuestionEqualsToken,
  SyntaxKind2.AmpersandAmpersandEqualsToken
]);
var writesByFile = /* @__PURE__ */ new WeakMap();
function writesIn(file) {
  let writes = writesByFile.get(file);
  if (writes) return writes;
  writes = { assigned: /* @__PURE__ */ new Map(), mutated: /* @__PURE__ */ new Map() };
  for (const assignment of file.getDescendantsOfKind(SyntaxKind2.BinaryExpression)) {
    const left = assignment.getLeft();
    if (!ASSIGNMENTS.has(assignment.getOperatorToken().getKind())) continue;
    if (Node2.isIdentifier(left)) {
      writes.assigned.set(left.getText(), [...writes.assigned.get(left.getText()) ?? [], left]);
      continue;
    }
    const root = rootOf(left);
    if (root && root !== left)
      writes.mutated.set(root.getText(), [
        ...writes.mutated.get(root.getText()) ?? [],
        { node: root, method: `${left.getText().slice(root.getText().length)} =` }
      ]);
  }
  for (const call of file.getDescendantsOfKind(SyntaxKind2.CallExpression)) {
    const callee = call.getExpression();
    if (Node2.isPropertyAccessExpression(callee) && MUTATORS.has(callee.getName()) && Node2.isIdentifier(callee.getExpression())) {
      const target = callee.getExpression();
      writes.mutated.set(target.getText(), [
        ...writes.mutated.get(target.getText()) ?? [],
        { node: target, method: callee.getName() }
      ]);
    }
  }
  writesByFile.set(file, writes);
  return writes;
}
function rootOf(target) {
  let current = target;
  while (Node2.isPropertyAccessExpression(current) || Node2.isElementAccessExpression(current))
    current = current.getExpression();
  return Node2.isIdentifier(current) ? current : void 0;
}
function mutation(declaration, symbol) {
  const name = declaration.getName();
  const writes = writesIn(declaration.getSourceFile());
  if ((writes.assigned.get(name) ?? []).some((n) => n.getSymbol() === symbol)) return "is assigned again";
  const changed = (writes.mutated.get(name) ?? []).find((m) => m.node.getSymbol() === symbol);
  if (!changed) return void 0;
  return changed.method.endsWith(" =") ? `is changed in place (\`${name}${changed.method} \u2026\`)` : `is changed with .${changed.method}()`;
}
function compiledEnum(file, name, evaluator, depth) {
  const members = {};
  for (const assignment of file.getDescendantsOfKind(SyntaxKind2.BinaryExpression)) {
    if (assignment.getOperatorToken().getKind() !== SyntaxKind2.EqualsToken) continue;
    const left = assignment.getLeft();
    if (!Node2.isElementAccessExpression(left) || left.getExpression().getText() !== name) continue;
    const key = evaluator.evaluate(left.getArgumentExpression(), depth);
    const value = evaluator.evaluate(assignment.getRight(), depth);
    if (typeof key === "string" && !(value instanceof Unresolved)) members[key] = value;
  }
  return Object.keys(members).length ? members : void 0;
}

// src/surface/mcp-static/commonjs.ts
import { Node as Node3, SyntaxKind as SyntaxKind3 } from "ts-morph";
var NAMESPACE_INTEROP = /* @__PURE__ */ new Set(["__importStar", "__toESM", "_interopRequireWildcard"]);
var DEFAULT_INTEROP = /* @__PURE__ */ new Set(["__importDefault", "_interopRequireDefault"]);
var IDENTITY_INTEROP = /* @__PURE__ */ new Set(["__toCommonJS"]);
var RE_EXPORT = /* @__PURE__ */ new Set(["__exportStar", "__reExport", "__export"]);
var NOT_INTEROP = /* @__PURE__ */ Symbol("not an interop helper");
var ES_MODULES = /* @__PURE__ */ new WeakSet();
function calleeName(call) {
  const callee = call.getExpression();
  if (Node3.isIdentifier(callee)) return callee.getText();
  if (Node3.isPropertyAccessExpression(callee)) return callee.getName();
  return void 0;
}
function requireSpecifier(call) {
  const callee = call.getExpression();
  if (!Node3.isIdentifier(callee) || callee.getText() !== "require") return void 0;
  const [arg] = call.getArguments();
  if (!arg || !(Node3.isStringLiteral(arg) || Node3.isNoSubstitutionTemplateLiteral(arg))) return void 0;
  const declared = callee.getSymbol()?.getDeclarations().some((d) => !d.getSourceFile().isDeclarationFile());
  return declared ? void 0 : arg.getLiteralValue();
}
function isRequireExpression(node) {
  let current = node;
  while (current && Node3.isCallExpression(current)) {
    if (requireSpecifier(current) !== void 0) return true;
    const name = calleeName(current);
    if (!name || !(NAMESPACE_INTEROP.has(name) || DEFAULT_INTEROP.has(name) || IDENTITY_INTEROP.has(name)))
      return false;
    current = current.getArguments()[0];
  }
  return false;
}
function isRequireBinding(declaration) {
  let current = declaration;
  while (current && Node3.isBindingElement(current)) current = current.getParent()?.getParent();
  return Boolean(current && Node3.isVariableDeclaration(current) && isRequireExpression(current.getInitializer()));
}
function interopCall(ev, call, depth) {
  const name = calleeName(call);
  if (!name) return NOT_INTEROP;
  const args = call.getArguments();
  if (name === "__awaiter" && args.length === 4) {
    const body = args[3];
    if (!Node3.isFunctionExpression(body) || !body.isGenerator()) return NOT_INTEROP;
    const self = ev.evaluate(args[0], depth);
    return ev.call(new SourceFunction(ev.at(body), body, self), [], call, { generatorAsAsync: true });
  }
  const namespace = NAMESPACE_INTEROP.has(name);
  const asDefault = DEFAULT_INTEROP.has(name);
  if (!namespace && !asDefault && !IDENTITY_INTEROP.has(name)) return NOT_INTEROP;
  if (args.length === 0) return NOT_INTEROP;
  const value = ev.evaluate(args[0], depth);
  if (value instanceof Unresolved || value instanceof Host || IDENTITY_INTEROP.has(name)) return value;
  if (typeof value === "object" && value !== null && ES_MODULES.has(value)) return value;
  if (asDefault) return { default: value };
  return isPlainObject(value) ? { ...value, default: value } : { default: value };
}
function requiredFile(from, specifier) {
  if (!specifier.startsWith(".") && !specifier.startsWith("/")) return void 0;
  const base = `${from.getDirectoryPath()}/${specifier}`;
  const project = from.getProject();
  for (const suffix of ["", ".js", ".cjs", ".mjs", ".ts", "/index.js", "/index.cjs", "/index.ts"]) {
    const file = project.getSourceFile(normalize(base + suffix));
    if (file && !file.isDeclarationFile()) return file;
  }
  return void 0;
}
function normalize(file) {
  const parts = [];
  for (const part of file.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return `/${parts.join("/")}`;
}
function requireModule(ev, call, specifier) {
  const from = call.getSourceFile();
  if (/\.json$/.test(specifier) && specifier.startsWith("."))
    return ev.json(`${from.getDirectoryPath()}/${specifier}`.replace(/\/\.\//g, "/"), call);
  const host = ev.context.hostModule(specifier);
  if (host) return new Host(host);
  const file = requiredFile(from, specifier);
  if (file) return ev.moduleExports(file);
  return new Unresolved(`\`require("${specifier}")\` is a module outside the analysed sources`, ev.at(call));
}
function isCommonJs(file) {
  if (!/\.(c?js|jsx)$/.test(file.getFilePath())) return false;
  if (file.getImportDeclarations().length > 0 || file.getExportDeclarations().length > 0) return false;
  if (file.getExportAssignments().length > 0) return false;
  return /\b(module\.)?exports\b/.test(file.getFullText());
}
function exportName(target) {
  if (!Node3.isPropertyAccessExpression(target) && !Node3.isElementAccessExpression(target)) return void 0;
  if (!isExportsObject(target.getExpression())) return void 0;
  if (Node3.isPropertyAccessExpression(target)) return target.getName();
  const key = target.getArgumentExpression();
  return key && Node3.isStringLiteral(key) ? key.getLiteralValue() : void 0;
}
function isExportsObject(node) {
  if (Node3.isIdentifier(node)) return node.getText() === "exports";
  return Node3.isPropertyAccessExpression(node) && node.getText().replace(/\s/g, "") === "module.exports";
}
function commonJsExports(ev, file, into) {
  let value = into;
  const assign = (key, v) => {
    if (isPlainObject(value)) value[key] = v;
  };
  for (const statement of file.getStatements()) {
    if (!Node3.isExpressionStatement(statement)) continue;
    const expression = unwrap(statement.getExpression());
    if (Node3.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === SyntaxKind3.EqualsToken) {
      const targets = [];
      let right = expression;
      while (Node3.isBinaryExpression(right) && right.getOperatorToken().getKind() === SyntaxKind3.EqualsToken) {
        targets.push(right.getLeft());
        right = unwrap(right.getRight());
      }
      if (Node3.isVoidExpression(right)) continue;
      const names = targets.map((t) => ({ t, name: exportName(t) }));
      const whole = targets.some((t) => isExportsObject(t) && !Node3.isIdentifier(t));
      if (!whole && names.every((n) => n.name === void 0)) continue;
      const v = ev.evaluate(right);
      if (whole) {
        value = isPlainObject(v) ? Object.assign(into, v) : v;
        continue;
      }
      for (const { name: name2 } of names) if (name2 !== void 0) assign(name2, v);
      continue;
    }
    if (!Node3.isCallExpression(expression)) continue;
    const name = calleeName(expression);
    const args = expression.getArguments();
    if (name === "defineProperty" && args.length >= 3 && isExportsObject(args[0]) && Node3.isStringLiteral(args[1])) {
      const key = args[1].getLiteralValue();
      if (key === "__esModule") {
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
      const source = args.find((a) => isRequireExpression(a));
      if (!source || name === "__export" && args.length !== 1) continue;
      const module = ev.evaluate(source);
      if (module instanceof Host && isPlainObject(value)) {
        for (const [k, v] of Object.entries(module.value))
          if (k !== "default" && !(k in value)) value[k] = new Host(v);
      }
      if (isPlainObject(module) && isPlainObject(value)) {
        for (const [k, v] of Object.entries(module)) if (k !== "default" && !(k in value)) value[k] = v;
      }
    }
  }
  return value;
}
function bundlerNamespace(ev, file, name, depth) {
  let out;
  for (const call of file.getDescendantsOfKind(SyntaxKind3.CallExpression)) {
    const args = call.getArguments();
    if (calleeName(call) !== "__export" || args.length !== 2 || args[0].getText() !== name) continue;
    const all = args[1];
    if (!Node3.isObjectLiteralExpression(all)) continue;
    const library = bundledPackage(file, call.getPos());
    if (library === "zod") {
      const zod = ev.context.hostModule("zod");
      if (zod) return new Host(zod);
    }
    out ??= {};
    for (const property of all.getProperties()) {
      if (!Node3.isPropertyAssignment(property)) continue;
      const nameNode = property.getNameNode();
      const key = Node3.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
      const getter = property.getInitializer();
      out[key] = getter && Node3.isArrowFunction(getter) && !Node3.isBlock(getter.getBody()) ? ev.evaluate(getter.getBody(), depth) : new Unresolved(`cannot read the export \`${key}\` of a bundled module`, ev.at(property));
    }
  }
  if (out) ES_MODULES.add(out);
  return out;
}
function bundledPackage(file, position) {
  const text = file.getFullText();
  const start = text.lastIndexOf("\n// ", position);
  if (start < 0) return void 0;
  const line = text.slice(start + 4, text.indexOf("\n", start + 1));
  const match = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
  return match?.[1];
}
function unwrap(node) {
  let current = node;
  while (Node3.isParenthesizedExpression(current)) current = current.getExpression();
  return current;
}

// src/surface/mcp-static/evaluator.ts
function locationOf(node, root) {
  const file = node.getSourceFile().getFilePath();
  const relative = path.relative(root, file);
  return { file: relative.replace(/\\/g, "/"), line: node.getStartLineNumber() };
}
var MAX_DEPTH = 96;
var MAX_CALL_DEPTH = 16;
var FUNCTION_KINDS = /* @__PURE__ */ new Set([
  SyntaxKind4.ArrowFunction,
  SyntaxKind4.FunctionExpression,
  SyntaxKind4.FunctionDeclaration,
  SyntaxKind4.MethodDeclaration,
  SyntaxKind4.Constructor,
  SyntaxKind4.GetAccessor,
  SyntaxKind4.SetAccessor
]);
var isFunctionLike = (node) => FUNCTION_KINDS.has(node.getKind());
var INSTANCES = /* @__PURE__ */ new WeakMap();
var isInstance = (value) => typeof value === "object" && value !== null && INSTANCES.has(value);
function instanceUnder(instance, conditions) {
  const copy = withConditions(instance, conditions);
  const cls = INSTANCES.get(instance);
  if (cls) INSTANCES.set(copy, cls);
  return copy;
}
var Evaluator = class {
  constructor(context) {
    this.context = context;
    this.interpreter = new Interpreter(this);
  }
  context;
  active = /* @__PURE__ */ new Set();
  /** Values of declarations while code that binds them is followed: parameters, locals, loop variables. */
  bindings = /* @__PURE__ */ new Map();
  /** For each bound declaration, the depth of the frame that bound it (see `frames`). */
  boundAt = /* @__PURE__ */ new Map();
  /** Open frames: a function call or a block being followed; each lists what it bound, to restore on exit. */
  frames = [];
  thisValues = [];
  calls = [];
  /** What the reading chose where the code left a choice (a schema read as with nothing configured): said, not a gap. */
  notes = [];
  /** Reads of bindings from frames older than the evaluation that counts them (see `memoized`). */
  outerReads = 0;
  readFloor = 0;
  thisFloor = 0;
  memo = /* @__PURE__ */ new Map();
  namespaces = /* @__PURE__ */ new Map();
  interpreter;
  at(node) {
    return locationOf(node, this.context.root);
  }
  /** Whether a file is the server's own code (inside the package, or beside it in the repository), not a dependency. */
  isSource(file) {
    if (this.context.linked?.some((folder) => file.startsWith(`${folder}/`))) return true;
    const inside = file.startsWith(`${this.context.root}/`) ? file.slice(this.context.root.length) : file;
    return !/[\\/]node_modules[\\/]/.test(inside);
  }
  /** Whether a file is inside the package read (not a workspace package or shared folder it imports). */
  isOwn(file) {
    return file.startsWith(`${this.context.root}/`) && this.isSource(file);
  }
  // ── frames and bindings ─────────────────────────────────────────────────────────────────────
  /** Run `fn` in a new frame: everything it binds is restored when it ends. */
  inFrame(fn) {
    this.frames.push(/* @__PURE__ */ new Map());
    try {
      return fn();
    } finally {
      const frame = this.frames.pop();
      for (const [node, saved] of frame) {
        if (saved.had) {
          this.bindings.set(node, saved.value);
          if (saved.at !== void 0) this.boundAt.set(node, saved.at);
        } else {
          this.bindings.delete(node);
          this.boundAt.delete(node);
        }
      }
    }
  }
  /** Bind a declaration in the innermost frame (a new local, a parameter, a loop variable). */
  bind(node, value) {
    const frame = this.frames[this.frames.length - 1];
    if (frame && !frame.has(node))
      frame.set(node, { had: this.bindings.has(node), value: this.bindings.get(node), at: this.boundAt.get(node) });
    this.bindings.set(node, value);
    this.boundAt.set(node, this.frames.length);
  }
  /** Assign a new value to a declaration already bound by some open frame; false when none binds it. */
  assign(node, value) {
    if (!this.bindings.has(node)) return false;
    this.bindings.set(node, value);
    return true;
  }
  /**
   * Bind a declaration, or the names a binding pattern destructures from the value (`{ name, schema }`,
   * `[key, tool]`), with defaults where the value has none.
   */
  bindPattern(declaration, value) {
    const name = declaration.getNameNode?.();
    const initializer = declaration.getInitializer?.();
    const withDefault = value === void 0 && initializer && (Node4.isBindingElement(declaration) || Node4.isParameterDeclaration(declaration)) ? this.evaluate(initializer) : value;
    if (!name || Node4.isIdentifier(name)) {
      this.bind(declaration, withDefault);
      return;
    }
    if (Node4.isObjectBindingPattern(name)) {
      const taken = /* @__PURE__ */ new Set();
      for (const element of name.getElements()) {
        if (element.getDotDotDotToken()) {
          this.bind(
            element,
            isPlainObject(withDefault) ? Object.fromEntries(Object.entries(withDefault).filter(([k]) => !taken.has(k))) : this.unknownPart(withDefault, element)
          );
          continue;
        }
        const keyNode = element.getPropertyNameNode();
        const key = keyNode ? Node4.isComputedPropertyName(keyNode) ? this.evaluate(keyNode.getExpression()) : Node4.isStringLiteral(keyNode) ? keyNode.getLiteralValue() : keyNode.getText() : element.getName();
        taken.add(String(key));
        this.bindPattern(
          element,
          typeof key === "string" || typeof key === "number" ? this.read(withDefault, key, element) : new Unresolved("cannot read a computed name", this.at(element))
        );
      }
    } else if (Node4.isArrayBindingPattern(name)) {
      name.getElements().forEach((element, i) => {
        if (!Node4.isBindingElement(element)) return;
        if (element.getDotDotDotToken())
          this.bind(
            element,
            Array.isArray(withDefault) ? withDefault.slice(i) : this.unknownPart(withDefault, element)
          );
        else
          this.bindPattern(
            element,
            Array.isArray(withDefault) ? withDefault[i] : this.unknownPart(withDefault, element)
          );
      });
    }
  }
  unknownPart(value, at) {
    return value instanceof Unresolved ? value : new Unresolved(`cannot destructure \`${at.getText().slice(0, 40)}\``, this.at(at));
  }
  /** Kept for the registration reader: evaluate with one declaration bound to a value. */
  withBindings(declaration, value, fn) {
    return this.inFrame(() => {
      this.bindPattern(declaration, value);
      return fn();
    });
  }
  /** The value of a property of a value, as JavaScript would read it where that is certain. */
  read(object, key, at) {
    if (object instanceof Unresolved) return object;
    if (object instanceof Host) {
      const holder = object.value;
      const value = holder?.[key];
      return value === void 0 ? new Unresolved(`\`${at.getText().slice(0, 60)}\` is not defined`, this.at(at)) : new Host(value, holder);
    }
    if (object instanceof SourceClass) return this.staticMember(object, String(key), at);
    if (object === void 0 || object === null)
      return new Unresolved(`reads \`${String(key)}\` of ${String(object)}`, this.at(at));
    if (object instanceof SourceFunction) return new Unresolved(`reads \`${String(key)}\` of a function`, this.at(at));
    if (object instanceof SourcePrototype)
      return new Unresolved(`reads \`${String(key)}\` of a class's prototype`, this.at(at));
    const builtin = readBuiltinProperty(object, key);
    if (builtin !== NOT_BUILTIN) return builtin;
    if (typeof object === "object") {
      const record = object;
      const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
      if (isLibraryValue(value)) return new Host(value, object);
      return value;
    }
    return new Unresolved(`cannot read \`${String(key)}\` of a ${typeof object}`, this.at(at));
  }
  // ── expressions ─────────────────────────────────────────────────────────────────────────────
  evaluate(node, depth = 0) {
    if (!node) return void 0;
    if (depth > MAX_DEPTH || this.active.has(node)) return new Unresolved("the value refers to itself", this.at(node));
    this.active.add(node);
    try {
      return this.evaluateNode(node, depth + 1);
    } finally {
      this.active.delete(node);
    }
  }
  /** Whether a value is truthy: undefined when that is not known. */
  truthy(value) {
    if (value instanceof Unresolved) return void 0;
    if (value instanceof Host) return Boolean(value.value);
    return Boolean(value);
  }
  evaluateNode(node, depth) {
    switch (node.getKind()) {
      case SyntaxKind4.TrueKeyword:
        return true;
      case SyntaxKind4.FalseKeyword:
        return false;
      case SyntaxKind4.NullKeyword:
        return null;
      case SyntaxKind4.ThisKeyword:
        if (this.thisValues.length <= this.thisFloor) this.outerReads += 1;
        return this.thisValues.length ? this.thisValues[this.thisValues.length - 1] : new Unresolved("`this` is only known when the code runs", this.at(node));
      case SyntaxKind4.RegularExpressionLiteral: {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        try {
          return new RegExp(text.slice(1, end), text.slice(end + 1));
        } catch {
          return new Unresolved("a regular expression this Node cannot read", this.at(node));
        }
      }
      default:
        break;
    }
    if (Node4.isStringLiteral(node) || Node4.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node4.isNumericLiteral(node)) return node.getLiteralValue();
    if (Node4.isIdentifier(node) && node.getText() === "undefined") return void 0;
    if (Node4.isParenthesizedExpression(node) || Node4.isAsExpression(node) || Node4.isSatisfiesExpression(node) || Node4.isNonNullExpression(node) || Node4.isTypeAssertion(node) || Node4.isAwaitExpression(node)) {
      return this.evaluate(node.getExpression(), depth);
    }
    if (Node4.isYieldExpression(node)) return this.evaluate(node.getExpression(), depth);
    if (Node4.isPrefixUnaryExpression(node)) return this.prefix(node, depth);
    if (Node4.isTypeOfExpression(node)) {
      const value = this.evaluate(node.getExpression(), depth);
      if (value instanceof Unresolved) return value;
      return value instanceof SourceFunction || value instanceof SourceClass ? "function" : typeof hostValue(value);
    }
    if (Node4.isVoidExpression(node)) return void 0;
    if (Node4.isTemplateExpression(node)) return this.template(node, depth);
    if (Node4.isBinaryExpression(node)) return this.binary(node, depth);
    if (Node4.isConditionalExpression(node)) return this.conditional(node, depth);
    if (Node4.isArrowFunction(node) || Node4.isFunctionExpression(node)) {
      const scope = this.frames.length > 0 ? new Map(this.bindings) : void 0;
      return new SourceFunction(
        this.at(node),
        node,
        Node4.isArrowFunction(node) && this.thisValues.length ? this.thisValues[this.thisValues.length - 1] : void 0,
        scope
      );
    }
    if (Node4.isFunctionDeclaration(node) || Node4.isMethodDeclaration(node))
      return new SourceFunction(this.at(node), node, void 0);
    if (Node4.isClassExpression(node) || Node4.isClassDeclaration(node)) return new SourceClass(node, this.at(node));
    if (Node4.isObjectLiteralExpression(node)) return this.object(node, depth);
    if (Node4.isArrayLiteralExpression(node)) return this.array(node, depth);
    if (Node4.isIdentifier(node)) return this.identifier(node, depth);
    if (Node4.isPropertyAccessExpression(node) || Node4.isElementAccessExpression(node)) return this.access(node, depth);
    if (Node4.isCallExpression(node)) return this.callExpression(node, depth);
    if (Node4.isNewExpression(node)) return this.newExpression(node, depth);
    if (Node4.isTaggedTemplateExpression(node))
      return new Unresolved(`cannot evaluate the tagged template \`${node.getTag().getText()}\``, this.at(node));
    return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\` statically`, this.at(node));
  }
  prefix(node, depth) {
    const operand = this.evaluate(node.getOperand(), depth);
    const operator = node.getOperatorToken();
    if (operator === SyntaxKind4.ExclamationToken) {
      const truth = this.truthy(operand);
      return truth === void 0 ? operand instanceof Unresolved ? operand : new Unresolved(`cannot decide \`${node.getText()}\``, this.at(node)) : !truth;
    }
    if (typeof operand === "number" && operator === SyntaxKind4.MinusToken) return -operand;
    if (typeof operand === "number" && operator === SyntaxKind4.PlusToken) return operand;
    return operand instanceof Unresolved ? operand : new Unresolved(`cannot evaluate \`${node.getText()}\``, this.at(node));
  }
  template(node, depth) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const value = hostValue(this.evaluate(span.getExpression(), depth));
      if (value instanceof Unresolved) return value;
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean" && value !== null && value !== void 0) {
        return new Unresolved(`cannot evaluate \`${span.getExpression().getText()}\` in a template`, this.at(span));
      }
      text += String(value) + span.getLiteral().getLiteralText();
    }
    return text;
  }
  binary(node, depth) {
    const operator = node.getOperatorToken().getKind();
    const left = this.evaluate(node.getLeft(), depth);
    if (operator === SyntaxKind4.AmpersandAmpersandToken || operator === SyntaxKind4.BarBarToken) {
      const truth = this.truthy(left);
      if (truth === void 0) {
        if (operator === SyntaxKind4.AmpersandAmpersandToken) {
          const right2 = this.evaluate(node.getRight(), depth);
          if (!(right2 instanceof Unresolved) && this.truthy(right2) === false) return right2;
        }
        return this.undecided(node.getLeft(), left, node, depth, operator === SyntaxKind4.AmpersandAmpersandToken);
      }
      if (operator === SyntaxKind4.AmpersandAmpersandToken !== truth) return left;
      return this.evaluate(node.getRight(), depth);
    }
    if (operator === SyntaxKind4.QuestionQuestionToken) {
      if (left instanceof Unresolved) return left;
      return hostValue(left) === null || hostValue(left) === void 0 ? this.evaluate(node.getRight(), depth) : left;
    }
    if (operator === SyntaxKind4.CommaToken) return this.evaluate(node.getRight(), depth);
    const right = this.evaluate(node.getRight(), depth);
    if (left instanceof Unresolved) return left;
    if (right instanceof Unresolved) return right;
    const [a, b] = [hostValue(left), hostValue(right)];
    switch (operator) {
      case SyntaxKind4.PlusToken:
        if ((typeof a === "string" || typeof a === "number") && (typeof b === "string" || typeof b === "number"))
          return a + b;
        break;
      case SyntaxKind4.MinusToken:
        if (typeof a === "number" && typeof b === "number") return a - b;
        break;
      case SyntaxKind4.AsteriskToken:
        if (typeof a === "number" && typeof b === "number") return a * b;
        break;
      case SyntaxKind4.SlashToken:
        if (typeof a === "number" && typeof b === "number") return a / b;
        break;
      case SyntaxKind4.PercentToken:
        if (typeof a === "number" && typeof b === "number") return a % b;
        break;
      case SyntaxKind4.EqualsEqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a === b;
        break;
      case SyntaxKind4.ExclamationEqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a !== b;
        break;
      case SyntaxKind4.EqualsEqualsToken:
        if (comparable(a) && comparable(b)) return a == b;
        break;
      case SyntaxKind4.ExclamationEqualsToken:
        if (comparable(a) && comparable(b)) return a != b;
        break;
      case SyntaxKind4.LessThanToken:
        if (typeof a === "number" && typeof b === "number") return a < b;
        break;
      case SyntaxKind4.GreaterThanToken:
        if (typeof a === "number" && typeof b === "number") return a > b;
        break;
      case SyntaxKind4.LessThanEqualsToken:
        if (typeof a === "number" && typeof b === "number") return a <= b;
        break;
      case SyntaxKind4.GreaterThanEqualsToken:
        if (typeof a === "number" && typeof b === "number") return a >= b;
        break;
      case SyntaxKind4.InKeyword:
        if ((typeof a === "string" || typeof a === "number") && isPlainObject(b)) return a in b;
        break;
      case SyntaxKind4.InstanceOfKeyword:
        if (left instanceof Host && right instanceof Host && typeof b === "function")
          return a instanceof b;
        if (b instanceof SourceClass && (a instanceof SourcePrototype || typeof a === "object" && INSTANCES.has(a))) {
          const decided = a instanceof SourcePrototype ? this.derives(a.cls, b, false) : this.derives(INSTANCES.get(a), b, true);
          if (decided !== void 0) return decided;
          return new Unresolved(
            `cannot decide \`${node.getText().slice(0, 60)}\`: a base class is not in the sources`,
            this.at(node)
          );
        }
        if (isPlainObject(a) || Array.isArray(a) || typeof a !== "object")
          return typeof b === "function" ? false : new Unresolved(`cannot decide \`${node.getText().slice(0, 60)}\``, this.at(node));
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
  undecided(condition, value, node, depth, and, otherwise) {
    const text = conditionText(condition);
    const whenTrue = and ? this.evaluate(node.getRight(), depth) : otherwise ? this.evaluate(otherwise, depth) : value;
    const whenFalse = and ? value : otherwise ? void 0 : this.evaluate(node.getRight(), depth);
    return this.interpreter.mergeValues(whenTrue, whenFalse, and ? text : conditionText(condition, true), node);
  }
  conditional(node, depth) {
    const condition = this.evaluate(node.getCondition(), depth);
    const truth = this.truthy(condition);
    if (truth === true) return this.evaluate(node.getWhenTrue(), depth);
    if (truth === false) return this.evaluate(node.getWhenFalse(), depth);
    const whenTrue = this.evaluate(node.getWhenTrue(), depth);
    const whenFalse = this.evaluate(node.getWhenFalse(), depth);
    return this.interpreter.mergeValues(whenTrue, whenFalse, conditionText(node.getCondition()), node);
  }
  object(node, depth) {
    const out = {};
    for (const property of node.getProperties()) {
      if (Node4.isSpreadAssignment(property)) {
        const spread = hostValue(this.evaluate(property.getExpression(), depth));
        if (spread instanceof Unresolved) return spread;
        if (spread === void 0 || spread === null) continue;
        if (typeof spread !== "object" || spread instanceof SourceFunction || spread instanceof SourceClass)
          return new Unresolved(`cannot spread \`${property.getExpression().getText()}\``, this.at(property));
        Object.assign(out, spread);
      } else if (Node4.isPropertyAssignment(property)) {
        const nameNode = property.getNameNode();
        const name = Node4.isComputedPropertyName(nameNode) ? hostValue(this.evaluate(nameNode.getExpression(), depth)) : Node4.isStringLiteral(nameNode) || Node4.isNumericLiteral(nameNode) ? String(nameNode.getLiteralValue()) : nameNode.getText();
        if (typeof name !== "string" && typeof name !== "number")
          return name instanceof Unresolved ? name : new Unresolved(`cannot evaluate the property name \`${nameNode.getText()}\``, this.at(property));
        out[String(name)] = this.evaluate(property.getInitializer(), depth);
      } else if (Node4.isShorthandPropertyAssignment(property)) {
        const symbol = property.getProject().getTypeChecker().getShorthandAssignmentValueSymbol(property);
        out[property.getName()] = symbol ? this.symbol(symbol, property.getNameNode(), depth) : this.global(property.getName(), property);
      } else if (Node4.isMethodDeclaration(property)) {
        out[property.getName()] = new SourceFunction(this.at(property), property, void 0);
      } else if (Node4.isGetAccessorDeclaration(property)) {
        out[property.getName()] = this.call(new SourceFunction(this.at(property), property, out), [], property);
      } else if (Node4.isSetAccessorDeclaration(property)) {
        continue;
      } else {
        return new Unresolved(`cannot evaluate \`${property.getText().slice(0, 60)}\``, this.at(property));
      }
    }
    return out;
  }
  array(node, depth) {
    const out = [];
    for (const element of node.getElements()) {
      if (Node4.isSpreadElement(element)) {
        const spread = hostValue(this.evaluate(element.getExpression(), depth));
        if (spread instanceof Unresolved) return spread;
        if (spread instanceof Map || spread instanceof Set) out.push(...spread.values());
        else if (Array.isArray(spread) || typeof spread === "string") out.push(...spread);
        else return new Unresolved(`cannot spread \`${element.getExpression().getText()}\``, this.at(element));
      } else if (Node4.isOmittedExpression(element)) {
        out.push(void 0);
      } else out.push(this.evaluate(element, depth));
    }
    return out;
  }
  identifier(node, depth) {
    const symbol = node.getSymbol();
    if (!symbol) return this.global(node.getText(), node);
    return this.symbol(symbol, node, depth);
  }
  /** A name with no declaration in the sources: a global JavaScript gives every program, or unknown. */
  global(name, node) {
    const value = globalValue(name);
    if (value !== NOT_BUILTIN) return value;
    if (name === "process")
      return new Unresolved(
        "`process` (the environment and arguments the server is started with) is only known when it runs",
        this.at(node)
      );
    return new Unresolved(`\`${name}\` is not declared in the analysed sources`, this.at(node));
  }
  symbol(found, node, depth) {
    let symbol = found;
    const name = node.getText();
    for (const declaration2 of symbol.getDeclarations()) {
      const host = this.hostImport(declaration2, name);
      if (host !== void 0) return host;
      if (isRequireBinding(declaration2) && !this.bindings.has(declaration2))
        return Node4.isVariableDeclaration(declaration2) ? this.variable(declaration2, symbol, node, depth) : this.destructured(declaration2, node, depth);
    }
    if (symbol.isAlias()) symbol = symbol.getAliasedSymbol() ?? symbol;
    const declarations = symbol.getDeclarations();
    const declaration = symbol.getValueDeclaration() ?? declarations.find((d) => !Node4.isInterfaceDeclaration(d) && !Node4.isTypeAliasDeclaration(d)) ?? declarations[0];
    if (!declaration) return new Unresolved(`\`${name}\` has no declaration in the analysed sources`, this.at(node));
    if (this.bindings.has(declaration)) {
      if ((this.boundAt.get(declaration) ?? 0) <= this.readFloor) this.outerReads += 1;
      return this.bindings.get(declaration);
    }
    if (Node4.isSourceFile(declaration)) return this.namespace(declaration);
    const file = declaration.getSourceFile().getFilePath();
    if (!this.isSource(file) || declaration.getSourceFile().isDeclarationFile()) {
      {
        const builtin = globalValue(name);
        if (builtin !== NOT_BUILTIN) return builtin;
      }
      return new Unresolved(`\`${name}\` comes from outside the analysed sources`, this.at(node));
    }
    if (Node4.isVariableDeclaration(declaration)) return this.variable(declaration, symbol, node, depth);
    if (Node4.isEnumDeclaration(declaration))
      return Object.fromEntries(declaration.getMembers().map((m) => [m.getName(), m.getValue()]));
    if (Node4.isEnumMember(declaration)) return declaration.getValue();
    if (Node4.isFunctionDeclaration(declaration))
      return new SourceFunction(this.at(declaration), declaration, void 0);
    if (Node4.isClassDeclaration(declaration)) return new SourceClass(declaration, this.at(declaration));
    if (Node4.isExportAssignment(declaration)) return this.evaluate(declaration.getExpression(), depth);
    if (Node4.isBindingElement(declaration)) return this.destructured(declaration, node, depth);
    if (Node4.isParameterDeclaration(declaration))
      return new Unresolved(`\`${name}\` is a parameter: its value is only known when the code runs`, this.at(node));
    if (Node4.isNamespaceImport(declaration) || Node4.isNamespaceExport(declaration)) {
      const target = symbol.getAliasedSymbol()?.getDeclarations()[0] ?? found.getAliasedSymbol()?.getDeclarations()[0];
      if (target && Node4.isSourceFile(target)) return this.namespace(target);
    }
    if (Node4.isImportSpecifier(declaration) || Node4.isImportClause(declaration) || Node4.isNamespaceImport(declaration) || Node4.isExportSpecifier(declaration)) {
      return new Unresolved(`\`${name}\` is imported from a module outside the analysed sources`, this.at(node));
    }
    if (Node4.isPropertyAssignment(declaration) || Node4.isShorthandPropertyAssignment(declaration)) {
      return Node4.isPropertyAssignment(declaration) ? this.evaluate(declaration.getInitializer(), depth) : this.evaluate(declaration.getNameNode(), depth);
    }
    if (Node4.isBinaryExpression(declaration)) return this.evaluate(declaration.getRight(), depth);
    if (Node4.isPropertyAccessExpression(declaration) && Node4.isBinaryExpression(declaration.getParent()))
      return this.evaluate(declaration.getParent().getRight(), depth);
    return new Unresolved(`cannot evaluate \`${name}\` (${declaration.getKindName()})`, this.at(node));
  }
  /**
   * A variable: its initializer, or, when it is changed after its declaration (pushed to, assigned
   * in branches), the value the statements around it leave at the place it is read.
   */
  variable(declaration, symbol, node, depth) {
    if (this.memo.has(declaration)) return this.memo.get(declaration);
    const initializer = declaration.getInitializer();
    const name = declaration.getName();
    const compiled = initializer ? void 0 : compiledEnum(declaration.getSourceFile(), name, this, depth);
    if (compiled) return compiled;
    if (initializer && Node4.isObjectLiteralExpression(initializer) && initializer.getProperties().length === 0) {
      if (this.memo.has(declaration)) return this.memo.get(declaration);
      const bundled = bundlerNamespace(this, declaration.getSourceFile(), name, depth);
      if (bundled) {
        this.memo.set(declaration, bundled);
        return bundled;
      }
    }
    const changed = mutation(declaration, symbol);
    const value = this.memoized(changed ? void 0 : declaration, () => {
      if (changed) return this.interpreter.valueAt(declaration, node, changed);
      if (initializer) return this.evaluate(initializer, depth);
      const loop = declaration.getParent()?.getParent();
      if (loop && (Node4.isForOfStatement(loop) || Node4.isForInStatement(loop)))
        return new Unresolved(
          `\`${name}\` is a loop variable: its values are only known when the code runs`,
          this.at(declaration)
        );
      return new Unresolved(`\`${name}\` is declared without a value`, this.at(declaration));
    });
    return value;
  }
  /** Evaluate, and remember the result for `key` when it read nothing bound by a frame open before it. */
  memoized(key, fn) {
    const [reads, floor, thisFloor] = [this.outerReads, this.readFloor, this.thisFloor];
    this.outerReads = 0;
    this.readFloor = this.frames.length;
    this.thisFloor = this.thisValues.length;
    try {
      const value = fn();
      const closure = value instanceof SourceFunction && value.scope !== void 0;
      if (key && this.outerReads === 0 && !closure) this.memo.set(key, value);
      return value;
    } finally {
      this.outerReads += reads;
      this.readFloor = floor;
      this.thisFloor = thisFloor;
    }
  }
  /** `const { a, b: { c } } = value`: the part of the initializer's value this name stands for. */
  destructured(element, node, depth) {
    const path6 = [];
    let current = element;
    while (Node4.isBindingElement(current)) {
      const pattern = current.getParent();
      if (Node4.isObjectBindingPattern(pattern)) {
        const keyNode = current.getPropertyNameNode();
        path6.unshift(
          keyNode ? Node4.isStringLiteral(keyNode) ? keyNode.getLiteralValue() : keyNode.getText() : current.getName()
        );
      } else if (Node4.isArrayBindingPattern(pattern)) path6.unshift(pattern.getElements().indexOf(current));
      current = pattern.getParent();
    }
    if (!Node4.isVariableDeclaration(current) || !current.getInitializer())
      return new Unresolved(
        `\`${node.getText()}\` is destructured from a value only known when the code runs`,
        this.at(node)
      );
    let value = this.evaluate(current.getInitializer(), depth);
    for (const key of path6) value = this.read(value, key, node);
    return value;
  }
  /** The exports of a source module as an object (`import * as tools from './tools'`). */
  namespace(file) {
    const cached = this.namespaces.get(file);
    if (cached) return cached;
    const out = {};
    this.namespaces.set(file, out);
    if (isCommonJs(file)) {
      const exported = this.moduleExports(file);
      return isPlainObject(exported) ? exported : { default: exported };
    }
    for (const [name, declarations] of file.getExportedDeclarations()) {
      const declaration = declarations.find((d) => !Node4.isInterfaceDeclaration(d) && !Node4.isTypeAliasDeclaration(d));
      if (!declaration) continue;
      if (Node4.isVariableDeclaration(declaration) || Node4.isFunctionDeclaration(declaration) || Node4.isClassDeclaration(declaration) || Node4.isEnumDeclaration(declaration)) {
        const nameNode = declaration.getNameNode();
        const symbol = nameNode.getSymbol();
        out[name] = symbol ? this.symbol(symbol, nameNode, 0) : new Unresolved(`cannot read the export \`${name}\``, this.at(declaration));
      } else out[name] = this.evaluate(declaration);
    }
    return out;
  }
  commonJs = /* @__PURE__ */ new Map();
  /** What `require` of a source file returns: a CommonJS module's `module.exports`, an ES module's namespace. */
  moduleExports(file) {
    if (!isCommonJs(file)) return this.namespace(file);
    if (this.commonJs.has(file)) return this.commonJs.get(file);
    const out = this.namespaces.get(file) ?? {};
    this.namespaces.set(file, out);
    this.commonJs.set(file, out);
    const value = commonJsExports(this, file, out);
    this.commonJs.set(file, value);
    return value;
  }
  hostImport(declaration, name) {
    const importDeclaration = declaration.getFirstAncestorByKind(SyntaxKind4.ImportDeclaration);
    if (!importDeclaration) return void 0;
    const specifier = importDeclaration.getModuleSpecifierValue();
    if (/^\.{1,2}\/.*\.json$/.test(specifier) && (Node4.isImportClause(declaration) || Node4.isImportSpecifier(declaration) || Node4.isNamespaceImport(declaration))) {
      const data = this.json(
        path.resolve(path.dirname(importDeclaration.getSourceFile().getFilePath()), specifier),
        declaration
      );
      if (data instanceof Unresolved || Node4.isImportClause(declaration) || Node4.isNamespaceImport(declaration))
        return data;
      return Node4.isImportSpecifier(declaration) && isPlainObject(data) ? data[declaration.getName()] : new Unresolved(`cannot read the import of \`${name}\` from ${specifier}`, this.at(declaration));
    }
    const module = this.context.hostModule(specifier);
    if (!module) return void 0;
    if (Node4.isNamespaceImport(declaration)) return new Host(module);
    if (Node4.isImportClause(declaration)) return new Host(module.default ?? module);
    if (Node4.isImportSpecifier(declaration)) {
      const imported = declaration.getName();
      return imported in module ? new Host(module[imported]) : new Unresolved(
        `"${imported}" is not exported by ${importDeclaration.getModuleSpecifierValue()}`,
        this.at(declaration)
      );
    }
    return new Unresolved(`cannot read the import of \`${name}\``, this.at(declaration));
  }
  jsonFiles = /* @__PURE__ */ new Map();
  /** A JSON file of the sources, parsed once; a file that is missing or not JSON is a gap, said where it is imported. */
  json(file, at) {
    if (!this.jsonFiles.has(file)) {
      try {
        this.jsonFiles.set(file, JSON.parse(readFileSync(file, "utf8")));
      } catch (error) {
        this.jsonFiles.set(
          file,
          new Unresolved(
            `cannot read ${path.relative(this.context.root, file)}: ${error.message.split("\n")[0]}`,
            this.at(at)
          )
        );
      }
    }
    return this.jsonFiles.get(file);
  }
  key(node, depth) {
    if (Node4.isPropertyAccessExpression(node)) return node.getName();
    return hostValue(
      this.evaluate(node.getArgumentExpression(), depth)
    );
  }
  access(node, depth) {
    const object = this.evaluate(node.getExpression(), depth);
    if (object instanceof Unresolved) return object;
    const optional = node.hasQuestionDotToken?.() ?? false;
    if (optional && (object === void 0 || object === null)) return void 0;
    const key = this.key(node, depth);
    if (key instanceof Unresolved) return key;
    if (typeof key !== "string" && typeof key !== "number")
      return new Unresolved(`cannot evaluate the key of \`${node.getText().slice(0, 60)}\``, this.at(node));
    return this.read(object, key, node);
  }
  /** A static member of a source class (a `static toolName`, a static method), from the class or a base it extends. */
  staticMember(cls, name, at) {
    if (name === "prototype") return new SourcePrototype(cls);
    for (let current = cls; current; current = this.baseOf(current)) {
      const member = current.node.getMembers().find(
        (m) => (Node4.isPropertyDeclaration(m) || Node4.isMethodDeclaration(m) || Node4.isGetAccessorDeclaration(m)) && m.isStatic() && m.getName() === name
      );
      if (!member) continue;
      if (Node4.isPropertyDeclaration(member))
        return this.withThis(current, () => this.evaluate(member.getInitializer()));
      if (Node4.isMethodDeclaration(member)) return new SourceFunction(this.at(member), member, current);
      return this.call(new SourceFunction(this.at(member), member, current), [], at);
    }
    if (name === "name") return cls.node.getName() ?? "";
    return new Unresolved(
      `\`${cls.node.getName() ?? "class"}.${name}\` is not a static member mcpver can read`,
      this.at(at)
    );
  }
  /**
   * Whether `cls` is `base` (when `orSelf`) or extends it through source classes; undefined when the
   * chain reaches a base that is not known (a mixin call), which might be anything.
   */
  derives(cls, base, orSelf) {
    let current = orSelf ? cls : void 0;
    if (!orSelf) {
      const heritage = cls.node.getExtends();
      if (!heritage) return false;
      const next = this.evaluate(heritage.getExpression());
      if (!(next instanceof SourceClass)) return next instanceof Host ? false : void 0;
      current = next;
    }
    for (let steps = 0; current && steps < 16; steps++) {
      if (current.node === base.node) return true;
      const heritage = current.node.getExtends();
      if (!heritage) return false;
      const next = this.evaluate(heritage.getExpression());
      if (!(next instanceof SourceClass)) return next instanceof Host ? false : void 0;
      current = next;
    }
    return void 0;
  }
  /** The class a source class extends, when it is one of the sources too. */
  baseOf(cls) {
    const heritage = cls.node.getExtends();
    if (!heritage) return void 0;
    const base = this.evaluate(heritage.getExpression());
    return base instanceof SourceClass ? base : void 0;
  }
  withThis(self, fn) {
    this.thisValues.push(self);
    try {
      return fn();
    } finally {
      this.thisValues.pop();
    }
  }
  // ── calls ───────────────────────────────────────────────────────────────────────────────────
  evaluateArguments(args, depth) {
    const out = [];
    for (const arg of args) {
      if (Node4.isSpreadElement(arg)) {
        const spread = hostValue(this.evaluate(arg.getExpression(), depth));
        if (!Array.isArray(spread))
          return spread instanceof Unresolved ? spread : new Unresolved(`cannot spread \`${arg.getExpression().getText()}\` into a call`, this.at(arg));
        out.push(...spread);
      } else out.push(this.evaluate(arg, depth));
    }
    return out;
  }
  callExpression(node, depth) {
    const expression = node.getExpression();
    const shown = expression.getText().replace(/\s+/g, " ").slice(0, 60);
    if (expression.getKind() === SyntaxKind4.SuperKeyword) return void 0;
    if (Node4.isCallExpression(node)) {
      const specifier = requireSpecifier(node);
      if (specifier !== void 0) return requireModule(this, node, specifier);
      const interop = interopCall(this, node, depth);
      if (interop !== NOT_INTEROP) return interop;
    }
    const optional = node.hasQuestionDotToken?.() ?? false;
    if (Node4.isPropertyAccessExpression(expression) || Node4.isElementAccessExpression(expression)) {
      const target = this.evaluate(expression.getExpression(), depth);
      if (target instanceof Unresolved)
        return new Unresolved(
          `calls \`${shown}(\u2026)\`, which is only known when the code runs (${target.reason})`,
          target.location
        );
      if (expression.hasQuestionDotToken() && (target === void 0 || target === null))
        return void 0;
      const name = this.key(expression, depth);
      if (typeof name !== "string" && typeof name !== "number")
        return new Unresolved(`cannot evaluate the method of \`${shown}(\u2026)\``, this.at(node));
      if (target instanceof Host)
        return this.hostCall(
          node,
          new Host(target.value?.[name], target.value),
          String(name),
          depth
        );
      const args2 = this.evaluateArguments(node.getArguments(), depth);
      if (args2 instanceof Unresolved) return args2;
      const builtin2 = callBuiltin(this, target, String(name), args2, node);
      if (builtin2 !== NOT_BUILTIN) return builtin2;
      const member = this.read(target, name, expression);
      if (member instanceof SourceFunction)
        return this.call(
          member.self === void 0 && !(target instanceof SourceClass) ? member.bind(target) : member,
          args2,
          node
        );
      if (member instanceof Host) return this.hostCall(node, member, String(name), depth);
      if (member instanceof Unresolved)
        return new Unresolved(
          `calls \`${shown}(\u2026)\`, which is only known when the code runs (${member.reason})`,
          member.location
        );
      if (optional && (member === void 0 || member === null)) return void 0;
      return new Unresolved(`calls \`${shown}(\u2026)\`, which is only known when the code runs`, this.at(node));
    }
    const callee = this.evaluate(expression, depth);
    if (callee instanceof Unresolved)
      return new Unresolved(
        `calls \`${shown}(\u2026)\`, which is only known when the code runs (${callee.reason})`,
        callee.location
      );
    if (callee instanceof SourceFunction) {
      const args2 = this.evaluateArguments(node.getArguments(), depth);
      return args2 instanceof Unresolved ? args2 : this.call(callee, args2, node);
    }
    if (callee instanceof Host && typeof callee.value === "function")
      return this.hostCall(node, callee, shown.split(".").pop() ?? "", depth);
    const args = this.evaluateArguments(node.getArguments(), depth);
    if (args instanceof Unresolved) return args;
    const builtin = callBuiltin(this, void 0, callee, args, node);
    if (builtin !== NOT_BUILTIN) return builtin;
    if (optional && (callee === void 0 || callee === null)) return void 0;
    return new Unresolved(`calls \`${shown}(\u2026)\`, which is only known when the code runs`, this.at(node));
  }
  newExpression(node, depth) {
    const callee = this.evaluate(node.getExpression(), depth);
    const shown = node.getExpression().getText().slice(0, 60);
    if (callee instanceof Unresolved)
      return new Unresolved(
        `builds \`new ${shown}(\u2026)\`, which is only known when the code runs (${callee.reason})`,
        callee.location
      );
    if (callee instanceof Host) return this.hostCall(node, callee, shown.split(".").pop() ?? "", depth);
    const args = this.evaluateArguments(node.getArguments() ?? [], depth);
    if (args instanceof Unresolved) return args;
    if (callee instanceof SourceClass) return this.construct(callee, args, node);
    const builtin = callBuiltin(this, void 0, callee, args, node, true);
    if (builtin !== NOT_BUILTIN) return builtin;
    return new Unresolved(`builds \`new ${shown}(\u2026)\`, which is only known when the code runs`, this.at(node));
  }
  /** A call of a library function (zod, the SDK's helpers) with the data rebuilt from the sources. */
  hostCall(node, callee, name, depth) {
    if (typeof callee.value !== "function")
      return new Unresolved(`\`${node.getText().slice(0, 60)}\` is not a function`, this.at(node));
    let args = this.evaluateArguments(node.getArguments() ?? [], depth);
    if (args instanceof Unresolved) return args;
    if (name === "lazy" && args[0] instanceof SourceFunction) {
      const schema = this.call(args[0], [], node);
      if (schema instanceof Unresolved) return schema;
      args = [() => hostValue(schema)];
    }
    const prepared = this.context.hostArguments(name, args.map(unwrapHost), this.at(node), callee.self);
    if (prepared instanceof Unresolved) return prepared;
    try {
      const fn = callee.value;
      const result = Node4.isNewExpression(node) ? Reflect.construct(fn, prepared) : fn.apply(callee.self, prepared);
      return new Host(result);
    } catch (error) {
      return new Unresolved(
        `\`${name}(\u2026)\` failed when rebuilt from the sources: ${error.message.split("\n")[0]}`,
        this.at(node)
      );
    }
  }
  /**
   * Follow a call of a function written in the sources: its parameters bound to the arguments, its
   * body read statement by statement (see Interpreter), its result what its returns give.
   */
  call(fn, args, at, options = {}) {
    const node = fn.node;
    if (!node) return new Unresolved("calls a function mcpver cannot follow", fn.location);
    if (this.calls.length >= MAX_CALL_DEPTH || this.calls.includes(node))
      return new Unresolved(
        `calls \`${at.getText().replace(/\s+/g, " ").slice(0, 60)}\` recursively or too deeply to follow`,
        this.at(at)
      );
    if (!this.isSource(node.getSourceFile().getFilePath()))
      return new Unresolved("calls a function outside the analysed sources", this.at(at));
    if (node.isGenerator?.() && !options.generatorAsAsync)
      return new Unresolved("calls a generator, which mcpver does not follow", this.at(at));
    const arrow = Node4.isArrowFunction(node) && fn.self === void 0;
    this.calls.push(node);
    if (!arrow) this.thisValues.push(fn.self);
    try {
      return this.inFrame(() => {
        for (const [declaration, value] of fn.scope ?? [])
          if (!this.bindings.has(declaration)) this.bind(declaration, value);
        const parameters = node.getParameters();
        parameters.forEach((parameter, i) => {
          const rest = Node4.isParameterDeclaration(parameter) && parameter.isRestParameter();
          this.bindPattern(parameter, rest ? args.slice(i) : args[i]);
        });
        const body = node.getBody();
        if (!body) return new Unresolved("calls a function without a body", this.at(at));
        return Node4.isBlock(body) ? this.interpreter.runBody(body) : this.evaluate(body);
      });
    } finally {
      this.calls.pop();
      if (!arrow) this.thisValues.pop();
    }
  }
  /** `new C(…)` of a source class: methods, then field initializers and constructor bodies, base first. */
  construct(cls, args, at) {
    const instance = {};
    INSTANCES.set(instance, cls);
    const chain = [];
    for (let current = cls; current && chain.length < 16; current = this.baseOf(current))
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
  initialize(chain, index, instance, args, at) {
    const cls = chain[index];
    if (!cls) return void 0;
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
      return void 0;
    }
    if (this.calls.length >= MAX_CALL_DEPTH)
      return new Unresolved("builds a class too deeply nested to follow", this.at(at));
    this.calls.push(constructor);
    this.thisValues.push(instance);
    try {
      return this.inFrame(() => {
        constructor.getParameters().forEach((parameter, i) => {
          this.bindPattern(parameter, parameter.isRestParameter() ? args.slice(i) : args[i]);
          if (parameter.getScope() || parameter.isReadonly())
            instance[parameter.getName()] = this.bindings.get(parameter);
        });
        const hasSuper = constructor.getBody().getDescendantsOfKind(SyntaxKind4.SuperKeyword).some((s) => Node4.isCallExpression(s.getParent()));
        if (!hasSuper) {
          this.initialize(chain, index - 1, instance, [], at);
          fields();
        }
        this.interpreter.runBody(constructor.getBody(), (superCall) => {
          const superArgs = this.evaluateArguments(superCall.getArguments(), 0);
          this.initialize(chain, index - 1, instance, superArgs instanceof Unresolved ? [] : superArgs, at);
          fields();
        });
        return void 0;
      });
    } finally {
      this.calls.pop();
      this.thisValues.pop();
    }
  }
};
var comparable = (v) => v === null || v === void 0 || ["string", "number", "boolean"].includes(typeof v);

// src/surface/mcp-static/auto-loaded.ts
import path2 from "node:path";
import { Node as Node5 } from "ts-morph";
var FRAMEWORK_BASES = {
  "mcp-framework": { MCPTool: "tool", MCPPrompt: "prompt", MCPResource: "resource" }
};
function importedBases(file) {
  const out = /* @__PURE__ */ new Map();
  for (const declaration of file.getImportDeclarations()) {
    const framework = declaration.getModuleSpecifierValue();
    const bases = FRAMEWORK_BASES[framework];
    if (!bases) continue;
    for (const named of declaration.getNamedImports()) {
      const kind = bases[named.getName()];
      if (kind) out.set(named.getAliasNode()?.getText() ?? named.getName(), { framework, kind });
    }
  }
  return out;
}
function literalField(cls, field) {
  if (!Node5.isClassDeclaration(cls) && !Node5.isClassExpression(cls)) return void 0;
  const initializer = cls.getProperty(field)?.getInitializer();
  return initializer && (Node5.isStringLiteral(initializer) || Node5.isNoSubstitutionTemplateLiteral(initializer)) ? initializer.getLiteralValue() : void 0;
}
function autoLoadedItems(files, root) {
  const gaps = [];
  for (const file of files) {
    const bases = importedBases(file);
    if (bases.size === 0) continue;
    for (const cls of file.getClasses()) {
      const base = cls.getExtends()?.getExpression().getText();
      const found = base ? bases.get(base) : void 0;
      if (!found) continue;
      const name = literalField(cls, found.kind === "resource" ? "uri" : "name");
      gaps.push({
        part: "mcp",
        message: `the ${found.kind}${name ? ` "${name}"` : ""} (class ${cls.getName() ?? "without a name"} extends ${base}) is loaded by ${found.framework} from its folder when the server starts, with a schema the framework builds itself: static reading does not list it; start the server (\`command:\`) to list it`,
        location: {
          file: path2.relative(root, file.getFilePath()).replace(/\\/g, "/"),
          line: cls.getStartLineNumber()
        },
        hidesItems: true
      });
    }
  }
  return gaps;
}

// src/surface/mcp-static/host.ts
var import_semver = __toESM(require_semver(), 1);
import { readFileSync as readFileSync2, existsSync } from "node:fs";
import path3 from "node:path";
function zodMajorOf(dir) {
  try {
    const pkg = JSON.parse(readFileSync2(path3.join(dir, "package.json"), "utf8"));
    const range = pkg.dependencies?.zod ?? pkg.peerDependencies?.zod ?? pkg.devDependencies?.zod;
    if (range && import_semver.default.validRange(range)) return import_semver.default.minVersion(range)?.major === 3 ? 3 : 4;
  } catch {
  }
  const installed = path3.join(dir, "node_modules/zod/package.json");
  if (existsSync(installed)) {
    const version = JSON.parse(readFileSync2(installed, "utf8")).version;
    if (version && import_semver.default.major(version) === 3) return 3;
  }
  return 4;
}
async function loadHostModules(zodMajor) {
  const v3 = await import("./v3-KCYFEQTL.js");
  const v4 = await import("./zod-ZADPOMXN.js");
  const mini = await import("./mini-3IDU7IIS.js");
  const zod = zodMajor === 3 ? v3 : v4;
  const zodToJsonSchema = await import("./esm-VCE3WYGQ.js");
  const { ResourceTemplate } = await import("./mcp-UFZU3RGQ.js");
  const { completable } = await import("./completable-46DBQXP4.js");
  const compat = await import("./zod-json-schema-compat-ZCZZ2TXK.js").catch(
    () => ({})
  );
  const modules = /* @__PURE__ */ new Map([
    ["zod", zod],
    ["zod/v3", v3],
    ["zod/v4", v4],
    ["zod/mini", mini],
    ["zod/v4-mini", mini],
    ["zod-to-json-schema", zodToJsonSchema],
    ["@modelcontextprotocol/sdk/server/mcp.js", { ResourceTemplate }],
    ["@modelcontextprotocol/sdk/server/completable.js", { completable }],
    ["@modelcontextprotocol/sdk/server/zod-json-schema-compat.js", compat]
  ]);
  return { zod, zodMajor, modules };
}
var CALLBACK_SAFE = /* @__PURE__ */ new Set([
  "refine",
  "superRefine",
  "transform",
  "check",
  "preprocess",
  "custom",
  "completable",
  "ResourceTemplate",
  "catch",
  "default",
  "prefault",
  "overwrite"
]);
var RUN_TIME_VALUE_OK = /* @__PURE__ */ new Set(["default", "prefault", "catch", "describe"]);
var Markers = class {
  messages = /* @__PURE__ */ new Map();
  /** Parts replaced by an empty stand-in that the listing cannot show (a template's list callback). */
  notes = [];
  mark(unresolved) {
    const id = `\0mcpver-unresolved:${this.messages.size}`;
    this.messages.set(id, unresolved);
    return id;
  }
  get(id) {
    return typeof id === "string" ? this.messages.get(id) : void 0;
  }
};
var standIn = (callee) => callee === "preprocess" || callee === "transform" || callee === "overwrite" ? (value) => value : callee === "refine" || callee === "check" ? () => true : () => void 0;
function replaceFunctions(value, fn) {
  if (value instanceof SourceFunction) return fn;
  if (Array.isArray(value)) return value.map((v) => replaceFunctions(v, fn));
  if (value && typeof value === "object" && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceFunctions(v, fn)]));
  return value;
}
function find(value, type) {
  if (value instanceof type) return value;
  if (Array.isArray(value))
    for (const v of value) {
      const f = find(v, type);
      if (f) return f;
    }
  if (value && typeof value === "object" && value.constructor === Object)
    for (const v of Object.values(value)) {
      const f = find(v, type);
      if (f) return f;
    }
  return void 0;
}
function markerSchema(host, markers, unresolved) {
  const z = host.zod;
  return z.any().describe(markers.mark(unresolved));
}
function prepareHostArguments(host, markers) {
  return (callee, args, at, holder) => {
    const zodCall = holder === host.zod || isLibraryValue(holder) || [...host.modules.values()].some((m) => m === holder);
    const withMarkers = (value, depth) => {
      if (value instanceof Unresolved) return zodCall && depth > 0 ? markerSchema(host, markers, value) : value;
      if (Array.isArray(value)) return value.map((v) => withMarkers(v, depth + 1));
      if (value && typeof value === "object" && value.constructor === Object)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkers(v, depth + 1)]));
      return value;
    };
    const schemaMethod = isLibraryValue(holder) && RUN_TIME_VALUE_OK.has(callee);
    const prepared = args.map(
      (a, i) => schemaMethod && i === 0 && a instanceof Unresolved ? callee === "describe" ? (markers.notes.push(a), `[not statically resolvable: ${a.reason}]`) : markers.mark(a) : withMarkers(a, 0)
    );
    const unresolved = find(prepared, Unresolved);
    if (unresolved) return unresolved;
    const fn = find(prepared, SourceFunction);
    if (fn && !CALLBACK_SAFE.has(callee))
      return new Unresolved(`\`${callee}(\u2026)\` is given a function from the sources, which mcpver does not run`, at);
    if (callee === "ResourceTemplate") {
      const options = prepared[1];
      if (options?.list instanceof SourceFunction) {
        markers.notes.push(
          new Unresolved(
            "the resources this template lists come from a callback: they are not in the static snapshot",
            at
          )
        );
        prepared[1] = { ...options, list: void 0 };
      }
    }
    return prepared.map((a) => replaceFunctions(a, standIn(callee)));
  };
}

// src/surface/mcp-static/registrations.ts
import { Node as Node7, SyntaxKind as SyntaxKind6 } from "ts-morph";

// src/surface/mcp-static/contexts.ts
import { Node as Node6, SyntaxKind as SyntaxKind5 } from "ts-morph";
var REQUEST_HANDLERS = /* @__PURE__ */ new Set([
  "registerTool",
  "tool",
  "registerPrompt",
  "prompt",
  "registerResource",
  "resource",
  "registerToolTask",
  "setRequestHandler",
  "addTool",
  "addPrompt",
  "addResource",
  "addResourceTemplate"
]);
var MAX_CONTEXTS = 512;
var MAX_CALLERS = 8;
var ARRAY_CALLBACKS = /* @__PURE__ */ new Set(["forEach", "map", "flatMap", "filter", "some", "every", "find"]);
var EMPTY = { bindings: [], conditions: [] };
var Contexts = class {
  constructor(ev) {
    this.ev = ev;
  }
  ev;
  ofFunction = /* @__PURE__ */ new Map();
  visiting = /* @__PURE__ */ new Set();
  /** Evaluate `fn` with a context applied: its bindings in a frame of their own, its `this`. */
  within(context, fn) {
    return this.ev.inFrame(() => {
      for (const [declaration, value] of context.bindings) this.ev.bindPattern(declaration, value);
      return context.self ? this.ev.withThis(context.self.value, fn) : fn();
    });
  }
  /** Every way `node` runs, or an Unresolved that says which list or caller could not be known. */
  of(node, depth = 0) {
    const fn = node.getFirstAncestor((a) => isFunctionLike(a));
    const outer = fn ? this.ofFunctionLike(fn, depth) : [EMPTY];
    if (outer instanceof Unresolved) return outer;
    const chain = this.chain(node, fn);
    const out = [];
    for (const context of outer) {
      const expanded = this.within(context, () => this.expand(chain, 0, context, node));
      if (expanded instanceof Unresolved) return expanded;
      out.push(...expanded);
      if (out.length > MAX_CONTEXTS)
        return new Unresolved(
          `runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`,
          this.ev.at(node),
          true
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
  chain(node, fn) {
    const chain = [];
    let child = node;
    for (let current = node.getParent(); current && current !== fn; child = current, current = current.getParent()) {
      if (Node6.isBlock(current)) {
        chain.unshift(...guardsBefore(current, child, fn));
      } else if (Node6.isForOfStatement(current) || Node6.isForInStatement(current)) {
        if (child === current.getStatement()) chain.unshift({ structure: current, child });
      } else if (Node6.isIfStatement(current) || Node6.isConditionalExpression(current) || Node6.isCaseClause(current) || Node6.isCatchClause(current)) {
        chain.unshift({ structure: current, child });
      } else if (Node6.isBinaryExpression(current) && [SyntaxKind5.AmpersandAmpersandToken, SyntaxKind5.BarBarToken].includes(current.getOperatorToken().getKind()) && child === current.getRight()) {
        chain.unshift({ structure: current, child });
      }
    }
    return chain;
  }
  expand(chain, index, context, node) {
    const link = chain[index];
    if (!link) return [context];
    const next = (further) => this.within(
      { bindings: further.bindings.slice(context.bindings.length), conditions: [] },
      () => this.expand(chain, index + 1, further, node)
    );
    const { structure, child } = link;
    if (Node6.isForOfStatement(structure) || Node6.isForInStatement(structure)) {
      const iterable = hostValue(this.ev.evaluate(structure.getExpression()));
      const list = Node6.isForInStatement(structure) ? typeof iterable === "object" && iterable !== null && !Array.isArray(iterable) && !(iterable instanceof Unresolved) ? Object.keys(iterable) : void 0 : Array.isArray(iterable) ? iterable : iterable instanceof Map ? [...iterable] : iterable instanceof Set ? [...iterable] : void 0;
      if (!list) {
        const why = iterable instanceof Unresolved ? iterable.reason : "it is not a list mcpver can read";
        return new Unresolved(
          `runs in a loop over \`${conditionText(structure.getExpression())}\`, which is only known when the code runs: ${why}`,
          this.ev.at(node),
          true
        );
      }
      const initializer = structure.getInitializer();
      const declaration = Node6.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : void 0;
      if (!declaration)
        return new Unresolved("runs in a loop whose variable mcpver cannot bind", this.ev.at(node), true);
      const out = [];
      for (const element of list) {
        const expanded = next({
          ...context,
          bindings: [...context.bindings, [declaration, element]],
          conditions: [...context.conditions, ...conditionsOf(element)]
        });
        if (expanded instanceof Unresolved) return expanded;
        out.push(...expanded);
      }
      return out;
    }
    const decide = (test, positive) => {
      const truth = this.ev.truthy(this.ev.evaluate(test));
      if (truth === void 0)
        return next({ ...context, conditions: [...context.conditions, conditionText(test, !positive)] });
      return truth === positive ? next(context) : [];
    };
    if (Node6.isIfStatement(structure)) return decide(structure.getExpression(), child === structure.getThenStatement());
    if (Node6.isConditionalExpression(structure))
      return child === structure.getCondition() ? next(context) : decide(structure.getCondition(), child === structure.getWhenTrue());
    if (Node6.isBinaryExpression(structure))
      return decide(structure.getLeft(), structure.getOperatorToken().getKind() === SyntaxKind5.AmpersandAmpersandToken);
    if (Node6.isCaseClause(structure)) {
      const switchStatement = structure.getFirstAncestorByKind(SyntaxKind5.SwitchStatement);
      const [value, label] = [
        hostValue(this.ev.evaluate(switchStatement?.getExpression())),
        hostValue(this.ev.evaluate(structure.getExpression()))
      ];
      if (!(value instanceof Unresolved) && !(label instanceof Unresolved)) return value === label ? next(context) : [];
      return next({
        ...context,
        conditions: [
          ...context.conditions,
          `${conditionText(switchStatement?.getExpression() ?? structure)} === ${conditionText(structure.getExpression())}`
        ]
      });
    }
    if (Node6.isCatchClause(structure))
      return next({ ...context, conditions: [...context.conditions, "an error was caught"] });
    return next(context);
  }
  /** The ways a function runs: once per element for an array callback, once per call for a helper, once (unbound) otherwise. */
  ofFunctionLike(fn, depth) {
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
  callersOf(fn, depth) {
    const parent = fn.getParent();
    const parameters = fn.getParameters?.() ?? [];
    if (parent && Node6.isCallExpression(parent) && parent.getArguments().includes(fn)) {
      const callee = parent.getExpression();
      if (Node6.isPropertyAccessExpression(callee) && ARRAY_CALLBACKS.has(callee.getName()) && parent.getArguments()[0] === fn) {
        return this.perElement(parent, callee.getExpression(), parameters, depth);
      }
      const outer = this.of(parent, depth + 1);
      const method = Node6.isPropertyAccessExpression(callee) ? callee.getName() : "";
      if (outer instanceof Unresolved || !REQUEST_HANDLERS.has(method) || parent.getArguments()[0] === fn) return outer;
      const location = this.ev.at(parent);
      const during = `while a client's request runs the handler given to \`${method}\` at ${location.file}:${location.line}`;
      return outer.map((c) => ({ ...c, during: c.during ?? during }));
    }
    if (parent && Node6.isParenthesizedExpression(parent) && Node6.isCallExpression(parent.getParent()) && parent.getParent().getExpression() === parent)
      return this.of(parent.getParent(), depth + 1);
    const made = this.madeByFactory(fn, depth);
    if (made) return made;
    const nameNode = this.nameOf(fn);
    const sites = nameNode ? this.callSites(fn, nameNode) : [];
    if (sites.length === 0)
      return this.ev.isOwn(fn.getSourceFile().getFilePath()) ? [{ ...EMPTY, ...this.selfOf(fn) }] : [];
    const out = [];
    let uncertain;
    let confirmed = false;
    for (const site of sites) {
      if (site.kind === "callback") {
        const each = this.perElement(site.call, site.receiver, parameters, depth);
        if (each instanceof Unresolved) return each;
        out.push(...each);
        continue;
      }
      if (!site.guess) confirmed = true;
      const callers = this.of(site.call, depth + 1);
      if (callers instanceof Unresolved) {
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
          const bindings = parameters.map((p, i) => [
            p,
            Node6.isParameterDeclaration(p) && p.isRestParameter() ? values.slice(i) : values[i]
          ]);
          const self = this.selfAt(fn, site.call);
          if (self && !this.hasMethod(self.value, fn)) {
            if (hostValue(self.value) instanceof Unresolved) uncertain ??= site.call;
            return;
          }
          out.push({
            bindings: [...caller.bindings, ...bindings],
            conditions: caller.conditions,
            ...self ? { self } : caller.self ? { self: caller.self } : {},
            ...caller.during ? { during: caller.during } : {}
          });
        });
      }
    }
    const guessesOnly = out.length === 0 && !confirmed;
    if (guessesOnly && this.ev.isOwn(fn.getSourceFile().getFilePath())) return [{ ...EMPTY, ...this.selfOf(fn) }];
    if (guessesOnly && uncertain) {
      const where = this.ev.at(uncertain);
      return new Unresolved(
        `runs when \`${conditionText(uncertain.getExpression())}(\u2026)\` is called (${where.file}:${where.line}) on a value only known when the code runs`,
        this.ev.at(fn),
        true
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
  madeByFactory(fn, depth) {
    const parent = fn.getParent();
    const returned = parent && (Node6.isReturnStatement(parent) || Node6.isArrowFunction(parent) && parent.getBody() === fn);
    if (!returned) return void 0;
    const outer = fn.getFirstAncestor((a) => isFunctionLike(a));
    if (!outer) return void 0;
    const factoryName = this.nameOf(outer);
    if (!factoryName) return void 0;
    const factoryParameters = outer.getParameters?.() ?? [];
    const parameters = fn.getParameters?.() ?? [];
    const out = [];
    let stored = false;
    for (const site of this.callSites(outer, factoryName)) {
      if (site.kind !== "call") continue;
      const declaration = site.call.getParent();
      if (!declaration || !Node6.isVariableDeclaration(declaration) || !Node6.isIdentifier(declaration.getNameNode()))
        continue;
      stored = true;
      for (const reference of this.referencesTo(declaration.getNameNode())) {
        const call = reference.getParent();
        if (!call || !Node6.isCallExpression(call) || call.getExpression() !== reference) continue;
        const callers = this.of(call, depth + 1);
        if (callers instanceof Unresolved) return callers;
        for (const caller of callers) {
          this.within(caller, () => {
            const made = this.ev.evaluateArguments(site.call.getArguments(), 0);
            const given = this.ev.evaluateArguments(call.getArguments(), 0);
            const bind = (list, values) => list.map((p, i) => [
              p,
              values instanceof Unresolved ? values : Node6.isParameterDeclaration(p) && p.isRestParameter() ? values.slice(i) : values[i]
            ]);
            out.push({
              bindings: [...caller.bindings, ...bind(factoryParameters, made), ...bind(parameters, given)],
              conditions: caller.conditions,
              ...caller.self ? { self: caller.self } : {},
              ...caller.during ? { during: caller.during } : {}
            });
          });
        }
        if (out.length > MAX_CONTEXTS)
          return new Unresolved(
            `runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`,
            this.ev.at(fn),
            true
          );
      }
    }
    return stored && out.length > 0 ? out : void 0;
  }
  perElement(call, receiver, parameters, depth) {
    const callers = this.of(call, depth + 1);
    if (callers instanceof Unresolved) return callers;
    const out = [];
    for (const caller of callers) {
      const list = this.within(caller, () => hostValue(this.ev.evaluate(receiver)));
      if (!Array.isArray(list)) {
        const why = list instanceof Unresolved ? list.reason : "it is not a list mcpver can read";
        return new Unresolved(
          `runs for each element of \`${conditionText(receiver)}\`, which is only known when the code runs: ${why}`,
          this.ev.at(call),
          true
        );
      }
      list.forEach((element, i) => {
        const bindings = [];
        if (parameters[0]) bindings.push([parameters[0], element]);
        if (parameters[1]) bindings.push([parameters[1], i]);
        out.push({
          bindings: [...caller.bindings, ...bindings],
          conditions: [...caller.conditions, ...conditionsOf(element)],
          ...caller.self ? { self: caller.self } : {},
          ...caller.during ? { during: caller.during } : {}
        });
      });
    }
    return out;
  }
  /** The name a function is called by: its own, the variable or property it is assigned to, or its class for a constructor. */
  nameOf(fn) {
    if (Node6.isConstructorDeclaration(fn))
      return fn.getParent().getNameNode?.();
    const own = fn.getNameNode?.();
    if (own && Node6.isIdentifier(own)) return own;
    const parent = fn.getParent();
    if (parent && (Node6.isVariableDeclaration(parent) || Node6.isPropertyAssignment(parent) || Node6.isPropertyDeclaration(parent))) {
      const name = parent.getNameNode();
      return Node6.isIdentifier(name) ? name : void 0;
    }
    return void 0;
  }
  /** The calls of a function in the analysed sources, and the lists it is handed to as a callback (`tools.forEach(register)`). */
  callSites(fn, nameNode) {
    const constructor = Node6.isConstructorDeclaration(fn);
    const sites = [];
    for (const reference of this.referencesTo(nameNode)) {
      const access = reference.getParent();
      const callee = access && Node6.isPropertyAccessExpression(access) && access.getNameNode() === reference ? access : reference;
      const call = callee.getParent();
      if (constructor) {
        if (call && Node6.isNewExpression(call) && call.getExpression() === callee)
          sites.push({ kind: "call", call });
        continue;
      }
      if (!call || !Node6.isCallExpression(call)) continue;
      if (call.getExpression() === callee)
        sites.push({ kind: "call", call, ...this.guesses.has(reference) ? { guess: true } : {} });
      else if (call.getArguments()[0] === callee) {
        const method = call.getExpression();
        if (Node6.isPropertyAccessExpression(method) && ARRAY_CALLBACKS.has(method.getName()))
          sites.push({ kind: "callback", call, receiver: method.getExpression() });
      }
      if (sites.length > MAX_CONTEXTS) break;
    }
    return sites;
  }
  /** Identifiers of the analysed files by name, built once: where a function may be called. */
  names;
  /** References found by name alone (the checker could not say which declaration they name). */
  guesses = /* @__PURE__ */ new Set();
  /** The identifiers in the analysed files that name the same declaration as `nameNode` (not the declaration itself). */
  referencesTo(nameNode) {
    if (!this.names) {
      this.names = /* @__PURE__ */ new Map();
      for (const file of nameNode.getProject().getSourceFiles()) {
        if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath())) continue;
        for (const identifier of file.getDescendantsOfKind(SyntaxKind5.Identifier)) {
          const list = this.names.get(identifier.getText());
          if (list) list.push(identifier);
          else this.names.set(identifier.getText(), [identifier]);
        }
      }
    }
    const declaration = nameNode.getParent();
    const declarationsOf = (identifier) => {
      const symbol = identifier.getSymbol();
      const target = symbol?.isAlias() ? symbol.getAliasedSymbol() ?? symbol : symbol;
      return target?.getDeclarations() ?? [];
    };
    const untypedMethodCall = (identifier) => (Node6.isMethodDeclaration(declaration) || Node6.isPropertyDeclaration(declaration) || Node6.isPropertyAssignment(declaration) || Node6.isShorthandPropertyAssignment(declaration)) && Node6.isPropertyAccessExpression(identifier.getParent()) && // Untyped, or typed only by an interface the object implements (`context.accountTool(…)` on a `McpRegistrationContext`).
    declarationsOf(identifier).every((d) => Node6.isMethodSignature(d) || Node6.isPropertySignature(d));
    return (this.names.get(nameNode.getText()) ?? []).filter((identifier) => {
      if (identifier === nameNode) return false;
      if (declarationsOf(identifier).includes(declaration)) return true;
      if (!untypedMethodCall(identifier)) return false;
      this.guesses.add(identifier);
      return true;
    });
  }
  /** Whether a value (an instance, an object, a class) has `fn` as the method of that name. */
  hasMethod(value, fn) {
    const name = fn.getName?.();
    if (!name || !Node6.isMethodDeclaration(fn)) return true;
    const member = this.ev.read(value, name, fn);
    return member instanceof SourceFunction && member.node === fn;
  }
  /** `this` for a method called as `obj.method(…)`: the object; for a constructor: the instance it builds. */
  selfAt(fn, call) {
    if (Node6.isConstructorDeclaration(fn)) {
      const cls = fn.getParent();
      if (Node6.isClassDeclaration(cls) || Node6.isClassExpression(cls)) {
        const args = this.ev.evaluateArguments(call.getArguments(), 0);
        return {
          value: this.ev.construct(new SourceClass(cls, this.ev.at(cls)), args instanceof Unresolved ? [] : args, call)
        };
      }
    }
    if (!Node6.isMethodDeclaration(fn) && !Node6.isGetAccessorDeclaration(fn)) return void 0;
    const callee = call.getExpression();
    if (Node6.isPropertyAccessExpression(callee)) {
      const target = callee.getExpression();
      if (target.getKind() === SyntaxKind5.ThisKeyword) return void 0;
      return { value: this.ev.evaluate(target) };
    }
    return void 0;
  }
  /** `this` in a method no source calls (a framework does: `McpAgent.init`): an instance of its class, built without arguments. */
  selfOf(fn) {
    if (!Node6.isMethodDeclaration(fn) && !Node6.isConstructorDeclaration(fn) && !Node6.isGetAccessorDeclaration(fn))
      return {};
    const cls = fn.getParent();
    if (!Node6.isClassDeclaration(cls) && !Node6.isClassExpression(cls)) return {};
    if (Node6.isMethodDeclaration(fn) && fn.isStatic())
      return { self: { value: new SourceClass(cls, this.ev.at(cls)) } };
    const unknown = new Unresolved(
      `an argument of \`new ${cls.getName() ?? "class"}(\u2026)\`, which no code in the sources calls`,
      this.ev.at(cls)
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
  injected(parameter) {
    if (!Node6.isParameterDeclaration(parameter)) return void 0;
    const decorator = parameter.getDecorators().find((d) => ["injectAll", "inject"].includes(d.getName()));
    const token = decorator?.getArguments()[0];
    if (!decorator || !token || !Node6.isIdentifier(token)) return void 0;
    const all = decorator.getName() === "injectAll";
    const values = [];
    for (const file of parameter.getProject().getSourceFiles()) {
      if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath())) continue;
      for (const call of file.getDescendantsOfKind(SyntaxKind5.CallExpression)) {
        const callee = call.getExpression();
        const [key, provider] = call.getArguments();
        if (!Node6.isPropertyAccessExpression(callee) || callee.getName() !== "register" || !key || key.getText() !== token.getText() || !provider || !Node6.isObjectLiteralExpression(provider))
          continue;
        const useValue = provider.getProperty("useValue");
        if (!useValue || !Node6.isPropertyAssignment(useValue)) {
          return new Unresolved(
            `\`${token.getText()}\` is provided at ${this.ev.at(call).file}:${this.ev.at(call).line} by a class or factory mcpver does not build`,
            this.ev.at(call),
            true
          );
        }
        const ways = this.of(call);
        if (ways instanceof Unresolved) return ways;
        for (const way of ways) values.push(this.within(way, () => this.ev.evaluate(useValue.getInitializerOrThrow())));
      }
    }
    return all ? values : values.length > 0 ? values[values.length - 1] : void 0;
  }
};
function guardsBefore(block, child, fn) {
  if (!Node6.isBlock(block)) return [];
  const statements = block.getStatements();
  const guards = [];
  for (const statement of statements.slice(0, statements.indexOf(child))) {
    if (!Node6.isIfStatement(statement)) continue;
    const inLoop = isInLoop(statement, fn);
    const [then, otherwise] = [statement.getThenStatement(), statement.getElseStatement()];
    const [thenExits, elseExits] = [exits(then, inLoop), exits(otherwise, inLoop)];
    if (thenExits && !elseExits) guards.push({ structure: statement, child: otherwise ?? statement });
    else if (elseExits && !thenExits) guards.push({ structure: statement, child: then });
  }
  return guards;
}
function exits(statement, inLoop) {
  if (!statement) return false;
  if (Node6.isReturnStatement(statement)) return true;
  if (Node6.isContinueStatement(statement)) return inLoop && !statement.getLabel();
  if (Node6.isBlock(statement)) return exits(statement.getStatements().at(-1), inLoop);
  return false;
}
function isInLoop(node, fn) {
  for (let current = node.getParent(); current && current !== fn; current = current.getParent())
    if (Node6.isForOfStatement(current) || Node6.isForInStatement(current) || Node6.isForStatement(current) || Node6.isWhileStatement(current) || Node6.isDoStatement(current))
      return true;
  return false;
}

// src/surface/mcp-static/registrations.ts
var METHODS = {
  registerToolTask: "tool",
  registerTool: "tool",
  tool: "tool",
  registerPrompt: "prompt",
  prompt: "prompt",
  registerResource: "resource",
  resource: "resource"
};
var UNAMBIGUOUS = /* @__PURE__ */ new Set(["registerTool", "registerToolTask", "registerPrompt", "registerResource"]);
var ADD_METHODS = {
  addTool: "tool",
  addPrompt: "prompt",
  addResource: "resource",
  addResourceTemplate: "resource"
};
var ADD_MANY = {
  addTools: "addTool",
  addPrompts: "addPrompt",
  addResources: "addResource",
  addResourceTemplates: "addResourceTemplate"
};
var LIST_REQUESTS = {
  ListToolsRequestSchema: "tools",
  ListPromptsRequestSchema: "prompts",
  ListResourcesRequestSchema: "resources",
  ListResourceTemplatesRequestSchema: "resourceTemplates",
  "tools/list": "tools",
  "prompts/list": "prompts",
  "resources/list": "resources",
  "resources/templates/list": "resourceTemplates"
};
function findDeclarations(files, evaluator) {
  const found = { registrations: [], handlers: [], servers: [], capabilities: [], unresolved: [], notes: [] };
  const contexts = new Contexts(evaluator);
  for (const file of files) {
    for (const call of file.getDescendantsOfKind(SyntaxKind6.CallExpression)) {
      const callee = call.getExpression();
      if (!Node7.isPropertyAccessExpression(callee)) continue;
      const method = callee.getName();
      if (method === "setRequestHandler") readHandler(call, evaluator, contexts, found);
      else if (method === "registerCapabilities") found.capabilities.push(evaluator.evaluate(call.getArguments()[0]));
      else if (method in METHODS) readRegistrations(call, method, evaluator, contexts, found);
      else if (method in ADD_METHODS && call.getArguments().length === 1)
        readAdded(call, method, evaluator, contexts, found);
      else if (method in ADD_MANY && call.getArguments().length === 1)
        readAdded(call, ADD_MANY[method], evaluator, contexts, found, true);
    }
    for (const construction of file.getDescendantsOfKind(SyntaxKind6.NewExpression)) {
      const kind = construction.getExpression().getText();
      if (kind !== "McpServer" && kind !== "Server") continue;
      const [info, options] = construction.getArguments();
      found.servers.push({
        kind,
        info: evaluator.evaluate(info),
        options: evaluator.evaluate(options),
        location: evaluator.at(construction),
        connected: isConnected(construction),
        node: construction
      });
    }
  }
  return found;
}
function contextsOrGap(call, evaluator, contexts, found, sure) {
  const all = contexts.of(call);
  if (all instanceof Unresolved) {
    if (sure)
      found.unresolved.push(new Unresolved(all.reason.replace(/^runs/, "registered"), evaluator.at(call), true));
    return [];
  }
  return all;
}
function callsSourceMethod(call, evaluator) {
  const callee = call.getExpression();
  if (!Node7.isPropertyAccessExpression(callee)) return false;
  const symbol = callee.getNameNode().getSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  if (declarations.some(
    (d) => evaluator.isSource(d.getSourceFile().getFilePath()) && !d.getSourceFile().isDeclarationFile() && (Node7.isMethodDeclaration(d) || Node7.isPropertyDeclaration(d) || Node7.isPropertyAssignment(d) || Node7.isFunctionDeclaration(d))
  ))
    return true;
  if (declarations.length > 0 || callee.getExpression().getKind() !== SyntaxKind6.ThisKeyword) return false;
  const cls = call.getFirstAncestor((a) => Node7.isClassDeclaration(a) || Node7.isClassExpression(a));
  return Boolean(cls?.getMethod?.(callee.getName()));
}
function readRegistrations(call, method, evaluator, contexts, found) {
  if (call.getArguments().length < 2 || callsSourceMethod(call, evaluator)) return;
  for (const context of contextsOrGap(
    call,
    evaluator,
    contexts,
    found,
    UNAMBIGUOUS.has(method) || looksLikeRegistration(call, evaluator)
  )) {
    contexts.within(
      context,
      () => readOne(
        call,
        method,
        context.during ? [...context.conditions, context.during] : context.conditions,
        evaluator,
        found,
        context.during
      )
    );
  }
}
function readOne(call, method, conditions, evaluator, found, during) {
  const args = call.getArguments();
  const name = hostValue(evaluator.evaluate(args[0]));
  if (typeof name !== "string") {
    if (UNAMBIGUOUS.has(method) && during) {
      found.notes.push(
        new Unresolved(
          `a ${METHODS[method]} is registered ${during}, with a name only known then: clients see it only after that request`,
          evaluator.at(call)
        )
      );
    } else if (UNAMBIGUOUS.has(method) || name instanceof Unresolved && looksLikeRegistration(call, evaluator)) {
      const reason = name instanceof Unresolved ? name.reason : `the name given to ${method} is not a string`;
      found.unresolved.push(
        new Unresolved(`a ${METHODS[method]} whose name is not known: ${reason}`, evaluator.at(call), true)
      );
    }
    return;
  }
  const values = args.map((a) => evaluator.evaluate(a));
  const last = values[values.length - 1];
  if (!UNAMBIGUOUS.has(method) && !(last instanceof SourceFunction) && !(last instanceof Unresolved && Node7.isIdentifier(args[args.length - 1])))
    return;
  found.registrations.push({
    kind: METHODS[method],
    method,
    name,
    args: values,
    location: evaluator.at(call),
    conditions: [...new Set(conditions)],
    site: call
  });
}
function looksLikeRegistration(call, evaluator) {
  const callee = call.getExpression();
  const receiver = Node7.isPropertyAccessExpression(callee) ? hostValue(evaluator.evaluate(callee.getExpression())) : void 0;
  if (typeof receiver === "object" && receiver !== null && receiver.constructor?.name === "McpServer")
    return true;
  if (/\bMcpServer\b/.test(Node7.isPropertyAccessExpression(callee) ? callee.getExpression().getType().getText() : ""))
    return true;
  const args = call.getArguments();
  const first = args[0];
  const last = args[args.length - 1];
  if (!first || !last || args.length < 2) return false;
  const isFunction = (n) => Node7.isArrowFunction(n) || Node7.isFunctionExpression(n);
  return isFunction(last) && !isFunction(first) && !Node7.isObjectLiteralExpression(first) && !Node7.isArrayLiteralExpression(first);
}
function readAdded(call, method, evaluator, contexts, found, many = false) {
  for (const context of contextsOrGap(call, evaluator, contexts, found, false)) {
    contexts.within(context, () => {
      const argument = hostValue(evaluator.evaluate(call.getArguments()[0]));
      if (many) {
        if (argument instanceof Unresolved)
          found.unresolved.push(
            new Unresolved(`the list given to ${method}s is not known: ${argument.reason}`, evaluator.at(call), true)
          );
        if (Array.isArray(argument))
          for (const element of argument) addOne(call, method, element, context, evaluator, found);
        return;
      }
      addOne(call, method, argument, context, evaluator, found);
    });
  }
}
function addOne(call, method, value, context, evaluator, found) {
  const definition = hostValue(value);
  if (!isPlainObject(definition)) return;
  const name = hostValue(definition.name);
  const hasBody = definition.execute instanceof SourceFunction || definition.load instanceof SourceFunction;
  if (!hasBody) return;
  if (typeof name !== "string") {
    found.unresolved.push(
      new Unresolved(
        `an item added with ${method} whose name is not known${name instanceof Unresolved ? `: ${name.reason}` : ""}`,
        evaluator.at(call),
        true
      )
    );
    return;
  }
  const kind = ADD_METHODS[method];
  const conditions = [.../* @__PURE__ */ new Set([...context.conditions, ...conditionsOf(definition)])];
  const location = evaluator.at(call);
  if (kind === "tool") {
    const config = {
      description: definition.description,
      inputSchema: definition.parameters,
      annotations: definition.annotations,
      ...definition.outputSchema ? { outputSchema: definition.outputSchema } : {}
    };
    found.registrations.push({
      kind,
      method: "registerTool",
      name,
      args: [name, stripUndefined(config), definition.execute],
      location,
      conditions,
      site: call
    });
  } else if (kind === "prompt") {
    const args = Array.isArray(definition.arguments) ? definition.arguments : [];
    found.handlers.push({
      list: "prompts",
      items: [stripUndefined({ name, description: definition.description, arguments: args })],
      location
    });
  } else {
    const uri = definition.uri ?? definition.uriTemplate;
    found.handlers.push({
      list: definition.uriTemplate ? "resourceTemplates" : "resources",
      items: [
        stripUndefined({
          ...definition.uriTemplate ? { uriTemplate: uri } : { uri },
          name,
          description: definition.description,
          mimeType: definition.mimeType
        })
      ],
      location
    });
  }
}
var stripUndefined = (record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== void 0));
function readHandler(call, evaluator, contexts, found) {
  const [schema, handler] = call.getArguments();
  const key = schema ? Node7.isStringLiteral(schema) ? schema.getLiteralValue() : schema.getText().split(".").pop() ?? "" : "";
  const list = LIST_REQUESTS[key];
  if (!list || !handler) return;
  const location = evaluator.at(call);
  const results = [];
  const changers = fieldChangers(handler, call);
  const unknownAdditions = /* @__PURE__ */ new Map();
  for (const context of contextsOrGap(call, evaluator, contexts, found, true)) {
    contexts.within(context, () => {
      const fn = evaluator.evaluate(handler);
      if (!(fn instanceof SourceFunction)) {
        results.push(
          fn instanceof Unresolved ? fn : new Unresolved(`the ${list} list handler is not a function mcpver can read`, location)
        );
        return;
      }
      const self = context.self?.value;
      const before = isInstance(self) ? { ...self } : void 0;
      try {
        if (isInstance(self)) replayChanges(changers, self, evaluator, contexts, unknownAdditions);
        results.push(...listPages(fn, list, context.conditions, evaluator, call, location));
      } finally {
        if (before && isInstance(self)) {
          for (const key2 of Object.keys(self)) if (!(key2 in before)) delete self[key2];
          Object.assign(self, before);
        }
      }
    });
  }
  found.unresolved.push(...unknownAdditions.values());
  const lists = results.filter((r) => Array.isArray(r));
  const failed = results.find((r) => r instanceof Unresolved);
  if (lists.length === 0) {
    found.unresolved.push(
      new Unresolved(
        failed ? `the ${list} list handler: ${failed.reason}` : `the ${list} list handler does not return a list mcpver can read`,
        failed?.location.file ? failed.location : location,
        true
      )
    );
    return;
  }
  if (failed)
    found.unresolved.push(
      new Unresolved(
        `the ${list} list handler returns a list mcpver could not read on one of the ways it runs: ${failed.reason}`,
        failed.location.file ? failed.location : location,
        true
      )
    );
  for (const items of lists) found.handlers.push({ list, items, location });
}
var ADDERS = /* @__PURE__ */ new Set(["set", "push", "add", "unshift", "splice"]);
function fieldChangers(handler, call) {
  const cls = call.getFirstAncestor((a) => Node7.isClassDeclaration(a) || Node7.isClassExpression(a));
  if (!cls) return [];
  const handlerText = handler.getText();
  const out = [];
  for (const method of cls.getMethods()) {
    const changed = /* @__PURE__ */ new Set();
    for (const binary of method.getDescendantsOfKind(SyntaxKind6.BinaryExpression)) {
      const left = binary.getLeft();
      if (binary.getOperatorToken().getKind() === SyntaxKind6.EqualsToken && Node7.isPropertyAccessExpression(left) && left.getExpression().getKind() === SyntaxKind6.ThisKeyword)
        changed.add(left.getName());
    }
    for (const inner of method.getDescendantsOfKind(SyntaxKind6.CallExpression)) {
      const callee = inner.getExpression();
      if (!Node7.isPropertyAccessExpression(callee) || !ADDERS.has(callee.getName())) continue;
      const target = callee.getExpression();
      if (Node7.isPropertyAccessExpression(target) && target.getExpression().getKind() === SyntaxKind6.ThisKeyword)
        changed.add(target.getName());
    }
    const field = [...changed].find((f) => new RegExp(`\\bthis\\.${f}\\b`).test(handlerText));
    if (!field) continue;
    const callers = cls.getSourceFile().getProject().getSourceFiles().flatMap(
      (f) => f.getDescendantsOfKind(SyntaxKind6.PropertyAccessExpression).filter(
        (p) => p.getName() === method.getName() && Node7.isCallExpression(p.getParent()) && p.getParent().getExpression() === p && !p.getFirstAncestor((a) => Node7.isConstructorDeclaration(a))
      ).map((p) => p.getParent())
    );
    if (callers.length > 0) out.push({ method, field, callers });
  }
  return out;
}
function replayChanges(changers, self, evaluator, contexts, unknown) {
  for (const { method, field, callers } of changers) {
    for (const caller of callers) {
      const where = evaluator.at(caller);
      const gap = (why) => {
        const key = `${where.file}:${where.line}`;
        if (!unknown.has(key))
          unknown.set(
            key,
            new Unresolved(
              `the list comes from \`this.${field}\`, which \`${method.getName()}\` changes after start-up (called at ${where.file}:${where.line}) with what ${why}`,
              where,
              true
            )
          );
      };
      const ways = contexts.of(caller);
      if (ways instanceof Unresolved) {
        gap(`is only known when the code runs: ${ways.reason}`);
        continue;
      }
      for (const way of ways) {
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
            const hidden = arg.find((e) => e instanceof Unresolved);
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
var MAX_PAGES = 100;
function listPages(fn, list, conditions, evaluator, call, location) {
  const method = list === "resourceTemplates" ? "resources/templates/list" : `${list}/list`;
  const pages = [];
  let cursor;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const request = { method, params: cursor === void 0 ? {} : { cursor } };
    const result = hostValue(evaluator.call(fn, [request, new Unresolved("the request context", location)], call));
    if (!isPlainObject(result)) {
      pages.push(
        result instanceof Unresolved ? result : new Unresolved(`the ${list} list handler does not return an object with a "${list}" list`, location)
      );
      break;
    }
    pages.push(withItemConditions(result[list], conditions));
    const next = hostValue(result.nextCursor);
    if (typeof next !== "string" || next === cursor) break;
    cursor = next;
  }
  return pages;
}
function withItemConditions(items, conditions) {
  return Array.isArray(items) && conditions.length > 0 ? items.map((item) => withConditions(item, conditions)) : items;
}
function isConnected(construction) {
  const declaration = construction.getParent();
  if (!declaration || !Node7.isVariableDeclaration(declaration)) return false;
  const name = declaration.getName();
  return construction.getSourceFile().getDescendantsOfKind(SyntaxKind6.CallExpression).some((call) => {
    const callee = call.getExpression();
    return Node7.isPropertyAccessExpression(callee) && callee.getName() === "connect" && callee.getExpression().getText() === name;
  });
}
function receiverConstruction(registration) {
  const call = registration.site;
  if (!Node7.isCallExpression(call)) return void 0;
  const callee = call.getExpression();
  if (!Node7.isPropertyAccessExpression(callee)) return void 0;
  const receiver = callee.getExpression();
  if (!Node7.isIdentifier(receiver)) return void 0;
  const declaration = receiver.getSymbol()?.getDeclarations()[0];
  const initializer = declaration && Node7.isVariableDeclaration(declaration) ? declaration.getInitializer() : void 0;
  return initializer && Node7.isNewExpression(initializer) ? initializer : void 0;
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/inMemory.js
var InMemoryTransport = class _InMemoryTransport {
  constructor() {
    this._messageQueue = [];
  }
  /**
   * Creates a pair of linked in-memory transports that can communicate with each other. One should be passed to a Client and one to a Server.
   */
  static createLinkedPair() {
    const clientTransport = new _InMemoryTransport();
    const serverTransport = new _InMemoryTransport();
    clientTransport._otherTransport = serverTransport;
    serverTransport._otherTransport = clientTransport;
    return [clientTransport, serverTransport];
  }
  async start() {
    while (this._messageQueue.length > 0) {
      const queuedMessage = this._messageQueue.shift();
      this.onmessage?.(queuedMessage.message, queuedMessage.extra);
    }
  }
  async close() {
    const other = this._otherTransport;
    this._otherTransport = void 0;
    await other?.close();
    this.onclose?.();
  }
  /**
   * Sends a message with optional auth info.
   * This is useful for testing authentication scenarios.
   */
  async send(message, options) {
    if (!this._otherTransport) {
      throw new Error("Not connected");
    }
    if (this._otherTransport.onmessage) {
      this._otherTransport.onmessage(message, { authInfo: options?.authInfo });
    } else {
      this._otherTransport._messageQueue.push({ message, extra: { authInfo: options?.authInfo } });
    }
  }
};

// src/surface/mcp-static/replay.ts
var SCHEMA_KEYS = /* @__PURE__ */ new Set(["inputSchema", "outputSchema", "argsSchema", "paramsSchema"]);
var HANDLERS = {
  tool: () => async () => ({ content: [] }),
  prompt: () => async () => ({ messages: [] }),
  resource: () => async () => ({ contents: [] })
};
function prepare(value, kind, host, markers, key, siblings) {
  if (value instanceof SourceFunction) return HANDLERS[kind]();
  if (value instanceof Unresolved) {
    if (key && SCHEMA_KEYS.has(key)) {
      const z = host.zod;
      return z.object({}).describe(markers.mark(value));
    }
    if (siblings && siblings.some(isLibraryValue) && siblings.every((s) => isLibraryValue(s) || s instanceof Unresolved))
      return markerSchema(host, markers, value);
    return markers.mark(value);
  }
  if (Array.isArray(value)) return value.map((v) => prepare(v, kind, host, markers));
  if (value && typeof value === "object" && value.constructor === Object) {
    const entries = Object.entries(value);
    if (entries.length === 0 && key && SCHEMA_KEYS.has(key))
      return host.zod.object({});
    return Object.fromEntries(
      entries.map(([k, v]) => [
        k,
        prepare(
          v,
          kind,
          host,
          markers,
          k,
          entries.map(([, x]) => x)
        )
      ])
    );
  }
  return value;
}
function positionalSchemaGap(registration, index) {
  if (registration.method !== "tool") return false;
  const args = registration.args;
  if (!(args[index] instanceof Unresolved) || index === 0 || index === args.length - 1) return false;
  return index >= 2 || args.length === 3;
}
function conditionalProperties(registration) {
  if (registration.kind !== "tool") return [];
  const own = new Set(registration.conditions);
  const shapes = [];
  for (const arg of registration.args) {
    const value = hostValue(arg);
    if (!isPlainObject(value)) continue;
    shapes.push(value);
    for (const key of SCHEMA_KEYS) if (isPlainObject(hostValue(value[key]))) shapes.push(hostValue(value[key]));
  }
  const notes = [];
  for (const shape of shapes) {
    for (const [property, schema] of Object.entries(shape)) {
      if (!isLibraryValue(hostValue(schema))) continue;
      const only = conditionsOf(schema).filter((c) => !own.has(c));
      if (only.length === 0) continue;
      notes.push(
        new Unresolved(
          `the input property "${property}" of the tool "${registration.name}" is in its schema only when \`${allOf(only)}\` (the schemas of every path are listed as one)`,
          registration.location
        )
      );
    }
  }
  return notes;
}
var isText = (v) => typeof v === "string" && !v.startsWith("\0");
var LIST_KEY = {
  tools: "tool",
  prompts: "prompt",
  resources: "resource",
  resourceTemplates: "resource-template"
};
async function listSurface(found, host, markers, locate) {
  const construction = found.servers.find((s) => s.connected) ?? found.servers.find((s) => s.kind === "McpServer") ?? found.servers[0];
  const info = unwrapHost(construction?.info);
  const options = unwrapHost(construction?.options);
  const serverInfo = info && isText(info.name) && isText(info.version) ? { name: info.name, version: info.version } : void 0;
  const instructions = options?.instructions instanceof Unresolved ? markers.mark(options.instructions) : typeof options?.instructions === "string" ? options.instructions : void 0;
  const declared = options?.capabilities && typeof options.capabilities === "object" && !(options.capabilities instanceof Unresolved) ? options.capabilities : {};
  for (const extra of found.capabilities) {
    const value = unwrapHost(extra);
    if (extra instanceof Unresolved) markers.notes.push(extra);
    else if (value && typeof value === "object") mergeCapabilities(declared, value);
  }
  const listing = {
    capabilities: { ...declared },
    tools: [],
    prompts: [],
    resources: [],
    resourceTemplates: [],
    ...serverInfo ? { serverInfo } : {},
    ...instructions !== void 0 ? { instructions } : {}
  };
  const connected = found.servers.some((s) => s.connected);
  const unconnected = new Set(found.servers.filter((s) => !s.connected).map((s) => s.node));
  if (connected)
    found.registrations = found.registrations.filter((r) => !unconnected.has(receiverConstruction(r)));
  if (found.registrations.length > 0)
    await replay(found, listing, host, markers, locate, construction?.kind === "Server");
  const listed = /* @__PURE__ */ new Map();
  for (const item of [...listing.tools.map((t) => `tool:${t.name}`), ...listing.prompts.map((p) => `prompt:${p.name}`)])
    listed.set(item, true);
  for (const handler of found.handlers) {
    const key = LIST_KEY[handler.list];
    for (const raw of handler.items) {
      const item = unwrapHost(raw);
      if (item instanceof Unresolved) {
        found.unresolved.push(
          new Unresolved(
            `an item of the ${handler.list} list is not known: ${item.reason}`,
            item.location.file ? item.location : handler.location,
            true
          )
        );
        continue;
      }
      const record = item && typeof item === "object" && !Array.isArray(item) ? item : void 0;
      const id = handler.list === "resources" ? record?.uri : handler.list === "resourceTemplates" ? record?.uriTemplate : record?.name;
      if (typeof id !== "string") {
        const why = id instanceof Unresolved ? `: ${id.reason}` : "";
        found.unresolved.push(
          new Unresolved(
            `an item of the ${handler.list} list whose ${handler.list.startsWith("resource") ? "URI" : "name"} is not known${why}`,
            id instanceof Unresolved && id.location.file ? id.location : handler.location,
            true
          )
        );
        continue;
      }
      const previous = listed.get(`${key}:${id}`);
      if (previous !== void 0) {
        if (previous !== raw && JSON.stringify(prepareJson(item, markers)) !== JSON.stringify(previous)) {
          found.notes.push(
            new Unresolved(
              `the ${key} "${id}" is listed differently in two places; the first is used`,
              handler.location
            )
          );
        }
        locate(`${key}:${id}`, handler.location, conditionsOf(raw));
        continue;
      }
      const prepared = prepareJson(item, markers);
      listed.set(`${key}:${id}`, prepared);
      listing[handler.list].push(prepared);
      locate(`${key}:${id}`, handler.location, conditionsOf(raw));
    }
  }
  return listing;
}
var firstLine = (error) => error.message.split("\n")[0].slice(0, 200);
function stubTool(registration, error, markers) {
  const config = unwrapHost(registration.args[1]);
  const description = typeof config?.description === "string" ? config.description : typeof registration.args[1] === "string" ? registration.args[1] : void 0;
  const gap = new Unresolved(
    `the SDK could not list the tool "${registration.name}" as rebuilt from the sources: ${firstLine(error)}`,
    registration.location
  );
  return {
    name: registration.name,
    ...description ? { description } : {},
    inputSchema: { type: "object", description: markers.mark(gap) }
  };
}
async function listAlone(one, what, listing, markers) {
  const server = new McpServer({ name: "static", version: "0.0.0" }, { capabilities: listing.capabilities });
  const client = new Client({ name: "mcpver-static", version: "1.0.0" });
  try {
    const target = one.registration.method === "registerToolTask" ? server.experimental.tasks : server;
    target[one.registration.method].apply(target, one.args);
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    if (what === "tools") return (await client.listTools()).tools;
    if (what === "prompts") return (await client.listPrompts()).prompts;
    if (what === "resources") return (await client.listResources()).resources;
    return (await client.listResourceTemplates()).resourceTemplates;
  } catch (error) {
    if (what === "tools") return [stubTool(one.registration, error, markers)];
    markers.notes.push(
      new Unresolved(
        `the SDK could not list the ${one.registration.kind} "${one.registration.name}" as rebuilt from the sources: ${firstLine(error)}`,
        one.registration.location
      )
    );
    return [];
  } finally {
    await client.close().catch(() => void 0);
    await server.close().catch(() => void 0);
  }
}
function mergeCapabilities(into, extra) {
  for (const [key, value] of Object.entries(extra)) {
    const current = into[key];
    into[key] = current && typeof current === "object" && value && typeof value === "object" ? { ...current, ...value } : value;
  }
}
function prepareJson(value, markers, key) {
  if (value instanceof Unresolved)
    return key && SCHEMA_KEYS.has(key) ? { type: "object", description: markers.mark(value) } : markers.mark(value);
  if (value instanceof SourceFunction)
    return markers.mark(new Unresolved("a function where a value was expected", value.location));
  if (Array.isArray(value)) return value.map((v) => prepareJson(v, markers));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareJson(v, markers, k)]));
  return value;
}
async function replay(found, listing, host, markers, locate, declaredOnly = false) {
  const registrations = found.registrations;
  const server = new McpServer(
    { name: listing.serverInfo?.name ?? "static", version: listing.serverInfo?.version ?? "0.0.0" },
    { capabilities: listing.capabilities }
  );
  const seen = /* @__PURE__ */ new Map();
  const unknownInputs = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const accepted = [];
  for (const registration of registrations) {
    const key = `${registration.kind}:${registration.name}`;
    const earlier = seen.get(key);
    if (earlier) {
      const listedAs = keys.get(earlier);
      if (listedAs) locate(listedAs, earlier.location, registration.conditions);
      if (earlier.site === registration.site) continue;
      const where = `${earlier.location.file}:${earlier.location.line} and ${registration.location.file}:${registration.location.line}`;
      const why = earlier.conditions.length || registration.conditions.length ? "under different conditions" : "on what may be different servers (the SDK refuses a second registration on one server)";
      found.notes.push(
        new Unresolved(
          `the ${registration.kind} "${registration.name}" is registered at ${where}, ${why}; the first is listed`,
          registration.location
        )
      );
      continue;
    }
    seen.set(key, registration);
    for (const note of conditionalProperties(registration)) found.notes.push(note);
    const args = registration.args.map((a, i) => {
      if (!positionalSchemaGap(registration, i)) return prepare(unwrapHost(a), registration.kind, host, markers);
      unknownInputs.set(String(registration.name), a);
      return {};
    });
    try {
      const target = registration.method === "registerToolTask" ? server.experimental.tasks : server;
      target[registration.method].apply(target, args);
      accepted.push({ registration, args });
      const template = registration.kind === "resource" && args[1] && typeof args[1] === "object" && "uriTemplate" in args[1];
      const uri = template ? String(args[1].uriTemplate) : String(args[1]);
      const listedAs = registration.kind === "resource" ? template ? `resource-template:${uri}` : `resource:${uri}` : key;
      locate(listedAs, registration.location, registration.conditions);
      keys.set(registration, listedAs);
    } catch (error) {
      const again = /already registered/i.test(error.message);
      markers.notes.push(
        new Unresolved(
          `the SDK refused the ${registration.kind} "${registration.name}" as rebuilt from the sources: ${error.message}`,
          registration.location,
          !again
        )
      );
    }
  }
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "mcpver-static", version: "1.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  try {
    const capabilities = client.getServerCapabilities() ?? {};
    const declared = listing.capabilities;
    if (!declaredOnly) {
      listing.capabilities = { ...capabilities };
      mergeCapabilities(listing.capabilities, declared);
    }
    const read = async (what, list, into) => {
      try {
        into.push(...await list());
      } catch (error) {
        const kind = what === "tools" ? "tool" : what === "prompts" ? "prompt" : "resource";
        const alone = accepted.filter((a) => a.registration.kind === kind);
        if (alone.length <= 1) {
          markers.notes.push(
            new Unresolved(
              `the SDK could not list the ${what} rebuilt from the sources: ${firstLine(error)}`,
              alone[0]?.registration.location ?? registrations[0].location
            )
          );
          if (kind === "tool" && alone[0]) into.push(stubTool(alone[0].registration, error, markers));
          return;
        }
        for (const one of alone) into.push(...await listAlone(one, what, listing, markers));
      }
    };
    if (capabilities.tools) {
      await read("tools", async () => (await client.listTools()).tools, listing.tools);
      for (const tool of listing.tools) {
        const unknown = unknownInputs.get(tool.name);
        if (unknown) tool.inputSchema = { type: "object", description: markers.mark(unknown) };
      }
    }
    if (capabilities.prompts)
      await read("prompts", async () => (await client.listPrompts()).prompts, listing.prompts);
    if (capabilities.resources) {
      await read("resources", async () => (await client.listResources()).resources, listing.resources);
      await read(
        "resource templates",
        async () => (await client.listResourceTemplates()).resourceTemplates,
        listing.resourceTemplates
      );
    }
  } finally {
    await client.close();
    await server.close();
  }
  for (const list of ["tools", "prompts", "resources", "resourceTemplates"])
    listing[list] = JSON.parse(JSON.stringify(listing[list]));
}

// src/surface/mcp-static/files.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync3, realpathSync, statSync } from "node:fs";
import path4 from "node:path";
var SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  "__tests__",
  "test",
  "tests",
  "__mocks__",
  "coverage",
  "examples",
  "fixtures",
  "e2e",
  "evals",
  "scripts",
  "docs",
  "bench",
  "benchmarks"
]);
var SKIPPED_FILES = /(\.d\.[cm]?ts|\.(test|spec|e2e)\.[cm]?[jt]sx?|(vitest|jest|vite|eslint|rollup|webpack|tsup|tsdown|prettier|playwright|next|babel|esbuild)\.config\.[cm]?[jt]s)$/;
var MAX_SOURCE_FILES = 5e3;
function findSourceFiles(dir, include) {
  const roots = include?.length ? include.map((p) => path4.resolve(dir, p)) : defaultRoots(dir);
  const files = [];
  const inside = realpathOr(dir);
  for (const root of roots) walk(root, files, inside);
  const beside = include?.length || !roots.includes(path4.join(dir, "src")) ? [] : entryFilesBeside(dir);
  return {
    files: withoutBuildOutput(dir, [.../* @__PURE__ */ new Set([...files, ...beside])].sort()),
    capped: files.length >= MAX_SOURCE_FILES,
    roots: [
      ...roots.map((r) => `${path4.relative(dir, r).replace(/\\/g, "/") || "."}${r === dir ? "" : "/"}`),
      ...beside.map((f) => path4.basename(f))
    ]
  };
}
var TOOL_CONFIG = /(^\.|\.config\.[cm]?[jt]sx?$|^(Gruntfile|Gulpfile|gulpfile|Jakefile|plopfile)\.)/;
var BUILD_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)['"]\.\/(?:dist|build|out|lib)\//;
function entryFilesBeside(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile() && SOURCE.test(e.name) && !SKIPPED_FILES.test(e.name) && !TOOL_CONFIG.test(e.name)).map((e) => path4.join(dir, e.name)).filter((file) => {
    try {
      return !BUILD_IMPORT.test(readFileSync3(file, "utf8"));
    } catch {
      return false;
    }
  });
}
function withoutBuildOutput(dir, files) {
  const built = (f) => /^(dist|build|out)[\\/]/.test(path4.relative(dir, f));
  const sources = files.some((f) => !built(f) && /\.[cm]?tsx?$/.test(f));
  return sources ? files.filter((f) => !built(f)) : files;
}
function realpathOr(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function defaultRoots(dir) {
  const src = path4.join(dir, "src");
  return existsSync2(src) && statSync(src).isDirectory() ? [src] : [dir];
}
function isNestedPackage(folder) {
  const file = path4.join(folder, "package.json");
  if (!existsSync2(file)) return false;
  try {
    return typeof JSON.parse(readFileSync3(file, "utf8")).name === "string";
  } catch {
    return false;
  }
}
function walk(entry, out, packageRoot) {
  if (!existsSync2(entry) || out.length >= MAX_SOURCE_FILES) return;
  if (statSync(entry).isFile()) {
    if (SOURCE.test(entry) && !SKIPPED_FILES.test(entry)) out.push(entry);
    return;
  }
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    const full = path4.join(entry, child.name);
    if (child.isSymbolicLink()) {
      const target = realpathOr(full);
      if (target.startsWith(packageRoot + path4.sep) && statSync(full, { throwIfNoEntry: false })?.isFile())
        walk(full, out, packageRoot);
      continue;
    }
    if (child.isDirectory()) {
      if (SKIPPED_DIRS.has(child.name) || child.name.startsWith(".") || isNestedPackage(full)) continue;
      walk(full, out, packageRoot);
    } else if (child.isFile()) walk(full, out, packageRoot);
  }
}

// src/surface/mcp-static/cross-check.ts
var LISTS = [
  ["tools", "tool", (x) => String(x.name)],
  ["prompts", "prompt", (x) => String(x.name)],
  ["resources", "resource", (x) => String(x.uri)],
  ["resourceTemplates", "resource template", (x) => String(x.uriTemplate)]
];
var MAX_NAMES = 5;
var PLURAL = {
  tool: "tools",
  prompt: "prompts",
  resource: "resources",
  "resource template": "resource templates"
};
var FIELDS = ["description", "inputSchema", "outputSchema", "annotations", "arguments", "mimeType", "title"];
function crossCheckSurfaces(runtime, fromSource) {
  const warnings = [];
  const flags = (c) => new Set(
    Object.entries(c).flatMap(([k, v]) => [
      k,
      ...v && typeof v === "object" ? Object.keys(v).map((s) => `${k}.${s}`) : []
    ])
  );
  const [running, extracted] = [flags(runtime.capabilities), flags(fromSource.capabilities)];
  for (const flag of running)
    if (!extracted.has(flag))
      warnings.push({
        part: "mcp",
        message: `The running server declares the capability "${flag}", which static extraction did not find`
      });
  for (const flag of extracted)
    if (!running.has(flag))
      warnings.push({
        part: "mcp",
        message: `The sources declare the capability "${flag}", but the running server does not`
      });
  for (const [list, noun, key] of LISTS) {
    const running2 = new Map(runtime[list].map((x) => [key(x), x]));
    const extracted2 = new Map(fromSource[list].map((x) => [key(x), x]));
    for (const [name, item] of extracted2) {
      const location = fromSource.locations?.[`${noun.replace(" ", "-")}:${name}`];
      const other = running2.get(name);
      if (!other) {
        warnings.push({
          part: "mcp",
          message: `The sources declare the ${noun} "${name}", but the running server did not list it (registered conditionally, or later?)`,
          ...location ? { location } : {}
        });
        continue;
      }
      for (const field of FIELDS) {
        if (canonical(item[field]) !== canonical(other[field])) {
          warnings.push({
            part: "mcp",
            message: `Static extraction and the running server disagree on the ${field} of the ${noun} "${name}"`,
            ...location ? { location } : {}
          });
        }
      }
    }
    const missing = [...running2.keys()].filter((name) => !extracted2.has(name));
    if (missing.length === 1)
      warnings.push({
        part: "mcp",
        message: `The running server lists the ${noun} "${missing[0]}", which static extraction did not find in the sources`
      });
    else if (missing.length > 1) {
      const shown = missing.slice(0, MAX_NAMES).map((n) => `"${n}"`).join(", ");
      warnings.push({
        part: "mcp",
        message: `The running server lists ${missing.length} ${PLURAL[noun]} that static extraction did not find in the sources: ${shown}${missing.length > MAX_NAMES ? `, and ${missing.length - MAX_NAMES} more` : ""}`
      });
    }
  }
  return warnings;
}

// src/surface/mcp-static/index.ts
async function takeStaticMcpSurface(dir, options = {}) {
  try {
    return await extract(path5.resolve(dir), options);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(`Static extraction of the MCP surface in ${dir} failed: ${error.message}`, {
      cause: error
    });
  }
}
async function extract(root, options) {
  const { files, roots, capped } = findSourceFiles(root, options.include);
  if (files.length === 0)
    throw new SnapshotError(
      `No source files to read in ${root}${options.include ? ` (include: ${options.include.join(", ")})` : ""}.`
    );
  const workspace = workspacePackages(root);
  const project = new Project({
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noEmit: true,
      skipLibCheck: true,
      noLib: true,
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      target: ts.ScriptTarget.ES2022,
      ...pathMapping(root)
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    // Dependencies are never read (their values come from the libraries mcpver loads itself, or are
    // unknown): resolving them would parse thousands of declaration files for nothing.
    resolutionHost: (moduleHost, getOptions) => ({
      resolveModuleNames: (names, containingFile) => names.map((name) => {
        const inWorkspace = (options.packages && resolveInWorkspace(name, options.packages)) ?? resolveInWorkspace(name, workspace);
        if (inWorkspace)
          return {
            resolvedFileName: inWorkspace,
            extension: extensionOf(inWorkspace),
            isExternalLibraryImport: false
          };
        const resolved = ts.resolveModuleName(name, containingFile, getOptions(), moduleHost).resolvedModule;
        if (!resolved) return void 0;
        const inside = resolved.resolvedFileName.startsWith(`${root}/`) ? resolved.resolvedFileName.slice(root.length) : resolved.resolvedFileName;
        const pinned = [...options.packages?.values() ?? []].some(
          (folder) => resolved.resolvedFileName.startsWith(`${folder}/`)
        );
        if (/[\\/]node_modules[\\/]/.test(inside) && !pinned) return void 0;
        if (/\.d\.[cm]?ts$/.test(inside)) {
          const code = resolved.resolvedFileName.replace(/\.d\.([cm]?)ts$/, ".$1js");
          return existsSync3(code) ? { resolvedFileName: code, extension: extensionOf(code), isExternalLibraryImport: false } : void 0;
        }
        return { ...resolved, isExternalLibraryImport: false };
      }),
      resolveTypeReferenceDirectives: (names) => names.map(() => void 0)
    })
  });
  const own = files.map((file) => project.addSourceFileAtPath(file));
  project.resolveSourceFileDependencies();
  const sources = [
    ...own,
    ...project.getSourceFiles().filter(
      (f) => !own.includes(f) && !f.isDeclarationFile() && (!/[\\/]node_modules[\\/]/.test(f.getFilePath().slice(root.length)) || [...options.packages?.values() ?? []].some((folder) => f.getFilePath().startsWith(`${folder}/`)))
    )
  ];
  const host = await loadHostModules(options.zodMajor ?? zodMajorOf(root));
  const markers = new Markers();
  const evaluator = new Evaluator({
    root,
    linked: [...options.packages?.values() ?? []],
    hostModule: (specifier) => host.modules.get(specifier) ?? host.modules.get(specifier.replace(/\.js$/, "")) ?? host.modules.get(`${specifier}.js`),
    hostArguments: prepareHostArguments(host, markers)
  });
  const found = findDeclarations(sources, evaluator);
  const locations = {};
  const conditionLists = {};
  const listing = await listSurface(found, host, markers, (item, at, when) => {
    locations[item] ??= at;
    conditionLists[item] = item in conditionLists ? mergeConditions(conditionLists[item], when) : [...when];
  });
  const conditions = Object.fromEntries(
    Object.entries(conditionLists).filter(([, when]) => when.length > 0).map(([item, when]) => [item, allOf(when)])
  );
  const gaps = [];
  const warn = (u, about, hidesItems = false) => gaps.push({ part: "mcp", message: `${about ? `${about}: ` : ""}${u.reason}`, location: u.location, hidesItems });
  if (capped)
    gaps.push({ part: "mcp", message: `only the first ${MAX_SOURCE_FILES} source files were read`, hidesItems: true });
  for (const at of bundledSdk(own, root))
    gaps.push({
      part: "mcp",
      message: "this file carries its own copy of the MCP SDK (bundled): registrations made through the copy are not read reliably, so tools may be missing; start the server (`command:`) to list them",
      location: at,
      hidesItems: true
    });
  gaps.push(...autoLoadedItems(own, root));
  for (const u of found.unresolved) warn(u, void 0, u.hidesItems);
  for (const u of markers.notes) warn(u, void 0, u.hidesItems);
  const mcp = resolveMarkers(listing, markers, warn);
  mcp.locations = locations;
  if (Object.keys(conditions).length > 0) mcp.conditions = conditions;
  const kept = dedupe(gaps);
  const notes = [
    ...Object.entries(conditions).map(([item, when]) => ({
      part: "mcp",
      message: `the ${item.replace(/:.*/, "")} "${item.replace(/^[^:]*:/, "")}" is registered only when \`${when}\``,
      ...locations[item] ? { location: locations[item] } : {}
    })),
    ...found.notes.map((u) => ({ part: "mcp", message: u.reason, location: u.location })),
    ...dedupe(evaluator.notes.map((u) => ({ part: "mcp", message: u.reason, location: u.location })))
  ];
  const warnings = [...kept.map(({ hidesItems: _, ...w }) => w), ...notes];
  return { mcp, warnings, gaps: kept, roots, files: files.map((f) => path5.relative(root, f).replace(/\\/g, "/")) };
}
function bundledSdk(files, root) {
  const out = [];
  for (const file of files) {
    const text = file.getFullText();
    const at = text.search(/\n\/\/ (?:.*\/)?node_modules\/@modelcontextprotocol\/sdk\//);
    if (at >= 0)
      out.push({
        file: path5.relative(root, file.getFilePath()).replace(/\\/g, "/"),
        line: file.getLineAndColumnAtPos(at + 1).line
      });
  }
  return out;
}
function extensionOf(file) {
  const ext = path5.extname(file);
  return {
    ".ts": ts.Extension.Ts,
    ".tsx": ts.Extension.Tsx,
    ".mts": ts.Extension.Mts,
    ".cts": ts.Extension.Cts,
    ".js": ts.Extension.Js,
    ".jsx": ts.Extension.Jsx,
    ".mjs": ts.Extension.Mjs,
    ".cjs": ts.Extension.Cjs
  }[ext] ?? ts.Extension.Ts;
}
function pathMapping(root) {
  const file = ts.findConfigFile(root, ts.sys.fileExists, "tsconfig.json");
  if (!file || path5.dirname(file) !== root) return {};
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) return {};
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  const baseUrl = options.baseUrl ?? (options.paths ? path5.dirname(file) : void 0);
  return { ...baseUrl ? { baseUrl } : {}, ...options.paths ? { paths: options.paths } : {} };
}
function resolveMarkers(value, markers, warn, where = "", inSchema = false) {
  if (typeof value === "string") {
    const unresolved = markers.get(value);
    if (!unresolved) return value;
    warn(unresolved, where);
    return `[not statically resolvable: ${unresolved.reason}]`;
  }
  if (Array.isArray(value)) return value.map((v) => resolveMarkers(v, markers, warn, where, inSchema));
  if (value && typeof value === "object") {
    const record = value;
    const unresolved = inSchema ? markers.get(record.description) : void 0;
    if (unresolved) {
      warn(unresolved, where);
      return { ...record.type === "object" ? { type: "object" } : {}, "x-mcpver-unresolved": unresolved.reason };
    }
    const name = typeof record.name === "string" && where === "" && !markers.get(record.name) ? `"${record.name}"` : where;
    return Object.fromEntries(
      Object.entries(record).map(([k, v]) => [
        k,
        resolveMarkers(v, markers, warn, name, inSchema || k === "inputSchema" || k === "outputSchema")
      ])
    );
  }
  return value;
}
function dedupe(warnings) {
  const seen = /* @__PURE__ */ new Set();
  return warnings.filter((w) => {
    const key = `${w.message}@${w.location?.file}:${w.location?.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  crossCheckSurfaces,
  takeStaticMcpSurface
};
