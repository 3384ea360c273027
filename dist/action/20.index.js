import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 20;
export const ids = [20];
export const modules = {

/***/ 56020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  crossCheckSurfaces: () => (/* reexport */ crossCheckSurfaces),
  takeStaticMcpSurface: () => (/* binding */ takeStaticMcpSurface)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ts-morph/dist/ts-morph.js
var ts_morph = __webpack_require__(28721);
// EXTERNAL MODULE: ./src/surface/errors.js
var errors = __webpack_require__(80715);
// EXTERNAL MODULE: ./src/surface/conditions.js
var surface_conditions = __webpack_require__(94426);
;// CONCATENATED MODULE: ./src/surface/mcp-static/values.js
// The values the static evaluator works with: plain data (strings, numbers, objects, arrays) that
// the sources certainly produce, library values (zod schemas, built by the real zod), functions and
// classes written in the sources (followed, never run), and Unresolved: what could not be known,
// with why and where. Items that exist only under a condition carry it (see `conditionsOf`).

/** A value that cannot be known without running the server. */
class Unresolved {
    reason;
    location;
    hidesItems;
    /** `hidesItems`: what could not be read may hide whole tools, prompts or resources (a name, a list). */
    constructor(reason, location, hidesItems = false) {
        this.reason = reason;
        this.location = location;
        this.hidesItems = hidesItems;
    }
}
/** A function written in the sources: followed by the evaluator when called with known arguments, never run. */
class SourceFunction {
    location;
    node;
    self;
    scope;
    constructor(location, 
    /** The function's declaration (arrow, function, method, accessor); absent for stand-ins. */
    node, 
    /** `this` for a method read from an object or an instance. */
    self, 
    /** What was bound where the function was written (a closure over a call's parameters). */
    scope) {
        this.location = location;
        this.node = node;
        this.self = self;
        this.scope = scope;
    }
    bind(self) {
        return new SourceFunction(this.location, this.node, self, this.scope);
    }
}
/** A class written in the sources: `new` builds an instance from its fields and constructor; statics are read from it. */
class SourceClass {
    node;
    location;
    constructor(node, location) {
        this.node = node;
        this.location = location;
    }
}
/** `C.prototype` of a source class: only what `instanceof` can decide from it (`ctor.prototype instanceof BaseTool`). */
class SourcePrototype {
    cls;
    constructor(cls) {
        this.cls = cls;
    }
}
/** A value from a library mcpver loaded (zod, the SDK): the only kind of thing that is really called. */
class Host {
    value;
    self;
    constructor(value, self) {
        this.value = value;
        this.self = self;
    }
}
/** The library value a Host wraps, or the value itself. */
const hostValue = (value) => (value instanceof Host ? value.value : value);
/** A zod schema (v3 has `_def`, v4 `_zod`) or another object made by a library. */
function isLibraryValue(value) {
    return typeof value === 'object' && value !== null && ('_def' in value || '_zod' in value);
}
function isPlainObject(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** Host wrappers removed, deeply, so that library values can sit inside plain objects and arrays. */
function unwrapHost(value) {
    if (value instanceof Host)
        return value.value;
    if (Array.isArray(value))
        return keepConditions(value, value.map(unwrapHost));
    if (isPlainObject(value))
        return keepConditions(value, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapHost(v)])));
    return value;
}
/**
 * The conditions an item exists under (`config.readOnly`, `!(flags.beta)`), attached to the item's
 * object: an element kept by a filter the evaluator could not decide, a push under an `if` it could
 * not decide. Every branch is read; the condition is reported with the item.
 */
const CONDITIONS = new WeakMap();
function conditionsOf(value) {
    return typeof value === 'object' && value !== null ? (CONDITIONS.get(value) ?? []) : [];
}
/** The value, under these further conditions: a shallow copy for plain objects, so that other uses of the same object stay unconditional. */
function withConditions(value, conditions) {
    if (conditions.length === 0 || typeof value !== 'object' || value === null)
        return value;
    // A library value (a zod schema in a shape) gets a wrapper of its own: the same schema used elsewhere stays unconditional.
    const copy = Array.isArray(value)
        ? [...value]
        : isPlainObject(value)
            ? { ...value }
            : value instanceof Host
                ? new Host(value.value, value.self)
                : value;
    const all = [...new Set([...conditionsOf(value), ...conditions])];
    CONDITIONS.set(copy, all);
    return copy;
}
/** `to` carries the conditions of `from` (a mapped element, a copied object). */
function keepConditions(from, to) {
    const conditions = conditionsOf(from);
    if (conditions.length > 0 && typeof to === 'object' && to !== null && !CONDITIONS.has(to))
        CONDITIONS.set(to, conditions);
    return to;
}
/** A condition as written, on one line and short enough to read in a warning. */
function conditionText(node, negate = false) {
    const text = (typeof node === 'string' ? node : node.getText()).replace(/\s+/g, ' ').trim();
    const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    return negate ? (0,surface_conditions/* negateCondition */.ic)(short) : short;
}
/**
 * The conditions of an item declared on two paths: none when either path has none, the common ones
 * when the paths differ in one condition and its opposite, else either path as written.
 */
