// Items a framework finds at run time instead of being registered by the sources: mcp-framework
// loads every tool, prompt and resource class from a folder when the server starts
// (`class Weather extends MCPTool { name = "weather"; schema = {…} }`, default-exported, no call
// that registers it), and builds their schemas with its own code. Static reading cannot know which
// files that loader takes nor what it lists for them, so each such class is a gap that may hide an
// item, named at its line: the verdict is `incomplete`, never a silent empty surface.

import path from 'node:path';
import { Node, type SourceFile } from 'ts-morph';
import type { McpReadingGap } from '../types.ts';

const FRAMEWORK_BASES: Record<string, Record<string, string>> = {
  'mcp-framework': { MCPTool: 'tool', MCPPrompt: 'prompt', MCPResource: 'resource' },
};

/** The local names a file imports for each framework base class (`import { MCPTool as T } from "mcp-framework"`). */
function importedBases(file: SourceFile): Map<string, { framework: string; kind: string }> {
  const out = new Map<string, { framework: string; kind: string }>();
  for (const declaration of file.getImportDeclarations()) {
    const framework = declaration.getModuleSpecifierValue();
    const bases = FRAMEWORK_BASES[framework];
    if (!bases) continue;
    for (const named of declaration.getNamedImports()) {
      const kind = bases[named.getName()];
      if (kind) out.set(named.getAliasNode()?.getText() ?? named.getName(), { framework, kind });
    }
  }
  return out;
}

/** The string a class field is initialised with, when it is written as a literal (`name = "weather"`). */
function literalField(cls: Node, field: string): string | undefined {
  if (!Node.isClassDeclaration(cls) && !Node.isClassExpression(cls)) return undefined;
  const initializer = cls.getProperty(field)?.getInitializer();
  return initializer && (Node.isStringLiteral(initializer) || Node.isNoSubstitutionTemplateLiteral(initializer))
    ? initializer.getLiteralValue()
    : undefined;
}

export function autoLoadedItems(files: readonly SourceFile[], root: string): McpReadingGap[] {
  const gaps: McpReadingGap[] = [];
  for (const file of files) {
    const bases = importedBases(file);
    if (bases.size === 0) continue;
    for (const cls of file.getClasses()) {
      const base = cls.getExtends()?.getExpression().getText();
      const found = base ? bases.get(base) : undefined;
      if (!found) continue;
      const name = literalField(cls, found.kind === 'resource' ? 'uri' : 'name');
      gaps.push({
        part: 'mcp',
        message:
          `the ${found.kind}${name ? ` "${name}"` : ''} (class ${cls.getName() ?? 'without a name'} extends ${base}) is loaded by ${found.framework} from its folder when the server starts, ` +
          'with a schema the framework builds itself: static reading does not list it; start the server (`command:`) to list it',
        location: {
          file: path.relative(root, file.getFilePath()).replace(/\\/g, '/'),
          line: cls.getStartLineNumber(),
        },
        hidesItems: true,
      });
    }
  }
  return gaps;
}
