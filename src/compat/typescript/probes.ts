// Consumer code generated for each changed declaration, one probe per way consumers use it: call it
// (arguments in, result out), read or write its members, implement or build it, construct it.

import { ts } from 'ts-morph';
import type { TsDeclaration, TsMember, TsSignature } from '../../surface/typescript/model.ts';
import type { Positions } from './positions.ts';

/** Placeholders the generated code uses: `$PIN` (types the consumer wrote against) and `$API` (the version used). */
export const PIN = '$PIN';
export const API = '$API';

export interface Probe {
  /** Short name inside its declaration: `call`, `param:0`, `member-read:x`, `usage`. */
  name: string;
  /** Consumer code; `$PIN.X` and `$API.X` refer to the pinned and the used version's exports. */
  code: string;
  /** Also check the reverse (new consumer code against old) to tell an extension from an equivalence. */
  reverse: boolean;
}

const GLOBAL_TYPES = new Set(['Promise', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Required', 'Readonly', 'Map', 'Set', 'ReadonlyMap', 'ReadonlySet', 'Date', 'RegExp', 'Error', 'Uint8Array', 'PromiseLike', 'Iterable', 'AsyncIterable', 'URL']);

/** A printed type that means the same in any file (no reference to the package's own names). */
export function isSelfContained(typeText: string): boolean {
  const sf = ts.createSourceFile('t.ts', `type __ = ${typeText};`, ts.ScriptTarget.Latest, false);
  let ok = true;
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && !(ts.isIdentifier(node.typeName) && GLOBAL_TYPES.has(node.typeName.text))) ok = false;
    if (ts.isTypeQueryNode(node) || ts.isImportTypeNode(node) || ts.isThisTypeNode(node)) ok = false;
    if (ok) ts.forEachChild(node, visit);
  };
  visit(sf.statements[0]!);
  return ok;
}

