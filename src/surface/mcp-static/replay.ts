// Turns what the sources declare into the listing a client would receive: McpServer registrations
// are replayed on a real McpServer of the installed SDK and listed through an in-memory client, so
// that the JSON Schemas are exactly the SDK's conversion; low-level list handlers' literals are taken as they are.

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpPrompt, McpResource, McpResourceTemplate, McpTool, SourceLocation } from '../types.ts';
import { allOf } from '../conditions.ts';
import {
  conditionsOf,
  hostValue,
  isPlainObject,
  Unresolved,
  SourceFunction,
  isLibraryValue,
  unwrapHost,
} from './values.ts';
import { markerSchema, type HostModules, type Markers } from './host.ts';
import { receiverConstruction, type Found, type Registration } from './registrations.ts';

const SCHEMA_KEYS = new Set(['inputSchema', 'outputSchema', 'argsSchema', 'paramsSchema']);

export interface Listing {
  serverInfo?: { name: string; version: string };
  capabilities: Record<string, unknown>;
  instructions?: string;
  tools: McpTool[];
  prompts: McpPrompt[];
  resources: McpResource[];
  resourceTemplates: McpResourceTemplate[];
}

const HANDLERS: Record<Registration['kind'], () => unknown> = {
  tool: () => async () => ({ content: [] }),
  prompt: () => async () => ({ messages: [] }),
  resource: () => async () => ({ contents: [] }),
};

/** Registration arguments ready for the SDK: handlers stubbed, gaps replaced by markers. */
function prepare(
  value: unknown,
  kind: Registration['kind'],
  host: HostModules,
  markers: Markers,
  key?: string,
  siblings?: unknown[],
): unknown {
  if (value instanceof SourceFunction) return HANDLERS[kind]();
  if (value instanceof Unresolved) {
    if (key && SCHEMA_KEYS.has(key)) {
      const z = host.zod as { object(shape: object): { describe(d: string): unknown } };
      return z.object({}).describe(markers.mark(value));
    }
    // Inside a zod shape (every other property a schema), a gap is a property whose schema is unknown; elsewhere (a config's description) a value.
    if (
      siblings &&
      siblings.some(isLibraryValue) &&
      siblings.every((s) => isLibraryValue(s) || s instanceof Unresolved)
    )
      return markerSchema(host, markers, value);
    return markers.mark(value);
  }
  if (Array.isArray(value)) return value.map((v) => prepare(v, kind, host, markers));
  if (value && typeof value === 'object' && value.constructor === Object) {
    const entries = Object.entries(value);
    // An empty shape (`inputSchema: {}`, `z.object({}).shape`) holds no schema that tells the SDK
    // which zod made it, and the SDK then builds it with zod 4 (an open object); a zod 3 server
    // lists it closed like its other objects. Built with the package's zod, as its other shapes are.
    if (entries.length === 0 && key && SCHEMA_KEYS.has(key))
      return (host.zod as { object(shape: object): unknown }).object({});
    return Object.fromEntries(
      entries.map(([k, v]) => [
        k,
        prepare(
          v,
          kind,
          host,
          markers,
          k,
          entries.map(([, x]) => x),
        ),
      ]),
    );
  }
  return value;
}

/**
 * `server.tool(name, description, shape, annotations, cb)`, `server.tool(name, shape, cb)`: an
 * argument after the name that is not known, where the overloads put the schema, stands for an
 * unknown schema. As a marker string the SDK would take it for a description and list no input
 * at all, a silent `{}`.
 */
function positionalSchemaGap(registration: Registration, index: number): boolean {
  if (registration.method !== 'tool') return false;
  const args = registration.args;
  if (!(args[index] instanceof Unresolved) || index === 0 || index === args.length - 1) return false;
  // With four or more arguments the second is the description.
  return index >= 2 || args.length === 3;
}

/**
 * Input properties present only on some paths (`getInputSchema()` returning one of two shapes on
 * `this.context?.boardId`): both ways are listed as one schema, and each such property is named
 * with its condition, so that the reading says which schema a running server would choose from.
 */
function conditionalProperties(registration: Registration): Unresolved[] {
  if (registration.kind !== 'tool') return [];
  const own = new Set(registration.conditions);
  const shapes: unknown[] = [];
  for (const arg of registration.args) {
    const value = hostValue(arg);
    if (!isPlainObject(value)) continue;
    shapes.push(value);
    for (const key of SCHEMA_KEYS) if (isPlainObject(hostValue(value[key]))) shapes.push(hostValue(value[key]));
  }
  const notes: Unresolved[] = [];
  for (const shape of shapes as Array<Record<string, unknown>>) {
    for (const [property, schema] of Object.entries(shape)) {
      if (!isLibraryValue(hostValue(schema))) continue;
      const only = conditionsOf(schema).filter((c) => !own.has(c));
      if (only.length === 0) continue;
      notes.push(
        new Unresolved(
          `the input property "${property}" of the tool "${registration.name}" is in its schema only when \`${allOf(only)}\` (the schemas of every path are listed as one)`,
          registration.location,
        ),
      );
    }
  }
  return notes;
}

