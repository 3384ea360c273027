// An input object accepts properties it rejected (additionalProperties false removed, as zod 4 and newer SDKs write input objects).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-object-opened',
  level: 'patch',
  direction: 'input',
  catalogue: ['MCP-39'],
  description:
    'An input object accepts properties it rejected (additionalProperties false removed, as zod 4 and newer SDKs write input objects).',
  rationale:
    'Old calls stay valid and the server gains no argument a client could use: extra properties are still ignored, so this is a patch.',
  classify: (fact) => (fact.kind === 'closed' && fact.effect === 'widened' ? 'patch' : null),
});
