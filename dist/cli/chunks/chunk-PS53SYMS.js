import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  UsageError
} from "./chunk-DJUNXNBT.js";
import {
  __export
} from "./chunk-AMF5LEKA.js";

// node_modules/yocto-spinner/index.js
import process from "node:process";
import { stripVTControlCharacters } from "node:util";

// node_modules/yoctocolors/base.js
var base_exports = {};
__export(base_exports, {
  bgBlack: () => bgBlack,
  bgBlue: () => bgBlue,
  bgBlueBright: () => bgBlueBright,
  bgCyan: () => bgCyan,
  bgCyanBright: () => bgCyanBright,
  bgGray: () => bgGray,
  bgGreen: () => bgGreen,
  bgGreenBright: () => bgGreenBright,
  bgMagenta: () => bgMagenta,
  bgMagentaBright: () => bgMagentaBright,
  bgRed: () => bgRed,
  bgRedBright: () => bgRedBright,
  bgWhite: () => bgWhite,
  bgWhiteBright: () => bgWhiteBright,
  bgYellow: () => bgYellow,
  bgYellowBright: () => bgYellowBright,
  black: () => black,
  blue: () => blue,
  blueBright: () => blueBright,
  bold: () => bold,
  cyan: () => cyan,
  cyanBright: () => cyanBright,
  dim: () => dim,
  gray: () => gray,
  green: () => green,
  greenBright: () => greenBright,
  hidden: () => hidden,
  inverse: () => inverse,
  italic: () => italic,
  magenta: () => magenta,
  magentaBright: () => magentaBright,
  overline: () => overline,
  red: () => red,
  redBright: () => redBright,
  reset: () => reset,
  strikethrough: () => strikethrough,
  underline: () => underline,
  underlineBlack: () => underlineBlack,
  underlineBlue: () => underlineBlue,
  underlineBlueBright: () => underlineBlueBright,
  underlineCurly: () => underlineCurly,
  underlineCyan: () => underlineCyan,
  underlineCyanBright: () => underlineCyanBright,
  underlineDashed: () => underlineDashed,
  underlineDotted: () => underlineDotted,
  underlineDouble: () => underlineDouble,
  underlineGray: () => underlineGray,
  underlineGreen: () => underlineGreen,
  underlineGreenBright: () => underlineGreenBright,
  underlineMagenta: () => underlineMagenta,
  underlineMagentaBright: () => underlineMagentaBright,
  underlineRed: () => underlineRed,
  underlineRedBright: () => underlineRedBright,
  underlineWhite: () => underlineWhite,
  underlineWhiteBright: () => underlineWhiteBright,
  underlineYellow: () => underlineYellow,
  underlineYellowBright: () => underlineYellowBright,
  white: () => white,
  whiteBright: () => whiteBright,
  yellow: () => yellow,
  yellowBright: () => yellowBright
});
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/yocto-spinner/index.js
var isUnicodeSupported = process.platform !== "win32" || Boolean(process.env.WT_SESSION) || process.env.TERM_PROGRAM === "vscode";
var isInteractive = (stream) => Boolean(
  stream.isTTY && process.env.TERM !== "dumb" && !("CI" in process.env)
);
var infoSymbol = base_exports.blue(isUnicodeSupported ? "\u2139" : "i");
var successSymbol = base_exports.green(isUnicodeSupported ? "\u2714" : "\u221A");
var warningSymbol = base_exports.yellow(isUnicodeSupported ? "\u26A0" : "\u203C");
var errorSymbol = base_exports.red(isUnicodeSupported ? "\u2716" : "\xD7");
var defaultSpinner = {
  frames: isUnicodeSupported ? [
    "\u280B",
    "\u2819",
    "\u2839",
    "\u2838",
    "\u283C",
    "\u2834",
    "\u2826",
    "\u2827",
    "\u2807",
    "\u280F"
  ] : [
    "-",
    "\\",
    "|",
    "/"
  ],
  interval: 80
};
var SYNCHRONIZED_OUTPUT_ENABLE = "\x1B[?2026h";
var SYNCHRONIZED_OUTPUT_DISABLE = "\x1B[?2026l";
var oscSequenceRegex = /][\s\S]*?(?:|\\)/g;
var activeHooksPerStream = /* @__PURE__ */ new Set();
var YoctoSpinner = class {
  #frames;
  #interval;
  #currentFrame = -1;
  #timer;
  #handleSignals;
  #text;
  #stream;
  #color;
  #lines = 0;
  #exitHandlerBound;
  #isInteractive;
  #lastSpinnerFrameTime = 0;
  #isSpinning = false;
  #hookedStreams = /* @__PURE__ */ new Map();
  #isInternalWrite = false;
  #isDeferringRender = false;
  constructor(options = {}) {
    const spinner = options.spinner ?? defaultSpinner;
    if (!Array.isArray(spinner.frames) || spinner.frames.length === 0 || spinner.frames.some((frame) => typeof frame !== "string")) {
      throw new Error("The `spinner.frames` option must be a non-empty array of strings");
    }
    if (spinner.interval !== void 0 && !(Number.isInteger(spinner.interval) && spinner.interval > 0)) {
      throw new Error("The `spinner.interval` option must be a positive integer");
    }
    this.#frames = spinner.frames;
    this.#interval = spinner.interval ?? defaultSpinner.interval;
    this.#handleSignals = options.handleSignals ?? true;
    this.#text = options.text ?? "";
    this.#stream = options.stream ?? process.stderr;
    this.#color = options.color ?? "cyan";
    this.#isInteractive = isInteractive(this.#stream);
    this.#exitHandlerBound = this.#exitHandler.bind(this);
  }
  #internalWrite(action) {
    this.#isInternalWrite = true;
    try {
      return action();
    } finally {
      this.#isInternalWrite = false;
    }
  }
  #stringifyChunk(chunk, encoding) {
    if (chunk === void 0 || chunk === null) {
      return "";
    }
    if (typeof chunk === "string") {
      return chunk;
    }
    if (Buffer.isBuffer(chunk) || ArrayBuffer.isView(chunk)) {
      const normalizedEncoding = typeof encoding === "string" && encoding !== "" && encoding !== "buffer" ? encoding : "utf8";
      return Buffer.from(chunk).toString(normalizedEncoding);
    }
    return String(chunk);
  }
  #withSynchronizedOutput(action) {
    if (!this.#isInteractive) {
      return action();
    }
    try {
      this.#write(SYNCHRONIZED_OUTPUT_ENABLE);
      return action();
    } finally {
      this.#write(SYNCHRONIZED_OUTPUT_DISABLE);
    }
  }
  #hookStream(stream) {
    if (!stream || this.#hookedStreams.has(stream) || typeof stream.write !== "function") {
      return;
    }
    if (activeHooksPerStream.has(stream)) {
      return;
    }
    const originalWrite = stream.write;
    const hookedWrite = (...writeArguments) => this.#hookedWrite(stream, originalWrite, writeArguments);
    this.#hookedStreams.set(stream, { originalWrite, hookedWrite });
    activeHooksPerStream.add(stream);
    stream.write = hookedWrite;
  }
  #installHook() {
    if (!this.#isInteractive || this.#hookedStreams.size > 0) {
      return;
    }
    const streamsToHook = /* @__PURE__ */ new Set([this.#stream]);
    if (this.#stream === process.stdout || this.#stream === process.stderr) {
      if (isInteractive(process.stdout)) {
        streamsToHook.add(process.stdout);
      }
      if (isInteractive(process.stderr)) {
        streamsToHook.add(process.stderr);
      }
    }
    for (const stream of streamsToHook) {
      this.#hookStream(stream);
    }
  }
  #uninstallHook() {
    for (const [stream, hookInfo] of this.#hookedStreams) {
      if (stream.write === hookInfo.hookedWrite) {
        stream.write = hookInfo.originalWrite;
      }
      activeHooksPerStream.delete(stream);
    }
    this.#hookedStreams.clear();
  }
  #hookedWrite(stream, originalWrite, writeArguments) {
    const [chunk, encoding, callback] = writeArguments;
    let resolvedEncoding = encoding;
    let resolvedCallback = callback;
    if (typeof resolvedEncoding === "function") {
      resolvedCallback = resolvedEncoding;
      resolvedEncoding = void 0;
    }
    if (this.#isInternalWrite || !this.isSpinning) {
      return originalWrite.call(stream, chunk, resolvedEncoding, resolvedCallback);
    }
    if (this.#lines > 0) {
      this.clear();
    }
    const chunkString = this.#stringifyChunk(chunk, resolvedEncoding);
    const chunkTerminatesLine = chunkString.at(-1) === "\n";
    const writeResult = originalWrite.call(stream, chunk, resolvedEncoding, resolvedCallback);
    if (chunkTerminatesLine) {
      this.#isDeferringRender = false;
    } else if (chunkString !== "") {
      this.#isDeferringRender = true;
    }
    if (this.isSpinning && !this.#isDeferringRender) {
      this.#render();
    }
    return writeResult;
  }
  start(text) {
    if (text) {
      this.#text = text;
    }
    if (this.isSpinning) {
      return this;
    }
    this.#isSpinning = true;
    this.#hideCursor();
    this.#installHook();
    this.#render();
    this.#subscribeToProcessEvents();
    if (this.#isInteractive) {
      this.#timer = setInterval(() => {
        this.#render();
      }, this.#interval);
    }
    return this;
  }
  stop(finalText) {
    if (!this.isSpinning) {
      return this;
    }
    const shouldWriteNewline = this.#isDeferringRender;
    this.#isSpinning = false;
    if (this.#timer) {
      clearInterval(this.#timer);
      this.#timer = void 0;
    }
    this.#isDeferringRender = false;
    this.#uninstallHook();
    this.#showCursor();
    this.clear();
    this.#unsubscribeFromProcessEvents();
    if (finalText) {
      const prefix = shouldWriteNewline ? "\n" : "";
      this.#stream.write(`${prefix}${finalText}
`);
    }
    return this;
  }
  #symbolStop(symbol, text) {
    return this.stop(`${symbol} ${text ?? this.#text}`);
  }
  success(text) {
    return this.#symbolStop(successSymbol, text);
  }
  error(text) {
    return this.#symbolStop(errorSymbol, text);
  }
  warning(text) {
    return this.#symbolStop(warningSymbol, text);
  }
  info(text) {
    return this.#symbolStop(infoSymbol, text);
  }
  get isSpinning() {
    return this.#isSpinning;
  }
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#text = value ?? "";
    this.#render();
  }
  get color() {
    return this.#color;
  }
  set color(value) {
    this.#color = value;
    this.#render();
  }
  clear() {
    if (!this.#isInteractive) {
      return this;
    }
    if (this.#lines === 0) {
      return this;
    }
    this.#internalWrite(() => {
      this.#stream.cursorTo(0);
      for (let index = 0; index < this.#lines; index++) {
        if (index > 0) {
          this.#stream.moveCursor(0, -1);
        }
        this.#stream.clearLine(1);
      }
    });
    this.#lines = 0;
    return this;
  }
  #render() {
    if (this.#isDeferringRender) {
      return;
    }
    const useSynchronizedOutput = this.#isInteractive;
    const now = Date.now();
    if (this.#currentFrame === -1 || now - this.#lastSpinnerFrameTime >= this.#interval) {
      this.#currentFrame = ++this.#currentFrame % this.#frames.length;
      this.#lastSpinnerFrameTime = now;
    }
    const applyColor = base_exports[this.#color] ?? base_exports.cyan;
    const frame = this.#frames[this.#currentFrame];
    let string = `${applyColor(frame)} ${this.#text}`;
    if (!this.#isInteractive) {
      string += "\n";
    }
    if (useSynchronizedOutput) {
      this.#withSynchronizedOutput(() => {
        this.clear();
        this.#write(string);
      });
    } else {
      this.#write(string);
    }
    if (this.#isInteractive) {
      this.#lines = this.#lineCount(string);
    }
  }
  #write(text) {
    this.#internalWrite(() => {
      this.#stream.write(text);
    });
  }
  #lineCount(text) {
    const width = this.#stream.columns || 80;
    const lines = stripVTControlCharacters(text.replaceAll(oscSequenceRegex, "")).split("\n");
    let lineCount = 0;
    for (const line of lines) {
      lineCount += Math.max(1, Math.ceil(line.length / width));
    }
    return lineCount;
  }
  #hideCursor() {
    if (this.#isInteractive) {
      this.#write("\x1B[?25l");
    }
  }
  #showCursor() {
    if (this.#isInteractive) {
      this.#write("\x1B[?25h");
    }
  }
  #subscribeToProcessEvents() {
    if (!this.#handleSignals) {
      return;
    }
    process.once("SIGINT", this.#exitHandlerBound);
    process.once("SIGTERM", this.#exitHandlerBound);
  }
  #unsubscribeFromProcessEvents() {
    if (!this.#handleSignals) {
      return;
    }
    process.off("SIGINT", this.#exitHandlerBound);
    process.off("SIGTERM", this.#exitHandlerBound);
  }
  #exitHandler(signal) {
    if (this.isSpinning) {
      this.stop();
    }
    const exitCode = signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1;
    process.exit(exitCode);
  }
};
function yoctoSpinner(options) {
  return new YoctoSpinner(options);
}

