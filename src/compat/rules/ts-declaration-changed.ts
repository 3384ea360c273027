// The checker's verdict on a changed declaration that no more specific ts-* rule explained: old
// consumer code broken (major, with the witness), new API only (minor), or equivalent (patch).

import { itemKey } from '../surface-items.ts';
import type { Change } from '../types.ts';
import { packageOfSpecifier } from '../../surface/typescript/external-types.ts';
import { externalMounts, unloadedModules } from '../typescript/external.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-declaration-changed',
  level: 'major',
  description:
    'A declaration changed in a way the checker judges: old consumer code breaks (major), new uses only (minor), or equivalent (patch).',
  rationale: 'Compatibility is what still compiles: each position consumers use is type-checked against both versions.',
  find(analysis, context) {
    // The rules that explain a change of a declaration present in both versions say so themselves
    // (explainsChangedDeclarations); the registry in the context is the one list of them.
    const explained = new Map<string, Change[]>();
    for (const r of context.registry.filter((x) => x.explainsChangedDeclarations)) {
      for (const c of r.detect(context)) explained.set(c.item, [...(explained.get(c.item) ?? []), c]);
    }
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      // Unchanged text can still hide a change of a type it uses (a non-exported `Options`).
      const throughUses = pair.old.signature === pair.new.signature;
      if (throughUses && pair.old.shapeHash === pair.new.shapeHash) continue;
      const how = throughUses ? ' through a type it uses' : '';
      const claims = explained.get(itemKey.declaration(pair.entry, pair.name)) ?? [];
      // A breaking probe on a member that a specific rule already judged (optionality, readonly…)
      // keeps that rule's level: the catalogue decides those cases, not the bare probe.
      const judgedMembers = new Set(
        claims.map((c) => c.subject.slice(itemKey.declaration(pair.entry, pair.name).length + 1).split('.')[0]),
      );
      const broken = pair.probes.find(
        (p) =>
          p.forward === 'broken' &&
          !(/^member-\w+:/.test(p.name) && judgedMembers.has(p.name.split(':')[1]!)) &&
          !(p.name === 'return' && judgedMembers.has('return')),
      );
      if (broken) {
        // A changed type-parameter default is minor + flag by the catalogue (TS-31), even where old code that omitted the argument breaks.
        if (claims.some((c) => c.level === 'major' || c.rule === 'ts-type-parameter-default-changed')) continue;
        changes.push(
          pairChange('ts-declaration-changed', pair, {
            level: 'major',
            detail: broken.name,
            message: `${label(pair)} changed incompatibly${how}: code written against the old declaration no longer compiles (${broken.name})`,
            before: pair.old.signature,
            after: pair.new.signature,
            witness: broken,
          }),
        );
        continue;
      }
      if (claims.length > 0) continue;
      const decided = pair.probes.filter((p) => p.forward !== 'invalid');
      const missing = unloadedModules(analysis, pair);
      const unloaded = [...new Set([...missing.old, ...missing.new])];
      const extended = pair.probes.some((p) => p.reverse === 'broken');
      if (extended) {
        changes.push(
          pairChange('ts-declaration-changed', pair, {
            level: 'minor',
            message: `${label(pair)} changed compatibly${how}: it accepts or offers more than before`,
            before: pair.old.signature,
            after: pair.new.signature,
          }),
        );
      } else if (unloaded.length > 0) {
        // Types of other packages the snapshot did not keep compare as unknown; an "equivalent" verdict would be an accident.
        const change = pairChange('ts-declaration-changed', pair, {
          level: 'minor',
          message: `${label(pair)} changed and names types from ${unloaded.join(', ')}, which the checker could not compare; review it`,
          before: pair.old.signature,
          after: pair.new.signature,
        });
        const packages = [...new Set(unloaded.map(packageOfSpecifier))];
        const { acrossMajors } = externalMounts(analysis.old, analysis.new);
        const moved = packages.filter((p) => acrossMajors.has(p));
        const absent = packages.filter((p) => !acrossMajors.has(p));
        const flag = [
          moved.length > 0
            ? `${moved.join(', ')} moved to a new major: its types are not compared across majors (see ts-dependency-type-major).`
            : '',
          absent.length > 0
            ? `Install the dependencies (${absent.join(', ')}) where the snapshots are taken, so that their types are compared.`
            : '',
        ]
          .filter(Boolean)
          .join(' ');
        changes.push({ ...change, flag });
      } else if (pair.probes.length > 0 && decided.length === 0) {
        // The checker could not compile the probes (unresolved types): say so rather than call it compatible.
        changes.push(
          pairChange('ts-declaration-changed', pair, {
            level: 'minor',
            message: `${label(pair)} changed and the checker could not verify it (its types do not resolve in isolation); review it`,
            before: pair.old.signature,
            after: pair.new.signature,
          }),
        );
      } else {
        const change = pairChange('ts-declaration-changed', pair, {
          level: 'patch',
          message: `${label(pair)} was rewritten${how} without changing what it accepts or offers`,
          before: pair.old.signature,
          after: pair.new.signature,
        });
        changes.push(pair.notes.length > 0 ? { ...change, flag: pair.notes.join(' ') } : change);
      }
    }
    return changes;
  },
});
