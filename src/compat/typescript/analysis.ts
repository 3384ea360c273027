// The comparison of two TypeScript surfaces that every `ts-*` rule reads: declarations matched by
// entry and name, renames found, and each probe's verdict from one type-check of both versions.

import type { Snapshot } from '../../surface/types.ts';
import { asTypeScriptData, type TsDeclaration, type TypeScriptSurfaceData } from '../../surface/typescript/model.ts';
import type { Witness } from '../types.ts';
import { moduleSpecifier, runProbes, type DeferredProbeFile, type ProbeBlock } from './comparison-program.ts';
import { moduleOf } from './dual-builds.ts';
import {
  FORWARD_HELPERS,
  installedClasses,
  installedHelpers,
  REVERSE_HELPERS,
  withInstalledHelpers,
} from './installed-classes.ts';
import { computePositions, positionsOf, type Positions } from './positions.ts';
import { API, asRelation, PIN, pairProbes, usageProbe, type Probe, type ProbeName } from './probes.ts';
import { importPath, renderWitness } from './witness.ts';
import { evidenceLine, matchRenames, type Rename } from '../schema/renames.ts';

/** `ok`: old consumer code still compiles; `broken`: it does not; `invalid`: the probe itself did not compile against old. */
export type Outcome = 'ok' | 'broken' | 'invalid';

export interface ProbeResult {
  name: ProbeName;
  /** Consumer code written against the old version, checked against the new one. */
  forward: Outcome;
  /** Consumer code written against the new version, checked against the old one (`ok` means nothing new; not checked once the forward probe broke). */
  reverse: Outcome | 'not-checked';
  /** For a broken forward probe: the consumer snippet and the compiler's message, verified. */
  witness?: Witness;
  /** An informing probe's note (Probe.note): moved to DeclarationPair.notes when it breaks. */
  note?: string;
}

export interface DeclarationPair {
  entry: string;
  name: string;
  old: TsDeclaration;
  new: TsDeclaration;
  positions: Positions;
  probes: ProbeResult[];
  /** What changed that consumers are not expected to rely on (informing probes that broke): said, never breaking. */
  notes: string[];
}

export interface Removal {
  declaration: TsDeclaration;
  /** The usage probe: a verified witness that importing it fails. */
  probe?: ProbeResult;
}

export interface TypeScriptAnalysis {
  old: TypeScriptSurfaceData;
  new: TypeScriptSurfaceData;
  packageName: string;
  oldVersion: string;
  /** Pairs whose declaration text, docs or tags differ. */
  changed: DeclarationPair[];
  removed: Removal[];
  added: TsDeclaration[];
  /** A removed and an added export of the same entry with the same shape and evidence that ties the names. */
  renames: { from: Removal; to: TsDeclaration; evidence: string }[];
  /** Same-shape pairs below the rename threshold: reported as removals with a note. */
  possibleRenames: Rename[];
  /** Entry points that resolved before and do not now: the probe imports them. */
  lostEntries: Map<string, ProbeResult>;
}

const keyOf = (d: TsDeclaration) => `${d.entry}\u0000${d.name}`;

/** The declaration text with its own name taken out, to recognize a rename. */
function shape(d: TsDeclaration): string {
  return `${d.kind}:${d.signature.split(d.name).join('\u0001')}`;
}

/** What a declaration says about itself: its doc comment and its deprecation note. */
const selfDescription = (d: TsDeclaration) =>
  [d.docs, d.tags.deprecated ? `deprecated: ${d.tags.deprecated}` : ''].filter(Boolean).join(' ') || undefined;

/** Renames: per entry, a removed and an added export with the same shape and enough evidence (renames.ts). */
function findRenames(analysis: TypeScriptAnalysis): void {
  for (const entry of new Set(analysis.removed.map((r) => r.declaration.entry))) {
    const removed = analysis.removed.filter((r) => r.declaration.entry === entry);
    const added = analysis.added.filter((a) => a.entry === entry);
    const old = new Map(removed.map((r) => [r.declaration.name, r]));
    const next = new Map(added.map((a) => [a.name, a]));
    const side = (d: TsDeclaration) => ({
      name: d.name,
      ...(selfDescription(d) ? { description: selfDescription(d)! } : {}),
    });
    const match = matchRenames(
      removed.map((r) => side(r.declaration)),
      added.map(side),
      (from, to) => shape(old.get(from)!.declaration) === shape(next.get(to)!),
      // A signature with parameters or a type with members is specific; a bare `const x: string` is not.
      (from) => {
        const d = old.get(from)!.declaration;
        return (d.signatures ?? []).some((sig) => sig.parameters.length > 0) || (d.members ?? []).length > 0;
      },
    );
    for (const rename of match.renames)
      analysis.renames.push({
        from: old.get(rename.from)!,
        to: next.get(rename.to)!,
        evidence: evidenceLine(rename, 'the same declaration'),
      });
    analysis.possibleRenames.push(...match.possible);
  }
}

