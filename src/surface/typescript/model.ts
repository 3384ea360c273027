// The TypeScript part of a snapshot in detail: what each exported declaration records, and the
// declaration files kept so that the diff can type-check consumer code against both versions.

import type { ApiDeclaration, SurfaceWarning, TypeScriptSurface } from '../types.ts';

export type DeclarationKind =
  'function' | 'class' | 'interface' | 'type' | 'enum' | 'const-enum' | 'variable' | 'namespace' | 'unknown';

export type Meaning = 'value' | 'type' | 'namespace';

export type Visibility = 'public' | 'protected' | 'private';

/** Release tags of API Extractor / TSDoc, strongest promise first. */
export type ReleaseTag = 'public' | 'beta' | 'alpha' | 'experimental' | 'internal';

export interface TsParameter {
  name: string;
  /** Printed type annotation (`any` where the declaration has none). */
  type: string;
  optional: boolean;
  rest: boolean;
}

export interface TsTypeParameter {
  name: string;
  constraint?: string;
  default?: string;
}

export interface TsSignature {
  parameters: TsParameter[];
  returnType: string;
  typeParameters: TsTypeParameter[];
  /** The declared `this` parameter type, if any. */
  thisType?: string;
}

export type MemberKind =
  'property' | 'method' | 'constructor' | 'get' | 'set' | 'index' | 'call' | 'construct' | 'enum-member' | 'export';

export interface TsMember {
  name: string;
  kind: MemberKind;
  /** Normalized text of the member, comments removed. */
  signature: string;
  type?: string;
  optional?: boolean;
  readonly?: boolean;
  static?: boolean;
  abstract?: boolean;
  visibility?: Visibility;
  /** Enum member initializer as written (`0`, `"a"`). */
  value?: string;
  signatures?: TsSignature[];
  deprecated?: boolean;
}

export interface TsTags {
  deprecated?: string;
  release?: ReleaseTag;
  hidden?: boolean;
}

export interface TsDeclaration extends ApiDeclaration {
  kind: DeclarationKind;
  /** Every kind merged under the exported name (a class and a namespace, function overloads…). */
  kinds: DeclarationKind[];
  meanings: Meaning[];
  /** The declaration file (a key of `files`) that declares it; the diff type-checks against it. */
  declarationFile: string;
  signatures?: TsSignature[];
  typeParameters?: TsTypeParameter[];
  members?: TsMember[];
  heritage?: string[];
  abstract?: boolean;
  /** Constructor visibility of a class (absent: public). */
  constructorVisibility?: Visibility;
  /** For type aliases: the printed constituents when the alias is a union. */
  unionMembers?: string[];
  /** `const` or `let`/`var` for variables. */
  mutable?: boolean;
  tags: TsTags;
  /** Doc comment text, normalized, so that doc-only edits are reported as patches. */
  docs?: string;
  /** The declared type resolves to `any` (written so, or through an unresolved import). */
  any?: boolean;
  /**
   * A fingerprint of the declaration and everything in the package it references, transitively:
   * it changes when a type the declaration uses changes, even one that is not exported.
   */
  shapeHash?: string;
  /**
   * A type alias written as a type expression (`Readonly<{…}>`, `Pick<…>`, a mapped type, an
   * intersection): `members` is empty not because it has none; the comparison judges its shape.
   */
  unlistedMembers?: boolean;
  /** Module specifiers whose types the declaration names (loaded by the diff when the snapshot keeps `externalFiles`). */
  externalModules?: string[];
}

export interface TypeScriptSurfaceData extends TypeScriptSurface {
  declarations: TsDeclaration[];
  /**
   * Declaration files of the package (relative path → `.d.ts` text), built or emitted from sources,
   * with private and protected class members removed (they would make classes nominal in the diff).
   */
  files: Record<string, string>;
  /** `dts` when read from built declarations, `source` when emitted from `.ts` sources. */
  from: 'dts' | 'source';
  /** A hash of the source text read, so that implementation-only edits are seen (as a patch). */
  sourceHash: string;
  /**
   * Declaration files of the dependencies the package's declarations import (`node_modules/zod/…`
   * → text, with each package's trimmed package.json), so that the diff compares their types.
   */
  externalFiles?: Record<string, string>;
}

export interface TypeScriptSurfaceResult {
  surface: TypeScriptSurfaceData;
  warnings: SurfaceWarning[];
}

/** The detailed view of a snapshot's TypeScript part (older snapshots may lack `files`). */
export function asTypeScriptData(surface: TypeScriptSurface | null | undefined): TypeScriptSurfaceData | null {
  if (!surface) return null;
  const s = surface as Partial<TypeScriptSurfaceData>;
  return {
    ...surface,
    declarations: (s.declarations ?? []) as TsDeclaration[],
    files: s.files ?? {},
    from: s.from ?? 'dts',
    sourceHash: s.sourceHash ?? '',
  } as TypeScriptSurfaceData;
}
