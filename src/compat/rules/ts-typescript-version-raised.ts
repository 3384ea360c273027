// TS-56: consumers need a newer TypeScript compiler than before (syntax in the declarations,
// `peerDependencies.typescript`). Major under semver-ts.org's "simple majors" policy; a project
// that follows a rolling support window re-levels it (`policy.rules.ts-typescript-version-raised: minor`).

import semver from 'semver';
import type { Snapshot } from '../../surface/types.ts';
import type { MinimumTypeScript, MinimumTypeScriptReason } from '../../surface/typescript/minimum-version.ts';
import { typescriptEngine } from '../typescript/engine.ts';
import type { TypeScriptSurfaceData } from '../../surface/typescript/model.ts';
import { itemKey } from '../surface-items.ts';
import type { Change } from '../types.ts';
import { tsRule } from '../typescript/rule-kit.ts';

/**
 * The minimum a snapshot records; for snapshots taken before it was recorded, recomputed from the
 * declaration files they keep and the package part (all but `typesVersions`, which was not kept).
 */
function minimumOf(surface: TypeScriptSurfaceData, snapshot: Snapshot): MinimumTypeScript | undefined {
  const { minimumTypeScript, readMinimumTypeScript } = typescriptEngine();
  const recorded = readMinimumTypeScript(surface);
  if (recorded) return recorded;
  if (Object.keys(surface.files).length === 0) return undefined;
  return minimumTypeScript({ peerDependencies: snapshot.package?.peerDependencies }, surface.files);
}

/**
 * No consumer compiles with a TypeScript older than this any more (5.0 is from March 2023;
 * DefinitelyTyped supports the releases of the last two years): syntax that older compilers lack,
 * such as `import type` (3.8) or type modifiers on export names (4.5), raises nothing in practice.
 * A library that still promises older compilers lowers it (`oldestSupportedTypeScript: "4.7"`, or `"0"`).
 */
export const OLDEST_SUPPORTED_TYPESCRIPT = '5.0.0';

/** A version the `oldestSupportedTypeScript` switch names (`"4.7"`, `4.7`), or null. */
const versionOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? (semver.coerce(String(value))?.version ?? null) : null;

/** The `oldestSupportedTypeScript` switch, or the default (a bad value is refused when the config is read). */
function supportFloor(options: Record<string, unknown>): string {
  return versionOf(options.oldestSupportedTypeScript) ?? OLDEST_SUPPORTED_TYPESCRIPT;
}

function atLeastSupported(minimum: MinimumTypeScript | undefined, floor: string): MinimumTypeScript | undefined {
  if (!minimum || semver.gte(minimum.version, floor)) return minimum;
  return { ...minimum, version: floor };
}

const short = (version: string) => (version === '0.0.0' ? 'any version' : version.replace(/\.0$/, ''));
const describe = (r: MinimumTypeScriptReason) =>
  `${r.detail}${r.location?.line ? ` (${r.location.file}:${r.location.line})` : ''}`;

export const rule = tsRule({
  id: 'ts-typescript-version-raised',
  level: 'major',
  description:
    'The oldest TypeScript version that can compile against the declarations was raised (syntax, peerDependencies.typescript, typesVersions).',
  rationale:
    'Consumers on the older compiler get syntax errors in the package\'s declarations; semver-ts.org\'s "simple majors" policy makes that a major (a rolling support window: minor).',
  options: [
    {
      name: 'oldestSupportedTypeScript',
      default: '5.0',
      description:
        'The oldest TypeScript consumers are assumed to use: a minimum below it raises nothing ("0" counts every compiler).',
      check: (value) =>
        versionOf(value) ? undefined : 'is not a TypeScript version (write "4.7", or "0" for every compiler)',
    },
  ],
  find(analysis, context) {
    if (analysis.new.declarations.length === 0) return [];
    const floor = supportFloor(context.options);
    const before = atLeastSupported(minimumOf(analysis.old, context.old), floor);
    const after = atLeastSupported(minimumOf(analysis.new, context.new), floor);
    if (!before || !after || before.version === after.version) return [];
    const raised = semver.gt(after.version, before.version);
    // What needs the newer compiler: the reasons above the old floor.
    const why = (raised ? after : before).reasons.filter(
      (r) => r.source !== 'typesVersions' && semver.gt(r.version, (raised ? before : after).version),
    );
    const found = raised ? why[0]?.location : undefined;
    // Declarations emitted from sources have no file of their own: point at the source, without a line.
    const at =
      found && analysis.new.from === 'source' && found.file.endsWith('.d.ts')
        ? { file: found.file.replace(/\.d\.ts$/, '.ts') }
        : found;
    const change: Change = {
      rule: 'ts-typescript-version-raised',
      level: raised ? 'major' : 'patch',
      item: itemKey.package(),
      subject: 'typescript.minimum',
      message: raised
        ? `Consumers now need TypeScript ${short(after.version)} or newer (was ${short(before.version)}): ${why.map(describe).join('; ')}`
        : `The minimum TypeScript version was lowered from ${short(before.version)} to ${short(after.version)}`,
      before: before.version,
      after: after.version,
      location: at ?? { file: 'package.json' },
    };
    return [change];
  },
});