function mergeConditions(a, b) {
    if (a.length === 0 || b.length === 0)
        return [];
    if (a.join(' && ') === b.join(' && '))
        return [...a];
    const onlyA = a.filter((c) => !b.includes(c));
    const onlyB = b.filter((c) => !a.includes(c));
    if (onlyA.length === 1 && onlyB.length === 1 && (0,surface_conditions/* sameCondition */.iY)(conditionText(onlyA[0], true), onlyB[0]))
        return a.filter((c) => b.includes(c));
    const either = `(${(0,surface_conditions/* allOf */.bn)(a)}) || (${(0,surface_conditions/* allOf */.bn)(b)})`;
    // Past a length a person reads, the alternatives are counted rather than spelled out.
    return [
        either.length <= 160 ? either : `one of several conditions (${either.split(') || (').length} ways it is declared)`,
    ];
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/builtins.js
// What JavaScript itself gives every program, for the evaluator: the array, string, Map and Set
// methods servers use to assemble their tool lists (`map`, `filter`, `concat`, `flatMap`…), and the
// globals (`Object.values`, `Array.from`, `JSON`, `String`…). Callbacks written in the sources are
// followed through the evaluator; a filter it cannot decide keeps each element under the filter's
// condition, so that every branch is read and the condition is reported.

/** Returned when a name or method is not one of JavaScript's own: the evaluator goes on with the sources. */
const NOT_BUILTIN = Symbol('not a builtin');
/** A global of JavaScript (`Object`, `Array`, `JSON`, `String`…), as a value the evaluator can call. */
class Builtin {
    name;
    constructor(name) {
        this.name = name;
    }
}
const GLOBALS = new Set([
    'Object',
    'Array',
    'JSON',
    'Math',
    'Number',
    'String',
    'Boolean',
    'Promise',
    'Map',
    'Set',
    'parseInt',
    'parseFloat',
    'isNaN',
    'encodeURIComponent',
    'decodeURIComponent',
    'atob',
    'btoa',
    'Buffer',
]);
function globalValue(name) {
    return GLOBALS.has(name) ? new Builtin(name) : NOT_BUILTIN;
}
const isPrimitive = (v) => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
function readBuiltinProperty(object, key) {
    if (object instanceof Builtin) {
        const real = globalThis[object.name];
        const value = real?.[key];
        return typeof value === 'number' || typeof value === 'string' ? value : NOT_BUILTIN;
    }
    if (Array.isArray(object) && key === 'length')
        return object.length;
    if (typeof object === 'string')
        return key === 'length' ? object.length : typeof key === 'number' ? object[key] : NOT_BUILTIN;
    if ((object instanceof Map || object instanceof Set) && key === 'size')
        return object.size;
    return NOT_BUILTIN;
}
/** Call a function value the way an array method calls its callback. */
function invoke(ev, fn, args, at) {
    if (fn instanceof SourceFunction)
        return ev.call(fn, args, at);
    if (fn instanceof Builtin)
        return callBuiltin(ev, undefined, fn, args.slice(0, 1), at);
    const value = hostValue(fn);
    if (typeof value === 'function') {
        try {
            return new Host(value(...args.map(unwrapHost)));
        }
        catch (error) {
            return new Unresolved(`a callback failed when rebuilt from the sources: ${error.message.split('\n')[0]}`, ev.at(at));
        }
    }
    return new Unresolved('calls back a function mcpver cannot follow', ev.at(at));
}
/** The condition a callback stands for: its expression body (`t.enabled`), or the call as written. */
function callbackCondition(fn, at) {
    if (fn instanceof SourceFunction && fn.node) {
        const body = fn.node.getBody?.();
        if (body && body.getKindName() !== 'Block')
            return conditionText(body);
        // `(t) => { return allowed(t); }`: the one expression it returns.
        const statements = body?.getStatements?.() ?? [];
        const only = statements.length === 1
            ? statements[0].getExpression?.()
            : undefined;
        if (only && statements[0].getKindName() === 'ReturnStatement')
            return conditionText(only);
    }
    return conditionText(at);
}
/**
 * `target.name(...args)` when target is an array, string, Map, Set, source function or a global of
 * JavaScript; `callee(...args)` (target undefined) when callee is a global function. NOT_BUILTIN otherwise.
 */
function callBuiltin(ev, target, name, args, at, constructing = false) {
    if (target === undefined)
        return name instanceof Builtin ? callGlobal(ev, name.name, args, at, constructing) : NOT_BUILTIN;
    if (typeof name !== 'string')
        return NOT_BUILTIN;
    if (target instanceof Builtin)
        return callStatic(ev, target.name, name, args, at);
    if (Array.isArray(target))
        return callArray(ev, target, name, args, at);
    if (typeof target === 'string' || typeof target === 'number' || typeof target === 'boolean')
        return callPrimitive(ev, target, name, args, at);
    if (target instanceof Map)
        return callMap(target, name, args);
    if (Buffer.isBuffer(target))
        return name === 'toString' && (args[0] === undefined || typeof args[0] === 'string')
            ? target.toString(args[0])
            : NOT_BUILTIN;
    if (target instanceof Set)
        return name === 'has' ? target.has(args[0]) : name === 'values' || name === 'keys' ? [...target] : NOT_BUILTIN;
    if (target instanceof SourceFunction) {
        if (name === 'bind')
            return target.bind(args[0]);
        if (name === 'call')
            return ev.call(target.bind(args[0]), args.slice(1), at);
        if (name === 'apply')
            return Array.isArray(args[1]) || args[1] === undefined
                ? ev.call(target.bind(args[0]), args[1] ?? [], at)
                : NOT_BUILTIN;
    }
    return NOT_BUILTIN;
}
function callGlobal(ev, name, args, at, constructing) {
    const [first] = args.map(hostValue);
    if (first instanceof Unresolved)
        return first;
    switch (name) {
        case 'String':
            return isPrimitive(first) ? String(first) : NOT_BUILTIN;
        case 'Number':
            return isPrimitive(first) ? Number(first) : NOT_BUILTIN;
        case 'Boolean':
            return ev.truthy(args[0]) ?? new Unresolved(`cannot decide \`${at.getText().slice(0, 60)}\``, ev.at(at));
        case 'parseInt':
            return typeof first === 'string'
                ? Number.parseInt(first, typeof args[1] === 'number' ? args[1] : 10)
                : NOT_BUILTIN;
        case 'parseFloat':
            return typeof first === 'string' ? Number.parseFloat(first) : NOT_BUILTIN;
        case 'isNaN':
            return typeof first === 'number' ? Number.isNaN(first) : NOT_BUILTIN;
        case 'atob':
        case 'btoa':
            try {
                return typeof first === 'string' ? (name === 'atob' ? atob(first) : btoa(first)) : NOT_BUILTIN;
            }
            catch {
                return new Unresolved(`\`${name}\` of text it refuses`, ev.at(at));
            }
        case 'encodeURIComponent':
            return typeof first === 'string' ? encodeURIComponent(first) : NOT_BUILTIN;
        case 'decodeURIComponent':
            return typeof first === 'string' ? decodeURIComponent(first) : NOT_BUILTIN;
        case 'Map':
            if (!constructing)
                return NOT_BUILTIN;
            if (first === undefined)
                return new Map();
            if (first instanceof Map)
                return new Map(first);
            if (Array.isArray(first) && first.every((e) => Array.isArray(e)))
                return new Map(first);
            return NOT_BUILTIN;
        case 'Set':
            if (!constructing)
                return NOT_BUILTIN;
            return first === undefined ? new Set() : Array.isArray(first) ? new Set(first) : NOT_BUILTIN;
        case 'Array':
            return Array.isArray(first) ? first : NOT_BUILTIN;
        default:
            return NOT_BUILTIN;
    }
}
function callStatic(ev, owner, name, args, at) {
    const unresolved = args.find((a) => a instanceof Unresolved);
    const first = hostValue(args[0]);
    if (owner === 'Object') {
        if (unresolved && name !== 'assign')
            return unresolved;
        const entriesOf = (v) => isPlainObject(v)
            ? Object.entries(v)
            : v instanceof Map
                ? [...v].map(([k, x]) => [String(k), x])
                : Array.isArray(v)
                    ? v.map((x, i) => [String(i), x])
                    : undefined;
        switch (name) {
            case 'keys':
                return entriesOf(first)?.map(([k]) => k) ?? NOT_BUILTIN;
            case 'values':
                return entriesOf(first)?.map(([, v]) => v) ?? NOT_BUILTIN;
            case 'entries':
                return entriesOf(first)?.map(([k, v]) => keepConditions(v, [k, v])) ?? NOT_BUILTIN;
            case 'fromEntries': {
                const list = first instanceof Map ? [...first] : first;
                if (!Array.isArray(list))
                    return NOT_BUILTIN;
                const out = {};
                for (const entry of list) {
                    if (entry instanceof Unresolved)
                        return entry;
                    if (!Array.isArray(entry) || (typeof entry[0] !== 'string' && typeof entry[0] !== 'number'))
                        return new Unresolved('an entry whose key is not known', ev.at(at));
                    out[String(entry[0])] = keepConditions(entry, entry[1]);
                }
                return out;
            }
            case 'assign': {
                if (unresolved)
                    return unresolved;
                const out = {};
                for (const part of args.map(hostValue))
                    if (isPlainObject(part))
                        Object.assign(out, part);
                return out;
            }
            case 'freeze':
            case 'seal':
                return args[0];
            default:
                return NOT_BUILTIN;
        }
    }
    if (unresolved)
        return unresolved;
    switch (`${owner}.${name}`) {
        case 'Array.isArray':
            return Array.isArray(first);
        case 'Array.of':
            return [...args];
        case 'Array.from': {
            const length = isPlainObject(first) &&
                typeof first.length === 'number' &&
                Object.keys(first).length === 1 &&
                first.length <= 10_000
                ? first.length
                : undefined;
            const list = first instanceof Map
                ? [...first]
                : first instanceof Set
                    ? [...first]
                    : typeof first === 'string'
                        ? [...first]
                        : Array.isArray(first)
                            ? [...first]
                            : length !== undefined
                                ? Array.from({ length }, () => undefined)
                                : undefined;
            if (!list)
                return NOT_BUILTIN;
            return args[1] === undefined ? list : callArray(ev, list, 'map', [args[1]], at);
        }
        case 'JSON.stringify':
            return isData(first)
                ? JSON.stringify(first, null, typeof args[2] === 'number' || typeof args[2] === 'string' ? args[2] : undefined)
                : NOT_BUILTIN;
        case 'JSON.parse':
            if (typeof first !== 'string')
                return NOT_BUILTIN;
            try {
                return JSON.parse(first);
            }
            catch {
                return new Unresolved('JSON.parse of text that is not JSON', ev.at(at));
            }
        case 'Buffer.from':
            return typeof first === 'string' && (args[1] === undefined || typeof args[1] === 'string')
                ? Buffer.from(first, args[1])
                : NOT_BUILTIN;
        case 'Promise.resolve':
            return args[0];
        case 'Promise.all':
            return Array.isArray(first) ? first : NOT_BUILTIN;
        default:
            break;
    }
    if (owner === 'Math' || owner === 'Number' || owner === 'String') {
        const fn = globalThis[owner][name];
        if (typeof fn === 'function' && args.every(isPrimitive))
            return fn(...args);
    }
    return NOT_BUILTIN;
}
/** Plain data all the way down: what JSON.stringify would print the same here as in the server. */
function isData(value) {
    if (isPrimitive(value))
        return true;
    if (Array.isArray(value))
        return value.every(isData);
    if (isPlainObject(value))
        return Object.values(value).every(isData);
    return false;
}
function callPrimitive(ev, target, name, args, at) {
    const unresolved = args.find((a) => a instanceof Unresolved);
    if (unresolved)
        return unresolved;
    const plain = args.map(hostValue);
    if (!plain.every((a) => isPrimitive(a) || a instanceof RegExp))
        return NOT_BUILTIN;
    const method = Object(target)[name];
    if (typeof method !== 'function' || ['constructor', 'valueOf'].includes(name))
        return NOT_BUILTIN;
    try {
        return method.apply(target, plain);
    }
    catch (error) {
        return new Unresolved(`\`${name}(…)\` failed when rebuilt from the sources: ${error.message}`, ev.at(at));
    }
}
function callMap(target, name, args) {
    switch (name) {
        case 'get':
            return target.get(hostValue(args[0]));
        case 'has':
            return target.has(hostValue(args[0]));
        case 'keys':
            return [...target.keys()];
        case 'values':
            return [...target.values()];
        case 'entries':
            return [...target.entries()];
        default:
            return NOT_BUILTIN;
    }
}
function callArray(ev, target, name, args, at) {
    const [fn] = args;
    const each = (i) => [target[i], i, target];
    switch (name) {
        case 'map': {
            if (fn === undefined)
                return NOT_BUILTIN;
            return target.map((element, i) => keepConditions(element, invoke(ev, fn, each(i), at)));
        }
        case 'flatMap': {
            const out = [];
            target.forEach((element, i) => {
                const result = invoke(ev, fn, each(i), at);
                if (Array.isArray(result))
                    out.push(...result.map((r) => withConditions(r, conditionsOf(element))));
                else
                    out.push(keepConditions(element, result));
            });
            return out;
        }
        case 'filter': {
            const out = [];
            target.forEach((element, i) => {
                // A callback with statements: kept under the conditions of the paths on which it returns a truthy value.
                const when = fn instanceof SourceFunction
                    ? ev.interpreter.truthWhen(fn, each(i), at)
                    : ev.truthy(invoke(ev, fn, each(i), at));
                const kept = typeof when === 'string' ? undefined : when;
                if (kept === true)
                    out.push(element);
                else if (typeof when === 'string')
                    out.push(withConditions(element, [when]));
                // Not decided here: the element is read, under the filter's condition.
                else if (kept === undefined)
                    out.push(withConditions(element, [callbackCondition(fn, at)]));
            });
            return out;
        }
        case 'forEach': {
            target.forEach((_, i) => invoke(ev, fn, each(i), at));
            return undefined;
        }
        case 'find':
        case 'findLast':
        case 'some':
        case 'every':
        case 'findIndex': {
            const order = name === 'findLast' ? [...target.keys()].reverse() : [...target.keys()];
            for (const i of order) {
                const result = ev.truthy(invoke(ev, fn, each(i), at));
                if (result === undefined)
                    return new Unresolved(`cannot decide \`${conditionText(at)}\``, ev.at(at));
                if (result && name === 'some')
                    return true;
                if (!result && name === 'every')
                    return false;
                if (result && (name === 'find' || name === 'findLast'))
                    return target[i];
                if (result && name === 'findIndex')
                    return i;
            }
            return name === 'some' ? false : name === 'every' ? true : name === 'findIndex' ? -1 : undefined;
        }
        case 'reduce': {
            let i = 0;
            let accumulator = args.length > 1 ? args[1] : target[i++];
            for (; i < target.length; i += 1) {
                accumulator = invoke(ev, fn, [accumulator, target[i], i, target], at);
                if (accumulator instanceof Unresolved)
                    return accumulator;
            }
            return accumulator;
        }
        case 'concat': {
            const out = [...target];
            for (const arg of args) {
                const value = hostValue(arg);
                if (value instanceof Unresolved)
                    return value;
                if (Array.isArray(value))
                    out.push(...value);
                else
                    out.push(arg);
            }
            return out;
        }
        case 'flat':
            return target.flat(typeof args[0] === 'number' ? args[0] : 1);
        case 'slice':
            return args.every((a) => a === undefined || typeof a === 'number')
                ? target.slice(args[0], args[1])
                : NOT_BUILTIN;
        case 'reverse':
        case 'toReversed':
            return [...target].reverse();
        case 'sort':
        case 'toSorted': {
            if (fn === undefined)
                return target.every((t) => typeof t === 'string') ? [...target].sort() : [...target];
            // The order of a tool list does not change what it promises: keep it when the comparator cannot be followed.
            try {
                return [...target].sort((a, b) => {
                    const order = hostValue(invoke(ev, fn, [a, b], at));
                    if (typeof order !== 'number')
                        throw new Error('unknown order');
                    return order;
                });
            }
            catch {
                return [...target];
            }
        }
        case 'includes':
            return args[0] instanceof Unresolved ? args[0] : target.includes(hostValue(args[0]));
        case 'indexOf':
            return args[0] instanceof Unresolved ? args[0] : target.indexOf(hostValue(args[0]));
        case 'join':
            return target.every(isPrimitive) && (args[0] === undefined || typeof args[0] === 'string')
                ? target.join(args[0])
                : NOT_BUILTIN;
        case 'at':
            return typeof args[0] === 'number' ? target.at(args[0]) : NOT_BUILTIN;
        case 'keys':
            return [...target.keys()];
        case 'values':
            return [...target];
        case 'entries':
            return target.map((v, i) => [i, v]);
        default:
            return NOT_BUILTIN;
    }
}


;// CONCATENATED MODULE: ./src/surface/mcp-static/interpreter.js
// Follows statements for the evaluator: the body of a function called with known arguments, and the
// statements that change a variable after its declaration (`tools.push(…)` under an `if`, a map
// filled in a loop). A condition it can decide picks its branch; one it cannot is read both ways
// and the values are merged, each item that exists on one side only keeping that side's condition.
// Loops it cannot unroll make what they change unknown. Nothing is run: this reads the code.




/** `defaultSchema` found no variant to read as the default. */
const NO_DEFAULT = Symbol('no default');
/** Statements followed per check, at most: past this, what is left is reported as too much to follow. */
const STEP_BUDGET = 400_000;
/** Keys of a looked-up object a loop over a run-time list is read for, at most (each is a branch). */
const MAX_LOOKUP_KEYS = 32;
const ASSIGNMENT = new Set([
    ts_morph/* SyntaxKind */.a66.EqualsToken,
    ts_morph/* SyntaxKind */.a66.QuestionQuestionEqualsToken,
    ts_morph/* SyntaxKind */.a66.BarBarEqualsToken,
    ts_morph/* SyntaxKind */.a66.AmpersandAmpersandEqualsToken,
    ts_morph/* SyntaxKind */.a66.PlusEqualsToken,
]);
class Interpreter {
    ev;
    returns = [];
    pathConditions = [];
    onSuper;
    steps = 0;
    /** The returns of the last body followed, before they were merged: for a filter's callback (see `truthWhen`). */
    lastReturns;
    constructor(ev) {
        this.ev = ev;
    }
    /** Follow a function body; its value is what its returns give, merged over the paths that reach them. */
    runBody(block, onSuper) {
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
        }
        finally {
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
        this.lastReturns = undefined;
        const truth = this.ev.truthy(this.ev.call(fn, args, at));
        if (truth !== undefined || !body || !ts_morph/* Node */.bP0.isBlock(body))
            return truth;
        const last = this.lastReturns;
        if (!last || last.block !== body)
            return undefined;
        const truths = last.returns.map((r) => this.ev.truthy(r.value));
        if (truths.includes(undefined))
            return undefined;
        const kept = last.returns.filter((_, i) => truths[i]);
        if (kept.length === 0)
            return false;
        if (kept.some((r) => r.conditions.length === 0))
            return true;
        if (kept.length === 1)
            return (0,surface_conditions/* allOf */.bn)(kept[0].conditions);
        const either = kept.map((r) => `(${(0,surface_conditions/* allOf */.bn)(r.conditions)})`).join(' || ');
        return either.length <= 160 ? either : `one of several conditions (${kept.length} ways it is kept)`;
    }
    /**
     * The value of a variable that is changed after its declaration, as the statements of its block
     * leave it where it is read: up to the statement that reads it when that runs in the same block,
     * else (read later, from a function or another module) to the end of the block.
     */
    valueAt(declaration, use, changed) {
        const statement = declaration.getFirstAncestorByKind(ts_morph/* SyntaxKind */.a66.VariableStatement);
        const list = statement?.getParent();
        const name = declaration.getName();
        if (!statement ||
            !list ||
            !(ts_morph/* Node */.bP0.isSourceFile(list) || ts_morph/* Node */.bP0.isBlock(list) || ts_morph/* Node */.bP0.isCaseClause(list) || ts_morph/* Node */.bP0.isModuleBlock(list))) {
            return new Unresolved(`\`${name}\` ${changed}, so its value is only known when the code runs`, this.ev.at(use));
        }
        const statements = list.getStatements();
        const start = statements.indexOf(statement);
        let end = statements.length;
        for (let i = start + 1; i < statements.length; i += 1) {
            const s = statements[i];
            if (use.getPos() >= s.getPos() && use.getEnd() <= s.getEnd()) {
                // Read inside a function declared here: that function runs later, after the whole block.
                const inFunction = use
                    .getAncestors()
                    .some((a) => a !== s &&
                    a.getPos() >= s.getPos() &&
                    a.getEnd() <= s.getEnd() &&
                    (ts_morph/* Node */.bP0.isArrowFunction(a) ||
                        ts_morph/* Node */.bP0.isFunctionExpression(a) ||
                        ts_morph/* Node */.bP0.isFunctionDeclaration(a) ||
                        ts_morph/* Node */.bP0.isMethodDeclaration(a)));
                if (!inFunction)
                    end = i;
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
                    if (!s.getText().includes(name))
                        continue;
                    const completion = this.statement(s);
                    if (completion === 'return' || completion === 'throw')
                        break;
                }
                // A module-level registry read later (from a handler): every top-level call of a function of
                // this module that changes it (`registerTool(new PingTool())` in a file imported for its
                // effect) has run by then.
                if (ts_morph/* Node */.bP0.isSourceFile(list) && end === statements.length)
                    for (const call of registryCalls(statements, name))
                        this.effect(call);
                return this.ev.bindings.get(declaration);
            }
            finally {
                Object.assign(this, saved);
            }
        });
    }
    block(statements) {
        for (const statement of statements) {
            const completion = this.statement(statement);
            if (completion !== 'normal')
                return completion;
        }
        return 'normal';
    }
    statement(s) {
        this.steps += 1;
        if (this.steps > STEP_BUDGET)
            return 'throw';
        if (ts_morph/* Node */.bP0.isVariableStatement(s)) {
            for (const declaration of s.getDeclarations()) {
                const initializer = declaration.getInitializer();
                this.ev.bindPattern(declaration, initializer ? this.ev.evaluate(initializer) : undefined);
            }
            return 'normal';
        }
        if (ts_morph/* Node */.bP0.isExpressionStatement(s)) {
            this.effect(s.getExpression());
            return 'normal';
        }
        if (ts_morph/* Node */.bP0.isReturnStatement(s)) {
            this.returns.push({ value: this.ev.evaluate(s.getExpression()), conditions: [...this.pathConditions] });
            return 'return';
        }
        if (ts_morph/* Node */.bP0.isThrowStatement(s))
            return 'throw';
        if (ts_morph/* Node */.bP0.isBreakStatement(s))
            return 'break';
        if (ts_morph/* Node */.bP0.isContinueStatement(s))
            return 'continue';
        if (ts_morph/* Node */.bP0.isBlock(s))
            return this.block(s.getStatements());
        if (ts_morph/* Node */.bP0.isLabeledStatement(s))
            return this.statement(s.getStatement());
        if (ts_morph/* Node */.bP0.isIfStatement(s)) {
            const truth = this.ev.truthy(this.ev.evaluate(s.getExpression()));
            const otherwise = s.getElseStatement();
            if (truth === true)
                return this.statement(s.getThenStatement());
            if (truth === false)
                return otherwise ? this.statement(otherwise) : 'normal';
            return this.fork(conditionText(s.getExpression()), () => this.statement(s.getThenStatement()), () => (otherwise ? this.statement(otherwise) : 'normal'));
        }
        if (ts_morph/* Node */.bP0.isForOfStatement(s) || ts_morph/* Node */.bP0.isForInStatement(s))
            return this.forOf(s);
        if (ts_morph/* Node */.bP0.isForStatement(s) || ts_morph/* Node */.bP0.isWhileStatement(s) || ts_morph/* Node */.bP0.isDoStatement(s)) {
            this.taint(s, 'is changed in a loop mcpver cannot unroll');
            return 'normal';
        }
        if (ts_morph/* Node */.bP0.isSwitchStatement(s))
            return this.switchStatement(s);
        if (ts_morph/* Node */.bP0.isTryStatement(s)) {
            let completion = this.block(s.getTryBlock().getStatements());
            const handler = s.getCatchClause();
            if (completion === 'throw' && handler) {
                const variable = handler.getVariableDeclaration();
                if (variable)
                    this.ev.bindPattern(variable, new Unresolved('an error caught at run time', this.ev.at(handler)));
                completion = this.block(handler.getBlock().getStatements());
            }
            const finallyBlock = s.getFinallyBlock();
            if (finallyBlock) {
                const after = this.block(finallyBlock.getStatements());
                if (after !== 'normal')
                    completion = after;
            }
            return completion;
        }
        return 'normal';
    }
    forOf(s) {
        const iterable = hostValue(this.ev.evaluate(s.getExpression()));
        const list = ts_morph/* Node */.bP0.isForInStatement(s)
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
            if (keys)
                return this.forEachKey(s, keys);
            this.taint(s, iterable instanceof Unresolved
                ? `is changed in a loop over a list that ${iterable.reason.replace(/^`[^`]*` /, '')}`
                : 'is changed in a loop over a value mcpver cannot list');
            return 'normal';
        }
        const initializer = s.getInitializer();
        const declaration = ts_morph/* Node */.bP0.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
        for (const element of list) {
            // An element only known at run time (a key from the options), used only to look entries up.
            const keys = element instanceof Unresolved ? this.lookupKeys(s) : undefined;
            if (keys) {
                const completion = this.forEachKey(s, keys);
                if (completion === 'return' || completion === 'throw')
                    return completion;
                continue;
            }
            const completion = this.ev.inFrame(() => {
                if (declaration)
                    this.ev.bindPattern(declaration, element);
                else if (initializer)
                    this.store(initializer, element);
                const conditions = conditionsOf(element);
                // An element that exists only under a condition: what its iteration does, does only then.
                return conditions.length > 0
                    ? this.fork((0,surface_conditions/* allOf */.bn)(conditions), () => this.statement(s.getStatement()), () => 'normal')
                    : this.statement(s.getStatement());
            });
            if (completion === 'break')
                break;
            if (completion === 'return' || completion === 'throw')
                return completion;
        }
        return 'normal';
    }
    /**
     * The keys a loop over a run-time list can take that matter: when the loop variable is only used
     * to look up entries of objects whose keys are all known (`toolCategories[toolKey]`), every key
     * of those objects is a branch, and what the loop adds for it is added only when the list names
     * it. A key none of them has looks up nothing. Undefined when the variable is used otherwise.
     */
    lookupKeys(s) {
        if (ts_morph/* Node */.bP0.isForInStatement(s))
            return undefined;
        const initializer = s.getInitializer();
        const declaration = ts_morph/* Node */.bP0.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
        const nameNode = declaration?.getNameNode();
        if (!declaration || !nameNode || !ts_morph/* Node */.bP0.isIdentifier(nameNode))
            return undefined;
        const uses = s
            .getStatement()
            .getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.Identifier)
            .filter((id) => id.getText() === nameNode.getText() && id.getSymbol() === nameNode.getSymbol());
        if (uses.length === 0)
            return undefined;
        const keys = new Set();
        for (const use of uses) {
            let key = use;
            while (ts_morph/* Node */.bP0.isAsExpression(key.getParent()) ||
                ts_morph/* Node */.bP0.isParenthesizedExpression(key.getParent()) ||
                ts_morph/* Node */.bP0.isNonNullExpression(key.getParent()))
                key = key.getParent();
            const access = key.getParent();
            if (!access || !ts_morph/* Node */.bP0.isElementAccessExpression(access) || access.getArgumentExpression() !== key)
                return undefined;
            const object = hostValue(this.ev.evaluate(access.getExpression()));
            if (!isPlainObject(object))
                return undefined;
            for (const k of Object.keys(object))
                keys.add(k);
        }
        return keys.size > 0 && keys.size <= MAX_LOOKUP_KEYS ? [...keys] : undefined;
    }
    /** A loop over a run-time list of keys, read once per key it may name, each under the condition that it does. */
    forEachKey(s, keys) {
        const initializer = s.getInitializer();
        const declaration = initializer.getDeclarations()[0];
        const list = conditionText(s.getExpression());
        for (const key of keys) {
            const completion = this.ev.inFrame(() => this.fork(`${list} includes ${JSON.stringify(key)}`, () => {
                this.ev.bindPattern(declaration, key);
                return this.statement(s.getStatement());
            }, () => 'normal'));
            if (completion === 'return' || completion === 'throw')
                return completion;
        }
        return 'normal';
    }
    switchStatement(s) {
        const value = hostValue(this.ev.evaluate(s.getExpression()));
        const clauses = s.getClauses();
        const run = (from) => {
            for (const clause of clauses.slice(from)) {
                const completion = this.block(clause.getStatements());
                if (completion === 'break')
                    return 'normal';
                if (completion !== 'normal')
                    return completion;
            }
            return 'normal';
        };
        if (!(value instanceof Unresolved)) {
            const index = clauses.findIndex((c) => ts_morph/* Node */.bP0.isCaseClause(c) && hostValue(this.ev.evaluate(c.getExpression())) === value);
            const chosen = index >= 0 ? index : clauses.findIndex((c) => ts_morph/* Node */.bP0.isDefaultClause(c));
            const known = clauses.every((c) => !ts_morph/* Node */.bP0.isCaseClause(c) || !(this.ev.evaluate(c.getExpression()) instanceof Unresolved));
            if (known)
                return chosen >= 0 ? run(chosen) : 'normal';
        }
        // Not decided: every case is read, each under its own condition.
        const branch = (i) => {
            if (i >= clauses.length)
                return 'normal';
            const clause = clauses[i];
            const label = ts_morph/* Node */.bP0.isCaseClause(clause)
                ? `${conditionText(s.getExpression())} === ${conditionText(clause.getExpression())}`
                : `${conditionText(s.getExpression())} matches no case`;
            return this.fork(label, () => run(i), () => branch(i + 1));
        };
        return branch(0);
    }
    /** Everything a statement the interpreter does not unroll assigns or pushes to becomes unknown. */
    taint(s, why) {
        const targets = [];
        for (const binary of s.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.BinaryExpression))
            if (ASSIGNMENT.has(binary.getOperatorToken().getKind()))
                targets.push(binary.getLeft());
        for (const call of s.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
            const callee = call.getExpression();
            if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) &&
                ['push', 'unshift', 'splice', 'set', 'add', 'delete', 'pop', 'shift'].includes(callee.getName()))
                targets.push(callee.getExpression());
        }
        for (const target of targets) {
            let root = target;
            while (ts_morph/* Node */.bP0.isPropertyAccessExpression(root) || ts_morph/* Node */.bP0.isElementAccessExpression(root))
                root = root.getExpression();
            const name = root.getText();
            this.store(root, new Unresolved(`\`${name}\` ${why}`, this.ev.at(s)));
        }
    }
    /** Follow a statement for what it changes: assignments, pushes, calls of source functions. */
    effect(expression) {
        let e = expression;
        while (ts_morph/* Node */.bP0.isParenthesizedExpression(e) ||
            ts_morph/* Node */.bP0.isAwaitExpression(e) ||
            ts_morph/* Node */.bP0.isVoidExpression(e) ||
            ts_morph/* Node */.bP0.isAsExpression(e) ||
            ts_morph/* Node */.bP0.isNonNullExpression(e))
            e = e.getExpression();
        if (ts_morph/* Node */.bP0.isBinaryExpression(e) && ASSIGNMENT.has(e.getOperatorToken().getKind())) {
            const operator = e.getOperatorToken().getKind();
            if (operator === ts_morph/* SyntaxKind */.a66.EqualsToken) {
                this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
                return;
            }
            const current = this.ev.evaluate(e.getLeft());
            const truth = this.ev.truthy(current);
            if (operator === ts_morph/* SyntaxKind */.a66.PlusEqualsToken)
                this.store(e.getLeft(), this.ev.evaluate(e));
            else if (operator === ts_morph/* SyntaxKind */.a66.QuestionQuestionEqualsToken) {
                if (current instanceof Unresolved)
                    return;
                if (hostValue(current) === undefined || hostValue(current) === null)
                    this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
            }
            else if (truth === undefined)
                this.store(e.getLeft(), new Unresolved(`cannot decide \`${conditionText(e)}\``, this.ev.at(e)));
            else if ((operator === ts_morph/* SyntaxKind */.a66.BarBarEqualsToken) !== truth)
                this.store(e.getLeft(), this.ev.evaluate(e.getRight()));
            return;
        }
        if (ts_morph/* Node */.bP0.isBinaryExpression(e) &&
            [ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken, ts_morph/* SyntaxKind */.a66.BarBarToken].includes(e.getOperatorToken().getKind())) {
            // `flag && tools.push(x)`: an `if` written as an expression.
            const truth = this.ev.truthy(this.ev.evaluate(e.getLeft()));
            const and = e.getOperatorToken().getKind() === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken;
            if (truth === and)
                this.effect(e.getRight());
            else if (truth === undefined)
                this.fork(conditionText(e.getLeft(), !and), () => (this.effect(e.getRight()), 'normal'), () => 'normal');
            return;
        }
        if (ts_morph/* Node */.bP0.isConditionalExpression(e)) {
            const truth = this.ev.truthy(this.ev.evaluate(e.getCondition()));
            if (truth === true)
                this.effect(e.getWhenTrue());
            else if (truth === false)
                this.effect(e.getWhenFalse());
            else
                this.fork(conditionText(e.getCondition()), () => (this.effect(e.getWhenTrue()), 'normal'), () => (this.effect(e.getWhenFalse()), 'normal'));
            return;
        }
        if (!ts_morph/* Node */.bP0.isCallExpression(e))
            return;
        const callee = e.getExpression();
        if (callee.getKind() === ts_morph/* SyntaxKind */.a66.SuperKeyword) {
            this.onSuper?.(e);
            return;
        }
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee)) {
            const method = callee.getName();
            const target = callee.getExpression();
            if (['push', 'unshift', 'set', 'add', 'delete', 'splice', 'pop', 'shift'].includes(method)) {
                this.mutate(target, method, e);
                return;
            }
            if (target.getText() === 'Object' && method === 'assign') {
                const [first] = e.getArguments();
                if (first)
                    this.store(first, this.ev.evaluate(e));
                return;
            }
        }
        // A call of a function from the sources (or an array method with a callback) may change what is bound: follow it.
        this.ev.evaluate(e);
    }
    mutate(target, method, call) {
        const current = hostValue(this.ev.evaluate(target));
        if (current instanceof Unresolved && method !== 'push' && method !== 'unshift')
            return;
        const args = this.ev.evaluateArguments(call.getArguments(), 0);
        if (args instanceof Unresolved) {
            if (!(current instanceof Unresolved))
                this.store(target, args);
            return;
        }
        if (current instanceof Unresolved) {
            // A list only known at run time, then added to: what is added is known, the rest still said.
            this.store(target, method === 'push' ? [current, ...args] : [...args, current]);
            return;
        }
        if (Array.isArray(current)) {
            if (method === 'push')
                this.store(target, keepConditions(current, [...current, ...args]));
            else if (method === 'unshift')
                this.store(target, keepConditions(current, [...args, ...current]));
            else
                this.store(target, new Unresolved(`\`${target.getText()}\` is changed with .${method}(), which mcpver does not follow`, this.ev.at(call)));
            return;
        }
        if (current instanceof Map) {
            const copy = new Map(current);
            if (method === 'set')
                copy.set(hostValue(args[0]), args[1]);
            else if (method === 'delete')
                copy.delete(hostValue(args[0]));
            this.store(target, copy);
            return;
        }
        if (current instanceof Set) {
            const copy = new Set(current);
            if (method === 'add')
                copy.add(args[0]);
            else if (method === 'delete')
                copy.delete(args[0]);
            this.store(target, copy);
        }
    }
    /** Assign to what an expression names: a bound variable, or a property of a bound object (copied, never changed in place). */
    store(target, value) {
        if (ts_morph/* Node */.bP0.isIdentifier(target)) {
            const symbol = target.getSymbol();
            const declaration = symbol?.getValueDeclaration() ?? symbol?.getDeclarations()[0];
            // A variable of an outer scope assigned here (a module-level cache filled on first use) has that value for the rest of this call.
            if (declaration && !this.ev.assign(declaration, value))
                this.ev.bind(declaration, value);
            return;
        }
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(target) || ts_morph/* Node */.bP0.isElementAccessExpression(target)) {
            const objectNode = target.getExpression();
            const key = ts_morph/* Node */.bP0.isPropertyAccessExpression(target)
                ? target.getName()
                : hostValue(this.ev.evaluate(target.getArgumentExpression()));
            if (typeof key !== 'string' && typeof key !== 'number')
                return;
            const object = this.ev.evaluate(objectNode);
            if (isInstance(object)) {
                object[key] = value;
            }
            else if (isPlainObject(object)) {
                this.store(objectNode, keepConditions(object, { ...object, [key]: value }));
            }
            else if (Array.isArray(object) && typeof key === 'number') {
                const copy = [...object];
                copy[key] = value;
                this.store(objectNode, keepConditions(object, copy));
            }
        }
    }
    // ── paths ───────────────────────────────────────────────────────────────────────────────────
    /** What is bound now, and the fields of the instances being built: restored between the two sides of a fork. */
    state() {
        const instances = new Map();
        for (const self of this.ev.thisValues)
            if (isInstance(self))
                instances.set(self, { ...self });
        return { bindings: new Map(this.ev.bindings), instances };
    }
    restore(state) {
        for (const key of [...this.ev.bindings.keys()])
            if (!state.bindings.has(key))
                this.ev.bindings.delete(key);
        for (const [key, value] of state.bindings)
            this.ev.bindings.set(key, value);
        for (const [instance, fields] of state.instances) {
            for (const key of Object.keys(instance))
                if (!(key in fields))
                    delete instance[key];
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
        const dead = (c) => c === 'return' || c === 'throw';
        this.pathConditions = conditions;
        if (dead(a) && dead(b))
            return a === 'return' || b === 'return' ? 'return' : 'throw';
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
            bindings: new Map(),
            instances: new Map(),
        };
        for (const key of new Set([...afterA.bindings.keys(), ...afterB.bindings.keys()])) {
            if (!afterA.bindings.has(key) || !afterB.bindings.has(key))
                continue; // block-scoped to one side
            merged.bindings.set(key, this.mergeValues(afterA.bindings.get(key), afterB.bindings.get(key), condition));
        }
        for (const [instance, fields] of afterA.instances) {
            const other = afterB.instances.get(instance) ?? {};
            const out = {};
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
    mergeValues(a, b, condition, at) {
        if (a === b)
            return a;
        const empty = (v) => v === undefined || v === null || v === false;
        const negated = conditionText(condition, true);
        const merge = (x, y, c) => this.mergeValues(x, y, c, at);
        // A field that holds an instance on one side only (`this.managementTool = new ManageTool()` under a flag).
        if (isInstance(a) && empty(b))
            return instanceUnder(a, [condition]);
        if (empty(a) && isInstance(b))
            return instanceUnder(b, [negated]);
        // A list on one side and a list only known at run time on the other (`tools = await fetchTools()`
        // under a condition): what is known is kept, and the unknown part stays in it as an element
        // that hides items, so that it is still said.
        if (a instanceof Unresolved && Array.isArray(b))
            return unionOf([
                [[a], [condition]],
                [b, [negated]],
            ], merge);
        if (b instanceof Unresolved && Array.isArray(a))
            return unionOf([
                [a, [condition]],
                [[b], [negated]],
            ], merge);
        if (a instanceof Unresolved)
            return a;
        if (b instanceof Unresolved)
            return b;
        if (Array.isArray(a) && (Array.isArray(b) || empty(b)))
            return unionOf([
                [a, [condition]],
                [Array.isArray(b) ? b : [], [negated]],
            ], merge);
        if (empty(a) && Array.isArray(b))
            return unionOf([
                [[], [condition]],
                [b, [negated]],
            ], merge);
        if (isPlainObject(a) && isPlainObject(b)) {
            // One item on both sides, each side's copy under its own conditions (a tool added again by a
            // second call, under other options): there when either holds.
            const merged = this.mergeRecords(a, b, condition, negated, at);
            const [ca, cb] = [conditionsOf(a), conditionsOf(b)];
            return ca.length > 0 && cb.length > 0 ? withConditions(merged, mergeConditions(ca, cb)) : merged;
        }
        if (isPlainObject(a) && empty(b))
            return this.mergeRecords(a, {}, condition, negated, at);
        if (empty(a) && isPlainObject(b))
            return this.mergeRecords({}, b, condition, negated, at);
        if (a instanceof Host && b instanceof Host && a.value === b.value)
            return a;
        if (a instanceof Map && (b instanceof Map || empty(b)))
            return this.mergeMaps(a, b instanceof Map ? b : new Map(), condition, negated, at);
        if (empty(a) && b instanceof Map)
            return this.mergeMaps(new Map(), b, condition, negated, at);
        const chosen = this.defaultSchema([
            { value: a, conditions: [condition] },
            { value: b, conditions: [negated] },
        ], at);
        if (chosen !== NO_DEFAULT)
            return chosen;
        return new Unresolved(`has one value when \`${condition}\` and another otherwise`, at ? this.ev.at(at) : { file: '' });
    }
    /**
     * A schema that differs by configuration (a parameter removed when an option injects it, as
     * `projectId` in a project-scoped server): the one a server run with nothing configured serves,
     * when exactly one path is taken with nothing set (its own conditions all test that an option is
     * absent, and every other path's test that one is present). Said in a note, so a reader knows
     * which variant was compared; anything less clear stays unknown.
     */
    defaultSchema(paths, at) {
        if (paths.length < 2 || !paths.every((p) => isLibraryValue(hostValue(p.value))))
            return NO_DEFAULT;
        // Conditions every path shares (an enclosing `if`) say nothing about which one is the default.
        const shared = paths[0].conditions.filter((c) => paths.every((p) => p.conditions.includes(c)));
        const own = paths.map((p) => p.conditions.filter((c) => !shared.includes(c)));
        const unset = own.map((cs) => cs.length > 0 && cs.every((c) => (0,surface_conditions/* testsAbsence */.p4)(c) === true));
        const set = own.map((cs) => cs.some((c) => (0,surface_conditions/* testsAbsence */.p4)(c) === false));
        const defaults = unset.flatMap((u, i) => (u ? [i] : []));
        if (defaults.length !== 1 || !set.every((s, i) => s || i === defaults[0]))
            return NO_DEFAULT;
        const chosen = defaults[0];
        const others = own.filter((_, i) => i !== chosen).map((cs) => (0,surface_conditions/* allOf */.bn)(cs));
        this.ev.notes.push(new Unresolved(`a schema that depends on configuration is read as when \`${(0,surface_conditions/* allOf */.bn)(own[chosen])}\` (nothing configured); it differs when \`${others.join('` or `')}\``, at ? this.ev.at(at) : { file: '' }));
        return paths[chosen].value;
    }
    mergeMaps(a, b, condition, negated, at) {
        const out = new Map();
        for (const key of new Set([...a.keys(), ...b.keys()])) {
            if (a.has(key) && b.has(key))
                out.set(key, this.mergeValues(a.get(key), b.get(key), condition, at));
            else
                out.set(key, withConditions(a.has(key) ? a.get(key) : b.get(key), [a.has(key) ? condition : negated]));
        }
        return out;
    }
    mergeRecords(a, b, condition, negated, at) {
        const out = {};
        for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const [inA, inB] = [key in a, key in b];
            if (inA && inB)
                out[key] = this.mergeValues(a[key], b[key], condition, at);
            // A key on one side only: an item of a record of tools exists under that side's condition; a setting is unknown.
            else if (typeof (inA ? a[key] : b[key]) === 'object' && (inA ? a[key] : b[key]) !== null)
                out[key] = withConditions(inA ? a[key] : b[key], [inA ? condition : negated]);
            else
                out[key] = new Unresolved(`\`${key}\` is set only when \`${inA ? condition : negated}\``, at ? this.ev.at(at) : { file: '' });
        }
        return out;
    }
    /** The returns of a function over its paths: the same value, or lists and records merged under each path's conditions. */
    mergeReturns(returns, at) {
        const meaningful = returns.some((r) => r.value !== undefined)
            ? returns.filter((r) => r.value !== undefined)
            : returns;
        if (meaningful.length === 0)
            return undefined;
        if (meaningful.length === 1)
            return meaningful[0].value;
        const values = meaningful.map((r) => r.value);
        if (values.every((v) => v === values[0]))
            return values[0];
        const failed = values.find((v) => v instanceof Unresolved);
        if (failed)
            return failed;
        if (values.every(Array.isArray))
            return unionOf(meaningful.map((r) => [r.value, r.conditions]), (x, y, c) => this.mergeValues(x, y, c, at));
        if (values.every(isPlainObject)) {
            const records = meaningful;
            const out = {};
            for (const key of new Set(records.flatMap((r) => Object.keys(r.value)))) {
                const having = records.filter((r) => key in r.value);
                out[key] =
                    having.length === records.length
                        ? this.mergeReturns(having.map((r) => ({ value: r.value[key], conditions: r.conditions })), at)
                        : withConditions(this.mergeReturns(having.map((r) => ({ value: r.value[key], conditions: r.conditions })), at), having[0].conditions);
            }
            return out;
        }
        const chosen = this.defaultSchema(meaningful, at);
        if (chosen !== NO_DEFAULT)
            return chosen;
        return new Unresolved(`returns different values on different paths (${meaningful.map((r) => (r.conditions.length > 0 ? (0,surface_conditions/* allOf */.bn)(r.conditions) : 'otherwise')).join('; ')})`, this.ev.at(at));
    }
}
/** What names an item in a list across paths: the same tool changed on one path (`{ ...tool, description }`) is one item. */
function identityOf(item) {
    if (!isPlainObject(item))
        return item;
    for (const key of ['name', 'uri', 'uriTemplate', 'id'])
        if (typeof item[key] === 'string')
            return `${key}:${item[key]}`;
    return item;
}
/**
 * Lists from several paths: an element on every path is there always; one on some paths only, under
 * the first such path's conditions. Variants of one item (the same name) are merged field by field.
 */
