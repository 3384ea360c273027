import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);

// src/cli/common.ts
import { parseArgs } from "node:util";

// src/errors.ts
var USER_ERROR_NAMES = /* @__PURE__ */ new Set([
  "AbError",
  "CommandRefusedError",
  "ConfigError",
  "DependentParseError",
  "DuplicateItemError",
  "EventsError",
  "GitError",
  "InputError",
  "MigrationError",
  "PackageJsonError",
  "ProxyError",
  "RollbackError",
  "SnapshotError",
  "SnapshotFormatError",
  "StateBranchError",
  "StateConflictError",
  "StateCorruptError",
  "StatePathError",
  "StateReadOnlyError",
  "TransientStateError",
  "TypeScriptSurfaceError",
  "UsageError",
  "VersionError"
]);
function isUserError(error) {
  return error instanceof Error && USER_ERROR_NAMES.has(error.name);
}

// src/cli/common.ts
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
function reportError(error, write = (t) => process.stderr.write(t)) {
  const e = error;
  if (isUserError(e)) {
    write(`mcpver: ${e.message}
`);
  } else {
    write(`mcpver: unexpected error: ${e?.stack ?? String(error)}
`);
  }
  return EXIT.usage;
}
function parse(argv, options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function useColor(noColor, io) {
  return !noColor && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

export {
  EXIT,
  UsageError,
  reportError,
  parse,
  useColor
};
