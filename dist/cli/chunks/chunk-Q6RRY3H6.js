import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/process/cleanup.ts
var pending = /* @__PURE__ */ new Set();
function registerCleanup(kind, run) {
  const entry = { kind, run };
  pending.add(entry);
  return () => {
    pending.delete(entry);
  };
}
async function runCleanups() {
  const entries = [...pending];
  pending.clear();
  await Promise.allSettled(entries.filter((e) => e.kind === "process").map((e) => e.run()));
  for (const entry of entries.filter((e) => e.kind === "files").reverse()) {
    await entry.run().catch(() => void 0);
  }
}

export {
  registerCleanup,
  runCleanups
};