// src/cli/progress.ts
function seconds(startedAt) {
  return `${((performance.now() - startedAt) / 1e3).toFixed(1)} s`;
}
function stderrProgress(stream) {
  return {
    start(step) {
      const startedAt = performance.now();
      if (stream.isTTY && "cursorTo" in stream) {
        const spinner = yoctoSpinner({ text: step, stream }).start();
        return (ok = true) => {
          if (ok) spinner.success(`${step} (${seconds(startedAt)})`);
          else spinner.error(`${step} failed (${seconds(startedAt)})`);
        };
      }
      stream.write(`mcpver: ${step}\u2026
`);
      return (ok = true) => {
        stream.write(`mcpver: ${step} ${ok ? "done" : "failed"} in ${seconds(startedAt)}
`);
      };
    }
  };
}

// src/cli/server-options.ts
var serverOptions = {
  env: { type: "string", multiple: true },
  url: { type: "string" },
  header: { type: "string", multiple: true },
  transport: { type: "string" },
  "install-scripts": { type: "boolean" }
};
var serverHelp = `  --env NAME        pass NAME from this environment to the server (repeatable; NAME=VALUE gives a value)
  --url URL         the server's streamable HTTP endpoint: a running server, or the one --command starts
  --header 'N: V'   an HTTP header for --url (repeatable; \${NAME} in V comes from --env)
  --transport T     stdio (default) | http (implied by --url)
  --install-scripts run lifecycle scripts in installs (off by default)`;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function envOption(entries, environment) {
  const env = {};
  for (const entry of entries ?? []) {
    const equals = entry.indexOf("=");
    const name = equals === -1 ? entry : entry.slice(0, equals);
    if (!NAME.test(name))
      throw new UsageError(`--env takes NAME or NAME=VALUE, where NAME is a variable name (got "${name}").`);
    if (equals !== -1) {
      env[name] = entry.slice(equals + 1);
      continue;
    }
    const value = environment[name];
    if (value === void 0)
      throw new UsageError(
        `--env ${name}: ${name} is not set in this environment (export it, or give --env ${name}=VALUE).`
      );
    env[name] = value;
  }
  return env;
}
function headerOption(entries) {
  if (!entries || entries.length === 0) return void 0;
  const headers = {};
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    const name = colon === -1 ? "" : entry.slice(0, colon).trim();
    if (!name) throw new UsageError(`--header takes "Name: value" (got "${entry.slice(0, 40)}").`);
    headers[name] = entry.slice(colon + 1).trim();
  }
  return headers;
}
function transportOption(value, url) {
  if (value === void 0) return url ? "http" : void 0;
  if (value !== "stdio" && value !== "http")
    throw new UsageError(`--transport must be stdio or http (got "${value}").`);
  if (value === "http" && !url) throw new UsageError("--transport http needs --url: the URL the server listens at.");
  if (value === "stdio" && url) throw new UsageError("--url is for a server over HTTP; drop --transport stdio.");
  return value;
}

export {
  stderrProgress,
  serverOptions,
  serverHelp,
  envOption,
  headerOption,
  transportOption
};
