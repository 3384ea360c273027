import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  DEFAULT_STATE_BRANCH
} from "./chunk-RZ6W55DQ.js";
import {
  rules
} from "./chunk-RKM4EP6H.js";
import {
  require_ajv
} from "./chunk-KHAV67K7.js";
import {
  require_dist
} from "./chunk-HA6CO6RF.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/lazy-validator.ts
var import_ajv = __toESM(require_ajv(), 1);
function lazyValidator(schema, options) {
  let compiled;
  const validate2 = ((data) => {
    compiled ??= new import_ajv.Ajv({ ...options, validateSchema: false }).compile(schema);
    const valid = compiled(data);
    validate2.errors = compiled.errors;
    return valid;
  });
  validate2.errors = null;
  return validate2;
}

// src/config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/compat/rule-options.ts
var RULE_LEVELS = ["major", "minor", "patch", "off", false];
var shown = (values) => values.map((v) => JSON.stringify(v)).join(", ");
function ruleOptionProblems(options, rules2 = rules) {
  const ids = new Set(rules2.map((r) => r.id));
  const switches = /* @__PURE__ */ new Map();
  for (const rule of rules2)
    for (const option of rule.options ?? []) if (!switches.has(option.name)) switches.set(option.name, option);
  const problems = [];
  for (const [key, value] of Object.entries(options)) {
    const where = `policy.rules.${key}`;
    if (ids.has(key)) {
      if (!RULE_LEVELS.includes(value))
        problems.push(`${where} must be one of ${shown(RULE_LEVELS)} (got ${JSON.stringify(value)})`);
      continue;
    }
    const option = switches.get(key);
    if (!option) {
      problems.push(
        `${where} is neither a rule id (\`mcpver rules\` lists them) nor a switch a rule reads (${[...switches.keys()].sort().join(", ")})`
      );
      continue;
    }
    if (option.values && !option.values.includes(value))
      problems.push(`${where} must be one of ${shown(option.values)} (got ${JSON.stringify(value)})`);
    const wrong = option.check?.(value);
    if (wrong) problems.push(`${where} ${wrong} (got ${JSON.stringify(value)})`);
  }
  return problems;
}

