// A tool that promised structured results (an outputSchema) no longer does.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { overriddenLevel } from '../schema/schema-rule.ts';
import { firstError } from '../schema/validator.ts';

export const rule: Rule = {
  id: 'output-schema-removed',
  level: 'major',
  surface: 'mcp',
  direction: 'output',
  catalogue: ['MCP-45'],
  description: "A tool's outputSchema is removed.",
  rationale: 'Clients that read structuredContent lose the promise that it is there and has that shape.',
  detect({ old, new: next, options }) {
    const level = overriddenLevel('output-schema-removed', 'major', options);
    if (!level) return [];
    const analysis = analyzeMcp(old, next);
    return (analysis?.tools ?? [])
      .filter((pair) => pair.old.outputSchema !== undefined && pair.new.outputSchema === undefined)
      .map((pair) => {
        // Without a schema the server may send any structured result: one the old schema rejects proves it.
        const validate = analysis!.validators.compile(pair.old.outputSchema).validate;
        const value = validate ? [{}, [], 'a', 0, null].find((v) => !validate(v)) : undefined;
        return {
          rule: 'output-schema-removed',
          level,
          item: itemKey.tool(pair.name),
          subject: `${itemKey.tool(pair.name)}.output`,
          message: `Tool "${pair.name}" no longer declares an output schema`,
          before: pair.old.outputSchema,
          ...(value !== undefined && level === 'major'
            ? {
                witness: {
                  kind: 'json' as const,
                  value,
                  error: `an old client validating with the old schema: ${firstError(validate!.errors)}`,
                },
              }
            : {}),
        };
      });
  },
};
