import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  envOption,
  headerOption,
  serverHelp,
  serverOptions,
  stderrProgress,
  transportOption
} from "./chunk-PS53SYMS.js";
import {
  partReaders,
  takeSnapshot,
  takeSnapshotAtRef
} from "./chunk-E2YKA2XG.js";
import "./chunk-KD47FBFV.js";
import {
  Git
} from "./chunk-ANEZNWVY.js";
import "./chunk-TY3A46UA.js";
import "./chunk-5GXSPMCM.js";
import "./chunk-KHJDDZPC.js";
import "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import "./chunk-ABR2AS3X.js";
import "./chunk-LMQOIE72.js";
import {
  stableJson
} from "./chunk-OERNSRID.js";
import "./chunk-VCTPKO6Y.js";
import "./chunk-BFDOIXCH.js";
import {
  DEFAULT_TIMEOUT_SECONDS
} from "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import {
  EXIT,
  UsageError,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-NZCTYT4Q.js";
import "./chunk-PL4NSQ6G.js";
import "./chunk-HR5I3F4F.js";
import "./chunk-URR7BXMR.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-6LR7PQPG.js";
import "./chunk-KQ74DAPA.js";
import "./chunk-AMF5LEKA.js";

// src/cli/snapshot.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var snapshotHelp = `mcpver snapshot [--dir DIR | --ref REF] [--command CMD | --url URL] [--env NAME] [--path SUBDIR] [--timeout S] [--out FILE]
  Write the Snapshot (what one version promises) as JSON.
  --dir DIR       the package directory as it is on disk (default: .)
  --ref REF       the package at a git ref, checked out in a temporary worktree
  --path SUBDIR   with --ref: the package root inside the repository (default: .)
  --command CMD   start the server with CMD over stdio and list its tools, prompts and resources
  --static        read the MCP surface from the TypeScript source instead of starting the server
${serverHelp}
  --timeout S     seconds the server may take to answer (default ${DEFAULT_TIMEOUT_SECONDS})
  --out FILE      write to FILE instead of standard output`;
async function snapshotCommand(argv, io) {
  const { values } = parse(argv, {
    dir: { type: "string" },
    ref: { type: "string" },
    path: { type: "string" },
    command: { type: "string" },
    static: { type: "boolean" },
    timeout: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
    ...serverOptions
  });
  if (values.help) {
    io.stdout.write(`${snapshotHelp}
`);
    return EXIT.ok;
  }
  if (values.dir && values.ref) throw new UsageError("Give either --dir or --ref, not both.");
  const timeout = values.timeout === void 0 ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);
  const transport = transportOption(values.transport, values.url);
  const options = {
    command: values.command,
    transport,
    url: values.url,
    headers: headerOption(values.header),
    passEnv: envOption(values.env, io.env),
    installScripts: values["install-scripts"],
    timeoutMs: timeout * 1e3,
    extraParts: partReaders({
      command: values.command,
      url: values.url,
      surface: values.static ? "static" : "auto",
      typescript: true
    }),
    // Progress goes to stderr; when the snapshot itself goes to stdout, mcpver stays quiet.
    ...values.out ? { progress: stderrProgress(io.stderr) } : {}
  };
  const snapshot = values.ref ? await takeSnapshotAtRef(new Git(process.cwd()), values.ref, { ...options, path: values.path ?? "." }) : await takeSnapshot({ ...options, dir: path.resolve(values.dir ?? ".") });
  const text = stableJson(snapshot);
  if (values.out) await writeFile(values.out, text);
  else io.stdout.write(text);
  return EXIT.ok;
}
export {
  snapshotCommand,
  snapshotHelp
};
