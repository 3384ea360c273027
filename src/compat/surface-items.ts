// The items of a surface that a client can use: the denominator of the compatibility score.

import type { Snapshot } from '../surface/types.ts';
import { exportSubpaths } from '../surface/package.ts';

/** Item keys, the same strings that `Change.item` uses. */
export const itemKey = {
  tool: (name: string) => `tool:${name}`,
  prompt: (name: string) => `prompt:${name}`,
  resource: (uri: string) => `resource:${uri}`,
  resourceTemplate: (uriTemplate: string) => `resource-template:${uriTemplate}`,
  capability: (name: string) => `capability:${name}`,
  bin: (name: string) => `bin:${name}`,
  exportPath: (subpath: string) => `export-path:${subpath}`,
  declaration: (entry: string, name: string) => `ts:${entry}:${name}`,
  package: () => 'package',
};

export function surfaceItems(snapshot: Snapshot): Set<string> {
  const items = new Set<string>();
  const mcp = snapshot.mcp;
  if (mcp) {
    for (const tool of mcp.tools) items.add(itemKey.tool(tool.name));
    for (const prompt of mcp.prompts) items.add(itemKey.prompt(prompt.name));
    for (const resource of mcp.resources) items.add(itemKey.resource(resource.uri));
    for (const template of mcp.resourceTemplates) items.add(itemKey.resourceTemplate(template.uriTemplate));
  }
  const pkg = snapshot.package;
  if (pkg) {
    for (const name of Object.keys(pkg.bin)) items.add(itemKey.bin(name));
    for (const subpath of exportSubpaths(pkg.exports)) items.add(itemKey.exportPath(subpath));
  }
  for (const declaration of snapshot.typescript?.declarations ?? []) {
    items.add(itemKey.declaration(declaration.entry, declaration.name));
  }
  return items;
}