function unionOf(lists, merge) {
    const order = [];
    const variants = new Map();
    lists.forEach(([list, conditions], path) => {
        for (const item of list) {
            const id = identityOf(item);
            const known = variants.get(id);
            if (!known) {
                order.push(id);
                variants.set(id, [{ item, conditions, path }]);
            }
            else if (!known.some((v) => v.item === item))
                known.push({ item, conditions, path });
            else if (!known.some((v) => v.path === path))
                known.push({ item, conditions, path });
        }
    });
    return order.map((id) => {
        const found = variants.get(id);
        const paths = new Set(found.map((v) => v.path));
        let item = found[0].item;
        // mergeValues(a, b, condition) reads `condition` as a's: the first variant's, and b's is its negation.
        for (const variant of found.slice(1))
            if (variant.item !== item)
                item = merge(item, variant.item, found[0].conditions.length > 0 ? (0,surface_conditions/* allOf */.bn)(found[0].conditions) : 'otherwise');
        const everywhere = paths.size === lists.length;
        return everywhere || typeof item !== 'object' ? item : withConditions(item, found[0].conditions);
    });
}
/** At most this many calls that fill one module-level registry are followed; more is not a list of tools. */
const MAX_REGISTRY_CALLS = 512;
/**
 * Calls, at the top level of any module read, of the functions declared in `statements` that name
 * `variable` (`export function registerTool(t) { toolMap.set(t.name, t) }`).
 */
function registryCalls(statements, variable) {
    const calls = [];
    for (const s of statements) {
        const fn = ts_morph/* Node */.bP0.isFunctionDeclaration(s)
            ? s
            : ts_morph/* Node */.bP0.isVariableStatement(s)
                ? s
                    .getDeclarations()
                    .map((d) => d.getInitializer())
                    .find((i) => i && (ts_morph/* Node */.bP0.isArrowFunction(i) || ts_morph/* Node */.bP0.isFunctionExpression(i)))
                    ?.getParentIfKind(ts_morph/* SyntaxKind */.a66.VariableDeclaration)
                : undefined;
        if (!fn || !new RegExp(`\\b${variable}\\s*\\.\\s*(set|push|add|unshift)\\b`).test(fn.getText()))
            continue;
        const nameNode = fn.getNameNode();
        if (!nameNode || !ts_morph/* Node */.bP0.isIdentifier(nameNode))
            continue;
        for (const reference of nameNode.findReferencesAsNodes()) {
            const call = reference.getParentIfKind(ts_morph/* SyntaxKind */.a66.CallExpression);
            if (!call || call.getExpression() !== reference)
                continue;
            const statement = call.getParentIfKind(ts_morph/* SyntaxKind */.a66.ExpressionStatement);
            if (!statement || !ts_morph/* Node */.bP0.isSourceFile(statement.getParent()))
                continue;
            calls.push(call);
            if (calls.length >= MAX_REGISTRY_CALLS)
                return calls;
        }
    }
    return calls;
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/writes.js
// What the evaluator must know about how a variable is written: whether it is assigned again or
// changed in place after its declaration (then its initializer is not its value), and the members
// of an enum that TypeScript compiled to JavaScript assignments.


const MUTATORS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'set', 'delete', 'add', 'clear']);
const ASSIGNMENTS = new Set([
    ts_morph/* SyntaxKind */.a66.EqualsToken,
    ts_morph/* SyntaxKind */.a66.PlusEqualsToken,
    ts_morph/* SyntaxKind */.a66.MinusEqualsToken,
    ts_morph/* SyntaxKind */.a66.BarBarEqualsToken,
    ts_morph/* SyntaxKind */.a66.QuestionQuestionEqualsToken,
    ts_morph/* SyntaxKind */.a66.AmpersandAmpersandEqualsToken,
]);
/** Per file: the identifiers assigned to, and those changed in place (`x.push(…)`), by name. */
const writesByFile = new WeakMap();
function writesIn(file) {
    let writes = writesByFile.get(file);
    if (writes)
        return writes;
    writes = { assigned: new Map(), mutated: new Map() };
    for (const assignment of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.BinaryExpression)) {
        const left = assignment.getLeft();
        if (!ASSIGNMENTS.has(assignment.getOperatorToken().getKind()))
            continue;
        if (ts_morph/* Node */.bP0.isIdentifier(left)) {
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
    for (const call of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
        const callee = call.getExpression();
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) &&
            MUTATORS.has(callee.getName()) &&
            ts_morph/* Node */.bP0.isIdentifier(callee.getExpression())) {
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
function rootOf(target) {
    let current = target;
    while (ts_morph/* Node */.bP0.isPropertyAccessExpression(current) || ts_morph/* Node */.bP0.isElementAccessExpression(current))
        current = current.getExpression();
    return ts_morph/* Node */.bP0.isIdentifier(current) ? current : undefined;
}
/** Whether a variable's value may differ from its initializer: assigned again, or changed in place. */
function mutation(declaration, symbol) {
    const name = declaration.getName();
    const writes = writesIn(declaration.getSourceFile());
    if ((writes.assigned.get(name) ?? []).some((n) => n.getSymbol() === symbol))
        return 'is assigned again';
    const changed = (writes.mutated.get(name) ?? []).find((m) => m.node.getSymbol() === symbol);
    if (!changed)
        return undefined;
    return changed.method.endsWith(' =')
        ? `is changed in place (\`${name}${changed.method} …\`)`
        : `is changed with .${changed.method}()`;
}
/** The members of an enum compiled to JavaScript (`X["A"] = "a"` statements in the same file). */
function compiledEnum(file, name, evaluator, depth) {
    const members = {};
    for (const assignment of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.BinaryExpression)) {
        if (assignment.getOperatorToken().getKind() !== ts_morph/* SyntaxKind */.a66.EqualsToken)
            continue;
        const left = assignment.getLeft();
        if (!ts_morph/* Node */.bP0.isElementAccessExpression(left) || left.getExpression().getText() !== name)
            continue;
        const key = evaluator.evaluate(left.getArgumentExpression(), depth);
        const value = evaluator.evaluate(assignment.getRight(), depth);
        if (typeof key === 'string' && !(value instanceof Unresolved))
            members[key] = value;
    }
    return Object.keys(members).length ? members : undefined;
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/commonjs.js
// Modules as compilers and bundlers write them, read as the values they stand for: CommonJS
// (`require`, `exports.x =`, `module.exports =`, `Object.defineProperty(exports, …)`), the interop
// helpers of tsc (`__importStar`, `__importDefault`, `__exportStar`, `__awaiter`) and esbuild
// (`__toESM`, `__toCommonJS`, `__export`, `__reExport`). A published MCP server is often only this:
// without it, `zod_1.z.object(…)` is an unknown and a whole server reads as empty.


/** Helpers that turn what `require` returned into what the compiled `import` expects. */
const NAMESPACE_INTEROP = new Set(['__importStar', '__toESM', '_interopRequireWildcard']);
const DEFAULT_INTEROP = new Set(['__importDefault', '_interopRequireDefault']);
const IDENTITY_INTEROP = new Set(['__toCommonJS']);
/** Helpers that copy every export of one module onto another (`export * from './a'` compiled). */
const RE_EXPORT = new Set(['__exportStar', '__reExport', '__export']);
/** What interopCall returns for a call that is not one of the helpers. */
const NOT_INTEROP = Symbol('not an interop helper');
/** Modules whose `exports` were marked `__esModule` (compiled from ES modules): interop passes them through. */
const ES_MODULES = new WeakSet();
/** The name a call's callee ends with (`__importStar`, `tslib_1.__importStar`). */
function calleeName(call) {
    const callee = call.getExpression();
    if (ts_morph/* Node */.bP0.isIdentifier(callee))
        return callee.getText();
    if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee))
        return callee.getName();
    return undefined;
}
/** `require("spec")` with a literal specifier, where `require` is Node's (not a function of the sources). */
function requireSpecifier(call) {
    const callee = call.getExpression();
    if (!ts_morph/* Node */.bP0.isIdentifier(callee) || callee.getText() !== 'require')
        return undefined;
    const [arg] = call.getArguments();
    if (!arg || !(ts_morph/* Node */.bP0.isStringLiteral(arg) || ts_morph/* Node */.bP0.isNoSubstitutionTemplateLiteral(arg)))
        return undefined;
    const declared = callee
        .getSymbol()
        ?.getDeclarations()
        .some((d) => !d.getSourceFile().isDeclarationFile());
    return declared ? undefined : arg.getLiteralValue();
}
/** Whether an expression is a `require(…)`, possibly wrapped in interop helpers (`__importStar(require("./x"))`). */
function isRequireExpression(node) {
    let current = node;
    while (current && ts_morph/* Node */.bP0.isCallExpression(current)) {
        if (requireSpecifier(current) !== undefined)
            return true;
        const name = calleeName(current);
        if (!name || !(NAMESPACE_INTEROP.has(name) || DEFAULT_INTEROP.has(name) || IDENTITY_INTEROP.has(name)))
            return false;
        current = current.getArguments()[0];
    }
    return false;
}
/** A declaration bound by `const x = require(…)` or `const { z } = require("zod")`. */
function isRequireBinding(declaration) {
    let current = declaration;
    while (current && ts_morph/* Node */.bP0.isBindingElement(current))
        current = current.getParent()?.getParent();
    return Boolean(current && ts_morph/* Node */.bP0.isVariableDeclaration(current) && isRequireExpression(current.getInitializer()));
}
/**
 * A call of an interop helper, read as what it returns, or NOT_INTEROP when the call is not one.
 * `__awaiter(this, args, P, function* () {…})` is an async function as tsc compiles it for older
 * targets: its generator is followed as that async function (each `yield` an `await`).
 */
