#!/usr/bin/env node
// notes-mcp-server 1.0.0: a small real MCP server (stdio) that keeps notes in memory. It is the
// "before" half of mcpver's demo; server-v2 is the release that breaks it under a minor bump.

import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
}

const notes = new Map<string, Note>();
let nextId = 1;

const server = new McpServer({ name: 'notes', version: '1.0.0' }, { instructions: 'Keeps short notes for this session.' });

const text = (value: unknown) => ({ content: [{ type: 'text' as const, text: typeof value === 'string' ? value : JSON.stringify(value, null, 2) }] });

server.registerTool(
  'add_note',
  {
    description: 'Add a note and return its id.',
    inputSchema: { title: z.string().min(1), body: z.string(), tags: z.array(z.string()).optional() },
  },
  async ({ title, body, tags }) => {
    const note: Note = { id: String(nextId++), title, body, tags: tags ?? [] };
    notes.set(note.id, note);
    return text({ id: note.id });
  },
);

server.registerTool(
  'list_notes',
  {
    description: 'List notes, optionally only those with a tag.',
    inputSchema: { tag: z.string().optional() },
    annotations: { readOnlyHint: true },
  },
  async ({ tag }) => text([...notes.values()].filter((n) => !tag || n.tags.includes(tag))),
);

server.registerTool(
  'search_notes',
  {
    description: 'Find notes whose title or body contains the query.',
    inputSchema: { query: z.string().min(1) },
    annotations: { readOnlyHint: true },
  },
  async ({ query }) => {
    const q = query.toLowerCase();
    return text([...notes.values()].filter((n) => `${n.title}\n${n.body}`.toLowerCase().includes(q)));
  },
);

server.registerTool(
  'delete_note',
  {
    description: 'Delete a note for good.',
    inputSchema: { id: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ id }) => text(notes.delete(id) ? `Deleted note ${id}.` : `No note ${id}.`),
);

server.registerPrompt(
  'summarize_notes',
  { description: 'Summarize the notes with a tag.', argsSchema: { tag: z.string() } },
  ({ tag }) => ({
    messages: [{ role: 'user', content: { type: 'text', text: `Summarize my notes tagged "${tag}".` } }],
  }),
);

server.registerResource(
  'all-notes',
  'notes://all',
  { description: 'Every note, as JSON.', mimeType: 'application/json' },
  async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify([...notes.values()]) }] }),
);

server.registerResource(
  'note',
  new ResourceTemplate('notes://note/{id}', { list: undefined }),
  { description: 'One note by id.', mimeType: 'application/json' },
  async (uri, { id }) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(notes.get(String(id)) ?? null) }] }),
);

await server.connect(new StdioServerTransport());
