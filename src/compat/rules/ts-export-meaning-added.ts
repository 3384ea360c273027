// TS-05: an export gained a meaning under the same name: a `const Foo` that is now also `type Foo`,
// a `type Foo` that is now also a value. Consumers' own declarations of that name beside the import
// stopped compiling ("Import declaration conflicts with local declaration").

import type { ts } from 'ts-morph';
import type { Meaning, TsDeclaration } from '../../surface/typescript/model.ts';
import type { SourceLocation } from '../../surface/types.ts';
import type { TypeScriptAnalysis } from '../typescript/analysis.ts';
import type { Change } from '../types.ts';
import { typescriptEngine } from '../typescript/engine.ts';
import { MODULE, runModuleProbes, type ModuleProbe } from '../typescript/module-probes.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

/** Top-level statements that declare a name with the meaning (value or type) of the kind they are. */
function declares(node: ts.Statement, name: string, meaning: 'value' | 'type'): boolean {
  const { ts } = typescriptEngine();
  if (meaning === 'type' && (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)))
    return node.name.text === name;
  if (meaning === 'value' && ts.isVariableStatement(node))
    return node.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  if (meaning === 'value' && (ts.isFunctionDeclaration(node) || ts.isEnumDeclaration(node)))
    return node.name?.text === name;
  return false;
}

/**
 * The line of the declaration that brought the new meaning (`export type Foo` beside `const Foo`),
 * where a reviewer should look; only in built declarations, whose lines are the package's own.
 */
function lineOfGained(
  analysis: TypeScriptAnalysis,
  d: TsDeclaration,
  meaning: 'value' | 'type',
): SourceLocation | undefined {
  const text = analysis.new.files[d.declarationFile];
  if (analysis.new.from !== 'dts' || text === undefined || d.location?.file !== d.declarationFile) return undefined;
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile(d.declarationFile, text, ts.ScriptTarget.Latest, false);
  const found = sf.statements.find((s) => declares(s, d.name, meaning));
  return found
    ? { file: d.declarationFile, line: sf.getLineAndCharacterOfPosition(found.getStart(sf)).line + 1 }
    : undefined;
}

/** A local declaration of each meaning, as a consumer writes one next to the import. */
const LOCAL: Record<'value' | 'type', (name: string) => string> = {
  type: (name) => `type ${name} = number;`,
  value: (name) => `const ${name} = 0;`,
};

export const rule = tsRule({
  id: 'ts-export-meaning-added',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'An export gained a type meaning beside its value (or a value beside its type) under the same name.',
  rationale:
    'A consumer that imports the value and declares a type of the same name (or the reverse) now gets "Import declaration conflicts with local declaration".',
  find(analysis) {
    const found: { pair: (typeof analysis.changed)[number]; gained: 'value' | 'type'; probe: ModuleProbe }[] = [];
    for (const pair of analysis.changed) {
      // `default` is imported under a name the consumer picks: it cannot collide.
      if (pair.name === 'default' || !/^[A-Za-z_$][\w$]*$/.test(pair.name)) continue;
      const had = (m: Meaning) => pair.old.meanings.includes(m);
      const has = (m: Meaning) => pair.new.meanings.includes(m);
      for (const gained of ['type', 'value'] as const) {
        const other = gained === 'type' ? 'value' : 'type';
        if (had(gained) || !has(gained) || !had(other)) continue;
        const code = `import { ${pair.name} } from '${MODULE}';\n${LOCAL[gained](pair.name)}`;
        found.push({ pair, gained, probe: { entry: pair.entry, name: `local-${gained}`, code } });
      }
    }
    if (found.length === 0) return [];
    const results = runModuleProbes(
      analysis,
      found.map((f) => f.probe),
    );
    return found.map(({ pair, gained }, i): Change => {
      const result = results[i]!;
      // The checker decides: where a local declaration of that meaning could not sit beside the old
      // import either, no consumer had one, and the new meaning is only new API.
      const level = result.forward === 'broken' ? 'major' : 'minor';
      const change = pairChange('ts-export-meaning-added', pair, {
        level,
        detail: gained,
        message: `${label(pair)} is now also a ${gained} (it was only a ${gained === 'type' ? 'value' : 'type'}): a consumer's own ${gained} named "${pair.name}" beside the import no longer compiles`,
        before: pair.old.meanings,
        after: pair.new.meanings,
        witness: result,
      });
      const at = lineOfGained(analysis, pair.new, gained);
      return at ? { ...change, location: at } : change;
    });
  },
});
