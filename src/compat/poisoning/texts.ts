// Every text of an MCP surface that a model reads when it chooses and calls tools — titles,
// descriptions, parameter descriptions, prompt and resource texts, the server's instructions —
// keyed by where it sits, so that one version's text is compared with the same field of the other.

import type { JsonSchema, Snapshot } from '../../surface/types.ts';
import { itemKey } from '../surface-items.ts';

export interface ModelText {
  /** The surface item (`tool:search`), for the report's grouping. */
  item: string;
  /** The field (`tool:search.input.query.description`): the same key in both versions is the same field. */
  subject: string;
  /** For people: `description of parameter "query" of tool "search"`. */
  label: string;
  text: string;
}

/** Schema keywords whose values are schemas (objects of schemas, arrays of schemas, or one schema). */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SCHEMA_ONE = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
/** Levels of schema walked for texts; deeper schemas are refused by the diff before this runs. */
const MAX_WALK = 64;

/** Titles and descriptions (and string enum values, which models read as guidance too) of a schema, at each path. */
function schemaTexts(
  schema: JsonSchema | undefined,
  base: string,
  describe: (path: string) => string,
  out: ModelText[],
  item: string,
): void {
  const stack: Array<{ node: unknown; path: string; depth: number }> = [{ node: schema, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node) || depth > MAX_WALK) continue;
    const s = node as Record<string, unknown>;
    for (const field of ['title', 'description'] as const) {
      if (typeof s[field] === 'string' && s[field])
        out.push({
          item,
          subject: `${base}${path}.${field}`,
          label: `${field} of ${describe(path)}`,
          text: s[field] as string,
        });
    }
    for (const key of SCHEMA_MAPS) {
      const map = s[key];
      if (map && typeof map === 'object' && !Array.isArray(map)) {
        for (const [name, child] of Object.entries(map))
          stack.push({
            node: child,
            path: `${path}${key === 'properties' ? '' : `.${key}`}.${name}`,
            depth: depth + 1,
          });
      }
    }
    for (const key of SCHEMA_LISTS) {
      const list = s[key];
      if (Array.isArray(list))
        list.forEach((child, i) => stack.push({ node: child, path: `${path}.${key}[${i}]`, depth: depth + 1 }));
    }
    for (const key of SCHEMA_ONE)
      if (s[key] && typeof s[key] === 'object') stack.push({ node: s[key], path: `${path}.${key}`, depth: depth + 1 });
  }
}

const parameterOf = (tool: string, part: 'input' | 'output') => (path: string) =>
  path === ''
    ? `the ${part} schema of tool "${tool}"`
    : `${part === 'input' ? 'parameter' : 'output field'} "${path.slice(1)}" of tool "${tool}"`;

/** The model-facing texts of a snapshot, keyed by field. */
export function modelTexts(snapshot: Snapshot): Map<string, ModelText> {
  const out: ModelText[] = [];
  const mcp = snapshot.mcp;
  if (mcp) {
    if (mcp.instructions)
      out.push({
        item: 'server',
        subject: 'server.instructions',
        label: "the server's instructions",
        text: mcp.instructions,
      });
    for (const tool of mcp.tools) {
      const item = itemKey.tool(tool.name);
      for (const field of ['title', 'description'] as const) {
        if (typeof tool[field] === 'string' && tool[field])
          out.push({ item, subject: `${item}.${field}`, label: `${field} of tool "${tool.name}"`, text: tool[field]! });
      }
      if (typeof tool.annotations?.title === 'string' && tool.annotations.title)
        out.push({
          item,
          subject: `${item}.annotations.title`,
          label: `annotation title of tool "${tool.name}"`,
          text: tool.annotations.title,
        });
      schemaTexts(tool.inputSchema, `${item}.input`, parameterOf(tool.name, 'input'), out, item);
      schemaTexts(tool.outputSchema, `${item}.output`, parameterOf(tool.name, 'output'), out, item);
    }
    for (const prompt of mcp.prompts) {
      const item = itemKey.prompt(prompt.name);
      for (const field of ['title', 'description'] as const) {
        if (typeof prompt[field] === 'string' && prompt[field])
          out.push({
            item,
            subject: `${item}.${field}`,
            label: `${field} of prompt "${prompt.name}"`,
            text: prompt[field]!,
          });
      }
      for (const argument of prompt.arguments ?? []) {
        if (argument.description)
          out.push({
            item,
            subject: `${item}.arguments.${argument.name}.description`,
            label: `description of argument "${argument.name}" of prompt "${prompt.name}"`,
            text: argument.description,
          });
      }
    }
    for (const [kind, list] of [
      ['resource', mcp.resources],
      ['resource-template', mcp.resourceTemplates],
    ] as const) {
      for (const resource of list) {
        const key = 'uri' in resource ? (resource.uri as string) : (resource.uriTemplate as string);
        const item = `${kind}:${key}`;
        for (const field of ['title', 'description'] as const) {
          if (typeof resource[field] === 'string' && resource[field])
            out.push({
              item,
              subject: `${item}.${field}`,
              label: `${field} of ${kind} "${key}"`,
              text: resource[field]!,
            });
        }
      }
    }
  }
  return new Map(out.map((t) => [t.subject, t]));
}
