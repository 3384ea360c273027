import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  asTypeScriptData,
  buildStem,
  externalPackageFiles,
  externalPackageVersion,
  packageOfSpecifier
} from "./chunk-DB7HHRVD.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/compat/schema/renames.ts
var RENAME_THRESHOLD = 2;
var SIMILAR_NAMES = 0.5;
var SIMILAR_DESCRIPTIONS = 0.5;
var NEAR_SAME_DESCRIPTIONS = 0.8;
var OPPOSITES = [
  ["open", "close"],
  ["open", "closed"],
  ["enable", "disable"],
  ["enabled", "disabled"],
  ["add", "remove"],
  ["add", "delete"],
  ["create", "delete"],
  ["create", "destroy"],
  ["start", "stop"],
  ["start", "end"],
  ["begin", "end"],
  ["show", "hide"],
  ["include", "exclude"],
  ["min", "max"],
  ["minimum", "maximum"],
  ["before", "after"],
  ["first", "last"],
  ["allow", "deny"],
  ["allow", "block"],
  ["lock", "unlock"],
  ["on", "off"],
  ["in", "out"],
  ["up", "down"],
  ["push", "pull"],
  ["read", "write"],
  ["input", "output"],
  ["get", "set"],
  ["increase", "decrease"],
  ["upload", "download"],
  ["import", "export"],
  ["next", "prev"],
  ["next", "previous"],
  ["old", "new"],
  ["true", "false"],
  ["yes", "no"],
  ["accept", "reject"],
  ["load", "unload"],
  ["encrypt", "decrypt"],
  ["attach", "detach"],
  ["connect", "disconnect"],
  ["mount", "unmount"],
  ["back", "forward"],
  ["source", "target"],
  ["from", "to"],
  ["send", "receive"],
  ["public", "private"],
  ["asc", "desc"],
  ["ascending", "descending"],
  ["inner", "outer"],
  ["head", "tail"],
  ["top", "bottom"],
  ["left", "right"],
  ["success", "failure"],
  ["online", "offline"]
];
function opposite(a, b) {
  const onlyA = a.filter((w) => !b.includes(w));
  const onlyB = b.filter((w) => !a.includes(w));
  for (const x of onlyA) {
    for (const y of onlyB) {
      const un = (p, q) => q === `un${p}` || q === `non${p}` || q === `dis${p}` || q === `de${p}`;
      if (un(x, y) || un(y, x) || OPPOSITES.some(([p, q]) => p === x && q === y || p === y && q === x))
        return `"${x}" and "${y}"`;
    }
  }
  return void 0;
}
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var stem = (word) => word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
var stems = (name) => nameWords(name).map(stem);
function nameSimilarity(a, b) {
  const wa = new Set(stems(a));
  const wb = new Set(stems(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const union = (/* @__PURE__ */ new Set([...wa, ...wb])).size;
  return union === 0 ? 0 : shared / union;
}
var STOP_WORDS = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "for",
  "in",
  "on",
  "and",
  "or",
  "is",
  "be",
  "with",
  "by",
  "this",
  "that",
  "it",
  "as",
  "at",
  "from",
  "if",
  "when"
]);
var descriptionWords = (text) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w)).map(stem);
function descriptionSimilarity(a, b) {
  const wa = new Set(descriptionWords(a));
  const wb = new Set(descriptionWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return 2 * shared / (wa.size + wb.size);
}
var RENAME_NOTE = /deprecat|renamed|formerly|previously|replaces|replaced by|instead|alias|was called/i;
function names(text, name) {
  if (!text || !RENAME_NOTE.test(text)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_$-])${escaped}($|[^A-Za-z0-9_$-])`).test(text);
}
function weigh(from, to, unique, distinctive) {
  const evidence = [];
  let score = 0;
  const [a, b] = [stems(from.name), stems(to.name)];
  if (a.join(" ") === b.join(" ")) {
    score += 2;
    evidence.push(`the names differ only in case, separators or a plural (${from.name} / ${to.name})`);
  } else {
    const similarity = nameSimilarity(from.name, to.name);
    const contained = a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
    const shared = [...new Set(a)].filter((w) => b.includes(w));
    if (similarity >= SIMILAR_NAMES || contained && shared.length > 0) {
      score += 1;
      evidence.push(`the names share ${shared.map((w) => `"${w}"`).join(", ")} (${from.name} / ${to.name})`);
    } else if (shared.length > 0) {
      score += 0.5;
      evidence.push(`the names share only ${shared.map((w) => `"${w}"`).join(", ")}`);
    }
  }
  const [d1, d2] = [from.description?.trim(), to.description?.trim()];
  if (d1 && d2 && descriptionWords(d1).length >= 2) {
    const similarity = descriptionSimilarity(d1, d2);
    if (descriptionWords(d1).join(" ") === descriptionWords(d2).join(" ")) {
      score += 2;
      evidence.push("the same description");
    } else if (similarity >= NEAR_SAME_DESCRIPTIONS) {
      score += 2;
      evidence.push(`nearly the same description (${Math.round(similarity * 100)}% of words shared)`);
    } else if (similarity >= SIMILAR_DESCRIPTIONS) {
      score += 1;
      evidence.push(`similar descriptions (${Math.round(descriptionSimilarity(d1, d2) * 100)}% of words shared)`);
    }
  }
  if (names(d2, from.name) || names(d1, to.name)) {
    score += 2;
    evidence.push(
      names(d2, from.name) ? `the description of ${to.name} names ${from.name}` : `the description of ${from.name} names ${to.name}`
    );
  }
  if (unique && distinctive) {
    score += 1;
    evidence.push("the only removed and added pair of this shape");
  }
  const opposites = opposite(a, b);
  if (opposites)
    return {
      from: from.name,
      to: to.name,
      evidence: [...evidence, `but the names differ by opposites, ${opposites}`],
      score: Math.min(score, RENAME_THRESHOLD - 0.5)
    };
  return { from: from.name, to: to.name, evidence, score };
}
function matchRenames(removed, added, sameShape, distinctive = () => false) {
  if (removed.length === 0 || added.length === 0) return { renames: [], possible: [] };
  const side = (x) => typeof x === "string" ? { name: x } : x;
  const [olds, news] = [removed.map(side), added.map(side)];
  const pairs = [];
  for (const from of olds) for (const to of news) if (sameShape(from.name, to.name)) pairs.push([from, to]);
  const count = (key2, value) => pairs.filter((p) => key2(p) === value).length;
  const scored = pairs.map(([from, to]) => {
    const unique = count((p) => p[0].name, from.name) === 1 && count((p) => p[1].name, to.name) === 1;
    return weigh(from, to, unique, distinctive(from.name));
  });
  const strong = scored.filter((s) => s.score >= RENAME_THRESHOLD);
  const contested = (s) => strong.some((o) => o !== s && (o.from === s.from || o.to === s.to));
  const renames = strong.filter((s) => !contested(s));
  const taken = new Set(renames.flatMap((r) => [`from:${r.from}`, `to:${r.to}`]));
  const possible = scored.filter(
    (s) => !renames.includes(s) && s.score > 0 && !taken.has(`from:${s.from}`) && !taken.has(`to:${s.to}`)
  );
  const plain = ({ from, to, evidence }) => ({ from, to, evidence });
  const order = (x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to);
  return { renames: renames.map(plain).sort(order), possible: possible.map(plain).sort(order) };
}
function possibleRenameNote(noun, candidates) {
  if (candidates.length === 0) return void 0;
  const to = candidates.map((c) => `"${c.to}"`).join(" or ");
  const why = candidates[0].evidence.length > 0 ? ` (${candidates[0].evidence.join("; ")})` : "";
  return `Possibly a rename: ${noun} ${to} was added with the same shape${why}, but the evidence is below mcpver's threshold, so nothing is renamed automatically. Check whether it replaces this one.`;
}
var evidenceLine = (rename, shape) => [shape, ...rename.evidence].join("; ");

