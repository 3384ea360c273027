// The oldest TypeScript compiler that can read a package's declarations: from syntax that needs a
// newer compiler (found by walking the AST), `peerDependencies.typescript`, and `typesVersions`.

import semver from 'semver';
import { ts } from 'ts-morph';
import type { SourceLocation } from '../types.ts';
import {
  ScriptTarget,
  SyntaxKind,
  canHaveModifiers,
  createSourceFile,
  forEachChild,
  getModifiers,
  isArrayTypeNode,
  isIdentifier,
  isNamedTupleMember,
  isNamespaceExport,
  isRestTypeNode,
  isSetAccessorDeclaration,
  isTypeReferenceNode,
} from './compiler-api.ts';

export interface MinimumTypeScriptReason {
  /** The TypeScript version this reason requires (`4.7.0`). */
  version: string;
  source: 'syntax' | 'peerDependencies' | 'typesVersions';
  /** What needs it: `const type parameters`, `peerDependencies.typescript ">=5.0"`. */
  detail: string;
  location?: SourceLocation;
}

export interface MinimumTypeScript {
  /** The oldest TypeScript version consumers can compile against (`0.0.0`: no known floor). */
  version: string;
  /** Why, strongest first: one entry per feature (its first occurrence) and per manifest field. */
  reasons: MinimumTypeScriptReason[];
}

const GLOBAL_TYPES_SINCE: Record<string, [string, string]> = {
  NoInfer: ['5.4.0', 'the NoInfer utility type'],
  Awaited: ['4.5.0', 'the Awaited utility type'],
  Uppercase: ['4.1.0', 'intrinsic string types (Uppercase)'],
  Lowercase: ['4.1.0', 'intrinsic string types (Lowercase)'],
  Capitalize: ['4.1.0', 'intrinsic string types (Capitalize)'],
  Uncapitalize: ['4.1.0', 'intrinsic string types (Uncapitalize)'],
};

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  canHaveModifiers(node) && (getModifiers(node) ?? []).some((m) => m.kind === kind);

const isArrayType = (t: ts.TypeNode) =>
  isArrayTypeNode(t) ||
  (isTypeReferenceNode(t) && isIdentifier(t.typeName) && /^(Readonly)?Array$/.test(t.typeName.text));
/** `...string[]` in a tuple (a variadic `...T` could stand anywhere since 4.0; array rests only last until 4.2). */
const arrayRest = (e: ts.TypeNode) =>
  (isRestTypeNode(e) && isArrayType(e.type)) || (isNamedTupleMember(e) && !!e.dotDotDotToken && isArrayType(e.type));

/** The parameter type of the setter paired with a getter in the same class, interface or type literal. */
function setterType(getter: ts.GetAccessorDeclaration, sf: ts.SourceFile): string | undefined {
  const owner = getter.parent as (ts.Node & { members?: ts.NodeArray<ts.Node> }) | undefined;
  const setter = owner?.members?.find(
    (m): m is ts.SetAccessorDeclaration =>
      isSetAccessorDeclaration(m) && m.name.getText(sf) === getter.name.getText(sf),
  );
  return setter?.parameters[0]?.type?.getText(sf);
}

/** A feature found, with the TypeScript version that introduced it. */
const found = (version: string, detail: string) => ({ feature: [version, detail] as [string, string] });

/**
 * The syntax feature a node needs, with the TypeScript version that introduced it. A reference to
 * one of GLOBAL_TYPES_SINCE is returned with `global`: it counts only where the file does not
 * declare that name itself, which is known once the whole file has been walked.
 */
