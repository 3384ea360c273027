// JSON Schemas of the documents users hand to mcpver: a Snapshot file, and a capture of raw MCP
// list results. Ajv checks them so that a wrong shape is reported with its path, not as a crash.

import type { ErrorObject } from 'ajv';
import { lazyValidator } from '../lazy-validator.ts';

const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
const schemaValue = { type: ['object', 'boolean'] } as const;

export const toolSchema = {
  type: 'object',
  required: ['name', 'inputSchema'],
  properties: {
    name: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    description: { type: 'string' },
    inputSchema: schemaValue,
    outputSchema: schemaValue,
    annotations: { type: 'object' },
  },
} as const;

export const promptSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    description: { type: 'string' },
    arguments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          required: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const resourceSchema = {
  type: 'object',
  required: ['uri', 'name'],
  properties: { uri: { type: 'string', minLength: 1 }, name: { type: 'string' }, mimeType: { type: 'string' } },
} as const;

export const resourceTemplateSchema = {
  type: 'object',
  required: ['uriTemplate', 'name'],
  properties: { uriTemplate: { type: 'string', minLength: 1 }, name: { type: 'string' }, mimeType: { type: 'string' } },
} as const;

const listProperties = {
  tools: { type: 'array', items: toolSchema },
  prompts: { type: 'array', items: promptSchema },
  resources: { type: 'array', items: resourceSchema },
  resourceTemplates: { type: 'array', items: resourceTemplateSchema },
} as const;

const initializeProperties = {
  serverInfo: {
    type: 'object',
    required: ['name', 'version'],
    properties: { name: { type: 'string' }, version: { type: 'string' } },
  },
  protocolVersion: { type: 'string' },
  capabilities: { type: 'object' },
  instructions: { type: 'string' },
} as const;

/** One page of raw list results (or several merged), as `tools/list` etc. return them. */
export const captureSchema = {
  type: 'object',
  properties: { ...listProperties, ...initializeProperties, nextCursor: { type: 'string' } },
} as const;

/** The Snapshot document of types.ts, schema version 1. */
export const snapshotSchema = {
  type: 'object',
  required: ['schemaVersion', 'package', 'mcp', 'typescript', 'config', 'provenance'],
  properties: {
    schemaVersion: { const: 1 },
    package: {
      type: ['object', 'null'],
      required: ['name', 'version', 'dependencies', 'peerDependencies', 'optionalPeerDependencies', 'engines', 'bin'],
      properties: {
        name: { type: 'string' },
        version: { type: 'string' },
        type: { type: 'string' },
        dependencies: stringMap,
        peerDependencies: stringMap,
        optionalPeerDependencies: { type: 'array', items: { type: 'string' } },
        engines: stringMap,
        bin: stringMap,
        main: { type: 'string' },
        types: { type: 'string' },
      },
    },
    mcp: {
      type: ['object', 'null'],
      required: ['capabilities', 'tools', 'prompts', 'resources', 'resourceTemplates'],
      properties: {
        ...listProperties,
        ...initializeProperties,
        locations: { type: 'object' },
        uncaptured: {
          type: 'array',
          items: { enum: ['capabilities', 'tools', 'prompts', 'resources', 'resourceTemplates'] },
        },
      },
    },
    typescript: {
      type: ['object', 'null'],
      required: ['entryPoints', 'declarations'],
      properties: {
        entryPoints: stringMap,
        declarations: { type: 'array', items: { type: 'object', required: ['entry', 'name', 'kind', 'signature'] } },
      },
    },
    config: {
      type: ['object', 'null'],
      required: ['environment', 'flags'],
      properties: {
        environment: { type: 'array', items: { type: 'string' } },
        flags: { type: 'array', items: { type: 'string' } },
      },
    },
    provenance: {
      type: 'object',
      required: ['warnings'],
      properties: {
        ref: { type: 'string' },
        commit: { type: 'string' },
        command: { type: 'string' },
        url: { type: 'string' },
        reader: { type: 'string' },
        mcpDependencies: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'version', 'from'],
            properties: {
              name: { type: 'string' },
              version: { type: 'string' },
              from: { enum: ['lockfile', 'package.json'] },
              source: { enum: ['tarball', 'folder'] },
              lockfile: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string' }, line: { type: 'integer' } },
              },
            },
          },
        },
        warnings: { type: 'array', items: { type: 'object', required: ['part', 'message'] } },
      },
    },
  },
} as const;

export const validateCapture = lazyValidator(captureSchema, { allErrors: false, strict: false });
export const validateSnapshotDocument = lazyValidator(snapshotSchema, { allErrors: false, strict: false });

/** `/tools/1/name` → `tools[1].name`. */
export function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** An ajv error as a person reads it: where (with the item's name when it has one), and what is wrong. */
export function describeSchemaError(error: ErrorObject, document: unknown): string {
  const where = jsonPath(error.instancePath) || 'the top level';
  const named = nameOfItemAt(document, error.instancePath);
  const subject = named ? `${where} (${named})` : where;
  switch (error.keyword) {
    case 'required':
      return `${subject} is missing "${String(error.params.missingProperty)}"`;
    case 'type':
      return `${subject} must be ${String(error.params.type).split(',').map(article).join(' or ')}, not ${describeValue(valueAt(document, error.instancePath))}`;
    case 'const':
      return `${subject} must be ${JSON.stringify(error.params.allowedValue)}, not ${JSON.stringify(valueAt(document, error.instancePath))}`;
    default:
      return `${subject} ${error.message ?? 'is invalid'}`;
  }
}

function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** For `/tools/3/inputSchema`, `the tool "search"`: the path alone is hard to find in a long file. */
function nameOfItemAt(document: unknown, pointer: string): string | undefined {
  const match = /^((?:\/[^/]+)*?\/(tools|prompts|resources|resourceTemplates)\/\d+)(?:\/|$)/.exec(pointer);
  if (!match) return undefined;
  const item = valueAt(document, match[1]!) as Record<string, unknown> | undefined;
  const label = item?.name ?? item?.uri ?? item?.uriTemplate;
  if (typeof label !== 'string') return undefined;
  const kind = { tools: 'tool', prompts: 'prompt', resources: 'resource', resourceTemplates: 'resource template' }[
    match[2]!
  ];
  return `the ${kind} "${label}"`;
}