const isText = (v: unknown): v is string => typeof v === 'string' && !v.startsWith('\u0000');

/** Told where each listed item is declared, and the conditions it is declared under (empty: always). */
export type Locate = (item: string, at: SourceLocation, conditions: readonly string[]) => void;

const LIST_KEY = {
  tools: 'tool',
  prompts: 'prompt',
  resources: 'resource',
  resourceTemplates: 'resource-template',
} as const;

export async function listSurface(found: Found, host: HostModules, markers: Markers, locate: Locate): Promise<Listing> {
  // The server the sources connect to a transport, else an McpServer, else the first one built.
  const construction =
    found.servers.find((s) => s.connected) ?? found.servers.find((s) => s.kind === 'McpServer') ?? found.servers[0];
  const info = unwrapHost(construction?.info) as Record<string, unknown> | undefined;
  const options = unwrapHost(construction?.options) as Record<string, unknown> | undefined;
  const serverInfo =
    info && isText(info.name) && isText(info.version) ? { name: info.name, version: info.version } : undefined;
  const instructions =
    options?.instructions instanceof Unresolved
      ? markers.mark(options.instructions)
      : typeof options?.instructions === 'string'
        ? options.instructions
        : undefined;
  const declared =
    options?.capabilities && typeof options.capabilities === 'object' && !(options.capabilities instanceof Unresolved)
      ? (options.capabilities as Record<string, unknown>)
      : {};

  for (const extra of found.capabilities) {
    const value = unwrapHost(extra);
    if (extra instanceof Unresolved) markers.notes.push(extra);
    else if (value && typeof value === 'object') mergeCapabilities(declared, value as Record<string, unknown>);
  }
  const listing: Listing = {
    capabilities: { ...declared },
    tools: [],
    prompts: [],
    resources: [],
    resourceTemplates: [],
    ...(serverInfo ? { serverInfo } : {}),
    ...(instructions !== undefined ? { instructions } : {}),
  };
  // Registrations on a server the sources build but never connect, beside one they do connect: not what clients see.
  const connected = found.servers.some((s) => s.connected);
  const unconnected = new Set(found.servers.filter((s) => !s.connected).map((s) => s.node));
  if (connected)
    found.registrations = found.registrations.filter((r) => !unconnected.has(receiverConstruction(r) as never));
  if (found.registrations.length > 0)
    await replay(found, listing, host, markers, locate, construction?.kind === 'Server');
  const listed = new Map<string, unknown>();
  for (const item of [...listing.tools.map((t) => `tool:${t.name}`), ...listing.prompts.map((p) => `prompt:${p.name}`)])
    listed.set(item, true);
  for (const handler of found.handlers) {
    const key = LIST_KEY[handler.list];
    for (const raw of handler.items) {
      const item = unwrapHost(raw);
      if (item instanceof Unresolved) {
        found.unresolved.push(
          new Unresolved(
            `an item of the ${handler.list} list is not known: ${item.reason}`,
            item.location.file ? item.location : handler.location,
            true,
          ),
        );
        continue;
      }
      const record =
        item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
      const id =
        handler.list === 'resources'
          ? record?.uri
          : handler.list === 'resourceTemplates'
            ? record?.uriTemplate
            : record?.name;
      if (typeof id !== 'string') {
        const why = id instanceof Unresolved ? `: ${id.reason}` : '';
        found.unresolved.push(
          new Unresolved(
            `an item of the ${handler.list} list whose ${handler.list.startsWith('resource') ? 'URI' : 'name'} is not known${why}`,
            id instanceof Unresolved && id.location.file ? id.location : handler.location,
            true,
          ),
        );
        continue;
      }
      // The same item from another way the handler runs (a second server, a second transport): listed once.
      const previous = listed.get(`${key}:${id}`);
      if (previous !== undefined) {
        if (previous !== raw && JSON.stringify(prepareJson(item, markers)) !== JSON.stringify(previous)) {
          found.notes.push(
            new Unresolved(
              `the ${key} "${id}" is listed differently in two places; the first is used`,
              handler.location,
            ),
          );
        }
        locate(`${key}:${id}`, handler.location, conditionsOf(raw));
        continue;
      }
      const prepared = prepareJson(item, markers);
      listed.set(`${key}:${id}`, prepared);
      (listing[handler.list] as unknown[]).push(prepared);
      locate(`${key}:${id}`, handler.location, conditionsOf(raw));
    }
  }
  return listing;
}

