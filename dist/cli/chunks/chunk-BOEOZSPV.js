import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/ab/assign.ts
import { createHash } from "node:crypto";
var BUCKET_SCALE = 2 ** 52;
function assignmentBucket(testId, unitKey) {
  const digest = createHash("sha256").update(testId).update("\0").update(unitKey).digest("hex");
  return Number.parseInt(digest.slice(0, 13), 16) / BUCKET_SCALE;
}
function assignVariant(testId, unitKey, split = { A: 50, B: 50 }) {
  if (!(split.A > 0) || !(split.B > 0) || !Number.isFinite(split.A + split.B)) {
    throw new RangeError(`assignVariant: the split weights must be positive numbers (got A=${split.A}, B=${split.B}).`);
  }
  return assignmentBucket(testId, unitKey) < split.A / (split.A + split.B) ? "A" : "B";
}

export {
  assignVariant
};