// src/version/tags.ts
var import_semver = __toESM(require_semver(), 1);
var VersionError = class extends Error {
  name = "VersionError";
};
var DEFAULT_TAG_PATTERN = "v*";
function expandTagPattern(pattern, packageName) {
  if (!pattern.includes("*")) {
    throw new VersionError(
      `The tag pattern "${pattern}" has no "*" where the version goes (for example "v*" or "{name}@*").`
    );
  }
  if (pattern.includes("{name}") && !packageName) {
    throw new VersionError(`The tag pattern "${pattern}" uses {name}, but the package has no name.`);
  }
  return pattern.replaceAll("{name}", packageName ?? "");
}
function versionOfTag(tag, pattern = DEFAULT_TAG_PATTERN) {
  const star = pattern.indexOf("*");
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length < prefix.length + suffix.length) return null;
  const raw = tag.slice(prefix.length, tag.length - suffix.length);
  const parsed = import_semver.default.parse(raw);
  return parsed ? parsed.version : null;
}
function requireVersionOfTag(tag, pattern = DEFAULT_TAG_PATTERN) {
  const version = versionOfTag(tag, pattern);
  if (version) return version;
  const plain = import_semver.default.parse(tag.replace(/^v/, "")) ?? import_semver.default.parse(tag.slice(tag.lastIndexOf("@") + 1));
  if (plain) return plain.version;
  throw new VersionError(
    `The tag "${tag}" does not name a semantic version (expected the pattern "${pattern}", for example "${pattern.replace("*", "1.2.3")}").`
  );
}
function releaseTags(tags, pattern = DEFAULT_TAG_PATTERN) {
  const found = [];
  for (const tag of tags) {
    const version = versionOfTag(tag, pattern);
    if (version) found.push({ tag, version });
  }
  return found.sort((a, b) => import_semver.default.rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}
function previousRelease(tags, version, pattern = DEFAULT_TAG_PATTERN) {
  const includePrerelease = import_semver.default.prerelease(version) !== null;
  for (const candidate of releaseTags(tags, pattern)) {
    if (!import_semver.default.lt(candidate.version, version)) continue;
    if (!includePrerelease && import_semver.default.prerelease(candidate.version) !== null) continue;
    return candidate;
  }
  return null;
}

// src/config.ts
var CONFIG_PATH = ".github/mcpver.yml";
var DEFAULT_TIMEOUT_SECONDS = 30;
var DEFAULT_AI_BASE_URL = "https://openrouter.ai/api/v1";
var ConfigError = class extends Error {
  name = "ConfigError";
};
var INSTALL_NONE = "none";
var ENV_NAME = "^[A-Za-z_][A-Za-z0-9_]*$";
var packageSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    id: { type: "string", minLength: 1 },
    path: { type: "string", minLength: 1 },
    command: { type: "string", minLength: 1 },
    env: { type: "object", additionalProperties: { type: "string" } },
    "pass-env": { type: "array", items: { type: "string", pattern: ENV_NAME } },
    transport: { enum: ["stdio", "http"] },
    url: { type: "string", pattern: "^https?://" },
    headers: { type: "object", additionalProperties: { type: "string" } },
    install: { type: "string" },
    "install-scripts": { type: "boolean" },
    build: { type: "string" },
    previous: { enum: ["tag", "registry"] },
    "tag-pattern": { type: "string", pattern: "\\*" },
    surface: { enum: ["auto", "runtime", "static"] },
    timeout: { type: "number", exclusiveMinimum: 0 },
    typescript: { type: "boolean" }
  }
};
var configSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    packages: { type: "array", items: packageSchema },
    policy: {
      type: "object",
      additionalProperties: false,
      properties: {
        "fail-on": { enum: ["under-bump", "breaking", "never"] },
        "zero-major": { enum: ["caret", "strict"] },
        rules: { type: "object" },
        poisoning: { enum: ["warn", "fail", "off"] }
      }
    },
    state: { type: "object", additionalProperties: false, properties: { branch: { type: "string", minLength: 1 } } },
    comments: {
      type: "object",
      additionalProperties: false,
      properties: { release: { enum: ["commit", "release", "none"] }, "review-comments": { type: "boolean" } }
    },
    rollback: {
      type: "object",
      additionalProperties: false,
      properties: {
        "max-count": { type: "integer", minimum: 1 },
        "max-age-days": { type: "number", exclusiveMinimum: 0 },
        "on-release": { type: "boolean" }
      }
    },
    migrate: {
      type: "object",
      additionalProperties: false,
      properties: {
        targets: { type: "array", items: { type: "string", pattern: "^[^/\\s]+/[^/\\s]+$" } },
        label: { type: "string" }
      }
    },
    watch: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["package"],
        properties: { package: { type: "string", minLength: 1 }, repo: { type: "string" } }
      }
    },
    ab: {
      type: "object",
      additionalProperties: false,
      properties: {
        confidence: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        "min-sample-size": { type: "integer", minimum: 2 },
        tests: { type: "array", items: { type: "object" } }
      }
    },
    ai: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean" },
        "base-url": { type: "string" },
        model: { type: "string" },
        "api-key-env": { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
        timeout: { type: "number", exclusiveMinimum: 0 }
      }
    }
  }
};
var validate = lazyValidator(configSchema, { allErrors: true, strict: false });
function keyPath(instancePath, extra) {
  const parts = instancePath.split("/").filter(Boolean);
  if (extra) parts.push(extra);
  return parts.reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
}
function describeError(error) {
  switch (error.keyword) {
    case "additionalProperties": {
      const key = keyPath(error.instancePath, String(error.params.additionalProperty));
      return `unknown key "${key}"`;
    }
    case "enum":
      return `"${keyPath(error.instancePath)}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `"${keyPath(error.instancePath) || "(top level)"}" ${error.message ?? "is invalid"}`;
  }
}
function defaultConfig() {
  return normalize({});
}
var MAX_YAML_ALIAS_COUNT = 100;
function toJs(document, file, make) {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw make(
        `${file}: its YAML aliases expand to more than ${MAX_YAML_ALIAS_COUNT} copies (a resource exhaustion pattern); write the values out or use fewer aliases.`
      );
    }
    throw make(`${file}: ${error.message}`);
  }
}
function parseConfig(text, file = CONFIG_PATH) {
  const document = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const where = first.linePos?.[0] ? `:${first.linePos[0].line}:${first.linePos[0].col}` : "";
    throw new ConfigError(`${file}${where}: not valid YAML: ${first.message.split("\n")[0]}`);
  }
  const raw = toJs(document, file, (message) => new ConfigError(message)) ?? {};
  return validateConfig(raw, file);
}
function validateConfig(raw, file = CONFIG_PATH) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${file}: the configuration must be a mapping of keys to values.`);
  }
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map(describeError);
    throw new ConfigError(`${file}: ${[...new Set(problems)].join("; ")}.`);
  }
  const ruleProblems = ruleOptionProblems(
    raw.policy?.rules ?? {}
  );
  if (ruleProblems.length > 0) throw new ConfigError(`${file}: ${ruleProblems.join("; ")}.`);
  const config = normalize(raw);
  config.packages.forEach((pkg, index) => {
    const key = `packages[${index}]`;
    if (pkg.transport === "http" && !pkg.url) {
      throw new ConfigError(
        `${file}: "${key}.transport" is http but "${key}.url" is missing: give the URL the server listens at (for example http://127.0.0.1:3000/mcp).`
      );
    }
    if (pkg.transport === "stdio" && pkg.url) {
      throw new ConfigError(
        `${file}: "${key}.url" is for a server over HTTP, but "${key}.transport" is stdio: remove one of them.`
      );
    }
    if (Object.keys(pkg.headers).length > 0 && !pkg.url) {
      throw new ConfigError(`${file}: "${key}.headers" are sent to a server over HTTP: give "${key}.url" too.`);
    }
  });
  return config;
}
function normalize(raw) {
  const packages = (raw.packages ?? [{}]).map((p) => ({
    ...p.id ? { id: p.id } : {},
    path: p.path ?? ".",
    ...p.command ? { command: p.command } : {},
    env: p.env ?? {},
    passEnv: p["pass-env"] ?? [],
    transport: p.transport ?? (p.url ? "http" : "stdio"),
    ...p.url ? { url: p.url } : {},
    headers: p.headers ?? {},
    ...p.install ? { install: p.install } : {},
    installScripts: p["install-scripts"] ?? false,
    ...p.build ? { build: p.build } : {},
    previous: p.previous ?? "tag",
    tagPattern: p["tag-pattern"] ?? DEFAULT_TAG_PATTERN,
    surface: p.surface ?? "auto",
    timeoutSeconds: p.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    typescript: p.typescript ?? true
  }));
  return {
    packages,
    policy: {
      failOn: raw.policy?.["fail-on"] ?? "under-bump",
      zeroMajor: raw.policy?.["zero-major"] ?? "caret",
      rules: raw.policy?.rules ?? {},
      poisoning: raw.policy?.poisoning ?? "warn"
    },
    state: { branch: raw.state?.branch ?? DEFAULT_STATE_BRANCH },
    comments: {
      release: raw.comments?.release ?? "commit",
      reviewComments: raw.comments?.["review-comments"] ?? false
    },
    rollback: {
      maxCount: raw.rollback?.["max-count"] ?? 20,
      maxAgeDays: raw.rollback?.["max-age-days"] ?? 180,
      onRelease: raw.rollback?.["on-release"] ?? true
    },
    migrate: { targets: raw.migrate?.targets ?? [], label: raw.migrate?.label ?? "mcpver" },
    watch: raw.watch ?? [],
    ab: {
      confidence: raw.ab?.confidence ?? 0.95,
      minSampleSize: raw.ab?.["min-sample-size"] ?? 100,
      tests: raw.ab?.tests ?? []
    },
    ai: {
      enabled: raw.ai?.enabled ?? false,
      baseUrl: raw.ai?.["base-url"] ?? DEFAULT_AI_BASE_URL,
      model: raw.ai?.model ?? "openai/gpt-4o-mini",
      apiKeyEnv: raw.ai?.["api-key-env"] ?? "OPENROUTER_API_KEY",
      timeoutSeconds: raw.ai?.timeout ?? 20
    }
  };
}

export {
  lazyValidator,
  VersionError,
  expandTagPattern,
  versionOfTag,
  requireVersionOfTag,
  releaseTags,
  previousRelease,
  CONFIG_PATH,
  DEFAULT_TIMEOUT_SECONDS,
  ConfigError,
  INSTALL_NONE,
  defaultConfig,
  toJs,
  parseConfig,
  validateConfig
};