function interopCall(ev, call, depth) {
    const name = calleeName(call);
    if (!name)
        return NOT_INTEROP;
    const args = call.getArguments();
    if (name === '__awaiter' && args.length === 4) {
        const body = args[3];
        if (!ts_morph/* Node */.bP0.isFunctionExpression(body) || !body.isGenerator())
            return NOT_INTEROP;
        const self = ev.evaluate(args[0], depth);
        return ev.call(new SourceFunction(ev.at(body), body, self), [], call, { generatorAsAsync: true });
    }
    const namespace = NAMESPACE_INTEROP.has(name);
    const asDefault = DEFAULT_INTEROP.has(name);
    if (!namespace && !asDefault && !IDENTITY_INTEROP.has(name))
        return NOT_INTEROP;
    if (args.length === 0)
        return NOT_INTEROP;
    const value = ev.evaluate(args[0], depth);
    if (value instanceof Unresolved || value instanceof Host || IDENTITY_INTEROP.has(name))
        return value;
    // An ES module compiled to CommonJS is passed through; anything else becomes the default export.
    if (typeof value === 'object' && value !== null && ES_MODULES.has(value))
        return value;
    if (asDefault)
        return { default: value };
    return isPlainObject(value) ? { ...value, default: value } : { default: value };
}
/** The file a relative `require` names, among the files read (Node's resolution: as written, `.js`, `.cjs`, `/index.js`). */
function requiredFile(from, specifier) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/'))
        return undefined;
    const base = `${from.getDirectoryPath()}/${specifier}`;
    const project = from.getProject();
    for (const suffix of ['', '.js', '.cjs', '.mjs', '.ts', '/index.js', '/index.cjs', '/index.ts']) {
        const file = project.getSourceFile(normalize(base + suffix));
        if (file && !file.isDeclarationFile())
            return file;
    }
    return undefined;
}
function normalize(file) {
    const parts = [];
    for (const part of file.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part !== '.' && part !== '')
            parts.push(part);
    }
    return `/${parts.join('/')}`;
}
/** What `require(specifier)` returns, read from the sources or from a library mcpver loads. */
function requireModule(ev, call, specifier) {
    const from = call.getSourceFile();
    if (/\.json$/.test(specifier) && specifier.startsWith('.'))
        return ev.json(`${from.getDirectoryPath()}/${specifier}`.replace(/\/\.\//g, '/'), call);
    const host = ev.context.hostModule(specifier);
    if (host)
        return new Host(host);
    const file = requiredFile(from, specifier);
    if (file)
        return ev.moduleExports(file);
    return new Unresolved(`\`require("${specifier}")\` is a module outside the analysed sources`, ev.at(call));
}
/** Whether a file is a CommonJS module: JavaScript with no `import`/`export` declarations that writes `exports`. */
function isCommonJs(file) {
    if (!/\.(c?js|jsx)$/.test(file.getFilePath()))
        return false;
    if (file.getImportDeclarations().length > 0 || file.getExportDeclarations().length > 0)
        return false;
    if (file.getExportAssignments().length > 0)
        return false;
    return /\b(module\.)?exports\b/.test(file.getFullText());
}
/** `exports.x`, `exports["x"]`, `module.exports.x`: the export name written to, else undefined. */
function exportName(target) {
    if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(target) && !ts_morph/* Node */.bP0.isElementAccessExpression(target))
        return undefined;
    if (!isExportsObject(target.getExpression()))
        return undefined;
    if (ts_morph/* Node */.bP0.isPropertyAccessExpression(target))
        return target.getName();
    const key = target.getArgumentExpression();
    return key && ts_morph/* Node */.bP0.isStringLiteral(key) ? key.getLiteralValue() : undefined;
}
/** `exports` or `module.exports`. */
function isExportsObject(node) {
    if (ts_morph/* Node */.bP0.isIdentifier(node))
        return node.getText() === 'exports';
    return ts_morph/* Node */.bP0.isPropertyAccessExpression(node) && node.getText().replace(/\s/g, '') === 'module.exports';
}
/**
 * The value of `module.exports` once a CommonJS module has run its top level: each `exports.x = …`,
 * `module.exports = …`, `Object.defineProperty(exports, "x", { get })` and re-export of another
 * module, in order. The `exports.a = exports.b = void 0` placeholders tsc writes first are skipped.
 */
function commonJsExports(ev, file, into) {
    let value = into;
    const assign = (key, v) => {
        if (isPlainObject(value))
            value[key] = v;
    };
    for (const statement of file.getStatements()) {
        if (!ts_morph/* Node */.bP0.isExpressionStatement(statement))
            continue;
        const expression = unwrap(statement.getExpression());
        if (ts_morph/* Node */.bP0.isBinaryExpression(expression) && expression.getOperatorToken().getKind() === ts_morph/* SyntaxKind */.a66.EqualsToken) {
            const targets = [];
            let right = expression;
            while (ts_morph/* Node */.bP0.isBinaryExpression(right) && right.getOperatorToken().getKind() === ts_morph/* SyntaxKind */.a66.EqualsToken) {
                targets.push(right.getLeft());
                right = unwrap(right.getRight());
            }
            if (ts_morph/* Node */.bP0.isVoidExpression(right))
                continue;
            const names = targets.map((t) => ({ t, name: exportName(t) }));
            const whole = targets.some((t) => isExportsObject(t) && !ts_morph/* Node */.bP0.isIdentifier(t));
            if (!whole && names.every((n) => n.name === undefined))
                continue;
            const v = ev.evaluate(right);
            if (whole) {
                // `module.exports = { a, b }`: a new exports object (what `require` returns from now on).
                value = isPlainObject(v) ? Object.assign(into, v) : v;
                continue;
            }
            for (const { name } of names)
                if (name !== undefined)
                    assign(name, v);
            continue;
        }
        if (!ts_morph/* Node */.bP0.isCallExpression(expression))
            continue;
        const name = calleeName(expression);
        const args = expression.getArguments();
        if (name === 'defineProperty' && args.length >= 3 && isExportsObject(args[0]) && ts_morph/* Node */.bP0.isStringLiteral(args[1])) {
            const key = args[1].getLiteralValue();
            if (key === '__esModule') {
                if (isPlainObject(value))
                    ES_MODULES.add(value);
                continue;
            }
            const descriptor = ev.evaluate(args[2]);
            if (!isPlainObject(descriptor))
                assign(key, descriptor);
            else if (descriptor.get instanceof SourceFunction)
                assign(key, ev.call(descriptor.get, [], expression));
            else
                assign(key, descriptor.value);
            continue;
        }
        if (name && RE_EXPORT.has(name)) {
            // `__exportStar(require("./a"), exports)`, `__reExport(target, require("./a"), module.exports)`, tsc's old `__export(require("./a"))`.
            const source = args.find((a) => isRequireExpression(a));
            if (!source || (name === '__export' && args.length !== 1))
                continue;
            const module = ev.evaluate(source);
            if (module instanceof Host && isPlainObject(value))
                for (const [k, v] of Object.entries(module.value))
                    if (k !== 'default' && !(k in value))
                        value[k] = new Host(v);
            if (isPlainObject(module) && isPlainObject(value))
                for (const [k, v] of Object.entries(module))
                    if (k !== 'default' && !(k in value))
                        value[k] = v;
        }
    }
    return value;
}
/**
 * `var tools_exports = {}; __export(tools_exports, { a: () => a, b: () => b })`: the namespace
 * object esbuild makes for `import * as tools` (or for a CommonJS bundle's exports), its getters
 * read as the values they return. Undefined when the variable is not filled that way.
 */
function bundlerNamespace(ev, file, name, depth) {
    let out;
    for (const call of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
        const args = call.getArguments();
        if (calleeName(call) !== '__export' || args.length !== 2 || args[0].getText() !== name)
            continue;
        const all = args[1];
        if (!ts_morph/* Node */.bP0.isObjectLiteralExpression(all))
            continue;
        // zod bundled into the server (`// node_modules/zod/v4/classic/external.js` above it): the real zod.
        const library = bundledPackage(file, call.getPos());
        if (library === 'zod') {
            const zod = ev.context.hostModule('zod');
            if (zod)
                return new Host(zod);
        }
        out ??= {};
        for (const property of all.getProperties()) {
            if (!ts_morph/* Node */.bP0.isPropertyAssignment(property))
                continue;
            const nameNode = property.getNameNode();
            const key = ts_morph/* Node */.bP0.isStringLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
            const getter = property.getInitializer();
            out[key] =
                getter && ts_morph/* Node */.bP0.isArrowFunction(getter) && !ts_morph/* Node */.bP0.isBlock(getter.getBody())
                    ? ev.evaluate(getter.getBody(), depth)
                    : new Unresolved(`cannot read the export \`${key}\` of a bundled module`, ev.at(property));
        }
    }
    if (out)
        ES_MODULES.add(out);
    return out;
}
/** The package a bundle's section at `position` comes from, by the `// node_modules/<package>/…` comment esbuild writes before it. */
function bundledPackage(file, position) {
    const text = file.getFullText();
    const start = text.lastIndexOf('\n// ', position);
    if (start < 0)
        return undefined;
    const line = text.slice(start + 4, text.indexOf('\n', start + 1));
    const match = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
    return match?.[1];
}
function unwrap(node) {
    let current = node;
    while (ts_morph/* Node */.bP0.isParenthesizedExpression(current))
        current = current.getExpression();
    return current;
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/evaluator.js
// The static evaluator: turns a source expression into the value it certainly has, following values
// through constants, imports across files (and path aliases), object and array literals, spreads,
// calls of functions written in the sources with the arguments they are given, classes (fields,
// constructors, statics), array and object methods, and conditions it can decide. What it cannot
// know becomes an Unresolved that says why and where. User code is never run: only the libraries
// mcpver itself loads (zod, the SDK) are called, with the data rebuilt here.









function locationOf(node, root) {
    const file = node.getSourceFile().getFilePath();
    // A file beside the package (a workspace package it imports) is named from it: `../common/src/x.ts`.
    const relative = external_node_path_.relative(root, file);
    return { file: relative.replace(/\\/g, '/'), line: node.getStartLineNumber() };
}
/** Deeper than this, an expression is taken to refer to itself. */
const MAX_DEPTH = 96;
/** Calls of source functions nested deeper than this are not followed (recursion, or a maze of helpers). */
const MAX_CALL_DEPTH = 16;
const FUNCTION_KINDS = new Set([
    ts_morph/* SyntaxKind */.a66.ArrowFunction,
    ts_morph/* SyntaxKind */.a66.FunctionExpression,
    ts_morph/* SyntaxKind */.a66.FunctionDeclaration,
    ts_morph/* SyntaxKind */.a66.MethodDeclaration,
    ts_morph/* SyntaxKind */.a66.Constructor,
    ts_morph/* SyntaxKind */.a66.GetAccessor,
    ts_morph/* SyntaxKind */.a66.SetAccessor,
]);
const isFunctionLike = (node) => FUNCTION_KINDS.has(node.getKind());
/** Instances built by `new` of a source class, with that class: their fields are set in place by constructors. */
const INSTANCES = new WeakMap();
const isInstance = (value) => typeof value === 'object' && value !== null && INSTANCES.has(value);
/** An instance that exists only under these conditions (built on one side of an `if`): a copy, still an instance of its class. */
function instanceUnder(instance, conditions) {
    const copy = withConditions(instance, conditions);
    const cls = INSTANCES.get(instance);
    if (cls)
        INSTANCES.set(copy, cls);
    return copy;
}
class Evaluator {
    context;
    active = new Set();
    /** Values of declarations while code that binds them is followed: parameters, locals, loop variables. */
    bindings = new Map();
    /** For each bound declaration, the depth of the frame that bound it (see `frames`). */
    boundAt = new Map();
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
    memo = new Map();
    namespaces = new Map();
    interpreter;
    constructor(context) {
        this.context = context;
        this.interpreter = new Interpreter(this);
    }
    at(node) {
        return locationOf(node, this.context.root);
    }
    /** Whether a file is the server's own code (inside the package, or beside it in the repository), not a dependency. */
    isSource(file) {
        // A pinned package read as the server's code, even from an installed copy.
        if (this.context.linked?.some((folder) => file.startsWith(`${folder}/`)))
            return true;
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
        this.frames.push(new Map());
        try {
            return fn();
        }
        finally {
            const frame = this.frames.pop();
            for (const [node, saved] of frame) {
                if (saved.had) {
                    this.bindings.set(node, saved.value);
                    if (saved.at !== undefined)
                        this.boundAt.set(node, saved.at);
                }
                else {
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
        if (!this.bindings.has(node))
            return false;
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
        const withDefault = value === undefined &&
            initializer &&
            (ts_morph/* Node */.bP0.isBindingElement(declaration) || ts_morph/* Node */.bP0.isParameterDeclaration(declaration))
            ? this.evaluate(initializer)
            : value;
        if (!name || ts_morph/* Node */.bP0.isIdentifier(name)) {
            this.bind(declaration, withDefault);
            return;
        }
        if (ts_morph/* Node */.bP0.isObjectBindingPattern(name)) {
            const taken = new Set();
            for (const element of name.getElements()) {
                if (element.getDotDotDotToken()) {
                    this.bind(element, isPlainObject(withDefault)
                        ? Object.fromEntries(Object.entries(withDefault).filter(([k]) => !taken.has(k)))
                        : this.unknownPart(withDefault, element));
                    continue;
                }
                const keyNode = element.getPropertyNameNode();
                const key = keyNode
                    ? ts_morph/* Node */.bP0.isComputedPropertyName(keyNode)
                        ? this.evaluate(keyNode.getExpression())
                        : ts_morph/* Node */.bP0.isStringLiteral(keyNode)
                            ? keyNode.getLiteralValue()
                            : keyNode.getText()
                    : element.getName();
                taken.add(String(key));
                this.bindPattern(element, typeof key === 'string' || typeof key === 'number'
                    ? this.read(withDefault, key, element)
                    : new Unresolved('cannot read a computed name', this.at(element)));
            }
        }
        else if (ts_morph/* Node */.bP0.isArrayBindingPattern(name)) {
            name.getElements().forEach((element, i) => {
                if (!ts_morph/* Node */.bP0.isBindingElement(element))
                    return;
                if (element.getDotDotDotToken())
                    this.bind(element, Array.isArray(withDefault) ? withDefault.slice(i) : this.unknownPart(withDefault, element));
                else
                    this.bindPattern(element, Array.isArray(withDefault) ? withDefault[i] : this.unknownPart(withDefault, element));
            });
        }
    }
    unknownPart(value, at) {
        return value instanceof Unresolved
            ? value
            : new Unresolved(`cannot destructure \`${at.getText().slice(0, 40)}\``, this.at(at));
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
        if (object instanceof Unresolved)
            return object;
        if (object instanceof Host) {
            const holder = object.value;
            const value = holder?.[key];
            return value === undefined
                ? new Unresolved(`\`${at.getText().slice(0, 60)}\` is not defined`, this.at(at))
                : new Host(value, holder);
        }
        if (object instanceof SourceClass)
            return this.staticMember(object, String(key), at);
        if (object === undefined || object === null)
            return new Unresolved(`reads \`${String(key)}\` of ${String(object)}`, this.at(at));
        if (object instanceof SourceFunction)
            return new Unresolved(`reads \`${String(key)}\` of a function`, this.at(at));
        if (object instanceof SourcePrototype)
            return new Unresolved(`reads \`${String(key)}\` of a class's prototype`, this.at(at));
        const builtin = readBuiltinProperty(object, key);
        if (builtin !== NOT_BUILTIN)
            return builtin;
        if (typeof object === 'object') {
            const record = object;
            const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
            // A library value stored in a plain object (a zod shape) is still a library value.
            if (isLibraryValue(value))
                return new Host(value, object);
            return value;
        }
        return new Unresolved(`cannot read \`${String(key)}\` of a ${typeof object}`, this.at(at));
    }
    // ── expressions ─────────────────────────────────────────────────────────────────────────────
    evaluate(node, depth = 0) {
        if (!node)
            return undefined;
        if (depth > MAX_DEPTH || this.active.has(node))
            return new Unresolved('the value refers to itself', this.at(node));
        this.active.add(node);
        try {
            return this.evaluateNode(node, depth + 1);
        }
        finally {
            this.active.delete(node);
        }
    }
    /** Whether a value is truthy: undefined when that is not known. */
    truthy(value) {
        if (value instanceof Unresolved)
            return undefined;
        if (value instanceof Host)
            return Boolean(value.value);
        return Boolean(value);
    }
    evaluateNode(node, depth) {
        switch (node.getKind()) {
            case ts_morph/* SyntaxKind */.a66.TrueKeyword:
                return true;
            case ts_morph/* SyntaxKind */.a66.FalseKeyword:
                return false;
            case ts_morph/* SyntaxKind */.a66.NullKeyword:
                return null;
            case ts_morph/* SyntaxKind */.a66.ThisKeyword:
                if (this.thisValues.length <= this.thisFloor)
                    this.outerReads += 1;
                return this.thisValues.length
                    ? this.thisValues[this.thisValues.length - 1]
                    : new Unresolved('`this` is only known when the code runs', this.at(node));
            case ts_morph/* SyntaxKind */.a66.RegularExpressionLiteral: {
                const text = node.getText();
                const end = text.lastIndexOf('/');
                try {
                    return new RegExp(text.slice(1, end), text.slice(end + 1));
                }
                catch {
                    return new Unresolved('a regular expression this Node cannot read', this.at(node));
                }
            }
            default:
                break;
        }
        if (ts_morph/* Node */.bP0.isStringLiteral(node) || ts_morph/* Node */.bP0.isNoSubstitutionTemplateLiteral(node))
            return node.getLiteralValue();
        if (ts_morph/* Node */.bP0.isNumericLiteral(node))
            return node.getLiteralValue();
        if (ts_morph/* Node */.bP0.isIdentifier(node) && node.getText() === 'undefined')
            return undefined;
        if (ts_morph/* Node */.bP0.isParenthesizedExpression(node) ||
            ts_morph/* Node */.bP0.isAsExpression(node) ||
            ts_morph/* Node */.bP0.isSatisfiesExpression(node) ||
            ts_morph/* Node */.bP0.isNonNullExpression(node) ||
            ts_morph/* Node */.bP0.isTypeAssertion(node) ||
            ts_morph/* Node */.bP0.isAwaitExpression(node)) {
            return this.evaluate(node.getExpression(), depth);
        }
        // Only generators followed as async functions (tsc's `__awaiter`) are run: there `yield` is `await`.
        if (ts_morph/* Node */.bP0.isYieldExpression(node))
            return this.evaluate(node.getExpression(), depth);
        if (ts_morph/* Node */.bP0.isPrefixUnaryExpression(node))
            return this.prefix(node, depth);
        if (ts_morph/* Node */.bP0.isTypeOfExpression(node)) {
            const value = this.evaluate(node.getExpression(), depth);
            if (value instanceof Unresolved)
                return value;
            return value instanceof SourceFunction || value instanceof SourceClass ? 'function' : typeof hostValue(value);
        }
        if (ts_morph/* Node */.bP0.isVoidExpression(node))
            return undefined;
        if (ts_morph/* Node */.bP0.isTemplateExpression(node))
            return this.template(node, depth);
        if (ts_morph/* Node */.bP0.isBinaryExpression(node))
            return this.binary(node, depth);
        if (ts_morph/* Node */.bP0.isConditionalExpression(node))
            return this.conditional(node, depth);
        if (ts_morph/* Node */.bP0.isArrowFunction(node) || ts_morph/* Node */.bP0.isFunctionExpression(node)) {
            // A function written inside a followed call closes over what that call bound; an arrow also over `this`.
            const scope = this.frames.length > 0 ? new Map(this.bindings) : undefined;
            return new SourceFunction(this.at(node), node, ts_morph/* Node */.bP0.isArrowFunction(node) && this.thisValues.length ? this.thisValues[this.thisValues.length - 1] : undefined, scope);
        }
        if (ts_morph/* Node */.bP0.isFunctionDeclaration(node) || ts_morph/* Node */.bP0.isMethodDeclaration(node))
            return new SourceFunction(this.at(node), node, undefined);
        if (ts_morph/* Node */.bP0.isClassExpression(node) || ts_morph/* Node */.bP0.isClassDeclaration(node))
            return new SourceClass(node, this.at(node));
        if (ts_morph/* Node */.bP0.isObjectLiteralExpression(node))
            return this.object(node, depth);
        if (ts_morph/* Node */.bP0.isArrayLiteralExpression(node))
            return this.array(node, depth);
        if (ts_morph/* Node */.bP0.isIdentifier(node))
            return this.identifier(node, depth);
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(node) || ts_morph/* Node */.bP0.isElementAccessExpression(node))
            return this.access(node, depth);
        if (ts_morph/* Node */.bP0.isCallExpression(node))
            return this.callExpression(node, depth);
        if (ts_morph/* Node */.bP0.isNewExpression(node))
            return this.newExpression(node, depth);
        if (ts_morph/* Node */.bP0.isTaggedTemplateExpression(node))
            return new Unresolved(`cannot evaluate the tagged template \`${node.getTag().getText()}\``, this.at(node));
        return new Unresolved(`cannot evaluate \`${node.getText().slice(0, 80)}\` statically`, this.at(node));
    }
    prefix(node, depth) {
        const operand = this.evaluate(node.getOperand(), depth);
        const operator = node.getOperatorToken();
        if (operator === ts_morph/* SyntaxKind */.a66.ExclamationToken) {
            const truth = this.truthy(operand);
            return truth === undefined
                ? operand instanceof Unresolved
                    ? operand
                    : new Unresolved(`cannot decide \`${node.getText()}\``, this.at(node))
                : !truth;
        }
        if (typeof operand === 'number' && operator === ts_morph/* SyntaxKind */.a66.MinusToken)
            return -operand;
        if (typeof operand === 'number' && operator === ts_morph/* SyntaxKind */.a66.PlusToken)
            return operand;
        return operand instanceof Unresolved
            ? operand
            : new Unresolved(`cannot evaluate \`${node.getText()}\``, this.at(node));
    }
    template(node, depth) {
        let text = node.getHead().getLiteralText();
        for (const span of node.getTemplateSpans()) {
            const value = hostValue(this.evaluate(span.getExpression(), depth));
            if (value instanceof Unresolved)
                return value;
            if (typeof value !== 'string' &&
                typeof value !== 'number' &&
                typeof value !== 'boolean' &&
                value !== null &&
                value !== undefined) {
                return new Unresolved(`cannot evaluate \`${span.getExpression().getText()}\` in a template`, this.at(span));
            }
            text += String(value) + span.getLiteral().getLiteralText();
        }
        return text;
    }
    binary(node, depth) {
        const operator = node.getOperatorToken().getKind();
        const left = this.evaluate(node.getLeft(), depth);
        // Short-circuits decide on the left alone when they can.
        if (operator === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken || operator === ts_morph/* SyntaxKind */.a66.BarBarToken) {
            const truth = this.truthy(left);
            if (truth === undefined) {
                // `flag && tool.type !== 'read'` for a read tool: falsy whatever the flag is (a gate that cannot hold).
                if (operator === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken) {
                    const right = this.evaluate(node.getRight(), depth);
                    if (!(right instanceof Unresolved) && this.truthy(right) === false)
                        return right;
                }
                return this.undecided(node.getLeft(), left, node, depth, operator === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken);
            }
            if ((operator === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken) !== truth)
                return left;
            return this.evaluate(node.getRight(), depth);
        }
        if (operator === ts_morph/* SyntaxKind */.a66.QuestionQuestionToken) {
            if (left instanceof Unresolved)
                return left;
            return hostValue(left) === null || hostValue(left) === undefined ? this.evaluate(node.getRight(), depth) : left;
        }
        if (operator === ts_morph/* SyntaxKind */.a66.CommaToken)
            return this.evaluate(node.getRight(), depth);
        const right = this.evaluate(node.getRight(), depth);
        if (left instanceof Unresolved)
            return left;
        if (right instanceof Unresolved)
            return right;
        const [a, b] = [hostValue(left), hostValue(right)];
        switch (operator) {
            case ts_morph/* SyntaxKind */.a66.PlusToken:
                if ((typeof a === 'string' || typeof a === 'number') && (typeof b === 'string' || typeof b === 'number'))
                    return a + b;
                break;
            case ts_morph/* SyntaxKind */.a66.MinusToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a - b;
                break;
            case ts_morph/* SyntaxKind */.a66.AsteriskToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a * b;
                break;
            case ts_morph/* SyntaxKind */.a66.SlashToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a / b;
                break;
            case ts_morph/* SyntaxKind */.a66.PercentToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a % b;
                break;
            case ts_morph/* SyntaxKind */.a66.EqualsEqualsEqualsToken:
                if (comparable(a) && comparable(b))
                    return a === b;
                break;
            case ts_morph/* SyntaxKind */.a66.ExclamationEqualsEqualsToken:
                if (comparable(a) && comparable(b))
                    return a !== b;
                break;
            case ts_morph/* SyntaxKind */.a66.EqualsEqualsToken:
                if (comparable(a) && comparable(b))
                    return a == b;
                break;
            case ts_morph/* SyntaxKind */.a66.ExclamationEqualsToken:
                if (comparable(a) && comparable(b))
                    return a != b;
                break;
            case ts_morph/* SyntaxKind */.a66.LessThanToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a < b;
                break;
            case ts_morph/* SyntaxKind */.a66.GreaterThanToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a > b;
                break;
            case ts_morph/* SyntaxKind */.a66.LessThanEqualsToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a <= b;
                break;
            case ts_morph/* SyntaxKind */.a66.GreaterThanEqualsToken:
                if (typeof a === 'number' && typeof b === 'number')
                    return a >= b;
                break;
            case ts_morph/* SyntaxKind */.a66.InKeyword:
                if ((typeof a === 'string' || typeof a === 'number') && isPlainObject(b))
                    return a in b;
                break;
            case ts_morph/* SyntaxKind */.a66.InstanceOfKeyword:
                // Only a library value against a library class is certain (`schema instanceof z.ZodObject`).
                if (left instanceof Host && right instanceof Host && typeof b === 'function')
                    return a instanceof b;
                // A source class against a source class (`ctor.prototype instanceof BaseTool`, `tool instanceof ReadTool`): its bases.
                if (b instanceof SourceClass &&
                    (a instanceof SourcePrototype || (typeof a === 'object' && INSTANCES.has(a)))) {
                    const decided = a instanceof SourcePrototype
                        ? this.derives(a.cls, b, false)
                        : this.derives(INSTANCES.get(a), b, true);
                    if (decided !== undefined)
                        return decided;
                    return new Unresolved(`cannot decide \`${node.getText().slice(0, 60)}\`: a base class is not in the sources`, this.at(node));
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
    undecided(condition, value, node, depth, and, otherwise) {
        const text = conditionText(condition);
        const whenTrue = and
            ? this.evaluate(node.getRight(), depth)
            : otherwise
                ? this.evaluate(otherwise, depth)
                : value;
        const whenFalse = and
            ? value
            : otherwise
                ? undefined
                : this.evaluate(node.getRight(), depth);
        return this.interpreter.mergeValues(whenTrue, whenFalse, and ? text : conditionText(condition, true), node);
    }
    conditional(node, depth) {
        const condition = this.evaluate(node.getCondition(), depth);
        const truth = this.truthy(condition);
        if (truth === true)
            return this.evaluate(node.getWhenTrue(), depth);
        if (truth === false)
            return this.evaluate(node.getWhenFalse(), depth);
        const whenTrue = this.evaluate(node.getWhenTrue(), depth);
        const whenFalse = this.evaluate(node.getWhenFalse(), depth);
        return this.interpreter.mergeValues(whenTrue, whenFalse, conditionText(node.getCondition()), node);
    }
    object(node, depth) {
        const out = {};
        for (const property of node.getProperties()) {
            if (ts_morph/* Node */.bP0.isSpreadAssignment(property)) {
                // `{ ...Base.shape }`: a library value (a zod shape) spreads like the plain object it is.
                const spread = hostValue(this.evaluate(property.getExpression(), depth));
                if (spread instanceof Unresolved)
                    return spread;
                if (spread === undefined || spread === null)
                    continue;
                if (typeof spread !== 'object' || spread instanceof SourceFunction || spread instanceof SourceClass)
                    return new Unresolved(`cannot spread \`${property.getExpression().getText()}\``, this.at(property));
                Object.assign(out, spread);
            }
            else if (ts_morph/* Node */.bP0.isPropertyAssignment(property)) {
                const nameNode = property.getNameNode();
                const name = ts_morph/* Node */.bP0.isComputedPropertyName(nameNode)
                    ? hostValue(this.evaluate(nameNode.getExpression(), depth))
                    : ts_morph/* Node */.bP0.isStringLiteral(nameNode) || ts_morph/* Node */.bP0.isNumericLiteral(nameNode)
                        ? String(nameNode.getLiteralValue())
                        : nameNode.getText();
                if (typeof name !== 'string' && typeof name !== 'number')
                    return name instanceof Unresolved
                        ? name
                        : new Unresolved(`cannot evaluate the property name \`${nameNode.getText()}\``, this.at(property));
                out[String(name)] = this.evaluate(property.getInitializer(), depth);
            }
            else if (ts_morph/* Node */.bP0.isShorthandPropertyAssignment(property)) {
                // `{ tools }`: the value is the variable in scope, not the property.
                const symbol = property.getProject().getTypeChecker().getShorthandAssignmentValueSymbol(property);
                out[property.getName()] = symbol
                    ? this.symbol(symbol, property.getNameNode(), depth)
                    : this.global(property.getName(), property);
            }
            else if (ts_morph/* Node */.bP0.isMethodDeclaration(property)) {
                out[property.getName()] = new SourceFunction(this.at(property), property, undefined);
            }
            else if (ts_morph/* Node */.bP0.isGetAccessorDeclaration(property)) {
                out[property.getName()] = this.call(new SourceFunction(this.at(property), property, out), [], property);
            }
            else if (ts_morph/* Node */.bP0.isSetAccessorDeclaration(property)) {
                continue;
            }
            else {
                return new Unresolved(`cannot evaluate \`${property.getText().slice(0, 60)}\``, this.at(property));
            }
        }
        return out;
    }
    array(node, depth) {
        const out = [];
        for (const element of node.getElements()) {
            if (ts_morph/* Node */.bP0.isSpreadElement(element)) {
                const spread = hostValue(this.evaluate(element.getExpression(), depth));
                if (spread instanceof Unresolved)
                    return spread;
                if (spread instanceof Map || spread instanceof Set)
                    out.push(...spread.values());
                else if (Array.isArray(spread) || typeof spread === 'string')
                    out.push(...spread);
                else
                    return new Unresolved(`cannot spread \`${element.getExpression().getText()}\``, this.at(element));
            }
            else if (ts_morph/* Node */.bP0.isOmittedExpression(element)) {
                out.push(undefined);
            }
            else
                out.push(this.evaluate(element, depth));
        }
        return out;
    }
    identifier(node, depth) {
        const symbol = node.getSymbol();
        if (!symbol)
            return this.global(node.getText(), node);
        return this.symbol(symbol, node, depth);
    }
    /** A name with no declaration in the sources: a global JavaScript gives every program, or unknown. */
    global(name, node) {
        const value = globalValue(name);
        if (value !== NOT_BUILTIN)
            return value;
        if (name === 'process')
            return new Unresolved('`process` (the environment and arguments the server is started with) is only known when it runs', this.at(node));
        return new Unresolved(`\`${name}\` is not declared in the analysed sources`, this.at(node));
    }
    symbol(found, node, depth) {
        let symbol = found;
        const name = node.getText();
        // An imported name: a host module's export, or the declaration in the file it comes from.
        for (const declaration of symbol.getDeclarations()) {
            const host = this.hostImport(declaration, name);
            if (host !== undefined)
                return host;
            // `const zod_1 = require("zod")`: the compiler takes it for an import it could not resolve; read it as the call it is.
            if (isRequireBinding(declaration) && !this.bindings.has(declaration))
                return ts_morph/* Node */.bP0.isVariableDeclaration(declaration)
                    ? this.variable(declaration, symbol, node, depth)
                    : this.destructured(declaration, node, depth);
        }
        if (symbol.isAlias())
            symbol = symbol.getAliasedSymbol() ?? symbol;
        const declarations = symbol.getDeclarations();
        const declaration = symbol.getValueDeclaration() ??
            declarations.find((d) => !ts_morph/* Node */.bP0.isInterfaceDeclaration(d) && !ts_morph/* Node */.bP0.isTypeAliasDeclaration(d)) ??
            declarations[0];
        if (!declaration)
            return new Unresolved(`\`${name}\` has no declaration in the analysed sources`, this.at(node));
        if (this.bindings.has(declaration)) {
            if ((this.boundAt.get(declaration) ?? 0) <= this.readFloor)
                this.outerReads += 1;
            return this.bindings.get(declaration);
        }
        if (ts_morph/* Node */.bP0.isSourceFile(declaration))
            return this.namespace(declaration);
        const file = declaration.getSourceFile().getFilePath();
        // Globals (Array, process) and dependencies are not sources: their values are only known at run time.
        if (!this.isSource(file) || declaration.getSourceFile().isDeclarationFile()) {
            {
                const builtin = globalValue(name);
                if (builtin !== NOT_BUILTIN)
                    return builtin;
            }
            return new Unresolved(`\`${name}\` comes from outside the analysed sources`, this.at(node));
        }
        if (ts_morph/* Node */.bP0.isVariableDeclaration(declaration))
            return this.variable(declaration, symbol, node, depth);
        if (ts_morph/* Node */.bP0.isEnumDeclaration(declaration))
            return Object.fromEntries(declaration.getMembers().map((m) => [m.getName(), m.getValue()]));
        if (ts_morph/* Node */.bP0.isEnumMember(declaration))
            return declaration.getValue();
        if (ts_morph/* Node */.bP0.isFunctionDeclaration(declaration))
            return new SourceFunction(this.at(declaration), declaration, undefined);
        if (ts_morph/* Node */.bP0.isClassDeclaration(declaration))
            return new SourceClass(declaration, this.at(declaration));
        if (ts_morph/* Node */.bP0.isExportAssignment(declaration))
            return this.evaluate(declaration.getExpression(), depth);
        if (ts_morph/* Node */.bP0.isBindingElement(declaration))
            return this.destructured(declaration, node, depth);
        if (ts_morph/* Node */.bP0.isParameterDeclaration(declaration))
            return new Unresolved(`\`${name}\` is a parameter: its value is only known when the code runs`, this.at(node));
        if (ts_morph/* Node */.bP0.isNamespaceImport(declaration) || ts_morph/* Node */.bP0.isNamespaceExport(declaration)) {
            const target = symbol.getAliasedSymbol()?.getDeclarations()[0] ?? found.getAliasedSymbol()?.getDeclarations()[0];
            if (target && ts_morph/* Node */.bP0.isSourceFile(target))
                return this.namespace(target);
        }
        if (ts_morph/* Node */.bP0.isImportSpecifier(declaration) ||
            ts_morph/* Node */.bP0.isImportClause(declaration) ||
            ts_morph/* Node */.bP0.isNamespaceImport(declaration) ||
            ts_morph/* Node */.bP0.isExportSpecifier(declaration)) {
            return new Unresolved(`\`${name}\` is imported from a module outside the analysed sources`, this.at(node));
        }
        if (ts_morph/* Node */.bP0.isPropertyAssignment(declaration) || ts_morph/* Node */.bP0.isShorthandPropertyAssignment(declaration)) {
            // `module.exports = { TOOLS }` / `exports.TOOLS = …` in CommonJS output.
            return ts_morph/* Node */.bP0.isPropertyAssignment(declaration)
                ? this.evaluate(declaration.getInitializer(), depth)
                : this.evaluate(declaration.getNameNode(), depth);
        }
        if (ts_morph/* Node */.bP0.isBinaryExpression(declaration))
            return this.evaluate(declaration.getRight(), depth);
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(declaration) && ts_morph/* Node */.bP0.isBinaryExpression(declaration.getParent()))
            return this.evaluate(declaration.getParent().getRight(), depth);
        return new Unresolved(`cannot evaluate \`${name}\` (${declaration.getKindName()})`, this.at(node));
    }
    /**
     * A variable: its initializer, or, when it is changed after its declaration (pushed to, assigned
     * in branches), the value the statements around it leave at the place it is read.
     */
    variable(declaration, symbol, node, depth) {
        if (this.memo.has(declaration))
            return this.memo.get(declaration);
        const initializer = declaration.getInitializer();
        const name = declaration.getName();
        // `var X; (function (X) { X["A"] = "a"; })(X || (X = {}))`: an enum as TypeScript compiles it.
        const compiled = initializer ? undefined : compiledEnum(declaration.getSourceFile(), name, this, depth);
        if (compiled)
            return compiled;
        // `var tools_exports = {}; __export(tools_exports, {…})`: a bundler's module namespace.
        if (initializer && ts_morph/* Node */.bP0.isObjectLiteralExpression(initializer) && initializer.getProperties().length === 0) {
            if (this.memo.has(declaration))
                return this.memo.get(declaration);
            const bundled = bundlerNamespace(this, declaration.getSourceFile(), name, depth);
            if (bundled) {
                this.memo.set(declaration, bundled);
                return bundled;
            }
        }
        const changed = mutation(declaration, symbol);
        // A value that depends on nothing bound is the same wherever it is read: remembered (not so a changed variable, read as of a place).
        const value = this.memoized(changed ? undefined : declaration, () => {
            if (changed)
                return this.interpreter.valueAt(declaration, node, changed);
            if (initializer)
                return this.evaluate(initializer, depth);
            const loop = declaration.getParent()?.getParent();
            if (loop && (ts_morph/* Node */.bP0.isForOfStatement(loop) || ts_morph/* Node */.bP0.isForInStatement(loop)))
                return new Unresolved(`\`${name}\` is a loop variable: its values are only known when the code runs`, this.at(declaration));
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
            // A closure keeps what was bound where it was written: not the same value elsewhere.
            const closure = value instanceof SourceFunction && value.scope !== undefined;
            if (key && this.outerReads === 0 && !closure)
                this.memo.set(key, value);
            return value;
        }
        finally {
            this.outerReads += reads;
            this.readFloor = floor;
            this.thisFloor = thisFloor;
        }
    }
    /** `const { a, b: { c } } = value`: the part of the initializer's value this name stands for. */
    destructured(element, node, depth) {
        const path = [];
        let current = element;
        while (ts_morph/* Node */.bP0.isBindingElement(current)) {
            const pattern = current.getParent();
            if (ts_morph/* Node */.bP0.isObjectBindingPattern(pattern)) {
                const keyNode = current.getPropertyNameNode();
                path.unshift(keyNode ? (ts_morph/* Node */.bP0.isStringLiteral(keyNode) ? keyNode.getLiteralValue() : keyNode.getText()) : current.getName());
            }
            else if (ts_morph/* Node */.bP0.isArrayBindingPattern(pattern))
                path.unshift(pattern.getElements().indexOf(current));
            current = pattern.getParent();
        }
        if (!ts_morph/* Node */.bP0.isVariableDeclaration(current) || !current.getInitializer())
            return new Unresolved(`\`${node.getText()}\` is destructured from a value only known when the code runs`, this.at(node));
        let value = this.evaluate(current.getInitializer(), depth);
        for (const key of path)
            value = this.read(value, key, node);
        return value;
    }
    /** The exports of a source module as an object (`import * as tools from './tools'`). */
    namespace(file) {
        const cached = this.namespaces.get(file);
        if (cached)
            return cached;
        const out = {};
        this.namespaces.set(file, out);
        if (isCommonJs(file)) {
            const exported = this.moduleExports(file);
            return isPlainObject(exported) ? exported : { default: exported };
        }
        for (const [name, declarations] of file.getExportedDeclarations()) {
            const declaration = declarations.find((d) => !ts_morph/* Node */.bP0.isInterfaceDeclaration(d) && !ts_morph/* Node */.bP0.isTypeAliasDeclaration(d));
            if (!declaration)
                continue;
            if (ts_morph/* Node */.bP0.isVariableDeclaration(declaration) ||
                ts_morph/* Node */.bP0.isFunctionDeclaration(declaration) ||
                ts_morph/* Node */.bP0.isClassDeclaration(declaration) ||
                ts_morph/* Node */.bP0.isEnumDeclaration(declaration)) {
                const nameNode = declaration.getNameNode();
                const symbol = nameNode.getSymbol();
                out[name] = symbol
                    ? this.symbol(symbol, nameNode, 0)
                    : new Unresolved(`cannot read the export \`${name}\``, this.at(declaration));
            }
            else
                out[name] = this.evaluate(declaration);
        }
        return out;
    }
    commonJs = new Map();
    /** What `require` of a source file returns: a CommonJS module's `module.exports`, an ES module's namespace. */
    moduleExports(file) {
        if (!isCommonJs(file))
            return this.namespace(file);
        if (this.commonJs.has(file))
            return this.commonJs.get(file);
        // Set before it is read: a module required back while it runs sees the exports written so far, as in Node.
        const out = this.namespaces.get(file) ?? {};
        this.namespaces.set(file, out);
        this.commonJs.set(file, out);
        const value = commonJsExports(this, file, out);
        this.commonJs.set(file, value);
        return value;
    }
    hostImport(declaration, name) {
        const importDeclaration = declaration.getFirstAncestorByKind(ts_morph/* SyntaxKind */.a66.ImportDeclaration);
        if (!importDeclaration)
            return undefined;
        const specifier = importDeclaration.getModuleSpecifierValue();
        // `import definitions from './tools.json'`: data the server ships, read as it is.
        if (/^\.{1,2}\/.*\.json$/.test(specifier) &&
            (ts_morph/* Node */.bP0.isImportClause(declaration) || ts_morph/* Node */.bP0.isImportSpecifier(declaration) || ts_morph/* Node */.bP0.isNamespaceImport(declaration))) {
            const data = this.json(external_node_path_.resolve(external_node_path_.dirname(importDeclaration.getSourceFile().getFilePath()), specifier), declaration);
            if (data instanceof Unresolved || ts_morph/* Node */.bP0.isImportClause(declaration) || ts_morph/* Node */.bP0.isNamespaceImport(declaration))
                return data;
            return ts_morph/* Node */.bP0.isImportSpecifier(declaration) && isPlainObject(data)
                ? data[declaration.getName()]
                : new Unresolved(`cannot read the import of \`${name}\` from ${specifier}`, this.at(declaration));
        }
        const module = this.context.hostModule(specifier);
        if (!module)
            return undefined;
        if (ts_morph/* Node */.bP0.isNamespaceImport(declaration))
            return new Host(module);
        if (ts_morph/* Node */.bP0.isImportClause(declaration))
            return new Host(module.default ?? module);
        if (ts_morph/* Node */.bP0.isImportSpecifier(declaration)) {
            const imported = declaration.getName();
            return imported in module
                ? new Host(module[imported])
                : new Unresolved(`"${imported}" is not exported by ${importDeclaration.getModuleSpecifierValue()}`, this.at(declaration));
        }
        return new Unresolved(`cannot read the import of \`${name}\``, this.at(declaration));
    }
    jsonFiles = new Map();
    /** A JSON file of the sources, parsed once; a file that is missing or not JSON is a gap, said where it is imported. */
    json(file, at) {
        if (!this.jsonFiles.has(file)) {
            try {
                this.jsonFiles.set(file, JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')));
            }
            catch (error) {
                this.jsonFiles.set(file, new Unresolved(`cannot read ${external_node_path_.relative(this.context.root, file)}: ${error.message.split('\n')[0]}`, this.at(at)));
            }
        }
        return this.jsonFiles.get(file);
    }
    key(node, depth) {
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(node))
            return node.getName();
        return hostValue(this.evaluate(node.getArgumentExpression(), depth));
    }
    access(node, depth) {
        const object = this.evaluate(node.getExpression(), depth);
        if (object instanceof Unresolved)
            return object;
        const optional = node.hasQuestionDotToken?.() ?? false;
        if (optional && (object === undefined || object === null))
            return undefined;
        const key = this.key(node, depth);
        if (key instanceof Unresolved)
            return key;
        if (typeof key !== 'string' && typeof key !== 'number')
            return new Unresolved(`cannot evaluate the key of \`${node.getText().slice(0, 60)}\``, this.at(node));
        return this.read(object, key, node);
    }
    /** A static member of a source class (a `static toolName`, a static method), from the class or a base it extends. */
    staticMember(cls, name, at) {
        if (name === 'prototype')
            return new SourcePrototype(cls);
        for (let current = cls; current; current = this.baseOf(current)) {
            const member = current.node
                .getMembers()
                .find((m) => (ts_morph/* Node */.bP0.isPropertyDeclaration(m) || ts_morph/* Node */.bP0.isMethodDeclaration(m) || ts_morph/* Node */.bP0.isGetAccessorDeclaration(m)) &&
                m.isStatic() &&
                m.getName() === name);
            if (!member)
                continue;
            if (ts_morph/* Node */.bP0.isPropertyDeclaration(member))
                return this.withThis(current, () => this.evaluate(member.getInitializer()));
            if (ts_morph/* Node */.bP0.isMethodDeclaration(member))
                return new SourceFunction(this.at(member), member, current);
            return this.call(new SourceFunction(this.at(member), member, current), [], at);
        }
        if (name === 'name')
            return cls.node.getName() ?? '';
        return new Unresolved(`\`${cls.node.getName() ?? 'class'}.${name}\` is not a static member mcpver can read`, this.at(at));
    }
    /**
     * Whether `cls` is `base` (when `orSelf`) or extends it through source classes; undefined when the
     * chain reaches a base that is not known (a mixin call), which might be anything.
     */
    derives(cls, base, orSelf) {
        let current = orSelf ? cls : undefined;
        if (!orSelf) {
            const heritage = cls.node.getExtends();
            if (!heritage)
                return false;
            const next = this.evaluate(heritage.getExpression());
            if (!(next instanceof SourceClass))
                return next instanceof Host ? false : undefined;
            current = next;
        }
        for (let steps = 0; current && steps < 16; steps++) {
            if (current.node === base.node)
                return true;
            const heritage = current.node.getExtends();
            if (!heritage)
                return false;
            const next = this.evaluate(heritage.getExpression());
            // A library class (`extends McpTool` from a package) cannot extend a class of the sources.
            if (!(next instanceof SourceClass))
                return next instanceof Host ? false : undefined;
            current = next;
        }
        return undefined;
    }
    /** The class a source class extends, when it is one of the sources too. */
    baseOf(cls) {
        const heritage = cls.node.getExtends();
        if (!heritage)
            return undefined;
        const base = this.evaluate(heritage.getExpression());
        return base instanceof SourceClass ? base : undefined;
    }
    withThis(self, fn) {
        this.thisValues.push(self);
        try {
            return fn();
        }
        finally {
            this.thisValues.pop();
        }
    }
    // ── calls ───────────────────────────────────────────────────────────────────────────────────
    evaluateArguments(args, depth) {
        const out = [];
        for (const arg of args) {
            if (ts_morph/* Node */.bP0.isSpreadElement(arg)) {
                const spread = hostValue(this.evaluate(arg.getExpression(), depth));
                if (!Array.isArray(spread))
                    return spread instanceof Unresolved
                        ? spread
                        : new Unresolved(`cannot spread \`${arg.getExpression().getText()}\` into a call`, this.at(arg));
                out.push(...spread);
            }
            else
                out.push(this.evaluate(arg, depth));
        }
        return out;
    }
    callExpression(node, depth) {
        const expression = node.getExpression();
        const shown = expression.getText().replace(/\s+/g, ' ').slice(0, 60);
        if (expression.getKind() === ts_morph/* SyntaxKind */.a66.SuperKeyword)
            return undefined; // run by the constructor that holds it
        if (ts_morph/* Node */.bP0.isCallExpression(node)) {
            const specifier = requireSpecifier(node);
            if (specifier !== undefined)
                return requireModule(this, node, specifier);
            const interop = interopCall(this, node, depth);
            if (interop !== NOT_INTEROP)
                return interop;
        }
        const optional = node.hasQuestionDotToken?.() ?? false;
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(expression) || ts_morph/* Node */.bP0.isElementAccessExpression(expression)) {
            const target = this.evaluate(expression.getExpression(), depth);
            if (target instanceof Unresolved)
                return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs (${target.reason})`, target.location);
            if (expression.hasQuestionDotToken() &&
                (target === undefined || target === null))
                return undefined;
            const name = this.key(expression, depth);
            if (typeof name !== 'string' && typeof name !== 'number')
                return new Unresolved(`cannot evaluate the method of \`${shown}(…)\``, this.at(node));
            if (target instanceof Host)
                return this.hostCall(node, new Host(target.value?.[name], target.value), String(name), depth);
            const args = this.evaluateArguments(node.getArguments(), depth);
            if (args instanceof Unresolved)
                return args;
            const builtin = callBuiltin(this, target, String(name), args, node);
            if (builtin !== NOT_BUILTIN)
                return builtin;
            const member = this.read(target, name, expression);
            if (member instanceof SourceFunction)
                return this.call(member.self === undefined && !(target instanceof SourceClass) ? member.bind(target) : member, args, node);
            if (member instanceof Host)
                return this.hostCall(node, member, String(name), depth);
            if (member instanceof Unresolved)
                return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs (${member.reason})`, member.location);
            if (optional && (member === undefined || member === null))
                return undefined;
            return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs`, this.at(node));
        }
        const callee = this.evaluate(expression, depth);
        if (callee instanceof Unresolved)
            return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs (${callee.reason})`, callee.location);
        if (callee instanceof SourceFunction) {
            const args = this.evaluateArguments(node.getArguments(), depth);
            return args instanceof Unresolved ? args : this.call(callee, args, node);
        }
        if (callee instanceof Host && typeof callee.value === 'function')
            return this.hostCall(node, callee, shown.split('.').pop() ?? '', depth);
        const args = this.evaluateArguments(node.getArguments(), depth);
        if (args instanceof Unresolved)
            return args;
        const builtin = callBuiltin(this, undefined, callee, args, node);
        if (builtin !== NOT_BUILTIN)
            return builtin;
        if (optional && (callee === undefined || callee === null))
            return undefined;
        return new Unresolved(`calls \`${shown}(…)\`, which is only known when the code runs`, this.at(node));
    }
    newExpression(node, depth) {
        const callee = this.evaluate(node.getExpression(), depth);
        const shown = node.getExpression().getText().slice(0, 60);
        if (callee instanceof Unresolved)
            return new Unresolved(`builds \`new ${shown}(…)\`, which is only known when the code runs (${callee.reason})`, callee.location);
        if (callee instanceof Host)
            return this.hostCall(node, callee, shown.split('.').pop() ?? '', depth);
        const args = this.evaluateArguments(node.getArguments() ?? [], depth);
        if (args instanceof Unresolved)
            return args;
        if (callee instanceof SourceClass)
            return this.construct(callee, args, node);
        const builtin = callBuiltin(this, undefined, callee, args, node, true);
        if (builtin !== NOT_BUILTIN)
            return builtin;
        return new Unresolved(`builds \`new ${shown}(…)\`, which is only known when the code runs`, this.at(node));
    }
    /** A call of a library function (zod, the SDK's helpers) with the data rebuilt from the sources. */
    hostCall(node, callee, name, depth) {
        if (typeof callee.value !== 'function')
            return new Unresolved(`\`${node.getText().slice(0, 60)}\` is not a function`, this.at(node));
        let args = this.evaluateArguments(node.getArguments() ?? [], depth);
        if (args instanceof Unresolved)
            return args;
        // `z.lazy(() => schema)`: the schema the function returns, followed here (a reference back to itself stays a gap).
        if (name === 'lazy' && args[0] instanceof SourceFunction) {
            const schema = this.call(args[0], [], node);
            if (schema instanceof Unresolved)
                return schema;
            args = [() => hostValue(schema)];
        }
        const prepared = this.context.hostArguments(name, args.map(unwrapHost), this.at(node), callee.self);
        if (prepared instanceof Unresolved)
            return prepared;
        try {
            const fn = callee.value;
            const result = ts_morph/* Node */.bP0.isNewExpression(node) ? Reflect.construct(fn, prepared) : fn.apply(callee.self, prepared);
            return new Host(result);
        }
        catch (error) {
            return new Unresolved(`\`${name}(…)\` failed when rebuilt from the sources: ${error.message.split('\n')[0]}`, this.at(node));
        }
    }
    /**
     * Follow a call of a function written in the sources: its parameters bound to the arguments, its
     * body read statement by statement (see Interpreter), its result what its returns give.
     */
    call(fn, args, at, options = {}) {
        const node = fn.node;
        if (!node)
            return new Unresolved('calls a function mcpver cannot follow', fn.location);
        if (this.calls.length >= MAX_CALL_DEPTH || this.calls.includes(node))
            return new Unresolved(`calls \`${at.getText().replace(/\s+/g, ' ').slice(0, 60)}\` recursively or too deeply to follow`, this.at(at));
        if (!this.isSource(node.getSourceFile().getFilePath()))
            return new Unresolved('calls a function outside the analysed sources', this.at(at));
        if (node.isGenerator?.() && !options.generatorAsAsync)
            return new Unresolved('calls a generator, which mcpver does not follow', this.at(at));
        const arrow = ts_morph/* Node */.bP0.isArrowFunction(node) && fn.self === undefined;
        this.calls.push(node);
        if (!arrow)
            this.thisValues.push(fn.self);
        try {
            return this.inFrame(() => {
                for (const [declaration, value] of fn.scope ?? [])
                    if (!this.bindings.has(declaration))
                        this.bind(declaration, value);
                const parameters = node.getParameters();
                parameters.forEach((parameter, i) => {
                    const rest = ts_morph/* Node */.bP0.isParameterDeclaration(parameter) && parameter.isRestParameter();
                    this.bindPattern(parameter, rest ? args.slice(i) : args[i]);
                });
                const body = node.getBody();
                if (!body)
                    return new Unresolved('calls a function without a body', this.at(at));
                return ts_morph/* Node */.bP0.isBlock(body) ? this.interpreter.runBody(body) : this.evaluate(body);
            });
        }
        finally {
            this.calls.pop();
            if (!arrow)
                this.thisValues.pop();
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
                if (!member.isStatic())
                    instance[member.getName()] = new SourceFunction(this.at(member), member, instance);
        }
        const result = this.initialize(chain, chain.length - 1, instance, args, at);
        if (result instanceof Unresolved)
            return result;
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
        if (!cls)
            return undefined;
        const fields = () => {
            for (const property of cls.node.getProperties()) {
                if (property.isStatic())
                    continue;
                const initializer = property.getInitializer();
                if (initializer)
                    instance[property.getName()] = this.withThis(instance, () => this.evaluate(initializer));
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
                    .getBody()
                    .getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.SuperKeyword)
                    .some((s) => ts_morph/* Node */.bP0.isCallExpression(s.getParent()));
                if (!hasSuper) {
                    this.initialize(chain, index - 1, instance, [], at);
                    fields();
                }
                this.interpreter.runBody(constructor.getBody(), (superCall) => {
                    const superArgs = this.evaluateArguments(superCall.getArguments(), 0);
                    this.initialize(chain, index - 1, instance, superArgs instanceof Unresolved ? [] : superArgs, at);
                    fields();
                });
                return undefined;
            });
        }
        finally {
            this.calls.pop();
            this.thisValues.pop();
        }
    }
}
const comparable = (v) => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

;// CONCATENATED MODULE: ./src/surface/mcp-static/auto-loaded.js
// Items a framework finds at run time instead of being registered by the sources: mcp-framework
// loads every tool, prompt and resource class from a folder when the server starts
// (`class Weather extends MCPTool { name = "weather"; schema = {…} }`, default-exported, no call
// that registers it), and builds their schemas with its own code. Static reading cannot know which
// files that loader takes nor what it lists for them, so each such class is a gap that may hide an
// item, named at its line: the verdict is `incomplete`, never a silent empty surface.


const FRAMEWORK_BASES = {
    'mcp-framework': { MCPTool: 'tool', MCPPrompt: 'prompt', MCPResource: 'resource' },
};
/** The local names a file imports for each framework base class (`import { MCPTool as T } from "mcp-framework"`). */
function importedBases(file) {
    const out = new Map();
    for (const declaration of file.getImportDeclarations()) {
        const framework = declaration.getModuleSpecifierValue();
        const bases = FRAMEWORK_BASES[framework];
        if (!bases)
            continue;
        for (const named of declaration.getNamedImports()) {
            const kind = bases[named.getName()];
            if (kind)
                out.set(named.getAliasNode()?.getText() ?? named.getName(), { framework, kind });
        }
    }
    return out;
}
/** The string a class field is initialised with, when it is written as a literal (`name = "weather"`). */
function literalField(cls, field) {
    if (!ts_morph/* Node */.bP0.isClassDeclaration(cls) && !ts_morph/* Node */.bP0.isClassExpression(cls))
        return undefined;
    const initializer = cls.getProperty(field)?.getInitializer();
    return initializer && (ts_morph/* Node */.bP0.isStringLiteral(initializer) || ts_morph/* Node */.bP0.isNoSubstitutionTemplateLiteral(initializer))
        ? initializer.getLiteralValue()
        : undefined;
}
function autoLoadedItems(files, root) {
    const gaps = [];
    for (const file of files) {
        const bases = importedBases(file);
        if (bases.size === 0)
            continue;
        for (const cls of file.getClasses()) {
            const base = cls.getExtends()?.getExpression().getText();
            const found = base ? bases.get(base) : undefined;
            if (!found)
                continue;
            const name = literalField(cls, found.kind === 'resource' ? 'uri' : 'name');
            gaps.push({
                part: 'mcp',
                message: `the ${found.kind}${name ? ` "${name}"` : ''} (class ${cls.getName() ?? 'without a name'} extends ${base}) is loaded by ${found.framework} from its folder when the server starts, ` +
                    'with a schema the framework builds itself: static reading does not list it; start the server (`command:`) to list it',
                location: {
                    file: external_node_path_.relative(root, file.getFilePath()).replace(/\\/g, '/'),
                    line: cls.getStartLineNumber(),
                },
                hidesItems: true,
            });
        }
    }
    return gaps;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./src/surface/mcp-static/host.js
// The libraries a server's sources may use to build their MCP surface, loaded by mcpver itself so
// that statically rebuilt schemas go through the real zod and the SDK's own JSON Schema conversion.




/** Which zod the server uses: its package.json range, else the installed copy, else zod 4. */
function zodMajorOf(dir) {
    try {
        const pkg = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'package.json'), 'utf8'));
        const range = pkg.dependencies?.zod ?? pkg.peerDependencies?.zod ?? pkg.devDependencies?.zod;
        if (range && semver.validRange(range))
            return semver.minVersion(range)?.major === 3 ? 3 : 4;
    }
    catch {
        // no package.json: fall through
    }
    const installed = external_node_path_.join(dir, 'node_modules/zod/package.json');
    if ((0,external_node_fs_.existsSync)(installed)) {
        const version = JSON.parse((0,external_node_fs_.readFileSync)(installed, 'utf8')).version;
        if (version && semver.major(version) === 3)
            return 3;
    }
    return 4;
}
async function loadHostModules(zodMajor) {
    const v3 = (await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.bind(__webpack_require__, 88542)));
    const v4 = (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 19834)));
    const mini = (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(573)]).then(__webpack_require__.bind(__webpack_require__, 46573)));
    const zod = zodMajor === 3 ? v3 : v4;
    const zodToJsonSchema = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 72150)));
    const { ResourceTemplate } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 41282));
    const { completable } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 53183));
    const compat = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 95640)).catch(() => ({})));
    const modules = new Map([
        ['zod', zod],
        ['zod/v3', v3],
        ['zod/v4', v4],
        ['zod/mini', mini],
        ['zod/v4-mini', mini],
        ['zod-to-json-schema', zodToJsonSchema],
        ['@modelcontextprotocol/sdk/server/mcp.js', { ResourceTemplate }],
        ['@modelcontextprotocol/sdk/server/completable.js', { completable }],
        ['@modelcontextprotocol/sdk/server/zod-json-schema-compat.js', compat],
    ]);
    return { zod, zodMajor, modules };
}
/**
 * Library calls that take a function whose body does not change the listed schema: refinements and
 * transforms (the SDK lists the input side), completers, template list callbacks.
 */
