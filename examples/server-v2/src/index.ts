#!/usr/bin/env node
// notes-mcp-server 1.1.0: the "after" half of mcpver's demo. Released as a minor bump, yet it
// removes delete_note (archive_note replaces it) and makes search_notes require a new parameter,
// so clients written against 1.0.0 break: mcpver says this needed 2.0.0.

import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
  archived: boolean;
}

const notes = new Map<string, Note>();
let nextId = 1;

const server = new McpServer({ name: 'notes', version: '1.1.0' }, { instructions: 'Keeps short notes for this session.' });

const text = (value: unknown) => ({ content: [{ type: 'text' as const, text: typeof value === 'string' ? value : JSON.stringify(value, null, 2) }] });

server.registerTool(
  'add_note',
  {
    description: 'Add a note and return its id.',
    inputSchema: { title: z.string().min(1), body: z.string(), tags: z.array(z.string()).optional() },
  },
  async ({ title, body, tags }) => {
    const note: Note = { id: String(nextId++), title, body, tags: tags ?? [], archived: false };
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
  async ({ tag }) => text([...notes.values()].filter((n) => !n.archived && (!tag || n.tags.includes(tag)))),
);

server.registerTool(
  'search_notes',
  {
    description: 'Find notes whose title or body contains the query.',
    // New in 1.1.0 and required: a 1.0.0 client that sends only `query` is now rejected.
    inputSchema: { query: z.string().min(1), field: z.enum(['title', 'body', 'both']) },
    annotations: { readOnlyHint: true },
  },
  async ({ query, field }) => {
    const q = query.toLowerCase();
    const haystack = (n: Note) => (field === 'title' ? n.title : field === 'body' ? n.body : `${n.title}\n${n.body}`);
    return text([...notes.values()].filter((n) => haystack(n).toLowerCase().includes(q)));
  },
);

// 1.1.0 replaces delete_note with archive_note: archived notes leave list_notes but can be read.
server.registerTool(
  'archive_note',
  {
    description: 'Archive a note: it no longer appears in list_notes.',
    inputSchema: { id: z.string(), reason: z.string().optional() },
    annotations: { idempotentHint: true },
  },
  async ({ id }) => {
    const note = notes.get(id);
    if (!note) return text(`No note ${id}.`);
    note.archived = true;
    return text(`Archived note ${id}.`);
  },
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