const firstLine = (error: unknown): string => (error as Error).message.split('\n')[0]!.slice(0, 200);

/** A tool the SDK could not list as rebuilt: its name, with its schema marked as not read. */
function stubTool(registration: Registration, error: unknown, markers: Markers): McpTool {
  const config = unwrapHost(registration.args[1]) as Record<string, unknown> | undefined;
  const description =
    typeof config?.description === 'string'
      ? config.description
      : typeof registration.args[1] === 'string'
        ? registration.args[1]
        : undefined;
  const gap = new Unresolved(
    `the SDK could not list the tool "${registration.name}" as rebuilt from the sources: ${firstLine(error)}`,
    registration.location,
  );
  return {
    name: registration.name,
    ...(description ? { description } : {}),
    inputSchema: { type: 'object', description: markers.mark(gap) },
  };
}

/** List one registration on a server of its own: its listing, or a stub with the reason it could not be listed. */
async function listAlone(
  one: { registration: Registration; args: unknown[] },
  what: string,
  listing: Listing,
  markers: Markers,
): Promise<unknown[]> {
  const server = new McpServer({ name: 'static', version: '0.0.0' }, { capabilities: listing.capabilities as never });
  const client = new Client({ name: 'mcpver-static', version: '1.0.0' });
  try {
    const target = (
      one.registration.method === 'registerToolTask'
        ? (server as unknown as { experimental: { tasks: object } }).experimental.tasks
        : server
    ) as Record<string, (...a: unknown[]) => unknown>;
    target[one.registration.method]!.apply(target, one.args);
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    if (what === 'tools') return (await client.listTools()).tools;
    if (what === 'prompts') return (await client.listPrompts()).prompts;
    if (what === 'resources') return (await client.listResources()).resources;
    return (await client.listResourceTemplates()).resourceTemplates;
  } catch (error) {
    if (what === 'tools') return [stubTool(one.registration, error, markers)];
    markers.notes.push(
      new Unresolved(
        `the SDK could not list the ${one.registration.kind} "${one.registration.name}" as rebuilt from the sources: ${firstLine(error)}`,
        one.registration.location,
      ),
    );
    return [];
  } finally {
    await client.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}

/** `registerCapabilities` merges one level deep, as the SDK does. */
function mergeCapabilities(into: Record<string, unknown>, extra: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(extra)) {
    const current = into[key];
    into[key] =
      current && typeof current === 'object' && value && typeof value === 'object' ? { ...current, ...value } : value;
  }
}

/** Literal list items: gaps become `x-mcpver-unresolved` schemas or marker strings, resolved later. */
function prepareJson(value: unknown, markers: Markers, key?: string): unknown {
  if (value instanceof Unresolved)
    return key && SCHEMA_KEYS.has(key) ? { type: 'object', description: markers.mark(value) } : markers.mark(value);
  if (value instanceof SourceFunction)
    return markers.mark(new Unresolved('a function where a value was expected', value.location));
  if (Array.isArray(value)) return value.map((v) => prepareJson(v, markers));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepareJson(v, markers, k)]));
  return value;
}