const CALLBACK_SAFE = new Set([
    'refine',
    'superRefine',
    'transform',
    'check',
    'preprocess',
    'custom',
    'completable',
    'ResourceTemplate',
    'catch',
    'default',
    'prefault',
    'overwrite',
]);
/** Schema methods whose argument is a value, not part of the schema's shape: one unknown at build time is marked. */
const RUN_TIME_VALUE_OK = new Set(['default', 'prefault', 'catch', 'describe']);
/** Marks a part that could not be rebuilt: a described zod `any` (or a string), replaced after conversion. */
class Markers {
    messages = new Map();
    /** Parts replaced by an empty stand-in that the listing cannot show (a template's list callback). */
    notes = [];
    mark(unresolved) {
        const id = `\u0000mcpver-unresolved:${this.messages.size}`;
        this.messages.set(id, unresolved);
        return id;
    }
    get(id) {
        return typeof id === 'string' ? this.messages.get(id) : undefined;
    }
}
/**
 * What stands for a function of the sources given to a library call. zod 3's converter asks each
 * property whether it is optional by parsing `undefined` through the whole schema, defaults and
 * preprocessing included: a stand-in that rejected every value would list an optional property as
 * required. So a preprocess or transform step passes its value through, and a refinement accepts.
 */
const standIn = (callee) => callee === 'preprocess' || callee === 'transform' || callee === 'overwrite'
    ? (value) => value
    : callee === 'refine' || callee === 'check'
        ? () => true
        : () => undefined;