const key = (name: string) => JSON.stringify(name);
/** Property access as consumers write it: `got.name` (brackets would bypass visibility checks). */
const access = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${key(name)}]`);

/** How the consumer names the declaration as a type, with the type arguments the old version needed. */
function typeRef(ns: string, d: TsDeclaration): string {
  const params = d.typeParameters ?? [];
  const args = params.filter((p) => p.default === undefined).map((p) => (p.constraint && isSelfContained(p.constraint) ? p.constraint : p.constraint ? 'never' : 'unknown'));
  return `${ns}.${d.name}${args.length > 0 ? `<${args.join(', ')}>` : ''}`;
}

/**
 * How consumers hold a result they cannot use: a `void` result is ignored and a `Promise<void>` is
 * only awaited, so a function that starts returning a value breaks no caller.
 */
export function resultType(returnType: string): string | undefined {
  if (returnType === 'void') return 'unknown';
  if (/^Promise<void>$/.test(returnType)) return 'Promise<unknown>';
  return undefined;
}

/** `const result: T = ` before a call, or nothing when the result is ignored. */
function held(type: string): string {
  return type === 'unknown' ? '' : `const result: ${type} = `;
}

function single(d: TsDeclaration): boolean {
  return (d.signatures?.length ?? 0) === 1;
}

/** A type written `any` (an optional member's `any | undefined` is still `any`). */
const isAny = (type: string | undefined) => type !== undefined && /^any(\s*\|\s*undefined)?$/.test(type.trim());
/** Code that compiles only while `value` is `any`: it uses a member nothing declares. */
const ANY_USE = (value: string) => `const used: string = ${value}.anyProperty;`;

/**
 * A type guard (`x is T`, `asserts x is T`) narrows the caller's variable: code that relied on the
 * narrowing stops compiling when the guard goes or guards less. Arguments are spelled one by one,
 * since narrowing does not follow a spread.
 */
function predicateProbes(old: TsDeclaration, sig: TsSignature): Probe[] {
  const guard = /^(asserts\s+)?([\w$]+)\s+is\s+([\s\S]+)$/.exec(sig.returnType.trim());
  if (!guard || sig.parameters.some((p) => p.rest)) return [];
  const [, asserts, subject, type] = guard as unknown as [string, string | undefined, string, string];
  const at = sig.parameters.findIndex((p) => p.name === subject);
  const narrowed = isSelfContained(type) ? type : /^[\w$]+$/.test(type) ? `${PIN}.${type}` : undefined;
  if (at < 0 || !narrowed) return [];
  const params = `Parameters<typeof ${PIN}.${old.name}>`;
  const args = sig.parameters.map((_, i) => `a${i}`);
  const declared = args.map((a, i) => `declare const ${a}: ${params}[${i}];`).join('\n');
  const call = `${API}.${old.name}(${args.join(', ')})`;
  const use = `const narrowed: ${narrowed} = a${at};`;
  return [{ name: 'predicate', code: asserts ? `${declared}\n${call};\n${use}` : `${declared}\nif (${call}) {\n  ${use}\n}`, reverse: false }];
}

function functionProbes(old: TsDeclaration, next: TsDeclaration): Probe[] {
  const f = `${API}.${old.name}`;
  const pin = `typeof ${PIN}.${old.name}`;
  if (!single(old) || !single(next)) {
    return [{ name: 'call', code: `const f: ${pin} = ${f};`, reverse: true }];
  }
  const sig = old.signatures![0]!;
  const simple = sig.typeParameters.length === 0 && sig.parameters.every((p) => isSelfContained(p.type)) && isSelfContained(sig.returnType);
  const args = simple ? `[${sig.parameters.map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}]` : `Parameters<${pin}>`;
  const result = resultType(sig.returnType) ?? (simple ? sig.returnType : `ReturnType<${pin}>`);
  const probes: Probe[] = [
    // Spelled-out old types read the same in both directions, so only the forward check means something.
    { name: 'call', code: `declare const args: ${args};\n${result === 'unknown' ? '' : `const result: ${result} = `}${f}(...args);`, reverse: !simple },
  ];
  // ReturnType<> of a generic function is its result at the constraints (Store<object> against
  // Store<unknown>), which says nothing about a call: there the call probe, with inference, decides.
  const generic = sig.typeParameters.length > 0 || next.signatures![0]!.typeParameters.length > 0;
  if (!generic) probes.push({ name: 'return', code: `declare const got: ReturnType<typeof ${f}>;\nconst mine: ReturnType<${pin}> = got;`, reverse: true });
  const common = Math.min(sig.parameters.length, next.signatures![0]!.parameters.length);
  for (let i = 0; i < common; i++) {
    probes.push({ name: `param:${i}`, code: `declare const arg: Parameters<${pin}>[${i}];\nconst param: Parameters<typeof ${f}>[${i}] = arg;`, reverse: true });
    // An `any` parameter took every value; the checker would accept any narrower type against it.
    if (isAny(sig.parameters[i]!.type)) probes.push({ name: `param-any:${i}`, code: `declare const arg: unknown;\nconst param: Parameters<typeof ${f}>[${i}] = arg;`, reverse: false });
  }
  probes.push(...predicateProbes(old, sig));
  if (isAny(sig.returnType)) probes.push({ name: 'return-any', code: `declare const args: Parameters<${pin}>;\n${ANY_USE(`${f}(...args)`)}`, reverse: false });
  if (sig.typeParameters.length > 0) {
    const targs = sig.typeParameters.map((p) => (p.constraint && isSelfContained(p.constraint) ? p.constraint : 'unknown'));
    probes.push({ name: 'type-arguments', code: `const g = ${f}<${targs.join(', ')}>;`, reverse: false });
  }
  return probes;
}

function memberProbes(old: TsDeclaration, next: TsDeclaration, positions: Positions, instance: string, pinned: string, isClass: boolean): Probe[] {
  const probes: Probe[] = [];
  const newMembers = new Map((next.members ?? []).map((m) => [`${m.static ? 's' : 'i'}:${m.name}`, m]));
  const output = positions.output || isClass;
  for (const m of old.members ?? []) {
    if (m.visibility === 'private' || m.static || !['property', 'method'].includes(m.kind)) continue;
    const n = newMembers.get(`i:${m.name}`);
    const got = `declare const got: ${instance};`;
    if (!n) {
      probes.push({ name: `member-access:${m.name}`, code: `${got}\ngot${access(m.name)};`, reverse: false });
      continue;
    }
    if (n.signature === m.signature && n.visibility === m.visibility) continue;
    if (n.visibility !== m.visibility) probes.push({ name: `member-access:${m.name}`, code: `${got}\ngot${access(m.name)};`, reverse: false });
    const pinType = `${pinned}[${key(m.name)}]`;
    if (m.kind === 'property') {
      if (output) probes.push({ name: `member-read:${m.name}`, code: `${got}\nconst value: ${pinType} = got${access(m.name)};`, reverse: true });
      // The checker accepts anything against `any`: what code did with it is probed instead.
      if (isAny(m.type) && output) probes.push({ name: `member-any-read:${m.name}`, code: `${got}\n${ANY_USE(`got${access(m.name)}`)}`, reverse: false });
      if (isAny(m.type) && positions.input) probes.push({ name: `member-any-write:${m.name}`, code: `${got}\ndeclare const value: unknown;\ngot${access(m.name)} = value;`, reverse: false });
      // Writable members of objects consumers hold are written too: they are invariant.
      if (positions.input || (!m.readonly && output)) {
        probes.push({ name: `member-write:${m.name}`, code: `${got}\ndeclare const value: ${pinType};\ngot${access(m.name)} = value;`, reverse: true });
      }
    } else {
      const call = `${m.optional ? `NonNullable<${pinType}>` : pinType}`;
      if (output) {
        probes.push({
          name: `member-call:${m.name}`,
          code: `${got}\ndeclare const args: Parameters<${call}>;\n${held(resultType(m.signatures?.[0]?.returnType ?? '') ?? `ReturnType<${call}>`)}got${access(m.name)}${m.optional ? '!' : ''}(...args);`,
          reverse: true,
        });
      }
      if (positions.input && !isClass) {
        // Spelled as function types: TypeScript compares methods bivariantly, which would let a
        // consumer's implementation silently receive values it was never written for.
        const asFunction = (t: string) => `(...args: Parameters<${t}>) => ReturnType<${t}>`;
        probes.push({
          name: `member-implement:${m.name}`,
          code: `declare const impl: ${asFunction(call)};\nconst member: ${asFunction(`NonNullable<${instance}[${key(m.name)}]>`)} = impl;`,
          reverse: true,
        });
      }
    }
  }
  probes.push(...indexProbes(old, next, instance));
  return probes;
}

/** A key no member declares, read through each index signature the new version dropped. */
const INDEX_SAMPLES: Record<string, string> = { '[string]': `'someKey'`, '[number]': '0' };

function indexProbes(old: TsDeclaration, next: TsDeclaration, instance: string): Probe[] {
  const kept = new Set((next.members ?? []).filter((m) => m.kind === 'index').map((m) => m.name));
  return (old.members ?? [])
    .filter((m) => m.kind === 'index' && !kept.has(m.name) && INDEX_SAMPLES[m.name])
    .map((m) => ({ name: `index-access:${m.name}`, code: `declare const got: ${instance};\nconst value = got[${INDEX_SAMPLES[m.name]}];`, reverse: false }));
}

function staticProbes(old: TsDeclaration, next: TsDeclaration): Probe[] {
  const probes: Probe[] = [];
  const c = `${API}.${old.name}`;
  const newStatics = new Map((next.members ?? []).filter((m) => m.static).map((m) => [m.name, m]));
  for (const m of old.members ?? []) {
    if (!m.static || m.visibility === 'private') continue;
    const n = newStatics.get(m.name);
    if (n && n.signature === m.signature) continue;
    probes.push({ name: `static:${m.name}`, code: `const value: (typeof ${PIN}.${old.name})[${key(m.name)}] = ${c}${access(m.name)};`, reverse: !!n });
  }
  return probes;
}

/** Instances still fit a base type the old version extended (the base named through the old entry). */
function heritageProbes(old: TsDeclaration, next: TsDeclaration): Probe[] {
  const after = new Set(next.heritage ?? []);
  return (old.heritage ?? [])
    .filter((h) => !after.has(h))
    .map((h) => ({
      name: `heritage:${h}`,
      code: `declare const got: ${typeRef(API, old)};\nconst base: ${PIN}.${h.replace(/^(extends|implements) /, '')} = got;`,
      reverse: false,
    }));
}

/** A consumer's plain use of an export by its old meaning (value or type): fails when it is gone. */
export function usageProbe(old: TsDeclaration): Probe {
  const code = old.meanings.includes('value')
    ? `const value = ${API}.${old.name};`
    : old.meanings.includes('type')
      ? `type T = ${typeRef(API, old)};`
      : `type T = typeof ${API}.${old.name};`;
  return { name: 'usage', code, reverse: false };
}

/**
 * A generic conditional type (`ArgsOf<T> = T extends Tool<infer A> ? A : never`) instantiated at its
 * constraints takes no branch worth comparing; instantiated with what its `extends` clause matches
 * (`Tool<{ sample: string }>`, the package's own types named through the old version), it yields
 * what consumers get from it.
 */
function conditionalProbes(old: TsDeclaration, positions: Positions): Probe[] {
  const params = old.typeParameters ?? [];
  if (params.length === 0 || params.some((p) => p.default !== undefined)) return [];
  const sf = ts.createSourceFile('t.ts', `${old.signature.replace(/^export\s+(declare\s+)?/, '')}`, ts.ScriptTarget.Latest, true);
  const alias = sf.statements[0];
  if (!alias || !ts.isTypeAliasDeclaration(alias) || !ts.isConditionalTypeNode(alias.type)) return [];
  const check = alias.type.checkType;
  const checked = ts.isTypeReferenceNode(check) && ts.isIdentifier(check.typeName) ? check.typeName.text : undefined;
  if (!checked || !params.some((p) => p.name === checked)) return [];
  const printer = ts.createPrinter({ removeComments: true });
  const sample = ts.transform(alias.type.extendsType, [
    (context) => (root) => {
      const visit = (node: ts.Node): ts.Node => {
        // An `infer` placeholder stands for its constraint, else for a small object.
        if (ts.isInferTypeNode(node)) {
          return node.typeParameter.constraint ?? ts.factory.createTypeLiteralNode([ts.factory.createPropertySignature(undefined, 'sample', undefined, ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword))]);
        }
        if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !GLOBAL_TYPES.has(node.typeName.text) && !params.some((p) => p.name === (node.typeName as ts.Identifier).text)) {
          return ts.factory.updateTypeReferenceNode(node, ts.factory.createQualifiedName(ts.factory.createIdentifier(PIN), node.typeName), ts.visitNodes(node.typeArguments, visit, ts.isTypeNode));
        }
        return ts.visitEachChild(node, visit, context);
      };
      return ts.visitNode(root, visit) as ts.TypeNode;
    },
  ]).transformed[0]!;
  const text = printer.printNode(ts.EmitHint.Unspecified, sample, sf);
  if (/\binfer\b/.test(text) || params.some((p) => p.name !== checked && new RegExp(`\\b${p.name}\\b`).test(text))) return [];
  const args = params.map((p) => (p.name === checked ? text : p.constraint && isSelfContained(p.constraint) ? p.constraint : 'unknown')).join(', ');
  const at = (ns: string) => `${ns}.${old.name}<${args}>`;
  const probes: Probe[] = [];
  if (positions.output) probes.push({ name: 'conditional-read', code: `declare const got: ${at(API)};\nconst mine: ${at(PIN)} = got;`, reverse: true });
  if (positions.input) probes.push({ name: 'conditional-write', code: `declare const mine: ${at(PIN)};\nconst given: ${at(API)} = mine;`, reverse: true });
  return probes;
}

/** What only the old kind allows: calling a function (a class needs `new`), constructing a class. */
function kindUseProbes(old: TsDeclaration): Probe[] {
  if (old.kind === 'function') {
    return [{ name: 'kind-call', code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;\n${API}.${old.name}(...args);`, reverse: false }];
  }
  if (old.kind === 'class' && !old.abstract && !old.constructorVisibility) {
    return [{ name: 'kind-construct', code: `declare const args: ConstructorParameters<typeof ${PIN}.${old.name}>;\nnew ${API}.${old.name}(...args);`, reverse: false }];
  }
  return [];
}

