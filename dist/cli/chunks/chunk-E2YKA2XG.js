import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError
} from "./chunk-KD47FBFV.js";
import {
  parseCommandLine
} from "./chunk-TY3A46UA.js";
import {
  explainGeneratedTools
} from "./chunk-KHJDDZPC.js";
import {
  Client
} from "./chunk-TA6RE672.js";
import {
  ErrorCode,
  JSONRPCMessageSchema,
  McpError
} from "./chunk-ABR2AS3X.js";
import {
  ProcessGroup,
  findLockfile,
  installCommand,
  installEnvironment,
  mcpServerEvidence,
  runSetupCommand
} from "./chunk-LMQOIE72.js";
import {
  DuplicateItem,
  describeSchemaError,
  emptySnapshot,
  findDuplicateItem,
  validateCapture
} from "./chunk-VCTPKO6Y.js";
import {
  INSTALL_NONE
} from "./chunk-OCWCKWLY.js";
import {
  packageSurface
} from "./chunk-RKM4EP6H.js";
import {
  parseJsonText
} from "./chunk-TKNEYRUT.js";
import {
  SnapshotError,
  withOutput
} from "./chunk-4MKIT45O.js";
import {
  findBareEntryPoints
} from "./chunk-DB7HHRVD.js";
import {
  external_exports
} from "./chunk-EWZFM2SE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-AMF5LEKA.js";

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path4, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i = 0; i < pathext.length; i++) {
        var p = pathext[i].toLowerCase();
        if (p && path4.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat, path4, options) {
      if (!stat.isSymbolicLink() && !stat.isFile()) {
        return false;
      }
      return checkPathExt(path4, options);
    }
    function isexe(path4, options, cb) {
      fs.stat(path4, function(er, stat) {
        cb(er, er ? false : checkStat(stat, path4, options));
      });
    }
    function sync(path4, options) {
      return checkStat(fs.statSync(path4), path4, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path4, options, cb) {
      fs.stat(path4, function(er, stat) {
        cb(er, er ? false : checkStat(stat, options));
      });
    }
    function sync(path4, options) {
      return checkStat(fs.statSync(path4), options);
    }
    function checkStat(stat, options) {
      return stat.isFile() && checkMode(stat, options);
    }
    function checkMode(stat, options) {
      var mod = stat.mode;
      var uid = stat.uid;
      var gid = stat.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o = parseInt("001", 8);
      var ug = u | g;
      var ret = mod & o || mod & g && gid === myGid || mod & u && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path4, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path4, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path4, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path4, options) {
      try {
        return core.sync(path4, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path4 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step2 = (i) => new Promise((resolve, reject) => {
        if (i === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path4.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i, 0));
      });
      const subStep = (p, i, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step2(i + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i, ii + 1));
        });
      });
      return cb ? step2(0).then((res) => cb(null, res), cb) : step2(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i = 0; i < pathEnv.length; i++) {
        const ppRaw = pathEnv[i];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path4.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey = (options = {}) => {
      const environment = options.env || process.env;
      const platform = options.platform || process.platform;
      if (platform !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey;
    module.exports.default = pathKey;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path4.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path4.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path4, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path4.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path4.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync(command, args, options) {
      const parsed = parse(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// src/surface/snapshot.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";

// src/surface/dependencies.ts
import { existsSync, readFileSync } from "node:fs";
import { symlink } from "node:fs/promises";
import path from "node:path";

// src/surface/progress.ts
async function step(progress, label, work) {
  if (!progress) return work();
  const end = progress.start(label);
  try {
    const result = await work();
    end(true);
    return result;
  } catch (error) {
    end(false);
    throw error;
  }
}

// src/surface/dependencies.ts
function sameFile(a, b) {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}
async function prepareDependencies(options) {
  const packageDir = path.join(options.copy, options.packagePath);
  const scripts = options.installScripts ?? false;
  const label = options.label ? ` ${options.label}` : "";
  const env = { ...options.env, ...installEnvironment(scripts) };
  const setup = { env, setupTimeoutMs: options.setupTimeoutMs };
  if (options.install && options.install !== INSTALL_NONE) {
    const command = options.install;
    await step(
      options.progress,
      `install${label} (${command})`,
      () => runSetupCommand("install", command, packageDir, setup)
    );
    return { warnings: [], scriptsOff: !scripts };
  }
  if (options.install !== INSTALL_NONE && options.willRun && !existsSync(path.join(packageDir, "node_modules"))) {
    const lockfile = findLockfile(packageDir, options.copy);
    if (lockfile) {
      const relative = path.relative(options.copy, lockfile.file);
      const inWorkspace = path.resolve(packageDir) !== lockfile.root;
      const lendable = !inWorkspace && sameFile(lockfile.file, path.join(options.source, relative)) && existsSync(path.join(options.source, path.dirname(relative), "node_modules"));
      if (!lendable) {
        const { command, cwd } = installCommand(lockfile, packageDir, { scripts });
        await step(
          options.progress,
          `install${label} (${command})`,
          () => runSetupCommand("install", command, cwd, setup)
        );
        return { warnings: [], scriptsOff: !scripts };
      }
      await lendDependencies(options.source, options.copy, options.packagePath);
      return { warnings: [], scriptsOff: false };
    }
  }
  const lent = await lendDependencies(options.source, options.copy, options.packagePath);
  const warnings = lent.map((folder) => ({
    part: "package",
    message: `No install command is configured: ${options.label ?? "this version"} ran with the dependencies installed in ${folder}. Configure "install" (for example "npm ci"), or commit a lockfile, to run each version with its own.`
  }));
  return { warnings, scriptsOff: false };
}
async function lendDependencies(checkout, copy, packagePath) {
  const lent = [];
  for (const folder of /* @__PURE__ */ new Set([packagePath, "."])) {
    const source = path.join(checkout, folder, "node_modules");
    const target = path.join(copy, folder, "node_modules");
    if (!existsSync(source) || existsSync(target) || !existsSync(path.dirname(target))) continue;
    await symlink(source, target, "dir");
    lent.push(path.posix.join(folder, "node_modules"));
  }
  return lent;
}
var SCRIPTS_OFF_HINT = 'Dependencies were installed without lifecycle scripts (install-scripts: false). If the server needs one (a prepare that builds it, a postinstall that fetches a binary), configure "build", or set install-scripts: true.';

// node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import process2 from "node:process";

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/stdio.js
var STDIO_DEFAULT_MAX_BUFFER_SIZE = 10 * 1024 * 1024;
function deserializeMessage(line) {
  return JSONRPCMessageSchema.parse(JSON.parse(line));
}
function serializeMessage(message) {
  return JSON.stringify(message) + "\n";
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/client/stdio.js
var DEFAULT_INHERITED_ENV_VARS = process2.platform === "win32" ? [
  "APPDATA",
  "HOMEDRIVE",
  "HOMEPATH",
  "LOCALAPPDATA",
  "PATH",
  "PROCESSOR_ARCHITECTURE",
  "SYSTEMDRIVE",
  "SYSTEMROOT",
  "TEMP",
  "USERNAME",
  "USERPROFILE",
  "PROGRAMFILES"
] : (
  /* list inspired by the default env inheritance of sudo */
  ["HOME", "LOGNAME", "PATH", "SHELL", "TERM", "USER"]
);
function getDefaultEnvironment() {
  const env = {};
  for (const key of DEFAULT_INHERITED_ENV_VARS) {
    const value = process2.env[key];
    if (value === void 0) {
      continue;
    }
    if (value.startsWith("()")) {
      continue;
    }
    env[key] = value;
  }
  return env;
}

// src/surface/mcp-runtime.ts
import { setMaxListeners } from "node:events";

// src/surface/http-server.ts
import { connect } from "node:net";

// src/surface/stdio-transport.ts
var MAX_MESSAGE_BYTES = STDIO_DEFAULT_MAX_BUFFER_SIZE;
var MessageTooLarge = class extends Error {
  constructor(bytes, complete) {
    super(`a message of ${complete ? "" : "more than "}${bytes} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit`);
    this.bytes = bytes;
    this.complete = complete;
  }
  bytes;
  complete;
};
var EXIT_DRAIN_MS = 250;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var ProcessStdioTransport = class {
  constructor(options, onStart) {
    this.options = options;
    this.onStart = onStart;
  }
  options;
  onStart;
  onclose;
  onerror;
  onmessage;
  setProtocolVersion;
  process;
  /** Set when the server sent a message over the limit: the reason the connection was closed. */
  tooLarge;
  pending = [];
  pendingBytes = 0;
  /** Bytes of an oversized message read so far, while skipping it to its end. */
  skipping;
  closed = false;
  async start() {
    const group = await ProcessGroup.start({ ...this.options, stdout: "pipe", stdin: "pipe" });
    this.process = group;
    this.onStart?.(group);
    group.child.stdout.on("data", (chunk) => this.read(chunk));
    group.child.stdin.on("error", (error) => this.onerror?.(error));
    const drained = new Promise((resolve) => group.child.stdout.once("end", resolve));
    void group.exited.then(() => Promise.race([drained, sleep(EXIT_DRAIN_MS)])).then(() => this.finish());
  }
  read(chunk) {
    let rest = chunk;
    while (rest.length > 0 && !this.closed) {
      const newline = rest.indexOf(10);
      if (this.skipping !== void 0) {
        if (newline === -1) {
          this.skipping += rest.length;
          return;
        }
        this.fail(new MessageTooLarge(this.skipping + newline, true));
        return;
      }
      if (newline === -1) {
        this.pending.push(rest);
        this.pendingBytes += rest.length;
        if (this.pendingBytes > MAX_MESSAGE_BYTES) {
          this.skipping = this.pendingBytes;
          this.pending = [];
          this.pendingBytes = 0;
        }
        return;
      }
      const line = Buffer.concat([...this.pending, rest.subarray(0, newline)]);
      this.pending = [];
      this.pendingBytes = 0;
      rest = rest.subarray(newline + 1);
      if (line.length > MAX_MESSAGE_BYTES) {
        this.fail(new MessageTooLarge(line.length, true));
        return;
      }
      this.deliver(line.toString("utf8").replace(/\r$/, ""));
    }
  }
  deliver(line) {
    let message;
    try {
      message = deserializeMessage(line);
    } catch (error) {
      this.onerror?.(error);
      return;
    }
    this.onmessage?.(message);
  }
  /** A message over the limit ends the connection: the pending request fails with the reason. */
  fail(error) {
    this.tooLarge = error;
    this.skipping = void 0;
    this.onerror?.(error);
    this.finish();
    void this.process?.stop();
  }
  /** While an oversized message is being skipped when time runs out: what is known of its size. */
  get partialTooLarge() {
    return this.tooLarge ?? (this.skipping !== void 0 ? new MessageTooLarge(this.skipping, false) : void 0);
  }
  async send(message) {
    const stdin = this.process?.child.stdin;
    if (!stdin || stdin.destroyed || this.closed) throw new Error("Not connected");
    if (!stdin.write(serializeMessage(message))) await new Promise((resolve) => stdin.once("drain", resolve));
  }
  finish() {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
  /** End the server's whole process group and let go of its pipes. */
  async close() {
    await this.process?.stop();
    this.finish();
  }
};

// src/surface/runtime-failure.ts
var Timeout = class extends Error {
};
var ServerExited = class extends Error {
  constructor(exit) {
    super("the server exited");
    this.exit = exit;
  }
  exit;
};
var MIB = 1024 * 1024;
function describeBytes(bytes) {
  return `${(bytes / MIB).toFixed(1)} MiB (${bytes.toLocaleString("en-US")} bytes)`;
}
function describeFailure(error, context) {
  if (error instanceof SnapshotError) return error;
  const { command, cwd, stderr, file } = context;
  const details = { command: command || void 0, output: stderr, cause: error };
  const server = command ? `The MCP server started by "${command}"` : `The MCP server at ${context.url}`;
  const where = command ? ` (in ${cwd})` : "";
  const code = error?.code;
  if (command && (code === "ENOENT" || code === "EACCES")) {
    const why = code === "ENOENT" ? `"${file}" was not found` : `"${file}" is not executable`;
    return new SnapshotError(
      `Could not start the MCP server: ${why} (command "${command}", run in ${cwd}). Check the command, and that it is installed and on PATH.`,
      details
    );
  }
  if (error instanceof MessageTooLarge) {
    const size = error.complete ? describeBytes(error.bytes) : `more than ${describeBytes(error.bytes)}`;
    return new SnapshotError(
      `${server} answered ${context.step} with a message of ${size}, over the MCP SDK's stdio limit of ${describeBytes(MAX_MESSAGE_BYTES)}: clients built on the SDK refuse it too, so mcpver does not read it. Make the listing smaller (paginate it, or shorten descriptions and schemas).`,
      details
    );
  }
  if (error instanceof Timeout) {
    const seconds = context.timeoutMs / 1e3;
    const hint = context.transport === "stdio" ? "Check that the command starts an MCP server on stdio (not HTTP: set transport: http and its url), not a build step first, or raise the timeout." : `Check that the server listens at ${context.url} and speaks streamable HTTP there, or raise the timeout.`;
    return new SnapshotError(
      withOutput(
        `${server}${where} did not answer ${context.step} within ${seconds} s, so it was stopped. ${hint}`,
        "Its output",
        stderr
      ),
      details
    );
  }
  if (error instanceof DuplicateItem) {
    return new SnapshotError(
      `${server} ${error.message}; clients cannot tell them apart, so mcpver cannot snapshot it. Give each ${error.kind} a unique name.`,
      details
    );
  }
  if (error instanceof ServerExited || error instanceof McpError && error.code === ErrorCode.ConnectionClosed) {
    const exit = error instanceof ServerExited ? error.exit : context.exit;
    const before = error instanceof ServerExited ? `listened at ${context.url}` : `answered ${context.step}`;
    return new SnapshotError(
      withOutput(`${server}${where} ${describeExit(exit)} before it ${before}.`, "Its output", stderr),
      details
    );
  }
  if (error instanceof StreamableHTTPError && error.code !== void 0) {
    const auth = error.code === 401 || error.code === 403 ? " Check the headers (an Authorization header, taken from pass-env)." : "";
    return new SnapshotError(
      withOutput(
        `${server}${where} answered ${context.step} with HTTP ${error.code}: ${error.message}.${auth}`,
        "Its output",
        stderr
      ),
      details
    );
  }
  if (context.transport === "http" && error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = error.cause?.message;
    return new SnapshotError(
      withOutput(
        `Could not reach the MCP server at ${context.url}${cause ? ` (${cause})` : ""}${command ? `, started by "${command}"` : ""}. Check the URL, and that the server is running.`,
        "Its output",
        stderr
      ),
      details
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SnapshotError(
    withOutput(`${server}${where} failed at ${context.step}: ${message}`, "Its output", stderr),
    details
  );
}
function describeExit(exit) {
  if (exit?.code !== void 0 && exit.code !== null) return `exited with code ${exit.code}`;
  if (exit?.signal) return `was killed by ${exit.signal}`;
  return "exited";
}

// src/surface/http-server.ts
var RETRY_MS = 100;
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function expandHeaders(headers, env) {
  const expanded = {};
  for (const [name, value] of Object.entries(headers)) {
    expanded[name] = value.replace(REFERENCE, (_match, braced, bare) => {
      const variable = braced ?? bare;
      const found = env[variable];
      if (found === void 0) {
        throw new SnapshotError(
          `The header "${name}" uses $${variable}, which is not in the server's environment: pass it with pass-env (config), --env ${variable} (CLI) or the pass-env input (Action).`
        );
      }
      return found;
    });
  }
  return expanded;
}
function listening(url) {
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
async function waitForUrl(url, server, signal) {
  while (!signal.aborted) {
    if (server.exit) throw new ServerExited(server.exit);
    if (await listening(url)) return;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

// src/surface/mcp-runtime.ts
var DEFAULT_RUNTIME_TIMEOUT_MS = 3e4;
var MAX_LIST_PAGES = 1e3;
var CLIENT_INFO = { name: "mcpver", version: "1.0.0" };
async function takeRuntimeSurface(options) {
  const { command, cwd } = options;
  const mode = options.transport ?? "stdio";
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUNTIME_TIMEOUT_MS;
  const env = options.env ?? {};
  if (mode === "stdio" && !command) throw new SnapshotError("A stdio MCP server needs a command to start it.");
  if (mode === "http" && !options.url) {
    throw new SnapshotError(
      `An MCP server over streamable HTTP needs its URL${command ? ` (the one "${command}" listens on)` : ""}; give url.`,
      { command }
    );
  }
  const line = command ? parseCommandLine(command, env) : void 0;
  const url = options.url ? parseUrl(options.url) : void 0;
  const headers = expandHeaders(options.headers ?? {}, env);
  const label = options.label ? ` ${options.label}` : "";
  const what = command ? `"${command}"` : `at ${options.url}`;
  const connection = {};
  const warnings = [];
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  client.onerror = (error) => {
    warnings.push({ part: "mcp", message: `The server wrote something that is not an MCP message: ${error.message}` });
  };
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const requestOptions = { signal: controller.signal, timeout: timeoutMs };
  const progress = { step: "start" };
  let negotiated;
  const serverEnv = { ...getDefaultEnvironment(), ...env, ...line?.env };
  const onStart = (group) => {
    connection.process = group;
    options.onSpawn?.(group.pid);
  };
  const work = (async () => {
    await step(options.progress, `start${label} (${command ?? options.url})`, async () => {
      if (mode === "stdio") {
        const transport = new ProcessStdioTransport(
          { file: line.file, args: line.args, cwd, env: serverEnv },
          onStart
        );
        transport.setProtocolVersion = (version) => {
          negotiated = version;
        };
        connection.stdio = transport;
        connection.transport = transport;
      } else {
        if (line) {
          progress.step = `start (waiting for ${url.href})`;
          onStart(
            await ProcessGroup.start({
              file: line.file,
              args: line.args,
              cwd,
              env: serverEnv,
              stdout: "capture",
              stdin: "ignore"
            })
          );
          await waitForUrl(url, connection.process, controller.signal);
        }
        connection.transport = new StreamableHTTPClientTransport(url, { requestInit: { headers } });
      }
      progress.step = "initialize";
      await client.connect(connection.transport, requestOptions);
    });
    return step(options.progress, `list${label}`, async () => {
      const capabilities = client.getServerCapabilities() ?? {};
      const has = (capability) => capabilities[capability] !== void 0 && capabilities[capability] !== null;
      const list = (method, page) => {
        progress.step = method;
        return listAllPages(method, page, warnings);
      };
      const rawList = (method, key) => list(method, async (cursor, pageNumber) => {
        const result = await client.request({ method, params: cursor ? { cursor } : {} }, RAW_RESULT, requestOptions);
        return checkedPage(
          pageNumber > 1 ? `${method} answer (page ${pageNumber})` : `${method} answer`,
          key,
          result
        );
      });
      const tools = has("tools") ? await rawList("tools/list", "tools") : [];
      const prompts = has("prompts") ? await rawList("prompts/list", "prompts") : [];
      const resources = has("resources") ? await rawList("resources/list", "resources") : [];
      const resourceTemplates = has("resources") ? await rawList("resources/templates/list", "resourceTemplates") : [];
      const mcp = { capabilities, tools, prompts, resources, resourceTemplates };
      const duplicate = findDuplicateItem(mcp);
      if (duplicate) throw duplicate;
      const serverInfo = client.getServerVersion();
      if (serverInfo) mcp.serverInfo = serverInfo;
      const protocolVersion = negotiated ?? connection.transport?.protocolVersion;
      if (protocolVersion) mcp.protocolVersion = protocolVersion;
      const instructions = client.getInstructions();
      if (instructions !== void 0) mcp.instructions = instructions;
      return mcp;
    });
  })();
  work.catch(() => void 0);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, timeoutMs);
  });
  let outcome;
  try {
    outcome = { mcp: await Promise.race([work, deadline]) };
  } catch (error) {
    outcome = { error };
  } finally {
    clearTimeout(timer);
  }
  if (mode === "http" && connection.transport) {
    await withTimeout(connection.transport.terminateSession(), 1e3).catch(
      () => void 0
    );
  }
  await client.close().catch(() => void 0);
  await connection.process?.stop();
  if ("mcp" in outcome) return { mcp: outcome.mcp, warnings };
  throw describeFailure(
    connection.stdio?.tooLarge ?? (outcome.error instanceof Timeout ? connection.stdio?.partialTooLarge ?? outcome.error : outcome.error),
    {
      command: command ?? "",
      what,
      transport: mode,
      url: options.url,
      file: line?.file ?? "",
      cwd,
      timeoutMs,
      step: progress.step,
      stderr: connection.process?.output ?? "",
      exit: connection.process?.exit
    }
  );
}
function parseUrl(text) {
  try {
    return new URL(text);
  } catch {
    throw new SnapshotError(`The server URL "${text}" is not a URL (for example http://127.0.0.1:3000/mcp).`);
  }
}
function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => timer = setTimeout(() => resolve(void 0), ms))
  ]).finally(() => clearTimeout(timer));
}
var RAW_RESULT = external_exports.record(external_exports.string(), external_exports.unknown());
function checkedPage(answer, key, result) {
  if (!Array.isArray(result[key])) {
    throw new Error(
      `its ${answer} has no "${key}" array (it has ${Object.keys(result).map((k) => `"${k}"`).join(", ") || "no fields"})`
    );
  }
  if (!validateCapture(result)) {
    throw new Error(`its ${answer} is malformed: ${describeSchemaError(validateCapture.errors[0], result)}`);
  }
  const nextCursor = result.nextCursor;
  return { items: result[key], nextCursor: typeof nextCursor === "string" ? nextCursor : void 0 };
}
async function listAllPages(method, page, warnings) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  let cursor;
  for (let n = 0; n < MAX_LIST_PAGES; n++) {
    let result;
    try {
      result = await page(cursor, n + 1);
    } catch (error) {
      if (error instanceof McpError && error.code === ErrorCode.MethodNotFound) {
        warnings.push({
          part: "mcp",
          message: `The server declares the capability for ${method} but answers "method not found"; recorded as empty.`
        });
        return items;
      }
      throw error;
    }
    items.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === void 0 || cursor === null) return items;
    if (seen.has(cursor)) throw new Error(`${method} returned the cursor "${cursor}" twice; its pagination loops.`);
    seen.add(cursor);
  }
  throw new Error(`${method} was still returning a nextCursor after ${MAX_LIST_PAGES} pages.`);
}

// src/surface/secrets.ts
var REDACTED = "***";
var MIN_SECRET_LENGTH = 6;
function maskable(secrets) {
  return Object.entries(secrets).filter(([, value]) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b[1].length - a[1].length);
}
function redactText(text, secrets) {
  let result = text;
  for (const [, value] of maskable(secrets)) result = result.split(value).join(REDACTED);
  return result;
}
function redactError(error, secrets) {
  if (!(error instanceof SnapshotError) || maskable(secrets).length === 0) return error;
  const message = redactText(error.message, secrets);
  const output = error.output === void 0 ? void 0 : redactText(error.output, secrets);
  if (message === error.message && output === error.output) return error;
  const redacted = new SnapshotError(message, { command: error.command, output, file: error.file });
  redacted.stack = `${redacted.name}: ${message}`;
  return redacted;
}
function redactSnapshot(snapshot, secrets) {
  const found = /* @__PURE__ */ new Set();
  const entries = maskable(secrets);
  if (entries.length === 0) return;
  const visit = (value) => {
    if (typeof value === "string") {
      let result = value;
      for (const [name, secret] of entries) {
        if (!result.includes(secret)) continue;
        found.add(name);
        result = result.split(secret).join(REDACTED);
      }
      return result;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) value[key] = visit(item);
    }
    return value;
  };
  visit(snapshot);
  for (const name of [...found].sort()) {
    snapshot.provenance.warnings.push({
      part: "mcp",
      message: `The server put the value of ${name} (passed to it from the environment) in what it lists; it is recorded as "${REDACTED}".`
    });
  }
}

// src/surface/reader-revision.ts
var READER_REVISION = "92dbffb916dc";

// src/surface/snapshot.ts
async function takeSnapshot(options) {
  const secrets = options.passEnv ?? {};
  try {
    const snapshot = await readSnapshot({ ...options, env: { ...options.env, ...secrets } });
    redactSnapshot(snapshot, secrets);
    return snapshot;
  } catch (error) {
    throw redactError(error, secrets);
  }
}
async function readSnapshot(options) {
  const dir = path2.resolve(options.dir);
  const label = options.label ? ` ${options.label}` : "";
  if (options.install)
    await step(
      options.progress,
      `install${label} (${options.install})`,
      () => runSetupCommand("install", options.install, dir, options)
    );
  if (options.build)
    await step(
      options.progress,
      `build${label} (${options.build})`,
      () => runSetupCommand("build", options.build, dir, options)
    );
  const snapshot = emptySnapshot();
  snapshot.provenance.reader = READER_REVISION;
  const manifest = await readPackageSurface(dir);
  if (manifest) {
    snapshot.package = manifest;
    snapshot.provenance.package = "manifest";
  } else {
    snapshot.provenance.warnings.push({
      part: "package",
      message: `There is no package.json in ${dir}: it is read as a bare folder of TypeScript files (no name, version, bin or exports).`
    });
  }
  if (options.command || options.url) {
    const runtime = await takeRuntimeSurface({
      command: options.command,
      transport: options.transport ?? (options.url ? "http" : "stdio"),
      url: options.url,
      headers: options.headers,
      cwd: dir,
      env: options.env,
      timeoutMs: options.timeoutMs,
      onSpawn: options.onSpawn,
      progress: options.progress,
      label: options.label
    });
    snapshot.mcp = runtime.mcp;
    snapshot.provenance.mcp = "runtime";
    if (options.command) snapshot.provenance.command = options.command;
    if (options.url) snapshot.provenance.url = options.url;
    snapshot.provenance.warnings.push(...runtime.warnings);
  }
  for (const read of options.extraParts ?? []) {
    const result = await step(
      options.progress,
      `${read.label ?? "sources"}${label}`,
      () => read({ dir, snapshot, env: options.env, setupTimeoutMs: options.setupTimeoutMs })
    );
    if (result.mcp !== void 0) snapshot.mcp = result.mcp;
    if (result.typescript !== void 0) snapshot.typescript = result.typescript;
    if (result.config !== void 0) snapshot.config = result.config;
    const { warnings = [], ...provenance } = result.provenance ?? {};
    Object.assign(snapshot.provenance, provenance);
    snapshot.provenance.warnings.push(...warnings);
  }
  return snapshot;
}
async function takeSnapshotAtRef(git, ref, options = {}) {
  const commit = await git.resolveCommit(ref);
  const checkout = await git.topLevel();
  const label = options.label ?? ref;
  const checkedOut = options.progress?.start(`checkout ${label}`);
  let inside = false;
  const snapshot = await git.withWorktree(commit, (root) => {
    inside = true;
    checkedOut?.(true);
    return snapshotInCopy(root, checkout, { ...options, label });
  }).catch((error) => {
    if (!inside) checkedOut?.(false);
    throw error;
  });
  snapshot.provenance.ref = ref;
  snapshot.provenance.commit = commit;
  return snapshot;
}
async function snapshotInCopy(copy, source, options) {
  const { path: packagePath = ".", install, installScripts, ...rest } = options;
  const prepared = await prepareDependencies({
    copy,
    source,
    packagePath,
    install,
    installScripts,
    willRun: Boolean(rest.command || rest.build),
    env: { ...rest.env, ...rest.passEnv },
    setupTimeoutMs: rest.setupTimeoutMs,
    progress: rest.progress,
    label: rest.label
  });
  let taken;
  try {
    taken = await takeSnapshot({ ...rest, dir: path2.join(copy, packagePath) });
  } catch (error) {
    if (prepared.scriptsOff && error instanceof SnapshotError) {
      throw new SnapshotError(`${error.message}
${SCRIPTS_OFF_HINT}`, {
        command: error.command,
        output: error.output,
        file: error.file
      });
    }
    throw error;
  }
  taken.provenance.warnings.push(...prepared.warnings);
  return taken;
}
async function readPackageSurface(dir) {
  const file = path2.join(dir, "package.json");
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" && findBareEntryPoints(dir).length > 0) return void 0;
    throw new SnapshotError(
      `There is no readable package.json in ${dir} (${error.message}), nor TypeScript files to read as bare declarations; give the package root.`,
      { file, cause: error }
    );
  }
  const manifest = parseJsonText(text, file);
  try {
    return packageSurface(manifest, file);
  } catch (error) {
    throw new SnapshotError(error.message, { file, cause: error });
  }
}

// src/surface/readers.ts
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
function wantsStaticMcp(settings) {
  return settings.surface === "static" || settings.surface === "auto" && !settings.command && !settings.url;
}
function itemCount(mcp) {
  return mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length;
}
function isEmptySurface(mcp) {
  return !mcp || itemCount(mcp) === 0;
}
var RUNTIME_ADVICE = "Configure how to start the server (`command:` for stdio or `url:` for streamable HTTP in .github/mcpver.yml, or `--command`/`--url`), with the environment it needs at start-up (`pass-env:` / `--env NAME`), so that mcpver lists what it really serves.";
async function serverEvidence(dir, settings) {
  try {
    const manifest = JSON.parse(await readFile2(path3.join(dir, "package.json"), "utf8"));
    const evidence = mcpServerEvidence({
      dependencies: manifest.dependencies ?? {},
      peerDependencies: manifest.peerDependencies ?? {},
      devDependencies: manifest.devDependencies
    });
    if (evidence) return evidence;
  } catch {
  }
  if (settings.surface === "static" || settings.surface === "runtime")
    return `the config reads its MCP surface (surface: ${settings.surface})`;
  if (settings.command || settings.url) return "the config gives a way to start it";
  return void 0;
}
var SERVER_SIDE = /@modelcontextprotocol\/sdk\/server|\bMcpServer\b|\bnew Server\(|setRequestHandler/;
async function usesServerSide(dir, files) {
  for (const file of files) {
    try {
      if (SERVER_SIDE.test(await readFile2(path3.join(dir, file), "utf8"))) return true;
    } catch {
      return true;
    }
  }
  return false;
}
function staticReading(server, extracted, also = [], why) {
  const tried = [
    `static reading of ${extracted.files.length} source file${extracted.files.length === 1 ? "" : "s"}${extracted.roots.length ? ` under ${extracted.roots.join(", ")}` : ""}`,
    ...also
  ];
  const empty = isEmptySurface(extracted.mcp);
  const status = empty ? "unread" : extracted.gaps.length > 0 ? "partial" : "complete";
  return {
    server,
    status,
    tried,
    gaps: extracted.gaps,
    ...status === "complete" ? {} : { advice: why ? `${why} ${RUNTIME_ADVICE}` : RUNTIME_ADVICE }
  };
}
function staticMcpReader(settings) {
  const required = settings.surface === "static";
  return async ({ dir, env, setupTimeoutMs }) => {
    const server = await serverEvidence(dir, settings);
    const { takeStaticMcpSurface } = await import("./mcp-static-GHE6O66N.js");
    let extracted;
    try {
      extracted = await takeStaticMcpSurface(dir);
    } catch (error) {
      if (required || !(error instanceof SnapshotError)) throw error;
      if (!server) return {};
      const reading = {
        server,
        status: "unread",
        tried: [`static reading of the sources in ${path3.basename(dir) || dir}`],
        gaps: [{ part: "mcp", message: error.message, hidesItems: true }],
        advice: RUNTIME_ADVICE
      };
      return { provenance: { mcpReading: reading } };
    }
    const hiding = (s) => s.gaps.filter((g) => g.hidesItems).length;
    let pinnedRead = [];
    const linked = /* @__PURE__ */ new Set();
    if ((server || required) && (isEmptySurface(extracted.mcp) || hiding(extracted) > 0)) {
      const { pinnedPackages, describePinned } = await import("./pinned-packages-BPKPUEK6.js");
      const pinned = await pinnedPackages(dir, extracted.files, {
        env,
        setupTimeoutMs,
        cacheDir: settings.packageCache
      });
      try {
        if (pinned.packages.size > 0) {
          const withPinned = await takeStaticMcpSurface(dir, { packages: pinned.packages });
          if (itemCount(withPinned.mcp) > itemCount(extracted.mcp) || itemCount(withPinned.mcp) === itemCount(extracted.mcp) && hiding(withPinned) < hiding(extracted)) {
            extracted = { ...withPinned, gaps: [...withPinned.gaps, ...pinned.gaps] };
            pinnedRead = [describePinned(pinned.read)];
            for (const name of pinned.packages.keys()) linked.add(name);
          }
        } else if (pinned.gaps.length > 0) extracted = { ...extracted, gaps: [...extracted.gaps, ...pinned.gaps] };
      } finally {
        await pinned.release();
      }
    }
    let fromDependencies;
    if ((server || required) && (isEmptySurface(extracted.mcp) || extracted.gaps.some((g) => g.hidesItems))) {
      const { readDependencySurfaces, withDependencySurfaces } = await import("./mcp-dependency-FX5YZW5T.js");
      fromDependencies = withDependencySurfaces(
        extracted,
        await readDependencySurfaces(dir, extracted, {
          env,
          setupTimeoutMs,
          cacheDir: settings.packageCache,
          skip: linked
        })
      );
      extracted = fromDependencies.surface;
    }
    const explained = explainGeneratedTools(dir, extracted);
    extracted = explained.surface;
    const { mcp, warnings } = extracted;
    if (isEmptySurface(mcp) && !required && !server) return {};
    if (isEmptySurface(mcp) && extracted.gaps.length === 0 && !required && server?.endsWith("@modelcontextprotocol/sdk") && !await usesServerSide(dir, extracted.files))
      return {};
    const dependencies = fromDependencies?.dependencies.length ? { mcpDependencies: fromDependencies.dependencies } : {};
    return {
      mcp,
      provenance: {
        mcp: "static",
        warnings,
        ...dependencies,
        ...server ? {
          mcpReading: staticReading(
            server,
            extracted,
            [...pinnedRead, ...fromDependencies?.tried ?? []],
            explained.advice
          )
        } : {}
      }
    };
  };
}
var crossCheckReader = async ({ dir, snapshot }) => {
  if (!snapshot.mcp) return {};
  const { crossCheckSurfaces, takeStaticMcpSurface } = await import("./mcp-static-GHE6O66N.js");
  let fromSource;
  try {
    fromSource = await takeStaticMcpSurface(dir);
  } catch {
    return {};
  }
  const { mcp } = fromSource;
  if (isEmptySurface(mcp)) return {};
  return {
    mcp: { ...snapshot.mcp, locations: { ...mcp.locations, ...snapshot.mcp.locations } },
    provenance: { warnings: crossCheckSurfaces(snapshot.mcp, mcp) }
  };
};
function runtimeReading(settings) {
  return async ({ dir, snapshot }) => {
    if (settings.surface === "runtime" && !settings.command && !settings.url) {
      throw new SnapshotError(
        "surface: runtime is set, but neither command nor url says how to start or reach the server: give the package a command: (stdio) or url: (streamable HTTP) in .github/mcpver.yml, or pass --command or --url."
      );
    }
    if (snapshot.provenance.mcp !== "runtime" || snapshot.provenance.mcpReading) return {};
    const server = await serverEvidence(dir, settings);
    if (!server) return {};
    const how = snapshot.provenance.command ? `the running server (\`${snapshot.provenance.command}\`)` : "the running server";
    return { provenance: { mcpReading: { server, status: "complete", tried: [`listing ${how}`], gaps: [] } } };
  };
}
var typeScriptReader = async ({ dir }) => {
  const { NO_ENTRY_POINT_WARNING, takeTypeScriptSurface } = await import("./typescript-UKRTFDVJ.js");
  const { surface, warnings } = takeTypeScriptSurface(dir);
  if (Object.keys(surface.entryPoints).length === 0) {
    const declaredButMissing = warnings.filter((w) => w.message !== NO_ENTRY_POINT_WARNING);
    return declaredButMissing.length > 0 ? { provenance: { warnings: declaredButMissing } } : {};
  }
  return { typescript: surface, provenance: { typescript: "static", warnings } };
};
typeScriptReader.label = "TypeScript";
function partReaders(settings) {
  const readers = [];
  if (wantsStaticMcp(settings)) readers.push(staticMcpReader(settings));
  else {
    if (settings.surface === "auto") readers.push(crossCheckReader);
    readers.push(runtimeReading(settings));
  }
  if (settings.typescript) readers.push(typeScriptReader);
  return readers;
}

export {
  step,
  READER_REVISION,
  takeSnapshot,
  takeSnapshotAtRef,
  snapshotInCopy,
  partReaders
};