function differs(a: TsDeclaration, b: TsDeclaration): boolean {
  return (
    a.signature !== b.signature ||
    a.shapeHash !== b.shapeHash ||
    a.docs !== b.docs ||
    JSON.stringify(a.tags) !== JSON.stringify(b.tags) ||
    a.kind !== b.kind ||
    !!a.any !== !!b.any ||
    sameMeanings(a, b) === false
  );
}

/** `export type { Client }` keeps the declaration and drops its value. */
function sameMeanings(a: TsDeclaration, b: TsDeclaration): boolean {
  return a.meanings.join() === b.meanings.join();
}

interface PendingProbe {
  probe: Probe;
  entryIndex: number;
  into: ProbeResult;
}

function analyze(oldSnapshot: Snapshot, newSnapshot: Snapshot): TypeScriptAnalysis | null {
  const old = asTypeScriptData(oldSnapshot.typescript);
  if (!old) return null;
  // A version that had TypeScript entry points and now has none (types no longer shipped) is read
  // as an empty API, so that ts-types-missing reports it instead of nothing being compared.
  const next = asTypeScriptData(newSnapshot.typescript) ?? {
    entryPoints: {},
    declarations: [],
    files: {},
    from: 'dts' as const,
    sourceHash: '',
  };
  const packageName = newSnapshot.package?.name || oldSnapshot.package?.name || 'your-package';
  const analysis: TypeScriptAnalysis = {
    old,
    new: next,
    packageName,
    oldVersion: oldSnapshot.package?.version ?? 'old',
    changed: [],
    removed: [],
    added: [],
    renames: [],
    possibleRenames: [],
    lostEntries: new Map(),
  };
  const newByKey = new Map(next.declarations.map((d) => [keyOf(d), d]));
  const oldByKey = new Map(old.declarations.map((d) => [keyOf(d), d]));
  const positions = computePositions(old.declarations);
  const pending: PendingProbe[] = [];
  const entries = [...new Set([...old.declarations, ...next.declarations].map((d) => d.entry))].sort();
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  // One declaration re-exported from many entries is probed once and its verdict shared; so is
  // one declared by both builds of a faithful dual package.
  const shared = new Map<string, ProbeResult[]>();
  const module = moduleOf(old, next);

  for (const d of old.declarations) {
    const n = newByKey.get(keyOf(d));
    if (!n) {
      const into: ProbeResult = { name: 'usage', forward: 'invalid', reverse: 'not-checked' };
      if (old.entryPoints[d.entry] && next.entryPoints[d.entry])
        pending.push({ probe: usageProbe(d), entryIndex: entryIndex.get(d.entry)!, into });
      analysis.removed.push({ declaration: d, probe: into });
      continue;
    }
    if (!differs(d, n)) continue;
    const pos = positionsOf(positions, d.name);
    const identity = `${module(d.declarationFile)}\u0000${d.name}\u0000${module(n.declarationFile)}\u0000${d.signature}\u0000${n.signature}`;
    let results = shared.get(identity);
    if (!results) {
      results = [];
      if (d.signature !== n.signature || d.kind !== n.kind || d.shapeHash !== n.shapeHash || !sameMeanings(d, n)) {
        for (const probe of pairProbes(d, n, pos)) {
          const into: ProbeResult = {
            name: probe.name,
            forward: 'invalid',
            reverse: probe.reverse ? 'invalid' : 'not-checked',
            ...(probe.note ? { note: probe.note } : {}),
          };
          results.push(into);
          pending.push({ probe, entryIndex: entryIndex.get(d.entry)!, into });
        }
      }
      shared.set(identity, results);
    }
    analysis.changed.push({ entry: d.entry, name: d.name, old: d, new: n, positions: pos, probes: results, notes: [] });
  }
  analysis.added = next.declarations.filter((d) => !oldByKey.has(keyOf(d)));

  findRenames(analysis);

  for (const [subpath, file] of Object.entries(old.entryPoints)) {
    if (next.entryPoints[subpath] === undefined)
      analysis.lostEntries.set(subpath, { name: `entry:${file}`, forward: 'invalid', reverse: 'not-checked' });
  }
  if (pending.length > 0 || analysis.lostEntries.size > 0) checkProbes(analysis, pending, entries);
  // Informing probes leave the verdicts: what they found is a note on the pair.
  for (const pair of analysis.changed) {
    if (!pair.probes.some((p) => p.note !== undefined)) continue;
    pair.notes = pair.probes.filter((p) => p.note !== undefined && p.forward === 'broken').map((p) => p.note!);
    pair.probes = pair.probes.filter((p) => p.note === undefined);
  }
  return analysis;
}

