import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  runCheck
} from "./chunk-VNWGCKWA.js";
import "./chunk-VZ3H4TGL.js";
import "./chunk-5TGAL4XU.js";
import {
  envOption,
  headerOption,
  serverHelp,
  serverOptions,
  stderrProgress,
  transportOption
} from "./chunk-PS53SYMS.js";
import "./chunk-E2YKA2XG.js";
import "./chunk-KD47FBFV.js";
import "./chunk-ANEZNWVY.js";
import "./chunk-TY3A46UA.js";
import "./chunk-5GXSPMCM.js";
import "./chunk-KHJDDZPC.js";
import "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import "./chunk-ABR2AS3X.js";
import "./chunk-LMQOIE72.js";
import {
  formatOption,
  writeReport
} from "./chunk-QMOQB5IT.js";
import "./chunk-2VIPLXAM.js";
import "./chunk-XGYEHV2I.js";
import "./chunk-IGSMMJ4B.js";
import "./chunk-JOTVTROF.js";
import {
  renderReportJson
} from "./chunk-OERNSRID.js";
import "./chunk-VCTPKO6Y.js";
import "./chunk-BFDOIXCH.js";
import "./chunk-OCWCKWLY.js";
import "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-TKNEYRUT.js";
import "./chunk-3FT6CWW4.js";
import "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import "./chunk-2MH32WPR.js";
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

// src/cli/check.ts
import { writeFile } from "node:fs/promises";
var checkHelp = `mcpver check [--from TAG] [--to REF] [--command CMD] [options]
  Snapshot the previous release and this one, diff them, and check the version bump.
  --from TAG        the previous release (default: the highest release tag below --to's version)
  --to REF          the release to check (default: the working tree, with package.json's version)
  --command CMD     start the server with CMD over stdio (e.g. "node build/index.js")
  --install CMD     run CMD in each checked-out version before starting it (e.g. "npm ci")
  --build CMD       run CMD after installing (e.g. "npm run build")
  --static          read the MCP surface from the TypeScript source instead of starting the server
${serverHelp}
  --previous P      tag (default: rebuild the previous release from its tag) | registry (take it as
                    published on npm when it is, else from its tag)
  --config FILE     config file (default: .github/mcpver.yml when present)
  --package ID      which configured package to check (monorepos)
  --tag-pattern P   release tags, "*" for the version (default "v*"; "{name}@*" in monorepos)
  --fail-on P       under-bump (default) | breaking | never
  --zero-major M    caret (default: in 0.y.z, y is the breaking position) | strict
  --timeout S       seconds a server may take to answer (default 30)
  --json            print the report as JSON (same as --format json)
  --format F        text (default) | json | markdown | sarif
  --report FILE     also write the JSON report to FILE
  --no-color        no colours in text output
Exit codes: 0 the version is sufficient, 1 the policy fails the release, 2 usage or input error.`;
var FAIL_ON = ["under-bump", "breaking", "never"];
var ZERO_MAJOR = ["caret", "strict"];
async function checkCommand(argv, io) {
  const { values } = parse(argv, {
    from: { type: "string" },
    to: { type: "string" },
    command: { type: "string" },
    install: { type: "string" },
    build: { type: "string" },
    static: { type: "boolean" },
    config: { type: "string" },
    package: { type: "string" },
    "tag-pattern": { type: "string" },
    "fail-on": { type: "string" },
    "zero-major": { type: "string" },
    timeout: { type: "string" },
    json: { type: "boolean" },
    format: { type: "string" },
    report: { type: "string" },
    "no-color": { type: "boolean" },
    previous: { type: "string" },
    help: { type: "boolean", short: "h" },
    ...serverOptions
  });
  if (values.help) {
    io.stdout.write(`${checkHelp}
`);
    return EXIT.ok;
  }
  const format = formatOption(values);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (got "${failOn}").`);
  }
  const zeroMajor = values["zero-major"];
  if (zeroMajor !== void 0 && !ZERO_MAJOR.includes(zeroMajor)) {
    throw new UsageError(`--zero-major must be one of ${ZERO_MAJOR.join(", ")} (got "${zeroMajor}").`);
  }
  const timeout = values.timeout === void 0 ? void 0 : Number(values.timeout);
  if (timeout !== void 0 && !(timeout > 0))
    throw new UsageError(`--timeout must be a positive number of seconds (got "${values.timeout}").`);
  const previous = values.previous;
  if (previous !== void 0 && previous !== "tag" && previous !== "registry") {
    throw new UsageError(`--previous must be tag or registry (got "${previous}").`);
  }
  const transport = transportOption(values.transport, values.url);
  const headers = headerOption(values.header);
  const quiet = format !== "text";
  const { report, package: pkg } = await runCheck({
    cwd: process.cwd(),
    from: values.from,
    to: values.to,
    command: values.command,
    configPath: values.config,
    packageId: values.package,
    overrides: {
      ...failOn ? { failOn } : {},
      ...zeroMajor ? { zeroMajor } : {},
      ...timeout ? { timeoutSeconds: timeout } : {},
      ...values.install ? { install: values.install } : {},
      ...values.build ? { build: values.build } : {},
      ...values.static ? { surface: "static" } : {},
      ...values["tag-pattern"] ? { tagPattern: values["tag-pattern"] } : {},
      ...values.env ? { env: envOption(values.env, io.env) } : {},
      ...values.url ? { url: values.url } : {},
      ...transport ? { transport } : {},
      ...headers ? { headers } : {},
      ...previous ? { previous } : {},
      ...values["install-scripts"] ? { installScripts: true } : {}
    },
    log: format === "text" ? (message) => io.stderr.write(`${message}
`) : void 0,
    environment: io.env,
    ...quiet ? {} : { progress: stderrProgress(io.stderr) }
  });
  if (values.report) await writeFile(values.report, renderReportJson(report));
  writeReport(report, format, io, values["no-color"], pkg.path);
  return report.failed ? EXIT.failed : EXIT.ok;
}
export {
  checkCommand,
  checkHelp
};
