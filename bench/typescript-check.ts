// Child process of the TypeScript benchmark: mcpver's full TypeScript check of one pair of package
// folders (both snapshots' TypeScript part, then every ts-* rule), printing a one-line summary.

// First, as in the CLI and the Action: V8's tiering for a one-shot check (src/tiering.ts).
import '../src/tiering.ts';
import { readFileSync } from 'node:fs';
import { diffSnapshotsAsync } from '../src/compat/diff.ts';
import { typescriptRules } from '../src/compat/rules/index.ts';
import { packageSurface } from '../src/surface/package.ts';
import { emptySnapshot } from '../src/surface/types.ts';
import { takeTypeScriptSurface } from '../src/surface/typescript/index.ts';

const snapshot = (dir: string) => {
  const s = emptySnapshot();
  s.package = packageSurface(JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')));
  s.typescript = takeTypeScriptSurface(dir).surface;
  return s;
};
const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) throw new Error('usage: typescript-check.ts <old package dir> <new package dir>');
const old = snapshot(oldDir);
const next = snapshot(newDir);
const changes = await diffSnapshotsAsync(old, next, { rules: typescriptRules });
const count = (level: string) => changes.filter((c) => c.level === level).length;
console.log(
  JSON.stringify({
    declarations: [old.typescript!.declarations.length, next.typescript!.declarations.length],
    major: count('major'),
    minor: count('minor'),
    patch: count('patch'),
  }),
);
