// Probes that need a whole consumer module of their own (a local declaration next to a named import,
// a call through another receiver), run on demand by the rules that ask, once per pair of snapshots.

import type { ProbeName } from './probe-text.ts';
import type { ProbeResult, TypeScriptAnalysis } from './analysis.ts';
import type { ProbeBlock } from './comparison-program.ts';
import { typescriptEngine } from './engine.ts';
import { API, PIN } from './probes.ts';
import { importPath, renderWitness } from './witness.ts';

/** `$MODULE` in probe code: the entry point's module specifier (`lib`, `lib/server` in the witness). */
export const MODULE = '$MODULE';

export interface ModuleProbe {
  /** The entry point the probe imports from. */
  entry: string;
  name: ProbeName;
  /** A consumer module: `$MODULE` for the entry's specifier, `$PIN.X` / `$API.X` as in the shared probes. */
  code: string;
}

const cache = new WeakMap<TypeScriptAnalysis, Map<string, ProbeResult>>();
const keyOf = (p: ModuleProbe) => `${p.entry}\u0000${p.code}`;

/** The module as compiled: `$PIN` against the old version, `$API` and `$MODULE` against `side`. */
function moduleCode(analysis: TypeScriptAnalysis, probe: ModuleProbe, side: 'old' | 'new'): string | undefined {
  const oldFile = analysis.old.entryPoints[probe.entry];
  const apiFile = (side === 'old' ? analysis.old : analysis.new).entryPoints[probe.entry];
  if (!oldFile || !apiFile) return undefined;
  const { moduleSpecifier } = typescriptEngine();
  const pin = moduleSpecifier('old', oldFile);
  const api = moduleSpecifier(side, apiFile);
  const header = [
    probe.code.includes(`${PIN}.`) ? `import * as __pin from '${pin}';` : '',
    probe.code.includes(`${API}.`) ? `import * as __api from '${api}';` : '',
  ].join('\n');
  const body = probe.code.split(MODULE).join(api).split(`${PIN}.`).join('__pin.').split(`${API}.`).join('__api.');
  return `${header}\n${body}`;
}

/**
 * Each probe's verdict (old code against the old version must compile, else `invalid`; against the
 * new one it is `ok` or `broken`), with a verified witness for broken ones. Results are cached.
 */
export function runModuleProbes(analysis: TypeScriptAnalysis, probes: readonly ModuleProbe[]): ProbeResult[] {
  let known = cache.get(analysis);
  if (!known) cache.set(analysis, (known = new Map()));
  const missing = probes.filter((p, i) => !known.has(keyOf(p)) && probes.findIndex((q) => keyOf(q) === keyOf(p)) === i);
  if (missing.length > 0) {
    const modules: ProbeBlock[] = [];
    missing.forEach((p, i) => {
      const a = moduleCode(analysis, p, 'old');
      const b = moduleCode(analysis, p, 'new');
      if (a !== undefined && b !== undefined) modules.push({ id: `M${i}_A`, code: a }, { id: `M${i}_B`, code: b });
    });
    const { errors } =
      modules.length > 0
        ? typescriptEngine().runProbes(analysis.old, analysis.new, '', [], modules)
        : { errors: new Map<string, string>() };
    const compiled = new Set(modules.map((m) => m.id));
    missing.forEach((p, i) => {
      const result: ProbeResult = { name: p.name, forward: 'invalid', reverse: 'not-checked' };
      const errB = errors.get(`M${i}_B`);
      if (compiled.has(`M${i}_A`) && !errors.has(`M${i}_A`)) result.forward = errB ? 'broken' : 'ok';
      if (result.forward === 'broken' && errB) {
        const code = p.code.split(MODULE).join(importPath(analysis.packageName, p.entry));
        result.witness = renderWitness({
          code,
          packageName: analysis.packageName,
          entry: p.entry,
          oldVersion: analysis.oldVersion,
          error: errB,
        });
      }
      known.set(keyOf(p), result);
    });
  }
  return probes.map((p) => ({ ...known.get(keyOf(p))!, name: p.name }));
}