// src/compat/typescript/external.ts
var import_semver = __toESM(require_semver(), 1);
var sameFiles = (a, b) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};
var line = (version) => {
  const v = version ? import_semver.default.coerce(version) : null;
  return v ? v.major === 0 ? `0.${v.minor}` : `${v.major}` : void 0;
};
var memo = /* @__PURE__ */ new WeakMap();
function externalMounts(old, next) {
  const cached = memo.get(old)?.get(next);
  if (cached) return cached;
  const mounts = {
    shared: {},
    old: {},
    new: {},
    loaded: { old: /* @__PURE__ */ new Set(), new: /* @__PURE__ */ new Set() },
    acrossMajors: /* @__PURE__ */ new Set()
  };
  const before = externalPackageFiles(old.externalFiles);
  const after = externalPackageFiles(next.externalFiles);
  for (const name of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (a && b && sameFiles(a, b)) {
      Object.assign(mounts.shared, a);
    } else if (a && b) {
      const same = line(externalPackageVersion(name, a));
      if (same === void 0 || same !== line(externalPackageVersion(name, b))) {
        mounts.acrossMajors.add(name);
        continue;
      }
      Object.assign(mounts.old, a);
      Object.assign(mounts.new, b);
    } else {
      Object.assign(a ? mounts.old : mounts.new, a ?? b);
    }
    if (a) mounts.loaded.old.add(name);
    if (b) mounts.loaded.new.add(name);
  }
  const inner = memo.get(old) ?? /* @__PURE__ */ new WeakMap();
  inner.set(next, mounts);
  memo.set(old, inner);
  return mounts;
}
function unloadedModules(analysis, pair) {
  const { loaded } = externalMounts(analysis.old, analysis.new);
  const missing = (modules, side) => (modules ?? []).filter((m) => !side.has(packageOfSpecifier(m)));
  return { old: missing(pair.old.externalModules, loaded.old), new: missing(pair.new.externalModules, loaded.new) };
}

// src/compat/typescript/engine.ts
var engine;
async function loadTypeScriptEngine() {
  engine ??= await import("./engine-modules-N5XKYLOJ.js");
  return engine;
}
function typescriptEngine() {
  if (!engine) {
    throw new Error(
      "The TypeScript comparison is not loaded: await loadTypeScriptEngine() (or use diff()) before diffing snapshots with a TypeScript surface."
    );
  }
  return engine;
}
function hasTypeScriptSurface(old) {
  return asTypeScriptData(old.typescript) !== null;
}
function typescriptAnalysis(old, next) {
  if (!hasTypeScriptSurface(old)) return null;
  return typescriptEngine().typescriptAnalysis(old, next);
}

