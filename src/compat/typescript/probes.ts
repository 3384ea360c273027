// Consumer code generated for each changed declaration, one probe per way consumers use it: call it
// (arguments in, result out), read or write its members, implement or build it, construct it.

import type { TsDeclaration, TsMember, TsSignature } from '../../surface/typescript/model.ts';
import type { Positions } from './positions.ts';
import { API, ARGS, INSTALLED, isSelfContained, PIN, pinnedType, type Probe, type ProbeName } from './probe-text.ts';
import { ANY_USE, anyElement, conditionalProbes, isAny, kindUseProbes, predicateProbes } from './use-probes.ts';

export { API, ARGS, asRelation, INSTALLED, isSelfContained, PIN, type Probe, type ProbeName } from './probe-text.ts';

const key = (name: string) => JSON.stringify(name);
/** Property access as consumers write it: `got.name` (brackets would bypass visibility checks). */
const access = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${key(name)}]`);

/** How the consumer names the declaration as a type, with the type arguments the old version needed. */
function typeRef(ns: string, d: TsDeclaration): string {
  const params = d.typeParameters ?? [];
  const args = params
    .filter((p) => p.default === undefined)
    .map((p) => (p.constraint && isSelfContained(p.constraint) ? p.constraint : p.constraint ? 'never' : 'unknown'));
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

/**
 * A method called as consumers call it: the old arguments (installed classes swapped in), the
 * result kept as the old type. `pinned` is the method's old type, `target` what it is called on.
 */
function methodCall(m: TsMember, pinned: string, target: string): string {
  const call = m.optional ? `NonNullable<${pinned}>` : pinned;
  const result = held(resultType(m.signatures?.[0]?.returnType ?? '') ?? `ReturnType<${call}>`);
  return `declare const args: ${ARGS}<Parameters<${call}>>;\n${result}${target}${access(m.name)}${m.optional ? '!' : ''}(...args);`;
}

function single(d: TsDeclaration): boolean {
  return (d.signatures?.length ?? 0) === 1;
}

/**
 * One call per old overload, shaped like it: its parameters (read from the pinned type in order, by
 * inferring from as many call signatures as it has) passed to the used version, and the result held
 * as that overload's return. TypeScript picks the first overload that matches, so reordered or
 * merged overloads can give an old call another result even where the function types still relate.
 * Generic overloads are left to the whole-function probe: their inferred parameters are the constraints.
 */
function overloadCalls(
  signatures: readonly TsSignature[],
  pinned: string,
  callee: string,
  name: (k: number) => ProbeName,
  prelude = '',
): Probe[] {
  if (signatures.length < 2) return [];
  const pattern = signatures.map((_, i) => `(...args: infer A${i}): infer R${i}`).join('; ');
  return signatures.flatMap((sig, k) => {
    if (sig.typeParameters.length > 0 || sig.thisType !== undefined) return [];
    const shape = `type Overload = ${pinned} extends { ${pattern} } ? [A${k}, R${k}] : never;`;
    const result = held(resultType(sig.returnType) ?? 'Overload[1]');
    return [
      {
        name: name(k),
        code: `${prelude}${shape}\ndeclare const args: ${ARGS}<Overload[0]>;\n${result}${callee}(...args);`,
        reverse: false,
      },
    ];
  });
}

function functionProbes(old: TsDeclaration, next: TsDeclaration): Probe[] {
  const f = `${API}.${old.name}`;
  const pin = `typeof ${PIN}.${old.name}`;
  if (!single(old) || !single(next)) {
    return [
      { name: 'call', code: `const f: ${pin} = ${f};`, reverse: true },
      ...overloadCalls(old.signatures ?? [], pin, f, (k) => `overload-call:${k}`),
    ];
  }
  const sig = old.signatures![0]!;
  const simple =
    sig.typeParameters.length === 0 &&
    sig.parameters.every((p) => isSelfContained(p.type)) &&
    isSelfContained(sig.returnType);
  const args = simple
    ? `[${sig.parameters.map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}]`
    : `${ARGS}<Parameters<${pin}>>`;
  const result = resultType(sig.returnType) ?? (simple ? sig.returnType : `ReturnType<${pin}>`);
  const probes: Probe[] = [
    // Spelled-out old types read the same in both directions, so only the forward check means something.
    {
      name: 'call',
      code: `declare const args: ${args};\n${result === 'unknown' ? '' : `const result: ${result} = `}${f}(...args);`,
      reverse: !simple,
    },
  ];
  // ReturnType<> of a generic function is its result at the constraints (Store<object> against
  // Store<unknown>), which says nothing about a call: there the call probe, with inference, decides.
  const generic = sig.typeParameters.length > 0 || next.signatures![0]!.typeParameters.length > 0;
  if (!generic)
    probes.push({
      name: 'return',
      code: `declare const got: ReturnType<typeof ${f}>;\nconst mine: ReturnType<${pin}> = got;`,
      reverse: true,
    });
  const common = Math.min(sig.parameters.length, next.signatures![0]!.parameters.length);
  for (let i = 0; i < common; i++) {
    probes.push({
      name: `param:${i}`,
      code: `declare const arg: ${INSTALLED}<Parameters<${pin}>[${i}]>;\nconst param: Parameters<typeof ${f}>[${i}] = arg;`,
      reverse: true,
    });
    // An `any` parameter took every value; the checker would accept any narrower type against it.
    if (isAny(sig.parameters[i]!.type))
      probes.push({
        name: `param-any:${i}`,
        code: `declare const arg: unknown;\nconst param: Parameters<typeof ${f}>[${i}] = arg;`,
        reverse: false,
      });
  }
  probes.push(...predicateProbes(old, sig));
  if (isAny(sig.returnType))
    probes.push({
      name: 'return-any',
      code: `declare const args: Parameters<${pin}>;\n${ANY_USE(`${f}(...args)`)}`,
      reverse: false,
    });
  if (sig.typeParameters.length > 0) {
    // The old constraints, named through the old version: what an explicit type argument could be.
    const own = sig.typeParameters.map((p) => p.name);
    const targs = sig.typeParameters.map((p) =>
      p.constraint ? (pinnedType(p.constraint, own) ?? 'unknown') : 'unknown',
    );
    probes.push({ name: 'type-arguments', code: `const g = ${f}<${targs.join(', ')}>;`, reverse: false });
  }
  return probes;
}

function memberProbes(
  old: TsDeclaration,
  next: TsDeclaration,
  positions: Positions,
  instance: string,
  pinned: string,
  isClass: boolean,
): Probe[] {
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
    if (n.visibility !== m.visibility)
      probes.push({ name: `member-access:${m.name}`, code: `${got}\ngot${access(m.name)};`, reverse: false });
    const pinType = `${pinned}[${key(m.name)}]`;
    if (m.kind === 'property') {
      if (output)
        probes.push({
          name: `member-read:${m.name}`,
          code: `${got}\nconst value: ${pinType} = got${access(m.name)};`,
          reverse: true,
        });
      // The checker accepts anything against `any`: what code did with it is probed instead.
      if (isAny(m.type) && output)
        probes.push({
          name: `member-any-read:${m.name}`,
          code: `${got}\n${ANY_USE(`got${access(m.name)}`)}`,
          reverse: false,
        });
      const element = anyElement(m.type);
      if (element && output)
        probes.push({
          name: `member-any-read:${m.name}`,
          code: `${got}\n${ANY_USE(`got${access(m.name)}${element}`)}`,
          reverse: false,
        });
      if (isAny(m.type) && positions.input)
        probes.push({
          name: `member-any-write:${m.name}`,
          code: `${got}\ndeclare const value: unknown;\ngot${access(m.name)} = value;`,
          reverse: false,
        });
      // Writable members of objects consumers hold are written too: they are invariant.
      if (positions.input || (!m.readonly && output)) {
        probes.push({
          name: `member-write:${m.name}`,
          code: `${got}\ndeclare const value: ${pinType};\ngot${access(m.name)} = value;`,
          reverse: true,
        });
      }
    } else {
      const call = `${m.optional ? `NonNullable<${pinType}>` : pinType}`;
      if (output)
        probes.push({ name: `member-call:${m.name}`, code: `${got}\n${methodCall(m, pinType, 'got')}`, reverse: true });
      // Parameters<> and ReturnType<> read an overloaded method's last signature only: the method as a
      // whole is also assigned, so that each old overload must still be there (calls) or no new one
      // is required of an implementation (implementers).
      if ((m.signatures?.length ?? 0) > 1 || (n.signatures?.length ?? 0) > 1) {
        const whole = `NonNullable<${instance}[${key(m.name)}]>`;
        if (output)
          probes.push({
            name: `member-overloads:${m.name}`,
            code: `${got}\nconst method: ${call} = got${access(m.name)}${m.optional ? '!' : ''};`,
            reverse: true,
          });
        if (output)
          probes.push(
            ...overloadCalls(
              m.signatures ?? [],
              call,
              `got${access(m.name)}${m.optional ? '!' : ''}`,
              (k) => `member-overload-call:${m.name}:${k}`,
              `${got}\n`,
            ),
          );
        if (positions.input && !isClass)
          probes.push({
            name: `member-implement-overloads:${m.name}`,
            code: `declare const impl: ${call};\nconst member: ${whole} = impl;`,
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
    .map((m) => ({
      name: `index-access:${m.name}`,
      code: `declare const got: ${instance};\nconst value = got[${INDEX_SAMPLES[m.name]}];`,
      reverse: false,
    }));
}

function staticProbes(old: TsDeclaration, next: TsDeclaration): Probe[] {
  const probes: Probe[] = [];
  const c = `${API}.${old.name}`;
  const newStatics = new Map((next.members ?? []).filter((m) => m.static).map((m) => [m.name, m]));
  for (const m of old.members ?? []) {
    if (!m.static || m.visibility === 'private') continue;
    const n = newStatics.get(m.name);
    if (n && n.signature === m.signature) continue;
    const pinned = `(typeof ${PIN}.${old.name})[${key(m.name)}]`;
    if (m.kind === 'method' && n?.kind === 'method') {
      // Called as the members of instances are: the arguments consumers pass, the result they keep.
      probes.push({ name: `static:${m.name}`, code: methodCall(m, pinned, c), reverse: true });
      continue;
    }
    probes.push({ name: `static:${m.name}`, code: `const value: ${pinned} = ${c}${access(m.name)};`, reverse: !!n });
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

/** Interfaces and type aliases are used the same way: switching between them is judged by their shape. */
export function typeLike(d: TsDeclaration): boolean {
  return d.kind === 'interface' || d.kind === 'type';
}

/** Code that only compiles while the export is `any`: it uses a member nothing declares. */
function anyUsageProbe(old: TsDeclaration): Probe[] {
  const use = (value: string): Probe => ({
    name: 'any-usage',
    code: `const value: string = ${value}.anyProperty;`,
    reverse: false,
  });
  if (old.kind === 'variable') return [use(`${API}.${old.name}`)];
  if (old.kind === 'function')
    return [
      {
        ...use(`${API}.${old.name}(...args)`),
        code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;\n${use(`${API}.${old.name}(...args)`).code}`,
      },
    ];
  if (old.kind === 'type')
    return [
      {
        name: 'any-usage',
        code: `declare const value: ${API}.${old.name};\nconst used: string = value.anyProperty;`,
        reverse: false,
      },
    ];
  return [];
}