function featureOf(node: ts.Node, sf: ts.SourceFile): { feature: [string, string]; global?: string } | undefined {
  // One switch on the kind: this runs on every node of every declaration file.
  switch (node.kind) {
    case SyntaxKind.TypeParameter:
      if (hasModifier(node, SyntaxKind.ConstKeyword)) return found('5.0.0', 'const type parameters');
      if (hasModifier(node, SyntaxKind.InKeyword) || hasModifier(node, SyntaxKind.OutKeyword))
        return found('4.7.0', 'in/out variance annotations');
      return undefined;
    case SyntaxKind.ImportClause:
      return (node as ts.ImportClause).phaseModifier === SyntaxKind.DeferKeyword
        ? found('5.9.0', 'import defer')
        : undefined;
    case SyntaxKind.ExportDeclaration: {
      const e = node as ts.ExportDeclaration;
      if (e.isTypeOnly && !e.exportClause) return found('5.0.0', 'export type *');
      if (e.attributes) return found('5.3.0', 'import attributes (with { … })');
      if (e.isTypeOnly) return found('3.8.0', 'export type');
      if (e.exportClause && isNamespaceExport(e.exportClause)) return found('3.8.0', 'export * as ns');
      return undefined;
    }
    case SyntaxKind.ImportDeclaration: {
      const i = node as ts.ImportDeclaration;
      if (i.attributes) return found('5.3.0', 'import attributes (with { … })');
      if (i.importClause?.isTypeOnly) return found('3.8.0', 'import type');
      return undefined;
    }
    case SyntaxKind.PropertyDeclaration:
      return hasModifier(node, SyntaxKind.AccessorKeyword) ? found('4.9.0', 'accessor fields') : undefined;
    case SyntaxKind.InferType:
      return (node as ts.InferTypeNode).typeParameter.constraint
        ? found('4.7.0', 'infer … extends constraints')
        : undefined;
    case SyntaxKind.ImportSpecifier:
    case SyntaxKind.ExportSpecifier:
      return (node as ts.ImportSpecifier | ts.ExportSpecifier).isTypeOnly
        ? found('4.5.0', 'type modifiers on import/export names')
        : undefined;
    case SyntaxKind.ConstructorType:
      return hasModifier(node, SyntaxKind.AbstractKeyword)
        ? found('4.2.0', 'abstract construct signatures')
        : undefined;
    case SyntaxKind.TemplateLiteralType:
      return found('4.1.0', 'template literal types');
    case SyntaxKind.MappedType:
      return (node as ts.MappedTypeNode).nameType ? found('4.1.0', 'key remapping in mapped types (as)') : undefined;
    case SyntaxKind.NamedTupleMember:
      return found('4.0.0', 'labeled tuple elements');
    case SyntaxKind.RestType:
      return isArrayType((node as ts.RestTypeNode).type) ? undefined : found('4.0.0', 'variadic tuple types');
    case SyntaxKind.TupleType:
      return (node as ts.TupleTypeNode).elements.slice(0, -1).some(arrayRest)
        ? found('4.2.0', 'rest elements before the end of a tuple')
        : undefined;
    case SyntaxKind.IndexSignature: {
      const type = (node as ts.IndexSignatureDeclaration).parameters[0]?.type;
      return type && type.kind !== SyntaxKind.StringKeyword && type.kind !== SyntaxKind.NumberKeyword
        ? found('4.4.0', 'index signatures for symbols, template literal patterns or unions')
        : undefined;
    }
    case SyntaxKind.GetAccessor: {
      const getter = node as ts.GetAccessorDeclaration;
      if (getter.type && (setterType(getter, sf) ?? getter.type.getText(sf)) !== getter.type.getText(sf))
        return found('4.3.0', 'a setter whose type differs from its getter');
      return sf.isDeclarationFile ? found('3.6.0', 'accessors in declaration files') : undefined;
    }
    case SyntaxKind.SetAccessor:
      return sf.isDeclarationFile ? found('3.6.0', 'accessors in declaration files') : undefined;
    case SyntaxKind.PrivateIdentifier:
      return found('3.8.0', '#private class fields');
    case SyntaxKind.TypePredicate:
      return (node as ts.TypePredicateNode).assertsModifier
        ? found('3.7.0', 'assertion signatures (asserts)')
        : undefined;
    case SyntaxKind.TypeReference: {
      const name = (node as ts.TypeReferenceNode).typeName;
      const since =
        isIdentifier(name) && Object.hasOwn(GLOBAL_TYPES_SINCE, name.text) ? GLOBAL_TYPES_SINCE[name.text] : undefined;
      return since ? { feature: since, global: (name as ts.Identifier).text } : undefined;
    }
    default:
      return undefined;
  }
}

/** A name a file declares or imports itself: `type NoInfer<T> = …` of its own is not the library's. */
function declaredName(node: ts.Node): string | undefined {
  switch (node.kind) {
    case SyntaxKind.TypeAliasDeclaration:
    case SyntaxKind.InterfaceDeclaration:
    case SyntaxKind.ClassDeclaration:
    case SyntaxKind.TypeParameter:
    case SyntaxKind.ImportSpecifier:
      return (node as ts.DeclarationStatement).name?.text;
    default:
      return undefined;
  }
}

/**
 * Each feature's first occurrence in the declaration files (relative path → text). `parsed` holds
 * syntax trees the extraction already built for some of them (built declarations), read instead of
 * parsing the text again.
 */