// src/compat/typescript/probe-text.ts
var PIN = "$PIN";
var API = "$API";
var ARGS = "$ARGS";
var INSTALLED = "$INSTALLED";
var GLOBAL_TYPES = /* @__PURE__ */ new Set([
  "Promise",
  "Array",
  "ReadonlyArray",
  "Record",
  "Partial",
  "Required",
  "Readonly",
  "Map",
  "Set",
  "ReadonlyMap",
  "ReadonlySet",
  "Date",
  "RegExp",
  "Error",
  "Uint8Array",
  "PromiseLike",
  "Iterable",
  "AsyncIterable",
  "URL"
]);
function isSelfContained(typeText) {
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile("t.ts", `type __ = ${typeText};`, ts.ScriptTarget.Latest, false);
  let ok = true;
  const visit = (node) => {
    if (ts.isTypeReferenceNode(node) && !(ts.isIdentifier(node.typeName) && GLOBAL_TYPES.has(node.typeName.text)))
      ok = false;
    if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || ts.isThisTypeNode(node)) ok = false;
    if (ok) ts.forEachChild(node, visit);
  };
  visit(sf.statements[0]);
  return ok;
}
var ASSIGNMENT = /^declare const (\w+): ([^\n]+);\nconst \w+: ([^\n]+) = \1(\.[A-Za-z_$][\w$]*|\["[^\n]*"\])?;$/;
function asRelation(code) {
  const m = ASSIGNMENT.exec(code);
  if (!m) return void 0;
  const member = m[4]?.startsWith(".") ? `[${JSON.stringify(m[4].slice(1))}]` : m[4];
  const source = member ? `(${m[2]})${member}` : m[2];
  return `const holds: [${source}] extends [${m[3]}] ? true : false = true;`;
}
function pinnedType(typeText, local) {
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile("t.ts", `type __ = ${typeText};`, ts.ScriptTarget.Latest, true);
  const alias = sf.statements[0];
  if (!alias || !ts.isTypeAliasDeclaration(alias)) return void 0;
  const edits = [];
  let ok = true;
  const visit = (node) => {
    if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || ts.isThisTypeNode(node) || ts.isInferTypeNode(node) || ts.isMappedTypeNode(node))
      ok = false;
    if (ts.isTypeReferenceNode(node)) {
      if (!ts.isIdentifier(node.typeName) || local.includes(node.typeName.text)) ok = false;
      else if (!GLOBAL_TYPES.has(node.typeName.text)) edits.push({ at: node.typeName.getStart(sf) });
    }
    if (ok) ts.forEachChild(node, visit);
  };
  visit(alias.type);
  if (!ok) return void 0;
  let text = sf.text;
  for (const { at } of edits.sort((a, b) => b.at - a.at)) text = `${text.slice(0, at)}${PIN}.${text.slice(at)}`;
  return text.slice("type __ = ".length, -1);
}

