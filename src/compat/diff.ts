// diffSnapshots: the pure heart of mcpver. Two snapshots in, every change between them out.

import type { Snapshot } from '../surface/types.ts';
import { assertSchemaDepth } from '../surface/depth.ts';
import type { Change, Rule, RuleOptions } from './types.ts';
import { rules as registry } from './rules/index.ts';
import { overriddenLevel } from './schema/schema-rule.ts';
import { hasTypeScriptSurface, loadTypeScriptEngine } from './typescript/engine.ts';
import { comparableSnapshots } from './uncaptured.ts';

export interface DiffOptions {
  /** Settings of contested rules (catalogue 6.5), keyed by rule id or option name. */
  ruleOptions?: RuleOptions;
  /** Rules to run instead of the registry (tests run one rule at a time). */
  rules?: readonly Rule[];
}

/**
 * diffSnapshots for callers that may hold TypeScript surfaces: the TypeScript comparison (the
 * compiler) is loaded first where the old snapshot has a TypeScript API, and only there, so a diff
 * of MCP captures starts without it.
 */
export async function diffSnapshotsAsync(old: Snapshot, next: Snapshot, options: DiffOptions = {}): Promise<Change[]> {
  if (hasTypeScriptSurface(old)) await loadTypeScriptEngine();
  return diffSnapshots(old, next, options);
}

/** Every change between two snapshots. Snapshots with a TypeScript API need `loadTypeScriptEngine()` first. */
export function diffSnapshots(oldInput: Snapshot, nextInput: Snapshot, options: DiffOptions = {}): Change[] {
  // Every rule walks schemas recursively: a schema nested beyond reason is refused by name first.
  assertSchemaDepth(oldInput, 'old');
  assertSchemaDepth(nextInput, 'new');
  // What one side did not capture is unknown: compared on neither (the report says so).
  const { old, new: next } = comparableSnapshots(oldInput, nextInput);
  const context = { old, new: next, options: options.ruleOptions ?? {}, registry };
  const changes: Change[] = [];
  for (const rule of options.rules ?? registry) {
    for (const found of rule.detect(context)) {
      // Drop undefined fields so that reports compare and serialize cleanly.
      // `policy.rules.<rule-id>: major | minor | patch | off` re-levels or silences any rule.
      const level = overriddenLevel(found.rule, found.level, context.options);
      if (level === null) continue;
      const change = { ...(JSON.parse(JSON.stringify(found)) as Change), level };
      // Any change to an MCP item points at the line that declares it, where extraction found one:
      // the new declaration for a change, the old one for a removal.
      const location = next.mcp?.locations?.[change.item];
      const oldLocation = old.mcp?.locations?.[change.item];
      if (!change.location && location) change.location = location;
      else if (!change.location && oldLocation) Object.assign(change, { location: oldLocation, locatedIn: 'old' });
      changes.push(change);
    }
  }
  return changes;
}