/** Every probe for a declaration present in both versions whose declaration text changed. */
export function pairProbes(old: TsDeclaration, next: TsDeclaration, positions: Positions): Probe[] {
  // Same declaration, now exported for types only (`export type { C }`): the value use is what goes.
  if (old.kind === next.kind && old.meanings.includes('value') && !next.meanings.includes('value'))
    return [usageProbe(old)];
  if (old.any && !next.any) return [...anyUsageProbe(old), ...pairProbesOf(old, next, positions)];
  return pairProbesOf(old, next, positions);
}

/** Functions and variables are used the same way (as values, usually called). */
export function valueLike(d: TsDeclaration): boolean {
  return d.kind === 'function' || d.kind === 'variable';
}

/** What a namespace's export is, from its printed statement (generic types are left to their own changes). */
const NAMESPACE_VALUE = /^(export\s+)?(declare\s+)?(const|let|var|function|class|enum)\s/;
const NAMESPACE_TYPE = /^(export\s+)?(interface|type)\s+[\w$]+\s*(=|\{|extends)/;

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
      if (positions.output)
        probes.push({ name: 'read', code: `declare const got: ${api};\nconst mine: ${pinned} = got;`, reverse: true });
      if (positions.input)
        probes.push({
          name: 'write',
          code: `declare const mine: ${pinned};\nconst given: ${api} = mine;`,
          reverse: true,
        });
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0)
        probes.push({ name: 'type-arguments', code: `type T = ${api};`, reverse: false });
      // Members not listed on one side (`Readonly<{…}>` against its expansion) are compared by their
      // keys: an old key gone breaks, a new key (an added optional member too) offers more.
      // With a string index, `keyof` also holds `number` (numeric keys are strings to an index):
      // `Record<string, V>` against `{ [k: string]: V }` loses only that, which no consumer relies on,
      // so the keys compare without it, and `keys-number` notes the loss apart.
      if (old.unlistedMembers || next.unlistedMembers) {
        const keysOf = 'type KeysOf<T> = string extends keyof T ? Exclude<keyof T, number> : keyof T;';
        probes.push({
          name: 'keys',
          code: `${keysOf}\ndeclare const key: KeysOf<${pinned}>;\nconst kept: KeysOf<${api}> = key;`,
          reverse: true,
        });
        probes.push({
          name: 'keys-number',
          code: `declare const key: keyof ${pinned} & number;\nconst kept: keyof ${api} = key;`,
          reverse: false,
          note: `keyof ${old.name} no longer includes number: a string index signature admits numeric keys, a Record<string, …> does not. The values are the same; code that typed a key of it as a number no longer compiles.`,
        });
      }
      probes.push(...conditionalProbes(old, positions));
      return [...probes, ...memberProbes(old, next, positions, api, pinned, false), ...heritageProbes(old, next)];
    }
    case 'class': {
      const probes: Probe[] = [];
      if (!old.abstract && !old.constructorVisibility) {
        probes.push({
          name: 'construct',
          code: `declare const args: ${ARGS}<ConstructorParameters<typeof ${PIN}.${old.name}>>;\nnew ${API}.${old.name}(...args);`,
          reverse: true,
        });
      }
      if ((old.typeParameters?.length ?? 0) > 0 || (next.typeParameters?.length ?? 0) > 0)
        probes.push({ name: 'type-arguments', code: `type T = ${typeRef(API, old)};`, reverse: false });
      return [
        ...probes,
        ...memberProbes(old, next, positions, typeRef(API, old), typeRef(PIN, old), true),
        ...staticProbes(old, next),
        ...heritageProbes(old, next),
      ];
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
            ? {
                name: `enum-value:${m.name}`,
                code: `const value: ${m.value} = ${API}.${old.name}${access(m.name)};`,
                reverse: false,
              }
            : {
                name: `enum-member:${m.name}`,
                code: `const value = ${API}.${old.name}${access(m.name)};`,
                reverse: false,
              };
        });
    }
    case 'namespace': {
      const after = new Map((next.members ?? []).map((m) => [m.name, m]));
      return (old.members ?? []).flatMap((m): Probe[] => {
        const n = after.get(m.name);
        if (!n)
          return [
            {
              name: `namespace-member:${m.name}`,
              code: `type T = typeof ${API}.${old.name};\ntype U = T extends { ${key(m.name)}: unknown } ? true : never;\nconst present: U = true;`,
              reverse: false,
            },
          ];
        if (n.signature === m.signature) return [];
        // A changed export of the namespace: a value is read as the old type, a type used as the old one.
        const member = (ns: string) => `${ns}.${old.name}.${m.name}`;
        if (/^(export\s+)?(declare\s+)?function\s/.test(m.signature)) {
          return [
            {
              name: `namespace-call:${m.name}`,
              code: `declare const args: ${ARGS}<Parameters<typeof ${member(PIN)}>>;\nconst result: ReturnType<typeof ${member(PIN)}> = ${member(API)}(...args);`,
              reverse: true,
            },
          ];
        }
        if (NAMESPACE_VALUE.test(m.signature))
          return [
            {
              name: `namespace-read:${m.name}`,
              code: `const value: typeof ${member(PIN)} = ${member(API)};`,
              reverse: true,
            },
          ];
        if (NAMESPACE_TYPE.test(m.signature))
          return [
            {
              name: `namespace-type:${m.name}`,
              code: `declare const got: ${member(API)};\nconst mine: ${member(PIN)} = got;`,
              reverse: true,
            },
          ];
        return [];
      });
    }
    default:
      return [];
  }
}