export function syntaxReasons(
  files: Record<string, string>,
  parsed?: ReadonlyMap<string, ts.SourceFile>,
): MinimumTypeScriptReason[] {
  const seen = new Map<string, MinimumTypeScriptReason>();
  for (const file of Object.keys(files).sort()) {
    const sf =
      parsed?.get(file) ??
      createSourceFile(file.endsWith('.ts') ? file : `${file}.d.ts`, files[file]!, ScriptTarget.Latest, true);
    // One walk: the names the file declares, and the features in the order they occur.
    const locals = new Set<string>();
    const occurrences: [ts.Node, NonNullable<ReturnType<typeof featureOf>>][] = [];
    const visit = (node: ts.Node): void => {
      const name = declaredName(node);
      if (name !== undefined) locals.add(name);
      const feature = featureOf(node, sf);
      if (feature) occurrences.push([node, feature]);
      forEachChild(node, visit);
    };
    visit(sf);
    for (const [node, { feature, global }] of occurrences) {
      if (seen.has(feature[1]) || (global !== undefined && locals.has(global))) continue;
      seen.set(feature[1], {
        version: feature[0],
        source: 'syntax',
        detail: feature[1],
        location: { file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 },
      });
    }
  }
  return [...seen.values()];
}

/** The floor `peerDependencies.typescript` declares (`>=4.7` → 4.7.0); nothing for `*` or a bad range. */
export function peerReason(peerDependencies: Record<string, string> | undefined): MinimumTypeScriptReason | undefined {
  const range = peerDependencies?.typescript;
  if (!range || !semver.validRange(range)) return undefined;
  const min = semver.minVersion(range);
  if (!min || min.version === '0.0.0') return undefined;
  return {
    version: min.version,
    source: 'peerDependencies',
    detail: `peerDependencies.typescript "${range}"`,
    location: { file: 'package.json' },
  };
}

/**
 * `typesVersions` serves the declarations mcpver read (those the current compiler gets) only to the
 * compilers of the range that matched (`>=4.7`): older ones get other files, written for them. So
 * only syntax newer than that range's lower bound raises the floor (it breaks 4.7 … the feature).
 */
function typesVersionsCap(typesVersions: unknown): { version: string; range: string } | undefined {
  if (typeof typesVersions !== 'object' || typesVersions === null) return undefined;
  const range = Object.keys(typesVersions).find(
    (r) => semver.validRange(r) && semver.satisfies(ts.version, r, { includePrerelease: true }),
  );
  if (!range) return undefined;
  const min = semver.minVersion(range);
  // A range that starts at 0 (`*`, `<5.0`) serves these declarations to every older compiler too.
  return min && min.version !== '0.0.0' ? { version: min.version, range } : undefined;
}

const byVersion = (a: MinimumTypeScriptReason, b: MinimumTypeScriptReason) => semver.rcompare(a.version, b.version);

/** The minimum TypeScript version of a package: its manifest and the declaration files read. */
export function minimumTypeScript(
  manifest: { peerDependencies?: Record<string, string>; typesVersions?: unknown },
  files: Record<string, string>,
  parsed?: ReadonlyMap<string, ts.SourceFile>,
): MinimumTypeScript {
  let syntax = syntaxReasons(files, parsed);
  const cap = typesVersionsCap(manifest.typesVersions);
  const reasons: MinimumTypeScriptReason[] = [];
  if (cap) {
    syntax = syntax.filter((r) => semver.gt(r.version, cap.version));
    reasons.push({
      version: cap.version,
      source: 'typesVersions',
      detail: `typesVersions "${cap.range}" serves these declarations; older compilers get others`,
      location: { file: 'package.json' },
    });
  }
  const peer = peerReason(manifest.peerDependencies);
  reasons.push(...syntax, ...(peer ? [peer] : []));
  reasons.sort(byVersion);
  // The typesVersions entry explains what was left out, not a floor: the floor is the highest syntax or peer reason.
  const floors = reasons.filter((r) => r.source !== 'typesVersions');
  return { version: floors[0]?.version ?? '0.0.0', reasons };
}

/** The minimum a TypeScript surface records (`minimumTypeScript`), or nothing for snapshots taken before it was. */
export function readMinimumTypeScript(surface: object): MinimumTypeScript | undefined {
  const m = (surface as { minimumTypeScript?: Partial<MinimumTypeScript> }).minimumTypeScript;
  if (!m || typeof m.version !== 'string' || !semver.valid(m.version) || !Array.isArray(m.reasons)) return undefined;
  return { version: m.version, reasons: m.reasons };
}