/** Interfaces and type aliases are used the same way: switching between them is judged by their shape. */
export function typeLike(d: TsDeclaration): boolean {
  return d.kind === 'interface' || d.kind === 'type';
}

/** Code that only compiles while the export is `any`: it uses a member nothing declares. */
function anyUsageProbe(old: TsDeclaration): Probe[] {
  const use = (value: string) => ({ name: 'any-usage', code: `const value: string = ${value}.anyProperty;`, reverse: false });
  if (old.kind === 'variable') return [use(`${API}.${old.name}`)];
  if (old.kind === 'function') return [{ ...use(`${API}.${old.name}(...args)`), code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;\n${use(`${API}.${old.name}(...args)`).code}` }];
  if (old.kind === 'type') return [{ name: 'any-usage', code: `declare const value: ${API}.${old.name};\nconst used: string = value.anyProperty;`, reverse: false }];
  return [];
}

/** Every probe for a declaration present in both versions whose declaration text changed. */
export function pairProbes(old: TsDeclaration, next: TsDeclaration, positions: Positions): Probe[] {
  // Same declaration, now exported for types only (`export type { C }`): the value use is what goes.
  if (old.kind === next.kind && old.meanings.includes('value') && !next.meanings.includes('value')) return [usageProbe(old)];
  if (old.any && !next.any) return [...anyUsageProbe(old), ...pairProbesOf(old, next, positions)];
  return pairProbesOf(old, next, positions);
}

/** Functions and variables are used the same way (as values, usually called). */
export function valueLike(d: TsDeclaration): boolean {
  return d.kind === 'function' || d.kind === 'variable';
}

function pairProbesOf(old: TsDeclaration, next: TsDeclaration, positions: Positions): Probe[] {
  if (old.kind !== next.kind && valueLike(old) && valueLike(next)) {
    return [{ name: 'read', code: `const value: typeof ${PIN}.${old.name} = ${API}.${old.name};`, reverse: true }];
  }
  if (old.kind !== next.kind && !(typeLike(old) && typeLike(next))) return [usageProbe(old), ...kindUseProbes(old)];
  switch (typeLike(old) ? 'interface' : old.kind) {
    case 'function':
      return functionProbes(old, next);
    case 'variable':
      return [{ name: 'read', code: `const value: typeof ${PIN}.${old.name} = ${API}.${old.name};`, reverse: true }];
    case 'interface':
    case 'type': {
      const probes: Probe[] = [];
      const pinned = typeRef(PIN, old);
      const api = typeRef(API, old);
      if (positions.output) probes.push({ name: 'read', code: `declare const got: ${api};\nconst mine: ${pinned} = got;`, reverse: true });
      if (positions.input) probes.push({ name: 'write', code: `declare const mine: ${pinned};\nconst given: ${api} = mine;`, reverse: true });
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0) probes.push({ name: 'type-arguments', code: `type T = ${api};`, reverse: false });
      // Members not listed on one side (`Readonly<{…}>` against its expansion) are compared by their
      // keys: an old key gone breaks, a new key (an added optional member too) offers more.
      if (old.unlistedMembers || next.unlistedMembers) probes.push({ name: 'keys', code: `declare const key: keyof ${pinned};\nconst kept: keyof ${api} = key;`, reverse: true });
      probes.push(...conditionalProbes(old, positions));
      return [...probes, ...memberProbes(old, next, positions, api, pinned, false), ...heritageProbes(old, next)];
    }
    case 'class': {
      const probes: Probe[] = [];
      if (!old.abstract && !old.constructorVisibility) {
        probes.push({ name: 'construct', code: `declare const args: ConstructorParameters<typeof ${PIN}.${old.name}>;\nnew ${API}.${old.name}(...args);`, reverse: true });
      }
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0) probes.push({ name: 'type-arguments', code: `type T = ${typeRef(API, old)};`, reverse: false });
      return [...probes, ...memberProbes(old, next, positions, typeRef(API, old), typeRef(PIN, old), true), ...staticProbes(old, next), ...heritageProbes(old, next)];
    }
    case 'enum':
    case 'const-enum': {
      const newMembers = new Map((next.members ?? []).map((m: TsMember) => [m.name, m]));
      return (old.members ?? [])
        .filter((m) => newMembers.get(m.name)?.value !== m.value)
        .map((m) => {
          const n = newMembers.get(m.name);
          // A changed value is witnessed by code that relied on the old value's literal type.
          return n && m.value !== undefined && /^(-?\d+|".*"|'.*')$/.test(m.value)
            ? { name: `enum-value:${m.name}`, code: `const value: ${m.value} = ${API}.${old.name}${access(m.name)};`, reverse: false }
            : { name: `enum-member:${m.name}`, code: `const value = ${API}.${old.name}${access(m.name)};`, reverse: false };
        });
    }
    case 'namespace': {
      const names = new Set((next.members ?? []).map((m) => m.name));
      return (old.members ?? []).filter((m) => !names.has(m.name)).map((m) => ({ name: `namespace-member:${m.name}`, code: `type T = typeof ${API}.${old.name};\ntype U = T extends { ${key(m.name)}: unknown } ? true : never;\nconst present: U = true;`, reverse: false }));
    }
    default:
      return [];
  }
}