function replaceFunctions(value, fn) {
    if (value instanceof SourceFunction)
        return fn;
    if (Array.isArray(value))
        return value.map((v) => replaceFunctions(v, fn));
    if (value && typeof value === 'object' && value.constructor === Object)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceFunctions(v, fn)]));
    return value;
}
function find(value, type) {
    if (value instanceof type)
        return value;
    if (Array.isArray(value))
        for (const v of value) {
            const f = find(v, type);
            if (f)
                return f;
        }
    if (value && typeof value === 'object' && value.constructor === Object)
        for (const v of Object.values(value)) {
            const f = find(v, type);
            if (f)
                return f;
        }
    return undefined;
}
/** A zod `any` carrying a marker, so that the converted JSON Schema shows where the gap is. */
function markerSchema(host, markers, unresolved) {
    const z = host.zod;
    return z.any().describe(markers.mark(unresolved));
}
/** Unresolved parts inside zod shapes become marker schemas; elsewhere the call cannot be rebuilt. */
function prepareHostArguments(host, markers) {
    return (callee, args, at, holder) => {
        const zodCall = holder === host.zod || isLibraryValue(holder) || [...host.modules.values()].some((m) => m === holder);
        const withMarkers = (value, depth) => {
            if (value instanceof Unresolved)
                return zodCall && depth > 0 ? markerSchema(host, markers, value) : value;
            if (Array.isArray(value))
                return value.map((v) => withMarkers(v, depth + 1));
            if (value && typeof value === 'object' && value.constructor === Object)
                return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkers(v, depth + 1)]));
            return value;
        };
        // A default, a fallback or a description known only at run time (`.default(options.projectId)`, a
        // value from the environment) leaves the schema itself known: it is rebuilt with that one value
        // marked, instead of losing the whole property (and with it the tool).
        const schemaMethod = isLibraryValue(holder) && RUN_TIME_VALUE_OK.has(callee);
        const prepared = args.map((a, i) => schemaMethod && i === 0 && a instanceof Unresolved
            ? callee === 'describe'
                ? (markers.notes.push(a), `[not statically resolvable: ${a.reason}]`)
                : markers.mark(a)
            : withMarkers(a, 0));
        const unresolved = find(prepared, Unresolved);
        if (unresolved)
            return unresolved;
        const fn = find(prepared, SourceFunction);
        if (fn && !CALLBACK_SAFE.has(callee))
            return new Unresolved(`\`${callee}(…)\` is given a function from the sources, which mcpver does not run`, at);
        if (callee === 'ResourceTemplate') {
            const options = prepared[1];
            if (options?.list instanceof SourceFunction) {
                markers.notes.push(new Unresolved('the resources this template lists come from a callback: they are not in the static snapshot', at));
                prepared[1] = { ...options, list: undefined };
            }
        }
        return prepared.map((a) => replaceFunctions(a, standIn(callee)));
    };
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/contexts.js
// The ways a piece of code runs: for a registration (`server.registerTool(t.name, …)`) buried in a
// loop, a callback or a helper function, each combination of values its names take — one per
// element of the list the loop or `forEach` runs over, one per call of the helper with the
// arguments given there — and the conditions it runs under (an `if` the evaluator cannot decide,
// a filtered element). Reading a registration once per context reads what the server registers.



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
const MAX_CONTEXTS = 512;
/** How many callers up a registration's helper functions are followed. */
const MAX_CALLERS = 8;
const ARRAY_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find']);
const EMPTY = { bindings: [], conditions: [] };
class Contexts {
    ev;
    ofFunction = new Map();
    visiting = new Set();
    constructor(ev) {
        this.ev = ev;
    }
    /** Evaluate `fn` with a context applied: its bindings in a frame of their own, its `this`. */
    within(context, fn) {
        return this.ev.inFrame(() => {
            for (const [declaration, value] of context.bindings)
                this.ev.bindPattern(declaration, value);
            return context.self ? this.ev.withThis(context.self.value, fn) : fn();
        });
    }
    /** Every way `node` runs, or an Unresolved that says which list or caller could not be known. */
    of(node, depth = 0) {
        const fn = node.getFirstAncestor((a) => isFunctionLike(a));
        const outer = fn ? this.ofFunctionLike(fn, depth) : [EMPTY];
        if (outer instanceof Unresolved)
            return outer;
        const chain = this.chain(node, fn);
        const out = [];
        for (const context of outer) {
            const expanded = this.within(context, () => this.expand(chain, 0, context, node));
            if (expanded instanceof Unresolved)
                return expanded;
            out.push(...expanded);
            if (out.length > MAX_CONTEXTS)
                return new Unresolved(`runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`, this.ev.at(node), true);
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
            if (ts_morph/* Node */.bP0.isBlock(current)) {
                chain.unshift(...guardsBefore(current, child, fn));
            }
            else if (ts_morph/* Node */.bP0.isForOfStatement(current) || ts_morph/* Node */.bP0.isForInStatement(current)) {
                if (child === current.getStatement())
                    chain.unshift({ structure: current, child });
            }
            else if (ts_morph/* Node */.bP0.isIfStatement(current) ||
                ts_morph/* Node */.bP0.isConditionalExpression(current) ||
                ts_morph/* Node */.bP0.isCaseClause(current) ||
                ts_morph/* Node */.bP0.isCatchClause(current)) {
                chain.unshift({ structure: current, child });
            }
            else if (ts_morph/* Node */.bP0.isBinaryExpression(current) &&
                [ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken, ts_morph/* SyntaxKind */.a66.BarBarToken].includes(current.getOperatorToken().getKind()) &&
                child === current.getRight()) {
                chain.unshift({ structure: current, child });
            }
        }
        return chain;
    }
    expand(chain, index, context, node) {
        const link = chain[index];
        if (!link)
            return [context];
        const next = (further) => this.within({ bindings: further.bindings.slice(context.bindings.length), conditions: [] }, () => this.expand(chain, index + 1, further, node));
        const { structure, child } = link;
        if (ts_morph/* Node */.bP0.isForOfStatement(structure) || ts_morph/* Node */.bP0.isForInStatement(structure)) {
            const iterable = hostValue(this.ev.evaluate(structure.getExpression()));
            const list = ts_morph/* Node */.bP0.isForInStatement(structure)
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
                return new Unresolved(`runs in a loop over \`${conditionText(structure.getExpression())}\`, which is only known when the code runs: ${why}`, this.ev.at(node), true);
            }
            const initializer = structure.getInitializer();
            const declaration = ts_morph/* Node */.bP0.isVariableDeclarationList(initializer) ? initializer.getDeclarations()[0] : undefined;
            if (!declaration)
                return new Unresolved('runs in a loop whose variable mcpver cannot bind', this.ev.at(node), true);
            const out = [];
            for (const element of list) {
                const expanded = next({
                    ...context,
                    bindings: [...context.bindings, [declaration, element]],
                    conditions: [...context.conditions, ...conditionsOf(element)],
                });
                if (expanded instanceof Unresolved)
                    return expanded;
                out.push(...expanded);
            }
            return out;
        }
        const decide = (test, positive) => {
            const truth = this.ev.truthy(this.ev.evaluate(test));
            if (truth === undefined)
                return next({ ...context, conditions: [...context.conditions, conditionText(test, !positive)] });
            return truth === positive ? next(context) : [];
        };
        if (ts_morph/* Node */.bP0.isIfStatement(structure))
            return decide(structure.getExpression(), child === structure.getThenStatement());
        if (ts_morph/* Node */.bP0.isConditionalExpression(structure))
            return child === structure.getCondition()
                ? next(context)
                : decide(structure.getCondition(), child === structure.getWhenTrue());
        if (ts_morph/* Node */.bP0.isBinaryExpression(structure))
            return decide(structure.getLeft(), structure.getOperatorToken().getKind() === ts_morph/* SyntaxKind */.a66.AmpersandAmpersandToken);
        if (ts_morph/* Node */.bP0.isCaseClause(structure)) {
            const switchStatement = structure.getFirstAncestorByKind(ts_morph/* SyntaxKind */.a66.SwitchStatement);
            const [value, label] = [
                hostValue(this.ev.evaluate(switchStatement?.getExpression())),
                hostValue(this.ev.evaluate(structure.getExpression())),
            ];
            if (!(value instanceof Unresolved) && !(label instanceof Unresolved))
                return value === label ? next(context) : [];
            return next({
                ...context,
                conditions: [
                    ...context.conditions,
                    `${conditionText(switchStatement?.getExpression() ?? structure)} === ${conditionText(structure.getExpression())}`,
                ],
            });
        }
        if (ts_morph/* Node */.bP0.isCatchClause(structure))
            return next({ ...context, conditions: [...context.conditions, 'an error was caught'] });
        return next(context);
    }
    /** The ways a function runs: once per element for an array callback, once per call for a helper, once (unbound) otherwise. */
    ofFunctionLike(fn, depth) {
        const known = this.ofFunction.get(fn);
        if (known)
            return known;
        if (this.visiting.has(fn) || depth > MAX_CALLERS)
            return [EMPTY];
        this.visiting.add(fn);
        try {
            const contexts = this.callersOf(fn, depth);
            this.ofFunction.set(fn, contexts);
            return contexts;
        }
        finally {
            this.visiting.delete(fn);
        }
    }
    callersOf(fn, depth) {
        const parent = fn.getParent();
        const parameters = fn.getParameters?.() ?? [];
        // `list.forEach((tool) => …)`: once per element of the list.
        if (parent && ts_morph/* Node */.bP0.isCallExpression(parent) && parent.getArguments().includes(fn)) {
            const callee = parent.getExpression();
            if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) &&
                ARRAY_CALLBACKS.has(callee.getName()) &&
                parent.getArguments()[0] === fn) {
                return this.perElement(parent, callee.getExpression(), parameters, depth);
            }
            // A callback given to a library (`createMcpHandler((server) => …)`, a request handler): it runs, with arguments only it knows.
            const outer = this.of(parent, depth + 1);
            const method = ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) ? callee.getName() : '';
            if (outer instanceof Unresolved || !REQUEST_HANDLERS.has(method) || parent.getArguments()[0] === fn)
                return outer;
            const location = this.ev.at(parent);
            const during = `while a client's request runs the handler given to \`${method}\` at ${location.file}:${location.line}`;
            return outer.map((c) => ({ ...c, during: c.during ?? during }));
        }
        // `(() => { … })()`: runs where it is written.
        if (parent &&
            ts_morph/* Node */.bP0.isParenthesizedExpression(parent) &&
            ts_morph/* Node */.bP0.isCallExpression(parent.getParent()) &&
            parent.getParent().getExpression() === parent)
            return this.of(parent.getParent(), depth + 1);
        const made = this.madeByFactory(fn, depth);
        if (made)
            return made;
        const nameNode = this.nameOf(fn);
        const sites = nameNode ? this.callSites(fn, nameNode) : [];
        // Nobody here calls it: a framework does (it runs once, unbound) — but only for the package's own
        // code; a function of a workspace package or shared folder this package never calls is not its surface.
        if (sites.length === 0)
            return this.ev.isOwn(fn.getSourceFile().getFilePath()) ? [{ ...EMPTY, ...this.selfOf(fn) }] : [];
        const out = [];
        // Calls found by name on a value mcpver cannot know: maybe this function, maybe another of that name.
        let uncertain;
        let confirmed = false;
        for (const site of sites) {
            if (site.kind === 'callback') {
                const each = this.perElement(site.call, site.receiver, parameters, depth);
                if (each instanceof Unresolved)
                    return each;
                out.push(...each);
                continue;
            }
            if (!site.guess)
                confirmed = true;
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
                    const bindings = parameters.map((p, i) => [
                        p,
                        ts_morph/* Node */.bP0.isParameterDeclaration(p) && p.isRestParameter() ? values.slice(i) : values[i],
                    ]);
                    const self = this.selfAt(fn, site.call);
                    // A call found by name alone counts where the value it is made on really has this method.
                    if (self && !this.hasMethod(self.value, fn)) {
                        if (hostValue(self.value) instanceof Unresolved)
                            uncertain ??= site.call;
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
        if (guessesOnly && this.ev.isOwn(fn.getSourceFile().getFilePath()))
            return [{ ...EMPTY, ...this.selfOf(fn) }];
        if (guessesOnly && uncertain) {
            const where = this.ev.at(uncertain);
            return new Unresolved(`runs when \`${conditionText(uncertain.getExpression())}(…)\` is called (${where.file}:${where.line}) on a value only known when the code runs`, this.ev.at(fn), true);
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
        const returned = parent && (ts_morph/* Node */.bP0.isReturnStatement(parent) || (ts_morph/* Node */.bP0.isArrowFunction(parent) && parent.getBody() === fn));
        if (!returned)
            return undefined;
        const outer = fn.getFirstAncestor((a) => isFunctionLike(a));
        if (!outer)
            return undefined;
        const factoryName = this.nameOf(outer);
        if (!factoryName)
            return undefined;
        const factoryParameters = outer.getParameters?.() ?? [];
        const parameters = fn.getParameters?.() ?? [];
        const out = [];
        let stored = false;
        for (const site of this.callSites(outer, factoryName)) {
            if (site.kind !== 'call')
                continue;
            const declaration = site.call.getParent();
            if (!declaration || !ts_morph/* Node */.bP0.isVariableDeclaration(declaration) || !ts_morph/* Node */.bP0.isIdentifier(declaration.getNameNode()))
                continue;
            stored = true;
            for (const reference of this.referencesTo(declaration.getNameNode())) {
                const call = reference.getParent();
                if (!call || !ts_morph/* Node */.bP0.isCallExpression(call) || call.getExpression() !== reference)
                    continue;
                const callers = this.of(call, depth + 1);
                if (callers instanceof Unresolved)
                    return callers;
                for (const caller of callers) {
                    this.within(caller, () => {
                        const made = this.ev.evaluateArguments(site.call.getArguments(), 0);
                        const given = this.ev.evaluateArguments(call.getArguments(), 0);
                        const bind = (list, values) => list.map((p, i) => [
                            p,
                            values instanceof Unresolved
                                ? values
                                : ts_morph/* Node */.bP0.isParameterDeclaration(p) && p.isRestParameter()
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
                    return new Unresolved(`runs in more than ${MAX_CONTEXTS} ways (loops and callers), which mcpver does not all read`, this.ev.at(fn), true);
            }
        }
        // Stored but never called by that name (passed on, put in an object): read the way any
        // function no source calls is read, so that what it registers is a gap rather than nothing.
        return stored && out.length > 0 ? out : undefined;
    }
    perElement(call, receiver, parameters, depth) {
        const callers = this.of(call, depth + 1);
        if (callers instanceof Unresolved)
            return callers;
        const out = [];
        for (const caller of callers) {
            const list = this.within(caller, () => hostValue(this.ev.evaluate(receiver)));
            if (!Array.isArray(list)) {
                const why = list instanceof Unresolved ? list.reason : 'it is not a list mcpver can read';
                return new Unresolved(`runs for each element of \`${conditionText(receiver)}\`, which is only known when the code runs: ${why}`, this.ev.at(call), true);
            }
            list.forEach((element, i) => {
                const bindings = [];
                if (parameters[0])
                    bindings.push([parameters[0], element]);
                if (parameters[1])
                    bindings.push([parameters[1], i]);
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
    nameOf(fn) {
        if (ts_morph/* Node */.bP0.isConstructorDeclaration(fn))
            return fn.getParent().getNameNode?.();
        const own = fn.getNameNode?.();
        if (own && ts_morph/* Node */.bP0.isIdentifier(own))
            return own;
        const parent = fn.getParent();
        if (parent &&
            (ts_morph/* Node */.bP0.isVariableDeclaration(parent) || ts_morph/* Node */.bP0.isPropertyAssignment(parent) || ts_morph/* Node */.bP0.isPropertyDeclaration(parent))) {
            const name = parent.getNameNode();
            return ts_morph/* Node */.bP0.isIdentifier(name) ? name : undefined;
        }
        return undefined;
    }
    /** The calls of a function in the analysed sources, and the lists it is handed to as a callback (`tools.forEach(register)`). */
    callSites(fn, nameNode) {
        const constructor = ts_morph/* Node */.bP0.isConstructorDeclaration(fn);
        const sites = [];
        for (const reference of this.referencesTo(nameNode)) {
            const access = reference.getParent();
            const callee = access && ts_morph/* Node */.bP0.isPropertyAccessExpression(access) && access.getNameNode() === reference ? access : reference;
            const call = callee.getParent();
            if (constructor) {
                if (call && ts_morph/* Node */.bP0.isNewExpression(call) && call.getExpression() === callee)
                    sites.push({ kind: 'call', call: call });
                continue;
            }
            if (!call || !ts_morph/* Node */.bP0.isCallExpression(call))
                continue;
            if (call.getExpression() === callee)
                sites.push({ kind: 'call', call, ...(this.guesses.has(reference) ? { guess: true } : {}) });
            else if (call.getArguments()[0] === callee) {
                const method = call.getExpression();
                if (ts_morph/* Node */.bP0.isPropertyAccessExpression(method) && ARRAY_CALLBACKS.has(method.getName()))
                    sites.push({ kind: 'callback', call, receiver: method.getExpression() });
            }
            if (sites.length > MAX_CONTEXTS)
                break;
        }
        return sites;
    }
    /** Identifiers of the analysed files by name, built once: where a function may be called. */
    names;
    /** References found by name alone (the checker could not say which declaration they name). */
    guesses = new Set();
    /** The identifiers in the analysed files that name the same declaration as `nameNode` (not the declaration itself). */
    referencesTo(nameNode) {
        if (!this.names) {
            this.names = new Map();
            for (const file of nameNode.getProject().getSourceFiles()) {
                if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath()))
                    continue;
                for (const identifier of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.Identifier)) {
                    const list = this.names.get(identifier.getText());
                    if (list)
                        list.push(identifier);
                    else
                        this.names.set(identifier.getText(), [identifier]);
                }
            }
        }
        const declaration = nameNode.getParent();
        // Compared by declaration: a method read through an instance has a symbol of its own (a transient one) with the same declaration.
        const declarationsOf = (identifier) => {
            const symbol = identifier.getSymbol();
            const target = symbol?.isAlias() ? (symbol.getAliasedSymbol() ?? symbol) : symbol;
            return target?.getDeclarations() ?? [];
        };
        // A method called on a value whose type the checker cannot know (dependencies are not read): a candidate, checked against the value later.
        const untypedMethodCall = (identifier) => (ts_morph/* Node */.bP0.isMethodDeclaration(declaration) ||
            ts_morph/* Node */.bP0.isPropertyDeclaration(declaration) ||
            ts_morph/* Node */.bP0.isPropertyAssignment(declaration) ||
            ts_morph/* Node */.bP0.isShorthandPropertyAssignment(declaration)) &&
            ts_morph/* Node */.bP0.isPropertyAccessExpression(identifier.getParent()) &&
            // Untyped, or typed only by an interface the object implements (`context.accountTool(…)` on a `McpRegistrationContext`).
            declarationsOf(identifier).every((d) => ts_morph/* Node */.bP0.isMethodSignature(d) || ts_morph/* Node */.bP0.isPropertySignature(d));
        return (this.names.get(nameNode.getText()) ?? []).filter((identifier) => {
            if (identifier === nameNode)
                return false;
            if (declarationsOf(identifier).includes(declaration))
                return true;
            if (!untypedMethodCall(identifier))
                return false;
            this.guesses.add(identifier);
            return true;
        });
    }
    /** Whether a value (an instance, an object, a class) has `fn` as the method of that name. */
    hasMethod(value, fn) {
        const name = fn.getName?.();
        if (!name || !ts_morph/* Node */.bP0.isMethodDeclaration(fn))
            return true;
        const member = this.ev.read(value, name, fn);
        return member instanceof SourceFunction && member.node === fn;
    }
    /** `this` for a method called as `obj.method(…)`: the object; for a constructor: the instance it builds. */
    selfAt(fn, call) {
        if (ts_morph/* Node */.bP0.isConstructorDeclaration(fn)) {
            const cls = fn.getParent();
            if (ts_morph/* Node */.bP0.isClassDeclaration(cls) || ts_morph/* Node */.bP0.isClassExpression(cls)) {
                const args = this.ev.evaluateArguments(call.getArguments(), 0);
                return {
                    value: this.ev.construct(new SourceClass(cls, this.ev.at(cls)), args instanceof Unresolved ? [] : args, call),
                };
            }
        }
        if (!ts_morph/* Node */.bP0.isMethodDeclaration(fn) && !ts_morph/* Node */.bP0.isGetAccessorDeclaration(fn))
            return undefined;
        const callee = call.getExpression();
        if (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee)) {
            const target = callee.getExpression();
            if (target.getKind() === ts_morph/* SyntaxKind */.a66.ThisKeyword)
                return undefined; // the caller's own `this`
            return { value: this.ev.evaluate(target) };
        }
        return undefined;
    }
    /** `this` in a method no source calls (a framework does: `McpAgent.init`): an instance of its class, built without arguments. */
    selfOf(fn) {
        if (!ts_morph/* Node */.bP0.isMethodDeclaration(fn) && !ts_morph/* Node */.bP0.isConstructorDeclaration(fn) && !ts_morph/* Node */.bP0.isGetAccessorDeclaration(fn))
            return {};
        const cls = fn.getParent();
        if (!ts_morph/* Node */.bP0.isClassDeclaration(cls) && !ts_morph/* Node */.bP0.isClassExpression(cls))
            return {};
        if (ts_morph/* Node */.bP0.isMethodDeclaration(fn) && fn.isStatic())
            return { self: { value: new SourceClass(cls, this.ev.at(cls)) } };
        // Built with arguments nobody here passes: what the constructor stores from them is unknown, never `undefined`.
        const unknown = new Unresolved(`an argument of \`new ${cls.getName() ?? 'class'}(…)\`, which no code in the sources calls`, this.ev.at(cls));
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
        if (!ts_morph/* Node */.bP0.isParameterDeclaration(parameter))
            return undefined;
        const decorator = parameter.getDecorators().find((d) => ['injectAll', 'inject'].includes(d.getName()));
        const token = decorator?.getArguments()[0];
        if (!decorator || !token || !ts_morph/* Node */.bP0.isIdentifier(token))
            return undefined;
        const all = decorator.getName() === 'injectAll';
        const values = [];
        for (const file of parameter.getProject().getSourceFiles()) {
            if (file.isDeclarationFile() || !this.ev.isSource(file.getFilePath()))
                continue;
            for (const call of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
                const callee = call.getExpression();
                const [key, provider] = call.getArguments();
                if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) ||
                    callee.getName() !== 'register' ||
                    !key ||
                    key.getText() !== token.getText() ||
                    !provider ||
                    !ts_morph/* Node */.bP0.isObjectLiteralExpression(provider))
                    continue;
                const useValue = provider.getProperty('useValue');
                if (!useValue || !ts_morph/* Node */.bP0.isPropertyAssignment(useValue)) {
                    return new Unresolved(`\`${token.getText()}\` is provided at ${this.ev.at(call).file}:${this.ev.at(call).line} by a class or factory mcpver does not build`, this.ev.at(call), true);
                }
                const ways = this.of(call);
                if (ways instanceof Unresolved)
                    return ways;
                for (const way of ways)
                    values.push(this.within(way, () => this.ev.evaluate(useValue.getInitializerOrThrow())));
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
function guardsBefore(block, child, fn) {
    if (!ts_morph/* Node */.bP0.isBlock(block))
        return [];
    const statements = block.getStatements();
    const guards = [];
    for (const statement of statements.slice(0, statements.indexOf(child))) {
        if (!ts_morph/* Node */.bP0.isIfStatement(statement))
            continue;
        const inLoop = isInLoop(statement, fn);
        const [then, otherwise] = [statement.getThenStatement(), statement.getElseStatement()];
        const [thenExits, elseExits] = [exits(then, inLoop), exits(otherwise, inLoop)];
        // Both branches leave: what follows never runs from here; left to the reading of the code as written.
        if (thenExits && !elseExits)
            guards.push({ structure: statement, child: otherwise ?? statement });
        else if (elseExits && !thenExits)
            guards.push({ structure: statement, child: then });
    }
    return guards;
}
/** Whether a statement always leaves what follows it: `return`, an unlabelled `continue` in a loop, or a block that ends with one. */
function exits(statement, inLoop) {
    if (!statement)
        return false;
    if (ts_morph/* Node */.bP0.isReturnStatement(statement))
        return true;
    if (ts_morph/* Node */.bP0.isContinueStatement(statement))
        return inLoop && !statement.getLabel();
    if (ts_morph/* Node */.bP0.isBlock(statement))
        return exits(statement.getStatements().at(-1), inLoop);
    return false;
}
/** Whether a loop of the function (not an outer one) holds `node`: where a `continue` skips the rest of an iteration. */
function isInLoop(node, fn) {
    for (let current = node.getParent(); current && current !== fn; current = current.getParent())
        if (ts_morph/* Node */.bP0.isForOfStatement(current) ||
            ts_morph/* Node */.bP0.isForInStatement(current) ||
            ts_morph/* Node */.bP0.isForStatement(current) ||
            ts_morph/* Node */.bP0.isWhileStatement(current) ||
            ts_morph/* Node */.bP0.isDoStatement(current))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/registrations.js
// Finds where a server declares its surface and reads each declaration once per way it runs (see
// contexts.ts): McpServer registrations (`registerTool`, `tool`, `registerPrompt`, `prompt`,
// `registerResource`, `resource`), FastMCP's `addTool`/`addPrompt`/`addResource`, low-level
// `setRequestHandler` for the list requests, and the server's constructor (info, capabilities).




const METHODS = {
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
const ADD_METHODS = {
    addTool: 'tool',
    addPrompt: 'prompt',
    addResource: 'resource',
    addResourceTemplate: 'resource',
};
/** FastMCP's plural forms, one array of such objects: read as one `add…` per element. */
const ADD_MANY = {
    addTools: 'addTool',
    addPrompts: 'addPrompt',
    addResources: 'addResource',
    addResourceTemplates: 'addResourceTemplate',
};
const LIST_REQUESTS = {
    ListToolsRequestSchema: 'tools',
    ListPromptsRequestSchema: 'prompts',
    ListResourcesRequestSchema: 'resources',
    ListResourceTemplatesRequestSchema: 'resourceTemplates',
    'tools/list': 'tools',
    'prompts/list': 'prompts',
    'resources/list': 'resources',
    'resources/templates/list': 'resourceTemplates',
};
function findDeclarations(files, evaluator) {
    const found = { registrations: [], handlers: [], servers: [], capabilities: [], unresolved: [], notes: [] };
    const contexts = new Contexts(evaluator);
    for (const file of files) {
        for (const call of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
            const callee = call.getExpression();
            if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(callee))
                continue;
            const method = callee.getName();
            if (method === 'setRequestHandler')
                readHandler(call, evaluator, contexts, found);
            else if (method === 'registerCapabilities')
                found.capabilities.push(evaluator.evaluate(call.getArguments()[0]));
            else if (method in METHODS)
                readRegistrations(call, method, evaluator, contexts, found);
            else if (method in ADD_METHODS && call.getArguments().length === 1)
                readAdded(call, method, evaluator, contexts, found);
            else if (method in ADD_MANY && call.getArguments().length === 1)
                readAdded(call, ADD_MANY[method], evaluator, contexts, found, true);
        }
        for (const construction of file.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.NewExpression)) {
            const kind = construction.getExpression().getText();
            if (kind !== 'McpServer' && kind !== 'Server')
                continue;
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
function contextsOrGap(call, evaluator, contexts, found, sure) {
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
function callsSourceMethod(call, evaluator) {
    const callee = call.getExpression();
    if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(callee))
        return false;
    const symbol = callee.getNameNode().getSymbol();
    const declarations = symbol?.getDeclarations() ?? [];
    if (declarations.some((d) => evaluator.isSource(d.getSourceFile().getFilePath()) &&
        !d.getSourceFile().isDeclarationFile() &&
        (ts_morph/* Node */.bP0.isMethodDeclaration(d) ||
            ts_morph/* Node */.bP0.isPropertyDeclaration(d) ||
            ts_morph/* Node */.bP0.isPropertyAssignment(d) ||
            ts_morph/* Node */.bP0.isFunctionDeclaration(d))))
        return true;
    if (declarations.length > 0 || callee.getExpression().getKind() !== ts_morph/* SyntaxKind */.a66.ThisKeyword)
        return false;
    const cls = call.getFirstAncestor((a) => ts_morph/* Node */.bP0.isClassDeclaration(a) || ts_morph/* Node */.bP0.isClassExpression(a));
    return Boolean(cls?.getMethod?.(callee.getName()));
}
function readRegistrations(call, method, evaluator, contexts, found) {
    if (call.getArguments().length < 2 || callsSourceMethod(call, evaluator))
        return;
    for (const context of contextsOrGap(call, evaluator, contexts, found, UNAMBIGUOUS.has(method) || looksLikeRegistration(call, evaluator))) {
        contexts.within(context, () => readOne(call, method, context.during ? [...context.conditions, context.during] : context.conditions, evaluator, found, context.during));
    }
}
function readOne(call, method, conditions, evaluator, found, during) {
    const args = call.getArguments();
    const name = hostValue(evaluator.evaluate(args[0]));
    if (typeof name !== 'string') {
        // `x.tool(…)` may be anything; `x.registerTool(…)` is a registration whose name we could not read.
        if (UNAMBIGUOUS.has(method) && during) {
            // Registered while a request runs (a resource a tool creates): not part of what the server lists at start-up.
            found.notes.push(new Unresolved(`a ${METHODS[method]} is registered ${during}, with a name only known then: clients see it only after that request`, evaluator.at(call)));
        }
        else if (UNAMBIGUOUS.has(method) || (name instanceof Unresolved && looksLikeRegistration(call, evaluator))) {
            const reason = name instanceof Unresolved ? name.reason : `the name given to ${method} is not a string`;
            found.unresolved.push(new Unresolved(`a ${METHODS[method]} whose name is not known: ${reason}`, evaluator.at(call), true));
        }
        return;
    }
    // Older overloads end with the handler; a call whose last argument is not a function is something else.
    const values = args.map((a) => evaluator.evaluate(a));
    const last = values[values.length - 1];
    if (!UNAMBIGUOUS.has(method) &&
        !(last instanceof SourceFunction) &&
        !(last instanceof Unresolved && ts_morph/* Node */.bP0.isIdentifier(args[args.length - 1])))
        return;
    found.registrations.push({
        kind: METHODS[method],
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
function looksLikeRegistration(call, evaluator) {
    const callee = call.getExpression();
    const receiver = ts_morph/* Node */.bP0.isPropertyAccessExpression(callee)
        ? hostValue(evaluator.evaluate(callee.getExpression()))
        : undefined;
    if (typeof receiver === 'object' &&
        receiver !== null &&
        receiver.constructor?.name === 'McpServer')
        return true;
    if (/\bMcpServer\b/.test(ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) ? callee.getExpression().getType().getText() : ''))
        return true;
    const args = call.getArguments();
    const first = args[0];
    const last = args[args.length - 1];
    if (!first || !last || args.length < 2)
        return false;
    const isFunction = (n) => ts_morph/* Node */.bP0.isArrowFunction(n) || ts_morph/* Node */.bP0.isFunctionExpression(n);
    return (isFunction(last) &&
        !isFunction(first) &&
        !ts_morph/* Node */.bP0.isObjectLiteralExpression(first) &&
        !ts_morph/* Node */.bP0.isArrayLiteralExpression(first));
}
/**
 * FastMCP's `server.addTool({ name, description, parameters, annotations, execute })`: read as the
 * McpServer registration it lists the same as (`parameters` is the input schema).
 */
function readAdded(call, method, evaluator, contexts, found, many = false) {
    for (const context of contextsOrGap(call, evaluator, contexts, found, false)) {
        contexts.within(context, () => {
            const argument = hostValue(evaluator.evaluate(call.getArguments()[0]));
            if (many) {
                if (argument instanceof Unresolved)
                    found.unresolved.push(new Unresolved(`the list given to ${method}s is not known: ${argument.reason}`, evaluator.at(call), true));
                if (Array.isArray(argument))
                    for (const element of argument)
                        addOne(call, method, element, context, evaluator, found);
                return;
            }
            addOne(call, method, argument, context, evaluator, found);
        });
    }
}
function addOne(call, method, value, context, evaluator, found) {
    const definition = hostValue(value);
    if (!isPlainObject(definition))
        return;
    const name = hostValue(definition.name);
    const hasBody = definition.execute instanceof SourceFunction || definition.load instanceof SourceFunction;
    if (!hasBody)
        return;
    if (typeof name !== 'string') {
        found.unresolved.push(new Unresolved(`an item added with ${method} whose name is not known${name instanceof Unresolved ? `: ${name.reason}` : ''}`, evaluator.at(call), true));
        return;
    }
    const kind = ADD_METHODS[method];
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
    }
    else if (kind === 'prompt') {
        const args = Array.isArray(definition.arguments) ? definition.arguments : [];
        found.handlers.push({
            list: 'prompts',
            items: [stripUndefined({ name, description: definition.description, arguments: args })],
            location,
        });
    }
    else {
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
const stripUndefined = (record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
function readHandler(call, evaluator, contexts, found) {
    const [schema, handler] = call.getArguments();
    const key = schema
        ? ts_morph/* Node */.bP0.isStringLiteral(schema)
            ? schema.getLiteralValue()
            : (schema.getText().split('.').pop() ?? '')
        : '';
    const list = LIST_REQUESTS[key];
    if (!list || !handler)
        return;
    const location = evaluator.at(call);
    const results = [];
    const changers = fieldChangers(handler, call);
    const unknownAdditions = new Map();
    for (const context of contextsOrGap(call, evaluator, contexts, found, true)) {
        contexts.within(context, () => {
            const fn = evaluator.evaluate(handler);
            if (!(fn instanceof SourceFunction)) {
                results.push(fn instanceof Unresolved
                    ? fn
                    : new Unresolved(`the ${list} list handler is not a function mcpver can read`, location));
                return;
            }
            const self = context.self?.value;
            const before = isInstance(self) ? { ...self } : undefined;
            try {
                if (isInstance(self))
                    replayChanges(changers, self, evaluator, contexts, unknownAdditions);
                results.push(...listPages(fn, list, context.conditions, evaluator, call, location));
            }
            finally {
                if (before && isInstance(self)) {
                    for (const key of Object.keys(self))
                        if (!(key in before))
                            delete self[key];
                    Object.assign(self, before);
                }
            }
        });
    }
    found.unresolved.push(...unknownAdditions.values());
    const lists = results.filter((r) => Array.isArray(r));
    const failed = results.find((r) => r instanceof Unresolved);
    if (lists.length === 0) {
        found.unresolved.push(new Unresolved(failed
            ? `the ${list} list handler: ${failed.reason}`
            : `the ${list} list handler does not return a list mcpver can read`, failed?.location.file ? failed.location : location, true));
        return;
    }
    if (failed)
        found.unresolved.push(new Unresolved(`the ${list} list handler returns a list mcpver could not read on one of the ways it runs: ${failed.reason}`, failed.location.file ? failed.location : location, true));
    for (const items of lists)
        found.handlers.push({ list, items, location });
}
const ADDERS = new Set(['set', 'push', 'add', 'unshift', 'splice']);
/**
 * The methods of the list handler's class that add to a field the handler reads (`this.tools`,
 * filled by `upsertTools`), with their calls made outside the constructor (at start-up from the
 * entry, or later, while the server runs). A method that only removes is left out: an item removed
 * at run time hides nothing.
 */
function fieldChangers(handler, call) {
    const cls = call.getFirstAncestor((a) => ts_morph/* Node */.bP0.isClassDeclaration(a) || ts_morph/* Node */.bP0.isClassExpression(a));
    if (!cls)
        return [];
    const handlerText = handler.getText();
    const out = [];
    for (const method of cls.getMethods()) {
        const changed = new Set();
        for (const binary of method.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.BinaryExpression)) {
            const left = binary.getLeft();
            if (binary.getOperatorToken().getKind() === ts_morph/* SyntaxKind */.a66.EqualsToken &&
                ts_morph/* Node */.bP0.isPropertyAccessExpression(left) &&
                left.getExpression().getKind() === ts_morph/* SyntaxKind */.a66.ThisKeyword)
                changed.add(left.getName());
        }
        for (const inner of method.getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)) {
            const callee = inner.getExpression();
            if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) || !ADDERS.has(callee.getName()))
                continue;
            const target = callee.getExpression();
            if (ts_morph/* Node */.bP0.isPropertyAccessExpression(target) && target.getExpression().getKind() === ts_morph/* SyntaxKind */.a66.ThisKeyword)
                changed.add(target.getName());
        }
        const field = [...changed].find((f) => new RegExp(`\\bthis\\.${f}\\b`).test(handlerText));
        if (!field)
            continue;
        // Called from somewhere other than the constructor: the field changes after the server is built.
        const callers = cls
            .getSourceFile()
            .getProject()
            .getSourceFiles()
            .flatMap((f) => f
            .getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.PropertyAccessExpression)
            .filter((p) => p.getName() === method.getName() &&
            ts_morph/* Node */.bP0.isCallExpression(p.getParent()) &&
            p.getParent().getExpression() === p &&
            !p.getFirstAncestor((a) => ts_morph/* Node */.bP0.isConstructorDeclaration(a)))
            .map((p) => p.getParent()));
        if (callers.length > 0)
            out.push({ method, field, callers });
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
function replayChanges(changers, self, evaluator, contexts, unknown) {
    for (const { method, field, callers } of changers) {
        for (const caller of callers) {
            const where = evaluator.at(caller);
            const gap = (why) => {
                const key = `${where.file}:${where.line}`;
                if (!unknown.has(key))
                    unknown.set(key, new Unresolved(`the list comes from \`this.${field}\`, which \`${method.getName()}\` changes after start-up (called at ${where.file}:${where.line}) with what ${why}`, where, true));
            };
            const ways = contexts.of(caller);
            if (ways instanceof Unresolved) {
                gap(`is only known when the code runs: ${ways.reason}`);
                continue;
            }
            for (const way of ways) {
                // Added while a request is handled (a tool that loads more tools): not what the server
                // lists at start-up, as for a registration made there.
                if (way.during)
                    continue;
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
                        if (!Array.isArray(arg))
                            return arg;
                        const hidden = arg.find((e) => e instanceof Unresolved);
                        if (hidden)
                            gap(`is only known when the code runs in part: ${hidden.reason}`);
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
function listPages(fn, list, conditions, evaluator, call, location) {
    const method = list === 'resourceTemplates' ? 'resources/templates/list' : `${list}/list`;
    const pages = [];
    let cursor;
    for (let page = 0; page < MAX_PAGES; page += 1) {
        const request = { method, params: cursor === undefined ? {} : { cursor } };
        const result = hostValue(evaluator.call(fn, [request, new Unresolved('the request context', location)], call));
        if (!isPlainObject(result)) {
            pages.push(result instanceof Unresolved
                ? result
                : new Unresolved(`the ${list} list handler does not return an object with a "${list}" list`, location));
            break;
        }
        pages.push(withItemConditions(result[list], conditions));
        const next = hostValue(result.nextCursor);
        if (typeof next !== 'string' || next === cursor)
            break;
        cursor = next;
    }
    return pages;
}
/** The items of a list, each also under the conditions its handler runs under. */
function withItemConditions(items, conditions) {
    return Array.isArray(items) && conditions.length > 0 ? items.map((item) => withConditions(item, conditions)) : items;
}
/** `const server = new Server(…)` … `server.connect(transport)` in the same file. */
function isConnected(construction) {
    const declaration = construction.getParent();
    if (!declaration || !ts_morph/* Node */.bP0.isVariableDeclaration(declaration))
        return false;
    const name = declaration.getName();
    return construction
        .getSourceFile()
        .getDescendantsOfKind(ts_morph/* SyntaxKind */.a66.CallExpression)
        .some((call) => {
        const callee = call.getExpression();
        return (ts_morph/* Node */.bP0.isPropertyAccessExpression(callee) &&
            callee.getName() === 'connect' &&
            callee.getExpression().getText() === name);
    });
}
/** The server construction a registration is made on (`server.tool(…)` with `const server = new McpServer(…)`), when the sources say. */
function receiverConstruction(registration) {
    const call = registration.site;
    if (!ts_morph/* Node */.bP0.isCallExpression(call))
        return undefined;
    const callee = call.getExpression();
    if (!ts_morph/* Node */.bP0.isPropertyAccessExpression(callee))
        return undefined;
    const receiver = callee.getExpression();
    if (!ts_morph/* Node */.bP0.isIdentifier(receiver))
        return undefined;
    const declaration = receiver.getSymbol()?.getDeclarations()[0];
    const initializer = declaration && ts_morph/* Node */.bP0.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
    return initializer && ts_morph/* Node */.bP0.isNewExpression(initializer) ? initializer : undefined;
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 5 modules
var mcp = __webpack_require__(41282);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 1 modules
var esm_client = __webpack_require__(53018);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/inMemory.js
var inMemory = __webpack_require__(10579);
;// CONCATENATED MODULE: ./src/surface/mcp-static/replay.js
// Turns what the sources declare into the listing a client would receive: McpServer registrations
// are replayed on a real McpServer of the installed SDK and listed through an in-memory client, so
// that the JSON Schemas are exactly the SDK's conversion; low-level list handlers' literals are taken as they are.







const SCHEMA_KEYS = new Set(['inputSchema', 'outputSchema', 'argsSchema', 'paramsSchema']);
const HANDLERS = {
    tool: () => async () => ({ content: [] }),
    prompt: () => async () => ({ messages: [] }),
    resource: () => async () => ({ contents: [] }),
};
/** Registration arguments ready for the SDK: handlers stubbed, gaps replaced by markers. */
function prepare(value, kind, host, markers, key, siblings) {
    if (value instanceof SourceFunction)
        return HANDLERS[kind]();
    if (value instanceof Unresolved) {
        if (key && SCHEMA_KEYS.has(key)) {
            const z = host.zod;
            return z.object({}).describe(markers.mark(value));
        }
        // Inside a zod shape (every other property a schema), a gap is a property whose schema is unknown; elsewhere (a config's description) a value.
        if (siblings &&
            siblings.some(isLibraryValue) &&
            siblings.every((s) => isLibraryValue(s) || s instanceof Unresolved))
            return markerSchema(host, markers, value);
        return markers.mark(value);
    }
    if (Array.isArray(value))
        return value.map((v) => prepare(v, kind, host, markers));
    if (value && typeof value === 'object' && value.constructor === Object) {
        const entries = Object.entries(value);
        // An empty shape (`inputSchema: {}`, `z.object({}).shape`) holds no schema that tells the SDK
        // which zod made it, and the SDK then builds it with zod 4 (an open object); a zod 3 server
        // lists it closed like its other objects. Built with the package's zod, as its other shapes are.
        if (entries.length === 0 && key && SCHEMA_KEYS.has(key))
            return host.zod.object({});
        return Object.fromEntries(entries.map(([k, v]) => [
            k,
            prepare(v, kind, host, markers, k, entries.map(([, x]) => x)),
        ]));
    }
    return value;
}
/**
 * `server.tool(name, description, shape, annotations, cb)`, `server.tool(name, shape, cb)`: an
 * argument after the name that is not known, where the overloads put the schema, stands for an
 * unknown schema. As a marker string the SDK would take it for a description and list no input
 * at all, a silent `{}`.
 */
function positionalSchemaGap(registration, index) {
    if (registration.method !== 'tool')
        return false;
    const args = registration.args;
    if (!(args[index] instanceof Unresolved) || index === 0 || index === args.length - 1)
        return false;
    // With four or more arguments the second is the description.
    return index >= 2 || args.length === 3;
}
/**
 * Input properties present only on some paths (`getInputSchema()` returning one of two shapes on
 * `this.context?.boardId`): both ways are listed as one schema, and each such property is named
 * with its condition, so that the reading says which schema a running server would choose from.
 */
function conditionalProperties(registration) {
    if (registration.kind !== 'tool')
        return [];
    const own = new Set(registration.conditions);
    const shapes = [];
    for (const arg of registration.args) {
        const value = hostValue(arg);
        if (!isPlainObject(value))
            continue;
        shapes.push(value);
        for (const key of SCHEMA_KEYS)
            if (isPlainObject(hostValue(value[key])))
                shapes.push(hostValue(value[key]));
    }
    const notes = [];
    for (const shape of shapes) {
        for (const [property, schema] of Object.entries(shape)) {
            if (!isLibraryValue(hostValue(schema)))
                continue;
            const only = conditionsOf(schema).filter((c) => !own.has(c));
            if (only.length === 0)
                continue;
            notes.push(new Unresolved(`the input property "${property}" of the tool "${registration.name}" is in its schema only when \`${(0,surface_conditions/* allOf */.bn)(only)}\` (the schemas of every path are listed as one)`, registration.location));
        }
    }
    return notes;
}
const isText = (v) => typeof v === 'string' && !v.startsWith('\u0000');
const LIST_KEY = {
    tools: 'tool',
    prompts: 'prompt',
    resources: 'resource',
    resourceTemplates: 'resource-template',
};
async function listSurface(found, host, markers, locate) {
    // The server the sources connect to a transport, else an McpServer, else the first one built.
    const construction = found.servers.find((s) => s.connected) ?? found.servers.find((s) => s.kind === 'McpServer') ?? found.servers[0];
    const info = unwrapHost(construction?.info);
    const options = unwrapHost(construction?.options);
    const serverInfo = info && isText(info.name) && isText(info.version) ? { name: info.name, version: info.version } : undefined;
    const instructions = options?.instructions instanceof Unresolved
        ? markers.mark(options.instructions)
        : typeof options?.instructions === 'string'
            ? options.instructions
            : undefined;
    const declared = options?.capabilities && typeof options.capabilities === 'object' && !(options.capabilities instanceof Unresolved)
        ? options.capabilities
        : {};
    for (const extra of found.capabilities) {
        const value = unwrapHost(extra);
        if (extra instanceof Unresolved)
            markers.notes.push(extra);
        else if (value && typeof value === 'object')
            mergeCapabilities(declared, value);
    }
    const listing = {
        capabilities: { ...declared },
        tools: [],
        prompts: [],
        resources: [],
        resourceTemplates: [],
        ...(serverInfo ? { serverInfo } : {}),
        ...(instructions !== undefined ? { instructions } : {}),
    };
    // Registrations on a server the sources build but never connect, beside one they do connect: not what clients see.
    const connected = found.servers.some((s) => s.connected);
    const unconnected = new Set(found.servers.filter((s) => !s.connected).map((s) => s.node));
    if (connected)
        found.registrations = found.registrations.filter((r) => !unconnected.has(receiverConstruction(r)));
    if (found.registrations.length > 0)
        await replay(found, listing, host, markers, locate, construction?.kind === 'Server');
    const listed = new Map();
    for (const item of [...listing.tools.map((t) => `tool:${t.name}`), ...listing.prompts.map((p) => `prompt:${p.name}`)])
        listed.set(item, true);
    for (const handler of found.handlers) {
        const key = LIST_KEY[handler.list];
        for (const raw of handler.items) {
            const item = unwrapHost(raw);
            if (item instanceof Unresolved) {
                found.unresolved.push(new Unresolved(`an item of the ${handler.list} list is not known: ${item.reason}`, item.location.file ? item.location : handler.location, true));
                continue;
            }
            const record = item && typeof item === 'object' && !Array.isArray(item) ? item : undefined;
            const id = handler.list === 'resources'
                ? record?.uri
                : handler.list === 'resourceTemplates'
                    ? record?.uriTemplate
                    : record?.name;
            if (typeof id !== 'string') {
                const why = id instanceof Unresolved ? `: ${id.reason}` : '';
                found.unresolved.push(new Unresolved(`an item of the ${handler.list} list whose ${handler.list.startsWith('resource') ? 'URI' : 'name'} is not known${why}`, id instanceof Unresolved && id.location.file ? id.location : handler.location, true));
                continue;
            }
            // The same item from another way the handler runs (a second server, a second transport): listed once.
            const previous = listed.get(`${key}:${id}`);
            if (previous !== undefined) {
                if (previous !== raw && JSON.stringify(prepareJson(item, markers)) !== JSON.stringify(previous)) {
                    found.notes.push(new Unresolved(`the ${key} "${id}" is listed differently in two places; the first is used`, handler.location));
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
const firstLine = (error) => error.message.split('\n')[0].slice(0, 200);
/** A tool the SDK could not list as rebuilt: its name, with its schema marked as not read. */
function stubTool(registration, error, markers) {
    const config = unwrapHost(registration.args[1]);
    const description = typeof config?.description === 'string'
        ? config.description
        : typeof registration.args[1] === 'string'
            ? registration.args[1]
            : undefined;
    const gap = new Unresolved(`the SDK could not list the tool "${registration.name}" as rebuilt from the sources: ${firstLine(error)}`, registration.location);
    return {
        name: registration.name,
        ...(description ? { description } : {}),
        inputSchema: { type: 'object', description: markers.mark(gap) },
    };
}
/** List one registration on a server of its own: its listing, or a stub with the reason it could not be listed. */
async function listAlone(one, what, listing, markers) {
    const server = new mcp/* McpServer */._({ name: 'static', version: '0.0.0' }, { capabilities: listing.capabilities });
    const client = new esm_client/* Client */.K({ name: 'mcpver-static', version: '1.0.0' });
    try {
        const target = (one.registration.method === 'registerToolTask'
            ? server.experimental.tasks
            : server);
        target[one.registration.method].apply(target, one.args);
        const [clientSide, serverSide] = inMemory/* InMemoryTransport */.W.createLinkedPair();
        await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
        if (what === 'tools')
            return (await client.listTools()).tools;
        if (what === 'prompts')
            return (await client.listPrompts()).prompts;
        if (what === 'resources')
            return (await client.listResources()).resources;
        return (await client.listResourceTemplates()).resourceTemplates;
    }
    catch (error) {
        if (what === 'tools')
            return [stubTool(one.registration, error, markers)];
        markers.notes.push(new Unresolved(`the SDK could not list the ${one.registration.kind} "${one.registration.name}" as rebuilt from the sources: ${firstLine(error)}`, one.registration.location));
        return [];
    }
    finally {
        await client.close().catch(() => undefined);
        await server.close().catch(() => undefined);
    }
}
/** `registerCapabilities` merges one level deep, as the SDK does. */
function mergeCapabilities(into, extra) {
    for (const [key, value] of Object.entries(extra)) {
        const current = into[key];
        into[key] =
            current && typeof current === 'object' && value && typeof value === 'object' ? { ...current, ...value } : value;
    }
}
/** Literal list items: gaps become `x-mcpver-unresolved` schemas or marker strings, resolved later. */
function prepareJson(value, markers, key) {
    if (value instanceof Unresolved)
        return key && SCHEMA_KEYS.has(key) ? { type: 'object', description: markers.mark(value) } : markers.mark(value);
    if (value instanceof SourceFunction)
        return markers.mark(new Unresolved('a function where a value was expected', value.location));
    if (Array.isArray(value))
        return value.map((v) => prepareJson(v, markers));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareJson(v, markers, k)]));
    return value;
}
/** `declaredOnly`: the server clients talk to is a low-level Server, whose capabilities are what it declares, not what an McpServer adds as tools are registered. */
async function replay(found, listing, host, markers, locate, declaredOnly = false) {
    const registrations = found.registrations;
    const server = new mcp/* McpServer */._({ name: listing.serverInfo?.name ?? 'static', version: listing.serverInfo?.version ?? '0.0.0' }, { capabilities: listing.capabilities });
    const seen = new Map();
    /** Tools whose positional input shape could not be read, by name. */
    const unknownInputs = new Map();
    /** The item key each listed registration was located under (`resource:` keys are by URI). */
    const keys = new Map();
    /** What was registered, as the SDK took it: listed again one by one if the whole listing fails. */
    const accepted = [];
    for (const registration of registrations) {
        const key = `${registration.kind}:${registration.name}`;
        const earlier = seen.get(key);
        if (earlier) {
            // One call read in several ways it runs (two servers, two transports) registers the same item again: listed once, under either way's conditions.
            const listedAs = keys.get(earlier);
            if (listedAs)
                locate(listedAs, earlier.location, registration.conditions);
            if (earlier.site === registration.site)
                continue;
            const where = `${earlier.location.file}:${earlier.location.line} and ${registration.location.file}:${registration.location.line}`;
            const why = earlier.conditions.length || registration.conditions.length
                ? 'under different conditions'
                : 'on what may be different servers (the SDK refuses a second registration on one server)';
            found.notes.push(new Unresolved(`the ${registration.kind} "${registration.name}" is registered at ${where}, ${why}; the first is listed`, registration.location));
            continue;
        }
        seen.set(key, registration);
        for (const note of conditionalProperties(registration))
            found.notes.push(note);
        const args = registration.args.map((a, i) => {
            if (!positionalSchemaGap(registration, i))
                return prepare(unwrapHost(a), registration.kind, host, markers);
            // The SDK takes only a shape there: an empty one now, the listed schema marked unknown below.
            unknownInputs.set(String(registration.name), a);
            return {};
        });
        try {
            // Task tools are registered through the experimental tasks API.
            const target = (registration.method === 'registerToolTask'
                ? server.experimental.tasks
                : server);
            target[registration.method].apply(target, args);
            accepted.push({ registration, args });
            const template = registration.kind === 'resource' &&
                args[1] &&
                typeof args[1] === 'object' &&
                'uriTemplate' in args[1];
            const uri = template ? String(args[1].uriTemplate) : String(args[1]);
            const listedAs = registration.kind === 'resource' ? (template ? `resource-template:${uri}` : `resource:${uri}`) : key;
            locate(listedAs, registration.location, registration.conditions);
            keys.set(registration, listedAs);
        }
        catch (error) {
            // The item is missing from the listing: a gap that may hide it (a removal must never pass
            // because mcpver could not rebuild the new version's item), unless the SDK only refused a
            // second registration of a name already listed.
            const again = /already registered/i.test(error.message);
            markers.notes.push(new Unresolved(`the SDK refused the ${registration.kind} "${registration.name}" as rebuilt from the sources: ${error.message}`, registration.location, !again));
        }
    }
    const [clientSide, serverSide] = inMemory/* InMemoryTransport */.W.createLinkedPair();
    const client = new esm_client/* Client */.K({ name: 'mcpver-static', version: '1.0.0' });
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
                into.push(...(await list()));
            }
            catch (error) {
                // One item the SDK cannot list must not take the others with it: list them one by one.
                const kind = what === 'tools' ? 'tool' : what === 'prompts' ? 'prompt' : 'resource';
                const alone = accepted.filter((a) => a.registration.kind === kind);
                if (alone.length <= 1) {
                    markers.notes.push(new Unresolved(`the SDK could not list the ${what} rebuilt from the sources: ${firstLine(error)}`, alone[0]?.registration.location ?? registrations[0].location));
                    if (kind === 'tool' && alone[0])
                        into.push(stubTool(alone[0].registration, error, markers));
                    return;
                }
                for (const one of alone)
                    into.push(...(await listAlone(one, what, listing, markers)));
            }
        };
        if (capabilities.tools) {
            await read('tools', async () => (await client.listTools()).tools, listing.tools);
            for (const tool of listing.tools) {
                const unknown = unknownInputs.get(tool.name);
                if (unknown)
                    tool.inputSchema = { type: 'object', description: markers.mark(unknown) };
            }
        }
        if (capabilities.prompts)
            await read('prompts', async () => (await client.listPrompts()).prompts, listing.prompts);
        if (capabilities.resources) {
            await read('resources', async () => (await client.listResources()).resources, listing.resources);
            await read('resource templates', async () => (await client.listResourceTemplates()).resourceTemplates, listing.resourceTemplates);
        }
    }
    finally {
        await client.close();
        await server.close();
    }
    // The in-memory transport passes objects without serializing them: make them what a client would parse.
    for (const list of ['tools', 'prompts', 'resources', 'resourceTemplates'])
        listing[list] = JSON.parse(JSON.stringify(listing[list]));
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/files.js
// Which files of a package hold its server's sources: `src/` when there is one (with the source files
// at the package's root beside it, where many servers keep their entry), else the package
// (the published `dist/` of a package from npm), never tests, declarations or dependencies, and
// never through a symbolic link to a folder (a `node_modules` linked into a worktree would
// otherwise be read file by file) or to a file outside the package.


const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    '__tests__',
    'test',
    'tests',
    '__mocks__',
    'coverage',
    'examples',
    'fixtures',
    'e2e',
    'evals',
    'scripts',
    'docs',
    'bench',
    'benchmarks',
]);
const SKIPPED_FILES = /(\.d\.[cm]?ts|\.(test|spec|e2e)\.[cm]?[jt]sx?|(vitest|jest|vite|eslint|rollup|webpack|tsup|tsdown|prettier|playwright|next|babel|esbuild)\.config\.[cm]?[jt]s)$/;
/** At most this many source files are read: a folder with more is not one server's sources (a vendored tree). */
const MAX_SOURCE_FILES = 5_000;
/** Source files under `dir` (absolute), or under each of `include` (relative to `dir`) when given. */
function sourceFiles(dir, include) {
    return findSourceFiles(dir, include).files;
}
function findSourceFiles(dir, include) {
    const roots = include?.length ? include.map((p) => external_node_path_.resolve(dir, p)) : defaultRoots(dir);
    const files = [];
    const inside = realpathOr(dir);
    for (const root of roots)
        walk(root, files, inside);
    const beside = include?.length || !roots.includes(external_node_path_.join(dir, 'src')) ? [] : entryFilesBeside(dir);
    return {
        files: withoutBuildOutput(dir, [...new Set([...files, ...beside])].sort()),
        capped: files.length >= MAX_SOURCE_FILES,
        roots: [
            ...roots.map((r) => `${external_node_path_.relative(dir, r).replace(/\\/g, '/') || '.'}${r === dir ? '' : '/'}`),
            ...beside.map((f) => external_node_path_.basename(f)),
        ],
    };
}
/** A configuration file of a tool (`tsup.config.ts`, `.eslintrc.cjs`), never a server's source. */
const TOOL_CONFIG = /(^\.|\.config\.[cm]?[jt]sx?$|^(Gruntfile|Gulpfile|gulpfile|Jakefile|plopfile)\.)/;
/** An import of the package's own build output: a bin shim whose sources are read from `src/` already. */
const BUILD_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)['"]\.\/(?:dist|build|out|lib)\//;
/**
 * Source files at the package's root beside a `src/`: servers often keep their entry there
 * (`index.ts` or `server.ts` registering tools, importing helpers from `src/`). Only the root's own
 * files, never its folders; a shim that only starts the build output is left out (its sources are
 * the ones under `src/`).
 */
function entryFilesBeside(dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((e) => e.isFile() && SOURCE.test(e.name) && !SKIPPED_FILES.test(e.name) && !TOOL_CONFIG.test(e.name))
        .map((e) => external_node_path_.join(dir, e.name))
        .filter((file) => {
        try {
            return !BUILD_IMPORT.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch {
            return false;
        }
    });
}
/** A package read from its root with TypeScript sources beside a `dist/` or `build/`: the build output would list every item twice. */
function withoutBuildOutput(dir, files) {
    const built = (f) => /^(dist|build|out)[\\/]/.test(external_node_path_.relative(dir, f));
    const sources = files.some((f) => !built(f) && /\.[cm]?tsx?$/.test(f));
    return sources ? files.filter((f) => !built(f)) : files;
}
function realpathOr(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return file;
    }
}
function defaultRoots(dir) {
    const src = external_node_path_.join(dir, 'src');
    // With sources present, the build output would list every item twice.
    return (0,external_node_fs_.existsSync)(src) && (0,external_node_fs_.statSync)(src).isDirectory() ? [src] : [dir];
}
/**
 * A folder with a package.json of its own that names a package is another package (a second server
 * kept in the same repository, a companion tool): its files are read only where this package's
 * sources import them. A package.json that only sets `type` (`dist/esm/package.json`) is no package.
 */
function isNestedPackage(folder) {
    const file = external_node_path_.join(folder, 'package.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return false;
    try {
        return typeof JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).name === 'string';
    }
    catch {
        return false;
    }
}
function walk(entry, out, packageRoot) {
    if (!(0,external_node_fs_.existsSync)(entry) || out.length >= MAX_SOURCE_FILES)
        return;
    if ((0,external_node_fs_.statSync)(entry).isFile()) {
        if (SOURCE.test(entry) && !SKIPPED_FILES.test(entry))
            out.push(entry);
        return;
    }
    for (const child of (0,external_node_fs_.readdirSync)(entry, { withFileTypes: true })) {
        const full = external_node_path_.join(entry, child.name);
        if (child.isSymbolicLink()) {
            // A linked file inside the package is one of its sources; a linked folder or anything outside is not.
            const target = realpathOr(full);
            if (target.startsWith(packageRoot + external_node_path_.sep) && (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isFile())
                walk(full, out, packageRoot);
            continue;
        }
        if (child.isDirectory()) {
            if (SKIPPED_DIRS.has(child.name) || child.name.startsWith('.') || isNestedPackage(full))
                continue;
            walk(full, out, packageRoot);
        }
        else if (child.isFile())
            walk(full, out, packageRoot);
    }
}

// EXTERNAL MODULE: ./src/surface/mcp-static/workspaces.js
var workspaces = __webpack_require__(37338);
// EXTERNAL MODULE: ./src/json-schema/canonical.js
var canonical = __webpack_require__(2041);
;// CONCATENATED MODULE: ./src/surface/mcp-static/cross-check.js
// When both a runtime and a static snapshot exist, they should agree: every disagreement is a
// warning (a conditional registration, a schema built at runtime, or a gap in static extraction).

const LISTS = [
    ['tools', 'tool', (x) => String(x.name)],
    ['prompts', 'prompt', (x) => String(x.name)],
    ['resources', 'resource', (x) => String(x.uri)],
    ['resourceTemplates', 'resource template', (x) => String(x.uriTemplate)],
];
/** How many missing names one warning spells out. */
const MAX_NAMES = 5;
const PLURAL = {
    tool: 'tools',
    prompt: 'prompts',
    resource: 'resources',
    'resource template': 'resource templates',
};
/** Compared fields of each item: what a client sees. */
const FIELDS = ['description', 'inputSchema', 'outputSchema', 'annotations', 'arguments', 'mimeType', 'title'];
function crossCheckSurfaces(runtime, fromSource) {
    const warnings = [];
    const flags = (c) => new Set(Object.entries(c).flatMap(([k, v]) => [
        k,
        ...(v && typeof v === 'object' ? Object.keys(v).map((s) => `${k}.${s}`) : []),
    ]));
    const [running, extracted] = [flags(runtime.capabilities), flags(fromSource.capabilities)];
    for (const flag of running)
        if (!extracted.has(flag))
            warnings.push({
                part: 'mcp',
                message: `The running server declares the capability "${flag}", which static extraction did not find`,
            });
    for (const flag of extracted)
        if (!running.has(flag))
            warnings.push({
                part: 'mcp',
                message: `The sources declare the capability "${flag}", but the running server does not`,
            });
    for (const [list, noun, key] of LISTS) {
        const running = new Map(runtime[list].map((x) => [key(x), x]));
        const extracted = new Map(fromSource[list].map((x) => [key(x), x]));
        for (const [name, item] of extracted) {
            const location = fromSource.locations?.[`${noun.replace(' ', '-')}:${name}`];
            const other = running.get(name);
            if (!other) {
                warnings.push({
                    part: 'mcp',
                    message: `The sources declare the ${noun} "${name}", but the running server did not list it (registered conditionally, or later?)`,
                    ...(location ? { location } : {}),
                });
                continue;
            }
            for (const field of FIELDS) {
                if ((0,canonical/* canonical */.$N)(item[field]) !== (0,canonical/* canonical */.$N)(other[field])) {
                    warnings.push({
                        part: 'mcp',
                        message: `Static extraction and the running server disagree on the ${field} of the ${noun} "${name}"`,
                        ...(location ? { location } : {}),
                    });
                }
            }
        }
        const missing = [...running.keys()].filter((name) => !extracted.has(name));
        if (missing.length === 1)
            warnings.push({
                part: 'mcp',
                message: `The running server lists the ${noun} "${missing[0]}", which static extraction did not find in the sources`,
            });
        // Items generated at run time (a resource per file) come in numbers: one warning says it.
        else if (missing.length > 1) {
            const shown = missing
                .slice(0, MAX_NAMES)
                .map((n) => `"${n}"`)
                .join(', ');
            warnings.push({
                part: 'mcp',
                message: `The running server lists ${missing.length} ${PLURAL[noun]} that static extraction did not find in the sources: ${shown}${missing.length > MAX_NAMES ? `, and ${missing.length - MAX_NAMES} more` : ''}`,
            });
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/surface/mcp-static/index.js
// Static extraction of an MCP server's surface from its sources (TypeScript or JavaScript), for
// servers that cannot be started in CI. What cannot be known without running the code is reported
// as a warning with file and line, and marked in the snapshot (`x-mcpver-unresolved`), never guessed.













async function takeStaticMcpSurface(dir, options = {}) {
    try {
        return await extract(external_node_path_.resolve(dir), options);
    }
    catch (error) {
        if (error instanceof errors/* SnapshotError */.JC)
            throw error;
        // Whatever else goes wrong (a source the compiler cannot read, a library that refuses a rebuilt
        // value) is still a failure to take this part of the snapshot, said as one.
        throw new errors/* SnapshotError */.JC(`Static extraction of the MCP surface in ${dir} failed: ${error.message}`, {
            cause: error,
        });
    }
}
async function extract(root, options) {
    const { files, roots, capped } = findSourceFiles(root, options.include);
    if (files.length === 0)
        throw new errors/* SnapshotError */.JC(`No source files to read in ${root}${options.include ? ` (include: ${options.include.join(', ')})` : ''}.`);
    const workspace = (0,workspaces/* workspacePackages */.L)(root);
    const project = new ts_morph/* Project */.MMY({
        compilerOptions: {
            allowJs: true,
            checkJs: false,
            noEmit: true,
            skipLibCheck: true,
            noLib: true,
            types: [],
            module: ts_morph.ts.ModuleKind.ESNext,
            moduleResolution: ts_morph.ts.ModuleResolutionKind.Bundler,
            allowImportingTsExtensions: true,
            target: ts_morph.ts.ScriptTarget.ES2022,
            ...pathMapping(root),
        },
        skipAddingFilesFromTsConfig: true,
        skipFileDependencyResolution: true,
        // Dependencies are never read (their values come from the libraries mcpver loads itself, or are
        // unknown): resolving them would parse thousands of declaration files for nothing.
        resolutionHost: (moduleHost, getOptions) => ({
            resolveModuleNames: (names, containingFile) => names.map((name) => {
                // A pinned dependency read as the server's code: the files of the version pinned, first.
                // A package of the same monorepo is the server's own code, installed or not.
                const inWorkspace = (options.packages && (0,workspaces/* resolveInWorkspace */.z)(name, options.packages)) ?? (0,workspaces/* resolveInWorkspace */.z)(name, workspace);
                if (inWorkspace)
                    return {
                        resolvedFileName: inWorkspace,
                        extension: extensionOf(inWorkspace),
                        isExternalLibraryImport: false,
                    };
                const resolved = ts_morph.ts.resolveModuleName(name, containingFile, getOptions(), moduleHost).resolvedModule;
                if (!resolved)
                    return undefined;
                // Relative to the package: a package read from its own node_modules folder (a published release) keeps its files.
                const inside = resolved.resolvedFileName.startsWith(`${root}/`)
                    ? resolved.resolvedFileName.slice(root.length)
                    : resolved.resolvedFileName;
                const pinned = [...(options.packages?.values() ?? [])].some((folder) => resolved.resolvedFileName.startsWith(`${folder}/`));
                if (/[\\/]node_modules[\\/]/.test(inside) && !pinned)
                    return undefined;
                if (/\.d\.[cm]?ts$/.test(inside)) {
                    // A published package ships `x.d.ts` beside `x.js`, and the compiler prefers the
                    // declaration: the code is in the JavaScript file.
                    const code = resolved.resolvedFileName.replace(/\.d\.([cm]?)ts$/, '.$1js');
                    return (0,external_node_fs_.existsSync)(code)
                        ? { resolvedFileName: code, extension: extensionOf(code), isExternalLibraryImport: false }
                        : undefined;
                }
                return { ...resolved, isExternalLibraryImport: false };
            }),
            resolveTypeReferenceDirectives: (names) => names.map(() => undefined),
        }),
    });
    const own = files.map((file) => project.addSourceFileAtPath(file));
    // Files the package imports from beside it (a workspace package, a shared folder): read too, but
    // what they declare counts only where the package's own code reaches it (see Contexts).
    project.resolveSourceFileDependencies();
    const sources = [
        ...own,
        ...project
            .getSourceFiles()
            .filter((f) => !own.includes(f) &&
            !f.isDeclarationFile() &&
            (!/[\\/]node_modules[\\/]/.test(f.getFilePath().slice(root.length)) ||
                [...(options.packages?.values() ?? [])].some((folder) => f.getFilePath().startsWith(`${folder}/`)))),
    ];
    const host = await loadHostModules(options.zodMajor ?? zodMajorOf(root));
    const markers = new Markers();
    const evaluator = new Evaluator({
        root,
        linked: [...(options.packages?.values() ?? [])],
        hostModule: (specifier) => host.modules.get(specifier) ??
            host.modules.get(specifier.replace(/\.js$/, '')) ??
            host.modules.get(`${specifier}.js`),
        hostArguments: prepareHostArguments(host, markers),
    });
    const found = findDeclarations(sources, evaluator);
    const locations = {};
    const conditionLists = {};
    const listing = await listSurface(found, host, markers, (item, at, when) => {
        locations[item] ??= at;
        // An item declared on several paths exists under either path's conditions.
        conditionLists[item] = item in conditionLists ? mergeConditions(conditionLists[item], when) : [...when];
    });
    const conditions = Object.fromEntries(Object.entries(conditionLists)
        .filter(([, when]) => when.length > 0)
        .map(([item, when]) => [item, (0,surface_conditions/* allOf */.bn)(when)]));
    const gaps = [];
    const warn = (u, about, hidesItems = false) => gaps.push({ part: 'mcp', message: `${about ? `${about}: ` : ''}${u.reason}`, location: u.location, hidesItems });
    if (capped)
        gaps.push({ part: 'mcp', message: `only the first ${MAX_SOURCE_FILES} source files were read`, hidesItems: true });
    for (const at of bundledSdk(own, root))
        gaps.push({
            part: 'mcp',
            message: 'this file carries its own copy of the MCP SDK (bundled): registrations made through the copy are not read reliably, so tools may be missing; start the server (`command:`) to list them',
            location: at,
            hidesItems: true,
        });
    gaps.push(...autoLoadedItems(own, root));
    for (const u of found.unresolved)
        warn(u, undefined, u.hidesItems);
    for (const u of markers.notes)
        warn(u, undefined, u.hidesItems);
    const mcp = resolveMarkers(listing, markers, warn);
    mcp.locations = locations;
    if (Object.keys(conditions).length > 0)
        mcp.conditions = conditions;
    const kept = dedupe(gaps);
    // Conditional items were read on every branch: said, but not a gap in the reading.
    const notes = [
        ...Object.entries(conditions).map(([item, when]) => ({
            part: 'mcp',
            message: `the ${item.replace(/:.*/, '')} "${item.replace(/^[^:]*:/, '')}" is registered only when \`${when}\``,
            ...(locations[item] ? { location: locations[item] } : {}),
        })),
        ...found.notes.map((u) => ({ part: 'mcp', message: u.reason, location: u.location })),
        ...dedupe(evaluator.notes.map((u) => ({ part: 'mcp', message: u.reason, location: u.location }))),
    ];
    const warnings = [...kept.map(({ hidesItems: _, ...w }) => w), ...notes];
    return { mcp, warnings, gaps: kept, roots, files: files.map((f) => external_node_path_.relative(root, f).replace(/\\/g, '/')) };
}
/**
 * Where a bundle carries the MCP SDK itself (esbuild's `// node_modules/@modelcontextprotocol/sdk/…`
 * section comments): its McpServer is then code of the sources, not the library mcpver replays on.
 */
function bundledSdk(files, root) {
    const out = [];
    for (const file of files) {
        const text = file.getFullText();
        const at = text.search(/\n\/\/ (?:.*\/)?node_modules\/@modelcontextprotocol\/sdk\//);
        if (at >= 0)
            out.push({
                file: external_node_path_.relative(root, file.getFilePath()).replace(/\\/g, '/'),
                line: file.getLineAndColumnAtPos(at + 1).line,
            });
    }
    return out;
}
function extensionOf(file) {
    const ext = external_node_path_.extname(file);
    return ({
        '.ts': ts_morph.ts.Extension.Ts,
        '.tsx': ts_morph.ts.Extension.Tsx,
        '.mts': ts_morph.ts.Extension.Mts,
        '.cts': ts_morph.ts.Extension.Cts,
        '.js': ts_morph.ts.Extension.Js,
        '.jsx': ts_morph.ts.Extension.Jsx,
        '.mjs': ts_morph.ts.Extension.Mjs,
        '.cjs': ts_morph.ts.Extension.Cjs,
    }[ext] ?? ts_morph.ts.Extension.Ts);
}
/** `baseUrl` and `paths` of the package's tsconfig.json, so that aliased imports (`@/schemas`) are followed. */
function pathMapping(root) {
    const file = ts_morph.ts.findConfigFile(root, ts_morph.ts.sys.fileExists, 'tsconfig.json');
    if (!file || external_node_path_.dirname(file) !== root)
        return {};
    const read = ts_morph.ts.readConfigFile(file, ts_morph.ts.sys.readFile);
    if (read.error)
        return {};
    const { options } = ts_morph.ts.parseJsonConfigFileContent(read.config, ts_morph.ts.sys, root);
    // `paths` without `baseUrl` are relative to the tsconfig.json that declares them.
    const baseUrl = options.baseUrl ?? (options.paths ? external_node_path_.dirname(file) : undefined);
    return { ...(baseUrl ? { baseUrl } : {}), ...(options.paths ? { paths: options.paths } : {}) };
}
/** Replace the markers left in the listing by `x-mcpver-unresolved` schemas and strings, warning once for each. */
function resolveMarkers(value, markers, warn, where = '', inSchema = false) {
    if (typeof value === 'string') {
        const unresolved = markers.get(value);
        if (!unresolved)
            return value;
        warn(unresolved, where);
        return `[not statically resolvable: ${unresolved.reason}]`;
    }
    if (Array.isArray(value))
        return value.map((v) => resolveMarkers(v, markers, warn, where, inSchema));
    if (value && typeof value === 'object') {
        const record = value;
        // Inside a schema, a node carrying a marker stands for a part that could not be rebuilt.
        const unresolved = inSchema ? markers.get(record.description) : undefined;
        if (unresolved) {
            warn(unresolved, where);
            return { ...(record.type === 'object' ? { type: 'object' } : {}), 'x-mcpver-unresolved': unresolved.reason };
        }
        const name = typeof record.name === 'string' && where === '' && !markers.get(record.name) ? `"${record.name}"` : where;
        return Object.fromEntries(Object.entries(record).map(([k, v]) => [
            k,
            resolveMarkers(v, markers, warn, name, inSchema || k === 'inputSchema' || k === 'outputSchema'),
        ]));
    }
    return value;
}
function dedupe(warnings) {
    const seen = new Set();
    return warnings.filter((w) => {
        const key = `${w.message}@${w.location?.file}:${w.location?.line}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}



/***/ })

};
