import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  LocalStateStore,
  StateBranchError,
  StatePathError
} from "./chunk-Y6D5DYJZ.js";
import "./chunk-ANEZNWVY.js";
import "./chunk-BFDOIXCH.js";
import {
  CONFIG_PATH,
  parseConfig
} from "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-Q6RRY3H6.js";
import {
  writeLine
} from "./chunk-2MH32WPR.js";
import {
  EXIT,
  UsageError,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/cli/state.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var stateHelp = `mcpver state <show|list|log> [options]
  show <path>        print one state file (e.g. registry.json, reports/pkg/1.0.0..2.0.0.json)
  list [prefix]      the state files, optionally under a folder prefix (snapshots/, reports/pkg/)
  log                the audit log, oldest first: when, who, what, which files
Options: --repo DIR (default .), --state-branch NAME (default: state.branch of .github/mcpver.yml,
  else mcpver/state), --month YYYY-MM (log: one month), --json (log: one JSON object per line)`;
async function stateBranch(root, given) {
  if (given) return given;
  try {
    return parseConfig(await readFile(path.join(root, CONFIG_PATH), "utf8")).state.branch;
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function formatEntry(entry) {
  return `${entry.at}  ${entry.actor}  ${entry.operation}  ${entry.message}  [${entry.paths.join(", ")}]`;
}
async function stateCommand(argv, io) {
  try {
    return await runState(argv, io);
  } catch (error) {
    if (error instanceof StateBranchError || error instanceof StatePathError) throw new UsageError(error.message);
    throw error;
  }
}
async function runState(argv, io) {
  const { values, positionals } = parse(
    argv,
    {
      repo: { type: "string" },
      "state-branch": { type: "string" },
      month: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    true
  );
  const [sub, ...rest] = positionals;
  if (values.help || sub === void 0) {
    io.stdout.write(`${stateHelp}
`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const root = path.resolve(values.repo ?? ".");
  const branch = await stateBranch(root, values["state-branch"]);
  const store = new LocalStateStore({ cwd: root, ...branch ? { branch } : {} });
  const empty = async () => await store.head() === null;
  switch (sub) {
    case "show": {
      const [file] = rest;
      if (!file || rest.length > 1)
        throw new UsageError('mcpver state show takes one state path, e.g. "mcpver state show registry.json".');
      const text = await store.read(file);
      if (text === null) {
        const why = await empty() ? `the ${store.where} does not exist yet` : `no file "${file}" on the ${store.where}`;
        throw new UsageError(`${why} (see "mcpver state list").`);
      }
      writeLine(io.stdout, text);
      return EXIT.ok;
    }
    case "list": {
      if (rest.length > 1) throw new UsageError("mcpver state list takes at most one prefix.");
      const files = await store.list(rest[0] ?? "");
      if (files.length === 0 && await empty()) io.stderr.write(`mcpver: the ${store.where} does not exist yet.
`);
      for (const file of files) io.stdout.write(`${file}
`);
      return EXIT.ok;
    }
    case "log": {
      if (values.month !== void 0 && !/^\d{4}-\d{2}$/.test(values.month))
        throw new UsageError(`--month must look like 2026-11, not "${values.month}".`);
      const files = (await store.list("log/")).filter(
        (f) => f.endsWith(".ndjson") && (!values.month || f === `log/${values.month}.ndjson`)
      );
      for (const file of files) {
        const lines = (await store.read(file) ?? "").split("\n").filter(Boolean);
        lines.forEach((line, index) => {
          let entry;
          try {
            entry = JSON.parse(line);
          } catch {
            throw new UsageError(`${file} line ${index + 1} on the ${store.where} is not JSON: ${line.slice(0, 80)}`);
          }
          io.stdout.write(values.json ? `${JSON.stringify(entry)}
` : `${formatEntry(entry)}
`);
        });
      }
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown state command "${sub}": use show, list or log.`);
  }
}
export {
  stateCommand,
  stateHelp
};
