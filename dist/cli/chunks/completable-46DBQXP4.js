import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  COMPLETABLE_SYMBOL,
  McpZodTypeKind,
  completable,
  getCompleter,
  isCompletable,
  unwrapCompletable
} from "./chunk-OY4EJMBH.js";
import "./chunk-AMF5LEKA.js";
export {
  COMPLETABLE_SYMBOL,
  McpZodTypeKind,
  completable,
  getCompleter,
  isCompletable,
  unwrapCompletable
};