// src/compat/typescript/installed-classes.ts
function nominal(d) {
  return /(^|[{;]\s*)#private\b/.test(d.signature) || (d.members ?? []).some((m) => m.visibility === "private" || m.visibility === "protected");
}
function parameterTypeNames(declarations) {
  const names2 = /* @__PURE__ */ new Set();
  const add = (type) => {
    for (const name of type.match(/[A-Za-z_$][\w$]*/g) ?? []) names2.add(name);
  };
  for (const d of declarations) {
    for (const s of d.signatures ?? []) for (const p of s.parameters) add(p.type);
    for (const m of d.members ?? []) for (const s of m.signatures ?? []) for (const p of s.parameters) add(p.type);
  }
  return names2;
}
function installedClasses(old, next) {
  const taken = parameterTypeNames(old.declarations);
  const newByKey = new Map(next.declarations.map((d) => [`${d.entry}\0${d.name}`, d]));
  const variants = /* @__PURE__ */ new Map();
  for (const d of old.declarations) {
    if (d.kind !== "class" || !taken.has(d.name) || (d.typeParameters?.length ?? 0) > 0 || !nominal(d)) continue;
    const n = newByKey.get(`${d.entry}\0${d.name}`);
    if (!n || n.kind !== "class" || (n.typeParameters?.length ?? 0) > 0 || !nominal(n) || n.declarationFile !== d.declarationFile)
      continue;
    const files = variants.get(d.name) ?? /* @__PURE__ */ new Map();
    files.set(d.declarationFile ?? "", [...files.get(d.declarationFile ?? "") ?? [], d.entry]);
    variants.set(d.name, files);
  }
  return [...variants].filter(([, files]) => new Set([...files.keys()].map(buildStem)).size === 1).flatMap(
    ([name, files]) => [...files.values()].map((entries) => ({ name, entry: entries.includes(".") ? "." : [...entries].sort()[0] }))
  ).sort((a, b) => a.name.localeCompare(b.name) || a.entry.localeCompare(b.entry));
}
function swapTypes(swaps, name, prefix = "") {
  const [match, hit, installed, anyHit, map, args] = ["Match", "Hit", "Installed", "AnyHit", "Map", "Args"].map(name);
  return [
    // Each member of a union on its own; a class matches by equivalence (a subclass is not its base).
    `${prefix}type ${match}<T> = ${swaps.map(([from, to]) => `([T] extends [${from}] ? ([${from}] extends [T] ? ${to} : never) : never)`).join(" | ") || "never"};`,
    // The classes a type (each member of a union) is; none for `any`, `unknown` and unresolved
    // types, tested first and wrapped: a conditional on an unresolved type is itself unresolved.
    `${prefix}type ${hit}<T> = [unknown] extends [T] ? never : T extends unknown ? ${match}<T> : never;`,
    // Without a class in it, a type or a parameter tuple is left exactly as it is. A tuple is walked
    // element by element: as a union of its elements, one `any` would hide the rest, and a mapped
    // tuple type loses its arity when an element's type did not resolve.
    `${prefix}type ${installed}<T> = [${hit}<T>] extends [never] ? T : T extends unknown ? ([${hit}<T>] extends [never] ? T : ${match}<T>) : never;`,
    `${prefix}type ${anyHit}<P extends readonly unknown[]> = P extends readonly [] ? never : P extends readonly [infer H, ...infer R] ? ${hit}<H> | ${anyHit}<R> : number extends P['length'] ? ${hit}<P[number]> : P extends readonly [(infer H)?, ...infer R] ? ${hit}<H> | ${anyHit}<R> : never;`,
    `${prefix}type ${map}<P extends readonly unknown[]> = P extends readonly [] ? [] : P extends readonly [infer H, ...infer R] ? [${installed}<H>, ...${map}<R>] : number extends P['length'] ? ${installed}<P[number]>[] : P extends readonly [(infer H)?, ...infer R] ? [${installed}<H>?, ...${map}<R>] : P;`,
    `${prefix}type ${args}<P extends readonly unknown[]> = [${anyHit}<P>] extends [never] ? P : ${map}<P>;`
  ];
}
function installedHelpers(classes, ns) {
  return ["OO", "ON", "NN", "NO"].flatMap(([pin, api]) => {
    const swaps = pin === api ? [] : classes.map(
      (c) => [`${ns(pin, c.entry)}.${c.name}`, `${ns(api, c.entry)}.${c.name}`]
    );
    return swapTypes(swaps, (type) => `__${type}_${pin}${api}`, "export ");
  }).join("\n");
}
var FORWARD_HELPERS = "import type { __Installed_ON, __Args_ON } from './probes';";
var REVERSE_HELPERS = "import type { __Installed_NN, __Args_NN, __Installed_NO, __Args_NO } from './probes';";
function withInstalledHelpers(code, pin, api) {
  return code.split(`${INSTALLED}<`).join(`__Installed_${pin}${api}<`).split(`${ARGS}<`).join(`__Args_${pin}${api}<`);
}

// src/compat/typescript/use-probes.ts
var isAny = (type) => type !== void 0 && /^any(\s*\|\s*undefined)?$/.test(type.trim());
var ANY_USE = (value) => `const used: string = ${value}.anyProperty;`;
var ANY_RECORD = /^(\{ \[[\w$]+: string\]: any;? \}|Record<string, any>)(\s*\|\s*undefined)?$/;
var ANY_ARRAY = /^(any\[\]|Array<any>|readonly any\[\]|ReadonlyArray<any>)(\s*\|\s*undefined)?$/;
function anyElement(type) {
  const t = type?.trim() ?? "";
  return ANY_RECORD.test(t) ? '!["someKey"]' : ANY_ARRAY.test(t) ? "![0]" : void 0;
}
function predicateProbes(old, sig) {
  const guard = /^(asserts\s+)?([\w$]+)\s+is\s+([\s\S]+)$/.exec(sig.returnType.trim());
  if (!guard || sig.parameters.some((p) => p.rest)) return [];
  const [, asserts, subject, type] = guard;
  const at = sig.parameters.findIndex((p) => p.name === subject);
  const narrowed = isSelfContained(type) ? type : /^[\w$]+$/.test(type) ? `${PIN}.${type}` : void 0;
  if (at < 0 || !narrowed) return [];
  const params = `Parameters<typeof ${PIN}.${old.name}>`;
  const args = sig.parameters.map((_, i) => `a${i}`);
  const declared = args.map((a, i) => `declare const ${a}: ${params}[${i}];`).join("\n");
  const call = `${API}.${old.name}(${args.join(", ")})`;
  const use = `const narrowed: ${narrowed} = a${at};`;
  return [
    {
      name: "predicate",
      code: asserts ? `${declared}
${call};
${use}` : `${declared}
if (${call}) {
  ${use}
}`,
      reverse: false
    }
  ];
}
function conditionalProbes(old, positions) {
  const { ts } = typescriptEngine();
  const params = old.typeParameters ?? [];
  if (params.length === 0 || params.some((p) => p.default !== void 0)) return [];
  const sf = ts.createSourceFile(
    "t.ts",
    `${old.signature.replace(/^export\s+(declare\s+)?/, "")}`,
    ts.ScriptTarget.Latest,
    true
  );
  const alias = sf.statements[0];
  if (!alias || !ts.isTypeAliasDeclaration(alias) || !ts.isConditionalTypeNode(alias.type)) return [];
  const check = alias.type.checkType;
  const checked = ts.isTypeReferenceNode(check) && ts.isIdentifier(check.typeName) ? check.typeName.text : void 0;
  if (!checked || !params.some((p) => p.name === checked)) return [];
  const printer = ts.createPrinter({ removeComments: true });
  const sample = ts.transform(alias.type.extendsType, [
    (context) => (root) => {
      const visit = (node) => {
        if (ts.isInferTypeNode(node)) {
          return node.typeParameter.constraint ?? ts.factory.createTypeLiteralNode([
            ts.factory.createPropertySignature(
              void 0,
              "sample",
              void 0,
              ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)
            )
          ]);
        }
        if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !GLOBAL_TYPES.has(node.typeName.text) && !params.some((p) => p.name === node.typeName.text)) {
          return ts.factory.updateTypeReferenceNode(
            node,
            ts.factory.createQualifiedName(ts.factory.createIdentifier(PIN), node.typeName),
            ts.visitNodes(node.typeArguments, visit, ts.isTypeNode)
          );
        }
        return ts.visitEachChild(node, visit, context);
      };
      return ts.visitNode(root, visit);
    }
  ]).transformed[0];
  const text = printer.printNode(ts.EmitHint.Unspecified, sample, sf);
  if (/\binfer\b/.test(text) || params.some((p) => p.name !== checked && new RegExp(`\\b${p.name}\\b`).test(text)))
    return [];
  const args = params.map((p) => p.name === checked ? text : p.constraint && isSelfContained(p.constraint) ? p.constraint : "unknown").join(", ");
  const at = (ns) => `${ns}.${old.name}<${args}>`;
  const probes = [];
  if (positions.output)
    probes.push({
      name: "conditional-read",
      code: `declare const got: ${at(API)};
const mine: ${at(PIN)} = got;`,
      reverse: true
    });
  if (positions.input)
    probes.push({
      name: "conditional-write",
      code: `declare const mine: ${at(PIN)};
const given: ${at(API)} = mine;`,
      reverse: true
    });
  return probes;
}
function kindUseProbes(old) {
  if (old.kind === "function") {
    return [
      {
        name: "kind-call",
        code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;
${API}.${old.name}(...args);`,
        reverse: false
      }
    ];
  }
  if (old.kind === "class" && !old.abstract && !old.constructorVisibility) {
    return [
      {
        name: "kind-construct",
        code: `declare const args: ConstructorParameters<typeof ${PIN}.${old.name}>;
new ${API}.${old.name}(...args);`,
        reverse: false
      }
    ];
  }
  return [];
}

// src/compat/typescript/probes.ts
var key = (name) => JSON.stringify(name);
var access = (name) => /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${key(name)}]`;
function typeRef(ns, d) {
  const params = d.typeParameters ?? [];
  const args = params.filter((p) => p.default === void 0).map((p) => p.constraint && isSelfContained(p.constraint) ? p.constraint : p.constraint ? "never" : "unknown");
  return `${ns}.${d.name}${args.length > 0 ? `<${args.join(", ")}>` : ""}`;
}
function resultType(returnType) {
  if (returnType === "void") return "unknown";
  if (/^Promise<void>$/.test(returnType)) return "Promise<unknown>";
  return void 0;
}
function held(type) {
  return type === "unknown" ? "" : `const result: ${type} = `;
}
function methodCall(m, pinned, target) {
  const call = m.optional ? `NonNullable<${pinned}>` : pinned;
  const result = held(resultType(m.signatures?.[0]?.returnType ?? "") ?? `ReturnType<${call}>`);
  return `declare const args: ${ARGS}<Parameters<${call}>>;
${result}${target}${access(m.name)}${m.optional ? "!" : ""}(...args);`;
}
function single(d) {
  return (d.signatures?.length ?? 0) === 1;
}
function overloadCalls(signatures, pinned, callee, name, prelude = "") {
  if (signatures.length < 2) return [];
  const pattern = signatures.map((_, i) => `(...args: infer A${i}): infer R${i}`).join("; ");
  return signatures.flatMap((sig, k) => {
    if (sig.typeParameters.length > 0 || sig.thisType !== void 0) return [];
    const shape = `type Overload = ${pinned} extends { ${pattern} } ? [A${k}, R${k}] : never;`;
    const result = held(resultType(sig.returnType) ?? "Overload[1]");
    return [
      {
        name: name(k),
        code: `${prelude}${shape}
declare const args: ${ARGS}<Overload[0]>;
${result}${callee}(...args);`,
        reverse: false
      }
    ];
  });
}
function functionProbes(old, next) {
  const f = `${API}.${old.name}`;
  const pin = `typeof ${PIN}.${old.name}`;
  if (!single(old) || !single(next)) {
    return [
      { name: "call", code: `const f: ${pin} = ${f};`, reverse: true },
      ...overloadCalls(old.signatures ?? [], pin, f, (k) => `overload-call:${k}`)
    ];
  }
  const sig = old.signatures[0];
  const simple = sig.typeParameters.length === 0 && sig.parameters.every((p) => isSelfContained(p.type)) && isSelfContained(sig.returnType);
  const args = simple ? `[${sig.parameters.map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}: ${p.type}`).join(", ")}]` : `${ARGS}<Parameters<${pin}>>`;
  const result = resultType(sig.returnType) ?? (simple ? sig.returnType : `ReturnType<${pin}>`);
  const probes = [
    // Spelled-out old types read the same in both directions, so only the forward check means something.
    {
      name: "call",
      code: `declare const args: ${args};
${result === "unknown" ? "" : `const result: ${result} = `}${f}(...args);`,
      reverse: !simple
    }
  ];
  const generic = sig.typeParameters.length > 0 || next.signatures[0].typeParameters.length > 0;
  if (!generic)
    probes.push({
      name: "return",
      code: `declare const got: ReturnType<typeof ${f}>;
const mine: ReturnType<${pin}> = got;`,
      reverse: true
    });
  const common = Math.min(sig.parameters.length, next.signatures[0].parameters.length);
  for (let i = 0; i < common; i++) {
    probes.push({
      name: `param:${i}`,
      code: `declare const arg: ${INSTALLED}<Parameters<${pin}>[${i}]>;
const param: Parameters<typeof ${f}>[${i}] = arg;`,
      reverse: true
    });
    if (isAny(sig.parameters[i].type))
      probes.push({
        name: `param-any:${i}`,
        code: `declare const arg: unknown;
const param: Parameters<typeof ${f}>[${i}] = arg;`,
        reverse: false
      });
  }
  probes.push(...predicateProbes(old, sig));
  if (isAny(sig.returnType))
    probes.push({
      name: "return-any",
      code: `declare const args: Parameters<${pin}>;
${ANY_USE(`${f}(...args)`)}`,
      reverse: false
    });
  if (sig.typeParameters.length > 0) {
    const own = sig.typeParameters.map((p) => p.name);
    const targs = sig.typeParameters.map(
      (p) => p.constraint ? pinnedType(p.constraint, own) ?? "unknown" : "unknown"
    );
    probes.push({ name: "type-arguments", code: `const g = ${f}<${targs.join(", ")}>;`, reverse: false });
  }
  return probes;
}
function memberProbes(old, next, positions, instance, pinned, isClass) {
  const probes = [];
  const newMembers = new Map((next.members ?? []).map((m) => [`${m.static ? "s" : "i"}:${m.name}`, m]));
  const output = positions.output || isClass;
  for (const m of old.members ?? []) {
    if (m.visibility === "private" || m.static || !["property", "method"].includes(m.kind)) continue;
    const n = newMembers.get(`i:${m.name}`);
    const got = `declare const got: ${instance};`;
    if (!n) {
      probes.push({ name: `member-access:${m.name}`, code: `${got}
got${access(m.name)};`, reverse: false });
      continue;
    }
    if (n.signature === m.signature && n.visibility === m.visibility) continue;
    if (n.visibility !== m.visibility)
      probes.push({ name: `member-access:${m.name}`, code: `${got}
got${access(m.name)};`, reverse: false });
    const pinType = `${pinned}[${key(m.name)}]`;
    if (m.kind === "property") {
      if (output)
        probes.push({
          name: `member-read:${m.name}`,
          code: `${got}
const value: ${pinType} = got${access(m.name)};`,
          reverse: true
        });
      if (isAny(m.type) && output)
        probes.push({
          name: `member-any-read:${m.name}`,
          code: `${got}
${ANY_USE(`got${access(m.name)}`)}`,
          reverse: false
        });
      const element = anyElement(m.type);
      if (element && output)
        probes.push({
          name: `member-any-read:${m.name}`,
          code: `${got}
${ANY_USE(`got${access(m.name)}${element}`)}`,
          reverse: false
        });
      if (isAny(m.type) && positions.input)
        probes.push({
          name: `member-any-write:${m.name}`,
          code: `${got}
declare const value: unknown;
got${access(m.name)} = value;`,
          reverse: false
        });
      if (positions.input || !m.readonly && output) {
        probes.push({
          name: `member-write:${m.name}`,
          code: `${got}
declare const value: ${pinType};
got${access(m.name)} = value;`,
          reverse: true
        });
      }
    } else {
      const call = `${m.optional ? `NonNullable<${pinType}>` : pinType}`;
      if (output)
        probes.push({ name: `member-call:${m.name}`, code: `${got}
${methodCall(m, pinType, "got")}`, reverse: true });
      if ((m.signatures?.length ?? 0) > 1 || (n.signatures?.length ?? 0) > 1) {
        const whole = `NonNullable<${instance}[${key(m.name)}]>`;
        if (output)
          probes.push({
            name: `member-overloads:${m.name}`,
            code: `${got}
const method: ${call} = got${access(m.name)}${m.optional ? "!" : ""};`,
            reverse: true
          });
        if (output)
          probes.push(
            ...overloadCalls(
              m.signatures ?? [],
              call,
              `got${access(m.name)}${m.optional ? "!" : ""}`,
              (k) => `member-overload-call:${m.name}:${k}`,
              `${got}
`
            )
          );
        if (positions.input && !isClass)
          probes.push({
            name: `member-implement-overloads:${m.name}`,
            code: `declare const impl: ${call};
const member: ${whole} = impl;`,
            reverse: true
          });
      }
      if (positions.input && !isClass) {
        const asFunction = (t) => `(...args: Parameters<${t}>) => ReturnType<${t}>`;
        probes.push({
          name: `member-implement:${m.name}`,
          code: `declare const impl: ${asFunction(call)};
const member: ${asFunction(`NonNullable<${instance}[${key(m.name)}]>`)} = impl;`,
          reverse: true
        });
      }
    }
  }
  probes.push(...indexProbes(old, next, instance));
  return probes;
}
var INDEX_SAMPLES = { "[string]": `'someKey'`, "[number]": "0" };
function indexProbes(old, next, instance) {
  const kept = new Set((next.members ?? []).filter((m) => m.kind === "index").map((m) => m.name));
  return (old.members ?? []).filter((m) => m.kind === "index" && !kept.has(m.name) && INDEX_SAMPLES[m.name]).map((m) => ({
    name: `index-access:${m.name}`,
    code: `declare const got: ${instance};
const value = got[${INDEX_SAMPLES[m.name]}];`,
    reverse: false
  }));
}
function staticProbes(old, next) {
  const probes = [];
  const c = `${API}.${old.name}`;
  const newStatics = new Map((next.members ?? []).filter((m) => m.static).map((m) => [m.name, m]));
  for (const m of old.members ?? []) {
    if (!m.static || m.visibility === "private") continue;
    const n = newStatics.get(m.name);
    if (n && n.signature === m.signature) continue;
    const pinned = `(typeof ${PIN}.${old.name})[${key(m.name)}]`;
    if (m.kind === "method" && n?.kind === "method") {
      probes.push({ name: `static:${m.name}`, code: methodCall(m, pinned, c), reverse: true });
      continue;
    }
    probes.push({ name: `static:${m.name}`, code: `const value: ${pinned} = ${c}${access(m.name)};`, reverse: !!n });
  }
  return probes;
}
function heritageProbes(old, next) {
  const after = new Set(next.heritage ?? []);
  return (old.heritage ?? []).filter((h) => !after.has(h)).map((h) => ({
    name: `heritage:${h}`,
    code: `declare const got: ${typeRef(API, old)};
const base: ${PIN}.${h.replace(/^(extends|implements) /, "")} = got;`,
    reverse: false
  }));
}
function usageProbe(old) {
  const code = old.meanings.includes("value") ? `const value = ${API}.${old.name};` : old.meanings.includes("type") ? `type T = ${typeRef(API, old)};` : `type T = typeof ${API}.${old.name};`;
  return { name: "usage", code, reverse: false };
}
function typeLike(d) {
  return d.kind === "interface" || d.kind === "type";
}
function anyUsageProbe(old) {
  const use = (value) => ({
    name: "any-usage",
    code: `const value: string = ${value}.anyProperty;`,
    reverse: false
  });
  if (old.kind === "variable") return [use(`${API}.${old.name}`)];
  if (old.kind === "function")
    return [
      {
        ...use(`${API}.${old.name}(...args)`),
        code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;
${use(`${API}.${old.name}(...args)`).code}`
      }
    ];
  if (old.kind === "type")
    return [
      {
        name: "any-usage",
        code: `declare const value: ${API}.${old.name};
const used: string = value.anyProperty;`,
        reverse: false
      }
    ];
  return [];
}
function pairProbes(old, next, positions) {
  if (old.kind === next.kind && old.meanings.includes("value") && !next.meanings.includes("value"))
    return [usageProbe(old)];
  if (old.any && !next.any) return [...anyUsageProbe(old), ...pairProbesOf(old, next, positions)];
  return pairProbesOf(old, next, positions);
}
function valueLike(d) {
  return d.kind === "function" || d.kind === "variable";
}
var NAMESPACE_VALUE = /^(export\s+)?(declare\s+)?(const|let|var|function|class|enum)\s/;
var NAMESPACE_TYPE = /^(export\s+)?(interface|type)\s+[\w$]+\s*(=|\{|extends)/;
function pairProbesOf(old, next, positions) {
  if (old.kind !== next.kind && valueLike(old) && valueLike(next)) {
    return [{ name: "read", code: `const value: typeof ${PIN}.${old.name} = ${API}.${old.name};`, reverse: true }];
  }
  if (old.kind !== next.kind && !(typeLike(old) && typeLike(next))) return [usageProbe(old), ...kindUseProbes(old)];
  switch (typeLike(old) ? "interface" : old.kind) {
    case "function":
      return functionProbes(old, next);
    case "variable":
      return [{ name: "read", code: `const value: typeof ${PIN}.${old.name} = ${API}.${old.name};`, reverse: true }];
    case "interface":
    case "type": {
      const probes = [];
      const pinned = typeRef(PIN, old);
      const api = typeRef(API, old);
      if (positions.output)
        probes.push({ name: "read", code: `declare const got: ${api};
const mine: ${pinned} = got;`, reverse: true });
      if (positions.input)
        probes.push({
          name: "write",
          code: `declare const mine: ${pinned};
const given: ${api} = mine;`,
          reverse: true
        });
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0)
        probes.push({ name: "type-arguments", code: `type T = ${api};`, reverse: false });
      if (old.unlistedMembers || next.unlistedMembers) {
        const keysOf = "type KeysOf<T> = string extends keyof T ? Exclude<keyof T, number> : keyof T;";
        probes.push({
          name: "keys",
          code: `${keysOf}
declare const key: KeysOf<${pinned}>;
const kept: KeysOf<${api}> = key;`,
          reverse: true
        });
        probes.push({
          name: "keys-number",
          code: `declare const key: keyof ${pinned} & number;
const kept: keyof ${api} = key;`,
          reverse: false,
          note: `keyof ${old.name} no longer includes number: a string index signature admits numeric keys, a Record<string, \u2026> does not. The values are the same; code that typed a key of it as a number no longer compiles.`
        });
      }
      probes.push(...conditionalProbes(old, positions));
      return [...probes, ...memberProbes(old, next, positions, api, pinned, false), ...heritageProbes(old, next)];
    }
    case "class": {
      const probes = [];
      if (!old.abstract && !old.constructorVisibility) {
        probes.push({
          name: "construct",
          code: `declare const args: ${ARGS}<ConstructorParameters<typeof ${PIN}.${old.name}>>;
new ${API}.${old.name}(...args);`,
          reverse: true
        });
      }
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0)
        probes.push({ name: "type-arguments", code: `type T = ${typeRef(API, old)};`, reverse: false });
      return [
        ...probes,
        ...memberProbes(old, next, positions, typeRef(API, old), typeRef(PIN, old), true),
        ...staticProbes(old, next),
        ...heritageProbes(old, next)
      ];
    }
    case "enum":
    case "const-enum": {
      const newMembers = new Map((next.members ?? []).map((m) => [m.name, m]));
      return (old.members ?? []).filter((m) => newMembers.get(m.name)?.value !== m.value).map((m) => {
        const n = newMembers.get(m.name);
        return n && m.value !== void 0 && /^(-?\d+|".*"|'.*')$/.test(m.value) ? {
          name: `enum-value:${m.name}`,
          code: `const value: ${m.value} = ${API}.${old.name}${access(m.name)};`,
          reverse: false
        } : {
          name: `enum-member:${m.name}`,
          code: `const value = ${API}.${old.name}${access(m.name)};`,
          reverse: false
        };
      });
    }
    case "namespace": {
      const after = new Map((next.members ?? []).map((m) => [m.name, m]));
      return (old.members ?? []).flatMap((m) => {
        const n = after.get(m.name);
        if (!n)
          return [
            {
              name: `namespace-member:${m.name}`,
              code: `type T = typeof ${API}.${old.name};
type U = T extends { ${key(m.name)}: unknown } ? true : never;
const present: U = true;`,
              reverse: false
            }
          ];
        if (n.signature === m.signature) return [];
        const member = (ns) => `${ns}.${old.name}.${m.name}`;
        if (/^(export\s+)?(declare\s+)?function\s/.test(m.signature)) {
          return [
            {
              name: `namespace-call:${m.name}`,
              code: `declare const args: ${ARGS}<Parameters<typeof ${member(PIN)}>>;
const result: ReturnType<typeof ${member(PIN)}> = ${member(API)}(...args);`,
              reverse: true
            }
          ];
        }
        if (NAMESPACE_VALUE.test(m.signature))
          return [
            {
              name: `namespace-read:${m.name}`,
              code: `const value: typeof ${member(PIN)} = ${member(API)};`,
              reverse: true
            }
          ];
        if (NAMESPACE_TYPE.test(m.signature))
          return [
            {
              name: `namespace-type:${m.name}`,
              code: `declare const got: ${member(API)};
const mine: ${member(PIN)} = got;`,
              reverse: true
            }
          ];
        return [];
      });
    }
    default:
      return [];
  }
}

