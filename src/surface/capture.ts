// Snapshots from files: a Snapshot written by mcpver, or a capture of raw MCP list results that a
// user already has (what tools/list, prompts/list… returned), so that captures can be diffed too.

import { SnapshotError } from './errors.ts';
import { parseJsonText } from './json-text.ts';
import { findDuplicateItem } from './duplicate-items.ts';
import { describeSchemaError, validateCapture, validateSnapshotDocument } from './snapshot-schema.ts';
import {
  emptySnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type McpSurface,
  type Snapshot,
  type SurfaceWarning,
} from './types.ts';

const LIST_KEYS = ['tools', 'prompts', 'resources', 'resourceTemplates'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/**
 * Read a file's text as a snapshot: a Snapshot document (it has `schemaVersion`), or a capture.
 * `file` names the file in errors, which give the line and column of bad JSON and the path of a
 * wrong shape.
 */
export function parseSnapshotJson(text: string, file: string): Snapshot {
  const value = parseJsonText(text, file);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value) {
    return validateSnapshot(value, file);
  }
  return snapshotFromCapture(value, file);
}

function validateSnapshot(value: object, file: string): Snapshot {
  const version = (value as { schemaVersion: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(
      `${file} is a snapshot of schema version ${version}, written by a newer mcpver; this one reads version ${SNAPSHOT_SCHEMA_VERSION}. Upgrade mcpver or take the snapshot again.`,
      { file },
    );
  }
  if (!validateSnapshotDocument(value)) {
    const problem = describeSchemaError(validateSnapshotDocument.errors![0]!, value);
    throw new SnapshotError(`${file} is not a valid mcpver snapshot: ${problem}.`, { file });
  }
  const snapshot = value as Snapshot;
  if (snapshot.mcp) assertNoDuplicates(snapshot.mcp, file);
  return snapshot;
}

/**
 * Turn raw MCP list results into a Snapshot (provenance `capture`). Accepted forms:
 * - one object with any of `tools`, `prompts`, `resources`, `resourceTemplates` (and optionally
 *   the initialize result's `serverInfo`, `protocolVersion`, `capabilities`, `instructions`);
 * - a JSON-RPC response whose `result` is such an object;
 * - an array of those, one per page or per list call, concatenated in order.
 * A list the capture does not hold was not captured (not: the server has none), and capabilities
 * come only from the initialize result: without `capabilities`, they are unknown. Both are marked
 * `uncaptured`, and the diff leaves them out, saying so.
 */
export function snapshotFromCapture(value: unknown, file = 'capture'): Snapshot {
  const pages = Array.isArray(value) ? value : [value];
  if (pages.length === 0) throw new SnapshotError(`${file} is an empty array; expected MCP list results.`, { file });
  const mcp: McpSurface = { capabilities: {}, tools: [], prompts: [], resources: [], resourceTemplates: [] };
  const present = new Set<ListKey>();
  const warnings: SurfaceWarning[] = [];
  let capabilities: Record<string, unknown> | undefined;
  pages.forEach((raw, index) => {
    const where = Array.isArray(value) ? `${file} [${index}]` : file;
    const page = unwrapJsonRpc(raw, where);
    if (!validateCapture(page)) {
      throw new SnapshotError(
        `${where} is not a capture of MCP list results: ${describeSchemaError(validateCapture.errors![0]!, page)}.`,
        { file },
      );
    }
    const keys = LIST_KEYS.filter((k) => k in (page as object));
    if (keys.length === 0) {
      throw new SnapshotError(
        `${where} is neither an mcpver snapshot (it has no "schemaVersion") nor a capture of MCP list results (it has none of ${LIST_KEYS.map((k) => `"${k}"`).join(', ')}).`,
        { file },
      );
    }
    for (const key of keys) {
      present.add(key);
      (mcp[key] as unknown[]).push(...((page as Record<ListKey, unknown[]>)[key] ?? []));
    }
    const p = page as Partial<McpSurface> & { nextCursor?: string };
    if (p.capabilities) capabilities = p.capabilities;
    if (p.serverInfo) mcp.serverInfo = p.serverInfo;
    if (p.protocolVersion) mcp.protocolVersion = p.protocolVersion;
    if (p.instructions !== undefined) mcp.instructions = p.instructions;
    // Only the last page can say that the capture stopped early: earlier cursors led to later pages.
    if (p.nextCursor !== undefined && index === pages.length - 1) {
      warnings.push({
        part: 'mcp',
        message: `${where} ends with nextCursor "${p.nextCursor}": the server had more ${keys.join(', ')} than the capture holds; items on later pages count as missing.`,
      });
    }
  });
  if (capabilities) mcp.capabilities = capabilities;
  const uncaptured = [...(capabilities ? [] : ['capabilities' as const]), ...LIST_KEYS.filter((k) => !present.has(k))];
  if (uncaptured.length > 0) mcp.uncaptured = uncaptured;
  assertNoDuplicates(mcp, file);
  const snapshot = emptySnapshot();
  snapshot.mcp = mcp;
  snapshot.provenance.mcp = 'capture';
  snapshot.provenance.warnings.push(...warnings);
  return snapshot;
}

/** `{"jsonrpc": "2.0", "id": 1, "result": {...}}` → the result; an error response is an error. */
function unwrapJsonRpc(page: unknown, where: string): unknown {
  if (typeof page !== 'object' || page === null || !('jsonrpc' in page)) return page;
  const response = page as { result?: unknown; error?: { message?: string } };
  if (response.error) {
    throw new SnapshotError(
      `${where} is a JSON-RPC error response (${response.error.message ?? 'no message'}), not list results.`,
      { file: where },
    );
  }
  return response.result;
}

function assertNoDuplicates(mcp: McpSurface, file: string): void {
  const duplicate = findDuplicateItem(mcp);
  if (duplicate) {
    throw new SnapshotError(
      `${file} ${duplicate.message}; clients cannot tell them apart. Give each ${duplicate.kind} a unique name.`,
      { file },
    );
  }
}
