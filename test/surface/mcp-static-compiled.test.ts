// Static reading of MCP servers as they are published: compiled JavaScript. Each server here is
// written for this test in the shape tsc (CommonJS) or esbuild (a CommonJS or ES module bundle)
// emits, with the helpers those tools write, and is started with node to list what it really
// serves: the static reading must give the same tools, schemas and prompts.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import type { McpSurface } from '../../src/surface/types.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** A published package: these files, no `src/`, and this repository's node_modules (SDK, zod). */
function writePackage(files: Record<string, string>, type: 'commonjs' | 'module' = 'commonjs'): string {
  const dir = tempDir('mcpver-compiled-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'compiled-fixture',
      version: '1.0.0',
      type,
      dependencies: { '@modelcontextprotocol/sdk': '^1.0.0', zod: '^3.25.0' },
    }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** What a client compares: names, input properties and which are required, prompt arguments. */
function contract(mcp: McpSurface) {
  const schema = (s: unknown) => {
    const { properties = {}, required = [] } = s as { properties?: Record<string, unknown>; required?: string[] };
    return { properties: Object.keys(properties).sort(), required: [...required].sort() };
  };
  return {
    tools: mcp.tools
      .map((t) => ({ name: t.name, input: schema(t.inputSchema) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    prompts: mcp.prompts.map((p) => ({ name: p.name, arguments: (p.arguments ?? []).map((a) => a.name).sort() })),
  };
}

async function expectSameAsRunning(dir: string, entry: string) {
  const read = await takeStaticMcpSurface(dir);
  const running = (await takeRuntimeSurface({ command: `node ${entry}`, cwd: dir })).mcp;
  expect(read.gaps.filter((g) => g.hidesItems)).toEqual([]);
  expect(JSON.stringify(read.mcp.tools)).not.toContain('x-mcpver-unresolved');
  expect(contract(read.mcp)).toEqual(contract(running));
  return read;
}

// The helpers as tsc emits them for `esModuleInterop` and an ES2017-or-older target (shortened, same behaviour).
const TSC_HELPERS = `"use strict";
var __createBinding = (this && this.__createBinding) || function (o, m, k, k2) { if (k2 === undefined) k2 = k; Object.defineProperty(o, k2, { enumerable: true, get: function () { return m[k]; } }); };
var __setModuleDefault = (this && this.__setModuleDefault) || function (o, v) { Object.defineProperty(o, "default", { enumerable: true, value: v }); };
var __importStar = (this && this.__importStar) || function (mod) { if (mod && mod.__esModule) return mod; var result = {}; if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k); __setModuleDefault(result, mod); return result; };
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
var __exportStar = (this && this.__exportStar) || function (m, exports) { for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p); };
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : Promise.resolve(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
`;

describe('a server compiled by tsc to CommonJS', () => {
  it('reads zod shapes through require, exports and re-exports as the running server lists them', async () => {
    const dir = writePackage({
      'dist/schemas.js': `${TSC_HELPERS}exports.Paging = exports.QueryShape = void 0;
const zod_1 = require("zod");
exports.QueryShape = {
    query: zod_1.z.string().describe("Words to find"),
    limit: zod_1.z.number().int().optional(),
};
exports.Paging = zod_1.z.object({ page: zod_1.z.number().optional(), size: zod_1.z.number() });
`,
      'dist/tools/search.js': `${TSC_HELPERS}exports.searchTool = void 0;
const schemas_js_1 = require("../schemas.js");
exports.searchTool = { name: "search", description: "Search the index", shape: Object.assign(Object.assign({}, schemas_js_1.QueryShape), schemas_js_1.Paging.shape) };
`,
      'dist/tools/fetch.js': `${TSC_HELPERS}
const zod_1 = __importDefault(require("zod"));
const fetchTool = { name: "fetch", description: "Fetch one page", shape: { url: zod_1.default.string().url() } };
exports.default = fetchTool;
`,
      'dist/tools/index.js': `${TSC_HELPERS}exports.fetchTool = void 0;
__exportStar(require("./search.js"), exports);
var fetch_js_1 = require("./fetch.js");
Object.defineProperty(exports, "fetchTool", { enumerable: true, get: function () { return __importDefault(fetch_js_1).default; } });
`,
      'dist/server.js': `${TSC_HELPERS}exports.createServer = createServer;
const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const zod_1 = require("zod");
const Tools = __importStar(require("./tools/index.js"));
function createServer() {
    const server = new mcp_js_1.McpServer({ name: "compiled", version: "1.0.0" });
    for (const tool of Object.values(Tools)) {
        server.registerTool(tool.name, { description: tool.description, inputSchema: tool.shape }, (args) => __awaiter(this, void 0, void 0, function* () {
            return { content: [{ type: "text", text: JSON.stringify(args) }] };
        }));
    }
    server.registerPrompt("summarise", { argsSchema: { topic: zod_1.z.string(), tone: zod_1.z.string().optional() } }, ({ topic }) => ({
        messages: [{ role: "user", content: { type: "text", text: topic } }],
    }));
    return server;
}
`,
      'dist/index.js': `#!/usr/bin/env node
${TSC_HELPERS}
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const server_js_1 = require("./server.js");
function main() {
    return __awaiter(this, void 0, void 0, function* () {
        const server = (0, server_js_1.createServer)();
        yield server.connect(new stdio_js_1.StdioServerTransport());
    });
}
main();
`,
    });
    const read = await expectSameAsRunning(dir, 'dist/index.js');
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['fetch', 'search']);
  });

  it('reads a low-level server whose tools/list handler tsc compiled to __awaiter over a generator', async () => {
    const dir = writePackage({
      'build/index.js': `${TSC_HELPERS}
const index_js_1 = require("@modelcontextprotocol/sdk/server/index.js");
const stdio_js_1 = require("@modelcontextprotocol/sdk/server/stdio.js");
const types_js_1 = require("@modelcontextprotocol/sdk/types.js");
const TOOLS = [
    { name: "add", description: "Add two numbers", inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] } },
    { name: "negate", inputSchema: { type: "object", properties: { x: { type: "number" } }, required: ["x"] } },
];
const server = new index_js_1.Server({ name: "calc", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(types_js_1.ListToolsRequestSchema, () => __awaiter(void 0, void 0, void 0, function* () {
    const tools = yield Promise.resolve(TOOLS);
    return { tools: tools.map((tool) => tool) };
}));
server.setRequestHandler(types_js_1.CallToolRequestSchema, (request) => __awaiter(void 0, void 0, void 0, function* () {
    return { content: [] };
}));
server.connect(new stdio_js_1.StdioServerTransport());
`,
    });
    await expectSameAsRunning(dir, 'build/index.js');
  });
});

describe('a server compiled by tsc to ES modules with declarations', () => {
  it('reads the JavaScript a module names, not the .d.ts the package ships beside it', async () => {
    const dir = writePackage(
      {
        'dist/tools/lookup.js': `import { z } from "zod";
export const lookupSchema = { name: "lookup", description: "Look a word up", inputSchema: { type: "object", properties: { word: { type: "string" }, lang: { type: "string" } }, required: ["word"] } };
export const LookupArgs = z.object({ word: z.string() });
`,
        'dist/tools/lookup.d.ts': `export declare const lookupSchema: { name: string; description: string; inputSchema: object };
`,
        'dist/index.js': `#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { lookupSchema } from "./tools/lookup.js";
const server = new Server({ name: "dict", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [lookupSchema] }));
await server.connect(new StdioServerTransport());
`,
        'dist/index.d.ts': `export {};
`,
      },
      'module',
    );
    const read = await expectSameAsRunning(dir, 'dist/index.js');
    expect(read.mcp.tools.map((t) => t.name)).toEqual(['lookup']);
  });
});

describe('a server whose tools fill a module-level registry', () => {
  it('follows the top-level calls of the function that fills it, in a module imported for its effect', async () => {
    const dir = writePackage(
      {
        'dist/tools/registry.js': `const toolMap = new Map();
export function registerTool(tool) {
    toolMap.set(tool.definition.name, tool);
    return tool;
}
export const getTools = () => Array.from(toolMap.values()).map((impl) => impl.definition);
`,
        'dist/tools/base.js': `export class BaseTool {
    constructor(name, description, properties, required) {
        this.definition = { name, description, inputSchema: { type: "object", properties, required } };
    }
}
`,
        'dist/tools/all.js': `import { registerTool } from "./registry.js";
import { BaseTool } from "./base.js";
class ListNotesTool extends BaseTool {
    constructor() { super("list_notes", "List notes", { folder: { type: "string" } }, []); }
}
class AddNoteTool extends BaseTool {
    constructor() { super("add_note", "Add a note", { folder: { type: "string" }, text: { type: "string" } }, ["text"]); }
}
registerTool(new ListNotesTool());
registerTool(new AddNoteTool());
`,
        'dist/index.js': `#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { getTools } from "./tools/registry.js";
import "./tools/all.js";
const server = new Server({ name: "notes", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: getTools() }));
await server.connect(new StdioServerTransport());
`,
      },
      'module',
    );
    const read = await expectSameAsRunning(dir, 'dist/index.js');
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['add_note', 'list_notes']);
  });
});

// esbuild's helpers (shortened, same behaviour).
const ESBUILD_HELPERS = `var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except) => {
  if (from && typeof from === "object" || typeof from === "function")
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, { get: () => from[key], enumerable: true });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
`;

describe('a server bundled by esbuild', () => {
  it('reads a CommonJS bundle: __toESM(require("zod")), import_zod.z and an __export namespace', async () => {
    const dir = writePackage({
      'dist/index.cjs': `#!/usr/bin/env node
"use strict";
${ESBUILD_HELPERS}
// src/index.ts
var src_exports = {};
__export(src_exports, { main: () => main });
module.exports = __toCommonJS(src_exports);
var import_mcp = require("@modelcontextprotocol/sdk/server/mcp.js");
var import_stdio = require("@modelcontextprotocol/sdk/server/stdio.js");

// src/tools/index.ts
var tools_exports = {};
__export(tools_exports, { echoTool: () => echoTool, timeTool: () => timeTool });

// src/tools/echo.ts
var import_zod = __toESM(require("zod"), 1);
var echoTool = { name: "echo", description: "Echo back", shape: { text: import_zod.z.string(), times: import_zod.z.number().int().optional() } };

// src/tools/time.ts
var import_zod2 = __toESM(require("zod"), 1);
var timeTool = { name: "time", description: "The time in a zone", shape: { zone: import_zod2.z.enum(["utc", "local"]) } };

// src/index.ts
async function main() {
  const server = new import_mcp.McpServer({ name: "bundle", version: "1.0.0" });
  for (const tool of Object.values(tools_exports)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.shape }, async () => ({ content: [] }));
  }
  await server.connect(new import_stdio.StdioServerTransport());
}
main();
`,
    });
    const read = await expectSameAsRunning(dir, 'dist/index.cjs');
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['echo', 'time']);
  });

  it('reads an ES module bundle with renamed imports (z as z2) and an __export namespace', async () => {
    const dir = writePackage(
      {
        'dist/index.js': `#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};

// src/index.ts
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

// src/tools/index.ts
var tools_exports = {};
__export(tools_exports, { listTool: () => listTool, getTool: () => getTool });

// src/tools/list.ts
import { z } from "zod";
var listTool = { name: "list_items", shape: { cursor: z.string().optional() } };

// src/tools/get.ts
import { z as z2 } from "zod";
var getTool = { name: "get_item", shape: { id: z2.string(), fields: z2.array(z2.string()).optional() } };

// src/index.ts
var server = new McpServer({ name: "esm-bundle", version: "1.0.0" });
Object.values(tools_exports).forEach((tool) => server.registerTool(tool.name, { inputSchema: tool.shape }, async () => ({ content: [] })));
await server.connect(new StdioServerTransport());
`,
      },
      'module',
    );
    await expectSameAsRunning(dir, 'dist/index.js');
  });
});

describe('a positional schema that cannot be read', () => {
  it('marks the input schema unresolved instead of listing a tool without input', async () => {
    const dir = writePackage(
      {
        'dist/index.js': `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
const invoiceParameters = (context = {}) => {
  const schema = z.object({ customer: z.string(), days_until_due: z.number().int().optional() });
  if (context.mode === 'connected') return schema.omit({ customer: true });
  else return schema;
};
const context = { mode: process.env.BILLING_MODE };
const server = new McpServer({ name: "billing", version: "1.0.0" });
server.tool("create_invoice", "Create an invoice", invoiceParameters(context).shape, { readOnlyHint: false }, async () => ({ content: [] }));
await server.connect(new StdioServerTransport());
`,
      },
      'module',
    );
    const read = await takeStaticMcpSurface(dir);
    const [tool] = read.mcp.tools;
    expect(tool?.name).toBe('create_invoice');
    expect(tool?.inputSchema).toHaveProperty('x-mcpver-unresolved');
    expect(read.gaps.some((g) => g.message.startsWith('"create_invoice"'))).toBe(true);
  });
});

describe('a bundle that carries zod inside it', () => {
  it('reads the bundled zod namespace as zod', async () => {
    const dir = writePackage(
      {
        'index.js': `#!/usr/bin/env node
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/zod/v4/classic/external.js
import * as zodBuild from "zod";
var external_exports = {};
__export(external_exports, { object: () => object, string: () => zodBuild.string, number: () => zodBuild.number });
// The library's own code, as the bundle carries it (here a stand-in that builds the real schema when run).
var ZodObject = class {
  constructor(shape) {
    return zodBuild.object(shape);
  }
};
function object(shape) {
  return new ZodObject(shape);
}

// src/index.ts
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
var server = new McpServer({ name: "bundled-zod", version: "1.0.0" });
var tool = (name, paramsSchema) => server.registerTool(name, { inputSchema: external_exports.object(paramsSchema) }, async () => ({ content: [] }));
tool("run_query", { query: external_exports.string(), limit: external_exports.number().optional() });
await server.connect(new StdioServerTransport());
`,
      },
      'module',
    );
    await expectSameAsRunning(dir, 'index.js');
  });
});

describe('a bundle that carries the MCP SDK inside it', () => {
  it('says where, as a gap that may hide tools, rather than a complete reading', async () => {
    const dir = writePackage(
      {
        'index.js': `#!/usr/bin/env node
// node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js
var McpServer = class {
  constructor(info) { this.info = info; this.tools = {}; }
  registerTool(name, config, cb) { this.tools[name] = { config, cb }; }
};

// src/index.ts
var server = new McpServer({ name: "own-sdk", version: "1.0.0" });
server.registerTool("ping", { description: "Ping" }, async () => ({ content: [] }));
`,
      },
      'module',
    );
    const read = await takeStaticMcpSurface(dir);
    expect(read.gaps).toContainEqual(
      expect.objectContaining({ hidesItems: true, location: { file: 'index.js', line: 2 } }),
    );
  });
});
