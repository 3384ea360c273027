// Probes for what the checker cannot see through plain assignability: values used as `any`, the
// narrowing of type guards, the branches of conditional types, and uses only one kind allows.

import type { ts } from 'ts-morph';
import { typescriptEngine } from './engine.ts';
import type { TsDeclaration, TsSignature } from '../../surface/typescript/model.ts';
import type { Positions } from './positions.ts';
import { API, GLOBAL_TYPES, isSelfContained, PIN, type Probe } from './probe-text.ts';

/** A type written `any` (an optional member's `any | undefined` is still `any`). */
export const isAny = (type: string | undefined) => type !== undefined && /^any(\s*\|\s*undefined)?$/.test(type.trim());
/** Code that compiles only while `value` is `any`: it uses a member nothing declares. */
export const ANY_USE = (value: string) => `const used: string = ${value}.anyProperty;`;

/** Containers of `any` (`{ [key: string]: any }`, `Record<string, any>`, `any[]`), optional or not. */
const ANY_RECORD = /^(\{ \[[\w$]+: string\]: any;? \}|Record<string, any>)(\s*\|\s*undefined)?$/;
const ANY_ARRAY = /^(any\[\]|Array<any>|readonly any\[\]|ReadonlyArray<any>)(\s*\|\s*undefined)?$/;

/**
 * How to reach an element of a container of `any`: reading one and using it freely compiles only
 * while the elements are `any` (`{ [key: string]: any }` made `unknown`).
 */
export function anyElement(type: string | undefined): string | undefined {
  const t = type?.trim() ?? '';
  return ANY_RECORD.test(t) ? '!["someKey"]' : ANY_ARRAY.test(t) ? '![0]' : undefined;
}

/**
 * A type guard (`x is T`, `asserts x is T`) narrows the caller's variable: code that relied on the
 * narrowing stops compiling when the guard goes or guards less. Arguments are spelled one by one,
 * since narrowing does not follow a spread.
 */
export function predicateProbes(old: TsDeclaration, sig: TsSignature): Probe[] {
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
  return [
    {
      name: 'predicate',
      code: asserts ? `${declared}\n${call};\n${use}` : `${declared}\nif (${call}) {\n  ${use}\n}`,
      reverse: false,
    },
  ];
}

/**
 * A generic conditional type (`ArgsOf<T> = T extends Tool<infer A> ? A : never`) instantiated at its
 * constraints takes no branch worth comparing; instantiated with what its `extends` clause matches
 * (`Tool<{ sample: string }>`, the package's own types named through the old version), it yields
 * what consumers get from it.
 */
export function conditionalProbes(old: TsDeclaration, positions: Positions): Probe[] {
  const { ts } = typescriptEngine();
  const params = old.typeParameters ?? [];
  if (params.length === 0 || params.some((p) => p.default !== undefined)) return [];
  const sf = ts.createSourceFile(
    't.ts',
    `${old.signature.replace(/^export\s+(declare\s+)?/, '')}`,
    ts.ScriptTarget.Latest,
    true,
  );
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
          return (
            node.typeParameter.constraint ??
            ts.factory.createTypeLiteralNode([
              ts.factory.createPropertySignature(
                undefined,
                'sample',
                undefined,
                ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
              ),
            ])
          );
        }
        if (
          ts.isTypeReferenceNode(node) &&
          ts.isIdentifier(node.typeName) &&
          !GLOBAL_TYPES.has(node.typeName.text) &&
          !params.some((p) => p.name === (node.typeName as ts.Identifier).text)
        ) {
          return ts.factory.updateTypeReferenceNode(
            node,
            ts.factory.createQualifiedName(ts.factory.createIdentifier(PIN), node.typeName),
            ts.visitNodes(node.typeArguments, visit, ts.isTypeNode),
          );
        }
        return ts.visitEachChild(node, visit, context);
      };
      return ts.visitNode(root, visit) as ts.TypeNode;
    },
  ]).transformed[0]!;
  const text = printer.printNode(ts.EmitHint.Unspecified, sample, sf);
  if (/\binfer\b/.test(text) || params.some((p) => p.name !== checked && new RegExp(`\\b${p.name}\\b`).test(text)))
    return [];
  const args = params
    .map((p) => (p.name === checked ? text : p.constraint && isSelfContained(p.constraint) ? p.constraint : 'unknown'))
    .join(', ');
  const at = (ns: string) => `${ns}.${old.name}<${args}>`;
  const probes: Probe[] = [];
  if (positions.output)
    probes.push({
      name: 'conditional-read',
      code: `declare const got: ${at(API)};\nconst mine: ${at(PIN)} = got;`,
      reverse: true,
    });
  if (positions.input)
    probes.push({
      name: 'conditional-write',
      code: `declare const mine: ${at(PIN)};\nconst given: ${at(API)} = mine;`,
      reverse: true,
    });
  return probes;
}

/** What only the old kind allows: calling a function (a class needs `new`), constructing a class. */
export function kindUseProbes(old: TsDeclaration): Probe[] {
  if (old.kind === 'function') {
    return [
      {
        name: 'kind-call',
        code: `declare const args: Parameters<typeof ${PIN}.${old.name}>;\n${API}.${old.name}(...args);`,
        reverse: false,
      },
    ];
  }
  if (old.kind === 'class' && !old.abstract && !old.constructorVisibility) {
    return [
      {
        name: 'kind-construct',
        code: `declare const args: ConstructorParameters<typeof ${PIN}.${old.name}>;\nnew ${API}.${old.name}(...args);`,
        reverse: false,
      },
    ];
  }
  return [];
}
