// The checker's verdict on a changed declaration that no more specific ts-* rule explained: old
// consumer code broken (major, with the witness), new API only (minor), or equivalent (patch).

import { itemKey } from '../surface-items.ts';
import type { Change, Rule } from '../types.ts';
import { packageOfSpecifier } from '../../surface/typescript/external-types.ts';
import { externalMounts, unloadedModules } from '../typescript/external.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';
import { rule as anyTyped } from './ts-any-typed-export.ts';
import { rule as asyncChanged } from './ts-async-changed.ts';
import { rule as classAbstract } from './ts-class-made-abstract.ts';
import { rule as constValue } from './ts-const-value-changed.ts';
import { rule as ctorRestricted } from './ts-constructor-restricted.ts';
import { rule as enumAdded } from './ts-enum-member-added.ts';
import { rule as enumRemoved } from './ts-enum-member-removed.ts';
import { rule as enumValue } from './ts-enum-member-value-changed.ts';
import { rule as kindChanged } from './ts-export-kind-changed.ts';
import { rule as meaningAdded } from './ts-export-meaning-added.ts';
import { rule as heritage } from './ts-heritage-changed.ts';
import { rule as memberAdded } from './ts-member-added.ts';
import { rule as memberOptionality } from './ts-member-optionality-changed.ts';
import { rule as memberReadonly } from './ts-member-readonly-changed.ts';
import { rule as memberRemoved } from './ts-member-removed.ts';
import { rule as memberStatic } from './ts-member-static-changed.ts';
import { rule as memberType } from './ts-member-type-changed.ts';
import { rule as memberVisibility } from './ts-member-visibility-reduced.ts';
import { rule as overload } from './ts-overload-changed.ts';
import { rule as paramAdded } from './ts-parameter-added.ts';
import { rule as paramOptionality } from './ts-parameter-optionality-changed.ts';
import { rule as paramsReordered } from './ts-parameters-reordered.ts';
import { rule as paramRemoved } from './ts-parameter-removed.ts';
import { rule as paramType } from './ts-parameter-type-changed.ts';
import { rule as restParam } from './ts-rest-parameter-changed.ts';
import { rule as returnType } from './ts-return-type-changed.ts';
import { rule as thisType } from './ts-this-type-changed.ts';
import { rule as typeParamAdded } from './ts-type-parameter-added.ts';
import { rule as typeParamConstraint } from './ts-type-parameter-constraint-changed.ts';
import { rule as typeParamDefault } from './ts-type-parameter-default-changed.ts';
import { rule as typeParamRemoved } from './ts-type-parameter-removed.ts';
import { rule as typeParamsReordered } from './ts-type-parameters-reordered.ts';
import { rule as unionChanged } from './ts-union-member-changed.ts';

/** The rules that explain a change of a declaration present in both versions. */
const SPECIFIC: Rule[] = [
  anyTyped, asyncChanged, classAbstract, constValue, ctorRestricted, enumAdded, enumRemoved, enumValue, kindChanged, heritage,
  memberAdded, memberOptionality, memberReadonly, memberRemoved, memberStatic, memberType, memberVisibility, overload,
  paramAdded, paramOptionality, paramsReordered, paramRemoved, paramType, restParam, returnType, typeParamAdded, typeParamConstraint,
  typeParamDefault, typeParamRemoved, unionChanged, typeParamsReordered, meaningAdded, thisType,
];

export const rule = tsRule({
  id: 'ts-declaration-changed',
  level: 'major',
  description: 'A declaration changed in a way the checker judges: old consumer code breaks (major), new uses only (minor), or equivalent (patch).',
  rationale: 'Compatibility is what still compiles: each position consumers use is type-checked against both versions.',
  find(analysis, context) {
    const explained = new Map<string, Change[]>();
    for (const r of SPECIFIC) for (const c of r.detect(context)) explained.set(c.item, [...(explained.get(c.item) ?? []), c]);
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      // Unchanged text can still hide a change of a type it uses (a non-exported `Options`).
      const throughUses = pair.old.signature === pair.new.signature;
      if (throughUses && pair.old.shapeHash === pair.new.shapeHash) continue;
      const how = throughUses ? ' through a type it uses' : '';
      const claims = explained.get(itemKey.declaration(pair.entry, pair.name)) ?? [];
      // A breaking probe on a member that a specific rule already judged (optionality, readonly…)
      // keeps that rule's level: the catalogue decides those cases, not the bare probe.
      const judgedMembers = new Set(claims.map((c) => c.subject.slice(itemKey.declaration(pair.entry, pair.name).length + 1).split('.')[0]));
      const broken = pair.probes.find(
        (p) => p.forward === 'broken' && !(/^member-\w+:/.test(p.name) && judgedMembers.has(p.name.split(':')[1]!)) && !(p.name === 'return' && judgedMembers.has('return')),
      );
      if (broken) {
        // A changed type-parameter default is minor + flag by the catalogue (TS-31), even where old code that omitted the argument breaks.
        if (claims.some((c) => c.level === 'major' || c.rule === 'ts-type-parameter-default-changed')) continue;
        changes.push(pairChange('ts-declaration-changed', pair, { level: 'major', detail: broken.name, message: `${label(pair)} changed incompatibly${how}: code written against the old declaration no longer compiles (${broken.name})`, before: pair.old.signature, after: pair.new.signature, witness: broken }));
        continue;
      }
      if (claims.length > 0) continue;
      const decided = pair.probes.filter((p) => p.forward !== 'invalid');
      const missing = unloadedModules(analysis, pair);
      const unloaded = [...new Set([...missing.old, ...missing.new])];
      const extended = pair.probes.some((p) => p.reverse === 'broken');
      if (extended) {
        changes.push(pairChange('ts-declaration-changed', pair, { level: 'minor', message: `${label(pair)} changed compatibly${how}: it accepts or offers more than before`, before: pair.old.signature, after: pair.new.signature }));
      } else if (unloaded.length > 0) {
        // Types of other packages the snapshot did not keep compare as unknown; an "equivalent" verdict would be an accident.
        const change = pairChange('ts-declaration-changed', pair, { level: 'minor', message: `${label(pair)} changed and names types from ${unloaded.join(', ')}, which the checker could not compare; review it`, before: pair.old.signature, after: pair.new.signature });
        const packages = [...new Set(unloaded.map(packageOfSpecifier))];
        const { acrossMajors } = externalMounts(analysis.old, analysis.new);
        const moved = packages.filter((p) => acrossMajors.has(p));
        const absent = packages.filter((p) => !acrossMajors.has(p));
        const flag = [
          moved.length > 0 ? `${moved.join(', ')} moved to a new major: its types are not compared across majors (see ts-dependency-type-major).` : '',
          absent.length > 0 ? `Install the dependencies (${absent.join(', ')}) where the snapshots are taken, so that their types are compared.` : '',
        ].filter(Boolean).join(' ');
        changes.push({ ...change, flag });
      } else if (pair.probes.length > 0 && decided.length === 0) {
        // The checker could not compile the probes (unresolved types): say so rather than call it compatible.
        changes.push(pairChange('ts-declaration-changed', pair, { level: 'minor', message: `${label(pair)} changed and the checker could not verify it (its types do not resolve in isolation); review it`, before: pair.old.signature, after: pair.new.signature }));
      } else {
        const change = pairChange('ts-declaration-changed', pair, { level: 'patch', message: `${label(pair)} was rewritten${how} without changing what it accepts or offers`, before: pair.old.signature, after: pair.new.signature });
        changes.push(pair.notes.length > 0 ? { ...change, flag: pair.notes.join(' ') } : change);
      }
    }
    return changes;
  },
});