/** Where one probe is compiled: the ids of its blocks and deferred files in the comparison program. */
interface ProbeChecks {
  probe: PendingProbe;
  /** Old consumer code against the old version: it must compile, else the probe is invalid. */
  self: string;
  /** Old consumer code against the new version (absent where the new version lacks the entry). */
  forward?: string;
  /** The assignment as written, for a probe checked as a relation: its file, checked where the relation broke. */
  written?: { file: string; block: string };
  /** New consumer code against the new version (`self`) and the old one (`against`), in a file checked on demand. */
  reverse?: { file: string; self: string; against: string };
}

function checkProbes(analysis: TypeScriptAnalysis, pending: PendingProbe[], entries: string[]): void {
  const used = new Set(pending.map((p) => p.entryIndex));
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const installed = installedClasses(analysis.old, analysis.new);
  for (const c of installed) used.add(entryIndex.get(c.entry)!);
  const entryImports = (i: number) => {
    const o = analysis.old.entryPoints[entries[i]!];
    const n = analysis.new.entryPoints[entries[i]!];
    // Default imports too: an `export =` module is reachable only that way (esModuleInterop).
    return [
      o
        ? `import * as O${i} from '${moduleSpecifier('old', o)}';\nimport O${i}__default from '${moduleSpecifier('old', o)}';`
        : '',
      n
        ? `import * as N${i} from '${moduleSpecifier('new', n)}';\nimport N${i}__default from '${moduleSpecifier('new', n)}';`
        : '',
    ].join('\n');
  };
  const imports = entries.map((_, i) => (used.has(i) ? entryImports(i) : '')).join('\n');
  const header = `${imports}\n${installedHelpers(installed, (side, entry) => `${side}${entryIndex.get(entry)}`)}`;
  const blocks: ProbeBlock[] = [];
  // `PIN.default` is the default export; `PIN.defaultTimeout` is a named one.
  const defaultOf = (placeholder: string) =>
    new RegExp(`${placeholder.replace(/[$]/g, '\\$&')}\\.default(?![\\w$])`, 'g');
  const variant = (code: string, pin: string, api: string) =>
    withInstalledHelpers(code, pin[0] as 'O' | 'N', api[0] as 'O' | 'N')
      .replace(defaultOf(PIN), `${pin}__default`)
      .replace(defaultOf(API), `${api}__default`)
      .split(`${PIN}.`)
      .join(`${pin}.`)
      .split(`${API}.`)
      .join(`${api}.`);
  // New code against either version (the reverse) only matters while old code still compiles: a
  // forward break already decides the level. Those blocks get a file each, checked on demand.
  const reverse: DeferredProbeFile[] = [];
  // Assignments checked as relations, written out again for the witness of a forward break.
  const written: DeferredProbeFile[] = [];
  // Where each probe's compilations are: block ids are only unique names, never read back.
  const checks: ProbeChecks[] = pending.map((p, i) => {
    const o = `O${p.entryIndex}`;
    const n = analysis.new.entryPoints[entries[p.entryIndex]!] ? `N${p.entryIndex}` : undefined;
    const relation = asRelation(p.probe.code);
    const code = relation ?? p.probe.code;
    const c: ProbeChecks = { probe: p, self: `P${i}_A` };
    blocks.push({ id: c.self, code: variant(code, o, o) });
    if (!n) return c;
    c.forward = `P${i}_B`;
    blocks.push({ id: c.forward, code: variant(code, o, n) });
    if (relation) {
      c.written = { file: `W${i}`, block: `P${i}_W` };
      written.push({
        id: c.written.file,
        header: `${FORWARD_HELPERS}\n${entryImports(p.entryIndex)}`,
        blocks: [{ id: c.written.block, code: variant(p.probe.code, o, n) }],
      });
    }
    if (p.probe.reverse) {
      c.reverse = { file: `R${i}`, self: `P${i}_C`, against: `P${i}_D` };
      const reverseBlocks = [
        { id: c.reverse.self, code: variant(code, n, n) },
        { id: c.reverse.against, code: variant(code, n, o) },
      ];
      reverse.push({
        id: c.reverse.file,
        header: `${REVERSE_HELPERS}\n${entryImports(p.entryIndex)}`,
        blocks: reverseBlocks,
      });
    }
    return c;
  });
  // A lost entry point is imported by the path consumers use; the new side has nothing there.
  const modules: ProbeBlock[] = [];
  const lost = [...analysis.lostEntries].map(([subpath, result], i) => {
    // The probe is named after the declaration file the old entry point resolved to.
    const file = result.name.slice('entry:'.length);
    const entry = { subpath, result, old: `E${i}_A`, new: `E${i}_B` };
    modules.push({ id: entry.old, code: `import * as api from '${moduleSpecifier('old', file)}';` });
    modules.push({ id: entry.new, code: `import * as api from '${moduleSpecifier('new', file)}';` });
    return entry;
  });
  const run = runProbes(analysis.old, analysis.new, header, blocks, modules, [...reverse, ...written]);
  const { errors } = run;
  const failed = (id: string | undefined) => id !== undefined && errors.has(id);
  // An assignment decided as a relation is written out where it broke: the compiler's message for
  // the witness, and the last word if the two ever disagree.
  run.check(checks.filter((c) => c.written && failed(c.forward)).map((c) => c.written!.file));
  const forwardError = (c: ProbeChecks) => errors.get((c.written?.block ?? c.forward) as string);
  const forward = (c: ProbeChecks): Outcome =>
    failed(c.self) ? 'invalid' : forwardError(c) !== undefined ? 'broken' : 'ok';
  const checked = checks.filter((c) => c.reverse && forward(c) !== 'broken');
  run.check(checked.map((c) => c.reverse!.file));
  for (const { subpath, result, old, new: next } of lost) {
    const errB = errors.get(next);
    result.forward = errors.has(old) ? 'invalid' : errB ? 'broken' : 'ok';
    if (result.forward === 'broken' && errB) {
      const from = importPath(analysis.packageName, subpath);
      result.witness = {
        kind: 'typescript',
        value: `import * as api from '${from}';`,
        error: errB.replace(/'\.\.\/new\/[^']*'/g, `'${from}'`),
      };
    }
  }
  const checkedSet = new Set(checked);
  for (const c of checks) {
    const p = c.probe;
    const errB = forwardError(c);
    p.into.forward = forward(c);
    if (p.probe.reverse) {
      // Not checked after a forward break; nothing to check where the new version lacks the entry.
      p.into.reverse = !c.reverse
        ? 'ok'
        : !checkedSet.has(c)
          ? 'not-checked'
          : failed(c.reverse.self)
            ? 'invalid'
            : failed(c.reverse.against)
              ? 'broken'
              : 'ok';
    }
    if (p.into.forward === 'broken' && errB) {
      const entry = entries[p.entryIndex]!;
      p.into.witness = renderWitness({
        code: p.probe.code,
        packageName: analysis.packageName,
        entry,
        oldVersion: analysis.oldVersion,
        error: errB,
        installed,
      });
    }
  }
}

const memo = new WeakMap<Snapshot, WeakMap<Snapshot, TypeScriptAnalysis | null>>();

/** The analysis of a pair of snapshots, computed once however many rules ask. */
export function typescriptAnalysis(old: Snapshot, next: Snapshot): TypeScriptAnalysis | null {
  let inner = memo.get(old);
  if (!inner) memo.set(old, (inner = new WeakMap()));
  if (!inner.has(next)) inner.set(next, analyze(old, next));
  return inner.get(next) ?? null;
}