// src/compat/typescript/witness.ts
function importPath(packageName, entry) {
  return entry === "." ? packageName : `${packageName}/${entry.replace(/^\.\//, "")}`;
}
function unwrap(code, placeholder) {
  let out = code;
  for (let at = out.indexOf(`${placeholder}<`); at >= 0; at = out.indexOf(`${placeholder}<`)) {
    let depth = 0;
    let end = at + placeholder.length;
    for (; end < out.length; end++) {
      if (out[end] === "<") depth++;
      else if (out[end] === ">" && out[end - 1] !== "=" && --depth === 0) break;
    }
    out = `${out.slice(0, at)}${out.slice(at + placeholder.length + 1, end)}${out.slice(end + 1)}`;
  }
  return out;
}
function installedLines(classes, packageName, oldVersion) {
  const names2 = [...new Set(classes.map((c) => c.name))];
  const lines = [
    `// Instances of ${names2.join(", ")} come from the installed version: a class with private members cannot be built by its users.`
  ];
  const seen = /* @__PURE__ */ new Map();
  const swaps = [];
  for (const c of classes) {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    const alias = n === 1 ? c.name : `${c.name}_${n}`;
    const from = importPath(packageName, c.entry);
    lines.push(`import type { ${c.name} as Old${alias} } from '${from}'; // as of ${oldVersion}`);
    lines.push(`import type { ${c.name} as Installed${alias} } from '${from}';`);
    swaps.push([`Old${alias}`, `Installed${alias}`]);
  }
  lines.push(...swapTypes(swaps, (type) => type === "Map" ? "MapArgs" : type === "Args" ? "InstalledArgs" : type));
  return lines;
}
function renderWitness(input) {
  const classes = input.installed ?? [];
  const swaps = classes.length > 0 && (input.code.includes(`${ARGS}<`) || input.code.includes(`${INSTALLED}<`));
  const code = swaps ? input.code.split(`${ARGS}<`).join("InstalledArgs<").split(`${INSTALLED}<`).join("Installed<") : unwrap(unwrap(input.code, ARGS), INSTALLED);
  const names2 = /* @__PURE__ */ new Set();
  const apiPattern = new RegExp(`${API.replace("$", "\\$")}\\.([A-Za-z_$][\\w$]*)`, "g");
  let body = code.replace(apiPattern, (_, name) => {
    names2.add(name);
    return name === "default" ? "defaultExport" : name;
  });
  const usesPin = body.includes(`${PIN}.`);
  body = body.split(`${PIN}.`).join("Old.");
  const from = importPath(input.packageName, input.entry);
  const named = [...names2].filter((n) => n !== "default");
  const lines = [];
  if (usesPin) {
    lines.push(
      `// Old: the declarations of ${input.packageName}@${input.oldVersion}, which this code was written against.`
    );
    lines.push(`import type * as Old from '${from}'; // as of ${input.oldVersion}`);
  }
  if (names2.has("default")) lines.push(`import defaultExport from '${from}';`);
  if (named.length > 0) lines.push(`import { ${named.join(", ")} } from '${from}';`);
  if (swaps) lines.push(...installedLines(classes, input.packageName, input.oldVersion));
  lines.push(body);
  const error = input.error.replace(/import\("\/old\/[^"]*"\)/g, `import("${from}@${input.oldVersion}")`).replace(/import\("\/new\/[^"]*"\)/g, `import("${from}")`);
  return { kind: "typescript", value: lines.join("\n"), error };
}

export {
  matchRenames,
  possibleRenameNote,
  evidenceLine,
  externalMounts,
  unloadedModules,
  PIN,
  API,
  asRelation,
  installedClasses,
  installedHelpers,
  FORWARD_HELPERS,
  REVERSE_HELPERS,
  withInstalledHelpers,
  resultType,
  usageProbe,
  typeLike,
  pairProbes,
  valueLike,
  importPath,
  renderWitness,
  loadTypeScriptEngine,
  typescriptEngine,
  hasTypeScriptSurface,
  typescriptAnalysis
};