/** `declaredOnly`: the server clients talk to is a low-level Server, whose capabilities are what it declares, not what an McpServer adds as tools are registered. */
async function replay(
  found: Found,
  listing: Listing,
  host: HostModules,
  markers: Markers,
  locate: Locate,
  declaredOnly = false,
): Promise<void> {
  const registrations = found.registrations;
  const server = new McpServer(
    { name: listing.serverInfo?.name ?? 'static', version: listing.serverInfo?.version ?? '0.0.0' },
    { capabilities: listing.capabilities as never },
  );
  const seen = new Map<string, Registration>();
  /** Tools whose positional input shape could not be read, by name. */
  const unknownInputs = new Map<string, Unresolved>();
  /** The item key each listed registration was located under (`resource:` keys are by URI). */
  const keys = new Map<Registration, string>();
  /** What was registered, as the SDK took it: listed again one by one if the whole listing fails. */
  const accepted: Array<{ registration: Registration; args: unknown[] }> = [];
  for (const registration of registrations) {
    const key = `${registration.kind}:${registration.name}`;
    const earlier = seen.get(key);
    if (earlier) {
      // One call read in several ways it runs (two servers, two transports) registers the same item again: listed once, under either way's conditions.
      const listedAs = keys.get(earlier);
      if (listedAs) locate(listedAs, earlier.location, registration.conditions);
      if (earlier.site === registration.site) continue;
      const where = `${earlier.location.file}:${earlier.location.line} and ${registration.location.file}:${registration.location.line}`;
      const why =
        earlier.conditions.length || registration.conditions.length
          ? 'under different conditions'
          : 'on what may be different servers (the SDK refuses a second registration on one server)';
      found.notes.push(
        new Unresolved(
          `the ${registration.kind} "${registration.name}" is registered at ${where}, ${why}; the first is listed`,
          registration.location,
        ),
      );
      continue;
    }
    seen.set(key, registration);
    for (const note of conditionalProperties(registration)) found.notes.push(note);
    const args = registration.args.map((a, i) => {
      if (!positionalSchemaGap(registration, i)) return prepare(unwrapHost(a), registration.kind, host, markers);
      // The SDK takes only a shape there: an empty one now, the listed schema marked unknown below.
      unknownInputs.set(String(registration.name), a as Unresolved);
      return {};
    });
    try {
      // Task tools are registered through the experimental tasks API.
      const target = (
        registration.method === 'registerToolTask'
          ? (server as unknown as { experimental: { tasks: object } }).experimental.tasks
          : server
      ) as Record<string, (...a: unknown[]) => unknown>;
      target[registration.method]!.apply(target, args);
      accepted.push({ registration, args });
      const template =
        registration.kind === 'resource' &&
        args[1] &&
        typeof args[1] === 'object' &&
        'uriTemplate' in (args[1] as object);
      const uri = template ? String((args[1] as { uriTemplate: { toString(): string } }).uriTemplate) : String(args[1]);
      const listedAs =
        registration.kind === 'resource' ? (template ? `resource-template:${uri}` : `resource:${uri}`) : key;
      locate(listedAs, registration.location, registration.conditions);
      keys.set(registration, listedAs);
    } catch (error) {
      // The item is missing from the listing: a gap that may hide it (a removal must never pass
      // because mcpver could not rebuild the new version's item), unless the SDK only refused a
      // second registration of a name already listed.
      const again = /already registered/i.test((error as Error).message);
      markers.notes.push(
        new Unresolved(
          `the SDK refused the ${registration.kind} "${registration.name}" as rebuilt from the sources: ${(error as Error).message}`,
          registration.location,
          !again,
        ),
      );
    }
  }
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'mcpver-static', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  try {
    const capabilities = client.getServerCapabilities() ?? {};
    const declared = listing.capabilities;
    if (!declaredOnly) {
      listing.capabilities = { ...capabilities };
      mergeCapabilities(listing.capabilities, declared);
    }
    const read = async <T>(what: string, list: () => Promise<T[]>, into: T[]) => {
      try {
        into.push(...(await list()));
      } catch (error) {
        // One item the SDK cannot list must not take the others with it: list them one by one.
        const kind = what === 'tools' ? 'tool' : what === 'prompts' ? 'prompt' : 'resource';
        const alone = accepted.filter((a) => a.registration.kind === kind);
        if (alone.length <= 1) {
          markers.notes.push(
            new Unresolved(
              `the SDK could not list the ${what} rebuilt from the sources: ${firstLine(error)}`,
              alone[0]?.registration.location ?? registrations[0]!.location,
            ),
          );
          if (kind === 'tool' && alone[0]) into.push(stubTool(alone[0].registration, error, markers) as T);
          return;
        }
        for (const one of alone) into.push(...((await listAlone(one, what, listing, markers)) as T[]));
      }
    };
    if (capabilities.tools) {
      await read('tools', async () => (await client.listTools()).tools as McpTool[], listing.tools);
      for (const tool of listing.tools) {
        const unknown = unknownInputs.get(tool.name);
        if (unknown) tool.inputSchema = { type: 'object', description: markers.mark(unknown) };
      }
    }
    if (capabilities.prompts)
      await read('prompts', async () => (await client.listPrompts()).prompts as McpPrompt[], listing.prompts);
    if (capabilities.resources) {
      await read('resources', async () => (await client.listResources()).resources as McpResource[], listing.resources);
      await read(
        'resource templates',
        async () => (await client.listResourceTemplates()).resourceTemplates as McpResourceTemplate[],
        listing.resourceTemplates,
      );
    }
  } finally {
    await client.close();
    await server.close();
  }
  // The in-memory transport passes objects without serializing them: make them what a client would parse.
  for (const list of ['tools', 'prompts', 'resources', 'resourceTemplates'] as const)
    (listing as unknown as Record<string, unknown>)[list] = JSON.parse(JSON.stringify(listing[list]));
}
