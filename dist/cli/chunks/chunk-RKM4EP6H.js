import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  ANNOTATION_KEYWORDS,
  BOOKKEEPING_KEYWORDS,
  SCHEMA_MAPS,
  SCHEMA_VALUES,
  canonical,
  dataKey,
  isUnknownKeyword,
  normalizeCondition,
  shapeOf
} from "./chunk-HGCUKL2M.js";
import {
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_dist,
  require_draft7,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error
} from "./chunk-KHAV67K7.js";
import {
  API,
  PIN,
  evidenceLine,
  externalMounts,
  importPath,
  matchRenames,
  possibleRenameNote,
  renderWitness,
  resultType,
  typeLike,
  typescriptAnalysis,
  typescriptEngine,
  unloadedModules,
  valueLike
} from "./chunk-K53IGPRN.js";
import {
  packageOfSpecifier
} from "./chunk-DB7HHRVD.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __commonJS,
  __toESM
} from "./chunk-AMF5LEKA.js";

// node_modules/ret/dist/types/tokens.js
var require_tokens = __commonJS({
  "node_modules/ret/dist/types/tokens.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/types.js
var require_types = __commonJS({
  "node_modules/ret/dist/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.types = void 0;
    var types;
    (function(types2) {
      types2[types2["ROOT"] = 0] = "ROOT";
      types2[types2["GROUP"] = 1] = "GROUP";
      types2[types2["POSITION"] = 2] = "POSITION";
      types2[types2["SET"] = 3] = "SET";
      types2[types2["RANGE"] = 4] = "RANGE";
      types2[types2["REPETITION"] = 5] = "REPETITION";
      types2[types2["REFERENCE"] = 6] = "REFERENCE";
      types2[types2["CHAR"] = 7] = "CHAR";
    })(types || (exports.types = types = {}));
  }
});

// node_modules/ret/dist/types/set-lookup.js
var require_set_lookup = __commonJS({
  "node_modules/ret/dist/types/set-lookup.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/index.js
var require_types2 = __commonJS({
  "node_modules/ret/dist/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_tokens(), exports);
    __exportStar(require_types(), exports);
    __exportStar(require_set_lookup(), exports);
  }
});

// node_modules/ret/dist/sets.js
var require_sets = __commonJS({
  "node_modules/ret/dist/sets.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.anyChar = exports.notWhitespace = exports.whitespace = exports.notInts = exports.ints = exports.notWords = exports.words = void 0;
    var types_1 = require_types2();
    var INTS = () => [{ type: types_1.types.RANGE, from: 48, to: 57 }];
    var WORDS = () => [
      { type: types_1.types.CHAR, value: 95 },
      { type: types_1.types.RANGE, from: 97, to: 122 },
      { type: types_1.types.RANGE, from: 65, to: 90 },
      { type: types_1.types.RANGE, from: 48, to: 57 }
    ];
    var WHITESPACE = () => [
      { type: types_1.types.CHAR, value: 9 },
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 11 },
      { type: types_1.types.CHAR, value: 12 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 32 },
      { type: types_1.types.CHAR, value: 160 },
      { type: types_1.types.CHAR, value: 5760 },
      { type: types_1.types.RANGE, from: 8192, to: 8202 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 },
      { type: types_1.types.CHAR, value: 8239 },
      { type: types_1.types.CHAR, value: 8287 },
      { type: types_1.types.CHAR, value: 12288 },
      { type: types_1.types.CHAR, value: 65279 }
    ];
    var NOTANYCHAR = () => [
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 }
    ];
    var words = () => ({ type: types_1.types.SET, set: WORDS(), not: false });
    exports.words = words;
    var notWords = () => ({ type: types_1.types.SET, set: WORDS(), not: true });
    exports.notWords = notWords;
    var ints = () => ({ type: types_1.types.SET, set: INTS(), not: false });
    exports.ints = ints;
    var notInts = () => ({ type: types_1.types.SET, set: INTS(), not: true });
    exports.notInts = notInts;
    var whitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: false });
    exports.whitespace = whitespace;
    var notWhitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: true });
    exports.notWhitespace = notWhitespace;
    var anyChar = () => ({ type: types_1.types.SET, set: NOTANYCHAR(), not: true });
    exports.anyChar = anyChar;
  }
});

// node_modules/ret/dist/util.js
var require_util2 = __commonJS({
  "node_modules/ret/dist/util.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tokenizeClass = exports.strToChars = void 0;
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var CTRL = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^ ?";
    var strToChars = (str) => {
      const charsRegex = /(\[\\b\])|(\\)?\\(?:u([A-F0-9]{4})|x([A-F0-9]{2})|c([@A-Z[\\\]^?])|([0tnvfr]))/g;
      return str.replace(charsRegex, (s, b, lbs, a16, b16, dctrl, eslsh) => {
        if (lbs) {
          return s;
        }
        let code = b ? 8 : a16 ? parseInt(a16, 16) : b16 ? parseInt(b16, 16) : dctrl ? CTRL.indexOf(dctrl) : {
          0: 0,
          t: 9,
          n: 10,
          v: 11,
          f: 12,
          r: 13
        }[eslsh];
        let c = String.fromCharCode(code);
        return /[[\]{}^$.|?*+()]/.test(c) ? `\\${c}` : c;
      });
    };
    exports.strToChars = strToChars;
    var tokenizeClass = (str, regexpStr = "") => {
      var _a, _b, _c, _d, _e, _f, _g;
      let tokens = [], rs, c;
      const regexp = /\\(?:(w)|(d)|(s)|(W)|(D)|(S))|((?:(?:\\)(.)|([^\]\\]))-(((?:\\)])|(((?:\\)?([^\]])))))|(\])|(?:\\)?([^])/g;
      while ((rs = regexp.exec(str)) !== null) {
        const p = (_g = (_f = (_e = (_d = (_c = (_b = (_a = rs[1] && sets.words()) !== null && _a !== void 0 ? _a : rs[2] && sets.ints()) !== null && _b !== void 0 ? _b : rs[3] && sets.whitespace()) !== null && _c !== void 0 ? _c : rs[4] && sets.notWords()) !== null && _d !== void 0 ? _d : rs[5] && sets.notInts()) !== null && _e !== void 0 ? _e : rs[6] && sets.notWhitespace()) !== null && _f !== void 0 ? _f : rs[7] && {
          type: types_1.types.RANGE,
          from: (rs[8] || rs[9]).charCodeAt(0),
          to: (c = rs[10]).charCodeAt(c.length - 1)
        }) !== null && _g !== void 0 ? _g : (c = rs[16]) && { type: types_1.types.CHAR, value: c.charCodeAt(0) };
        if (p) {
          tokens.push(p);
        } else {
          return [tokens, regexp.lastIndex];
        }
      }
      throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated character class`);
    };
    exports.tokenizeClass = tokenizeClass;
  }
});

// node_modules/ret/dist/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/ret/dist/tokenizer.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tokenizer = void 0;
    var util = __importStar(require_util2());
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var captureGroupFirstChar = /^[a-zA-Z_$]$/i;
    var captureGroupChars = /^[a-zA-Z0-9_$]$/i;
    var digit = /\d/;
    var tokenizer = (regexpStr) => {
      let i = 0, c;
      let start = { type: types_1.types.ROOT, stack: [] };
      let lastGroup = start;
      let last = start.stack;
      let groupStack = [];
      let referenceQueue = [];
      let groupCount = 0;
      const repeatErr = (col) => {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Nothing to repeat at column ${col - 1}`);
      };
      let str = util.strToChars(regexpStr);
      while (i < str.length) {
        switch (c = str[i++]) {
          // Handle escaped characters, inclues a few sets.
          case "\\":
            if (i === str.length) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: \\ at end of pattern`);
            }
            switch (c = str[i++]) {
              case "b":
                last.push({ type: types_1.types.POSITION, value: "b" });
                break;
              case "B":
                last.push({ type: types_1.types.POSITION, value: "B" });
                break;
              case "w":
                last.push(sets.words());
                break;
              case "W":
                last.push(sets.notWords());
                break;
              case "d":
                last.push(sets.ints());
                break;
              case "D":
                last.push(sets.notInts());
                break;
              case "s":
                last.push(sets.whitespace());
                break;
              case "S":
                last.push(sets.notWhitespace());
                break;
              default:
                if (digit.test(c)) {
                  let digits = c;
                  while (i < str.length && digit.test(str[i])) {
                    digits += str[i++];
                  }
                  let value = parseInt(digits, 10);
                  const reference = { type: types_1.types.REFERENCE, value };
                  last.push(reference);
                  referenceQueue.push({ reference, stack: last, index: last.length - 1 });
                } else {
                  last.push({ type: types_1.types.CHAR, value: c.charCodeAt(0) });
                }
            }
            break;
          // Positionals.
          case "^":
            last.push({ type: types_1.types.POSITION, value: "^" });
            break;
          case "$":
            last.push({ type: types_1.types.POSITION, value: "$" });
            break;
          // Handle custom sets.
          case "[": {
            let not;
            if (str[i] === "^") {
              not = true;
              i++;
            } else {
              not = false;
            }
            let classTokens = util.tokenizeClass(str.slice(i), regexpStr);
            i += classTokens[1];
            last.push({
              type: types_1.types.SET,
              set: classTokens[0],
              not
            });
            break;
          }
          // Class of any character except \n.
          case ".":
            last.push(sets.anyChar());
            break;
          // Push group onto stack.
          case "(": {
            let group = {
              type: types_1.types.GROUP,
              stack: [],
              remember: true
            };
            if (str[i] === "?") {
              c = str[i + 1];
              i += 2;
              if (c === "=") {
                group.followedBy = true;
                group.remember = false;
              } else if (c === "!") {
                group.notFollowedBy = true;
                group.remember = false;
              } else if (c === "<") {
                let name = "";
                if (captureGroupFirstChar.test(str[i])) {
                  name += str[i];
                  i++;
                } else {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid capture group name, character '${str[i]}' after '<' at column ${i + 1}`);
                }
                while (i < str.length && captureGroupChars.test(str[i])) {
                  name += str[i];
                  i++;
                }
                if (str[i] !== ">") {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unclosed capture group name, expected '>', found '${str[i]}' at column ${i + 1}`);
                }
                group.name = name;
                i++;
              } else if (c === ":") {
                group.remember = false;
              } else {
                throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid group, character '${c}' after '?' at column ${i - 1}`);
              }
            } else {
              groupCount += 1;
            }
            last.push(group);
            groupStack.push(lastGroup);
            lastGroup = group;
            last = group.stack;
            break;
          }
          // Pop group out of stack.
          case ")":
            if (groupStack.length === 0) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unmatched ) at column ${i - 1}`);
            }
            lastGroup = groupStack.pop();
            last = lastGroup.options ? lastGroup.options[lastGroup.options.length - 1] : lastGroup.stack;
            break;
          // Use pipe character to give more choices.
          case "|": {
            if (!lastGroup.options) {
              lastGroup.options = [lastGroup.stack];
              delete lastGroup.stack;
            }
            let stack = [];
            lastGroup.options.push(stack);
            last = stack;
            break;
          }
          // Repetition.
          // For every repetition, remove last element from last stack
          // then insert back a RANGE object.
          // This design is chosen because there could be more than
          // one repetition symbols in a regex i.e. `a?+{2,3}`.
          case "{": {
            let rs = /^(\d+)(,(\d+)?)?\}/.exec(str.slice(i)), min, max;
            if (rs !== null) {
              if (last.length === 0) {
                repeatErr(i);
              }
              min = parseInt(rs[1], 10);
              max = rs[2] ? rs[3] ? parseInt(rs[3], 10) : Infinity : min;
              i += rs[0].length;
              last.push({
                type: types_1.types.REPETITION,
                min,
                max,
                value: last.pop()
              });
            } else {
              last.push({
                type: types_1.types.CHAR,
                value: 123
              });
            }
            break;
          }
          case "?":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: 1,
              value: last.pop()
            });
            break;
          case "+":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 1,
              max: Infinity,
              value: last.pop()
            });
            break;
          case "*":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: Infinity,
              value: last.pop()
            });
            break;
          // Default is a character that is not `\[](){}?+*^$`.
          default:
            last.push({
              type: types_1.types.CHAR,
              value: c.charCodeAt(0)
            });
        }
      }
      if (groupStack.length !== 0) {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated group`);
      }
      updateReferences(referenceQueue, groupCount);
      return start;
    };
    exports.tokenizer = tokenizer;
    function updateReferences(referenceQueue, groupCount) {
      for (const elem of referenceQueue.reverse()) {
        if (groupCount < elem.reference.value) {
          elem.reference.type = types_1.types.CHAR;
          const valueString = elem.reference.value.toString();
          elem.reference.value = parseInt(valueString, 8);
          if (!/^[0-7]+$/.test(valueString)) {
            let i = 0;
            while (valueString[i] !== "8" && valueString[i] !== "9") {
              i += 1;
            }
            if (i === 0) {
              elem.reference.value = valueString.charCodeAt(0);
              i += 1;
            } else {
              elem.reference.value = parseInt(valueString.slice(0, i), 8);
            }
            if (valueString.length > i) {
              const tail = elem.stack.splice(elem.index + 1);
              for (const char of valueString.slice(i)) {
                elem.stack.push({
                  type: types_1.types.CHAR,
                  value: char.charCodeAt(0)
                });
              }
              elem.stack.push(...tail);
            }
          }
        }
      }
    }
  }
});

// node_modules/ret/dist/sets-lookup.js
var require_sets_lookup = __commonJS({
  "node_modules/ret/dist/sets-lookup.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NOTANYCHAR = exports.WHITESPACE = exports.WORDS = exports.INTS = void 0;
    var Sets = __importStar(require_sets());
    var types_1 = require_types2();
    function setToLookup(tokens) {
      let lookup = {};
      let len = 0;
      for (const token of tokens) {
        if (token.type === types_1.types.CHAR) {
          lookup[token.value] = true;
        }
        if (token.type === types_1.types.RANGE) {
          lookup[`${token.from}-${token.to}`] = true;
        }
        len += 1;
      }
      return {
        lookup: () => Object.assign({}, lookup),
        len
      };
    }
    exports.INTS = setToLookup(Sets.ints().set);
    exports.WORDS = setToLookup(Sets.words().set);
    exports.WHITESPACE = setToLookup(Sets.whitespace().set);
    exports.NOTANYCHAR = setToLookup(Sets.anyChar().set);
  }
});

// node_modules/ret/dist/write-set-tokens.js
var require_write_set_tokens = __commonJS({
  "node_modules/ret/dist/write-set-tokens.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.setChar = setChar;
    exports.writeSetTokens = writeSetTokens;
    var types_1 = require_types2();
    var sets = __importStar(require_sets_lookup());
    function setChar(charCode) {
      return charCode === 94 ? "\\^" : charCode === 92 ? "\\\\" : charCode === 93 ? "\\]" : charCode === 45 ? "\\-" : String.fromCharCode(charCode);
    }
    function isSameSet(set, { lookup, len }) {
      if (len !== set.length) {
        return false;
      }
      const map = lookup();
      for (const elem of set) {
        if (elem.type === types_1.types.SET) {
          return false;
        }
        const key = elem.type === types_1.types.CHAR ? elem.value : `${elem.from}-${elem.to}`;
        if (map[key]) {
          map[key] = false;
        } else {
          return false;
        }
      }
      return true;
    }
    function writeSetTokens(set, isNested = false) {
      if (isSameSet(set.set, sets.INTS)) {
        return set.not ? "\\D" : "\\d";
      }
      if (isSameSet(set.set, sets.WORDS)) {
        return set.not ? "\\W" : "\\w";
      }
      if (set.not && isSameSet(set.set, sets.NOTANYCHAR)) {
        return ".";
      }
      if (isSameSet(set.set, sets.WHITESPACE)) {
        return set.not ? "\\S" : "\\s";
      }
      let tokenString = "";
      for (let i = 0; i < set.set.length; i++) {
        const subset = set.set[i];
        tokenString += writeSetToken(subset);
      }
      const contents = `${set.not ? "^" : ""}${tokenString}`;
      return isNested ? contents : `[${contents}]`;
    }
    function writeSetToken(set) {
      if (set.type === types_1.types.CHAR) {
        return setChar(set.value);
      } else if (set.type === types_1.types.RANGE) {
        return `${setChar(set.from)}-${setChar(set.to)}`;
      }
      return writeSetTokens(set, true);
    }
  }
});

// node_modules/ret/dist/reconstruct.js
var require_reconstruct = __commonJS({
  "node_modules/ret/dist/reconstruct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reconstruct = void 0;
    var types_1 = require_types2();
    var write_set_tokens_1 = require_write_set_tokens();
    var reduceStack = (stack) => stack.map(exports.reconstruct).join("");
    var createAlternate = (token) => {
      if ("options" in token) {
        return token.options.map(reduceStack).join("|");
      } else if ("stack" in token) {
        return reduceStack(token.stack);
      } else {
        throw new Error(`options or stack must be Root or Group token`);
      }
    };
    var reconstruct = (token) => {
      switch (token.type) {
        case types_1.types.ROOT:
          return createAlternate(token);
        case types_1.types.CHAR: {
          const c = String.fromCharCode(token.value);
          return (/[[\\{}$^.|?*+()]/.test(c) ? "\\" : "") + c;
        }
        case types_1.types.POSITION:
          if (token.value === "^" || token.value === "$") {
            return token.value;
          } else {
            return `\\${token.value}`;
          }
        case types_1.types.REFERENCE:
          return `\\${token.value}`;
        case types_1.types.SET:
          return (0, write_set_tokens_1.writeSetTokens)(token);
        case types_1.types.GROUP: {
          const prefix = token.name ? `?<${token.name}>` : token.remember ? "" : token.followedBy ? "?=" : token.notFollowedBy ? "?!" : "?:";
          return `(${prefix}${createAlternate(token)})`;
        }
        case types_1.types.REPETITION: {
          const { min, max } = token;
          let endWith;
          if (min === 0 && max === 1) {
            endWith = "?";
          } else if (min === 1 && max === Infinity) {
            endWith = "+";
          } else if (min === 0 && max === Infinity) {
            endWith = "*";
          } else if (max === Infinity) {
            endWith = `{${min},}`;
          } else if (min === max) {
            endWith = `{${min}}`;
          } else {
            endWith = `{${min},${max}}`;
          }
          return `${(0, exports.reconstruct)(token.value)}${endWith}`;
        }
        case types_1.types.RANGE:
          return `${(0, write_set_tokens_1.setChar)(token.from)}-${(0, write_set_tokens_1.setChar)(token.to)}`;
        default:
          throw new Error(`Invalid token type ${token}`);
      }
    };
    exports.reconstruct = reconstruct;
  }
});

// node_modules/ret/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ret/dist/index.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.types = void 0;
    var types_1 = require_types2();
    Object.defineProperty(exports, "types", { enumerable: true, get: function() {
      return types_1.types;
    } });
    __exportStar(require_tokenizer(), exports);
    __exportStar(require_reconstruct(), exports);
    var tokenizer_1 = require_tokenizer();
    var reconstruct_1 = require_reconstruct();
    __exportStar(require_types2(), exports);
    exports.default = tokenizer_1.tokenizer;
    module.exports = tokenizer_1.tokenizer;
    module.exports.types = types_1.types;
    module.exports.reconstruct = reconstruct_1.reconstruct;
  }
});

// node_modules/drange/lib/index.js
var require_lib = __commonJS({
  "node_modules/drange/lib/index.js"(exports, module) {
    var SubRange = class _SubRange {
      constructor(low, high) {
        this.low = low;
        this.high = high;
        this.length = 1 + high - low;
      }
      overlaps(range) {
        return range.low <= this.high && this.low <= range.high;
      }
      touches(range) {
        return range.low <= this.high + 1 && this.low - 1 <= range.high;
      }
      covers(range) {
        return this.low <= range.low && range.high <= this.high;
      }
      isInside(range) {
        return range.low < this.low && this.high < range.high;
      }
      isBefore(range) {
        return this.high < range.low;
      }
      // Returns inclusive combination of SubRanges as a SubRange.
      add(range) {
        return new _SubRange(
          Math.min(this.low, range.low),
          Math.max(this.high, range.high)
        );
      }
      // Returns subtraction of SubRanges as an array of SubRanges.
      // (There's a case where subtraction divides it in 2)
      subtract(range) {
        if (range.covers(this)) {
          return [];
        } else if (range.isInside(this)) {
          return [
            new _SubRange(this.low, range.low - 1),
            new _SubRange(range.high + 1, this.high)
          ];
        } else if (range.low <= this.low) {
          return [new _SubRange(range.high + 1, this.high)];
        } else {
          return [new _SubRange(this.low, range.low - 1)];
        }
      }
      toString() {
        return this.low == this.high ? this.low.toString() : this.low + "-" + this.high;
      }
    };
    var DRange = class _DRange {
      constructor(a, b) {
        this.ranges = [];
        this.length = 0;
        if (a != null) this.add(a, b);
      }
      _update_length() {
        this.length = this.ranges.reduce((previous, range) => {
          return previous + range.length;
        }, 0);
      }
      add(a, b) {
        const _add = (subrange) => {
          let i = 0;
          while (i < this.ranges.length && !subrange.touches(this.ranges[i]) && this.ranges[i].isBefore(subrange)) {
            i++;
          }
          const newRanges = this.ranges.slice(0, i);
          while (i < this.ranges.length && subrange.touches(this.ranges[i])) {
            subrange = subrange.add(this.ranges[i]);
            i++;
          }
          newRanges.push(subrange);
          this.ranges = newRanges.concat(this.ranges.slice(i));
          this._update_length();
        };
        if (a instanceof _DRange) {
          a.ranges.forEach(_add);
        } else {
          if (b == null) b = a;
          _add(new SubRange(a, b));
        }
        return this;
      }
      subtract(a, b) {
        const _subtract = (subrange) => {
          let i = 0;
          while (i < this.ranges.length && !subrange.overlaps(this.ranges[i])) {
            i++;
          }
          let newRanges = this.ranges.slice(0, i);
          while (i < this.ranges.length && subrange.overlaps(this.ranges[i])) {
            newRanges = newRanges.concat(this.ranges[i].subtract(subrange));
            i++;
          }
          this.ranges = newRanges.concat(this.ranges.slice(i));
          this._update_length();
        };
        if (a instanceof _DRange) {
          a.ranges.forEach(_subtract);
        } else {
          if (b == null) b = a;
          _subtract(new SubRange(a, b));
        }
        return this;
      }
      intersect(a, b) {
        const newRanges = [];
        const _intersect = (subrange) => {
          let i = 0;
          while (i < this.ranges.length && !subrange.overlaps(this.ranges[i])) {
            i++;
          }
          while (i < this.ranges.length && subrange.overlaps(this.ranges[i])) {
            let low = Math.max(this.ranges[i].low, subrange.low);
            let high = Math.min(this.ranges[i].high, subrange.high);
            newRanges.push(new SubRange(low, high));
            i++;
          }
        };
        if (a instanceof _DRange) {
          a.ranges.forEach(_intersect);
        } else {
          if (b == null) b = a;
          _intersect(new SubRange(a, b));
        }
        this.ranges = newRanges;
        this._update_length();
        return this;
      }
      index(index) {
        let i = 0;
        while (i < this.ranges.length && this.ranges[i].length <= index) {
          index -= this.ranges[i].length;
          i++;
        }
        return this.ranges[i].low + index;
      }
      toString() {
        return "[ " + this.ranges.join(", ") + " ]";
      }
      clone() {
        return new _DRange(this);
      }
      numbers() {
        return this.ranges.reduce((result, subrange) => {
          let i = subrange.low;
          while (i <= subrange.high) {
            result.push(i);
            i++;
          }
          return result;
        }, []);
      }
      subranges() {
        return this.ranges.map((subrange) => ({
          low: subrange.low,
          high: subrange.high,
          length: 1 + subrange.high - subrange.low
        }));
      }
    };
    module.exports = DRange;
  }
});

// node_modules/randexp/dist/randexp.js
var require_randexp = __commonJS({
  "node_modules/randexp/dist/randexp.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var ret_1 = __importStar(require_dist2());
    var DRange = require_lib();
    var RandExp2 = class _RandExp {
      constructor(regexp, m) {
        this._setDefaults(regexp);
        if (regexp instanceof RegExp) {
          this.ignoreCase = regexp.ignoreCase;
          this.multiline = regexp.multiline;
          regexp = regexp.source;
        } else if (typeof regexp === "string") {
          this.ignoreCase = !!(m && m.indexOf("i") !== -1);
          this.multiline = !!(m && m.indexOf("m") !== -1);
        } else {
          throw Error("Expected a regexp or string");
        }
        this.tokens = (0, ret_1.default)(regexp);
      }
      /**
       * Checks if some custom properties have been set for this regexp.
       */
      _setDefaults(regexp) {
        this.max = typeof regexp !== "string" && regexp.max != null ? regexp.max : _RandExp.prototype.max != null ? _RandExp.prototype.max : 100;
        this.defaultRange = typeof regexp !== "string" && regexp.defaultRange ? regexp.defaultRange : this.defaultRange.clone();
        if (typeof regexp !== "string" && regexp.randInt) {
          this.randInt = regexp.randInt;
        }
      }
      /**
       * Generates the random string.
       */
      gen() {
        return this._gen(this.tokens, []);
      }
      /**
       * Generate random string modeled after given tokens.
       */
      _gen(token, groups) {
        switch (token.type) {
          case ret_1.types.ROOT:
          case ret_1.types.GROUP:
            if (token.type === ret_1.types.GROUP) {
              if (token.followedBy || token.notFollowedBy) {
                return "";
              }
              if (token.remember && token.groupNumber === void 0) {
                token.groupNumber = groups.push(null) - 1;
              }
            }
            let stack = token.options ? this._randSelect(token.options) : token.stack;
            let str = "";
            for (let i = 0, l = stack.length; i < l; i++) {
              str += this._gen(stack[i], groups);
            }
            if (token.type === ret_1.types.GROUP && token.remember) {
              groups[token.groupNumber] = str;
            }
            return str;
          case ret_1.types.POSITION:
            return "";
          case ret_1.types.SET:
            const expandedSet = this._expand(token);
            if (!expandedSet.length) {
              return "";
            }
            return String.fromCodePoint(expandedSet.index(this.randInt(0, expandedSet.length - 1)));
          case ret_1.types.REPETITION: {
            const randNumber = this.randInt(token.min, token.max === Infinity ? token.min + this.max : token.max);
            let str2 = "";
            for (let i = 0; i < randNumber; i++) {
              str2 += this._gen(token.value, groups);
            }
            return str2;
          }
          case ret_1.types.REFERENCE:
            return groups[token.value - 1] || "";
          case ret_1.types.CHAR:
            const code = this.ignoreCase && this._randBool() ? this._toOtherCase(token.value) : token.value;
            return String.fromCodePoint(code);
        }
      }
      /**
       * If code is alphabetic, converts to other case.
       * If not alphabetic, returns back code.
       */
      _toOtherCase(code) {
        return code + (97 <= code && code <= 122 ? -32 : 65 <= code && code <= 90 ? 32 : 0);
      }
      /**
       * Randomly returns a true or false value.
       */
      _randBool() {
        return !this.randInt(0, 1);
      }
      /**
       * Randomly selects and returns a value from the array.
       */
      _randSelect(arr) {
        return arr[this.randInt(0, arr.length - 1)];
      }
      /**
       * Expands a token to a DiscontinuousRange of characters which has a
       * length and an index function (for random selecting).
       */
      _expand(token) {
        if (token.type === ret_1.types.CHAR) {
          return new DRange(token.value);
        } else if (token.type === ret_1.types.RANGE) {
          return new DRange(token.from, token.to);
        } else {
          let drange = new DRange();
          for (let i = 0; i < token.set.length; i++) {
            let subrange = this._expand(token.set[i]);
            drange.add(subrange);
            if (this.ignoreCase) {
              for (let j = 0; j < subrange.length; j++) {
                let code = subrange.index(j);
                let otherCaseCode = this._toOtherCase(code);
                if (code !== otherCaseCode) {
                  drange.add(otherCaseCode);
                }
              }
            }
          }
          if (token.not) {
            return this.defaultRange.clone().subtract(drange);
          } else {
            return this.defaultRange.clone().intersect(drange);
          }
        }
      }
      /**
       * Randomly generates and returns a number between a and b (inclusive).
       */
      randInt(a, b) {
        return a + Math.floor(Math.random() * (1 + b - a));
      }
      /**
       * Default range of characters to generate from.
       */
      get defaultRange() {
        return this._range = this._range || new DRange(32, 126);
      }
      set defaultRange(range) {
        this._range = range;
      }
      /**
       * Enables use of randexp with a shorter call.
       */
      static randexp(regexp, m) {
        let randexp;
        if (typeof regexp === "string") {
          regexp = new RegExp(regexp, m);
        }
        if (regexp._randexp === void 0) {
          randexp = new _RandExp(regexp, m);
          regexp._randexp = randexp;
        } else {
          randexp = regexp._randexp;
          randexp._setDefaults(regexp);
        }
        return randexp.gen();
      }
      /**
       * Enables sugary /regexp/.gen syntax.
       */
      static sugar() {
        RegExp.prototype.gen = function() {
          return _RandExp.randexp(this);
        };
      }
    };
    exports.default = RandExp2;
    module.exports = RandExp2;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core2 = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core2,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core2 = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core2,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/surface/package.ts
var PackageJsonError = class extends Error {
  name = "PackageJsonError";
};
function stringRecord(value, field, file) {
  if (value === void 0 || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new PackageJsonError(`${file}: "${field}" must be an object of strings.`);
  }
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string") out[key] = v;
  }
  return out;
}
function normalizeBin(bin, name, file) {
  if (bin === void 0) return {};
  if (typeof bin === "string") return { [name.replace(/^@[^/]+\//, "")]: bin };
  return stringRecord(bin, "bin", file);
}
function packageSurface(manifest, file = "package.json") {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new PackageJsonError(`${file} is not a JSON object.`);
  }
  const m = manifest;
  const name = typeof m.name === "string" ? m.name : "";
  const meta = m.peerDependenciesMeta;
  const optionalPeerDependencies = typeof meta === "object" && meta !== null ? Object.entries(meta).filter(([, v]) => typeof v === "object" && v !== null && v.optional === true).map(([k]) => k).sort() : [];
  const surface = {
    name,
    version: typeof m.version === "string" ? m.version : "",
    dependencies: stringRecord(m.dependencies, "dependencies", file),
    peerDependencies: stringRecord(m.peerDependencies, "peerDependencies", file),
    optionalPeerDependencies,
    engines: stringRecord(m.engines, "engines", file),
    bin: normalizeBin(m.bin, name, file)
  };
  if (typeof m.type === "string") surface.type = m.type;
  if (m.exports !== void 0) surface.exports = m.exports;
  if (typeof m.main === "string") surface.main = m.main;
  const types = typeof m.types === "string" ? m.types : typeof m.typings === "string" ? m.typings : void 0;
  if (types) surface.types = types;
  return surface;
}
function exportSubpaths(exportsField) {
  if (exportsField === void 0 || exportsField === null) return [];
  if (typeof exportsField === "string" || Array.isArray(exportsField)) return ["."];
  if (typeof exportsField !== "object") return [];
  const keys = Object.keys(exportsField);
  if (keys.length > 0 && keys.every((k) => !k.startsWith("."))) return ["."];
  return keys.filter((k) => k.startsWith(".") && exportsField[k] !== null).sort();
}

// src/compat/surface-items.ts
var itemKey = {
  tool: (name) => `tool:${name}`,
  prompt: (name) => `prompt:${name}`,
  resource: (uri) => `resource:${uri}`,
  resourceTemplate: (uriTemplate) => `resource-template:${uriTemplate}`,
  capability: (name) => `capability:${name}`,
  bin: (name) => `bin:${name}`,
  exportPath: (subpath) => `export-path:${subpath}`,
  declaration: (entry, name) => `ts:${entry}:${name}`,
  package: () => "package"
};
function surfaceItems(snapshot) {
  const items = /* @__PURE__ */ new Set();
  const mcp = snapshot.mcp;
  if (mcp) {
    for (const tool of mcp.tools) items.add(itemKey.tool(tool.name));
    for (const prompt of mcp.prompts) items.add(itemKey.prompt(prompt.name));
    for (const resource of mcp.resources) items.add(itemKey.resource(resource.uri));
    for (const template of mcp.resourceTemplates) items.add(itemKey.resourceTemplate(template.uriTemplate));
  }
  const pkg = snapshot.package;
  if (pkg) {
    for (const name of Object.keys(pkg.bin)) items.add(itemKey.bin(name));
    for (const subpath of exportSubpaths(pkg.exports)) items.add(itemKey.exportPath(subpath));
  }
  for (const declaration of snapshot.typescript?.declarations ?? []) {
    items.add(itemKey.declaration(declaration.entry, declaration.name));
  }
  return items;
}

// src/compat/rules/bin-removed.ts
var rule = {
  id: "bin-removed",
  level: "major",
  surface: "package",
  description: 'A command in package.json "bin" was removed or renamed.',
  rationale: "MCP clients launch servers by this command (`npx -y pkg` or the bin name in their config); it no longer exists.",
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.bin;
    const after = next.package.bin;
    const changes = [];
    for (const [name, file] of Object.entries(before).sort()) {
      if (name in after) continue;
      const renamedTo = Object.entries(after).find(
        ([newName, newFile]) => newFile === file && !(newName in before)
      )?.[0];
      changes.push({
        rule: "bin-removed",
        level: "major",
        item: itemKey.bin(name),
        subject: itemKey.bin(name),
        message: renamedTo ? `Command "${name}" was renamed to "${renamedTo}"` : `Command "${name}" was removed from "bin"`,
        before: { [name]: file },
        ...renamedTo ? {
          after: { [renamedTo]: file },
          migration: {
            kind: "rename-bin",
            from: name,
            to: renamedTo,
            description: `Launch the server with "${renamedTo}" instead of "${name}".`
          }
        } : {},
        location: { file: "package.json" }
      });
    }
    return changes;
  }
};

// src/compat/rules/capability-flags.ts
var SPEC_FEATURES = {
  tools: /* @__PURE__ */ new Set(["listChanged"]),
  prompts: /* @__PURE__ */ new Set(["listChanged"]),
  resources: /* @__PURE__ */ new Set(["subscribe", "listChanged"]),
  logging: /* @__PURE__ */ new Set(),
  completions: /* @__PURE__ */ new Set(),
  tasks: /* @__PURE__ */ new Set(["list", "cancel", "requests"])
};
function capabilityFlags(capabilities) {
  const flags = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(capabilities ?? {})) {
    if (value === void 0 || value === null || value === false) continue;
    flags.add(name);
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value)) {
        if (SPEC_FEATURES[name] && !SPEC_FEATURES[name].has(sub)) continue;
        if (subValue !== void 0 && subValue !== null && subValue !== false) flags.add(`${name}.${sub}`);
      }
    }
  }
  return flags;
}
var isNotificationFlag = (flag) => flag.endsWith(".listChanged");

// src/compat/rules/capability-added.ts
var rule2 = {
  id: "capability-added",
  level: "minor",
  surface: "mcp",
  description: "The server declares a new capability or capability feature.",
  rationale: "A new feature: clients that do not use it are unaffected.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const before = capabilityFlags(old.mcp.capabilities);
    return [...capabilityFlags(next.mcp.capabilities)].filter((flag) => !before.has(flag)).filter((flag) => !flag.includes(".") || before.has(flag.split(".")[0])).sort().map((flag) => ({
      rule: "capability-added",
      level: "minor",
      item: itemKey.capability(flag),
      subject: itemKey.capability(flag),
      message: `The server now declares the "${flag}" capability`,
      after: flag
    }));
  }
};

// src/compat/rules/capability-notifications-removed.ts
var rule3 = {
  id: "capability-notifications-removed",
  level: "minor",
  surface: "mcp",
  description: "A capability no longer declares listChanged notifications.",
  rationale: "Clients lose change notifications and must re-list to see updates; calls still work.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const after = capabilityFlags(next.mcp.capabilities);
    return [...capabilityFlags(old.mcp.capabilities)].filter((flag) => isNotificationFlag(flag) && !after.has(flag) && after.has(flag.split(".")[0])).sort().map((flag) => ({
      rule: "capability-notifications-removed",
      level: "minor",
      item: itemKey.capability(flag),
      subject: itemKey.capability(flag),
      message: `The server no longer sends "${flag}" notifications`,
      before: flag
    }));
  }
};

// src/compat/rules/capability-removed.ts
var rule4 = {
  id: "capability-removed",
  level: "major",
  surface: "mcp",
  description: "A server capability or capability feature (for example resources.subscribe) is no longer declared.",
  rationale: "Clients negotiate features from the declared capabilities; requests for an undeclared one are refused.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const after = capabilityFlags(next.mcp.capabilities);
    const beforeFlags = capabilityFlags(old.mcp.capabilities);
    return [...beforeFlags].filter((flag) => !after.has(flag) && !isNotificationFlag(flag)).filter((flag) => !flag.includes(".") || after.has(flag.split(".")[0])).sort().map((flag) => ({
      rule: "capability-removed",
      level: "major",
      item: itemKey.capability(flag),
      subject: itemKey.capability(flag),
      message: `The server no longer declares the "${flag}" capability`,
      before: flag
    }));
  }
};

// src/compat/rules/engines-node-raised.ts
var import_semver = __toESM(require_semver(), 1);
var rule5 = {
  id: "engines-node-raised",
  level: "major",
  surface: "package",
  description: 'package.json "engines.node" no longer covers every Node.js version it covered.',
  rationale: "Users on a dropped Node.js version can no longer run the server (npm refuses it under engine-strict, and it may crash at runtime).",
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.engines.node ?? "*";
    const after = next.package.engines.node;
    if (after === void 0 || after === before) return [];
    let narrowed;
    try {
      narrowed = !import_semver.default.subset(before, after);
    } catch {
      narrowed = true;
    }
    if (!narrowed) return [];
    const min = (range) => import_semver.default.validRange(range) ? import_semver.default.minVersion(range)?.version : void 0;
    return [
      {
        rule: "engines-node-raised",
        level: "major",
        item: itemKey.package(),
        subject: "package.engines.node",
        message: `Supported Node.js narrowed from "${before}" to "${after}"${min(after) ? ` (now at least ${min(after)})` : ""}`,
        before,
        after,
        location: { file: "package.json" }
      }
    ];
  }
};

// src/compat/rules/export-path-added.ts
var rule6 = {
  id: "export-path-added",
  level: "minor",
  surface: "package",
  description: 'A subpath was added to package.json "exports".',
  rationale: "A new entry point: existing imports are unaffected.",
  detect({ old, new: next }) {
    if (!old.package || !next.package || old.package.exports === void 0) return [];
    const before = new Set(exportSubpaths(old.package.exports));
    return exportSubpaths(next.package.exports).filter((p) => !before.has(p)).map((subpath) => ({
      rule: "export-path-added",
      level: "minor",
      item: itemKey.exportPath(subpath),
      subject: itemKey.exportPath(subpath),
      message: `The import path "${subpath}" is now exported`,
      after: subpath,
      location: { file: "package.json" }
    }));
  }
};

// src/compat/rules/export-path-removed.ts
var rule7 = {
  id: "export-path-removed",
  level: "major",
  surface: "package",
  description: 'A subpath of package.json "exports" was removed.',
  rationale: 'Node refuses imports of subpaths that "exports" does not list (ERR_PACKAGE_PATH_NOT_EXPORTED).',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = exportSubpaths(old.package.exports);
    const after = new Set(exportSubpaths(next.package.exports));
    if (next.package.exports === void 0) return [];
    const removed = old.package.exports === void 0 ? [] : before.filter((p) => !after.has(p));
    return removed.map((subpath) => ({
      rule: "export-path-removed",
      level: "major",
      item: itemKey.exportPath(subpath),
      subject: itemKey.exportPath(subpath),
      message: `The import path "${subpath}" is no longer exported`,
      before: subpath,
      location: { file: "package.json" }
    }));
  }
};

// src/compat/rules/exports-field-added.ts
var rule8 = {
  id: "exports-field-added",
  level: "major",
  surface: "package",
  description: 'package.json gained an "exports" field where it had none.',
  rationale: 'Without "exports" any file could be imported; with it, only the listed subpaths can.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    if (old.package.exports !== void 0 || next.package.exports === void 0) return [];
    return [
      {
        rule: "exports-field-added",
        level: "major",
        item: itemKey.package(),
        subject: "package.exports",
        message: `package.json now has "exports" (${exportSubpaths(next.package.exports).join(", ")}): deep imports of other files fail`,
        after: next.package.exports,
        location: { file: "package.json" }
      }
    ];
  }
};

// src/compat/rules/package-type-changed.ts
var rule9 = {
  id: "package-type-changed",
  level: "major",
  surface: "package",
  description: 'package.json "type" switched between "module" and "commonjs".',
  rationale: "require() of an ES module fails on older Node.js, and default-import interop changes for every consumer.",
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.type ?? "commonjs";
    const after = next.package.type ?? "commonjs";
    if (before === after) return [];
    const importable = [old.package, next.package].some(
      (p) => p.main !== void 0 || p.exports !== void 0 || p.types !== void 0
    );
    return [
      {
        rule: "package-type-changed",
        level: importable ? "major" : "patch",
        item: itemKey.package(),
        subject: "package.type",
        message: importable ? `The package switched from ${before} to ${after}` : `The package switched from ${before} to ${after}; it has no entry point to import (no main, exports or types), so only its own commands see it`,
        before,
        after,
        location: { file: "package.json" }
      }
    ];
  }
};

// src/compat/rules/peer-dependency-added.ts
var rule10 = {
  id: "peer-dependency-added",
  level: "major",
  surface: "package",
  description: "A required peer dependency was added.",
  rationale: "Consumers must provide it; npm fails the install (ERESOLVE) when theirs conflicts with the range.",
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.peerDependencies;
    const optional = new Set(next.package.optionalPeerDependencies);
    return Object.entries(next.package.peerDependencies).filter(([name]) => !(name in before)).sort(([a], [b]) => a.localeCompare(b)).map(([name, range]) => ({
      rule: "peer-dependency-added",
      level: optional.has(name) ? "minor" : "major",
      item: itemKey.package(),
      subject: `package.peerDependencies.${name}`,
      message: optional.has(name) ? `Optional peer dependency "${name}@${range}" was added` : `Peer dependency "${name}@${range}" was added: consumers must install it`,
      after: range,
      location: { file: "package.json" }
    }));
  }
};

// src/compat/rules/peer-dependency-narrowed.ts
var import_semver2 = __toESM(require_semver(), 1);
var rule11 = {
  id: "peer-dependency-narrowed",
  level: "major",
  surface: "package",
  description: "A peer dependency range was narrowed, or an optional peer dependency became required.",
  rationale: "Consumers on a version outside the new range get an install conflict.",
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const changes = [];
    const oldOptional = new Set(old.package.optionalPeerDependencies);
    const newOptional = new Set(next.package.optionalPeerDependencies);
    for (const [name, after] of Object.entries(next.package.peerDependencies).sort(([a], [b]) => a.localeCompare(b))) {
      const before = old.package.peerDependencies[name];
      if (before === void 0) continue;
      const nowRequired = oldOptional.has(name) && !newOptional.has(name);
      let narrowed = false;
      if (before !== after) {
        try {
          narrowed = !import_semver2.default.subset(before, after);
        } catch {
          narrowed = true;
        }
      }
      if (!narrowed && !nowRequired) continue;
      changes.push({
        rule: "peer-dependency-narrowed",
        level: "major",
        item: itemKey.package(),
        subject: `package.peerDependencies.${name}`,
        message: narrowed ? `Peer dependency "${name}" narrowed from "${before}" to "${after}"` : `Peer dependency "${name}" is no longer optional`,
        before,
        after,
        location: { file: "package.json" }
      });
    }
    return changes;
  }
};

// src/compat/rules/collection.ts
function byKey(list, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}
function addedAndRemoved(old, next, list, key) {
  const before = list(old);
  const after = list(next);
  if (before === void 0 || after === void 0) return { added: [], removed: [] };
  const a = byKey(before, key);
  const b = byKey(after, key);
  const removed = [...a].filter(([k]) => !b.has(k)).map(([k, value]) => ({ key: k, value }));
  const added = [...b].filter(([k]) => !a.has(k)).map(([k, value]) => ({ key: k, value }));
  const sort2 = (x, y) => x.key.localeCompare(y.key);
  return { added: added.sort(sort2), removed: removed.sort(sort2) };
}
function collectionRule(spec) {
  return {
    id: spec.id,
    level: spec.level,
    surface: spec.surface,
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next }) {
      const renamed = new Set((spec.renamed?.(old, next) ?? []).map((r) => spec.side === "removed" ? r.from : r.to));
      const found = addedAndRemoved(old, next, spec.list, spec.key)[spec.side].filter(({ key }) => !renamed.has(key));
      return found.map(({ key, value }) => {
        const item = spec.item(key);
        const note = spec.note?.(old, next, key);
        return {
          rule: spec.id,
          level: spec.level,
          item,
          subject: item,
          message: `${spec.noun} "${key}" was ${spec.side}`,
          ...spec.side === "removed" ? { before: value } : { after: value },
          ...note ? { flag: note } : {}
        };
      });
    }
  };
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/convert-path-to-posix.js
var win32Sep = "\\";
function convertPathToPosix(filePath) {
  const isExtendedLengthPath = filePath.startsWith("\\\\?\\");
  if (isExtendedLengthPath) {
    return filePath;
  }
  return filePath.split(win32Sep).join("/");
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/is-windows.js
var isWindowsConst = /^win/.test(globalThis.process ? globalThis.process.platform : "");
var isWindows = () => isWindowsConst;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/url.js
var forwardSlashPattern = /\//g;
var protocolPattern = /^(\w{2,}):\/\//i;
var jsonPointerSlash = /~1/g;
var jsonPointerTilde = /~0/g;
var isAbsoluteWin32Path = /^[a-zA-Z]:[\\/]/;
var urlEncodePatterns = [
  [/\?/g, "%3F"],
  [/#/g, "%23"]
];
var urlDecodePatterns = [/%23/g, "#", /%24/g, "$", /%26/g, "&", /%2C/g, ",", /%3F/g, "?", /%40/g, "@"];
var unsafeDomainSuffixes = [".localhost", ".local", ".internal", ".intranet", ".corp", ".home", ".lan"];
var parse = (u) => new URL(u);
function resolve(from, to) {
  const fromUrl = new URL(convertPathToPosix(from), "https://aaa.nonexistanturl.com");
  const resolvedUrl = new URL(convertPathToPosix(to), fromUrl);
  const endSpaces = to.match(/(\s*)$/)?.[1] || "";
  if (resolvedUrl.hostname === "aaa.nonexistanturl.com") {
    const { pathname, search: search2, hash } = resolvedUrl;
    return pathname + search2 + safeDecodeURIComponent(hash) + endSpaces;
  }
  const resolved2 = resolvedUrl.toString() + endSpaces;
  if (resolved2.includes("#")) {
    const [base, hash] = resolved2.split("#", 2);
    return base + "#" + safeDecodeURIComponent(hash || "");
  }
  return resolved2;
}
function safeDecodeURIComponent(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    try {
      return decodeURIComponent(value.replace(/%(?![\dA-F]{2})/gi, "%25"));
    } catch {
      return value;
    }
  }
}
function cwd() {
  if (typeof window !== "undefined" && window.location && window.location.href) {
    const href = window.location.href;
    if (!href || !href.startsWith("http")) {
      try {
        new URL(href);
        return href;
      } catch {
        return "/";
      }
    }
    return href;
  }
  if (typeof process !== "undefined" && process.cwd) {
    const path = process.cwd();
    const lastChar = path.slice(-1);
    if (lastChar === "/" || lastChar === "\\") {
      return path;
    } else {
      return path + "/";
    }
  }
  return "/";
}
function getProtocol(path) {
  const match = protocolPattern.exec(path || "");
  if (match) {
    return match[1].toLowerCase();
  }
  return void 0;
}
function getExtension(path) {
  const pathEnd = path.search(/[?#]/);
  const pathname = pathEnd >= 0 ? path.substring(0, pathEnd) : path;
  const lastSlash = Math.max(pathname.lastIndexOf("/"), pathname.lastIndexOf("\\"));
  const lastDot = pathname.lastIndexOf(".");
  if (lastDot > lastSlash) {
    return pathname.substring(lastDot).toLowerCase();
  }
  return "";
}
function getHash(path) {
  if (!path) {
    return "#";
  }
  const hashIndex = path.indexOf("#");
  if (hashIndex >= 0) {
    return path.substring(hashIndex);
  }
  return "#";
}
function stripHash(path) {
  if (!path) {
    return "";
  }
  const hashIndex = path.indexOf("#");
  if (hashIndex >= 0) {
    path = path.substring(0, hashIndex);
  }
  return path;
}
function isHttp(path) {
  const protocol = getProtocol(path);
  if (protocol === "http" || protocol === "https") {
    return true;
  } else if (protocol === void 0) {
    return typeof window !== "undefined";
  } else {
    return false;
  }
}
function isUnsafeUrl(path) {
  if (!path || typeof path !== "string") {
    return true;
  }
  const normalizedPath = path.trim().toLowerCase();
  if (!normalizedPath) {
    return true;
  }
  if (normalizedPath.startsWith("javascript:") || normalizedPath.startsWith("vbscript:") || normalizedPath.startsWith("data:")) {
    return true;
  }
  if (normalizedPath.startsWith("file:")) {
    return true;
  }
  if (typeof window !== "undefined" && window.location && window.location.href) {
    return false;
  }
  try {
    const url = new URL(normalizedPath.startsWith("//") ? "http:" + normalizedPath : normalizedPath);
    if (isUnsafeHostname(url.hostname)) {
      return true;
    }
    const port = url.port;
    if (port && isInternalPort(parseInt(port))) {
      return true;
    }
  } catch {
    if (normalizedPath.startsWith("/") && !normalizedPath.startsWith("//")) {
      return false;
    }
    if (containsUnsafeHostname(normalizedPath)) {
      return true;
    }
  }
  return false;
}
async function resolveUrlSafety(path) {
  if (isUnsafeUrl(path)) {
    return { unsafe: true };
  }
  if (typeof path !== "string" || typeof process === "undefined" || !process.versions?.node || typeof window !== "undefined") {
    return { unsafe: false };
  }
  const parsedUrl = new URL(path.startsWith("//") ? `http:${path}` : path);
  if (parsedUrl.protocol !== "http:" && parsedUrl.protocol !== "https:") {
    return { unsafe: false };
  }
  const dnsModuleName = "node:dns/promises";
  const dns = await import(dnsModuleName);
  const addresses = await dns.lookup(normalizeHostname(parsedUrl.hostname), {
    all: true,
    verbatim: true
  });
  if (addresses.length === 0 || addresses.some(({ address }) => isUnsafeHostname(address))) {
    return { unsafe: true };
  }
  return { unsafe: false, addresses };
}
function isUnsafeHostname(hostname) {
  const normalizedHostname = normalizeHostname(hostname);
  if (!normalizedHostname) {
    return true;
  }
  if (normalizedHostname === "localhost" || unsafeDomainSuffixes.some((suffix) => normalizedHostname.endsWith(suffix))) {
    return true;
  }
  const ipv4 = parseIPv4Address(normalizedHostname);
  if (ipv4) {
    return isUnsafeIPv4Address(ipv4);
  }
  const ipv6 = parseIPv6Address(normalizedHostname);
  if (ipv6) {
    return isUnsafeIPv6Address(ipv6);
  }
  return false;
}
function normalizeHostname(hostname) {
  let normalizedHostname = hostname.trim().toLowerCase();
  if (normalizedHostname.startsWith("[") && normalizedHostname.endsWith("]")) {
    normalizedHostname = normalizedHostname.slice(1, -1);
  }
  while (normalizedHostname.endsWith(".")) {
    normalizedHostname = normalizedHostname.slice(0, -1);
  }
  return normalizedHostname;
}
function parseIPv4Address(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4) {
    return void 0;
  }
  const octets = parts.map((part) => {
    if (!/^\d+$/.test(part)) {
      return Number.NaN;
    }
    return Number(part);
  });
  if (octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) {
    return void 0;
  }
  return octets;
}
function isUnsafeIPv4Address([a, b, c, d]) {
  return a === 0 || a === 10 || a === 127 || a === 100 && b >= 64 && b <= 127 || a === 169 && b === 254 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 0 && c === 0 || a === 192 && b === 168 || a === 198 && (b === 18 || b === 19) || a >= 224 || a === 255 && b === 255 && c === 255 && d === 255;
}
function parseIPv6Address(ip) {
  if (!ip.includes(":")) {
    return void 0;
  }
  let normalizedIP = ip;
  const lastSeparator = normalizedIP.lastIndexOf(":");
  const possibleIPv4 = normalizedIP.slice(lastSeparator + 1);
  if (possibleIPv4.includes(".")) {
    const ipv4 = parseIPv4Address(possibleIPv4);
    if (!ipv4) {
      return void 0;
    }
    const firstGroup = ipv4[0] * 256 + ipv4[1];
    const secondGroup = ipv4[2] * 256 + ipv4[3];
    normalizedIP = `${normalizedIP.slice(0, lastSeparator + 1)}${firstGroup.toString(16)}:${secondGroup.toString(16)}`;
  }
  const halves = normalizedIP.split("::");
  if (halves.length > 2) {
    return void 0;
  }
  const head = parseIPv6Groups(halves[0]);
  const tail = halves.length === 2 ? parseIPv6Groups(halves[1]) : [];
  if (!head || !tail) {
    return void 0;
  }
  if (halves.length === 1) {
    return head.length === 8 ? head : void 0;
  }
  const missingGroups = 8 - head.length - tail.length;
  if (missingGroups < 1) {
    return void 0;
  }
  return [...head, ...Array(missingGroups).fill(0), ...tail];
}
function parseIPv6Groups(groups) {
  if (!groups) {
    return [];
  }
  const parsedGroups = groups.split(":").map((group) => {
    if (!/^[\da-f]{1,4}$/i.test(group)) {
      return Number.NaN;
    }
    return Number.parseInt(group, 16);
  });
  if (parsedGroups.some((group) => !Number.isInteger(group) || group < 0 || group > 65535)) {
    return void 0;
  }
  return parsedGroups;
}
function isUnsafeIPv6Address(groups) {
  if (groups.length !== 8) {
    return false;
  }
  const isUnspecified = groups.every((group) => group === 0);
  const isLoopback = groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1;
  const isUniqueLocal = (groups[0] & 65024) === 64512;
  const isLinkLocal = (groups[0] & 65472) === 65152;
  const isMulticast = (groups[0] & 65280) === 65280;
  if (isUnspecified || isLoopback || isUniqueLocal || isLinkLocal || isMulticast) {
    return true;
  }
  const mappedIPv4 = getMappedIPv4Address(groups);
  return mappedIPv4 ? isUnsafeIPv4Address(mappedIPv4) : false;
}
function getMappedIPv4Address(groups) {
  const firstFiveGroupsAreZero = groups.slice(0, 5).every((group) => group === 0);
  const firstSixGroupsAreZero = firstFiveGroupsAreZero && groups[5] === 0;
  const isIPv4Mapped = firstFiveGroupsAreZero && groups[5] === 65535;
  if (!firstSixGroupsAreZero && !isIPv4Mapped) {
    return void 0;
  }
  return [Math.floor(groups[6] / 256), groups[6] % 256, Math.floor(groups[7] / 256), groups[7] % 256];
}
function containsUnsafeHostname(value) {
  const candidates = value.split(/[\s/?#]+/).map((candidate) => candidate.replace(/^[a-z][\d+.a-z-]*:\/\//i, "").replace(/:\d+$/, "")).filter(Boolean);
  return candidates.some((candidate) => isUnsafeHostname(candidate));
}
function isInternalPort(port) {
  const internalPorts = [
    22,
    // SSH
    23,
    // Telnet
    25,
    // SMTP
    53,
    // DNS
    135,
    // RPC
    139,
    // NetBIOS
    445,
    // SMB
    993,
    // IMAPS
    995,
    // POP3S
    1433,
    // SQL Server
    1521,
    // Oracle
    3306,
    // MySQL
    3389,
    // RDP
    5432,
    // PostgreSQL
    5900,
    // VNC
    6379,
    // Redis
    8080,
    // Common internal web
    8443,
    // Common internal HTTPS
    9200,
    // Elasticsearch
    27017
    // MongoDB
  ];
  return internalPorts.includes(port);
}
function isFileSystemPath(path) {
  if (typeof window !== "undefined" || typeof process !== "undefined" && process.browser) {
    return false;
  }
  const protocol = getProtocol(path);
  return protocol === void 0 || protocol === "file";
}
function fromFileSystemPath(path) {
  if (isWindows()) {
    const projectDir = cwd();
    const upperPath = path.toUpperCase();
    const projectDirPosixPath = convertPathToPosix(projectDir);
    const posixUpper = projectDirPosixPath.toUpperCase();
    const hasProjectDir = upperPath.includes(posixUpper);
    const hasProjectUri = upperPath.includes(posixUpper);
    const isAbsolutePath = isAbsoluteWin32Path.test(path) || path.startsWith("http://") || path.startsWith("https://") || path.startsWith("file://");
    if (!(hasProjectDir || hasProjectUri || isAbsolutePath) && !projectDir.startsWith("http")) {
      const join = (a, b) => {
        if (a.endsWith("/") || a.endsWith("\\")) {
          return a + b;
        } else {
          return a + "/" + b;
        }
      };
      path = join(projectDir, path);
    }
    path = convertPathToPosix(path);
  }
  path = encodeURI(path);
  for (const pattern of urlEncodePatterns) {
    path = path.replace(pattern[0], pattern[1]);
  }
  return path;
}
function toFileSystemPath(path, keepFileProtocol) {
  path = path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
  for (let i = 0; i < urlDecodePatterns.length; i += 2) {
    path = path.replace(new RegExp(urlDecodePatterns[i].source, "gi"), urlDecodePatterns[i + 1]);
  }
  path = decodeURI(path);
  let isFileUrl = path.toLowerCase().startsWith("file://");
  if (isFileUrl) {
    path = path.replace(/^file:\/\//i, "").replace(/^\//, "");
    if (isWindows() && path[1] === "/") {
      path = `${path[0]}:${path.substring(1)}`;
    }
    if (keepFileProtocol) {
      path = "file:///" + path;
    } else {
      isFileUrl = false;
      path = isWindows() ? path : "/" + path;
    }
  }
  if (isWindows() && !isFileUrl) {
    path = path.replace(forwardSlashPattern, "\\");
    if (path.match(/^[a-z]:\\/i)) {
      path = path[0].toUpperCase() + path.substring(1);
    }
  }
  return path;
}
function safePointerToPath(pointer) {
  if (pointer.length <= 1 || pointer[0] !== "#" || pointer[1] !== "/") {
    return [];
  }
  return pointer.slice(2).split("/").map((value) => {
    return value.replace(jsonPointerSlash, "/").replace(jsonPointerTilde, "~");
  });
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/errors.js
var nonJsonTypes = ["function", "symbol", "undefined"];
var protectedProps = ["constructor", "prototype", "__proto__"];
var objectPrototype = Object.getPrototypeOf({});
function toJSON() {
  const pojo = {};
  const error = this;
  for (const key of getDeepKeys(error)) {
    if (typeof key === "string") {
      const value = error[key];
      const type = typeof value;
      if (!nonJsonTypes.includes(type)) {
        pojo[key] = value;
      }
    }
  }
  return pojo;
}
function getDeepKeys(obj, omit = []) {
  let keys = [];
  while (obj && obj !== objectPrototype) {
    keys = keys.concat(Object.getOwnPropertyNames(obj), Object.getOwnPropertySymbols(obj));
    obj = Object.getPrototypeOf(obj);
  }
  const uniqueKeys = new Set(keys);
  for (const key of omit.concat(protectedProps)) {
    uniqueKeys.delete(key);
  }
  return uniqueKeys;
}
var JSONParserError = class extends Error {
  name;
  message;
  source;
  path;
  code;
  constructor(message, source) {
    super();
    this.code = "EUNKNOWN";
    this.name = "JSONParserError";
    this.message = message;
    this.source = source;
    this.path = null;
  }
  toJSON = toJSON.bind(this);
  get footprint() {
    return `${this.path}+${this.source}+${this.code}+${this.message}`;
  }
};
var JSONParserErrorGroup = class _JSONParserErrorGroup extends Error {
  files;
  constructor(parser) {
    super();
    this.files = parser;
    this.name = "JSONParserErrorGroup";
    this.message = `${this.errors.length} error${this.errors.length > 1 ? "s" : ""} occurred while reading '${toFileSystemPath(parser.$refs._root$Ref.path)}'`;
  }
  toJSON = toJSON.bind(this);
  static getParserErrors(parser) {
    const errors = [];
    const footprints = /* @__PURE__ */ new Set();
    const refs = [
      ...Object.values(parser.$refs._$refs),
      ...Object.values(parser.$refs._aliases)
    ];
    for (const $ref of refs) {
      if ($ref.errors) {
        for (const error of $ref.errors) {
          if (!footprints.has(error.footprint)) {
            footprints.add(error.footprint);
            errors.push(error);
          }
        }
      }
    }
    return errors;
  }
  get errors() {
    return _JSONParserErrorGroup.getParserErrors(this.files);
  }
};
var ParserError = class extends JSONParserError {
  code = "EPARSER";
  name = "ParserError";
  constructor(message, source) {
    super(`Error parsing ${source}: ${message}`, source);
  }
};
var UnmatchedParserError = class extends JSONParserError {
  code = "EUNMATCHEDPARSER";
  name = "UnmatchedParserError";
  constructor(source) {
    super(`Could not find parser for "${source}"`, source);
  }
};
var ResolverError = class extends JSONParserError {
  code = "ERESOLVER";
  name = "ResolverError";
  ioErrorCode;
  constructor(ex, source) {
    super(ex.message || `Error reading file "${source}"`, source);
    if ("code" in ex) {
      this.ioErrorCode = String(ex.code);
    }
  }
};
var UnmatchedResolverError = class extends JSONParserError {
  code = "EUNMATCHEDRESOLVER";
  name = "UnmatchedResolverError";
  constructor(source) {
    super(`Could not find resolver for "${source}"`, source);
  }
};
var MissingPointerError = class extends JSONParserError {
  code = "EMISSINGPOINTER";
  name = "MissingPointerError";
  targetToken;
  targetRef;
  targetFound;
  parentPath;
  constructor(token, path, targetRef, targetFound, parentPath) {
    super(`Missing $ref pointer "${getHash(path)}". Token "${token}" does not exist.`, stripHash(path));
    this.targetToken = token;
    this.targetRef = targetRef;
    this.targetFound = targetFound;
    this.parentPath = parentPath;
  }
};
var TimeoutError = class extends JSONParserError {
  code = "ETIMEOUT";
  name = "TimeoutError";
  constructor(timeout) {
    super(`Dereferencing timeout reached: ${timeout}ms`);
  }
};
var InvalidPointerError = class extends JSONParserError {
  code = "EINVALIDPOINTER";
  name = "InvalidPointerError";
  constructor(pointer, path) {
    super(`Invalid $ref pointer "${pointer}". Pointers must begin with "#/"`, stripHash(path));
  }
};
function isHandledError(err) {
  return err instanceof JSONParserError || err instanceof JSONParserErrorGroup;
}
function normalizeError(err) {
  if (err.path === null) {
    err.path = [];
  }
  return err;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/schema-resources.js
function getSchemaBasePath(basePath, value, legacyId = false) {
  const schemaId = getSchemaId(value, legacyId);
  return schemaId ? resolve(basePath, schemaId) : basePath;
}
function usesDynamicIdScope(value) {
  if (!value || typeof value !== "object" || ArrayBuffer.isView(value)) {
    return false;
  }
  if (getSchemaId(value)) {
    return true;
  }
  const schema = value.$schema;
  if (typeof schema === "string" && (schema.includes("draft-04/") || schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/"))) {
    return true;
  }
  const openapi = value.openapi;
  return typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi);
}
function registerSchemaResources($refs, basePath, value, pathType, dynamicIdScope = false) {
  if (!dynamicIdScope) {
    return;
  }
  const seen = /* @__PURE__ */ new Set();
  const visit = (node, scopeBase, inheritedLegacyId) => {
    if (!node || typeof node !== "object" || ArrayBuffer.isView(node) || seen.has(node)) {
      return;
    }
    seen.add(node);
    const legacyId = getSchemaIdMode(node, inheritedLegacyId);
    const nextScopeBase = getSchemaBasePath(scopeBase, node, legacyId);
    if (nextScopeBase !== scopeBase) {
      $refs._addAlias(nextScopeBase, node, pathType, dynamicIdScope, legacyId);
    }
    for (const key of Object.keys(node)) {
      visit(node[key], nextScopeBase, legacyId);
    }
  };
  visit(value, basePath, false);
}
function getSchemaId(value, inheritedLegacyId = false) {
  if (!value || typeof value !== "object") {
    return void 0;
  }
  const legacyId = getSchemaIdMode(value, inheritedLegacyId);
  const schemaId = legacyId ? value.id : value.$id;
  if (typeof schemaId === "string" && schemaId.length > 0) {
    return schemaId;
  }
  return void 0;
}
function getSchemaIdMode(value, inheritedLegacyId = false) {
  if (!value || typeof value !== "object") {
    return inheritedLegacyId;
  }
  const schema = value.$schema;
  if (typeof schema === "string") {
    if (schema.includes("draft-04/")) {
      return true;
    }
    if (schema.includes("draft-06/") || schema.includes("draft-07/") || schema.includes("draft/2019-09/") || schema.includes("draft/2020-12/") || schema.includes("oas/3.1/")) {
      return false;
    }
  }
  const openapi = value.openapi;
  if (typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi)) {
    return false;
  }
  return inheritedLegacyId;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/pointer.js
var nullSymbol = /* @__PURE__ */ Symbol("null");
var slashes = /\//g;
var tildes = /~/g;
var escapedSlash = /~1/g;
var escapedTilde = /~0/g;
var unsafeSetTokens = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var Pointer = class _Pointer {
  /**
   * The {@link $Ref} object that contains this {@link Pointer} object.
   */
  $ref;
  /**
   * The file path or URL, containing the JSON pointer in the hash.
   * This path is relative to the path of the main JSON schema file.
   */
  path;
  /**
   * The original path or URL, used for error messages.
   */
  originalPath;
  /**
   * The current base URI used to resolve nested $ref pointers while walking this pointer.
   */
  scopeBase;
  /** Whether the current schema scope uses draft-04's legacy `id` keyword. */
  legacyIdScope;
  /**
   * The value of the JSON pointer.
   * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
   */
  value;
  /**
   * Indicates whether the pointer references itself.
   */
  circular;
  /**
   * Indicates whether the pointer encountered a cycle elsewhere in its reference chain.
   */
  chainCircular;
  /**
   * The number of indirect references that were traversed to resolve the value.
   * Resolving a single pointer may require resolving multiple $Refs.
   */
  indirections;
  constructor($ref, path, friendlyPath) {
    this.$ref = $ref;
    this.path = path;
    this.originalPath = friendlyPath || path;
    this.scopeBase = $ref.path || stripHash(path);
    this.legacyIdScope = $ref.legacyIdScope;
    this.value = void 0;
    this.circular = false;
    this.chainCircular = false;
    this.indirections = 0;
  }
  /**
   * Resolves the value of a nested property within the given object.
   *
   * @param obj - The object that will be crawled
   * @param options
   * @param pathFromRoot - the path of place that initiated resolving
   *
   * @returns
   * Returns a JSON pointer whose {@link Pointer#value} is the resolved value.
   * If resolving this value required resolving other JSON references, then
   * the {@link Pointer#$ref} and {@link Pointer#path} will reflect the resolution path
   * of the resolved value.
   */
  resolve(obj, options, pathFromRoot, visitedRefPaths = /* @__PURE__ */ new Set(), resolveFinalReference = true) {
    const tokens = _Pointer.parse(this.path, this.originalPath);
    const found = [];
    this.value = unwrapOrThrow(obj);
    if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
      this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
      this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
    }
    for (let i = 0; i < tokens.length; i++) {
      const wasCircular = this.circular;
      const wasChainCircular = this.chainCircular;
      const isExtendedRef = ref_default.isExtended$Ref(this.value);
      if (resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths)) {
        this.path = _Pointer.join(this.path, tokens.slice(i));
      } else if (isExtendedRef) {
        this.circular = wasCircular;
        this.chainCircular = wasChainCircular;
      }
      const token = tokens[i];
      if (this.value === null || typeof this.value !== "object" && typeof this.value !== "function") {
        this.value = null;
        const path = this.$ref.path || "";
        const targetRef = this.path.replace(path, "");
        const targetFound = _Pointer.join("", found);
        const parentPath = pathFromRoot?.replace(path, "");
        throw new MissingPointerError(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
      }
      if (this.value[token] === void 0 || this.value[token] === null && i === tokens.length - 1) {
        let didFindSubstringSlashMatch = false;
        for (let j = tokens.length - 1; j > i; j--) {
          const joinedToken = tokens.slice(i, j + 1).join("/");
          if (this.value[joinedToken] !== void 0) {
            this.value = this.value[joinedToken];
            i = j;
            didFindSubstringSlashMatch = true;
            break;
          }
        }
        if (didFindSubstringSlashMatch) {
          this.chainCircular = wasChainCircular;
          continue;
        }
        if (token in this.value && this.value[token] === null) {
          this.value = nullSymbol;
          this.chainCircular = wasChainCircular;
          continue;
        }
        this.value = null;
        const path = this.$ref.path || "";
        const targetRef = this.path.replace(path, "");
        const targetFound = _Pointer.join("", found);
        const parentPath = pathFromRoot?.replace(path, "");
        throw new MissingPointerError(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
      } else {
        this.value = this.value[token];
      }
      this.chainCircular = wasChainCircular;
      found.push(token);
      if (this.$ref.dynamicIdScope) {
        this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
        this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
      }
    }
    const finalResolutionBase = this.$ref.dynamicIdScope ? this.scopeBase : this.path;
    if (resolveFinalReference) {
      const finalRefPath = this.value?.$ref ? resolve(finalResolutionBase, this.value.$ref) : void 0;
      const canonicalPathFromRoot = typeof pathFromRoot === "string" ? resolve(this.$ref.$refs._root$Ref.path, pathFromRoot) : pathFromRoot;
      if (ref_default.isAllowed$Ref(this.value, options) && finalRefPath === canonicalPathFromRoot && finalRefPath !== this.path) {
        this.chainCircular = true;
      } else if (!this.value || finalRefPath) {
        resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths);
      }
    }
    return this;
  }
  /**
   * Sets the value of a nested property within the given object.
   *
   * @param obj - The object that will be crawled
   * @param value - the value to assign
   * @param options
   *
   * @returns
   * Returns the modified object, or an entirely new object if the entire object is overwritten.
   */
  set(obj, value, options) {
    const tokens = _Pointer.parse(this.path);
    let token;
    if (tokens.length === 0) {
      this.value = value;
      return value;
    }
    assertSafeSetTokens(this.path, tokens);
    this.value = unwrapOrThrow(obj);
    if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
      this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
      this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
    }
    for (let i = 0; i < tokens.length - 1; i++) {
      resolveIf$Ref(this, options);
      token = tokens[i];
      if (this.value && this.value[token] !== void 0) {
        this.value = this.value[token];
      } else {
        this.value = setValue(this, token, {});
      }
      if (this.$ref.dynamicIdScope) {
        this.legacyIdScope = getSchemaIdMode(this.value, this.legacyIdScope);
        this.scopeBase = getSchemaBasePath(this.scopeBase, this.value, this.legacyIdScope);
      }
    }
    resolveIf$Ref(this, options);
    token = tokens[tokens.length - 1];
    setValue(this, token, value);
    return obj;
  }
  /**
   * Parses a JSON pointer (or a path containing a JSON pointer in the hash)
   * and returns an array of the pointer's tokens.
   * (e.g. "schema.json#/definitions/person/name" => ["definitions", "person", "name"])
   *
   * The pointer is parsed according to RFC 6901
   * {@link https://tools.ietf.org/html/rfc6901#section-3}
   *
   * @param path
   * @param [originalPath]
   * @returns
   */
  static parse(path, originalPath) {
    const pointer = getHash(path).substring(1);
    if (!pointer) {
      return [];
    }
    const split = pointer.split("/");
    for (let i = 0; i < split.length; i++) {
      split[i] = split[i].replace(escapedSlash, "/").replace(escapedTilde, "~");
    }
    if (split[0] !== "") {
      throw new InvalidPointerError(pointer, originalPath === void 0 ? path : originalPath);
    }
    return split.slice(1);
  }
  /**
   * Creates a JSON pointer path, by joining one or more tokens to a base path.
   *
   * @param base - The base path (e.g. "schema.json#/definitions/person")
   * @param tokens - The token(s) to append (e.g. ["name", "first"])
   * @returns
   */
  static join(base, tokens) {
    if (base.indexOf("#") === -1) {
      base += "#";
    }
    tokens = Array.isArray(tokens) ? tokens : [tokens];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      base += "/" + token.replace(tildes, "~0").replace(slashes, "~1");
    }
    return base;
  }
};
function safelyDecodeURI(value) {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
function resolveIf$Ref(pointer, options, pathFromRoot, visitedRefPaths = /* @__PURE__ */ new Set()) {
  let pathChanged = false;
  let currentPathFromRoot = pathFromRoot;
  const addedPaths = [];
  try {
    while (ref_default.isAllowed$Ref(pointer.value, options)) {
      const extended = ref_default.isExtended$Ref(pointer.value);
      const sourceValue = pointer.value;
      const parentPath = pointer.path;
      const resolutionBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.path;
      const $refPath = resolve(resolutionBase, pointer.value.$ref);
      if ($refPath === pointer.path && !isRootPath(currentPathFromRoot)) {
        pointer.circular = true;
        pointer.chainCircular = true;
        return pathChanged;
      }
      const canonicalPathFromRoot = typeof currentPathFromRoot === "string" ? resolve(pointer.$ref.$refs._root$Ref.path, currentPathFromRoot) : currentPathFromRoot;
      if ($refPath === canonicalPathFromRoot && $refPath !== pointer.path) {
        pointer.chainCircular = true;
        return pathChanged;
      }
      if (visitedRefPaths.has($refPath)) {
        pointer.chainCircular = true;
        return pathChanged;
      }
      const maxDepth = options?.dereference?.maxDepth ?? 500;
      if (visitedRefPaths.size >= maxDepth) {
        throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pointer.path}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
      }
      visitedRefPaths.add($refPath);
      addedPaths.push($refPath);
      const resolved2 = pointer.$ref.$refs._resolve($refPath, parentPath, options, visitedRefPaths, extended);
      if (resolved2 === null) {
        return pathChanged;
      }
      pointer.indirections += resolved2.indirections + 1;
      pointer.chainCircular ||= resolved2.circular || resolved2.chainCircular;
      if (extended) {
        if (pointer.chainCircular) {
          return pathChanged;
        }
        pointer.value = ref_default.dereference(sourceValue, resolved2.value, options);
        return pathChanged;
      } else {
        pointer.$ref = resolved2.$ref;
        pointer.path = resolved2.path;
        pointer.value = resolved2.value;
        pointer.scopeBase = resolved2.scopeBase;
        pointer.legacyIdScope = resolved2.legacyIdScope;
        currentPathFromRoot = parentPath;
        pathChanged = true;
      }
    }
    return pathChanged;
  } finally {
    for (const path of addedPaths) {
      visitedRefPaths.delete(path);
    }
  }
}
var pointer_default = Pointer;
function setValue(pointer, token, value) {
  if (pointer.value && typeof pointer.value === "object") {
    if (token === "-" && Array.isArray(pointer.value)) {
      pointer.value.push(value);
    } else {
      pointer.value[token] = value;
    }
  } else {
    throw new JSONParserError(`Error assigning $ref pointer "${pointer.path}". 
Cannot set "${token}" of a non-object.`);
  }
  return value;
}
function assertSafeSetTokens(pointerPath, tokens) {
  for (const token of tokens) {
    if (unsafeSetTokens.has(token)) {
      throw new JSONParserError(`Error assigning $ref pointer "${pointerPath}". 
Unsafe JSON Pointer token "${token}" cannot be used for assignment.`);
    }
  }
}
function unwrapOrThrow(value) {
  if (isHandledError(value)) {
    throw value;
  }
  return value;
}
function isRootPath(pathFromRoot) {
  return typeof pathFromRoot == "string" && Pointer.parse(pathFromRoot).length == 0;
}
function isAliasedResource($ref) {
  return Boolean($ref.path && $ref.path in $ref.$refs._aliases);
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/ref.js
var $Ref = class _$Ref {
  /**
   * The file path or URL of the referenced file.
   * This path is relative to the path of the main JSON schema file.
   *
   * This path does NOT contain document fragments (JSON pointers). It always references an ENTIRE file.
   * Use methods such as {@link $Ref#get}, {@link $Ref#resolve}, and {@link $Ref#exists} to get
   * specific JSON pointers within the file.
   *
   * @type {string}
   */
  path;
  /**
   * The resolved value of the JSON reference.
   * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
   *
   * @type {?*}
   */
  value;
  /**
   * The {@link $Refs} object that contains this {@link $Ref} object.
   *
   * @type {$Refs}
   */
  $refs;
  /**
   * Indicates the type of {@link $Ref#path} (e.g. "file", "http", etc.)
   */
  pathType;
  /**
   * Whether this document/resource should use JSON Schema 2019-09+ nested $id scope semantics.
   */
  dynamicIdScope = false;
  /** Whether this resource uses draft-04's legacy `id` keyword. */
  legacyIdScope = false;
  /**
   * List of all errors. Undefined if no errors.
   */
  errors = [];
  constructor($refs) {
    this.$refs = $refs;
  }
  /**
   * Pushes an error to errors array.
   *
   * @param err - The error to be pushed
   * @returns
   */
  addError(err) {
    if (this.errors === void 0) {
      this.errors = [];
    }
    const existingErrors = this.errors.map(({ footprint }) => footprint);
    if ("errors" in err && Array.isArray(err.errors)) {
      this.errors.push(...err.errors.map(normalizeError).filter(({ footprint }) => !existingErrors.includes(footprint)));
    } else if (!("footprint" in err) || !existingErrors.includes(err.footprint)) {
      this.errors.push(normalizeError(err));
    }
  }
  /**
   * Determines whether the given JSON reference exists within this {@link $Ref#value}.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @returns
   */
  exists(path, options) {
    try {
      this.resolve(path, options);
      return true;
    } catch {
      return false;
    }
  }
  /**
   * Resolves the given JSON reference within this {@link $Ref#value} and returns the resolved value.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @returns - Returns the resolved value
   */
  get(path, options) {
    return this.resolve(path, options)?.value;
  }
  /**
   * Resolves the given JSON reference within this {@link $Ref#value}.
   *
   * @param path - The full path being resolved, optionally with a JSON pointer in the hash
   * @param options
   * @param friendlyPath - The original user-specified path (used for error messages)
   * @param pathFromRoot - The path of `obj` from the schema root
   * @param visitedRefPaths - the active paths in the current reference chain
   * @param resolveFinalReference - whether to follow a `$ref` at the resolved value
   * @returns
   */
  resolve(path, options, friendlyPath, pathFromRoot, visitedRefPaths, resolveFinalReference = true) {
    const pointer = new pointer_default(this, path, friendlyPath);
    try {
      const resolved2 = pointer.resolve(this.value, options, pathFromRoot, visitedRefPaths, resolveFinalReference);
      if (resolved2.value === nullSymbol) {
        resolved2.value = null;
      }
      return resolved2;
    } catch (err) {
      if (!options || !options.continueOnError || !isHandledError(err)) {
        throw err;
      }
      if (err.path === null) {
        err.path = safePointerToPath(getHash(pathFromRoot));
      }
      if (err instanceof InvalidPointerError) {
        err.source = safelyDecodeURI2(stripHash(pathFromRoot || friendlyPath || path));
      }
      this.addError(err);
      return null;
    }
  }
  /**
   * Sets the value of a nested property within this {@link $Ref#value}.
   * If the property, or any of its parents don't exist, they will be created.
   *
   * @param path - The full path of the property to set, optionally with a JSON pointer in the hash
   * @param value - The value to assign
   */
  set(path, value) {
    const pointer = new pointer_default(this, path);
    this.value = pointer.set(this.value, value);
    if (this.value === nullSymbol) {
      this.value = null;
    }
  }
  /**
   * Determines whether the given value is a JSON reference.
   *
   * @param value - The value to inspect
   * @returns
   */
  static is$Ref(value) {
    return Boolean(value) && typeof value === "object" && value !== null && "$ref" in value && typeof value.$ref === "string" && value.$ref.length > 0;
  }
  /**
   * Determines whether the given value is an external JSON reference.
   *
   * @param value - The value to inspect
   * @returns
   */
  static isExternal$Ref(value) {
    return _$Ref.is$Ref(value) && value.$ref[0] !== "#";
  }
  /**
   * Determines whether the given value is a JSON reference, and whether it is allowed by the options.
   * For example, if it references an external file, then options.resolve.external must be true.
   *
   * @param value - The value to inspect
   * @param options
   * @returns
   */
  static isAllowed$Ref(value, options) {
    if (this.is$Ref(value)) {
      if (value.$ref.substring(0, 2) === "#/" || value.$ref === "#") {
        return true;
      } else if (value.$ref[0] !== "#" && (!options || options.resolve?.external)) {
        return true;
      }
    }
    return void 0;
  }
  /**
   * Determines whether the given value is a JSON reference that "extends" its resolved value.
   * That is, it has extra properties (in addition to "$ref"), so rather than simply pointing to
   * an existing value, this $ref actually creates a NEW value that is a shallow copy of the resolved
   * value, plus the extra properties.
   *
   * @example: {
     person: {
       properties: {
         firstName: { type: string }
         lastName: { type: string }
       }
     }
     employee: {
       properties: {
         $ref: #/person/properties
         salary: { type: number }
       }
     }
   }
   *  In this example, "employee" is an extended $ref, since it extends "person" with an additional
   *  property (salary).  The result is a NEW value that looks like this:
   *
   *  {
   *    properties: {
   *      firstName: { type: string }
   *      lastName: { type: string }
   *      salary: { type: number }
   *    }
   *  }
   *
   * @param value - The value to inspect
   * @returns
   */
  static isExtended$Ref(value) {
    return _$Ref.is$Ref(value) && Object.keys(value).length > 1;
  }
  /**
   * Returns the resolved value of a JSON Reference.
   * If necessary, the resolved value is merged with the JSON Reference to create a new object
   *
   * @example: {
  person: {
    properties: {
      firstName: { type: string }
      lastName: { type: string }
    }
  }
  employee: {
    properties: {
      $ref: #/person/properties
      salary: { type: number }
    }
  }
  } When "person" and "employee" are merged, you end up with the following object:
   *
   *  {
   *    properties: {
   *      firstName: { type: string }
   *      lastName: { type: string }
   *      salary: { type: number }
   *    }
   *  }
   *
   * @param $ref - The JSON reference object (the one with the "$ref" property)
   * @param resolvedValue - The resolved value, which can be any type
   * @param options - The options
   * @returns - Returns the dereferenced value
   */
  static dereference($ref, resolvedValue, options) {
    if (resolvedValue && typeof resolvedValue === "object" && _$Ref.isExtended$Ref($ref)) {
      const merged = {};
      for (const key of Object.keys($ref)) {
        if (key !== "$ref") {
          defineDataProperty(merged, key, $ref[key]);
        }
      }
      const mergeKeys2 = options?.dereference?.mergeKeys ?? true;
      const resolvedObject = resolvedValue;
      for (const key of Object.keys(resolvedObject)) {
        if (!Object.hasOwn(merged, key)) {
          defineDataProperty(merged, key, resolvedObject[key]);
        } else {
          if (mergeKeys2 && typeof merged[key] === "object" && merged[key] !== null && typeof resolvedObject[key] === "object" && resolvedObject[key] !== null) {
            defineDataProperty(merged, key, deepMerge(resolvedObject[key], merged[key]));
          }
        }
      }
      return merged;
    } else {
      return resolvedValue;
    }
  }
};
function safelyDecodeURI2(value) {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
function deepMerge(target, source) {
  if (typeof target !== "object" || target === null) {
    return source;
  }
  if (typeof source !== "object" || source === null) {
    return source;
  }
  if (Array.isArray(source)) {
    return cloneEnumerableProperties(source);
  }
  const output = cloneEnumerableProperties(target);
  const targetObject = target;
  const sourceObject = source;
  for (const key of Object.keys(sourceObject)) {
    const sourceValue = sourceObject[key];
    let mergedValue;
    if (Array.isArray(sourceValue)) {
      mergedValue = cloneEnumerableProperties(sourceValue);
    } else if (typeof sourceValue === "object" && sourceValue !== null) {
      const targetValue = Object.hasOwn(targetObject, key) ? targetObject[key] : void 0;
      mergedValue = deepMerge(targetValue, sourceValue);
    } else {
      mergedValue = sourceValue;
    }
    defineDataProperty(output, key, mergedValue);
  }
  return output;
}
function cloneEnumerableProperties(value) {
  const clone = Array.isArray(value) ? new Array(value.length) : {};
  const source = value;
  for (const key of Object.keys(source)) {
    defineDataProperty(clone, key, source[key]);
  }
  return clone;
}
function defineDataProperty(target, key, value) {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    value,
    writable: true
  });
}
var ref_default = $Ref;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/refs.js
var $Refs = class {
  /**
   * This property is true if the schema contains any circular references. You may want to check this property before serializing the dereferenced schema as JSON, since JSON.stringify() does not support circular references by default.
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#circular
   */
  circular;
  /**
   * Returns the paths/URLs of all the files in your schema (including the main schema file).
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#pathstypes
   *
   * @param types (optional) Optionally only return certain types of paths ("file", "http", etc.)
   */
  paths(...types) {
    const paths = getPaths(this._$refs, types.flat());
    return paths.map((path) => {
      return convertPathToPosix(path.decoded);
    });
  }
  /**
   * Returns a map of paths/URLs and their correspond values.
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#valuestypes
   *
   * @param types (optional) Optionally only return values from certain locations ("file", "http", etc.)
   */
  values(...types) {
    const $refs = this._$refs;
    const paths = getPaths($refs, types.flat());
    return paths.reduce((obj, path) => {
      obj[convertPathToPosix(path.decoded)] = $refs[path.encoded].value;
      return obj;
    }, {});
  }
  /**
   * Returns `true` if the given path exists in the schema; otherwise, returns `false`
   *
   * See https://apidevtools.com/json-schema-ref-parser/docs/refs.html#existsref
   *
   * @param $ref The JSON Reference path, optionally with a JSON Pointer in the hash
   */
  /**
   * Determines whether the given JSON reference exists.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @param [options]
   * @returns
   */
  exists(path, options) {
    try {
      return this._resolve(path, "", options) !== null;
    } catch {
      return false;
    }
  }
  /**
   * Resolves the given JSON reference and returns the resolved value.
   *
   * @param path - The path being resolved, with a JSON pointer in the hash
   * @param [options]
   * @returns - Returns the resolved value
   */
  get(path, options) {
    return this._resolve(path, "", options)?.value;
  }
  /**
   * Sets the value at the given path in the schema. If the property, or any of its parents, don't exist, they will be created.
   *
   * @param path The JSON Reference path, optionally with a JSON Pointer in the hash
   * @param value The value to assign. Can be anything (object, string, number, etc.)
   */
  set(path, value) {
    const absPath = resolve(this._root$Ref.path, path);
    const $ref = this._getRef(absPath);
    if (!$ref) {
      throw new Error(`Error resolving $ref pointer "${path}". 
"${stripHash(absPath)}" not found.`);
    }
    $ref.set(absPath, value);
  }
  /**
   * Returns the specified {@link $Ref} object, or undefined.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @returns
   * @protected
   */
  _get$Ref(path) {
    path = resolve(this._root$Ref.path, path);
    return this._getRef(path);
  }
  /**
   * Creates a new {@link $Ref} object and adds it to this {@link $Refs} object.
   *
   * @param path  - The file path or URL of the referenced file
   */
  _add(path) {
    const withoutHash = stripHash(path);
    const $ref = new ref_default(this);
    $ref.path = withoutHash;
    this._$refs[withoutHash] = $ref;
    this._root$Ref = this._root$Ref || $ref;
    return $ref;
  }
  _addAlias(path, value, pathType, dynamicIdScope = false, legacyIdScope = false) {
    const withoutHash = stripHash(path);
    if (!withoutHash || this._$refs[withoutHash] || this._aliases[withoutHash]) {
      return this._$refs[withoutHash] || this._aliases[withoutHash];
    }
    const $ref = new ref_default(this);
    $ref.path = withoutHash;
    $ref.pathType = pathType;
    $ref.value = value;
    $ref.dynamicIdScope = dynamicIdScope;
    $ref.legacyIdScope = legacyIdScope;
    this._aliases[withoutHash] = $ref;
    return $ref;
  }
  /**
   * Resolves the given JSON reference.
   *
   * @param path - The path being resolved, optionally with a JSON pointer in the hash
   * @param pathFromRoot - The path of `obj` from the schema root
   * @param [options]
   * @param visitedRefPaths - the active paths in the current reference chain
   * @param resolveFinalReference - whether to follow a `$ref` at the resolved value
   * @returns
   * @protected
   */
  _resolve(path, pathFromRoot, options, visitedRefPaths, resolveFinalReference = true) {
    const absPath = resolve(this._root$Ref.path, path);
    const $ref = this._getRef(absPath);
    if (!$ref) {
      throw new Error(`Error resolving $ref pointer "${path}". 
"${stripHash(absPath)}" not found.`);
    }
    return $ref.resolve(absPath, options, path, pathFromRoot, visitedRefPaths, resolveFinalReference);
  }
  /**
   * A map of paths/urls to {@link $Ref} objects
   *
   * @type {object}
   * @protected
   */
  _$refs = {};
  _aliases = {};
  /**
   * The {@link $Ref} object that is the root of the JSON schema.
   *
   * @type {$Ref}
   * @protected
   */
  _root$Ref;
  constructor() {
    this.circular = false;
    this._$refs = {};
    this._aliases = {};
    this._root$Ref = null;
  }
  /**
   * Returns the paths of all the files/URLs that are referenced by the JSON schema,
   * including the schema itself.
   *
   * @param [types] - Only return paths of the given types ("file", "http", etc.)
   * @returns
   */
  /**
   * Returns the map of JSON references and their resolved values.
   *
   * @param [types] - Only return references of the given types ("file", "http", etc.)
   * @returns
   */
  /**
   * Returns a POJO (plain old JavaScript object) for serialization as JSON.
   *
   * @returns {object}
   */
  toJSON = () => this.values();
  _getRef(path) {
    const withoutHash = stripHash(path);
    return this._$refs[withoutHash] || this._aliases[withoutHash];
  }
};
function getPaths($refs, types) {
  let paths = Object.keys($refs);
  types = Array.isArray(types[0]) ? types[0] : Array.prototype.slice.call(types);
  if (types.length > 0 && types[0]) {
    paths = paths.filter((key) => {
      return types.includes($refs[key].pathType);
    });
  }
  return paths.map((path) => {
    return {
      encoded: path,
      decoded: $refs[path].pathType === "file" ? toFileSystemPath(path, true) : path
    };
  });
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/plugins.js
function all(plugins) {
  return Object.keys(plugins || {}).filter((key) => {
    return typeof plugins[key] === "object";
  }).map((key) => {
    plugins[key].name = key;
    return plugins[key];
  });
}
function filter(plugins, method, file, callback, $refs) {
  return plugins.filter((plugin) => {
    return !!getResult(plugin, method, file, callback, $refs);
  });
}
function sort(plugins) {
  return plugins.sort((a, b) => {
    return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
  });
}
async function run(plugins, method, file, $refs) {
  let lastError;
  let index = 0;
  return new Promise((resolve3, reject) => {
    runNextPlugin();
    function runNextPlugin() {
      const plugin = plugins[index++];
      if (!plugin) {
        return reject(lastError);
      }
      let settled = false;
      let callbackCalled = false;
      const callback = (err, result) => {
        callbackCalled = true;
        if (settled) {
          return;
        }
        settled = true;
        if (err) {
          onError(plugin, err);
        } else {
          onSuccess(plugin, result);
        }
      };
      try {
        const result = getResult(plugin, method, file, callback, $refs);
        if (result && typeof result.then === "function") {
          result.then((value) => callback(void 0, value), (error) => callback(error, void 0));
        } else if (result !== void 0) {
          callback(void 0, result);
        } else if (!callbackCalled && !acceptsCallback(plugin, method)) {
          callback(new Error("No promise has been returned or callback has been called."), void 0);
        }
      } catch (e) {
        callback(e, void 0);
      }
    }
    function onSuccess(plugin, result) {
      resolve3({
        plugin,
        result
      });
    }
    function onError(plugin, error) {
      lastError = {
        plugin,
        error
      };
      runNextPlugin();
    }
  });
}
function acceptsCallback(plugin, method) {
  const value = plugin[method];
  return typeof value === "function" && value.length >= 2;
}
function getResult(obj, prop, file, callback, $refs) {
  const value = obj[prop];
  if (typeof value === "function") {
    return value.apply(obj, [file, callback, $refs]);
  }
  if (!callback) {
    if (value instanceof RegExp) {
      value.lastIndex = 0;
      const matches = value.test(file.url);
      value.lastIndex = 0;
      return matches;
    } else if (typeof value === "string") {
      return value === file.extension;
    } else if (Array.isArray(value)) {
      return value.indexOf(file.extension) !== -1;
    }
  }
  return value;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parse.js
async function parse2(target, $refs, options) {
  let path = typeof target === "string" ? target : target.url;
  const baseUrl = typeof target === "string" ? void 0 : target.baseUrl;
  let reference = typeof target === "string" ? void 0 : target.reference;
  const hashIndex = path.indexOf("#");
  let hash = "";
  if (hashIndex >= 0) {
    hash = path.substring(hashIndex);
    path = path.substring(0, hashIndex);
  }
  if (reference) {
    const referenceHashIndex = reference.indexOf("#");
    if (referenceHashIndex >= 0) {
      reference = reference.substring(0, referenceHashIndex);
    }
  }
  const $ref = $refs._add(path);
  const file = {
    url: path,
    hash,
    extension: getExtension(path),
    ...reference !== void 0 ? { reference } : {},
    ...baseUrl !== void 0 ? { baseUrl } : {}
  };
  try {
    const resolver = await readFile(file, options, $refs);
    $ref.pathType = resolver.plugin.name;
    file.data = resolver.result;
    const parser = await parseFile(file, options, $refs);
    $ref.value = parser.result;
    $ref.dynamicIdScope = usesDynamicIdScope($ref.value);
    $ref.legacyIdScope = getSchemaIdMode($ref.value);
    registerSchemaResources($refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope);
    return parser.result;
  } catch (err) {
    if (isHandledError(err)) {
      $ref.value = err;
    }
    throw err;
  }
}
async function readFile(file, options, $refs) {
  let resolvers = all(options.resolve);
  resolvers = filter(resolvers, "canRead", file, void 0, $refs);
  sort(resolvers);
  try {
    const data = await run(resolvers, "read", file, $refs);
    return data;
  } catch (err) {
    if (!err && options.continueOnError) {
      throw new UnmatchedResolverError(file.url);
    } else if (!err || !("error" in err)) {
      throw new SyntaxError(`Unable to resolve $ref pointer "${file.url}"`, { cause: err });
    } else if (err.error instanceof ResolverError) {
      throw err.error;
    } else {
      throw new ResolverError(err, file.url);
    }
  }
}
async function parseFile(file, options, $refs) {
  const allParsers = all(options.parse);
  const filteredParsers = filter(allParsers, "canParse", file);
  const parsers = filteredParsers.length > 0 ? filteredParsers : allParsers;
  sort(parsers);
  try {
    const parser = await run(parsers, "parse", file, $refs);
    if (!parser.plugin.allowEmpty && isEmpty(parser.result)) {
      throw new SyntaxError(`Error parsing "${file.url}" as ${parser.plugin.name}. 
Parsed value is empty`);
    } else {
      return parser;
    }
  } catch (err) {
    if (!err && options.continueOnError) {
      throw new UnmatchedParserError(file.url);
    } else if (err && err.message && err.message.startsWith("Error parsing")) {
      throw err;
    } else if (!err || !("error" in err)) {
      throw new SyntaxError(`Unable to parse ${file.url}`, { cause: err });
    } else if (err.error instanceof ParserError) {
      throw err.error;
    } else {
      throw new ParserError(err.error.message, file.url);
    }
  }
}
function isEmpty(value) {
  return value === void 0 || typeof value === "object" && Object.keys(value).length === 0 || typeof value === "string" && value.trim().length === 0 || Buffer.isBuffer(value) && value.length === 0;
}
var parse_default = parse2;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/json.js
var json_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 100,
  /**
   * Whether to allow "empty" files. This includes zero-byte files, as well as empty JSON objects.
   */
  allowEmpty: true,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that match will be tried, in order, until one successfully parses the file.
   * Parsers that don't match will be skipped, UNLESS none of the parsers match, in which case
   * every parser will be tried.
   */
  canParse: ".json",
  /**
   * Allow JSON files with byte order marks (BOM)
   */
  allowBOM: true,
  /**
   * Parses the given file as JSON
   */
  async parse(file) {
    let data = file.data;
    if (Buffer.isBuffer(data)) {
      data = data.toString();
    }
    if (typeof data === "string") {
      if (data.trim().length === 0) {
        return;
      }
      if (this.allowBOM && data.charCodeAt(0) === 65279) {
        data = data.slice(1);
      }
      try {
        return JSON.parse(data);
      } catch (e) {
        throw new ParserError(e.message, file.url);
      }
    } else {
      return data;
    }
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line3.str}
${result}`;
  }
  const line2 = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line2.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line2.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line3 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line3.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line2 = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line2++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line2++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line: line2,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line2 of lines) {
    let column = 0;
    while (column < textIndent && line2.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line2.length) {
      emptyLines++;
      continue;
    }
    const content = line2.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line2 = value.slice(position, lineEnd);
    if (line2.length > availableWidth && line2[0] !== " " && / [^ \t]/.test(line2)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/yaml.js
var legacyDefaultSchema = CORE_SCHEMA.withTags(timestampTag, mergeTag, binaryTag, omapTag, pairsTag, setTag);
var yaml_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 200,
  /**
   * Whether to allow "empty" files. This includes zero-byte files, as well as empty JSON objects.
   */
  allowEmpty: true,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that match will be tried, in order, until one successfully parses the file.
   * Parsers that don't match will be skipped, UNLESS none of the parsers match, in which case
   * every parser will be tried.
   */
  canParse: [".yaml", ".yml", ".json"],
  // JSON is valid YAML
  /**
   * Parses the given file as YAML
   *
   * @param file           - An object containing information about the referenced file
   * @param file.url       - The full URL of the referenced file
   * @param file.extension - The lowercased file extension (e.g. ".txt", ".html", etc.)
   * @param file.data      - The file contents. This will be whatever data type was returned by the resolver
   * @returns
   */
  async parse(file) {
    let data = file.data;
    if (Buffer.isBuffer(data)) {
      data = data.toString();
    }
    if (typeof data === "string") {
      try {
        return load(data, { schema: CORE_SCHEMA });
      } catch {
        try {
          return load(data, { schema: legacyDefaultSchema });
        } catch (e) {
          try {
            if (loadAll(data, { schema: CORE_SCHEMA }).length === 0) {
              return void 0;
            }
          } catch {
          }
          throw new ParserError(e?.message || "Parser Error", file.url);
        }
      }
    } else {
      return data;
    }
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/text.js
var TEXT_REGEXP = /\.(txt|htm|html|md|xml|js|min|map|css|scss|less|svg)(?:[?#].*)?$/i;
var text_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 300,
  /**
   * Whether to allow "empty" files (zero bytes).
   */
  allowEmpty: true,
  /**
   * The encoding that the text is expected to be in.
   */
  encoding: "utf8",
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that return true will be tried, in order, until one successfully parses the file.
   * Parsers that return false will be skipped, UNLESS all parsers returned false, in which case
   * every parser will be tried.
   */
  canParse(file) {
    return (typeof file.data === "string" || Buffer.isBuffer(file.data)) && TEXT_REGEXP.test(file.url);
  },
  /**
   * Parses the given file as text
   */
  parse(file) {
    if (typeof file.data === "string") {
      return file.data;
    } else if (Buffer.isBuffer(file.data)) {
      return file.data.toString(this.encoding);
    } else {
      throw new ParserError("data is not text", file.url);
    }
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/parsers/binary.js
var BINARY_REGEXP = /\.(jpeg|jpg|gif|png|bmp|ico)(?:[?#].*)?$/i;
var binary_default = {
  /**
   * The order that this parser will run, in relation to other parsers.
   */
  order: 400,
  /**
   * Whether to allow "empty" files (zero bytes).
   */
  allowEmpty: true,
  /**
   * Determines whether this parser can parse a given file reference.
   * Parsers that return true will be tried, in order, until one successfully parses the file.
   * Parsers that return false will be skipped, UNLESS all parsers returned false, in which case
   * every parser will be tried.
   */
  canParse(file) {
    return Buffer.isBuffer(file.data) && BINARY_REGEXP.test(file.url);
  },
  /**
   * Parses the given data as a Buffer (byte array).
   */
  parse(file) {
    if (Buffer.isBuffer(file.data)) {
      return file.data;
    } else {
      return Buffer.from(file.data);
    }
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/file.js
var file_default = {
  /**
   * The order that this resolver will run, in relation to other resolvers.
   */
  order: 100,
  /**
   * Determines whether this resolver can read a given file reference.
   * Resolvers that return true will be tried, in order, until one successfully resolves the file.
   * Resolvers that return false will not be given a chance to resolve the file.
   */
  canRead(file) {
    return isFileSystemPath(file.url);
  },
  /**
   * Reads the given file and returns its raw contents as a Buffer.
   */
  async read(file) {
    let path;
    const fs = await import("fs");
    try {
      path = toFileSystemPath(file.url);
    } catch (err) {
      const e = err;
      e.message = `Malformed URI: ${file.url}: ${e.message}`;
      throw new ResolverError(e, file.url);
    }
    if (path.endsWith("/") || path.endsWith("\\")) {
      path = path.slice(0, -1);
    }
    try {
      return await fs.promises.readFile(path);
    } catch (err) {
      const e = err;
      e.message = `Error opening file ${path}: ${e.message}`;
      throw new ResolverError(e, path);
    }
  }
};

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolvers/http.js
var http_default = {
  /**
   * The order that this resolver will run, in relation to other resolvers.
   */
  order: 200,
  /**
   * HTTP headers to send when downloading files.
   *
   * @example:
   * {
   *   "User-Agent": "JSON Schema $Ref Parser",
   *   Accept: "application/json"
   * }
   */
  headers: null,
  /**
   * HTTP request timeout (in milliseconds).
   */
  timeout: 6e4,
  // 60 seconds
  /**
   * The maximum number of HTTP redirects to follow.
   * To disable automatic following of redirects, set this to zero.
   */
  redirects: 5,
  /**
   * The `withCredentials` option of XMLHttpRequest.
   * Set this to `true` if you're downloading files from a CORS-enabled server that requires authentication
   */
  withCredentials: false,
  /**
   * Set this to `false` if you want to allow unsafe URLs (e.g., `127.0.0.1`, localhost, and other internal URLs).
   */
  safeUrlResolver: true,
  /**
   * Determines whether this resolver can read a given file reference.
   * Resolvers that return true will be tried in order, until one successfully resolves the file.
   * Resolvers that return false will not be given a chance to resolve the file.
   */
  canRead(file) {
    return isHttp(file.url) && (!this.safeUrlResolver || !isUnsafeUrl(file.url));
  },
  /**
   * Reads the given URL and returns its raw contents as a Buffer.
   */
  read(file) {
    const u = parse(file.url);
    if (typeof window !== "undefined" && !u.protocol) {
      u.protocol = parse(location.href).protocol;
    }
    return download(u, this);
  }
};
async function download(u, httpOptions, _redirects) {
  u = parse(u);
  const redirects = _redirects || [];
  redirects.push(u.href);
  let pendingResponse;
  try {
    let resolvedAddresses;
    if (httpOptions.safeUrlResolver) {
      const safety = await resolveUrlSafety(u.href);
      if (safety.unsafe) {
        throw new Error(`Unsafe URL blocked by safeUrlResolver: ${u.href}`);
      }
      resolvedAddresses = safety.addresses;
    }
    pendingResponse = await get(u, httpOptions, resolvedAddresses);
    const res = pendingResponse.response;
    if (res.status >= 400) {
      const error = new Error(`HTTP ERROR ${res.status}`);
      error.status = res.status;
      throw error;
    } else if (res.status >= 300) {
      if (!Number.isNaN(httpOptions.redirects) && redirects.length > httpOptions.redirects) {
        const error = new Error(`Error downloading ${redirects[0]}. 
Too many redirects: 
  ${redirects.join(" \n  ")}`);
        error.status = res.status;
        throw new ResolverError(error);
      } else {
        const location2 = getHeader(res, "location");
        if (!location2) {
          const error = new Error(`HTTP ${res.status} redirect with no location header`);
          error.status = res.status;
          throw error;
        }
        const redirectTo = resolve(u.href, location2);
        const redirectOptions = parse(redirectTo).origin === u.origin ? httpOptions : withoutSensitiveHeaders(httpOptions);
        return download(redirectTo, redirectOptions, redirects);
      }
    } else {
      if (res.body) {
        const buf = await res.arrayBuffer();
        return Buffer.from(buf);
      }
      return Buffer.alloc(0);
    }
  } catch (err) {
    const cause = err instanceof Error ? err : new Error(String(err));
    const wrappedError = new Error(`Error downloading ${u.href}: ${cause.message}`, { cause });
    if ("code" in cause) {
      wrappedError.code = cause.code;
    }
    throw new ResolverError(wrappedError, u.href);
  } finally {
    pendingResponse?.cancelTimeout();
  }
}
async function get(u, httpOptions, resolvedAddresses) {
  const pinnedTransport = resolvedAddresses && resolvedAddresses.length > 0 ? await createPinnedTransport(u, resolvedAddresses) : void 0;
  const dispatcher = pinnedTransport?.dispatcher;
  let controller;
  let timeoutId;
  if (httpOptions.timeout && typeof AbortController !== "undefined") {
    const abortController = new AbortController();
    controller = abortController;
    timeoutId = setTimeout(() => abortController.abort(), httpOptions.timeout);
  }
  const cancelTimeout = () => {
    if (timeoutId !== void 0) {
      clearTimeout(timeoutId);
      timeoutId = void 0;
    }
    if (dispatcher && !dispatcher.destroyed) {
      void dispatcher.destroy().catch(() => void 0);
    }
  };
  try {
    const requestOptions = {
      method: "GET",
      headers: httpOptions.headers || {},
      credentials: httpOptions.withCredentials ? "include" : "same-origin",
      redirect: "manual",
      signal: controller ? controller.signal : null
    };
    if (dispatcher) {
      requestOptions.dispatcher = dispatcher;
    }
    const response = pinnedTransport ? await pinnedTransport.fetch(u, requestOptions) : await fetch(u, requestOptions);
    return { response, cancelTimeout };
  } catch (error) {
    cancelTimeout();
    throw error;
  }
}
async function createPinnedTransport(requestUrl, resolvedAddresses) {
  const undiciModuleName = "undici";
  const undici = await import(undiciModuleName);
  const expectedHostname = normalizeLookupHostname(requestUrl.hostname);
  const pinnedAddresses = resolvedAddresses.map(({ address, family }) => ({ address, family }));
  const lookup = (hostname, options, callback) => {
    const normalizedHostname = normalizeLookupHostname(hostname);
    const requestedFamily = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family || 0;
    const candidates = pinnedAddresses.filter(({ family }) => requestedFamily === 0 || family === requestedFamily);
    if (normalizedHostname !== expectedHostname || candidates.length === 0) {
      const error = new Error(`No validated address is available for ${hostname}`);
      error.code = "ENOTFOUND";
      callback(error, "", 0);
    } else if (options.all) {
      callback(null, candidates);
    } else {
      const selected = candidates[0];
      callback(null, selected.address, selected.family);
    }
  };
  return {
    dispatcher: new undici.Agent({
      connect: { lookup },
      autoSelectFamily: true
    }),
    fetch: (input, init) => undici.fetch(input, init)
  };
}
function normalizeLookupHostname(hostname) {
  return hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "").toLowerCase();
}
function getHeader(response, name) {
  return response.headers.get(name);
}
function withoutSensitiveHeaders(httpOptions) {
  if (!httpOptions.headers) {
    return httpOptions;
  }
  const headers = new Headers(httpOptions.headers);
  headers.delete("authorization");
  headers.delete("proxy-authorization");
  headers.delete("cookie");
  return { ...httpOptions, headers };
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/options.js
var getJsonSchemaRefParserDefaultOptions = () => {
  const defaults = {
    /**
     * Determines how different types of files will be parsed.
     *
     * You can add additional parsers of your own, replace an existing one with
     * your own implementation, or disable any parser by setting it to false.
     */
    parse: {
      json: { ...json_default },
      yaml: { ...yaml_default },
      text: { ...text_default },
      binary: { ...binary_default }
    },
    /**
     * Determines how JSON References will be resolved.
     *
     * You can add additional resolvers of your own, replace an existing one with
     * your own implementation, or disable any resolver by setting it to false.
     */
    resolve: {
      file: { ...file_default },
      http: { ...http_default },
      /**
       * Determines whether external $ref pointers will be resolved.
       * If this option is disabled, then none of above resolvers will be called.
       * Instead, external $ref pointers will simply be ignored.
       *
       * @type {boolean}
       */
      external: true
    },
    /**
     * By default, JSON Schema $Ref Parser throws the first error it encounters. Setting `continueOnError` to `true`
     * causes it to keep processing as much as possible and then throw a single error that contains all errors
     * that were encountered.
     */
    continueOnError: false,
    /**
     * Determines the types of JSON references that are allowed.
     */
    bundle: {
      /**
       * A function, called for each path, which can return true to stop this path and all
       * subpaths from being processed further. This is useful in schemas where some
       * subpaths contain literal $ref keys that should not be changed.
       *
       * @type {function}
       */
      excludedPathMatcher: () => false
    },
    /**
     * Determines the types of JSON references that are allowed.
     */
    dereference: {
      /**
       * Dereference circular (recursive) JSON references?
       * If false, then a {@link ReferenceError} will be thrown if a circular reference is found.
       * If "ignore", then circular references will not be dereferenced.
       *
       * @type {boolean|string}
       */
      circular: true,
      /**
       * A function, called for each path, which can return true to stop this path and all
       * subpaths from being dereferenced further. This is useful in schemas where some
       * subpaths contain literal $ref keys that should not be dereferenced.
       *
       * @type {function}
       */
      excludedPathMatcher: () => false,
      referenceResolution: "relative",
      mergeKeys: true
    },
    mutateInputSchema: true
  };
  return defaults;
};
var getNewOptions = (options) => {
  const newOptions = getJsonSchemaRefParserDefaultOptions();
  if (options) {
    merge(newOptions, options);
  }
  return newOptions;
};
function merge(target, source) {
  if (isMergeable(source)) {
    const keys = Object.keys(source).filter((key) => !["__proto__", "constructor", "prototype"].includes(key));
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const sourceSetting = source[key];
      const targetSetting = target[key];
      if (isMergeable(sourceSetting)) {
        target[key] = merge(targetSetting || {}, sourceSetting);
      } else if (sourceSetting !== void 0) {
        target[key] = sourceSetting;
      }
    }
  }
  return target;
}
function isMergeable(val) {
  return val && typeof val === "object" && !Array.isArray(val) && !(val instanceof RegExp) && !(val instanceof Date) && !(typeof Headers !== "undefined" && val instanceof Headers);
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/normalize-args.js
function normalizeArgs(_args) {
  let path;
  let schema;
  let options;
  let callback;
  const args = Array.prototype.slice.call(_args);
  if (typeof args[args.length - 1] === "function") {
    callback = args.pop();
  }
  if (typeof args[0] === "string") {
    path = args[0];
    if (typeof args[2] === "object") {
      schema = args[1];
      options = args[2];
    } else {
      schema = void 0;
      options = args[1];
    }
  } else {
    path = "";
    schema = args[0];
    options = args[1];
  }
  try {
    options = getNewOptions(options);
  } catch (e) {
    console.error(`JSON Schema Ref Parser: Error normalizing options: ${e}`);
  }
  if (!options.mutateInputSchema && typeof schema === "object") {
    schema = JSON.parse(JSON.stringify(schema));
  }
  return {
    path,
    schema,
    options,
    callback
  };
}
var normalize_args_default = normalizeArgs;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/resolve-external.js
function resolveExternal(parser, options) {
  if (!options.resolve?.external) {
    return Promise.resolve();
  }
  try {
    const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
    const promises = crawl(parser.schema, parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, parser.$refs, options);
    return Promise.all(promises);
  } catch (e) {
    return Promise.reject(e);
  }
}
function crawl(obj, path, scopeBase, dynamicIdScope, legacyIdScope, $refs, options, seen, external) {
  seen ||= /* @__PURE__ */ new Set();
  let promises = [];
  if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !seen.has(obj)) {
    seen.add(obj);
    const currentScopeBase = scopeBase;
    if (ref_default.isExternal$Ref(obj)) {
      promises.push(resolve$Ref(obj, path, currentScopeBase, dynamicIdScope, $refs, options));
    }
    const keys = Object.keys(obj);
    for (const key of keys) {
      const keyPath = pointer_default.join(path, key);
      const value = obj[key];
      const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
      const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
      promises = promises.concat(crawl(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, $refs, options, seen, external));
    }
  }
  return promises;
}
async function resolve$Ref($ref, path, scopeBase, dynamicIdScope, $refs, options) {
  const shouldResolveOnCwd = options.dereference?.externalReferenceResolution === "root";
  const resolutionBase = shouldResolveOnCwd ? cwd() : dynamicIdScope ? scopeBase : path;
  const resolvedPath = resolve(resolutionBase, $ref.$ref);
  const withoutHash = stripHash(resolvedPath);
  const ref = $refs._get$Ref(withoutHash);
  if (ref) {
    return Promise.resolve(ref.value);
  }
  try {
    const reference = $ref.$ref;
    const parseTarget = {
      url: resolvedPath,
      baseUrl: resolutionBase
    };
    if (typeof reference === "string") {
      parseTarget.reference = reference;
    }
    const result = await parse_default(parseTarget, $refs, options);
    const parsedRef = $refs._get$Ref(withoutHash);
    const parsedDynamicIdScope = parsedRef?.dynamicIdScope ?? false;
    const parsedLegacyIdScope = parsedRef?.legacyIdScope ?? false;
    const parsedScopeBase = parsedDynamicIdScope ? getSchemaBasePath(withoutHash, result, parsedLegacyIdScope) : withoutHash;
    const promises = crawl(result, withoutHash + "#", parsedScopeBase, parsedDynamicIdScope, parsedLegacyIdScope, $refs, options, /* @__PURE__ */ new Set(), true);
    return Promise.all(promises);
  } catch (err) {
    if (!options?.continueOnError || !isHandledError(err)) {
      throw err;
    }
    if ($refs._$refs[withoutHash]) {
      err.source = decodeURI(stripHash(path));
      err.path = safePointerToPath(getHash(path));
    }
    return [];
  }
}
var resolve_external_default = resolveExternal;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/bundle.js
function bundle(parser, options) {
  const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
  const inventory = [];
  const embeddedResourcePaths = /* @__PURE__ */ new Set([stripHash(parser.$refs._root$Ref.path), stripHash(rootScopeBase)]);
  crawl2(parser, "schema", parser.$refs._root$Ref.path + "#", rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, false, "#", 0, inventory, parser.$refs, options, embeddedResourcePaths, /* @__PURE__ */ new Set());
  const rootId = getSchemaId(parser.schema, parser.$refs._root$Ref.legacyIdScope);
  remap(inventory, options, rootId, rootScopeBase);
  const bundleOptions = options.bundle || {};
  if (bundleOptions.optimizeInternalRefs !== false) {
    fixRefsThroughRefs(inventory, parser.schema);
  }
}
function crawl2(parent, key, path, scopeBase, dynamicIdScope, legacyIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
  const obj = key === null ? parent : parent[key];
  const bundleOptions = options.bundle || {};
  const isExcludedPath = bundleOptions.excludedPathMatcher || (() => false);
  if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot) && !seen.has(obj)) {
    seen.add(obj);
    const currentScopeBase = scopeBase;
    if (ref_default.isAllowed$Ref(obj, options)) {
      inventory$Ref(parent, key, path, currentScopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen);
    } else {
      const keys = Object.keys(obj).sort((a, b) => {
        if (a === "definitions" || a === "$defs") {
          return -1;
        } else if (b === "definitions" || b === "$defs") {
          return 1;
        } else {
          return a.length - b.length;
        }
      });
      for (const key2 of keys) {
        const keyPath = pointer_default.join(path, key2);
        const keyPathFromRoot = pointer_default.join(pathFromRoot, key2);
        const value = obj[key2];
        const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
        const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
        const childHasSchemaIdentifier = dynamicIdScope && hasSchemaIdentifier(value, childLegacyIdScope);
        const childNestedIdScope = nestedIdScope || childHasSchemaIdentifier;
        let childEmbeddedResourcePaths = embeddedResourcePaths;
        if (childHasSchemaIdentifier) {
          childEmbeddedResourcePaths = new Set(embeddedResourcePaths);
          childEmbeddedResourcePaths.add(stripHash(childScopeBase));
        }
        if (ref_default.isAllowed$Ref(value, options)) {
          inventory$Ref(obj, key2, keyPath, childScopeBase, dynamicIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen);
        } else {
          crawl2(obj, key2, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, childNestedIdScope, keyPathFromRoot, indirections, inventory, $refs, options, childEmbeddedResourcePaths, seen);
        }
        if (value && typeof value === "object" && !Array.isArray(value)) {
          if ("$ref" in value) {
            bundleOptions?.onBundle?.(value["$ref"], obj[key2], obj, key2);
          }
        }
      }
    }
  }
}
function inventory$Ref($refParent, $refKey, path, scopeBase, dynamicIdScope, nestedIdScope, pathFromRoot, indirections, inventory, $refs, options, embeddedResourcePaths, seen) {
  const $ref = $refKey === null ? $refParent : $refParent[$refKey];
  const shouldResolveOnCwd = ref_default.isExternal$Ref($ref) && options.dereference?.externalReferenceResolution === "root";
  const resolutionBase = shouldResolveOnCwd ? cwd() : dynamicIdScope ? scopeBase : path;
  const $refPath = resolve(resolutionBase, $ref.$ref);
  const pointer = $refs._resolve($refPath, pathFromRoot, options);
  if (pointer === null) {
    return;
  }
  const parsed = pointer_default.parse(pathFromRoot);
  const depth = parsed.length;
  const file = stripHash(pointer.path);
  const hash = getHash(pointer.path);
  const alias = $refs._aliases[file];
  const aliasIsInRootSchema = Boolean(alias && containsObject($refs._root$Ref.value, pointer.$ref.value));
  const external = file !== $refs._root$Ref.path && !embeddedResourcePaths.has(file) && !aliasIsInRootSchema;
  const nestedResource = Boolean(alias) && pointer.$ref.value !== $refs._root$Ref.value;
  const targetResourceId = getSchemaId(pointer.$ref.value, pointer.$ref.legacyIdScope);
  const targetResourceBase = alias ? pointer.$ref.path : pointer.$ref.dynamicIdScope ? getSchemaBasePath(pointer.$ref.path, pointer.$ref.value, pointer.$ref.legacyIdScope) : pointer.$ref.path;
  const extended = ref_default.isExtended$Ref($ref);
  indirections += pointer.indirections;
  const existingEntry = findInInventory(inventory, $refParent, $refKey);
  if (existingEntry) {
    if (depth < existingEntry.depth || indirections < existingEntry.indirections) {
      removeFromInventory(inventory, existingEntry);
    } else {
      return;
    }
  }
  inventory.push({
    $ref,
    // The JSON Reference (e.g. {$ref: string})
    parent: $refParent,
    // The object that contains this $ref pointer
    key: $refKey,
    // The key in `parent` that is the $ref pointer
    pathFromRoot,
    // The path to the $ref pointer, from the JSON Schema root
    depth,
    // How far from the JSON Schema root is this $ref pointer?
    file,
    // The file that the $ref pointer resolves to
    hash,
    // The hash within `file` that the $ref pointer resolves to
    value: pointer.value,
    // The resolved value of the $ref pointer
    circular: pointer.circular,
    // Is this $ref pointer DIRECTLY circular? (i.e. it references itself)
    extended,
    // Does this $ref extend its resolved value? (i.e. it has extra properties, in addition to "$ref")
    external,
    // Does this $ref pointer point to a file other than the main JSON Schema file?
    nestedResource,
    // Does this $ref resolve to an embedded schema resource with its own $id?
    indirections,
    // The number of indirect references that were traversed to resolve the value
    scopeBase,
    // The active schema-resource base at the location of this $ref
    dynamicIdScope,
    // Whether this $ref uses nested JSON Schema $id scopes
    nestedIdScope,
    // Whether this $ref will remain inside a non-root $id scope after bundling
    targetResourceBase,
    // The canonical URI of the resource containing the target
    ...targetResourceId === void 0 ? {} : { targetResourceId }
  });
  if (!existingEntry || external) {
    const resolvedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path;
    const resolvedNestedIdScope = nestedIdScope || pointer.$ref.dynamicIdScope && hasSchemaIdentifier(pointer.value, pointer.legacyIdScope);
    const resolvedEmbeddedResourcePaths = new Set(embeddedResourcePaths);
    if (pointer.value === pointer.$ref.value && hasSchemaIdentifier(pointer.$ref.value, pointer.$ref.legacyIdScope)) {
      resolvedEmbeddedResourcePaths.add(stripHash(pointer.$ref.path));
      resolvedEmbeddedResourcePaths.add(stripHash(resolvedScopeBase));
    }
    crawl2(pointer.value, null, pointer.path, resolvedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, resolvedNestedIdScope, pathFromRoot, indirections + 1, inventory, $refs, options, resolvedEmbeddedResourcePaths, seen);
  }
}
function remap(inventory, options, rootId, rootScopeBase) {
  inventory.sort((a, b) => {
    if (a.file !== b.file) {
      return a.file < b.file ? -1 : 1;
    } else if (a.hash !== b.hash) {
      return a.hash < b.hash ? -1 : 1;
    } else if (a.circular !== b.circular) {
      return a.circular ? -1 : 1;
    } else if (a.extended !== b.extended) {
      return a.extended ? 1 : -1;
    } else if (a.indirections !== b.indirections) {
      return a.indirections - b.indirections;
    } else if (a.depth !== b.depth) {
      return a.depth - b.depth;
    } else {
      const aDefinitionsIndex = Math.max(a.pathFromRoot.lastIndexOf("/definitions"), a.pathFromRoot.lastIndexOf("/$defs"));
      const bDefinitionsIndex = Math.max(b.pathFromRoot.lastIndexOf("/definitions"), b.pathFromRoot.lastIndexOf("/$defs"));
      if (aDefinitionsIndex !== bDefinitionsIndex) {
        return bDefinitionsIndex - aDefinitionsIndex;
      } else {
        return a.pathFromRoot.length - b.pathFromRoot.length;
      }
    }
  });
  let file, hash, pathFromRoot;
  for (const entry of inventory) {
    const bundleOpts = options.bundle || {};
    if (!entry.external) {
      if (bundleOpts.optimizeInternalRefs !== false) {
        const targetResourceBase = stripHash(entry.targetResourceBase);
        const locationResourceBase = stripHash(entry.scopeBase);
        if (targetResourceBase !== locationResourceBase) {
          entry.$ref.$ref = referenceToResource(entry);
        } else if (!entry.nestedResource) {
          entry.$ref.$ref = entry.hash;
        }
      }
    } else if (entry.file === file && entry.hash === hash) {
      entry.$ref.$ref = qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase);
    } else if (entry.file === file && entry.hash.indexOf(hash + "/") === 0) {
      const subPath = pointer_default.join(pathFromRoot, pointer_default.parse(entry.hash.replace(hash, "#")));
      entry.$ref.$ref = qualifyPathFromRoot(entry, subPath, rootId, rootScopeBase);
    } else {
      file = entry.file;
      hash = entry.hash;
      pathFromRoot = entry.pathFromRoot;
      entry.$ref = entry.parent[entry.key] = ref_default.dereference(entry.$ref, entry.value, options);
      if (entry.circular) {
        entry.$ref.$ref = entry.pathFromRoot;
      }
    }
  }
}
function findInInventory(inventory, $refParent, $refKey) {
  for (const existingEntry of inventory) {
    if (existingEntry && existingEntry.parent === $refParent && existingEntry.key === $refKey) {
      return existingEntry;
    }
  }
  return void 0;
}
function removeFromInventory(inventory, entry) {
  const index = inventory.indexOf(entry);
  inventory.splice(index, 1);
}
function fixRefsThroughRefs(inventory, schema) {
  for (const entry of inventory) {
    if (!entry.$ref || typeof entry.$ref !== "object" || !("$ref" in entry.$ref)) {
      continue;
    }
    const refValue = entry.$ref.$ref;
    if (typeof refValue !== "string" || !refValue.startsWith("#/")) {
      continue;
    }
    const fixedPath = resolvePathThroughRefs(schema, refValue);
    if (fixedPath !== refValue) {
      entry.$ref.$ref = fixedPath;
    }
  }
}
function resolvePathThroughRefs(schema, refPath) {
  if (!refPath.startsWith("#/")) {
    return refPath;
  }
  const segments = refPath.slice(2).split("/");
  let current = schema;
  const resolvedSegments = [];
  for (const seg of segments) {
    if (current === null || current === void 0 || typeof current !== "object") {
      return refPath;
    }
    const decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!Object.prototype.hasOwnProperty.call(current, decoded) && "$ref" in current && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
      const targetSegments = current.$ref.slice(2).split("/");
      resolvedSegments.length = 0;
      resolvedSegments.push(...targetSegments);
      current = walkPath(schema, current.$ref);
      if (current === null || current === void 0 || typeof current !== "object") {
        return refPath;
      }
    }
    const idx = Array.isArray(current) ? parseInt(decoded) : decoded;
    current = current[idx];
    resolvedSegments.push(seg);
  }
  const result = "#/" + resolvedSegments.join("/");
  return result;
}
function walkPath(schema, path) {
  if (!path.startsWith("#/")) {
    return void 0;
  }
  const segments = path.slice(2).split("/");
  let current = schema;
  for (const seg of segments) {
    if (current === null || current === void 0 || typeof current !== "object") {
      return void 0;
    }
    const decoded = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    const idx = Array.isArray(current) ? parseInt(decoded) : decoded;
    current = current[idx];
  }
  return current;
}
function qualifyPathFromRoot(entry, pathFromRoot, rootId, rootScopeBase) {
  if (!entry.dynamicIdScope || !entry.nestedIdScope || !rootScopeBase) {
    return pathFromRoot;
  }
  let rootResource = rootScopeBase;
  if (rootId && stripHash(resolve(entry.scopeBase, rootId)) === stripHash(rootScopeBase)) {
    rootResource = rootId;
  }
  return stripHash(rootResource) + pathFromRoot;
}
function referenceToResource(entry) {
  let resourceReference = stripHash(entry.targetResourceBase);
  if (typeof entry.$ref.$ref === "string" && stripHash(resolve(entry.scopeBase, entry.$ref.$ref)) === resourceReference) {
    return entry.$ref.$ref;
  }
  if (entry.targetResourceId && stripHash(resolve(entry.scopeBase, entry.targetResourceId)) === resourceReference) {
    resourceReference = entry.targetResourceId;
  }
  return entry.hash === "#" ? resourceReference : resourceReference + entry.hash;
}
function hasSchemaIdentifier(value, legacyIdScope = false) {
  return getSchemaId(value, legacyIdScope) !== void 0;
}
function containsObject(root, target) {
  if (!target || typeof target !== "object") {
    return false;
  }
  const seen = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (value === target) {
      return true;
    }
    if (!value || typeof value !== "object" || ArrayBuffer.isView(value) || seen.has(value)) {
      return false;
    }
    seen.add(value);
    return Object.keys(value).some((key) => visit(value[key]));
  };
  return visit(root);
}
var bundle_default = bundle;

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/dereference.js
var dereference_default = dereference;
function dereference(parser, options) {
  const start = Date.now();
  const rootScopeBase = parser.$refs._root$Ref.dynamicIdScope ? getSchemaBasePath(parser.$refs._root$Ref.path, parser.schema, parser.$refs._root$Ref.legacyIdScope) : parser.$refs._root$Ref.path;
  const dereferenced = crawl3(parser.schema, parser.$refs._root$Ref.path, rootScopeBase, parser.$refs._root$Ref.dynamicIdScope, parser.$refs._root$Ref.legacyIdScope, "#", /* @__PURE__ */ new Set(), /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), parser.$refs, options, start, 0);
  parser.$refs.circular = dereferenced.circular;
  parser.schema = dereferenced.value;
}
function crawl3(obj, path, scopeBase, dynamicIdScope, legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
  let dereferenced;
  const result = {
    value: obj,
    circular: false
  };
  checkDereferenceTimeout(startTime, options);
  const derefOptions = options.dereference || {};
  const maxDepth = derefOptions.maxDepth ?? 500;
  if (depth > maxDepth) {
    throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pathFromRoot}. This likely indicates an extremely deep or recursive schema. You can increase this limit with the dereference.maxDepth option.`);
  }
  const isExcludedPath = derefOptions.excludedPathMatcher || (() => false);
  if (derefOptions?.circular === "ignore" || !processedObjects.has(obj)) {
    if (obj && typeof obj === "object" && !ArrayBuffer.isView(obj) && !isExcludedPath(pathFromRoot)) {
      parents.add(obj);
      processedObjects.add(obj);
      const currentScopeBase = scopeBase;
      if (ref_default.isAllowed$Ref(obj, options)) {
        dereferenced = dereference$Ref(obj, path, currentScopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth);
        result.circular = dereferenced.circular;
        result.value = dereferenced.value;
      } else {
        for (const key of Object.keys(obj)) {
          checkDereferenceTimeout(startTime, options);
          const keyPath = pointer_default.join(path, key);
          const keyPathFromRoot = pointer_default.join(pathFromRoot, key);
          if (isExcludedPath(keyPathFromRoot)) {
            continue;
          }
          const value = obj[key];
          const childLegacyIdScope = getSchemaIdMode(value, legacyIdScope);
          const childScopeBase = dynamicIdScope && value && typeof value === "object" && !ArrayBuffer.isView(value) ? getSchemaBasePath(currentScopeBase, value, childLegacyIdScope) : currentScopeBase;
          let circular;
          if (ref_default.isAllowed$Ref(value, options)) {
            dereferenced = dereference$Ref(value, keyPath, childScopeBase, dynamicIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth);
            circular = dereferenced.circular;
            if (obj[key] !== dereferenced.value) {
              const preserved = /* @__PURE__ */ new Map();
              if (derefOptions?.preservedProperties) {
                if (typeof obj[key] === "object" && !Array.isArray(obj[key])) {
                  derefOptions?.preservedProperties.forEach((prop) => {
                    if (prop in obj[key]) {
                      preserved.set(prop, obj[key][prop]);
                    }
                  });
                }
              }
              let assignedValue = dereferenced.value;
              if (derefOptions?.cloneReferences && !circular && assignedValue && typeof assignedValue === "object") {
                assignedValue = structuredClone(assignedValue);
              }
              obj[key] = assignedValue;
              if (derefOptions?.preservedProperties) {
                if (preserved.size && typeof obj[key] === "object" && !Array.isArray(obj[key])) {
                  preserved.forEach((value2, prop) => {
                    obj[key][prop] = value2;
                  });
                }
              }
              derefOptions?.onDereference?.(value.$ref, obj[key], obj, key);
            }
          } else {
            if (!parents.has(value)) {
              dereferenced = crawl3(value, keyPath, childScopeBase, dynamicIdScope, childLegacyIdScope, keyPathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1);
              circular = dereferenced.circular;
              if (obj[key] !== dereferenced.value) {
                obj[key] = dereferenced.value;
              }
            } else {
              circular = foundCircularReference(keyPath, $refs, options);
            }
          }
          result.circular = result.circular || circular;
        }
      }
      parents.delete(obj);
    }
  }
  return result;
}
function dereference$Ref($ref, path, scopeBase, dynamicIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth) {
  const isExternalRef = ref_default.isExternal$Ref($ref);
  const shouldResolveOnCwd = isExternalRef && options?.dereference?.externalReferenceResolution === "root";
  const resolutionBase = shouldResolveOnCwd ? cwd() : dynamicIdScope ? scopeBase : path;
  const $refPath = resolve(resolutionBase, $ref.$ref);
  const cache4 = dereferencedCache.get($refPath);
  if (cache4) {
    if (!cache4.circular) {
      if (!ref_default.isExtended$Ref($ref)) {
        return cache4;
      }
    } else {
      if (typeof cache4.value === "object" && "$ref" in cache4.value && "$ref" in $ref) {
        if (cache4.value.$ref === $ref.$ref) {
          foundCircularReference(path, $refs, options);
          return cache4;
        } else {
        }
      } else {
        foundCircularReference(path, $refs, options);
        return cache4;
      }
    }
  }
  const pointer = $refs._resolve($refPath, path, options);
  if (pointer === null) {
    return {
      circular: false,
      value: null
    };
  }
  const directCircular = pointer.circular;
  let circular = directCircular || pointer.chainCircular || parents.has(pointer.value);
  if (circular) {
    foundCircularReference(path, $refs, options);
  }
  let dereferencedValue = ref_default.dereference($ref, pointer.value, options);
  if (!circular) {
    const dereferencedScopeBase = pointer.$ref.dynamicIdScope ? pointer.scopeBase : pointer.$ref.path;
    const dereferenced = crawl3(dereferencedValue, pointer.path, dereferencedScopeBase, pointer.$ref.dynamicIdScope, pointer.legacyIdScope, pathFromRoot, parents, processedObjects, dereferencedCache, $refs, options, startTime, depth + 1);
    circular = dereferenced.circular;
    dereferencedValue = dereferenced.value;
  }
  if (circular && !directCircular && options.dereference?.circular === "ignore") {
    dereferencedValue = $ref;
  }
  if (directCircular && dereferencedValue !== $ref) {
    dereferencedValue.$ref = pathFromRoot;
  }
  const dereferencedObject = {
    circular,
    value: dereferencedValue
  };
  if (Object.keys($ref).length === 1) {
    dereferencedCache.set($refPath, dereferencedObject);
  }
  return dereferencedObject;
}
function checkDereferenceTimeout(startTime, options) {
  if (options && options.timeoutMs) {
    if (Date.now() - startTime > options.timeoutMs) {
      throw new TimeoutError(options.timeoutMs);
    }
  }
}
function foundCircularReference(keyPath, $refs, options) {
  $refs.circular = true;
  options?.dereference?.onCircular?.(keyPath);
  if (!options.dereference.circular) {
    const error = new ReferenceError(`Circular $ref pointer found at ${keyPath}`);
    throw error;
  }
  return true;
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/next.js
function makeNext() {
  if (typeof process === "object" && typeof process.nextTick === "function") {
    return process.nextTick;
  } else if (typeof setImmediate === "function") {
    return setImmediate;
  } else {
    return function next(f) {
      setTimeout(f, 0);
    };
  }
}
var next_default = makeNext();

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/maybe.js
function maybe(cb, promise) {
  if (cb) {
    promise.then(function(result) {
      next_default(function() {
        cb(null, result);
      });
    }, function(err) {
      next_default(function() {
        cb(err);
      });
    });
    return void 0;
  } else {
    return promise;
  }
}

// node_modules/@apidevtools/json-schema-ref-parser/dist/lib/index.js
var $RefParser = class _$RefParser {
  /**
   * The parsed (and possibly dereferenced) JSON schema object
   *
   * @type {object}
   * @readonly
   */
  schema = null;
  /**
   * The resolved JSON references
   *
   * @type {$Refs}
   * @readonly
   */
  $refs = new $Refs();
  async parse() {
    const args = normalize_args_default(arguments);
    let promise;
    const hasSchema = args.schema !== void 0 && args.schema !== null;
    if (!args.path && !hasSchema) {
      const err = new Error(`Expected a file path, URL, or object. Got ${args.path || args.schema}`);
      return maybe(args.callback, Promise.reject(err));
    }
    this.schema = null;
    this.$refs = new $Refs();
    let pathType = "http";
    if (isFileSystemPath(args.path)) {
      args.path = fromFileSystemPath(args.path);
      pathType = "file";
    }
    args.path = resolve(cwd(), args.path);
    if (hasSchema && (typeof args.schema === "object" || typeof args.schema === "boolean")) {
      const $ref = this.$refs._add(args.path);
      $ref.value = args.schema;
      $ref.pathType = pathType;
      $ref.dynamicIdScope = usesDynamicIdScope($ref.value);
      $ref.legacyIdScope = getSchemaIdMode($ref.value);
      registerSchemaResources(this.$refs, $ref.path, $ref.value, $ref.pathType, $ref.dynamicIdScope);
      promise = Promise.resolve(args.schema);
    } else {
      promise = parse_default(args.path, this.$refs, args.options);
    }
    try {
      const result = await promise;
      if (typeof result === "boolean" || result !== null && typeof result === "object" && !Buffer.isBuffer(result)) {
        this.schema = result;
        return maybe(args.callback, Promise.resolve(this.schema));
      } else if (args.options.continueOnError) {
        this.schema = null;
        return maybe(args.callback, Promise.resolve(this.schema));
      } else {
        throw new SyntaxError(`"${this.$refs._root$Ref.path || result}" is not a valid JSON Schema`);
      }
    } catch (err) {
      if (!args.options.continueOnError || !isHandledError(err)) {
        return maybe(args.callback, Promise.reject(err));
      }
      if (this.$refs._$refs[stripHash(args.path)]) {
        this.$refs._$refs[stripHash(args.path)].addError(err);
      }
      return maybe(args.callback, Promise.resolve(null));
    }
  }
  static parse() {
    const parser = new _$RefParser();
    return parser.parse.apply(parser, arguments);
  }
  async resolve() {
    const args = normalize_args_default(arguments);
    try {
      await this.parse(args.path, args.schema, args.options);
      await resolve_external_default(this, args.options);
      finalize(this);
      return maybe(args.callback, Promise.resolve(this.$refs));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
  static resolve() {
    const instance = new _$RefParser();
    return instance.resolve.apply(instance, arguments);
  }
  static bundle() {
    const instance = new _$RefParser();
    return instance.bundle.apply(instance, arguments);
  }
  async bundle() {
    const args = normalize_args_default(arguments);
    try {
      await this.resolve(args.path, args.schema, args.options);
      bundle_default(this, args.options);
      finalize(this);
      return maybe(args.callback, Promise.resolve(this.schema));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
  static dereference() {
    const instance = new _$RefParser();
    return instance.dereference.apply(instance, arguments);
  }
  async dereference() {
    const args = normalize_args_default(arguments);
    try {
      await this.resolve(args.path, args.schema, args.options);
      dereference_default(this, args.options);
      finalize(this);
      return maybe(args.callback, Promise.resolve(this.schema));
    } catch (err) {
      return maybe(args.callback, Promise.reject(err));
    }
  }
};
function finalize(parser) {
  const errors = JSONParserErrorGroup.getParserErrors(parser);
  if (errors.length > 0) {
    throw new JSONParserErrorGroup(parser);
  }
}
var parse3 = $RefParser.parse;
var resolve2 = $RefParser.resolve;
var bundle2 = $RefParser.bundle;
var dereference2 = $RefParser.dereference;

// src/compat/schema/resolve.ts
var BASE = "https://schema.mcpver.invalid/tool.json";
function resolveSchema(schema) {
  if (typeof schema === "boolean") return { schema, circular: false };
  if (!isObject(schema))
    return { schema: {}, circular: false, error: `a schema must be an object or a boolean, not ${describe(schema)}` };
  if (!hasReference(schema)) return { schema, circular: false };
  const parser = new $RefParser();
  parser.$refs = new $Refs();
  const root = parser.$refs._add(BASE);
  root.value = structuredClone(schema);
  root.pathType = "http";
  parser.schema = root.value;
  const options = {
    ...getJsonSchemaRefParserDefaultOptions(),
    resolve: { external: false },
    dereference: { circular: true, maxDepth: 2e3 }
  };
  try {
    dereference_default(parser, options);
    return {
      schema: parser.schema,
      circular: Boolean(parser.$refs.circular)
    };
  } catch (error) {
    return { schema, circular: false, error: `cannot resolve a reference: ${error.message}` };
  }
}
function hasReference(value) {
  if (Array.isArray(value)) return value.some(hasReference);
  if (!isObject(value)) return false;
  if ("$ref" in value || "$dynamicRef" in value) return true;
  for (const key in value) if (hasReference(value[key])) return true;
  return false;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

// src/compat/schema/node.ts
var ALL_TYPES = ["string", "number", "integer", "boolean", "object", "array", "null"];
function asNode(schema) {
  if (schema === false) return { not: {} };
  return isObject(schema) ? schema : {};
}
function acceptsNothing(node) {
  return node.not === true || isObject(node.not) && Object.keys(node.not).length === 0;
}
var jsonType = (value) => value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value === "number" ? "number" : typeof value;
function enumOf(node) {
  if ("const" in node) return [node.const];
  return Array.isArray(node.enum) ? node.enum : null;
}
function typesOf(node) {
  if (typeof node.type === "string") return /* @__PURE__ */ new Set([node.type]);
  if (Array.isArray(node.type)) return new Set(node.type.filter((t) => typeof t === "string"));
  const values = enumOf(node);
  if (values) return new Set(values.map(jsonType));
  return null;
}
function admits(types, t) {
  return types === null || types.has(t) || t === "integer" && types.has("number");
}
function alternativesOf(node) {
  if (Array.isArray(node.anyOf)) return { keyword: "anyOf", list: node.anyOf };
  if (Array.isArray(node.oneOf)) return { keyword: "oneOf", list: node.oneOf };
  return null;
}
var isNullOnly = (alt) => isObject(alt) && alt.type === "null" && Object.keys(alt).every((k) => k === "type" || k === "description" || k === "title");
var VALUE_COMBINATORS = ["enum", "const", "anyOf", "oneOf", "allOf", "not", "if"];
function normalizeNullable(node) {
  if (node.nullable === true && node.type !== void 0) {
    const { nullable: _drop2, ...rest } = node;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    return types.includes("null") ? rest : { ...rest, type: [...types, "null"] };
  }
  const alts = alternativesOf(node);
  if (!alts || alts.list.length !== 2) return node;
  const nullAt = alts.list.findIndex(isNullOnly);
  const other = alts.list[1 - nullAt];
  if (nullAt < 0 || !isObject(other) || typeof other.type !== "string") return node;
  if (VALUE_COMBINATORS.some((k) => k in other)) return node;
  const { [alts.keyword]: _drop, ...outer } = node;
  if (Object.keys(outer).some(
    (k) => !["description", "title", "default", "examples", "$comment", "deprecated"].includes(k)
  ))
    return node;
  return { ...other, ...outer, type: [other.type, "null"] };
}
function isClosed(node) {
  return node.additionalProperties === false || node.unevaluatedProperties === false;
}
function propertiesOf(node) {
  return isObject(node.properties) ? node.properties : {};
}
function requiredOf(node) {
  return new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === "string") : []);
}
function normalizeEquivalents(input) {
  const node = mergeAllOf(input);
  let out = node;
  const drop = (key) => {
    if (out === node) out = { ...node };
    delete out[key];
  };
  for (const key of ["minimum", "exclusiveMinimum"])
    if (typeof node[key] === "number" && node[key] <= -Number.MAX_SAFE_INTEGER) drop(key);
  for (const key of ["maximum", "exclusiveMaximum"])
    if (typeof node[key] === "number" && node[key] >= Number.MAX_SAFE_INTEGER) drop(key);
  const names = node.propertyNames;
  if (names === true || typeof names === "object" && names !== null && // `z.record(z.string().describe('…'), …)` carries the key's description: still any string.
  Object.keys(names).every((k) => k === "type" || ANNOTATIONS.has(k)) && names.type === "string")
    drop("propertyNames");
  const tuple = Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : null;
  if (tuple && typeof node.maxItems === "number" && node.maxItems <= tuple.length)
    drop(Array.isArray(node.prefixItems) ? "items" : "additionalItems");
  return out;
}
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default"
]);
function mergeAllOf(node) {
  const members = Array.isArray(node.allOf) ? node.allOf : Array.isArray(node.anyOf) && node.anyOf.length === 1 ? node.anyOf : Array.isArray(node.oneOf) && node.oneOf.length === 1 ? node.oneOf : null;
  if (!members || members.length === 0 || !members.every((m) => typeof m === "object" && m !== null && !Array.isArray(m)))
    return node;
  const key = Array.isArray(node.allOf) ? "allOf" : Array.isArray(node.anyOf) ? "anyOf" : "oneOf";
  const { [key]: _members, ...merged } = node;
  const sources = [node, ...members].filter(
    (m) => m.properties !== void 0 || m.patternProperties !== void 0
  );
  const closes = [node, ...members].some(
    (m) => m.additionalProperties !== void 0 || m.unevaluatedProperties !== void 0
  );
  if (sources.length > 1 && closes) return node;
  for (const member of members) {
    for (const [k, v] of Object.entries(member)) {
      if (!(k in merged)) merged[k] = v;
      else if (ANNOTATIONS.has(k))
        continue;
      else if (k === "required" && Array.isArray(v) && Array.isArray(merged.required))
        merged.required = [.../* @__PURE__ */ new Set([...merged.required, ...v])];
      else if (k === "properties" && typeof v === "object" && v !== null && typeof merged.properties === "object" && merged.properties !== null && Object.keys(v).every((p) => !(p in merged.properties))) {
        merged.properties = { ...merged.properties, ...v };
      } else if (canonical(merged[k]) !== canonical(v)) return node;
    }
  }
  return merged;
}

// src/compat/schema/sample.ts
var randexpModule = __toESM(require_randexp(), 1);
var MAX_DEPTH = 8;
var loaded = randexpModule;
var RandExp = loaded.default?.default ?? loaded.default ?? randexpModule;
var FORMAT_SAMPLES = {
  email: "user@example.com",
  "idn-email": "user@example.com",
  uri: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  url: "https://example.com/",
  "date-time": "2020-01-01T00:00:00Z",
  date: "2020-01-01",
  time: "00:00:00Z",
  uuid: "00000000-0000-4000-8000-000000000000",
  ipv4: "127.0.0.1",
  ipv6: "::1",
  hostname: "example.com",
  duration: "P1D"
};
function sample(schema, depth = 0) {
  const node = asNode(schema);
  const types = typesOf(node);
  const first = types ? [...types].find((t) => t !== "null") ?? [...types][0] : null;
  return sampleOfType(node, first, depth);
}
function sampleOfType(schema, type, depth = 0) {
  const node = asNode(schema);
  const values = enumOf(node);
  if (values && values.length) return values[0];
  if ("default" in node && (type === null || typeof node.default === type)) return node.default;
  if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
  const alts = alternativesOf(node);
  if (alts && alts.list.length && depth < MAX_DEPTH) return sample(alts.list[0], depth + 1);
  if (Array.isArray(node.allOf) && depth < MAX_DEPTH) {
    const parts = node.allOf.map((part) => sample(part, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
  }
  const t = type ?? (isObject(node.properties) ? "object" : node.items !== void 0 ? "array" : null);
  switch (t) {
    case "object":
      return depth < MAX_DEPTH ? sampleObject(node, [...requiredOf(node)], depth) : {};
    case "array":
      return valueOfSize("minItems", typeof node.minItems === "number" ? node.minItems : 0, node, depth);
    case "string":
      return sampleString(node);
    case "integer":
    case "number":
      return sampleNumber(node, t === "integer");
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return null;
  }
}
function sampleObject(node, names, depth) {
  const props = propertiesOf(node);
  const value = {};
  for (const name of names) value[name] = name in props ? sample(props[name], depth + 1) : null;
  return value;
}
function sampleWith(schema, name) {
  const node = asNode(schema);
  return sampleObject(node, [.../* @__PURE__ */ new Set([...requiredOf(node), name])], 0);
}
function sampleFull(schema) {
  const node = asNode(schema);
  return sampleObject(node, Object.keys(propertiesOf(node)), 0);
}
function stringsMatching(pattern, count) {
  if (typeof pattern !== "string") return [];
  try {
    const generator = new RandExp(new RegExp(pattern, "u"));
    let state = [...pattern].reduce((h, c) => h * 31 + c.charCodeAt(0) >>> 0, 2166136261) || 1;
    generator.randInt = (a, b) => {
      state = Math.imul(state, 1664525) + 1013904223 >>> 0;
      return a + state % (b - a + 1);
    };
    generator.max = 6;
    const out = /* @__PURE__ */ new Set();
    for (let i = 0; i < count * 3 && out.size < count; i += 1) out.add(generator.gen());
    return [...out];
  } catch {
    return [];
  }
}
function sampleString(node) {
  if (typeof node.format === "string" && FORMAT_SAMPLES[node.format]) return FORMAT_SAMPLES[node.format];
  const [matching] = stringsMatching(node.pattern, 1);
  if (matching !== void 0) return matching;
  const min = typeof node.minLength === "number" ? node.minLength : 1;
  const max = typeof node.maxLength === "number" ? node.maxLength : Infinity;
  return "a".repeat(Math.min(Math.max(min, 1), max));
}
function sampleNumber(node, integer) {
  const step = typeof node.multipleOf === "number" ? node.multipleOf : 1;
  const min = typeof node.minimum === "number" ? node.minimum : typeof node.exclusiveMinimum === "number" ? node.exclusiveMinimum + (integer ? 1 : step) : null;
  const max = typeof node.maximum === "number" ? node.maximum : typeof node.exclusiveMaximum === "number" ? node.exclusiveMaximum - (integer ? 1 : step) : null;
  let value = min ?? (max !== null && max < 0 ? max : 0);
  value = Math.ceil(value / step) * step;
  return integer ? Math.ceil(value) : value;
}
function valueOfSize(minKey, size, schema, depth = 0) {
  const node = asNode(schema);
  const n = Math.max(0, Math.min(size, 1e4));
  if (minKey === "minLength") return "a".repeat(n);
  if (minKey === "minProperties") return Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, null]));
  const item = Array.isArray(node.items) ? node.items[0] : node.items;
  return Array.from({ length: n }, (_, i) => {
    const value = sample(item, depth + 1);
    return typeof value === "string" && !enumOf(asNode(item)) ? `${value}${i || ""}` : typeof value === "number" && !enumOf(asNode(item)) ? value + i : value;
  });
}
function variants(schema) {
  const node = asNode(schema);
  const out = [sample(node), sampleFull(node)];
  for (const t of typesOf(node) ?? ["string", "number", "integer", "boolean", "object", "array", "null"])
    out.push(
      sampleOfType(
        { ...node, enum: void 0, const: void 0, default: void 0, examples: void 0 },
        t
      )
    );
  for (const v of enumOf(node) ?? []) out.push(v);
  const alts = alternativesOf(node);
  for (const alt of alts?.list ?? []) out.push(sample(alt), sampleFull(alt));
  return out;
}

// src/compat/schema/compare-values.ts
var PATTERN_SAMPLES = 40;
function compareAnnotations(walk, o, n, path) {
  if (o.deprecated !== true && n.deprecated === true) {
    walk.emit({
      kind: "deprecated",
      effect: "neutral",
      path,
      keyword: "deprecated",
      before: o.deprecated,
      after: true,
      detail: "marked deprecated"
    });
  }
  for (const keyword of ["title", "description"]) {
    if (o[keyword] !== n[keyword] && (typeof o[keyword] === "string" || typeof n[keyword] === "string")) {
      walk.emit({
        kind: "description",
        effect: "neutral",
        path,
        keyword,
        before: o[keyword],
        after: n[keyword],
        detail: `${keyword} changed`
      });
    }
  }
}
function compareValues(walk, o, n, path) {
  compareTypes(walk, o, n, path);
  compareEnums(walk, o, n, path);
  compareNumericBounds(walk, o, n, path);
  compareSizeBounds(walk, o, n, path);
  compareSimple(walk, o, n, path);
  for (const keyword of /* @__PURE__ */ new Set([...Object.keys(o), ...Object.keys(n)])) {
    if (isUnknownKeyword(keyword) && dataKey(o[keyword]) !== dataKey(n[keyword])) {
      walk.emit({
        kind: "unknown-keyword",
        effect: "changed",
        path,
        keyword,
        before: o[keyword],
        after: n[keyword],
        detail: `unknown keyword "${keyword}" changed (kept as written; mcpver cannot tell what it means to a validator)`
      });
    }
  }
}
function compareTypes(walk, o, n, path) {
  const before = typesOf(o);
  const after = typesOf(n);
  const removed = (before ? [...before] : [...ALL_TYPES]).filter((t) => !admits(after, t));
  const added = (after ? [...after] : [...ALL_TYPES]).filter((t) => !admits(before, t));
  const show = (s) => s ? [...s].join(" | ") : "any";
  for (const [list, effect] of [
    [removed, "narrowed"],
    [added, "widened"]
  ]) {
    if (list.length === 0) continue;
    const nullOnly = list.length === 1 && list[0] === "null";
    const verb = effect === "narrowed" ? "no longer accepts" : "now accepts";
    walk.emit({
      kind: nullOnly ? "nullable" : "type",
      effect,
      path,
      keyword: "type",
      before: show(before),
      after: show(after),
      detail: `type ${show(before)} \u2192 ${show(after)}: ${verb} ${list.join(", ")}`,
      // 0.5 is the number that no integer schema takes.
      probes: list.flatMap(
        (t) => t === "number" ? [0.5, sampleOfType(effect === "narrowed" ? o : n, t)] : [sampleOfType(effect === "narrowed" ? o : n, t)]
      ),
      oldNode: o,
      newNode: n
    });
  }
}
function compareEnums(walk, o, n, path) {
  const before = enumOf(o);
  const after = enumOf(n);
  const keyword = "const" in n || "const" in o ? "const" : "enum";
  if (!before && !after) return;
  const keys = (list) => new Set((list ?? []).map(dataKey));
  if (!before && after) {
    walk.emit({
      kind: "enum",
      effect: "narrowed",
      path,
      keyword,
      after,
      detail: `values restricted to ${JSON.stringify(after)}`,
      probes: [sampleOfType(o, "string"), "mcpver-other", -1, 123456],
      oldNode: o,
      newNode: n
    });
    return;
  }
  if (before && !after) {
    walk.emit({
      kind: "enum",
      effect: "widened",
      path,
      keyword,
      before,
      detail: `${keyword} restriction removed (was ${JSON.stringify(before)})`,
      oldNode: o,
      newNode: n
    });
    return;
  }
  const removed = before.filter((v) => !keys(after).has(dataKey(v)));
  const added = after.filter((v) => !keys(before).has(dataKey(v)));
  if (removed.length)
    walk.emit({
      kind: "enum",
      effect: "narrowed",
      path,
      keyword,
      before,
      after,
      detail: `${keyword} no longer allows ${removed.map((v) => JSON.stringify(v)).join(", ")}`,
      probes: removed,
      oldNode: o,
      newNode: n
    });
  if (added.length)
    walk.emit({
      kind: "enum",
      effect: "widened",
      path,
      keyword,
      before,
      after,
      detail: `${keyword} now allows ${added.map((v) => JSON.stringify(v)).join(", ")}`,
      probes: added,
      oldNode: o,
      newNode: n
    });
}
function numericBound(node, side) {
  const [inclusiveKey, exclusiveKey] = side === "lower" ? ["minimum", "exclusiveMinimum"] : ["maximum", "exclusiveMaximum"];
  const inclusive = typeof node[inclusiveKey] === "number" ? node[inclusiveKey] : null;
  const bounds = [];
  if (inclusive !== null) bounds.push({ value: inclusive, exclusive: node[exclusiveKey] === true });
  if (typeof node[exclusiveKey] === "number") bounds.push({ value: node[exclusiveKey], exclusive: true });
  const sign = side === "lower" ? 1 : -1;
  return bounds.reduce((best, b) => !best || tighter(b, best, sign) ? b : best, null);
}
function tighter(a, b, sign) {
  return sign * (a.value - b.value) > 0 || a.value === b.value && a.exclusive && !b.exclusive;
}
function compareNumericBounds(walk, o, n, path) {
  for (const side of ["lower", "upper"]) {
    const sign = side === "lower" ? 1 : -1;
    const before = numericBound(o, side);
    const after = numericBound(n, side);
    const show = (b) => b ? `${b.exclusive ? side === "lower" ? ">" : "<" : side === "lower" ? "\u2265" : "\u2264"} ${b.value}` : "none";
    const name = side === "lower" ? "minimum" : "maximum";
    const edge = (b) => [b.value, b.value - sign, b.value - sign * 0.5, Math.trunc(b.value) - sign];
    if (after && (!before || tighter(after, before, sign))) {
      walk.emit({
        kind: "bound",
        effect: "narrowed",
        path,
        keyword: name,
        before: before?.value,
        after: after.value,
        detail: `${name} ${show(before)} \u2192 ${show(after)}`,
        probes: [...before ? edge(before).reverse() : [], ...edge(after)],
        oldNode: o,
        newNode: n
      });
    }
    if (before && (!after || tighter(before, after, sign))) {
      walk.emit({
        kind: "bound",
        effect: "widened",
        path,
        keyword: name,
        before: before.value,
        after: after?.value,
        detail: `${name} ${show(before)} \u2192 ${show(after)}`,
        probes: [...edge(before), ...after ? edge(after) : []],
        oldNode: o,
        newNode: n
      });
    }
  }
  const mo = typeof o.multipleOf === "number" ? o.multipleOf : null;
  const mn = typeof n.multipleOf === "number" ? n.multipleOf : null;
  const divides = (a, b) => Math.abs(a / b - Math.round(a / b)) < 1e-9;
  if (mn !== null && (mo === null || !divides(mo, mn))) {
    walk.emit({
      kind: "bound",
      effect: "narrowed",
      path,
      keyword: "multipleOf",
      before: mo,
      after: mn,
      detail: `multipleOf ${mo ?? "none"} \u2192 ${mn}`,
      probes: [mo ?? 1, (mo ?? 1) * 3, 1, 0.5],
      oldNode: o,
      newNode: n
    });
  }
  if (mo !== null && (mn === null || !divides(mn, mo))) {
    walk.emit({
      kind: "bound",
      effect: "widened",
      path,
      keyword: "multipleOf",
      before: mo,
      after: mn,
      detail: `multipleOf ${mo} \u2192 ${mn ?? "none"}`,
      probes: [mn ?? 1, 1, 0.5],
      oldNode: o,
      newNode: n
    });
  }
}
var SIZE_KEYWORDS = [
  ["minLength", "maxLength"],
  ["minItems", "maxItems"],
  ["minProperties", "maxProperties"],
  ["minContains", "maxContains"]
];
function compareSizeBounds(walk, o, n, path) {
  const num = (v) => typeof v === "number" ? v : null;
  for (const [minKey, maxKey] of SIZE_KEYWORDS) {
    const [oMin, nMin, oMax, nMax] = [num(o[minKey]), num(n[minKey]), num(o[maxKey]), num(n[maxKey])];
    const lo = (v) => v ?? 0;
    const hi = (v) => v ?? Infinity;
    const sizes = (list) => list.filter((s) => s >= 0 && Number.isFinite(s)).map((s) => valueOfSize(minKey, s, o));
    const emit = (keyword, effect, before, after, probeSizes) => walk.emit({
      kind: "bound",
      effect,
      path,
      keyword,
      before: before ?? void 0,
      after: after ?? void 0,
      detail: `${keyword} ${before ?? "none"} \u2192 ${after ?? "none"}`,
      probes: sizes(probeSizes),
      oldNode: o,
      newNode: n
    });
    if (lo(nMin) > lo(oMin)) emit(minKey, "narrowed", oMin, nMin, [lo(oMin), lo(nMin) - 1]);
    if (lo(nMin) < lo(oMin)) emit(minKey, "widened", oMin, nMin, [lo(nMin), lo(oMin) - 1]);
    if (hi(nMax) < hi(oMax)) emit(maxKey, "narrowed", oMax, nMax, [hi(nMax) + 1, Math.min(hi(oMax), hi(nMax) + 1)]);
    if (hi(nMax) > hi(oMax)) emit(maxKey, "widened", oMax, nMax, [hi(oMax) + 1]);
  }
}
function compareSimple(walk, o, n, path) {
  if (Boolean(o.uniqueItems) !== Boolean(n.uniqueItems)) {
    const item = valueOfSize("minItems", 1, o);
    const dup = Array.isArray(item) ? [...item, ...item] : [];
    walk.emit({
      kind: "bound",
      effect: n.uniqueItems ? "narrowed" : "widened",
      path,
      keyword: "uniqueItems",
      before: o.uniqueItems,
      after: n.uniqueItems,
      detail: `uniqueItems ${Boolean(o.uniqueItems)} \u2192 ${Boolean(n.uniqueItems)}`,
      probes: [dup],
      oldNode: o,
      newNode: n
    });
  }
  if (o.pattern === void 0 && n.pattern !== void 0 && typeof n.format === "string" && o.format === n.format) {
    walk.emit({
      kind: "format",
      effect: "narrowed",
      path,
      keyword: "pattern",
      before: o.pattern,
      after: n.pattern,
      detail: `pattern added to spell out format ${n.format}`,
      probes: [],
      oldNode: o,
      newNode: n
    });
  } else if (o.pattern !== n.pattern) {
    const effect = o.pattern === void 0 ? "narrowed" : n.pattern === void 0 ? "widened" : "changed";
    const drawn = [...stringsMatching(o.pattern, PATTERN_SAMPLES), ...stringsMatching(n.pattern, PATTERN_SAMPLES)];
    walk.emit({
      kind: "pattern",
      effect,
      path,
      keyword: "pattern",
      before: o.pattern,
      after: n.pattern,
      detail: `pattern ${o.pattern === void 0 ? "none" : `/${String(o.pattern)}/`} \u2192 ${n.pattern === void 0 ? "none" : `/${String(n.pattern)}/`}`,
      probes: ["", "a", "A", "0", "mcpver", "a b", "a-b_c", "x@example.com", "-1", "ABC123", ...drawn],
      oldNode: o,
      newNode: n,
      ...effect === "changed" ? { uncertain: `The pattern changed (${PATTERN_SAMPLES} strings drawn from each pattern were tried)` } : {}
    });
  }
  if (o.format !== n.format) {
    const effect = o.format === void 0 ? "narrowed" : n.format === void 0 ? "widened" : "changed";
    walk.emit({
      kind: "format",
      effect,
      path,
      keyword: "format",
      before: o.format,
      after: n.format,
      detail: `format ${String(o.format ?? "none")} \u2192 ${String(n.format ?? "none")}`,
      probes: [
        "mcpver",
        "x@example.com",
        "https://example.com",
        "2020-01-01",
        "2020-01-01T00:00:00Z",
        "00000000-0000-4000-8000-000000000000"
      ],
      oldNode: o,
      newNode: n
    });
  }
  if (dataKey(o.default) !== dataKey(n.default)) {
    const detail = o.default === void 0 ? `default ${JSON.stringify(n.default)} added` : n.default === void 0 ? `default ${JSON.stringify(o.default)} removed` : `default ${JSON.stringify(o.default)} \u2192 ${JSON.stringify(n.default)}`;
    walk.emit({
      kind: "default",
      effect: "neutral",
      path,
      keyword: "default",
      before: o.default,
      after: n.default,
      detail
    });
  }
}

// src/compat/schema/compare-objects.ts
function compareObjects(walk, o, n, path) {
  compareOpenness(walk, o, n, path);
  compareProperties(walk, o, n, path);
  compareDependencies(walk, o, n, path);
}
var openness = (value) => value === false ? "closed" : value === void 0 || value === true ? "open" : "schema";
function compareOpenness(walk, o, n, path) {
  const extra = () => ({ ...isObject(sample(o)) ? sample(o) : {}, mcpverExtra: "x" });
  for (const keyword of ["additionalProperties", "unevaluatedProperties"]) {
    const [before, after] = [openness(o[keyword]), openness(n[keyword])];
    if (before === "schema" && after === "schema") {
      walk.visit(o[keyword], n[keyword], [...path, "*"]);
      continue;
    }
    if (before === after) continue;
    const rank = { open: 2, schema: 1, closed: 0 };
    const effect = rank[after] < rank[before] ? "narrowed" : "widened";
    walk.emit({
      kind: "closed",
      effect,
      path,
      keyword,
      before: o[keyword],
      after: n[keyword],
      detail: `${keyword} ${describeOpen(o[keyword])} \u2192 ${describeOpen(n[keyword])}`,
      probes: [extra()],
      oldNode: o,
      newNode: n
    });
  }
  const patternsBefore = isObject(o.patternProperties) ? o.patternProperties : {};
  const patternsAfter = isObject(n.patternProperties) ? n.patternProperties : {};
  for (const pattern of /* @__PURE__ */ new Set([...Object.keys(patternsBefore), ...Object.keys(patternsAfter)])) {
    const [b, a] = [patternsBefore[pattern], patternsAfter[pattern]];
    if (b !== void 0 && a !== void 0) {
      walk.visit(b, a, [...path, `/${pattern}/`]);
      continue;
    }
    const adds = a !== void 0;
    const narrows2 = adds !== isClosed(o);
    walk.emit({
      kind: "closed",
      effect: narrows2 ? "narrowed" : "widened",
      path,
      keyword: "patternProperties",
      before: b,
      after: a,
      detail: `pattern property /${pattern}/ ${adds ? "added" : "removed"}`,
      oldNode: o,
      newNode: n
    });
  }
  if (canonical(o.propertyNames) !== canonical(n.propertyNames)) {
    const effect = o.propertyNames === void 0 ? "narrowed" : n.propertyNames === void 0 ? "widened" : "changed";
    walk.emit({
      kind: "closed",
      effect,
      path,
      keyword: "propertyNames",
      before: o.propertyNames,
      after: n.propertyNames,
      detail: `propertyNames ${effect === "narrowed" ? "added" : effect === "widened" ? "removed" : "changed"}`,
      probes: [extra(), { ...extra(), "A B": 1, "0": 1 }],
      oldNode: o,
      newNode: n
    });
  }
}
var describeOpen = (value) => value === false ? "false" : value === void 0 ? "absent" : value === true ? "true" : "a schema";
function compareProperties(walk, o, n, path) {
  const [before, after] = [propertiesOf(o), propertiesOf(n)];
  const [requiredBefore, requiredAfter] = [requiredOf(o), requiredOf(n)];
  const removedNames = Object.keys(before).filter((k) => !(k in after));
  const addedNames = Object.keys(after).filter((k) => !(k in before));
  const side = (props) => (name) => {
    const node = props[name];
    return {
      name,
      ...isObject(node) && typeof node.description === "string" ? { description: node.description } : {}
    };
  };
  const { renames, possible } = matchRenames(
    removedNames.map(side(before)),
    addedNames.map(side(after)),
    (r, a) => shapeOf(before[r]) === shapeOf(after[a]) && requiredBefore.has(r) === requiredAfter.has(a),
    // Two plain strings or booleans are as likely an unrelated swap as a rename: only a specific shape counts.
    (r) => isObject(before[r]) && (isObject(before[r].properties) || Array.isArray(before[r].enum))
  );
  const renamedFrom = new Set(renames.map((r) => r.from));
  const renamedTo = new Set(renames.map((r) => r.to));
  for (const { from, to } of renames) {
    walk.emit({
      kind: "property-renamed",
      effect: "changed",
      path,
      keyword: "properties",
      before: from,
      after: to,
      required: requiredAfter.has(to),
      detail: `property "${from}" renamed to "${to}"`,
      probes: [sampleWith(o, from)],
      oldNode: o,
      newNode: n,
      evidence: evidenceLine(
        renames.find((r) => r.from === from),
        "the same schema"
      )
    });
  }
  for (const name of removedNames.filter((k) => !renamedFrom.has(k))) {
    const maybe2 = possibleRenameNote(
      "property",
      possible.filter((p) => p.from === name)
    );
    walk.emit({
      kind: "property-removed",
      effect: isClosed(n) ? "narrowed" : "widened",
      path: [...path, name],
      keyword: "properties",
      before: before[name],
      required: requiredBefore.has(name),
      closed: isClosed(n),
      detail: `property "${name}" removed${isClosed(n) ? " (the object is closed: sending it is now an error)" : ""}`,
      probes: [sample(before[name])],
      oldNode: before[name],
      newNode: void 0,
      ...maybe2 ? { possibleRename: maybe2 } : {}
    });
  }
  for (const name of addedNames.filter((k) => !renamedTo.has(k))) {
    const required = requiredAfter.has(name);
    walk.emit({
      kind: "property-added",
      effect: required ? "narrowed" : "widened",
      path: [...path, name],
      keyword: "properties",
      after: after[name],
      required,
      closed: isClosed(o),
      hasDefault: isObject(after[name]) && "default" in after[name],
      detail: `${required ? "required" : "optional"} property "${name}" added`,
      probes: [sample(after[name])],
      oldNode: void 0,
      newNode: after[name]
    });
  }
  for (const name of [...requiredAfter].filter(
    (k) => !requiredBefore.has(k) && !(k in after && !(k in before)) && !renamedTo.has(k)
  )) {
    walk.emit({
      kind: "became-required",
      effect: "narrowed",
      path: [...path, name],
      keyword: "required",
      hasDefault: isObject(after[name]) && "default" in after[name],
      detail: `property "${name}" became required`,
      oldNode: before[name],
      newNode: after[name]
    });
  }
  for (const name of [...requiredBefore].filter(
    (k) => !requiredAfter.has(k) && !(k in before && !(k in after)) && !renamedFrom.has(k)
  )) {
    walk.emit({
      kind: "became-optional",
      effect: "widened",
      path: [...path, name],
      keyword: "required",
      detail: `property "${name}" became optional`,
      oldNode: before[name],
      newNode: after[name]
    });
  }
  for (const name of Object.keys(before)) {
    if (name in after) walk.visit(before[name], after[name], [...path, name]);
  }
}
function compareDependencies(walk, o, n, path) {
  const split = (node) => {
    const required = { ...isObject(node.dependentRequired) ? node.dependentRequired : {} };
    const schemas = { ...isObject(node.dependentSchemas) ? node.dependentSchemas : {} };
    if (isObject(node.dependencies))
      for (const [k, v] of Object.entries(node.dependencies)) (Array.isArray(v) ? required : schemas)[k] = v;
    return { required, schemas };
  };
  const [b, a] = [split(o), split(n)];
  for (const key of /* @__PURE__ */ new Set([...Object.keys(b.required), ...Object.keys(a.required)])) {
    const list = (value) => new Set(Array.isArray(value) ? value.map(String) : []);
    const [before, after] = [list(b.required[key]), list(a.required[key])];
    const added = [...after].filter((x) => !before.has(x));
    const removed = [...before].filter((x) => !after.has(x));
    if (added.length)
      walk.emit({
        kind: "conditional",
        effect: "narrowed",
        path,
        keyword: "dependentRequired",
        before: [...before],
        after: [...after],
        detail: `when "${key}" is present, ${added.map((x) => `"${x}"`).join(", ")} must now be present too`,
        probes: [sampleWith(o, key)],
        oldNode: o,
        newNode: n
      });
    if (removed.length)
      walk.emit({
        kind: "conditional",
        effect: "widened",
        path,
        keyword: "dependentRequired",
        before: [...before],
        after: [...after],
        detail: `when "${key}" is present, ${removed.map((x) => `"${x}"`).join(", ")} no longer must be`,
        oldNode: o,
        newNode: n
      });
  }
  for (const key of /* @__PURE__ */ new Set([...Object.keys(b.schemas), ...Object.keys(a.schemas)])) {
    const [before, after] = [b.schemas[key], a.schemas[key]];
    if (before !== void 0 && after !== void 0) walk.visit(before, after, path);
    else
      walk.emit({
        kind: "conditional",
        effect: after !== void 0 ? "narrowed" : "widened",
        path,
        keyword: "dependentSchemas",
        before,
        after,
        detail: `dependent schema for "${key}" ${after !== void 0 ? "added" : "removed"}`,
        probes: [sampleWith(o, key)],
        oldNode: o,
        newNode: n
      });
  }
}

// src/compat/schema/compare-arrays.ts
var tupleOf = (node) => Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : null;
var restOf = (node) => Array.isArray(node.prefixItems) ? node.items : Array.isArray(node.items) ? node.additionalItems : node.items;
function compareArrays(walk, o, n, path) {
  const [tb, ta] = [tupleOf(o), tupleOf(n)];
  if (tb || ta) {
    const length = Math.max(tb?.length ?? 0, ta?.length ?? 0);
    for (let i = 0; i < length; i += 1) {
      const before = tb?.[i] ?? restOf(o);
      const after = ta?.[i] ?? restOf(n);
      walk.visit(before ?? true, after ?? true, [...path, `[${i}]`]);
    }
  }
  const [rb, ra] = [restOf(o), restOf(n)];
  if (rb !== void 0 || ra !== void 0) walk.visit(rb ?? true, ra ?? true, [...path, "[]"]);
  if (o.unevaluatedItems !== void 0 || n.unevaluatedItems !== void 0)
    walk.visit(o.unevaluatedItems ?? true, n.unevaluatedItems ?? true, [...path, "[]"]);
  if (canonical(o.contains) !== canonical(n.contains)) {
    const effect = o.contains === void 0 ? "narrowed" : n.contains === void 0 ? "widened" : "changed";
    walk.emit({
      kind: "conditional",
      effect,
      path,
      keyword: "contains",
      before: o.contains,
      after: n.contains,
      detail: `contains ${effect === "narrowed" ? "added" : effect === "widened" ? "removed" : "changed"}`,
      probes: [[], [sample(o.items)]],
      oldNode: o,
      newNode: n
    });
  }
}

// src/compat/schema/witness.ts
import { performance } from "node:perf_hooks";

// src/compat/schema/validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default;
var WITNESS_BUDGET_MS = 3e3;
var LATER_KEYWORDS = /* @__PURE__ */ new Set([
  "prefixItems",
  "dependentRequired",
  "dependentSchemas",
  "unevaluatedProperties",
  "unevaluatedItems",
  "minContains",
  "maxContains",
  "$dynamicRef",
  "$defs"
]);
function usesLaterKeywords(value) {
  if (Array.isArray(value)) return value.some(usesLaterKeywords);
  if (!isObject(value)) return false;
  for (const key in value) if (LATER_KEYWORDS.has(key) || usesLaterKeywords(value[key])) return true;
  return false;
}
function withoutAnnotations(value, isSchema) {
  if (Array.isArray(value)) return value.map((v) => withoutAnnotations(v, isSchema));
  if (!isObject(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (isSchema && (ANNOTATION_KEYWORDS.has(key) || key === "default")) continue;
    if (SCHEMA_MAPS.has(key) && isObject(child))
      out[key] = Object.fromEntries(
        Object.entries(child).map(([k, v]) => [k, Array.isArray(v) ? v : withoutAnnotations(v, true)])
      );
    else out[key] = SCHEMA_VALUES.has(key) ? withoutAnnotations(child, true) : child;
  }
  return out;
}
var AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  validateFormats: true,
  logger: false,
  code: { optimize: false }
};
function newAjv(kind, options = {}) {
  const all2 = { ...AJV_OPTIONS, ...options };
  const ajv = kind === "2020" ? new import__2.Ajv2020(all2) : kind === "2019" ? new import__.Ajv2019(all2) : new import_ajv.Ajv(all2);
  addFormats(ajv);
  return ajv;
}
var metaInstances = {};
function metaAjv(kind) {
  return metaInstances[kind] ??= newAjv(kind);
}
var Validators = class {
  instances = {};
  compiled = /* @__PURE__ */ new WeakMap();
  /** Compiled validators by schema text without annotations: tools that validate alike compile once. */
  byText = /* @__PURE__ */ new Map();
  drafts = /* @__PURE__ */ new WeakMap();
  /** Milliseconds spent compiling and validating for witnesses so far. */
  spentMs = 0;
  get budgetLeft() {
    return this.spentMs < WITNESS_BUDGET_MS;
  }
  ajv(kind) {
    return this.instances[kind] ??= newAjv(kind, { validateSchema: false });
  }
  draftOf(schema) {
    let found = this.drafts.get(schema);
    if (!found) {
      const declared = typeof schema.$schema === "string" ? schema.$schema : "";
      if (declared.includes("2020-12")) found = ["2020"];
      else if (declared.includes("2019-09")) found = ["2019"];
      else if (/draft-0[4-7]/.test(declared)) found = ["draft-07"];
      else found = usesLaterKeywords(schema) ? ["2020", "draft-07"] : ["draft-07", "2020"];
      this.drafts.set(schema, found);
    }
    return found;
  }
  /** Compile a schema as written (ajv resolves its `$ref`s itself); cached per schema object and per text. */
  compile(schema) {
    if (typeof schema === "boolean") return { validate: this.ajv("draft-07").compile(schema) };
    if (!isObject(schema)) return { error: "the schema is not an object" };
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    const { $schema: _declared, $id: _id, id: _legacyId, ...rest } = schema;
    const body = withoutAnnotations(rest, true);
    const text = `${this.draftOf(schema).join()}|${dataKey(body)}`;
    let result = this.byText.get(text);
    if (!result) {
      result = {};
      for (const draft of this.draftOf(schema)) {
        const meta = metaAjv(draft);
        try {
          if (!meta.validateSchema(body)) {
            result = { error: meta.errorsText(meta.errors, { dataVar: "schema" }) };
            continue;
          }
          result = { validate: this.ajv(draft).compile(body) };
          break;
        } catch (error) {
          result = { error: error.message };
        }
      }
      this.byText.set(text, result);
    }
    this.compiled.set(schema, result);
    return result;
  }
  /** Why a schema is not valid JSON Schema (checked against its meta-schema only, without compiling), or undefined. */
  schemaError(schema) {
    if (typeof schema === "boolean") return void 0;
    if (!isObject(schema)) return "the schema is not an object";
    const { $schema: _declared, $id: _id, id: _legacyId, ...body } = schema;
    let error;
    for (const draft of this.draftOf(schema)) {
      const meta = metaAjv(draft);
      try {
        if (meta.validateSchema(body)) return void 0;
        error = meta.errorsText(meta.errors, { dataVar: "schema" });
      } catch (e) {
        error = e.message;
      }
    }
    return error;
  }
};
function firstError(errors) {
  const error = errors?.[0];
  if (!error) return "rejected";
  const pointer = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const joined = pointer.map((s, i) => /^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
  const at = joined ? `"${joined}"` : "";
  const params = error.params;
  if (error.keyword === "required" && params.missingProperty !== void 0)
    return `${at ? `${at} is ` : ""}missing required property "${params.missingProperty}"`;
  if (error.keyword === "additionalProperties" && params.additionalProperty !== void 0)
    return `${at ? `${at} has` : "has"} property "${params.additionalProperty}", which is not allowed`;
  return `${at || "the value"} ${error.message ?? `fails ${error.keyword}`}`;
}

// src/compat/schema/witness.ts
var MAX_CANDIDATES = 80;
function findWitness(input) {
  const { validators } = input;
  if (!validators.budgetLeft) return { reason: "budget" };
  const started = performance.now();
  try {
    const witness = search(input);
    return witness ? { witness } : { reason: "not-found" };
  } finally {
    validators.spentMs += performance.now() - started;
  }
}
function search(input) {
  const [accepting, rejecting] = input.direction === "input" ? [input.oldSchema, input.newSchema] : [input.newSchema, input.oldSchema];
  const acceptingResolved = input.direction === "input" ? input.oldResolved : input.newResolved;
  const accept = input.validators.compile(accepting).validate;
  const reject = input.validators.compile(rejecting).validate;
  if (!accept || !reject) return void 0;
  const { fact } = input;
  const rejectingResolved = input.direction === "input" ? input.newResolved : input.oldResolved;
  const bases = [
    sample(acceptingResolved),
    sampleFull(acceptingResolved),
    sample(rejectingResolved),
    sampleFull(rejectingResolved)
  ];
  const local = [...fact.probes ?? [], ...variants(input.direction === "input" ? fact.oldNode : fact.newNode)];
  const candidates = [...bases];
  for (const base of bases)
    for (const value of local) {
      const placed = place(base, fact.path, value);
      if (placed !== void 0) candidates.push(placed);
    }
  const tried = /* @__PURE__ */ new Set();
  for (const candidate of candidates) {
    if (tried.size >= MAX_CANDIDATES) break;
    const key = JSON.stringify(candidate);
    if (key === void 0 || tried.has(key)) continue;
    tried.add(key);
    if (accept(candidate) && !reject(candidate) && failsAt(reject.errors, fact.path)) {
      const error = input.direction === "output" ? `an old client validating with the old schema: ${firstError(reject.errors)}` : firstError(reject.errors);
      return { kind: "json", value: candidate, error };
    }
  }
  return void 0;
}
function errorPath(error) {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params;
  const named = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return named !== void 0 ? [...segments, named] : segments;
}
function failsAt(errors, path) {
  const error = errors?.[0];
  if (!error) return false;
  const at = errorPath(error);
  if (at.length < path.length) {
    return false;
  }
  return path.every(
    (segment, i) => segment === "[]" || segment === "*" || segment.startsWith("/") || (segment.startsWith("[") ? at[i] === segment.slice(1, -1) : at[i] === segment)
  );
}
function place(base, path, value) {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head.startsWith("/")) return void 0;
  if (head.startsWith("[")) {
    const array = Array.isArray(base) ? [...base] : [];
    const index = head === "[]" ? 0 : Number(head.slice(1, -1));
    while (array.length < index) array.push(array[0] ?? null);
    array[index] = place(array[index], rest, value);
    return array[index] === void 0 ? void 0 : array;
  }
  const object = isObject(base) ? { ...base } : {};
  const key = head === "*" ? "mcpverExtra" : head;
  const inner = place(object[key], rest, value);
  if (inner === void 0) return void 0;
  object[key] = inner;
  return object;
}

// src/compat/schema/alternatives.ts
var PASSIVE = (key) => ANNOTATION_KEYWORDS.has(key) || BOOKKEEPING_KEYWORDS.has(key) || key === "default";
function flattenAlternatives(list, seen = /* @__PURE__ */ new Set()) {
  return list.flatMap((alternative) => {
    const node = asNode(alternative);
    const inner = alternativesOf(node);
    if (!inner || seen.has(alternative) || Object.keys(node).some((k) => k !== inner.keyword && !PASSIVE(k)))
      return [alternative];
    return flattenAlternatives(inner.list, /* @__PURE__ */ new Set([...seen, alternative]));
  });
}
function accepts(next, old, compare) {
  if (old === next) return true;
  if (typeof old !== "object" || old === null || typeof next !== "object" || next === null)
    return compare(old, next).every(keeps);
  if (rejected.get(old)?.has(next)) return false;
  let open = inProgress.get(old);
  if (open?.has(next)) return true;
  if (!open) inProgress.set(old, open = /* @__PURE__ */ new WeakSet());
  open.add(next);
  try {
    const verdict = compare(old, next).every(keeps);
    if (!verdict) {
      let set = rejected.get(old);
      if (!set) rejected.set(old, set = /* @__PURE__ */ new WeakSet());
      set.add(next);
    }
    return verdict;
  } finally {
    open.delete(next);
  }
}
var inProgress = /* @__PURE__ */ new WeakMap();
var rejected = /* @__PURE__ */ new WeakMap();
var keeps = (fact) => fact.effect === "widened" || fact.effect === "neutral";
function mayStillBeAccepted(removed, remaining) {
  const mine = typesOf(asNode(removed));
  const overlaps = remaining.some((alternative) => {
    const theirs = typesOf(asNode(alternative));
    if (mine === null || theirs === null) return true;
    return [...mine].some(
      (t) => theirs.has(t) || t === "integer" && theirs.has("number") || t === "number" && theirs.has("integer")
    );
  });
  return overlaps ? "No single new alternative accepts every value of this one, though the new alternatives together may" : void 0;
}

// src/compat/schema/compare-combinators.ts
var typeKey = (node) => [...typesOf(asNode(node)) ?? ["any"]].sort().join("|");
function likeness(a, b) {
  if (shapeOf(a) === shapeOf(b)) return 1e3;
  let score = typeKey(a) === typeKey(b) ? 100 : 0;
  const pa = Object.keys(propertiesOf(asNode(a)));
  const pb = new Set(Object.keys(propertiesOf(asNode(b))));
  score += pa.filter((k) => pb.has(k)).length;
  return score;
}
function pairUp(before, after) {
  const candidates = [];
  before.forEach(
    (b, i) => after.forEach((a, j) => {
      const score = likeness(b, a);
      if (score > 0) candidates.push([score, i, j]);
    })
  );
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedB = /* @__PURE__ */ new Set();
  const usedA = /* @__PURE__ */ new Set();
  const pairs2 = [];
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedA.has(j)) continue;
    usedB.add(i);
    usedA.add(j);
    pairs2.push([i, j]);
  }
  return {
    pairs: pairs2,
    removed: before.map((_, i) => i).filter((i) => !usedB.has(i)),
    added: after.map((_, j) => j).filter((j) => !usedA.has(j))
  };
}
function compareLists(walk, keyword, before, after, path, o, n) {
  const { pairs: pairs2, removed, added } = pairUp(before, after);
  for (const [i, j] of pairs2) walk.visit(before[i], after[j], path);
  for (const i of removed) {
    walk.emit({
      kind: "all-of",
      effect: "widened",
      path,
      keyword,
      before: before[i],
      detail: `${keyword} member ${i + 1} removed`,
      probes: [sample(before[i])],
      oldNode: before[i],
      newNode: n
    });
  }
  for (const j of added) {
    walk.emit({
      kind: "all-of",
      effect: "narrowed",
      path,
      keyword,
      after: after[j],
      detail: `${keyword} member ${j + 1} added`,
      probes: [...memberProbes(o, after[j]), sample(after[j]), sample(o)],
      oldNode: o,
      newNode: after[j]
    });
  }
}
function compareAlternatives(walk, before, after, path, o, n, keywords) {
  const { pairs: pairs2, removed, added } = pairUp(before, after);
  const fresh = new Set(added);
  const takes = (j, i) => accepts(after[j], before[i], compareSchemaNodes);
  const coverOf = (i) => after.findIndex((_, j) => takes(j, i));
  const visits = [];
  const gone = [];
  for (const [i, j] of pairs2) {
    const k = takes(j, i) ? j : coverOf(i);
    visits.push(k >= 0 ? { i, j: k, covered: true } : { i, j, covered: false });
    if (k >= 0 && k !== j) fresh.add(j);
  }
  for (const i of removed) {
    const k = coverOf(i);
    if (k >= 0) visits.push({ i, j: k, covered: true });
    else gone.push(i);
  }
  for (const { i, j, covered } of visits) {
    fresh.delete(j);
    const doubt = covered ? void 0 : mayStillBeAccepted(
      before[i],
      after.filter((_, x) => x !== j)
    );
    if (doubt) walk.doubts.push(doubt);
    try {
      walk.visit(before[i], after[j], path);
    } finally {
      if (doubt) walk.doubts.pop();
    }
  }
  for (const i of gone) {
    const uncertain = mayStillBeAccepted(before[i], after);
    walk.emit({
      kind: "alternatives",
      effect: "narrowed",
      path,
      keyword: keywords.old,
      before: before[i],
      detail: `${keywords.old} member ${i + 1} removed`,
      probes: [sample(before[i])],
      oldNode: before[i],
      newNode: n,
      ...uncertain ? { uncertain } : {}
    });
  }
  for (const j of [...fresh].sort((a, b) => a - b)) {
    if (before.some((b) => accepts(b, after[j], compareSchemaNodes))) continue;
    walk.emit({
      kind: "alternatives",
      effect: "widened",
      path,
      keyword: keywords.new,
      after: after[j],
      detail: `${keywords.new} member ${j + 1} added`,
      probes: [sample(after[j]), sample(o)],
      oldNode: o,
      newNode: after[j]
    });
  }
}
function memberProbes(node, member) {
  const base = sample(node);
  return compareSchemaNodes(node, { ...node, ...asNode(member) }).filter((f) => f.effect === "narrowed" || f.effect === "changed").flatMap((f) => (f.probes ?? []).map((p) => place(base, f.path, p))).filter((v) => v !== void 0);
}
function compareCombinators(walk, o, n, path) {
  const [ab, aa] = [alternativesOf(o), alternativesOf(n)];
  if (ab && aa)
    compareAlternatives(walk, flattenAlternatives(ab.list), flattenAlternatives(aa.list), path, o, n, {
      old: ab.keyword,
      new: aa.keyword
    });
  if (Array.isArray(o.allOf) || Array.isArray(n.allOf)) {
    compareLists(
      walk,
      "allOf",
      Array.isArray(o.allOf) ? o.allOf : [],
      Array.isArray(n.allOf) ? n.allOf : [],
      path,
      o,
      n
    );
  }
  for (const keyword of ["not", "if"]) {
    const unit = (node) => keyword === "if" ? node.if === void 0 ? void 0 : { if: node.if, then: node.then, else: node.else } : node.not;
    const [before, after] = [unit(o), unit(n)];
    if (canonical(before) === canonical(after)) continue;
    const effect = before === void 0 ? "narrowed" : after === void 0 ? "widened" : "changed";
    const name = keyword === "if" ? "if/then/else" : "not";
    walk.emit({
      kind: "conditional",
      effect,
      path,
      keyword,
      before,
      after,
      detail: `${name} ${effect === "narrowed" ? "added" : effect === "widened" ? "removed" : "changed"}`,
      probes: [sample(o)],
      oldNode: o,
      newNode: n
    });
  }
}
function core(node) {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([k]) => !ANNOTATION_KEYWORDS.has(k) && k !== "anyOf" && k !== "oneOf" && k !== "default"
    )
  );
}
function compareWrapped(walk, o, n, path) {
  const ab = alternativesOf(o);
  const aa = alternativesOf(n);
  const before = ab ? flattenAlternatives(ab.list) : [core(o)];
  const after = aa ? flattenAlternatives(aa.list) : [core(n)];
  compareAlternatives(walk, before, after, path, o, n, { old: (ab ?? aa).keyword, new: (aa ?? ab).keyword });
}

// src/compat/schema/walk.ts
var UNREAD = "x-mcpver-unresolved";
function compareSchemaNodes(old, next) {
  let nextId = 0;
  const walk = {
    facts: [],
    seen: /* @__PURE__ */ new Set(),
    ids: /* @__PURE__ */ new WeakMap(),
    doubts: [],
    emit(fact) {
      const doubt = this.doubts.at(-1);
      this.facts.push(doubt && !fact.uncertain ? { ...fact, uncertain: doubt } : fact);
    },
    visit(oldRaw, newRaw, path) {
      const o = asNode(oldRaw);
      const n = asNode(newRaw);
      const id = (x) => {
        let v = this.ids.get(x);
        if (v === void 0) this.ids.set(x, v = nextId++);
        return v;
      };
      const pair = `${id(o)}:${id(n)}`;
      if (this.seen.has(pair)) return;
      this.seen.add(pair);
      if (canonical(o) === canonical(n)) return;
      if (UNREAD in o || UNREAD in n) return;
      compareNode(this, normalizeEquivalents(normalizeNullable(o)), normalizeEquivalents(normalizeNullable(n)), path);
    }
  };
  walk.visit(old, next, []);
  return walk.facts;
}
function compareNode(walk, o, n, path) {
  const restructured = Array.isArray(o.allOf) !== Array.isArray(n.allOf);
  if (restructured) walk.doubts.push("The schema was restructured (allOf)");
  try {
    compareParts(walk, o, n, path);
  } finally {
    if (restructured) walk.doubts.pop();
  }
}
function compareParts(walk, o, n, path) {
  compareAnnotations(walk, o, n, path);
  if (acceptsNothing(o) !== acceptsNothing(n)) {
    compareCombinators(walk, o, n, path);
    return;
  }
  if (alternativesOf(o) === null !== (alternativesOf(n) === null)) {
    compareWrapped(walk, o, n, path);
    return;
  }
  compareValues(walk, o, n, path);
  compareObjects(walk, o, n, path);
  compareArrays(walk, o, n, path);
  compareCombinators(walk, o, n, path);
}

// src/compat/schema/analysis.ts
import { isDeepStrictEqual } from "node:util";
var DuplicateItemError = class extends Error {
  constructor(side, kind, itemName, version) {
    super(
      `The ${side} snapshot${version} lists the ${kind} "${itemName}" more than once; ${kind} names must be unique in one listing (MCP specification). Fix the server's ${kind} list and take the snapshot again.`
    );
    this.side = side;
    this.kind = kind;
    this.itemName = itemName;
    this.name = "DuplicateItemError";
  }
  side;
  kind;
  itemName;
};
var cache = /* @__PURE__ */ new WeakMap();
function analyzeMcp(old, next) {
  let inner = cache.get(old);
  if (!inner) cache.set(old, inner = /* @__PURE__ */ new WeakMap());
  if (inner.has(next)) return inner.get(next);
  const result = old.mcp && next.mcp ? analyze(old, next) : null;
  inner.set(next, result);
  return result;
}
var versionOf = (s) => s.package ? ` (${s.package.name}@${s.package.version})` : "";
function indexByName(list, side, kind, snapshot) {
  const map = /* @__PURE__ */ new Map();
  for (const item of list) {
    if (map.has(item.name)) throw new DuplicateItemError(side, kind, item.name, versionOf(snapshot));
    map.set(item.name, item);
  }
  return map;
}
var resolved = /* @__PURE__ */ new WeakMap();
function resolveCached(schema) {
  if (!isObject(schema)) return resolveSchema(schema);
  let r = resolved.get(schema);
  if (!r) resolved.set(schema, r = resolveSchema(schema));
  return r;
}
function analyze(old, next) {
  const oldTools = indexByName(old.mcp.tools, "old", "tool", old);
  const newTools = indexByName(next.mcp.tools, "new", "tool", next);
  const oldPrompts = indexByName(old.mcp.prompts, "old", "prompt", old);
  const newPrompts = indexByName(next.mcp.prompts, "new", "prompt", next);
  const side = (item) => ({
    name: item.name,
    ...item.description ? { description: item.description } : {}
  });
  const toolMatch = matchRenames(
    [...oldTools.values()].filter((t) => !newTools.has(t.name)).map(side),
    [...newTools.values()].filter((t) => !oldTools.has(t.name)).map(side),
    (from, to) => sameCalls(oldTools.get(from).inputSchema, newTools.get(to).inputSchema),
    (from) => Object.keys(propertiesOf(asNode(resolveCached(oldTools.get(from).inputSchema).schema))).length > 0
  );
  const promptMatch = matchRenames(
    [...oldPrompts.values()].filter((p) => !newPrompts.has(p.name)).map(side),
    [...newPrompts.values()].filter((p) => !oldPrompts.has(p.name)).map(side),
    (from, to) => argumentKey(oldPrompts.get(from)) === argumentKey(newPrompts.get(to)),
    (from) => (oldPrompts.get(from).arguments ?? []).length > 0
  );
  const toolRenames = toolMatch.renames;
  const promptRenames = promptMatch.renames;
  const tools = pairs(oldTools, newTools, toolRenames);
  const prompts = pairs(oldPrompts, newPrompts, promptRenames);
  const schemas = [];
  for (const pair of tools) {
    schemas.push(comparison(pair.name, "input", pair.old.inputSchema, pair.new.inputSchema));
    if (pair.old.outputSchema !== void 0 && pair.new.outputSchema !== void 0) {
      schemas.push(comparison(pair.name, "output", pair.old.outputSchema, pair.new.outputSchema));
    }
  }
  const unchanged = (tool) => {
    const before = oldTools.get(tool.name);
    return before !== void 0 && isDeepStrictEqual(before.inputSchema, tool.inputSchema) && isDeepStrictEqual(before.outputSchema, tool.outputSchema);
  };
  const changedTools = next.mcp.tools.filter((t) => !unchanged(t));
  const changedNames = new Set(changedTools.map((t) => t.name));
  const validators = new Validators();
  const problems = {
    old: problemsOf(
      old.mcp.tools.filter((t) => changedNames.has(t.name)),
      validators
    ),
    new: problemsOf(changedTools, validators)
  };
  return {
    toolRenames,
    promptRenames,
    possibleToolRenames: toolMatch.possible,
    possiblePromptRenames: promptMatch.possible,
    tools,
    prompts,
    schemas,
    problems,
    validators
  };
}
function pairs(before, after, renames) {
  const list = [];
  for (const [name, value] of after)
    if (before.has(name)) list.push({ name, oldName: name, old: before.get(name), new: value });
  for (const { from, to } of renames)
    list.push({ name: to, oldName: from, old: before.get(from), new: after.get(to) });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}
function comparison(tool, part, oldSchema, newSchema) {
  if (isDeepStrictEqual(oldSchema, newSchema))
    return { tool, part, facts: [], oldSchema, newSchema, oldResolved: oldSchema, newResolved: newSchema };
  const o = resolveCached(oldSchema);
  const n = resolveCached(newSchema);
  return {
    tool,
    part,
    facts: compareSchemaNodes(o.schema, n.schema),
    oldSchema,
    newSchema,
    oldResolved: o.schema,
    newResolved: n.schema
  };
}
function sameCalls(oldSchema, newSchema) {
  const o = resolveCached(oldSchema).schema;
  const n = resolveCached(newSchema).schema;
  const names = (s) => Object.keys(propertiesOf(asNode(s))).sort().join(",");
  if (names(o) !== names(n)) return false;
  return compareSchemaNodes(o, n).every((f) => f.effect === "widened" || f.effect === "neutral");
}
var argumentKey = (prompt) => (prompt.arguments ?? []).map((a) => `${a.name}:${a.required === true}`).sort().join(",");
function problemsOf(tools, validators) {
  const problems = [];
  for (const tool of tools) {
    for (const part of ["input", "output"]) {
      const schema = part === "input" ? tool.inputSchema : tool.outputSchema;
      if (schema === void 0 && part === "output") continue;
      if (!isObject(schema)) {
        problems.push({
          tool: tool.name,
          part,
          message: schema === void 0 ? `the ${part} schema is missing; MCP requires one` : `the ${part} schema is ${describe(schema)}, not a JSON Schema object`
        });
        continue;
      }
      if (schema.type !== "object")
        problems.push({
          tool: tool.name,
          part,
          message: `the ${part} schema has type ${JSON.stringify(schema.type ?? null)}; MCP requires "object"`
        });
      const r = resolveCached(schema);
      if (r.error) problems.push({ tool: tool.name, part, message: `the ${part} schema ${r.error}` });
      const invalid = validators.schemaError(schema);
      if (invalid)
        problems.push({ tool: tool.name, part, message: `the ${part} schema is not valid JSON Schema: ${invalid}` });
    }
  }
  return problems;
}

// src/compat/rules/prompt-added.ts
var rule12 = collectionRule({
  id: "prompt-added",
  level: "minor",
  surface: "mcp",
  side: "added",
  noun: "Prompt",
  list: (s) => s.mcp?.prompts,
  key: (x) => x.name,
  item: itemKey.prompt,
  // A renamed prompt is reported once, by prompt-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.promptRenames ?? [],
  description: "A new prompt is listed.",
  rationale: "A new capability: old clients are unaffected."
});

// src/compat/rules/prompt-removed.ts
var rule13 = collectionRule({
  id: "prompt-removed",
  level: "major",
  surface: "mcp",
  side: "removed",
  noun: "Prompt",
  list: (s) => s.mcp?.prompts,
  key: (x) => x.name,
  item: itemKey.prompt,
  // A renamed prompt is reported once, by prompt-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.promptRenames ?? [],
  // A same-shape item added under a name with too little evidence: a removal, with a note.
  note: (old, next, key) => possibleRenameNote(
    "prompt",
    (analyzeMcp(old, next)?.possiblePromptRenames ?? []).filter((r) => r.from === key)
  ),
  description: "A prompt the server listed is gone.",
  rationale: "Clients that get the prompt by name receive an error."
});

// src/compat/rules/resource-added.ts
var rule14 = collectionRule({
  id: "resource-added",
  level: "minor",
  surface: "mcp",
  side: "added",
  noun: "Resource",
  list: (s) => s.mcp?.resources,
  key: (x) => x.uri,
  item: itemKey.resource,
  description: "A new resource is listed.",
  rationale: "A new capability: old clients are unaffected."
});

// src/compat/rules/resource-removed.ts
var rule15 = collectionRule({
  id: "resource-removed",
  level: "major",
  surface: "mcp",
  side: "removed",
  noun: "Resource",
  list: (s) => s.mcp?.resources,
  key: (x) => x.uri,
  item: itemKey.resource,
  description: "A listed resource is gone.",
  rationale: "Clients that read or subscribe to the URI get an error."
});

// src/compat/schema/templates.ts
var blanked = (uriTemplate) => uriTemplate.replace(/\{[^}]*\}/g, "{}");
var cache2 = /* @__PURE__ */ new WeakMap();
function templateChanges(old, next) {
  if (!old.mcp || !next.mcp) return [];
  let inner = cache2.get(old);
  if (!inner) cache2.set(old, inner = /* @__PURE__ */ new WeakMap());
  const cached = inner.get(next);
  if (cached) return cached;
  const before = new Map(old.mcp.resourceTemplates.map((t) => [t.uriTemplate, t]));
  const after = new Map(next.mcp.resourceTemplates.map((t) => [t.uriTemplate, t]));
  const removed = [...before.values()].filter((t) => !after.has(t.uriTemplate));
  const added = [...after.values()].filter((t) => !before.has(t.uriTemplate));
  const changes = [];
  const taken = /* @__PURE__ */ new Set();
  for (const match of [
    (a, b) => blanked(a.uriTemplate) === blanked(b.uriTemplate),
    (a, b) => a.name === b.name
  ]) {
    for (const r of removed) {
      if (changes.some((c) => c.from === r.uriTemplate)) continue;
      const candidates = added.filter((a) => !taken.has(a) && match(r, a));
      if (candidates.length !== 1) continue;
      taken.add(candidates[0]);
      changes.push({ from: r.uriTemplate, to: candidates[0].uriTemplate, name: candidates[0].name });
    }
  }
  inner.set(next, changes);
  return changes;
}

// src/compat/rules/resource-template-added.ts
var rule16 = collectionRule({
  id: "resource-template-added",
  level: "minor",
  surface: "mcp",
  side: "added",
  noun: "Resource template",
  list: (s) => s.mcp?.resourceTemplates,
  key: (x) => x.uriTemplate,
  item: itemKey.resourceTemplate,
  // A template whose expression changed is reported once, by resource-template-changed.
  renamed: templateChanges,
  description: "A new resource template is listed.",
  rationale: "A new capability: old clients are unaffected."
});

// src/compat/rules/resource-template-removed.ts
var rule17 = collectionRule({
  id: "resource-template-removed",
  level: "major",
  surface: "mcp",
  side: "removed",
  noun: "Resource template",
  list: (s) => s.mcp?.resourceTemplates,
  key: (x) => x.uriTemplate,
  item: itemKey.resourceTemplate,
  // A template whose expression changed is reported once, by resource-template-changed.
  renamed: templateChanges,
  description: "A listed resource template is gone.",
  rationale: "Clients that expand the template and read the URI get an error."
});

// src/compat/rules/tool-added.ts
var rule18 = collectionRule({
  id: "tool-added",
  level: "minor",
  surface: "mcp",
  side: "added",
  noun: "Tool",
  list: (s) => s.mcp?.tools,
  key: (x) => x.name,
  item: itemKey.tool,
  // A renamed tool is reported once, by tool-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.toolRenames ?? [],
  description: "A new tool is listed.",
  rationale: "A new capability: old clients are unaffected, new ones may use it."
});

// src/compat/rules/tool-removed.ts
var rule19 = collectionRule({
  id: "tool-removed",
  level: "major",
  surface: "mcp",
  side: "removed",
  noun: "Tool",
  list: (s) => s.mcp?.tools,
  key: (x) => x.name,
  item: itemKey.tool,
  // A renamed tool is reported once, by tool-renamed.
  renamed: (old, next) => analyzeMcp(old, next)?.toolRenames ?? [],
  // A same-shape item added under a name with too little evidence: a removal, with a note.
  note: (old, next, key) => possibleRenameNote(
    "tool",
    (analyzeMcp(old, next)?.possibleToolRenames ?? []).filter((r) => r.from === key)
  ),
  description: "A tool the server listed is gone.",
  rationale: 'Clients and agents that call the tool by name get an "unknown tool" error.'
});

// src/compat/rules/conditional.ts
var NOUN = {
  tool: "Tool",
  prompt: "Prompt",
  resource: "Resource",
  "resource-template": "Resource template"
};
function keysOf(snapshot, kind) {
  const mcp = snapshot.mcp;
  if (!mcp) return [];
  if (kind === "tool") return [...byKey(mcp.tools, (t) => t.name).keys()];
  if (kind === "prompt") return [...byKey(mcp.prompts, (p) => p.name).keys()];
  if (kind === "resource") return [...byKey(mcp.resources, (r) => r.uri).keys()];
  return [...byKey(mcp.resourceTemplates, (t) => t.uriTemplate).keys()];
}
var ITEM = {
  tool: itemKey.tool,
  prompt: itemKey.prompt,
  resource: itemKey.resource,
  "resource-template": itemKey.resourceTemplate
};
var readFromSources = (snapshot) => snapshot.provenance.mcp === "static";
function conditionRule(spec) {
  return {
    id: spec.id,
    level: spec.level,
    surface: "mcp",
    direction: "meta",
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next }) {
      if (!readFromSources(old) || !readFromSources(next)) return [];
      const listedBefore = new Set(keysOf(old, spec.kind));
      const changes = [];
      for (const key of keysOf(next, spec.kind).sort()) {
        if (!listedBefore.has(key)) continue;
        const item = ITEM[spec.kind](key);
        const before = old.mcp?.conditions?.[item];
        const after = next.mcp?.conditions?.[item];
        const found = before === void 0 ? after === void 0 ? void 0 : "made-conditional" : after === void 0 ? "made-unconditional" : normalizeCondition(before) === normalizeCondition(after) ? void 0 : "condition-changed";
        if (found !== spec.change) continue;
        const noun = NOUN[spec.kind];
        const message = found === "made-conditional" ? `${noun} "${key}" is now registered only when \`${after}\`` : found === "made-unconditional" ? `${noun} "${key}" is now registered always (before: only when \`${before}\`)` : `${noun} "${key}" is now registered only when \`${after}\` (before: only when \`${before}\`)`;
        changes.push({
          rule: spec.id,
          level: spec.level,
          item,
          subject: `${item}.condition`,
          message,
          ...before !== void 0 ? { before } : {},
          ...after !== void 0 ? { after } : {},
          ...spec.flag ? { flag: spec.flag(key, before, after) } : {}
        });
      }
      return changes;
    }
  };
}

// src/compat/rules/tool-made-conditional.ts
var rule20 = conditionRule({
  id: "tool-made-conditional",
  level: "major",
  kind: "tool",
  change: "made-conditional",
  description: "A tool that was always registered is now registered only under a condition read from the sources.",
  rationale: "Clients and agents that call it with the default configuration may no longer see it, as if it were removed (major by default; `policy.rules.tool-made-conditional: minor` when the condition holds by default).",
  flag: (name, _before, after) => `"${name}" is now listed only when \`${after ?? ""}\`: check whether that holds with the configuration your users run; if it does not, say in the release notes how to turn "${name}" back on.`
});

// src/compat/rules/tool-made-unconditional.ts
var rule21 = conditionRule({
  id: "tool-made-unconditional",
  level: "minor",
  kind: "tool",
  change: "made-unconditional",
  description: "A tool that was registered only under a condition is now always registered.",
  rationale: "Clients that did not meet the condition now see it, as if it were added; those that did are unaffected."
});

// src/compat/rules/tool-condition-changed.ts
var rule22 = conditionRule({
  id: "tool-condition-changed",
  level: "minor",
  kind: "tool",
  change: "condition-changed",
  description: "The condition a tool is registered under changed its text (not only its spelling).",
  rationale: "Already conditional before, so no client could count on it with every configuration; whether the new condition excludes configurations the old one included is not decidable from the texts, so it is flagged for review (minor; `policy.rules.tool-condition-changed: major` to fail on it).",
  flag: (name, before, after) => `The gate of "${name}" changed from \`${before ?? ""}\` to \`${after ?? ""}\`: users who turned it on the old way may have to change their configuration; say so in the release notes, or re-level this rule to major.`
});

// src/compat/rules/prompt-made-conditional.ts
var rule23 = conditionRule({
  id: "prompt-made-conditional",
  level: "major",
  kind: "prompt",
  change: "made-conditional",
  description: "A prompt that was always registered is now registered only under a condition read from the sources.",
  rationale: "Clients that get it by name with the default configuration may no longer see it, as if it were removed (major by default; `policy.rules.prompt-made-conditional: minor` when the condition holds by default).",
  flag: (name, _before, after) => `"${name}" is now listed only when \`${after ?? ""}\`: check whether that holds with the configuration your users run; if it does not, say in the release notes how to turn "${name}" back on.`
});

// src/compat/rules/prompt-made-unconditional.ts
var rule24 = conditionRule({
  id: "prompt-made-unconditional",
  level: "minor",
  kind: "prompt",
  change: "made-unconditional",
  description: "A prompt that was registered only under a condition is now always registered.",
  rationale: "Clients that did not meet the condition now see it, as if it were added; those that did are unaffected."
});

// src/compat/rules/prompt-condition-changed.ts
var rule25 = conditionRule({
  id: "prompt-condition-changed",
  level: "minor",
  kind: "prompt",
  change: "condition-changed",
  description: "The condition a prompt is registered under changed its text (not only its spelling).",
  rationale: "Already conditional before, so no client could count on it with every configuration; whether the new condition excludes configurations the old one included is not decidable from the texts, so it is flagged for review (minor; `policy.rules.prompt-condition-changed: major` to fail on it).",
  flag: (name, before, after) => `The gate of "${name}" changed from \`${before ?? ""}\` to \`${after ?? ""}\`: users who turned it on the old way may have to change their configuration; say so in the release notes, or re-level this rule to major.`
});

// src/compat/rules/resource-made-conditional.ts
var rule26 = conditionRule({
  id: "resource-made-conditional",
  level: "major",
  kind: "resource",
  change: "made-conditional",
  description: "A resource that was always registered is now registered only under a condition read from the sources.",
  rationale: "Clients that read it with the default configuration may no longer see it, as if it were removed (major by default; `policy.rules.resource-made-conditional: minor` when the condition holds by default).",
  flag: (name, _before, after) => `"${name}" is now listed only when \`${after ?? ""}\`: check whether that holds with the configuration your users run; if it does not, say in the release notes how to turn "${name}" back on.`
});

// src/compat/rules/resource-made-unconditional.ts
var rule27 = conditionRule({
  id: "resource-made-unconditional",
  level: "minor",
  kind: "resource",
  change: "made-unconditional",
  description: "A resource that was registered only under a condition is now always registered.",
  rationale: "Clients that did not meet the condition now see it, as if it were added; those that did are unaffected."
});

// src/compat/rules/resource-condition-changed.ts
var rule28 = conditionRule({
  id: "resource-condition-changed",
  level: "minor",
  kind: "resource",
  change: "condition-changed",
  description: "The condition a resource is registered under changed its text (not only its spelling).",
  rationale: "Already conditional before, so no client could count on it with every configuration; whether the new condition excludes configurations the old one included is not decidable from the texts, so it is flagged for review (minor; `policy.rules.resource-condition-changed: major` to fail on it).",
  flag: (name, before, after) => `The gate of "${name}" changed from \`${before ?? ""}\` to \`${after ?? ""}\`: users who turned it on the old way may have to change their configuration; say so in the release notes, or re-level this rule to major.`
});

// src/compat/rules/resource-template-made-conditional.ts
var rule29 = conditionRule({
  id: "resource-template-made-conditional",
  level: "major",
  kind: "resource-template",
  change: "made-conditional",
  description: "A resource template that was always registered is now registered only under a condition read from the sources.",
  rationale: "Clients that read resources through it with the default configuration may no longer see it, as if it were removed (major by default; `policy.rules.resource-template-made-conditional: minor` when the condition holds by default).",
  flag: (name, _before, after) => `"${name}" is now listed only when \`${after ?? ""}\`: check whether that holds with the configuration your users run; if it does not, say in the release notes how to turn "${name}" back on.`
});

// src/compat/rules/resource-template-made-unconditional.ts
var rule30 = conditionRule({
  id: "resource-template-made-unconditional",
  level: "minor",
  kind: "resource-template",
  change: "made-unconditional",
  description: "A resource template that was registered only under a condition is now always registered.",
  rationale: "Clients that did not meet the condition now see it, as if it were added; those that did are unaffected."
});

// src/compat/rules/resource-template-condition-changed.ts
var rule31 = conditionRule({
  id: "resource-template-condition-changed",
  level: "minor",
  kind: "resource-template",
  change: "condition-changed",
  description: "The condition a resource template is registered under changed its text (not only its spelling).",
  rationale: "Already conditional before, so no client could count on it with every configuration; whether the new condition excludes configurations the old one included is not decidable from the texts, so it is flagged for review (minor; `policy.rules.resource-template-condition-changed: major` to fail on it).",
  flag: (name, before, after) => `The gate of "${name}" changed from \`${before ?? ""}\` to \`${after ?? ""}\`: users who turned it on the old way may have to change their configuration; say so in the release notes, or re-level this rule to major.`
});

// src/compat/schema/facts.ts
function formatPath(root, path) {
  return path.reduce((text, segment) => segment.startsWith("[") ? `${text}${segment}` : `${text}.${segment}`, root);
}

// src/compat/schema/schema-rule.ts
function overriddenLevel(id, level, options) {
  const value = options[id];
  if (value === "off" || value === false) return null;
  return value === "major" || value === "minor" || value === "patch" ? value : level;
}
function schemaRule(spec) {
  return {
    id: spec.id,
    level: spec.level,
    surface: "mcp",
    direction: spec.direction,
    catalogue: spec.catalogue,
    ...spec.options ? { options: spec.options } : {},
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next, options }) {
      const analysis = analyzeMcp(old, next);
      if (!analysis) return [];
      const changes = [];
      for (const comparison2 of analysis.schemas) {
        if (comparison2.part !== spec.direction) continue;
        for (const fact of comparison2.facts) {
          const classified = spec.classify(fact, options);
          if (!classified) continue;
          let level = overriddenLevel(spec.id, classified, options);
          if (!level) continue;
          const subject = formatPath(`${itemKey.tool(comparison2.tool)}.${comparison2.part}`, fact.path);
          const where = fact.path.length ? `\`${formatPath(comparison2.part, fact.path)}\`` : `the ${comparison2.part} schema`;
          const found = level === "major" ? findWitness({ fact, direction: spec.direction, ...comparison2, validators: analysis.validators }) : void 0;
          const witness = found?.witness;
          let flag = spec.flag?.(fact, options) ?? (found && "reason" in found && found.reason === "budget" ? `No witness was searched: this diff spent its witness budget (${WITNESS_BUDGET_MS / 1e3} s) on earlier changes.` : void 0);
          if (level === "major" && fact.uncertain && found && "reason" in found && found.reason === "not-found") {
            level = "minor";
            const proof = spec.direction === "input" ? "no value the old schema accepted is rejected by the new one" : "no value the new schema allows is rejected by the old one";
            flag = `${fact.uncertain}, and ${proof} among those tried: check by hand.`;
          }
          const migration = spec.migration?.(fact, comparison2.tool);
          const location2 = next.mcp?.locations?.[itemKey.tool(comparison2.tool)];
          changes.push({
            rule: spec.id,
            level,
            item: itemKey.tool(comparison2.tool),
            subject,
            message: `Tool "${comparison2.tool}", ${where}: ${fact.detail}`,
            ...fact.before !== void 0 ? { before: fact.before } : {},
            ...fact.after !== void 0 ? { after: fact.after } : {},
            ...witness ? { witness } : {},
            ...migration ? { migration } : {},
            ...location2 ? { location: location2 } : {},
            // A removal that may be a rename says so, and stays a removal: no automatic edit rests on a guess.
            ...flag || fact.possibleRename ? { flag: [flag, fact.possibleRename].filter(Boolean).join(" ") } : {},
            ...spec.category ? { category: spec.category } : {}
          });
        }
      }
      return changes;
    }
  };
}
var narrows = (fact) => fact.effect === "narrowed" || fact.effect === "changed";
var widens = (fact) => fact.effect === "widened" || fact.effect === "changed";

// src/compat/rules/input-all-of-added.ts
var rule32 = schemaRule({
  id: "input-all-of-added",
  level: "major",
  direction: "input",
  catalogue: ["MCP-41"],
  description: "An allOf member is added to an input schema.",
  rationale: "Every member must match: old calls that fail the new member are rejected.",
  classify: (fact) => fact.kind === "all-of" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-all-of-removed.ts
var rule33 = schemaRule({
  id: "input-all-of-removed",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-41"],
  description: "An allOf member is removed from an input schema.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "all-of" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-alternative-added.ts
var rule34 = schemaRule({
  id: "input-alternative-added",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-40"],
  description: "An anyOf/oneOf alternative is added to an input value.",
  rationale: "Old calls stay valid with anyOf; with oneOf, a value matching two alternatives is rejected, so it is flagged.",
  classify: (fact) => fact.kind === "alternatives" && fact.effect === "widened" ? "minor" : null,
  flag: (fact) => fact.keyword === "oneOf" ? "oneOf rejects values that match more than one alternative: check the new one does not overlap the old ones." : void 0
});

// src/compat/rules/input-alternative-removed.ts
var rule35 = schemaRule({
  id: "input-alternative-removed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-40"],
  description: "An anyOf/oneOf alternative of an input value is removed (or a union is replaced by one of its members).",
  rationale: "Calls that used the removed alternative are rejected.",
  classify: (fact) => fact.kind === "alternatives" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-condition-added.ts
var rule36 = schemaRule({
  id: "input-condition-added",
  level: "major",
  direction: "input",
  catalogue: ["MCP-42"],
  description: "if/then/else, not, contains, dependentRequired or dependentSchemas is added to or changed in an input schema.",
  rationale: "Calls that do not meet the new condition are rejected.",
  classify: (fact) => fact.kind === "conditional" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-condition-removed.ts
var rule37 = schemaRule({
  id: "input-condition-removed",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-42"],
  description: "A condition (if/then/else, not, contains, dependentRequired, dependentSchemas) is removed from an input schema.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "conditional" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-constraint-loosened.ts
var rule38 = schemaRule({
  id: "input-constraint-loosened",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-33", "MCP-35"],
  description: "An input bound is loosened or removed.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "bound" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-constraint-tightened.ts
var rule39 = schemaRule({
  id: "input-constraint-tightened",
  level: "major",
  direction: "input",
  catalogue: ["MCP-33", "MCP-34", "MCP-35", "MCP-38"],
  description: "An input bound is tightened or set: minimum/maximum, length, item or property counts, multipleOf, uniqueItems.",
  rationale: "Calls with values between the old and the new bound are rejected.",
  classify: (fact) => fact.kind === "bound" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-default-changed.ts
var rule40 = schemaRule({
  id: "input-default-changed",
  level: "patch",
  direction: "input",
  catalogue: ["MCP-43"],
  description: "An input property's default is added, changed or removed.",
  rationale: "Calls stay valid, but calls that omit the argument now behave differently (catalogue 6.5 #7).",
  classify: (fact) => fact.kind === "default" ? "patch" : null,
  flag: () => "Calls that omit this argument now get different behaviour."
});

// src/compat/rules/input-enum-narrowed.ts
var rule41 = schemaRule({
  id: "input-enum-narrowed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-29", "MCP-31", "MCP-32"],
  description: "An input enum loses a value, an enum or const restriction is introduced, or a const changes.",
  rationale: "Calls that send a value no longer listed are rejected.",
  classify: (fact) => fact.kind === "enum" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-enum-widened.ts
var rule42 = schemaRule({
  id: "input-enum-widened",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-30", "MCP-31", "MCP-32"],
  description: "An input enum gains a value, or an enum or const restriction is removed.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "enum" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-format-changed.ts
var rule43 = schemaRule({
  id: "input-format-changed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-37"],
  description: "An input string's `format` is added, changed or removed.",
  rationale: "Whether format is asserted depends on the server's validator (zod asserts it; JSON Schema 2020-12 treats it as an annotation).",
  options: [
    {
      name: "formatAsserted",
      default: false,
      values: [true, false],
      description: "Treat format as asserted: a format added or changed on an input is major. Catalogue 6.5 #12."
    }
  ],
  classify: (fact, options) => fact.kind !== "format" ? null : options.formatAsserted === true && narrows(fact) ? "major" : "patch",
  flag: (fact, options) => narrows(fact) && options.formatAsserted !== true ? "If the server validates formats (zod does), values that passed may now be rejected." : void 0
});

// src/compat/rules/input-null-accepted.ts
var rule44 = schemaRule({
  id: "input-null-accepted",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-28"],
  description: "An input value now accepts null.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "nullable" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-null-rejected.ts
var rule45 = schemaRule({
  id: "input-null-rejected",
  level: "major",
  direction: "input",
  catalogue: ["MCP-28"],
  description: "An input value no longer accepts null.",
  rationale: "Calls that pass null are rejected.",
  classify: (fact) => fact.kind === "nullable" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-object-closed.ts
var rule46 = schemaRule({
  id: "input-object-closed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-39"],
  description: "An input object is closed or narrowed: additionalProperties/unevaluatedProperties false or a schema, patternProperties or propertyNames added.",
  rationale: "Calls that send extra properties, or property names the new rules reject, fail.",
  classify: (fact) => fact.kind === "closed" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-object-opened.ts
var rule47 = schemaRule({
  id: "input-object-opened",
  level: "patch",
  direction: "input",
  catalogue: ["MCP-39"],
  description: "An input object accepts properties it rejected (additionalProperties false removed, as zod 4 and newer SDKs write input objects).",
  rationale: "Old calls stay valid and the server gains no argument a client could use: extra properties are still ignored, so this is a patch.",
  classify: (fact) => fact.kind === "closed" && fact.effect === "widened" ? "patch" : null
});

// src/compat/rules/input-optional-property-added.ts
var rule48 = schemaRule({
  id: "input-optional-property-added",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-19"],
  description: "A tool's input schema gains an optional property.",
  rationale: "Old calls stay valid; new clients may send the new argument.",
  classify: (fact) => fact.kind === "property-added" && !fact.required ? "minor" : null
});

// src/compat/rules/input-pattern-loosened.ts
var rule49 = schemaRule({
  id: "input-pattern-loosened",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-36"],
  description: "An input string's pattern is removed.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "pattern" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-pattern-tightened.ts
var rule50 = schemaRule({
  id: "input-pattern-tightened",
  level: "major",
  direction: "input",
  catalogue: ["MCP-36"],
  description: "An input string gains a pattern or its pattern changes.",
  rationale: "Strings that matched before may now be rejected (a changed pattern is major unless a witness cannot be found, which the report then says).",
  classify: (fact) => fact.kind === "pattern" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-property-became-optional.ts
var rule51 = schemaRule({
  id: "input-property-became-optional",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-24"],
  description: "A required input property becomes optional.",
  rationale: "Every old call still validates (set `policy.rules.input-property-became-optional: major` to follow mcp-compat, catalogue 6.5 #3).",
  classify: (fact) => fact.kind === "became-optional" ? "minor" : null
});

// src/compat/rules/input-property-became-required.ts
var rule52 = schemaRule({
  id: "input-property-became-required",
  level: "major",
  direction: "input",
  catalogue: ["MCP-23"],
  description: "An optional input property becomes required.",
  rationale: "Calls that omitted it are now rejected.",
  options: [
    {
      name: "defaultsSatisfyRequired",
      default: false,
      values: [true, false],
      description: "Treat a property that became required but declares a default as minor. Catalogue 6.5 #1."
    }
  ],
  classify: (fact, options) => fact.kind === "became-required" ? fact.hasDefault && options.defaultsSatisfyRequired === true ? "minor" : "major" : null
});

// src/compat/rules/input-property-removed.ts
var rule53 = schemaRule({
  id: "input-property-removed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-20", "MCP-21"],
  description: "A property disappears from a tool's input schema.",
  rationale: "On a closed object, calls that send it are rejected; on an open one, the argument is silently ignored, so the call no longer does what it asked: breaking either way by default.",
  options: [
    {
      name: "inputPropertyRemovedFromOpenObject",
      default: "major",
      values: ["major", "minor"],
      description: "Level of a property removed from an open input object: `major` (the caller's argument is silently ignored), or `minor` flagged, for servers whose clients only ever send what the current schema lists. Catalogue 6.5 #2."
    }
  ],
  classify: (fact, options) => fact.kind !== "property-removed" ? null : fact.closed ? "major" : options.inputPropertyRemovedFromOpenObject === "minor" ? "minor" : "major",
  flag: (fact) => fact.closed ? void 0 : "The object is open: calls that still send this argument are accepted, but the server now ignores it, so they no longer do what they asked."
});

// src/compat/rules/input-property-renamed.ts
var rule54 = schemaRule({
  id: "input-property-renamed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-22"],
  description: "A tool's input property is renamed (removed and added with the same schema, and names or descriptions that tie them).",
  rationale: "Calls that use the old name are rejected or lose the argument.",
  classify: (fact) => fact.kind === "property-renamed" ? "major" : null,
  migration: (fact, tool) => ({
    kind: "rename-property",
    from: String(fact.before),
    to: String(fact.after),
    scope: `tool:${tool}`,
    description: `Rename the argument "${String(fact.before)}" to "${String(fact.after)}" in calls to ${tool}.`,
    ...fact.evidence ? { evidence: fact.evidence } : {}
  })
});

// src/compat/rules/input-required-property-added.ts
var rule55 = schemaRule({
  id: "input-required-property-added",
  level: "major",
  direction: "input",
  catalogue: ["MCP-17", "MCP-18"],
  description: "A tool's input schema gains a required property.",
  rationale: "Every call written for the old version lacks the property and is now rejected.",
  options: [
    {
      name: "defaultsSatisfyRequired",
      default: false,
      values: [true, false],
      description: "Treat a new required property that declares a default as minor (the server fills it in). Catalogue 6.5 #1."
    }
  ],
  classify: (fact, options) => fact.kind === "property-added" && fact.required ? fact.hasDefault && options.defaultsSatisfyRequired === true ? "minor" : "major" : null
});

// src/compat/rules/input-schema-description-changed.ts
var rule56 = schemaRule({
  id: "input-schema-description-changed",
  level: "patch",
  direction: "input",
  catalogue: ["MCP-44"],
  description: "The description or title of an input schema or property changed.",
  rationale: "Validation is unchanged, but descriptions steer agents: listed as description drift.",
  classify: (fact) => fact.kind === "description" ? "patch" : null,
  category: "description-drift"
});

// src/compat/rules/input-type-narrowed.ts
var rule57 = schemaRule({
  id: "input-type-narrowed",
  level: "major",
  direction: "input",
  catalogue: ["MCP-25", "MCP-26"],
  description: "An input value loses a type it accepted (string to number, number to integer, a type dropped from a list).",
  rationale: "Calls that send a value of the dropped type are rejected.",
  classify: (fact) => fact.kind === "type" && narrows(fact) ? "major" : null
});

// src/compat/rules/input-type-widened.ts
var rule58 = schemaRule({
  id: "input-type-widened",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-27"],
  description: "An input value accepts a type it did not (integer to number, a type added to a list).",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === "type" && fact.effect === "widened" ? "minor" : null
});

// src/compat/rules/input-unknown-keyword-changed.ts
var rule59 = schemaRule({
  id: "input-unknown-keyword-changed",
  level: "patch",
  direction: "input",
  catalogue: [],
  description: "A keyword mcpver does not know changed in an input schema (compared as an opaque value).",
  rationale: "Its effect on validation is unknown, so it is flagged for a person to judge.",
  classify: (fact) => fact.kind === "unknown-keyword" ? "patch" : null,
  flag: () => "mcpver does not know this keyword; check whether a validator reads it."
});

// src/compat/rules/output-alternative-added.ts
var rule60 = schemaRule({
  id: "output-alternative-added",
  level: "major",
  direction: "output",
  catalogue: ["MCP-58"],
  description: "An output value gains an anyOf/oneOf alternative (or is wrapped in a union).",
  rationale: "Clients meet a shape they do not handle.",
  classify: (fact) => fact.kind === "alternatives" && widens(fact) ? "major" : null
});

// src/compat/rules/output-alternative-removed.ts
var rule61 = schemaRule({
  id: "output-alternative-removed",
  level: "minor",
  direction: "output",
  catalogue: ["MCP-58"],
  description: "An anyOf/oneOf alternative is removed from an output value.",
  rationale: "Clients handled more than they now get.",
  classify: (fact) => fact.kind === "alternatives" && fact.effect === "narrowed" ? "minor" : null
});

// src/compat/rules/output-became-nullable.ts
var rule62 = schemaRule({
  id: "output-became-nullable",
  level: "major",
  direction: "output",
  catalogue: ["MCP-49"],
  description: "An output value may now be null.",
  rationale: "Clients that read it as a non-null value break on null.",
  classify: (fact) => fact.kind === "nullable" && widens(fact) ? "major" : null
});

// src/compat/rules/output-constraint-loosened.ts
var rule63 = schemaRule({
  id: "output-constraint-loosened",
  level: "major",
  direction: "output",
  catalogue: ["MCP-57"],
  description: "An output bound, pattern, condition or closedness is loosened or removed.",
  rationale: "Clients that rely on the old bounds get values outside them. An output object that is merely opened (additionalProperties removed) is a flagged minor, like a property added to a closed one (`closedOutputPropertyAdded`).",
  classify: (fact, options) => !["bound", "pattern", "conditional", "all-of", "closed"].includes(fact.kind) || !widens(fact) ? null : fact.kind === "closed" && options.closedOutputPropertyAdded !== "major" ? "minor" : "major",
  flag: (fact) => fact.kind === "closed" ? "The output object accepts more properties: clients that validate results against the old schema (not the one listed now) may reject them." : void 0
});

// src/compat/rules/output-constraint-tightened.ts
var rule64 = schemaRule({
  id: "output-constraint-tightened",
  level: "minor",
  direction: "output",
  catalogue: ["MCP-57"],
  description: "An output bound, pattern, condition or closedness is tightened.",
  rationale: "Clients get a subset of what they handled.",
  classify: (fact) => ["bound", "pattern", "conditional", "all-of", "closed"].includes(fact.kind) && fact.effect === "narrowed" ? "minor" : null
});

// src/compat/rules/output-enum-narrowed.ts
var rule65 = schemaRule({
  id: "output-enum-narrowed",
  level: "minor",
  direction: "output",
  catalogue: ["MCP-55"],
  description: "An output enum loses a value.",
  rationale: "Clients handled more than they now get.",
  classify: (fact) => fact.kind === "enum" && fact.effect === "narrowed" ? "minor" : null
});

// src/compat/rules/output-enum-widened.ts
var rule66 = schemaRule({
  id: "output-enum-widened",
  level: "major",
  direction: "output",
  catalogue: ["MCP-54", "MCP-56", "MCP-59"],
  description: "An output enum gains a value, its restriction is removed, or a const changes.",
  rationale: "Clients that handle the listed values exhaustively meet one they do not know (catalogue 6.5 #4).",
  classify: (fact) => fact.kind === "enum" && widens(fact) ? "major" : null
});

// src/compat/rules/output-format-changed.ts
var rule67 = schemaRule({
  id: "output-format-changed",
  level: "major",
  direction: "output",
  catalogue: ["MCP-37"],
  description: "An output string's `format` is added, changed or removed.",
  rationale: "Format is an annotation unless the client asserts it (catalogue 6.5 #12).",
  classify: (fact, options) => fact.kind !== "format" ? null : options.formatAsserted === true && widens(fact) ? "major" : "patch",
  flag: (fact) => widens(fact) ? "Clients that assert formats may reject values the server now sends." : void 0
});

// src/compat/rules/output-property-added.ts
var rule68 = schemaRule({
  id: "output-property-added",
  level: "major",
  direction: "output",
  catalogue: ["MCP-50", "MCP-51"],
  description: "An output schema gains a property.",
  rationale: "Additive: clients read the fields they know. When the old object was closed (as zod closes every output object), clients that validate results against the old schema reject it, so it is flagged; `closedOutputPropertyAdded: major` makes it major.",
  options: [
    {
      name: "closedOutputPropertyAdded",
      default: "minor",
      values: ["minor", "major"],
      description: "Level of a property added to a closed output object (`minor` flagged, or `major` for clients that validate results against a pinned schema). Catalogue MCP-51."
    }
  ],
  classify: (fact, options) => fact.kind !== "property-added" ? null : fact.closed && options.closedOutputPropertyAdded === "major" ? "major" : "minor",
  flag: (fact) => fact.closed ? "The old output object was closed: clients that validate results against the old schema (not the one listed now) reject the new property." : void 0
});

// src/compat/rules/output-property-became-optional.ts
var rule69 = schemaRule({
  id: "output-property-became-optional",
  level: "major",
  direction: "output",
  catalogue: ["MCP-49"],
  description: "A required output property becomes optional.",
  rationale: "Clients that rely on it being present break when it is missing.",
  classify: (fact) => fact.kind === "became-optional" ? "major" : null
});

// src/compat/rules/output-property-became-required.ts
var rule70 = schemaRule({
  id: "output-property-became-required",
  level: "minor",
  direction: "output",
  catalogue: ["MCP-50"],
  description: "An optional output property becomes required.",
  rationale: "Clients get more than they were promised.",
  classify: (fact) => fact.kind === "became-required" ? "minor" : null
});

// src/compat/rules/output-property-removed.ts
var rule71 = schemaRule({
  id: "output-property-removed",
  level: "major",
  direction: "output",
  catalogue: ["MCP-47", "MCP-48"],
  description: "A property disappears from a tool's output schema.",
  rationale: "Clients that read it get nothing (catalogue 6.5 #5: an optional one is major by default too).",
  options: [
    {
      name: "optionalOutputPropertyRemoval",
      default: "major",
      values: ["major", "minor"],
      description: "Level of an optional output property removed (`major` or `minor`). Catalogue 6.5 #5."
    }
  ],
  classify: (fact, options) => fact.kind !== "property-removed" ? null : fact.required || options.optionalOutputPropertyRemoval !== "minor" ? "major" : "minor"
});

// src/compat/rules/output-property-renamed.ts
var rule72 = schemaRule({
  id: "output-property-renamed",
  level: "major",
  direction: "output",
  catalogue: ["MCP-47"],
  description: "An output property is renamed (removed and added with the same schema, and names or descriptions that tie them).",
  rationale: "Clients that read the old name get nothing.",
  classify: (fact) => fact.kind === "property-renamed" ? "major" : null,
  migration: (fact, tool) => ({
    kind: "rename-property",
    from: String(fact.before),
    to: String(fact.after),
    scope: `tool:${tool}`,
    description: `Read "${String(fact.after)}" where "${String(fact.before)}" was read in the results of ${tool}.`,
    ...fact.evidence ? { evidence: fact.evidence } : {}
  })
});

// src/compat/rules/output-schema-added.ts
var rule73 = {
  id: "output-schema-added",
  level: "minor",
  surface: "mcp",
  direction: "output",
  catalogue: ["MCP-46"],
  description: "A tool's outputSchema is added.",
  rationale: "A new promise: old clients ignore structuredContent, new ones may rely on it.",
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? []).filter((pair) => pair.old.outputSchema === void 0 && pair.new.outputSchema !== void 0).map((pair) => ({
      rule: "output-schema-added",
      level: "minor",
      item: itemKey.tool(pair.name),
      subject: `${itemKey.tool(pair.name)}.output`,
      message: `Tool "${pair.name}" now declares an output schema`,
      after: pair.new.outputSchema
    }));
  }
};

// src/compat/rules/output-schema-description-changed.ts
var rule74 = schemaRule({
  id: "output-schema-description-changed",
  level: "patch",
  direction: "output",
  catalogue: ["MCP-44"],
  description: "The description or title of an output schema or property changed.",
  rationale: "Documentation only; listed as description drift.",
  classify: (fact) => fact.kind === "description" ? "patch" : null,
  category: "description-drift"
});

// src/compat/rules/output-schema-removed.ts
var rule75 = {
  id: "output-schema-removed",
  level: "major",
  surface: "mcp",
  direction: "output",
  catalogue: ["MCP-45"],
  description: "A tool's outputSchema is removed.",
  rationale: "Clients that read structuredContent lose the promise that it is there and has that shape.",
  detect({ old, new: next, options }) {
    const level = overriddenLevel("output-schema-removed", "major", options);
    if (!level) return [];
    const analysis = analyzeMcp(old, next);
    return (analysis?.tools ?? []).filter((pair) => pair.old.outputSchema !== void 0 && pair.new.outputSchema === void 0).map((pair) => {
      const validate = analysis.validators.compile(pair.old.outputSchema).validate;
      const value = validate ? [{}, [], "a", 0, null].find((v) => !validate(v)) : void 0;
      return {
        rule: "output-schema-removed",
        level,
        item: itemKey.tool(pair.name),
        subject: `${itemKey.tool(pair.name)}.output`,
        message: `Tool "${pair.name}" no longer declares an output schema`,
        before: pair.old.outputSchema,
        ...value !== void 0 && level === "major" ? {
          witness: {
            kind: "json",
            value,
            error: `an old client validating with the old schema: ${firstError(validate.errors)}`
          }
        } : {}
      };
    });
  }
};

// src/compat/rules/output-type-narrowed.ts
var rule76 = schemaRule({
  id: "output-type-narrowed",
  level: "minor",
  direction: "output",
  catalogue: ["MCP-53"],
  description: "An output value loses a type (or null) it could have.",
  rationale: "Clients handled more than they now get.",
  classify: (fact) => (fact.kind === "type" || fact.kind === "nullable") && fact.effect === "narrowed" ? "minor" : null
});

// src/compat/rules/output-type-widened.ts
var rule77 = schemaRule({
  id: "output-type-widened",
  level: "major",
  direction: "output",
  catalogue: ["MCP-52"],
  description: "An output value may now have a type it could not have before.",
  rationale: "Clients that parse the old type break on the new one.",
  classify: (fact) => fact.kind === "type" && widens(fact) ? "major" : null
});

// src/compat/rules/output-unknown-keyword-changed.ts
var rule78 = schemaRule({
  id: "output-unknown-keyword-changed",
  level: "patch",
  direction: "output",
  catalogue: [],
  description: "A keyword mcpver does not know changed in an output schema (compared as an opaque value).",
  rationale: "Its effect is unknown, so it is flagged for a person to judge.",
  classify: (fact) => fact.kind === "unknown-keyword" ? "patch" : null,
  flag: () => "mcpver does not know this keyword; check whether a validator reads it."
});

// src/compat/schema/prompt-arguments.ts
function argumentsSchema(args) {
  return {
    type: "object",
    properties: Object.fromEntries(args.map((a) => [a.name, { type: "string" }])),
    required: args.filter((a) => a.required === true).map((a) => a.name)
  };
}
function argumentChanges(old, next) {
  const out = [];
  for (const pair of analyzeMcp(old, next)?.prompts ?? []) {
    const schemas = { old: argumentsSchema(pair.old.arguments ?? []), new: argumentsSchema(pair.new.arguments ?? []) };
    const before = new Map((pair.old.arguments ?? []).map((a) => [a.name, a.required === true]));
    const after = new Map((pair.new.arguments ?? []).map((a) => [a.name, a.required === true]));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const added = [...after.keys()].filter((k) => !before.has(k));
    const side = (list) => (name) => {
      const description = (list ?? []).find((a) => a.name === name)?.description;
      return { name, ...description ? { description } : {} };
    };
    const { renames, possible } = matchRenames(
      removed.map(side(pair.old.arguments)),
      added.map(side(pair.new.arguments)),
      (r, a) => before.get(r) === after.get(a)
    );
    const from = new Set(renames.map((r) => r.from));
    const to = new Set(renames.map((r) => r.to));
    for (const r of renames)
      out.push({
        prompt: pair.name,
        kind: "renamed",
        name: r.from,
        renamedTo: r.to,
        evidence: evidenceLine(r, "the same requiredness"),
        schemas
      });
    for (const name of removed.filter((k) => !from.has(k))) {
      const maybe2 = possibleRenameNote(
        "argument",
        possible.filter((p) => p.from === name)
      );
      out.push({ prompt: pair.name, kind: "removed", name, schemas, ...maybe2 ? { possibleRename: maybe2 } : {} });
    }
    for (const name of added.filter((k) => !to.has(k)))
      out.push({ prompt: pair.name, kind: after.get(name) ? "added-required" : "added-optional", name, schemas });
    for (const [name, required] of after) {
      if (!before.has(name) || before.get(name) === required) continue;
      out.push({ prompt: pair.name, kind: required ? "became-required" : "became-optional", name, schemas });
    }
  }
  return out;
}
function argumentRule(spec) {
  return {
    id: spec.id,
    level: spec.level,
    surface: "mcp",
    direction: "input",
    catalogue: spec.catalogue,
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next, options }) {
      const level = overriddenLevel(spec.id, spec.level, options);
      if (!level) return [];
      const validators = analyzeMcp(old, next)?.validators;
      return argumentChanges(old, next).filter((c) => c.kind === spec.kind).map((c) => ({
        rule: spec.id,
        level,
        item: itemKey.prompt(c.prompt),
        subject: `${itemKey.prompt(c.prompt)}.arguments.${c.name}`,
        message: `Prompt "${c.prompt}": ${spec.message(c)}`,
        ...level === "major" && validators ? witnessFor(c, validators) : {},
        ...c.kind === "renamed" ? {
          before: c.name,
          after: c.renamedTo,
          migration: {
            kind: "rename-argument",
            from: c.name,
            to: c.renamedTo,
            scope: itemKey.prompt(c.prompt),
            description: `Pass "${c.renamedTo}" instead of "${c.name}" to the prompt ${c.prompt}.`,
            ...c.evidence ? { evidence: c.evidence } : {}
          }
        } : {},
        ...c.possibleRename ? { flag: c.possibleRename } : {}
      }));
    }
  };
}
function witnessFor(change, validators) {
  const accept = validators.compile(change.schemas.old).validate;
  const reject = validators.compile(change.schemas.new).validate;
  if (!accept || !reject) return {};
  const value = Object.fromEntries(change.schemas.old.required.map((name) => [name, "a"]));
  return accept(value) && !reject(value) ? { witness: { kind: "json", value, error: firstError(reject.errors) } } : {};
}

// src/compat/rules/prompt-argument-became-optional.ts
var rule79 = argumentRule({
  id: "prompt-argument-became-optional",
  kind: "became-optional",
  level: "minor",
  catalogue: ["MCP-78"],
  description: "A required prompt argument becomes optional.",
  rationale: "Old requests stay valid.",
  message: (c) => `argument "${c.name}" became optional`
});

// src/compat/rules/prompt-argument-became-required.ts
var rule80 = argumentRule({
  id: "prompt-argument-became-required",
  kind: "became-required",
  level: "major",
  catalogue: ["MCP-78"],
  description: "An optional prompt argument becomes required.",
  rationale: "Requests that omitted it are refused.",
  message: (c) => `argument "${c.name}" became required`
});

// src/compat/rules/prompt-argument-removed.ts
var rule81 = argumentRule({
  id: "prompt-argument-removed",
  kind: "removed",
  level: "major",
  catalogue: ["MCP-75"],
  description: "A prompt argument is removed.",
  rationale: "Clients that pass it are refused (the SDK validates prompt arguments) or lose it.",
  message: (c) => `argument "${c.name}" was removed`
});

// src/compat/rules/prompt-argument-renamed.ts
var rule82 = argumentRule({
  id: "prompt-argument-renamed",
  kind: "renamed",
  level: "major",
  catalogue: ["MCP-75", "MCP-77"],
  description: "A prompt argument is renamed (removed and added with the same requiredness and a similar name).",
  rationale: "Requests that use the old name are refused or lose the value; a migration hint gives the new name.",
  message: (c) => `argument "${c.name}" was renamed to "${c.renamedTo}"`
});

// src/compat/rules/prompt-description-changed.ts
var rule83 = {
  id: "prompt-description-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-79"],
  description: "A prompt's title or description, or an argument's description, changed.",
  rationale: "Documentation only, but it steers users and agents: listed as description drift.",
  detect({ old, new: next }) {
    const changes = [];
    for (const pair of analyzeMcp(old, next)?.prompts ?? []) {
      const item = itemKey.prompt(pair.name);
      const push = (subject, what, before, after2) => changes.push({
        rule: "prompt-description-changed",
        level: "patch",
        item,
        subject,
        message: `Prompt "${pair.name}": ${what} changed`,
        before,
        after: after2,
        category: "description-drift"
      });
      for (const field of ["title", "description"]) {
        if ((pair.old[field] ?? "") !== (pair.new[field] ?? ""))
          push(`${item}.${field}`, field, pair.old[field], pair.new[field]);
      }
      const after = new Map((pair.new.arguments ?? []).map((a) => [a.name, a]));
      for (const argument of pair.old.arguments ?? []) {
        const next2 = after.get(argument.name);
        if (next2 && (argument.description ?? "") !== (next2.description ?? ""))
          push(
            `${item}.arguments.${argument.name}`,
            `description of argument "${argument.name}"`,
            argument.description,
            next2.description
          );
      }
    }
    return changes;
  }
};

// src/compat/rules/prompt-optional-argument-added.ts
var rule84 = argumentRule({
  id: "prompt-optional-argument-added",
  kind: "added-optional",
  level: "minor",
  catalogue: ["MCP-77"],
  description: "A prompt gains an optional argument.",
  rationale: "Old requests stay valid.",
  message: (c) => `optional argument "${c.name}" was added`
});

// src/compat/rules/prompt-renamed.ts
var rule85 = {
  id: "prompt-renamed",
  level: "major",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-09", "MCP-73"],
  description: "A prompt is renamed: removed and added under another name with the same arguments, and names or descriptions that tie the two.",
  rationale: "Clients get prompts by name: the old name fails; a migration hint gives the new one.",
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    return (analysis?.promptRenames ?? []).map(({ from, to, evidence }) => ({
      rule: "prompt-renamed",
      level: "major",
      item: itemKey.prompt(from),
      subject: itemKey.prompt(from),
      message: `Prompt "${from}" was renamed to "${to}"`,
      before: from,
      after: to,
      migration: {
        kind: "rename-prompt",
        from,
        to,
        description: `Get the prompt "${to}" where "${from}" was used.`,
        evidence: evidenceLine({ from, to, evidence }, "the same arguments")
      }
    }));
  }
};

// src/compat/rules/prompt-required-argument-added.ts
var rule86 = argumentRule({
  id: "prompt-required-argument-added",
  kind: "added-required",
  level: "major",
  catalogue: ["MCP-76"],
  description: "A prompt gains a required argument.",
  rationale: "Clients that get the prompt without it are refused.",
  message: (c) => `required argument "${c.name}" was added`
});

// src/compat/rules/protocol-version-downgraded.ts
var rule87 = {
  id: "protocol-version-downgraded",
  level: "major",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-03"],
  description: "The negotiated MCP protocol revision is older than before.",
  rationale: "Clients that use features of the newer revision lose them.",
  detect({ old, new: next }) {
    const [before, after] = [old.mcp?.protocolVersion, next.mcp?.protocolVersion];
    if (!before || !after || after >= before) return [];
    return [
      {
        rule: "protocol-version-downgraded",
        level: "major",
        item: "server",
        subject: "server.protocolVersion",
        message: `The server negotiates protocol ${after}, older than ${before}`,
        before,
        after
      }
    ];
  }
};

// src/compat/rules/resource-description-changed.ts
var rule88 = {
  id: "resource-description-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-65", "MCP-71"],
  description: "A resource's or resource template's name, title or description changed.",
  rationale: "Resources are identified by URI, so this breaks nothing; the text steers agents, so it is listed as description drift.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const changes = [];
    const lists = [
      [old.mcp.resources, next.mcp.resources, (r) => r.uri, itemKey.resource, "Resource"],
      [
        old.mcp.resourceTemplates,
        next.mcp.resourceTemplates,
        (r) => r.uriTemplate,
        itemKey.resourceTemplate,
        "Resource template"
      ]
    ];
    for (const [before, after, key, item, noun] of lists) {
      const byKey2 = new Map(after.map((r) => [key(r), r]));
      for (const resource of before) {
        const match = byKey2.get(key(resource));
        if (!match) continue;
        for (const field of ["name", "title", "description"]) {
          if ((resource[field] ?? "") === (match[field] ?? "")) continue;
          changes.push({
            rule: "resource-description-changed",
            level: "patch",
            item: item(key(resource)),
            subject: `${item(key(resource))}.${field}`,
            message: `${noun} "${key(resource)}": ${field} changed`,
            before: resource[field],
            after: match[field],
            category: "description-drift"
          });
        }
      }
    }
    return changes;
  }
};

// src/compat/rules/resource-mime-type-changed.ts
var rule89 = {
  id: "resource-mime-type-changed",
  level: "major",
  surface: "mcp",
  direction: "output",
  catalogue: ["MCP-64", "MCP-70"],
  description: "A resource's or resource template's mimeType changed (declared where none was is minor: more specific).",
  rationale: "Clients decode resource contents by their MIME type; a different one is read wrongly.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const changes = [];
    const lists = [
      [old.mcp.resources, next.mcp.resources, "uri", itemKey.resource, "Resource"],
      [
        old.mcp.resourceTemplates,
        next.mcp.resourceTemplates,
        "uriTemplate",
        itemKey.resourceTemplate,
        "Resource template"
      ]
    ];
    for (const [before, after, field, item, noun] of lists) {
      const byKey2 = new Map(after.map((r) => [String(r[field]), r]));
      for (const resource of before) {
        const key = String(resource[field]);
        const match = byKey2.get(key);
        if (!match || resource.mimeType === match.mimeType) continue;
        const level = resource.mimeType === void 0 ? "minor" : "major";
        changes.push({
          rule: "resource-mime-type-changed",
          level,
          item: item(key),
          subject: `${item(key)}.mimeType`,
          message: `${noun} "${key}": mimeType ${JSON.stringify(resource.mimeType) ?? "absent"} \u2192 ${JSON.stringify(match.mimeType) ?? "absent"}`,
          before: resource.mimeType,
          after: match.mimeType
        });
      }
    }
    return changes;
  }
};

// src/compat/rules/resource-template-changed.ts
var rule90 = {
  id: "resource-template-changed",
  level: "major",
  surface: "mcp",
  direction: "input",
  catalogue: ["MCP-69"],
  description: "A resource template's URI expression changed: a variable renamed, added or removed, or the fixed part moved (paired by the same shape or the same name).",
  rationale: "Clients expand the template with the variables they know; URIs built for the old expression no longer resolve.",
  detect({ old, new: next }) {
    return templateChanges(old, next).map(({ from, to, name }) => ({
      rule: "resource-template-changed",
      level: "major",
      item: itemKey.resourceTemplate(from),
      subject: itemKey.resourceTemplate(from),
      message: `Resource template "${name}" changed from ${from} to ${to}`,
      before: from,
      after: to
    }));
  }
};

// src/compat/rules/schema-invalid.ts
var rule91 = {
  id: "schema-invalid",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: [],
  description: "A tool's schema is newly not an object, not valid JSON Schema, or has a reference that does not resolve.",
  rationale: "Strict clients refuse such tools; the comparison proceeds on what can be read, and a person should look.",
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    if (!analysis) return [];
    const before = new Set(analysis.problems.old.map((p) => `${p.tool}\0${p.part}\0${p.message}`));
    return analysis.problems.new.filter((p) => !before.has(`${p.tool}\0${p.part}\0${p.message}`)).map((p) => ({
      rule: "schema-invalid",
      level: "patch",
      item: itemKey.tool(p.tool),
      subject: `${itemKey.tool(p.tool)}.${p.part}`,
      message: `Tool "${p.tool}": ${p.message}`,
      flag: "Clients that validate tool schemas may refuse this tool."
    }));
  }
};

// src/compat/rules/server-instructions-changed.ts
var rule92 = {
  id: "server-instructions-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-04"],
  description: "The server's instructions changed.",
  rationale: "Instructions steer agents; listed as description drift for review.",
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp || (old.mcp.instructions ?? "") === (next.mcp.instructions ?? "")) return [];
    return [
      {
        rule: "server-instructions-changed",
        level: "patch",
        item: "server",
        subject: "server.instructions",
        message: old.mcp.instructions === void 0 ? "The server now sends instructions" : next.mcp.instructions === void 0 ? "The server no longer sends instructions" : "The server's instructions changed",
        before: old.mcp.instructions,
        after: next.mcp.instructions,
        category: "description-drift"
      }
    ];
  }
};

// src/compat/schema/annotations.ts
var SAFETY_HINTS = [
  { name: "readOnlyHint", default: false, safe: true },
  { name: "destructiveHint", default: true, safe: false },
  { name: "idempotentHint", default: false, safe: true },
  { name: "openWorldHint", default: true, safe: false }
];
function hintValue(tool, hint) {
  const value = tool.annotations?.[hint.name];
  return typeof value === "boolean" ? value : hint.default;
}

// src/compat/rules/tool-annotation-changed.ts
var rule93 = {
  id: "tool-annotation-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-14"],
  description: "An annotation changes without weakening a safety hint.",
  rationale: "A stronger or equal promise does not hurt clients.",
  detect({ old, new: next }) {
    const changes = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      const before = pair.old.annotations ?? {};
      const after = pair.new.annotations ?? {};
      for (const name of [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        if (name === "title" || dataKey(before[name]) === dataKey(after[name])) continue;
        const hint = SAFETY_HINTS.find((h) => h.name === name);
        if (hint && hintValue(pair.old, hint) === hintValue(pair.new, hint)) continue;
        if (hint && hintValue(pair.old, hint) === hint.safe) continue;
        changes.push({
          rule: "tool-annotation-changed",
          level: "patch",
          item: itemKey.tool(pair.name),
          subject: `${itemKey.tool(pair.name)}.annotations.${name}`,
          message: `Tool "${pair.name}": annotation ${name} ${JSON.stringify(before[name]) ?? "absent"} \u2192 ${JSON.stringify(after[name]) ?? "absent"}`,
          before: before[name],
          after: after[name]
        });
      }
    }
    return changes;
  }
};

// src/compat/rules/tool-annotation-weakened.ts
var rule94 = {
  id: "tool-annotation-weakened",
  level: "major",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-13"],
  description: "A safety hint is weakened: readOnlyHint true\u2192false, destructiveHint false\u2192true, idempotentHint true\u2192false, openWorldHint false\u2192true (absent hints take the specification defaults).",
  rationale: "Hints do not change whether a call is valid, so no call breaks (minor by default); but clients auto-approve or sandbox tools from them, so a weaker promise is flagged for review (`weakenedSafetyHint: major` to fail on it).",
  options: [
    {
      name: "weakenedSafetyHint",
      default: "minor",
      values: ["minor", "major"],
      description: "Level of a weakened safety hint: `minor` flagged for review (annotations are hints; calls stay valid), or `major` for servers whose clients auto-approve tools from their hints."
    }
  ],
  detect({ old, new: next, options }) {
    const level = options.weakenedSafetyHint === "major" ? "major" : "minor";
    const changes = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      for (const hint of SAFETY_HINTS) {
        const [before, after] = [hintValue(pair.old, hint), hintValue(pair.new, hint)];
        if (before === hint.safe && after !== hint.safe) {
          changes.push({
            rule: "tool-annotation-weakened",
            level,
            item: itemKey.tool(pair.name),
            subject: `${itemKey.tool(pair.name)}.annotations.${hint.name}`,
            message: `Tool "${pair.name}": ${hint.name} ${String(before)} \u2192 ${String(after)}${pair.new.annotations?.[hint.name] === void 0 ? " (absent: the specification default)" : ""}`,
            before: pair.old.annotations?.[hint.name],
            after: pair.new.annotations?.[hint.name],
            flag: `Clients that auto-approve or sandbox "${pair.name}" from its hints now get a weaker promise (${hint.name}): review that the tool really does what its new hint says, and tell users who allowed it unattended.`
          });
        }
      }
    }
    return changes;
  }
};

// src/compat/rules/tool-deprecated.ts
function deprecation(tool) {
  const meta = tool._meta;
  if (tool.annotations?.deprecated === true || tool.deprecated === true || meta?.deprecated === true)
    return "a deprecated flag";
  if (/\bdeprecated\b/i.test(`${tool.title ?? ""}
${tool.annotations?.title ?? ""}`)) return "its title";
  if (/\bdeprecated\b/i.test(tool.description ?? "")) return "its description";
  return void 0;
}
var rule95 = {
  id: "tool-deprecated",
  level: "minor",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-15"],
  description: 'A tool is newly marked deprecated (a deprecated flag in annotations or _meta, or "deprecated" in its title or description).',
  rationale: "It still works; semver asks for a minor release when functionality is deprecated, so that dependents get notice before it is removed.",
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? []).filter((pair) => !deprecation(pair.old) && deprecation(pair.new)).map((pair) => ({
      rule: "tool-deprecated",
      level: "minor",
      item: itemKey.tool(pair.name),
      subject: itemKey.tool(pair.name),
      message: `Tool "${pair.name}" is now marked deprecated (${deprecation(pair.new)})`
    }));
  }
};

// src/compat/rules/tool-description-changed.ts
var rule96 = {
  id: "tool-description-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-11"],
  description: "A tool's description changed.",
  rationale: "Agents choose and call tools from their descriptions; a changed one can change behaviour or hide an injection, so it is listed apart.",
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? []).filter((pair) => (pair.old.description ?? "") !== (pair.new.description ?? "")).map((pair) => ({
      rule: "tool-description-changed",
      level: "patch",
      item: itemKey.tool(pair.name),
      subject: `${itemKey.tool(pair.name)}.description`,
      message: `Tool "${pair.name}": description changed`,
      before: pair.old.description,
      after: pair.new.description,
      category: "description-drift"
    }));
  }
};

// src/compat/rules/input-property-deprecated.ts
var rule97 = schemaRule({
  id: "input-property-deprecated",
  level: "minor",
  direction: "input",
  catalogue: ["MCP-15"],
  description: "An input property is marked `deprecated: true`.",
  rationale: "Calls still work; semver asks for a minor release when something is deprecated, so clients get notice before it goes.",
  classify: (fact) => fact.kind === "deprecated" ? "minor" : null
});

// src/compat/rules/tool-renamed.ts
var rule98 = {
  id: "tool-renamed",
  level: "major",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-09"],
  description: "A tool is renamed: removed and added under another name with an input schema that takes the same calls, and names or descriptions that tie the two.",
  rationale: "Clients call tools by name: the old name fails, but the fix is mechanical, so a migration hint is attached.",
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    return (analysis?.toolRenames ?? []).map((rename) => {
      const { from, to } = rename;
      const location2 = next.mcp?.locations?.[itemKey.tool(to)];
      return {
        rule: "tool-renamed",
        level: "major",
        item: itemKey.tool(from),
        subject: itemKey.tool(from),
        message: `Tool "${from}" was renamed to "${to}"`,
        before: from,
        after: to,
        migration: {
          kind: "rename-tool",
          from,
          to,
          description: `Call "${to}" where "${from}" was called.`,
          evidence: evidenceLine(rename, "the same input schema")
        },
        ...location2 ? { location: location2 } : {}
      };
    });
  }
};

// src/compat/rules/tool-title-changed.ts
var rule99 = {
  id: "tool-title-changed",
  level: "patch",
  surface: "mcp",
  direction: "meta",
  catalogue: ["MCP-12"],
  description: "A tool's title changed.",
  rationale: "Titles are for display; nothing calls a tool by its title.",
  detect({ old, new: next }) {
    const changes = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      for (const [field, before, after] of [
        ["title", pair.old.title, pair.new.title],
        ["annotations.title", pair.old.annotations?.title, pair.new.annotations?.title]
      ]) {
        if (before === after) continue;
        changes.push({
          rule: "tool-title-changed",
          level: "patch",
          item: itemKey.tool(pair.name),
          subject: `${itemKey.tool(pair.name)}.${field}`,
          message: `Tool "${pair.name}": ${field} ${JSON.stringify(before) ?? "absent"} \u2192 ${JSON.stringify(after) ?? "absent"}`,
          before,
          after
        });
      }
    }
    return changes;
  }
};

// src/compat/poisoning/texts.ts
var SCHEMA_MAPS2 = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
var SCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"];
var SCHEMA_ONE = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems"
];
var MAX_WALK = 64;
function schemaTexts(schema, base, describe3, out, item) {
  const stack = [{ node: schema, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop();
    if (node === null || typeof node !== "object" || Array.isArray(node) || depth > MAX_WALK) continue;
    const s = node;
    for (const field of ["title", "description"]) {
      if (typeof s[field] === "string" && s[field])
        out.push({
          item,
          subject: `${base}${path}.${field}`,
          label: `${field} of ${describe3(path)}`,
          text: s[field]
        });
    }
    for (const key of SCHEMA_MAPS2) {
      const map = s[key];
      if (map && typeof map === "object" && !Array.isArray(map)) {
        for (const [name, child] of Object.entries(map))
          stack.push({
            node: child,
            path: `${path}${key === "properties" ? "" : `.${key}`}.${name}`,
            depth: depth + 1
          });
      }
    }
    for (const key of SCHEMA_LISTS) {
      const list = s[key];
      if (Array.isArray(list))
        list.forEach((child, i) => stack.push({ node: child, path: `${path}.${key}[${i}]`, depth: depth + 1 }));
    }
    for (const key of SCHEMA_ONE)
      if (s[key] && typeof s[key] === "object") stack.push({ node: s[key], path: `${path}.${key}`, depth: depth + 1 });
  }
}
var parameterOf = (tool, part) => (path) => path === "" ? `the ${part} schema of tool "${tool}"` : `${part === "input" ? "parameter" : "output field"} "${path.slice(1)}" of tool "${tool}"`;
function modelTexts(snapshot) {
  const out = [];
  const mcp = snapshot.mcp;
  if (mcp) {
    if (mcp.instructions)
      out.push({
        item: "server",
        subject: "server.instructions",
        label: "the server's instructions",
        text: mcp.instructions
      });
    for (const tool of mcp.tools) {
      const item = itemKey.tool(tool.name);
      for (const field of ["title", "description"]) {
        if (typeof tool[field] === "string" && tool[field])
          out.push({ item, subject: `${item}.${field}`, label: `${field} of tool "${tool.name}"`, text: tool[field] });
      }
      if (typeof tool.annotations?.title === "string" && tool.annotations.title)
        out.push({
          item,
          subject: `${item}.annotations.title`,
          label: `annotation title of tool "${tool.name}"`,
          text: tool.annotations.title
        });
      schemaTexts(tool.inputSchema, `${item}.input`, parameterOf(tool.name, "input"), out, item);
      schemaTexts(tool.outputSchema, `${item}.output`, parameterOf(tool.name, "output"), out, item);
    }
    for (const prompt of mcp.prompts) {
      const item = itemKey.prompt(prompt.name);
      for (const field of ["title", "description"]) {
        if (typeof prompt[field] === "string" && prompt[field])
          out.push({
            item,
            subject: `${item}.${field}`,
            label: `${field} of prompt "${prompt.name}"`,
            text: prompt[field]
          });
      }
      for (const argument of prompt.arguments ?? []) {
        if (argument.description)
          out.push({
            item,
            subject: `${item}.arguments.${argument.name}.description`,
            label: `description of argument "${argument.name}" of prompt "${prompt.name}"`,
            text: argument.description
          });
      }
    }
    for (const [kind, list] of [
      ["resource", mcp.resources],
      ["resource-template", mcp.resourceTemplates]
    ]) {
      for (const resource of list) {
        const key = "uri" in resource ? resource.uri : resource.uriTemplate;
        const item = `${kind}:${key}`;
        for (const field of ["title", "description"]) {
          if (typeof resource[field] === "string" && resource[field])
            out.push({
              item,
              subject: `${item}.${field}`,
              label: `${field} of ${kind} "${key}"`,
              text: resource[field]
            });
        }
      }
    }
  }
  return new Map(out.map((t) => [t.subject, t]));
}

// src/compat/poisoning/detect.ts
function nameKey(name) {
  return name.replace(/[_\-.\s]/g, "").toLowerCase();
}
var MAX_EVIDENCE_CHARS = 160;
var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E\u061C]|[\u{E0000}-\u{E007F}]/gu;
function visible(text) {
  return text.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
function excerpt(text, index, length, around = 30) {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  const body = visible(`${start > 0 ? "\u2026" : ""}${text.slice(start, end)}${end < text.length ? "\u2026" : ""}`).replace(/\s+/g, " ").trim();
  return body.length > MAX_EVIDENCE_CHARS ? `${body.slice(0, MAX_EVIDENCE_CHARS - 1)}\u2026` : body;
}
function matchAll(text, patterns) {
  const found = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern))
      found.push({ key: m[0].toLowerCase().replace(/\s+/g, " "), evidence: excerpt(text, m.index ?? 0, m[0].length) });
  }
  return found;
}
function contextOf(snapshot) {
  const tools = snapshot.mcp?.tools ?? [];
  const parameterNames = /* @__PURE__ */ new Set();
  const stack = tools.map((t) => t.inputSchema);
  for (let seen = 0; stack.length > 0 && seen < 1e4; seen++) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const properties = node.properties;
    if (properties && typeof properties === "object" && !Array.isArray(properties))
      for (const name of Object.keys(properties)) parameterNames.add(nameKey(name));
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child && typeof child === "object") stack.push(child);
  }
  return { toolNames: new Set(tools.map((t) => nameKey(t.name))), parameterNames };
}
var readings = /* @__PURE__ */ new WeakMap();
function readingOf(snapshot) {
  let reading = readings.get(snapshot);
  if (!reading) readings.set(snapshot, reading = { texts: modelTexts(snapshot), context: contextOf(snapshot) });
  return reading;
}
function poisoningRule(spec) {
  return {
    id: spec.id,
    level: "patch",
    surface: "mcp",
    direction: "meta",
    description: spec.description,
    rationale: spec.rationale,
    securitySeverity: spec.severity,
    detect({ old, new: next }) {
      const { texts: before, context: oldContext } = readingOf(old);
      const { texts: after, context: newContext } = readingOf(next);
      const anywhere = spec.scope === "surface" ? new Set([...before.values()].flatMap((t) => spec.find(t.text, oldContext).map((m) => m.key))) : null;
      const changes = [];
      for (const text of after.values()) {
        const previous = before.get(text.subject);
        const known = anywhere ?? new Set(previous ? spec.find(previous.text, oldContext).map((m) => m.key) : []);
        const fresh = spec.find(text.text, newContext).filter((m) => !known.has(m.key));
        if (fresh.length === 0) continue;
        const unique = [...new Map(fresh.map((m) => [m.key, m])).values()];
        changes.push({
          rule: spec.id,
          level: "patch",
          item: text.item,
          subject: text.subject,
          message: `Possible tool poisoning: the ${text.label} newly contains ${spec.what}`,
          category: "security",
          security: {
            kind: spec.kind,
            severity: spec.severity,
            evidence: unique.map((m) => m.evidence).join(" | ").slice(0, 2 * MAX_EVIDENCE_CHARS),
            field: text.label
          }
        });
      }
      return changes;
    }
  };
}

// src/compat/rules/poisoning-hidden-content.ts
var KINDS = [
  { name: "zero-width characters", pattern: /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g, show: "codepoints" },
  { name: "Unicode tag characters", pattern: /[\u{E0000}-\u{E007F}]/gu, show: "codepoints" },
  { name: "bidirectional controls", pattern: /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, show: "codepoints" },
  { name: "an HTML comment", pattern: /<!--[\s\S]*?(?:-->|$)/g, show: "text" },
  {
    name: "a long run of whitespace",
    pattern: /[ \t\u00A0\u2000-\u200A\u3000]{24,}|(?:[ \t]*\r?\n){6,}/g,
    show: "text"
  }
];
function codePoints(chars) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of chars) {
    const name = `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => `${name}${n > 1 ? ` \xD7${n}` : ""}`).join(", ");
}
function spelled(chars) {
  return chars.map((c) => String.fromCodePoint(c.codePointAt(0) - 917504)).join("").replace(/[^\x20-\x7e]/g, "?");
}
var rule100 = poisoningRule({
  id: "poisoning-hidden-content",
  kind: "hidden-content",
  severity: 8,
  what: "hidden content",
  description: "A text the model reads newly holds zero-width or Unicode tag characters, bidirectional controls, an HTML comment or a long run of whitespace.",
  rationale: "The model reads every character; a person reviewing the release in a UI does not see these: a classic way to hide instructions in plain sight.",
  find(text) {
    const found = [];
    for (const kind of KINDS) {
      const matches = [...text.matchAll(kind.pattern)];
      if (matches.length === 0) continue;
      const chars = matches.map((m) => m[0]);
      const evidence = kind.show === "codepoints" ? `${kind.name}: ${codePoints(chars)}${kind.name.startsWith("Unicode tag") ? ` (spelling "${spelled(chars).slice(0, 80)}")` : ""}` : kind.name.startsWith("a long run") ? `${kind.name}: ${matches.map((m) => m[0].length).join(", ")} blank characters, then ${excerpt(text, (matches[0].index ?? 0) + matches[0][0].length, 40, 0)}` : `${kind.name}: ${excerpt(text, matches[0].index ?? 0, Math.min(matches[0][0].length, 80), 0)}`;
      found.push({ key: `${kind.name}:${matches.length}`, evidence });
    }
    return found;
  }
});

// src/compat/rules/poisoning-model-instruction.ts
var PATTERNS = [
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}?\b(?:previous|prior|above|earlier|all|any|other|system|your|the)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|guidelines|directions|guardrails)\b/gi,
  /\b(?:do not|don't|dont|never|must not|should not)\s+(?:tell|inform|mention|reveal|show|disclose|notify|alert|let)\b[^.\n]{0,30}?\buser\b/gi,
  /\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+(?:the\s+)?user\b|\bwithout\s+the\s+user(?:'s)?\s+(?:knowing|knowledge|noticing|consent)\b/gi,
  /\b(?:before|prior to)\s+(?:using|calling|invoking|running|executing)\s+(?:this|any|the)\b[^.\n]{0,40}?\b(?:you must|you should|always|first|must first)\b[^.\n]{0,40}?\b(?:call|invoke|use|read|run|send|pass)\b/gi,
  /<\s*\/?\s*(?:important|system|instructions?|secret|hidden|admin)\s*>/gi,
  /\byou are now\b|\bfrom now on,?\s+you\b|\bpretend (?:that )?you\b|\bnew instructions?:/gi,
  /\b(?:system prompt|developer message|hidden instructions?|secret instructions?)\b/gi,
  // Servers do address the model ("the LLM should not guess"): only hiding and call-first orders are flagged.
  /\b(?:assistant|model|ai|llm|agent)\s+(?:must|should)\s+(?:secretly|silently|(?:not|never)\s+(?:tell|mention|reveal|inform|disclose|show)\b|(?:always\s+)?first\s+(?:call|read|send|run|invoke|fetch)\b)/gi,
  /\b(?:secretly|silently|covertly)\s+(?:call|send|read|include|pass|upload|forward|run)\b/gi
];
var rule101 = poisoningRule({
  id: "poisoning-model-instruction",
  kind: "model-instruction",
  severity: 8,
  what: "an instruction aimed at the model",
  description: "A text the model reads newly gives the model instructions (ignore previous instructions, do not tell the user, first call \u2026).",
  rationale: "Every agent that loads the server reads its descriptions as context: an instruction slipped into one is a prompt injection into all of them.",
  find: (text) => matchAll(text, PATTERNS)
});

// src/compat/rules/poisoning-new-link.ts
var URL2 = /\b(?:https?|ftp|wss?|file|data|javascript):(?:\/\/)?[^\s<>"'`)\]}]+/gi;
var EMAIL = /\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
var PLACEHOLDER = /^(?:[\w-]+\.)*(?:example(?:\.(?:com|org|net))?|localhost|test|invalid)$|^127\.\d+\.\d+\.\d+$|^\[?::1\]?$|^0\.0\.0\.0$/i;
function host(link) {
  try {
    return new globalThis.URL(link).hostname;
  } catch {
    return null;
  }
}
var rule102 = poisoningRule({
  id: "poisoning-new-link",
  kind: "new-link",
  severity: 5,
  what: "a new URL or e-mail address",
  // A destination is new when no text of the old version named its host: moving a link between
  // descriptions, or adding another page of the same site, sends the model nowhere new.
  scope: "surface",
  description: "A text the model reads newly carries a URL or an e-mail address whose host no text of the old version named.",
  rationale: "A link in a description is where a poisoned one sends the model, to fetch more instructions or to post what it collected: worth a look in review.",
  find(text) {
    const found = [];
    for (const m of text.matchAll(URL2)) {
      const link = m[0].replace(/[.,;:!?]+$/, "");
      const name = host(link);
      if (name !== null && name !== "" && PLACEHOLDER.test(name)) continue;
      found.push({
        key: `host ${(name || link).toLowerCase()}`,
        evidence: excerpt(text, m.index ?? 0, link.length, 0)
      });
    }
    for (const m of text.matchAll(EMAIL)) {
      const domain = m[0].split("@")[1];
      if (PLACEHOLDER.test(domain)) continue;
      found.push({ key: `host ${domain.toLowerCase()}`, evidence: m[0] });
    }
    return found;
  }
});

// src/compat/rules/poisoning-sensitive-request.ts
var TAKE = String.raw`\b(?:read|cat|open|load|send|include|pass|provide|upload|share|attach|append|forward|paste|copy|leak|exfiltrate|post|dump|collect|extract|contents?\s+of|value\s+of)\b[^.\n]{0,60}?`;
var FILES = String.raw`(?:(?:~|\$HOME|%USERPROFILE%)?[\\/]?\.(?:ssh|aws|gnupg|kube|docker|azure|config\/gcloud)\b[\w./\\-]*|\b(?:id_rsa|id_ed25519|id_ecdsa|id_dsa|authorized_keys)\b|(?<![\w.])\.(?:env|npmrc|netrc|pgpass|git-credentials|pypirc)\b|\/etc\/(?:passwd|shadow|sudoers)\b|\b(?:mcp|claude_desktop_config)\.json\b)`;
var PATTERNS2 = [
  new RegExp(`${TAKE}${FILES}`, "gi"),
  // A verb of handing something over, then a secret, within one clause.
  /\b(?:send|include|pass|provide|upload|share|attach|append|forward|paste|leak|exfiltrate|post|dump|collect|extract|copy)\b[^.\n]{0,50}?\b(?:secrets?|tokens?|passwords?|passphrases?|api[ _-]?keys?|private keys?|credentials?|cookies?|session ids?|environment variables?|env vars?|process\.env|conversation history|chat history|previous messages|system prompt)\b/gi,
  // Reading the environment or a file's contents for the model to pass on.
  /\b(?:contents?|value)s?\s+of\s+(?:the\s+)?(?:user's\s+)?(?:[~$][\w/.-]+|\.env|environment variables?|env vars?|ssh keys?|config(?:uration)? files?|credentials? files?)\b/gi
];
var rule103 = poisoningRule({
  id: "poisoning-sensitive-request",
  kind: "sensitive-request",
  severity: 7.5,
  what: "a request for secrets, files or environment variables",
  description: "A text the model reads newly asks for secrets, credential files or environment variables, or to pass them on.",
  rationale: "A model that follows such a description hands the user's keys and files to the server (or to whoever it names) in a tool argument.",
  find: (text) => matchAll(text, PATTERNS2)
});

// src/compat/rules/poisoning-tool-reference.ts
var FOREIGN = [
  // Tool names as agents namespace them: Claude's `mcp__server__tool`, `functions.tool`.
  /\bmcp__[\w-]+(?:__[\w-]+)?\b/gi,
  /\bfunctions\.[A-Za-z_][\w-]*\b/g,
  // Wording that redirects or shadows what other tools and servers do.
  /\b(?:instead of|rather than|in place of|replaces?|overrides?|shadows?)\b[^.\n]{0,30}?\b(?:other|another|any|the)\b[^.\n]{0,20}?\b(?:tools?|servers?)\b/gi,
  /\b(?:other|another|all other|different)\s+(?:mcp\s+)?servers?\b/gi
];
var CALL = [
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?([A-Za-z][\w-]*_[\w-]+|[a-z]+[A-Z]\w*)\b/g,
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?[`'"]([A-Za-z][\w.-]*)[`'"]/g,
  /\b(?:call|invoke|use|run|trigger|execute)\s+(?:the\s+)?([A-Za-z][\w-]*)\s+tool\b/g
];
var NOT_A_TOOL = /^(?:this|that|it|them|these|those|one|another|other|any|each|all|only|when|if|for|to|with|a|an|same|following|above|below|instead|first|before|after|tool|tools)$/i;
var rule104 = poisoningRule({
  id: "poisoning-tool-reference",
  kind: "tool-reference",
  severity: 6,
  what: "a reference to another tool or server",
  description: "A text the model reads newly names a tool this server does not have, another server, or tells the model to use it instead of others.",
  rationale: "A description that steers the model to other tools or servers can hijack calls meant for them (tool shadowing) or chain a poisoned call.",
  find(text, context) {
    const found = matchAll(text, FOREIGN);
    for (const pattern of CALL) {
      for (const m of text.matchAll(pattern)) {
        const name = m[1].replace(/[.-]+$/, "");
        if (context.toolNames.has(nameKey(name)) || context.parameterNames.has(nameKey(name)) || NOT_A_TOOL.test(name) || /\.[a-z0-9]{1,5}$/i.test(name))
          continue;
        found.push({ key: `call ${name.toLowerCase()}`, evidence: excerpt(text, m.index ?? 0, m[0].length) });
      }
    }
    return found;
  }
});

// src/compat/typescript/rule-kit.ts
function tsRule(spec) {
  const found = /* @__PURE__ */ new WeakMap();
  return {
    id: spec.id,
    level: spec.level,
    surface: "typescript",
    description: spec.description,
    rationale: spec.rationale,
    ...spec.options ? { options: spec.options } : {},
    ...spec.explainsChangedDeclarations ? { explainsChangedDeclarations: true } : {},
    detect(context) {
      let changes = found.get(context);
      if (!changes) {
        const analysis = typescriptAnalysis(context.old, context.new);
        changes = analysis ? spec.find(analysis, context) : [];
        found.set(context, changes);
      }
      return changes;
    }
  };
}
function subjectOf(d, detail) {
  return `${itemKey.declaration(d.entry, d.name)}${detail ? `.${detail}` : ""}`;
}
function label(d) {
  return d.entry === "." ? `"${d.name}"` : `"${d.name}" (from "${d.entry}")`;
}
function pairChange(rule151, pair, fields) {
  return {
    rule: rule151,
    level: fields.level,
    item: itemKey.declaration(pair.entry, pair.name),
    subject: subjectOf(pair, fields.detail),
    message: fields.message,
    ...fields.before !== void 0 ? { before: fields.before } : {},
    ...fields.after !== void 0 ? { after: fields.after } : {},
    ...pair.new.location ? { location: pair.new.location } : {},
    ...fields.level === "major" && fields.witness?.witness ? { witness: fields.witness.witness } : {}
  };
}
function removalChange(rule151, d, fields) {
  return {
    rule: rule151,
    level: fields.level,
    item: itemKey.declaration(d.entry, d.name),
    subject: subjectOf(d, fields.detail),
    message: fields.message,
    ...fields.before !== void 0 ? { before: fields.before } : {},
    ...fields.after !== void 0 ? { after: fields.after } : {},
    ...d.location ? { location: d.location, locatedIn: "old" } : {},
    ...fields.level === "major" && fields.witness?.witness ? { witness: fields.witness.witness } : {}
  };
}
function probe(pair, name) {
  return pair.probes.find((p) => p.name === name);
}
function judged(p, fallback) {
  if (!p || p.forward === "invalid") return fallback;
  return p.forward === "broken" ? "major" : "minor";
}
var WHOLE_TYPE_PROBES = /* @__PURE__ */ new Set(["read", "write", "keys"]);
function equivalent(pair) {
  const decided2 = pair.probes.filter((p) => p.forward !== "invalid");
  const whole = decided2.filter((p) => WHOLE_TYPE_PROBES.has(p.name));
  return whole.length > 0 && whole.every((p) => p.reverse === "ok") && decided2.every((p) => p.forward === "ok" && p.reverse !== "broken" && p.reverse !== "invalid");
}
function callables(pair) {
  const out = [];
  const { old, new: next } = pair;
  if (old.kind !== next.kind) return out;
  if (old.signatures?.length === 1 && next.signatures?.length === 1) {
    const user = old.kind === "type" && pair.positions.input;
    out.push({
      label: old.name,
      old: old.signatures[0],
      new: next.signatures[0],
      userImplemented: user,
      probe: old.kind === "function" ? probe(pair, "call") : probe(pair, user ? "write" : "read")
    });
  }
  const newMembers = new Map((next.members ?? []).map((m) => [`${m.static ? "s" : "i"}:${m.kind}:${m.name}`, m]));
  for (const m of old.members ?? []) {
    if (m.kind !== "method" || m.visibility === "private" || m.visibility === "protected") continue;
    const n = newMembers.get(`${m.static ? "s" : "i"}:method:${m.name}`);
    if (!n || n.signature === m.signature || m.signatures?.length !== 1 || n.signatures?.length !== 1) continue;
    const user = old.kind !== "class" && pair.positions.input && !pair.positions.output;
    out.push({
      label: `${old.name}.${m.name}`,
      detail: m.name,
      old: m.signatures[0],
      new: n.signatures[0],
      userImplemented: user,
      probe: probe(pair, m.static ? `static:${m.name}` : user ? `member-implement:${m.name}` : `member-call:${m.name}`)
    });
  }
  return out;
}

// src/compat/rules/ts-any-typed-export.ts
var rule105 = tsRule({
  id: "ts-any-typed-export",
  explainsChangedDeclarations: true,
  level: "major",
  description: "An export is typed any on one side of a change: no longer any (major), newly any (minor), or changed while any (major, unverifiable).",
  rationale: "Code written against any may do anything with the value; a concrete type rejects most of it. Newly any hides types.",
  find(analysis) {
    return analysis.changed.filter((p) => (p.old.any || p.new.any) && p.old.signature !== p.new.signature).filter((p) => {
      const unloaded = unloadedModules(analysis, p);
      return !(p.old.any && p.new.any && unloaded.old.length > 0 && unloaded.new.length > 0);
    }).map((p) => {
      if (p.old.any && !p.new.any) {
        return pairChange("ts-any-typed-export", p, {
          level: "major",
          message: `${label(p)} was typed any and now has a type: code that relied on any may not compile`,
          before: "any",
          after: p.new.signature,
          witness: probe(p, "any-usage")
        });
      }
      if (!p.old.any && p.new.any) {
        return pairChange("ts-any-typed-export", p, {
          level: "minor",
          message: `${label(p)} is now typed any: type checking of its uses is lost (check whether an import no longer resolves)`,
          before: p.old.signature,
          after: "any"
        });
      }
      return pairChange("ts-any-typed-export", p, {
        level: "major",
        message: `${label(p)} is typed any and its declaration changed: its compatibility cannot be verified`,
        before: p.old.signature,
        after: p.new.signature
      });
    });
  }
});

// src/compat/rules/ts-async-changed.ts
function isPromise(type) {
  return /^(Promise|PromiseLike)<[\s\S]*>$/.test(type.trim());
}
var rule106 = tsRule({
  id: "ts-async-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A function, method or callback switched between synchronous and asynchronous (T \u2194 Promise<T>).",
  rationale: "Callers that use the result directly get a Promise (or await a plain value); callbacks must change shape.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        if (isPromise(c.old.returnType) === isPromise(c.new.returnType)) continue;
        changes.push(
          pairChange("ts-async-changed", pair, {
            level: "major",
            detail: c.detail ? `${c.detail}.return` : "return",
            message: `${label({ entry: pair.entry, name: c.label })} is now ${isPromise(c.new.returnType) ? "asynchronous" : "synchronous"}: ${c.old.returnType} \u2192 ${c.new.returnType}`,
            before: c.old.returnType,
            after: c.new.returnType,
            witness: c.probe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-class-made-abstract.ts
var rule107 = tsRule({
  id: "ts-class-made-abstract",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A class was made abstract (major), or an abstract class concrete (minor).",
  rationale: 'Consumers that construct it get "cannot create an instance of an abstract class".',
  find(analysis) {
    return analysis.changed.filter((p) => p.old.kind === "class" && p.new.kind === "class" && !!p.old.abstract !== !!p.new.abstract).map(
      (p) => p.new.abstract ? pairChange("ts-class-made-abstract", p, {
        level: "major",
        message: `${label(p)} is now abstract`,
        witness: probe(p, "construct")
      }) : pairChange("ts-class-made-abstract", p, {
        level: "minor",
        message: `${label(p)} is no longer abstract: consumers can construct it`
      })
    );
  }
});

// src/compat/rules/ts-const-value-changed.ts
var LITERAL = /^(-?\d+(\.\d+)?|"[^"]*"|'[^']*'|true|false|null|undefined|-?\d+n)$/;
var typeOf = (signature) => signature.replace(/^(const|let) [^:]*:\s*/, "");
var rule108 = tsRule({
  id: "ts-const-value-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "An exported constant of a literal type changed value (major), or its declared type was widened (patch, flagged).",
  rationale: "The literal type is part of the API: code narrowed on the old value no longer compiles.",
  find(analysis) {
    return analysis.changed.filter(
      (p) => p.old.kind === "variable" && p.new.kind === "variable" && !p.old.mutable && LITERAL.test(typeOf(p.old.signature)) && typeOf(p.old.signature) !== typeOf(p.new.signature)
    ).map((p) => {
      const before = typeOf(p.old.signature);
      const after = typeOf(p.new.signature);
      const literal = LITERAL.test(after);
      return pairChange("ts-const-value-changed", p, {
        level: literal ? "major" : "patch",
        message: literal ? `The constant ${label(p)} changed value: ${before} \u2192 ${after}` : `The constant ${label(p)} is now declared as ${after} (was the literal ${before}); flag: code that relied on the literal type may need a cast`,
        before,
        after,
        witness: probe(p, "read")
      });
    });
  }
});

// src/compat/rules/ts-constructor-restricted.ts
var rule109 = tsRule({
  id: "ts-constructor-restricted",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A class constructor was made protected or private.",
  rationale: "`new C()` outside the class (and, when private, `class D extends C`) no longer compiles.",
  find(analysis) {
    const rank = { undefined: 2, protected: 1, private: 0 };
    return analysis.changed.filter(
      (p) => p.old.kind === "class" && p.new.kind === "class" && rank[String(p.new.constructorVisibility)] < rank[String(p.old.constructorVisibility)]
    ).map(
      (p) => pairChange("ts-constructor-restricted", p, {
        level: "major",
        message: `The constructor of ${label(p)} is now ${p.new.constructorVisibility}`,
        before: p.old.constructorVisibility ?? "public",
        after: p.new.constructorVisibility,
        witness: probe(p, "construct")
      })
    );
  }
});

// src/compat/rules/ts-declaration-changed.ts
var rule110 = tsRule({
  id: "ts-declaration-changed",
  level: "major",
  description: "A declaration changed in a way the checker judges: old consumer code breaks (major), new uses only (minor), or equivalent (patch).",
  rationale: "Compatibility is what still compiles: each position consumers use is type-checked against both versions.",
  find(analysis, context) {
    const explained = /* @__PURE__ */ new Map();
    for (const r of context.registry.filter((x) => x.explainsChangedDeclarations)) {
      for (const c of r.detect(context)) explained.set(c.item, [...explained.get(c.item) ?? [], c]);
    }
    const changes = [];
    for (const pair of analysis.changed) {
      const throughUses = pair.old.signature === pair.new.signature;
      if (throughUses && pair.old.shapeHash === pair.new.shapeHash) continue;
      const how = throughUses ? " through a type it uses" : "";
      const claims = explained.get(itemKey.declaration(pair.entry, pair.name)) ?? [];
      const judgedMembers = new Set(
        claims.map((c) => c.subject.slice(itemKey.declaration(pair.entry, pair.name).length + 1).split(".")[0])
      );
      const broken = pair.probes.find(
        (p) => p.forward === "broken" && !(/^member-\w+:/.test(p.name) && judgedMembers.has(p.name.split(":")[1])) && !(p.name === "return" && judgedMembers.has("return"))
      );
      if (broken) {
        if (claims.some((c) => c.level === "major" || c.rule === "ts-type-parameter-default-changed")) continue;
        changes.push(
          pairChange("ts-declaration-changed", pair, {
            level: "major",
            detail: broken.name,
            message: `${label(pair)} changed incompatibly${how}: code written against the old declaration no longer compiles (${broken.name})`,
            before: pair.old.signature,
            after: pair.new.signature,
            witness: broken
          })
        );
        continue;
      }
      if (claims.length > 0) continue;
      const decided2 = pair.probes.filter((p) => p.forward !== "invalid");
      const missing = unloadedModules(analysis, pair);
      const unloaded = [.../* @__PURE__ */ new Set([...missing.old, ...missing.new])];
      const extended = pair.probes.some((p) => p.reverse === "broken");
      if (extended) {
        changes.push(
          pairChange("ts-declaration-changed", pair, {
            level: "minor",
            message: `${label(pair)} changed compatibly${how}: it accepts or offers more than before`,
            before: pair.old.signature,
            after: pair.new.signature
          })
        );
      } else if (unloaded.length > 0) {
        const change = pairChange("ts-declaration-changed", pair, {
          level: "minor",
          message: `${label(pair)} changed and names types from ${unloaded.join(", ")}, which the checker could not compare; review it`,
          before: pair.old.signature,
          after: pair.new.signature
        });
        const packages = [...new Set(unloaded.map(packageOfSpecifier))];
        const { acrossMajors } = externalMounts(analysis.old, analysis.new);
        const moved = packages.filter((p) => acrossMajors.has(p));
        const absent = packages.filter((p) => !acrossMajors.has(p));
        const flag = [
          moved.length > 0 ? `${moved.join(", ")} moved to a new major: its types are not compared across majors (see ts-dependency-type-major).` : "",
          absent.length > 0 ? `Install the dependencies (${absent.join(", ")}) where the snapshots are taken, so that their types are compared.` : ""
        ].filter(Boolean).join(" ");
        changes.push({ ...change, flag });
      } else if (pair.probes.length > 0 && decided2.length === 0) {
        changes.push(
          pairChange("ts-declaration-changed", pair, {
            level: "minor",
            message: `${label(pair)} changed and the checker could not verify it (its types do not resolve in isolation); review it`,
            before: pair.old.signature,
            after: pair.new.signature
          })
        );
      } else {
        const change = pairChange("ts-declaration-changed", pair, {
          level: "patch",
          message: `${label(pair)} was rewritten${how} without changing what it accepts or offers`,
          before: pair.old.signature,
          after: pair.new.signature
        });
        changes.push(pair.notes.length > 0 ? { ...change, flag: pair.notes.join(" ") } : change);
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-dependency-type-major.ts
var import_semver3 = __toESM(require_semver(), 1);
import { isBuiltin } from "node:module";
function packageOfSpecifier2(specifier) {
  if (specifier.startsWith("node:") || isBuiltin(specifier)) return "@types/node";
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function declaringPackage(d) {
  const file = d.location?.file ?? "";
  const at = file.lastIndexOf("node_modules/");
  if (at < 0) return void 0;
  return packageOfSpecifier2(file.slice(at + "node_modules/".length));
}
function packagesOf(d) {
  const declaring = declaringPackage(d);
  return [...(d.externalModules ?? []).map(packageOfSpecifier2), ...declaring ? [declaring] : []];
}
function declaredRange(pkg, name) {
  if (!pkg) return void 0;
  const types = name.startsWith("@types/") ? name : `@types/${name.replace(/^@([^/]+)\//, "$1__")}`;
  for (const candidate of [name, types]) {
    const range = pkg.dependencies[candidate] ?? pkg.peerDependencies[candidate];
    if (range !== void 0) return { name: candidate, range };
  }
  return void 0;
}
function line(range) {
  if (!import_semver3.default.validRange(range)) return void 0;
  return import_semver3.default.minVersion(range) ?? void 0;
}
function newLine(before, after) {
  const a = line(before);
  const b = line(after);
  if (!a || !b || !import_semver3.default.gt(b, a)) return false;
  return a.major === 0 && b.major === 0 ? a.minor !== b.minor : a.major !== b.major;
}
function exposing(declarations, pkgName) {
  const direct = declarations.filter((d) => packagesOf(d).includes(pkgName));
  const names = new Set(direct.map((d) => d.name));
  const found = new Set(direct);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of declarations) {
      if (found.has(d)) continue;
      const words = new Set(d.signature.match(/[A-Za-z_$][\w$]*/g) ?? []);
      if ([...names].some((n) => words.has(n) && n !== d.name)) {
        found.add(d);
        names.add(d.name);
        grew = true;
      }
    }
  }
  return declarations.filter((d) => found.has(d));
}
var rule111 = tsRule({
  id: "ts-dependency-type-major",
  level: "major",
  description: "A dependency whose types the exported API names (re-exposes) moved to a new major version.",
  rationale: "Consumers meet the dependency's new major through this package's API: its types changed under declarations that look the same.",
  find(analysis, context) {
    const modules = new Set(analysis.new.declarations.flatMap(packagesOf));
    const changes = [];
    for (const pkgName of [...modules].sort()) {
      const before = declaredRange(context.old.package, pkgName);
      const after = declaredRange(context.new.package, pkgName);
      if (!before || !after || before.name !== after.name || !newLine(before.range, after.range)) continue;
      const involved = exposing(analysis.new.declarations, pkgName);
      const names = involved.map((d) => label(d));
      const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
      changes.push({
        rule: "ts-dependency-type-major",
        level: "major",
        item: itemKey.package(),
        subject: `package.dependencies.${after.name}`,
        message: `${after.name} moved to a new major ("${before.range}" \u2192 "${after.range}") and the API re-exposes its types: ${shown}`,
        before: before.range,
        after: { range: after.range, declarations: involved.map((d) => itemKey.declaration(d.entry, d.name)) },
        // At the declaration that imports the dependency's types, where a reviewer looks first.
        // A re-exported declaration lives in the dependency's files: then point at package.json, where the range changed.
        location: involved.find(
          (d) => d.externalModules?.some((m) => packageOfSpecifier2(m) === pkgName) && !declaringPackage(d)
        )?.location ?? { file: "package.json" },
        flag: `Review ${names.length === 1 ? "this declaration" : "these declarations"} against ${after.name} ${line(after.range)?.version ?? after.range}: consumers that build or read its types now need that major too.`
      });
    }
    return changes;
  }
});

// src/compat/rules/ts-deprecated-changed.ts
var rule112 = tsRule({
  id: "ts-deprecated-changed",
  level: "minor",
  description: "@deprecated was added to or removed from an export or a member.",
  rationale: "Code still compiles, but linters and editors now warn (or stop warning): a documented change of promise.",
  find(analysis) {
    const changes = [];
    for (const p of analysis.changed) {
      const was = p.old.tags.deprecated !== void 0;
      const is = p.new.tags.deprecated !== void 0;
      if (was !== is) {
        changes.push(
          pairChange("ts-deprecated-changed", p, {
            level: "minor",
            message: `${label(p)} is ${is ? `now deprecated${p.new.tags.deprecated ? `: ${p.new.tags.deprecated}` : ""}` : "no longer deprecated"}`
          })
        );
      }
      const oldMembers = new Map((p.old.members ?? []).map((m) => [m.name, m]));
      for (const m of p.new.members ?? []) {
        const o = oldMembers.get(m.name);
        if (o && !!o.deprecated !== !!m.deprecated) {
          changes.push(
            pairChange("ts-deprecated-changed", p, {
              level: "minor",
              detail: m.name,
              message: `${label(p)} member "${m.name}" is ${m.deprecated ? "now deprecated" : "no longer deprecated"}`
            })
          );
        }
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-documentation-changed.ts
function reportedByTagRules(a, b) {
  return a.deprecated !== void 0 !== (b.deprecated !== void 0) || (a.release ?? "public") !== (b.release ?? "public") || !!a.hidden !== !!b.hidden;
}
var rule113 = tsRule({
  id: "ts-documentation-changed",
  level: "patch",
  description: "Only the documentation of an export changed.",
  rationale: "Documentation does not change what compiles: a patch.",
  find(analysis) {
    return analysis.changed.filter(
      (p) => p.old.signature === p.new.signature && ((p.old.docs ?? "") !== (p.new.docs ?? "") || JSON.stringify(p.old.tags) !== JSON.stringify(p.new.tags)) && !reportedByTagRules(p.old.tags, p.new.tags)
    ).map(
      (p) => pairChange("ts-documentation-changed", p, {
        level: "patch",
        message: `The documentation of ${label(p)} changed`
      })
    );
  }
});

// src/compat/rules/ts-enum-member-added.ts
var rule114 = tsRule({
  id: "ts-enum-member-added",
  explainsChangedDeclarations: true,
  level: "minor",
  description: "An enum member was added (minor; flagged when the enum is an output).",
  rationale: "New values compile everywhere, but exhaustive switches over received values miss the new case.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith("enum") || !pair.new.kind.endsWith("enum")) continue;
      const before = new Set((pair.old.members ?? []).map((m) => m.name));
      for (const m of pair.new.members ?? []) {
        if (before.has(m.name)) continue;
        const flag = pair.positions.output ? " (flag: consumers that switch exhaustively over received values need a new case)" : "";
        changes.push(
          pairChange("ts-enum-member-added", pair, {
            level: "minor",
            detail: m.name,
            message: `Enum member "${m.name}" was added to ${label(pair)}${flag}`,
            after: m.value
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-enum-member-removed.ts
var rule115 = tsRule({
  id: "ts-enum-member-removed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "An enum member was removed or renamed.",
  rationale: "References to the member no longer compile.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith("enum") || !pair.new.kind.endsWith("enum")) continue;
      const after = new Set((pair.new.members ?? []).map((m) => m.name));
      for (const m of pair.old.members ?? []) {
        if (after.has(m.name)) continue;
        changes.push(
          pairChange("ts-enum-member-removed", pair, {
            level: "major",
            detail: m.name,
            message: `Enum member "${m.name}" was removed from ${label(pair)}`,
            before: m.value,
            witness: probe(pair, `enum-member:${m.name}`)
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-enum-member-value-changed.ts
var rule116 = tsRule({
  id: "ts-enum-member-value-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "The value of an enum member changed.",
  rationale: "Values stored or sent by consumers (and literal types relying on them) now mean something else.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith("enum") || !pair.new.kind.endsWith("enum")) continue;
      const after = new Map((pair.new.members ?? []).map((m) => [m.name, m]));
      for (const m of pair.old.members ?? []) {
        const n = after.get(m.name);
        if (!n || n.value === m.value) continue;
        changes.push(
          pairChange("ts-enum-member-value-changed", pair, {
            level: "major",
            detail: m.name,
            message: `Enum member "${m.name}" of ${label(pair)} changed value: ${m.value ?? "(computed)"} \u2192 ${n.value ?? "(computed)"}`,
            before: m.value,
            after: n.value,
            witness: probe(pair, `enum-value:${m.name}`) ?? probe(pair, `enum-member:${m.name}`)
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-export-added.ts
var rule117 = tsRule({
  id: "ts-export-added",
  level: "minor",
  description: "A new value or type is exported.",
  rationale: "Nothing that compiled before stops compiling; consumers gain API.",
  find(analysis) {
    const renamedTo = new Set(analysis.renames.map((r) => r.to));
    const oldNames = new Set(analysis.old.declarations.map((d) => d.name));
    return analysis.added.filter(
      (d) => !renamedTo.has(d) && !(oldNames.has(d.name) && analysis.removed.some((r) => r.declaration.name === d.name))
    ).map((d) => ({
      rule: "ts-export-added",
      level: "minor",
      item: itemKey.declaration(d.entry, d.name),
      subject: itemKey.declaration(d.entry, d.name),
      message: `${d.kind} ${label(d)} was added`,
      after: d.signature,
      ...d.location ? { location: d.location } : {}
    }));
  }
});

// src/compat/rules/ts-export-hidden.ts
var rule118 = tsRule({
  id: "ts-export-hidden",
  level: "major",
  description: "An export was marked @internal or @hidden.",
  rationale: "Hidden declarations are trimmed from public rollups and carry no promise: consumers lose them.",
  find(analysis) {
    const hidden = (t) => t.hidden === true || t.release === "internal";
    return analysis.changed.filter((p) => hidden(p.new.tags) && !hidden(p.old.tags)).map(
      (p) => pairChange("ts-export-hidden", p, {
        level: "major",
        message: `${label(p)} is now marked ${p.new.tags.release === "internal" ? "@internal" : "@hidden"}`
      })
    );
  }
});

// src/compat/rules/ts-export-kind-changed.ts
var lostValue = (p) => p.old.meanings.includes("value") && !p.new.meanings.includes("value");
var rule119 = tsRule({
  id: "ts-export-kind-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "An export changed kind (class \u2194 interface, enum \u2194 union of literals, function \u2194 namespace, value \u2194 type): major when a use is lost, else minor.",
  rationale: "Consumers use a kind by its meanings: `new C()`, `E.Member`, `typeof f`; another kind lacks some of them.",
  find(analysis) {
    return analysis.changed.filter(
      (p) => p.old.kind !== p.new.kind && !(typeLike(p.old) && typeLike(p.new)) && !(valueLike(p.old) && valueLike(p.new)) || lostValue(p)
    ).map((p) => {
      const lost = p.old.meanings.filter((m) => !p.new.meanings.includes(m));
      const use = [probe(p, "usage"), probe(p, "kind-call"), probe(p, "kind-construct")];
      const usage = use.find((u) => u?.forward === "broken") ?? use[0];
      const constToRegular = p.old.kind === "const-enum" && p.new.kind === "enum";
      const major = lost.length > 0 || usage?.forward === "broken" || !constToRegular && (usage?.forward !== "ok" || p.old.kind.endsWith("enum") || p.new.kind.endsWith("enum"));
      return pairChange("ts-export-kind-changed", p, {
        level: major ? "major" : "minor",
        message: lostValue(p) && p.old.kind === p.new.kind ? `${label(p)} is now exported for types only (export type): it can no longer be used as a value` : `${label(p)} changed from ${p.old.kind} to ${p.new.kind}${lost.length > 0 ? ` and is no longer a ${lost.join(" or ")}` : ""}`,
        before: p.old.kind,
        after: p.new.kind,
        witness: usage
      });
    });
  }
});

// src/compat/typescript/module-probes.ts
var MODULE = "$MODULE";
var cache3 = /* @__PURE__ */ new WeakMap();
var keyOf = (p) => `${p.entry}\0${p.code}`;
function moduleCode(analysis, probe2, side) {
  const oldFile = analysis.old.entryPoints[probe2.entry];
  const apiFile = (side === "old" ? analysis.old : analysis.new).entryPoints[probe2.entry];
  if (!oldFile || !apiFile) return void 0;
  const { moduleSpecifier } = typescriptEngine();
  const pin = moduleSpecifier("old", oldFile);
  const api = moduleSpecifier(side, apiFile);
  const header = [
    probe2.code.includes(`${PIN}.`) ? `import * as __pin from '${pin}';` : "",
    probe2.code.includes(`${API}.`) ? `import * as __api from '${api}';` : ""
  ].join("\n");
  const body = probe2.code.split(MODULE).join(api).split(`${PIN}.`).join("__pin.").split(`${API}.`).join("__api.");
  return `${header}
${body}`;
}
function runModuleProbes(analysis, probes) {
  let known = cache3.get(analysis);
  if (!known) cache3.set(analysis, known = /* @__PURE__ */ new Map());
  const missing = probes.filter((p, i) => !known.has(keyOf(p)) && probes.findIndex((q) => keyOf(q) === keyOf(p)) === i);
  if (missing.length > 0) {
    const modules = [];
    missing.forEach((p, i) => {
      const a = moduleCode(analysis, p, "old");
      const b = moduleCode(analysis, p, "new");
      if (a !== void 0 && b !== void 0) modules.push({ id: `M${i}_A`, code: a }, { id: `M${i}_B`, code: b });
    });
    const { errors } = modules.length > 0 ? typescriptEngine().runProbes(analysis.old, analysis.new, "", [], modules) : { errors: /* @__PURE__ */ new Map() };
    const compiled = new Set(modules.map((m) => m.id));
    missing.forEach((p, i) => {
      const result = { name: p.name, forward: "invalid", reverse: "not-checked" };
      const errB = errors.get(`M${i}_B`);
      if (compiled.has(`M${i}_A`) && !errors.has(`M${i}_A`)) result.forward = errB ? "broken" : "ok";
      if (result.forward === "broken" && errB) {
        const code = p.code.split(MODULE).join(importPath(analysis.packageName, p.entry));
        result.witness = renderWitness({
          code,
          packageName: analysis.packageName,
          entry: p.entry,
          oldVersion: analysis.oldVersion,
          error: errB
        });
      }
      known.set(keyOf(p), result);
    });
  }
  return probes.map((p) => ({ ...known.get(keyOf(p)), name: p.name }));
}

// src/compat/rules/ts-export-meaning-added.ts
function declares(node, name, meaning) {
  const { ts } = typescriptEngine();
  if (meaning === "type" && (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)))
    return node.name.text === name;
  if (meaning === "value" && ts.isVariableStatement(node))
    return node.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  if (meaning === "value" && (ts.isFunctionDeclaration(node) || ts.isEnumDeclaration(node)))
    return node.name?.text === name;
  return false;
}
function lineOfGained(analysis, d, meaning) {
  const text = analysis.new.files[d.declarationFile];
  if (analysis.new.from !== "dts" || text === void 0 || d.location?.file !== d.declarationFile) return void 0;
  const { ts } = typescriptEngine();
  const sf = ts.createSourceFile(d.declarationFile, text, ts.ScriptTarget.Latest, false);
  const found = sf.statements.find((s) => declares(s, d.name, meaning));
  return found ? { file: d.declarationFile, line: sf.getLineAndCharacterOfPosition(found.getStart(sf)).line + 1 } : void 0;
}
var LOCAL = {
  type: (name) => `type ${name} = number;`,
  value: (name) => `const ${name} = 0;`
};
var rule120 = tsRule({
  id: "ts-export-meaning-added",
  explainsChangedDeclarations: true,
  level: "major",
  description: "An export gained a type meaning beside its value (or a value beside its type) under the same name.",
  rationale: 'A consumer that imports the value and declares a type of the same name (or the reverse) now gets "Import declaration conflicts with local declaration".',
  find(analysis) {
    const found = [];
    for (const pair of analysis.changed) {
      if (pair.name === "default" || !/^[A-Za-z_$][\w$]*$/.test(pair.name)) continue;
      const had = (m) => pair.old.meanings.includes(m);
      const has = (m) => pair.new.meanings.includes(m);
      for (const gained of ["type", "value"]) {
        const other = gained === "type" ? "value" : "type";
        if (had(gained) || !has(gained) || !had(other)) continue;
        const code = `import { ${pair.name} } from '${MODULE}';
${LOCAL[gained](pair.name)}`;
        found.push({ pair, gained, probe: { entry: pair.entry, name: `local-${gained}`, code } });
      }
    }
    if (found.length === 0) return [];
    const results = runModuleProbes(
      analysis,
      found.map((f) => f.probe)
    );
    return found.map(({ pair, gained }, i) => {
      const result = results[i];
      const level = result.forward === "broken" ? "major" : "minor";
      const change = pairChange("ts-export-meaning-added", pair, {
        level,
        detail: gained,
        message: `${label(pair)} is now also a ${gained} (it was only a ${gained === "type" ? "value" : "type"}): a consumer's own ${gained} named "${pair.name}" beside the import no longer compiles`,
        before: pair.old.meanings,
        after: pair.new.meanings,
        witness: result
      });
      const at = lineOfGained(analysis, pair.new, gained);
      return at ? { ...change, location: at } : change;
    });
  }
});

// src/compat/rules/ts-export-moved.ts
var rule121 = tsRule({
  id: "ts-export-moved",
  level: "major",
  description: "An export is no longer importable from its previous entry point (it moved to another one).",
  rationale: 'Imports are written against a path: `import { x } from "pkg/a"` fails when x now lives in "pkg/b".',
  find(analysis) {
    const renamed = new Set(analysis.renames.map((r) => r.from));
    const entriesOf = /* @__PURE__ */ new Map();
    for (const d of analysis.new.declarations) entriesOf.set(d.name, [...entriesOf.get(d.name) ?? [], d.entry]);
    return analysis.removed.filter(
      (r) => !renamed.has(r) && entriesOf.has(r.declaration.name) && analysis.new.entryPoints[r.declaration.entry] !== void 0
    ).map((r) => {
      const now = entriesOf.get(r.declaration.name);
      return removalChange("ts-export-moved", r.declaration, {
        level: "major",
        message: `${label(r.declaration)} is no longer exported from "${r.declaration.entry}"; import it from ${now.map((e) => `"${e}"`).join(" or ")}`,
        before: r.declaration.entry,
        after: now,
        witness: r.probe
      });
    });
  }
});

// src/compat/rules/ts-export-removed.ts
var notPublic = (d) => d.tags.release === "internal" || d.tags.hidden === true;
var rule122 = tsRule({
  id: "ts-export-removed",
  level: "major",
  description: "An exported value or type was removed.",
  rationale: "Every import of the name fails to compile.",
  find(analysis) {
    const renamed = new Set(analysis.renames.map((r) => r.from));
    const stillExported = new Set(analysis.new.declarations.map((d) => d.name));
    return analysis.removed.filter(
      (r) => !renamed.has(r) && !stillExported.has(r.declaration.name) && analysis.new.entryPoints[r.declaration.entry] !== void 0
    ).map((r) => {
      const maybe2 = possibleRenameNote(
        "export",
        analysis.possibleRenames.filter((p) => p.from === r.declaration.name)
      );
      const change = removalChange("ts-export-removed", r.declaration, {
        // An export marked @internal or @hidden was never part of the public API (API Extractor's reading).
        level: notPublic(r.declaration) ? "patch" : "major",
        message: `${r.declaration.kind} ${label(r.declaration)} was removed${notPublic(r.declaration) ? ` (it was marked @${r.declaration.tags.hidden ? "hidden" : "internal"}: not public API)` : ""}`,
        before: r.declaration.signature,
        witness: r.probe
      });
      return maybe2 ? { ...change, flag: maybe2 } : change;
    });
  }
});

// src/compat/rules/ts-export-renamed.ts
var rule123 = tsRule({
  id: "ts-export-renamed",
  level: "major",
  description: "An export was renamed (the same declaration under a new name, with a doc comment, deprecation note or name that ties the two) and the old name was not kept as an alias.",
  rationale: "Imports of the old name fail; a codemod can rewrite them to the new name.",
  find(analysis) {
    return analysis.renames.map(({ from, to, evidence }) => ({
      ...removalChange("ts-export-renamed", from.declaration, {
        level: "major",
        message: `${label(from.declaration)} was renamed to "${to.name}" with no alias kept under the old name`,
        before: from.declaration.name,
        after: to.name,
        witness: from.probe
      }),
      // The rename points at the new declaration; the old one's side is dropped with its location.
      ...to.location ? { location: to.location, locatedIn: void 0 } : {},
      migration: {
        kind: "rename-export",
        from: from.declaration.name,
        to: to.name,
        scope: from.declaration.entry,
        description: `Replace imports of "${from.declaration.name}" with "${to.name}"`,
        evidence
      }
    }));
  }
});

// src/compat/rules/ts-heritage-changed.ts
var rule124 = tsRule({
  id: "ts-heritage-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A base type (extends/implements) was removed (major) or added (minor).",
  rationale: "Consumers pass instances where the base type is expected; without the heritage they may not fit.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = pair.old.heritage ?? [];
      const after = pair.new.heritage ?? [];
      for (const h of before.filter((x) => !after.includes(x))) {
        const base = probe(pair, `heritage:${h}`);
        if (base && base.forward === "ok") continue;
        changes.push(
          pairChange("ts-heritage-changed", pair, {
            level: "major",
            detail: h,
            message: `${label(pair)} no longer ${h}`,
            before: h,
            witness: base
          })
        );
      }
      if (equivalent(pair)) continue;
      for (const h of after.filter((x) => !before.includes(x))) {
        changes.push(
          pairChange("ts-heritage-changed", pair, {
            level: "minor",
            detail: h,
            message: `${label(pair)} now ${h}`,
            after: h
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-implementation-changed.ts
var rule125 = tsRule({
  id: "ts-implementation-changed",
  level: "patch",
  description: "The package sources changed while every exported declaration stayed the same.",
  rationale: "Consumers compile against declarations; unchanged declarations mean an implementation fix.",
  find(analysis) {
    const { old, new: next } = analysis;
    if (!old.sourceHash || !next.sourceHash || old.sourceHash === next.sourceHash) return [];
    if (analysis.changed.length > 0 || analysis.removed.length > 0 || analysis.added.length > 0) return [];
    return [
      {
        rule: "ts-implementation-changed",
        level: "patch",
        item: "package",
        subject: "typescript",
        message: "The sources changed but the exported declarations are identical",
        before: old.sourceHash,
        after: next.sourceHash
      }
    ];
  }
});

// src/compat/typescript/members.ts
var MEMBER_KINDS = /* @__PURE__ */ new Set(["property", "method"]);
var memberKey = (m) => `${m.static ? "static " : ""}${m.name}`;
function membersComparable(pair) {
  return !pair.old.unlistedMembers && !pair.new.unlistedMembers;
}
function publicMembers(pair, side) {
  const d = pair[side];
  if (d.kind === "enum" || d.kind === "const-enum" || !membersComparable(pair)) return /* @__PURE__ */ new Map();
  const kinds = d.kind === "namespace" ? /* @__PURE__ */ new Set(["export"]) : d.kinds?.includes("namespace") ? /* @__PURE__ */ new Set([...MEMBER_KINDS, "export"]) : MEMBER_KINDS;
  return new Map(
    (d.members ?? []).filter((m) => kinds.has(m.kind) && m.visibility !== "private").map((m) => [memberKey(m), m])
  );
}
function commonMembers(pair) {
  const after = publicMembers(pair, "new");
  return [...publicMembers(pair, "old")].flatMap(
    ([k, m]) => after.has(k) ? [[m, after.get(k)]] : []
  );
}
function userConstructed(pair) {
  return (pair.old.kind === "interface" || pair.old.kind === "type") && pair.positions.input;
}

// src/compat/rules/ts-member-added.ts
var rule126 = tsRule({
  id: "ts-member-added",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A member was added: required on a type consumers build or implement (major), otherwise minor.",
  rationale: "Object literals and implementations written for the old type lack a new required member.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = publicMembers(pair, "old");
      if (pair.old.kind !== pair.new.kind && !(["interface", "type"].includes(pair.old.kind) && ["interface", "type"].includes(pair.new.kind)))
        continue;
      const names = new Set([...before.values()].map((m) => m.name));
      for (const [key, m] of publicMembers(pair, "new")) {
        if (before.has(key) || names.has(m.name)) continue;
        const constructed = userConstructed(pair);
        const required = !m.optional && (m.kind === "property" || m.kind === "method");
        const abstractAdded = pair.new.kind === "class" && m.abstract === true;
        const write = probe(pair, "write");
        const level = abstractAdded ? "major" : constructed && required ? judged(write, "major") : "minor";
        changes.push(
          pairChange("ts-member-added", pair, {
            level,
            detail: m.name,
            message: m.kind === "export" ? `Export "${m.name}" was added to namespace ${label(pair)}` : `${m.optional ? "Optional" : abstractAdded ? "Abstract" : "Required"} ${m.kind} "${memberKey(m)}" was added to ${label(pair)}${constructed ? ", a type consumers build or implement" : ""}`,
            after: m.signature,
            witness: write
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-optionality-changed.ts
var rule127 = tsRule({
  id: "ts-member-optionality-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A property became optional (major where consumers read it) or required (major where consumers build the object).",
  rationale: "Readers must now handle undefined; builders of object literals must now provide the property.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (!!a.optional === !!b.optional || a.static) continue;
        const nowOptional = !!b.optional;
        const read = probe(pair, `member-read:${a.name}`);
        const write = probe(pair, "write");
        const breakingProbe = nowOptional ? read : userConstructed(pair) ? write : void 0;
        const level = breakingProbe ? judged(breakingProbe, "major") : "minor";
        changes.push(
          pairChange("ts-member-optionality-changed", pair, {
            level,
            detail: a.name,
            message: `"${a.name}" of ${label(pair)} became ${nowOptional ? "optional" : "required"}${level === "major" ? nowOptional ? ": readers must now handle undefined" : ": objects built for the old type lack it" : ""}`,
            before: a.optional ? "optional" : "required",
            after: b.optional ? "optional" : "required",
            witness: breakingProbe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-readonly-changed.ts
var rule128 = tsRule({
  id: "ts-member-readonly-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A property was made readonly (major: assignments fail) or is no longer readonly (minor).",
  rationale: 'Consumers that assign to the property get "cannot assign to a read-only property" (catalogue 6.5 #9).',
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (a.kind !== "property" || !!a.readonly === !!b.readonly) continue;
        const write = probe(pair, `member-write:${a.name}`);
        const level = b.readonly ? write ? judged(write, "major") : "minor" : "minor";
        changes.push(
          pairChange("ts-member-readonly-changed", pair, {
            level,
            detail: a.name,
            message: `"${a.name}" of ${label(pair)} ${b.readonly ? "is now readonly" : "is no longer readonly"}`,
            before: a.readonly ? "readonly" : "mutable",
            after: b.readonly ? "readonly" : "mutable",
            witness: write
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-removed.ts
var rule129 = tsRule({
  id: "ts-member-removed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A member (property or method) was removed from a class, interface or object type.",
  rationale: "Reads, calls and object literals that name the member fail to compile.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      if (pair.old.kind !== pair.new.kind && !(["interface", "type"].includes(pair.old.kind) && ["interface", "type"].includes(pair.new.kind)))
        continue;
      const after = publicMembers(pair, "new");
      const names = new Set([...after.values()].map((m) => m.name));
      for (const [key, m] of publicMembers(pair, "old")) {
        if (after.has(key) || names.has(m.name)) continue;
        const access = probe(
          pair,
          m.kind === "export" ? `namespace-member:${m.name}` : m.static ? `static:${m.name}` : `member-access:${m.name}`
        );
        if (access?.forward === "ok") continue;
        changes.push(
          pairChange("ts-member-removed", pair, {
            level: "major",
            detail: m.name,
            message: `${m.kind === "method" ? "Method" : m.kind === "export" ? "Export" : "Property"} "${memberKey(m)}" was removed from ${label(pair)}`,
            before: m.signature,
            witness: access?.witness ? access : pair.probes.find((p) => p.forward === "broken")
          })
        );
      }
      const indexes = new Set((pair.new.members ?? []).filter((m) => m.kind === "index").map((m) => m.name));
      for (const m of pair.old.members ?? []) {
        if (m.kind !== "index" || indexes.has(m.name) || m.static) continue;
        const access = probe(pair, `index-access:${m.name}`);
        if (access?.forward === "ok") continue;
        changes.push(
          pairChange("ts-member-removed", pair, {
            level: "major",
            detail: m.name,
            message: `Index signature ${m.signature} was removed from ${label(pair)}: keys it does not declare can no longer be read or given`,
            before: m.signature,
            witness: access
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-static-changed.ts
var rule130 = tsRule({
  id: "ts-member-static-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A member switched between static and instance.",
  rationale: "`C.m()` and `new C().m()` are different accesses; code written for one fails with the other.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const after = [...publicMembers(pair, "new").values()];
      for (const m of publicMembers(pair, "old").values()) {
        const n = after.find((x) => x.name === m.name);
        if (!n || !!n.static === !!m.static) continue;
        changes.push(
          pairChange("ts-member-static-changed", pair, {
            level: "major",
            detail: m.name,
            message: `"${m.name}" of ${label(pair)} is now ${n.static ? "static" : "an instance member"}`,
            witness: probe(pair, m.static ? `static:${m.name}` : `member-access:${m.name}`)
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-type-changed.ts
var rule131 = tsRule({
  id: "ts-member-type-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A property type changed in a direction that breaks its readers or writers (major), or compatibly (minor).",
  rationale: "Consumers read output properties as the old type and write input properties with old values.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (a.kind !== "property" || b.kind !== "property" || a.type === b.type || a.static) continue;
        const read = probe(pair, `member-read:${a.name}`);
        const write = probe(pair, `member-write:${a.name}`);
        const anyRead = probe(pair, `member-any-read:${a.name}`);
        const anyWrite = probe(pair, `member-any-write:${a.name}`);
        const probes = [read, write, anyRead, anyWrite].filter((p) => p !== void 0);
        if (probes.length === 0 || probes.every((p) => p.forward === "invalid")) continue;
        const breaking = probes.find((p) => p.forward === "broken");
        const extended = probes.some((p) => p.reverse === "broken");
        if (!breaking && !extended) continue;
        changes.push(
          pairChange("ts-member-type-changed", pair, {
            level: breaking ? "major" : "minor",
            detail: a.name,
            message: `The type of "${a.name}" in ${label(pair)} changed${breaking ? breaking === read || breaking === anyRead ? " so that readers of the old type break" : " so that values written for the old type are rejected" : " compatibly"}: ${a.type} \u2192 ${b.type}`,
            before: a.type,
            after: b.type,
            witness: breaking
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-member-visibility-reduced.ts
var RANK = { public: 2, protected: 1, private: 0 };
var rule132 = tsRule({
  id: "ts-member-visibility-reduced",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A class member became less visible (major) or more visible (minor).",
  rationale: "Code outside the class (or in subclasses, for private) can no longer use the member.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      if (pair.old.kind !== "class" || pair.new.kind !== "class") continue;
      const after = new Map((pair.new.members ?? []).map((m) => [`${m.static ? "s" : "i"}:${m.name}`, m]));
      for (const m of pair.old.members ?? []) {
        const n = after.get(`${m.static ? "s" : "i"}:${m.name}`);
        if (!n || m.kind === "constructor") continue;
        const before = m.visibility ?? "public";
        const now = n.visibility ?? "public";
        if (before === now) continue;
        const reduced = RANK[now] < RANK[before];
        changes.push(
          pairChange("ts-member-visibility-reduced", pair, {
            level: reduced ? "major" : "minor",
            detail: m.name,
            message: `"${m.name}" of ${label(pair)} went from ${before} to ${now}`,
            before,
            after: now,
            witness: probe(pair, `member-access:${m.name}`)
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-overload-changed.ts
var printed = (sig) => `(${sig.parameters.map((p) => `${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}: ${p.type}`).join(", ")}): ${sig.returnType}`;
function overloaded(pair) {
  const out = [];
  const many = (a, b) => (a?.length ?? 0) > 1 || (b?.length ?? 0) > 1;
  if (pair.old.kind === "function" && pair.new.kind === "function" && many(pair.old.signatures, pair.new.signatures)) {
    out.push({
      name: label(pair),
      old: pair.old.signatures ?? [],
      new: pair.new.signatures ?? [],
      whole: probe(pair, "call"),
      call: (k) => probe(pair, `overload-call:${k}`)
    });
  }
  for (const [a, b] of commonMembers(pair)) {
    if (a.kind !== "method" || b.kind !== "method" || a.static || !many(a.signatures, b.signatures)) continue;
    out.push({
      name: `${label(pair)}'s method "${a.name}"`,
      detail: a.name,
      old: a.signatures ?? [],
      new: b.signatures ?? [],
      whole: probe(pair, `member-overloads:${a.name}`),
      call: (k) => probe(pair, `member-overload-call:${a.name}:${k}`)
    });
  }
  return out;
}
var rule133 = tsRule({
  id: "ts-overload-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "The overloads of a function or method changed: one removed, narrowed or reordered so that an old call gets another result (major), or one added (minor).",
  rationale: "Each old overload is a way callers call it; TypeScript picks the first overload that matches, so each old call must still resolve to a signature that returns what it returned.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const o of overloaded(pair)) {
        const before = o.old.length;
        const after = o.new.length;
        const rerouted = o.old.map((_, k) => ({ k, p: o.call(k) })).find(({ p }) => p?.forward === "broken");
        const whole = o.whole;
        if (whole?.forward === "broken") {
          changes.push(
            pairChange("ts-overload-changed", pair, {
              level: "major",
              detail: o.detail,
              message: `An overload of ${o.name} was removed or narrowed (${before} \u2192 ${after} signatures)`,
              before,
              after,
              witness: whole
            })
          );
        } else if (rerouted) {
          const sig = printed(o.old[rerouted.k]);
          changes.push(
            pairChange("ts-overload-changed", pair, {
              level: "major",
              detail: o.detail,
              message: `A call of ${o.name} shaped like its overload ${rerouted.k + 1} of ${before}, ${sig}, now resolves to another signature whose result is not the old one (overloads reordered or changed)`,
              before: o.old.map(printed),
              after: o.new.map(printed),
              witness: rerouted.p
            })
          );
        } else if (whole && whole.forward === "ok" && whole.reverse !== "ok") {
          changes.push(
            pairChange("ts-overload-changed", pair, {
              level: "minor",
              detail: o.detail,
              message: `${o.name} accepts more calls (${before} \u2192 ${after} signatures)`,
              before,
              after
            })
          );
        }
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-parameters-reordered.ts
var rule134 = tsRule({
  id: "ts-parameters-reordered",
  explainsChangedDeclarations: true,
  level: "major",
  description: "Parameters were reordered (the same names in another order).",
  rationale: "Old calls pass their arguments by position: each now lands in another parameter, with or without a compile error.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters.map((p) => p.name);
        const after = c.new.parameters.map((p) => p.name);
        if (before.length < 2 || before.length !== after.length || before.join() === after.join()) continue;
        if ([...before].sort().join() !== [...after].sort().join()) continue;
        changes.push(
          pairChange("ts-parameters-reordered", pair, {
            level: "major",
            detail: c.detail,
            message: `The parameters of ${label({ entry: pair.entry, name: c.label })} were reordered: (${before.join(", ")}) \u2192 (${after.join(", ")})`,
            before,
            after,
            witness: c.probe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-parameter-added.ts
var rule135 = tsRule({
  id: "ts-parameter-added",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A parameter was added to a function, method or callback type (required: major for callers; optional: minor).",
  rationale: "Callers that pass the old arguments miss a required one; an optional one changes nothing for them.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters;
        if (before.some((p) => p.rest) || c.new.parameters.length <= before.length) continue;
        const added = c.new.parameters.slice(before.length);
        const required = added.some((p) => !p.optional && !p.rest);
        const level = judged(c.probe, required && !c.userImplemented ? "major" : "minor");
        changes.push(
          pairChange("ts-parameter-added", pair, {
            level,
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} has new ${required ? "required" : "optional"} parameter${added.length > 1 ? "s" : ""} ${added.map((p) => `"${p.name}"`).join(", ")}`,
            after: added.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`),
            witness: c.probe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-parameter-optionality-changed.ts
var rule136 = tsRule({
  id: "ts-parameter-optionality-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A parameter became required (major) or optional (minor; major when consumers implement the callback).",
  rationale: "Callers that omit an optional argument break when it turns required; implementations must now handle undefined.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const n = Math.min(c.old.parameters.length, c.new.parameters.length);
        for (let i = 0; i < n; i++) {
          const a = c.old.parameters[i];
          const b = c.new.parameters[i];
          if (a.optional === b.optional || a.rest || b.rest) continue;
          const fallback = b.optional ? c.userImplemented ? "major" : "minor" : "major";
          changes.push(
            pairChange("ts-parameter-optionality-changed", pair, {
              level: judged(c.probe, fallback),
              detail: `${c.detail ? `${c.detail}.` : ""}${a.name}`,
              message: `Parameter "${a.name}" of ${label({ entry: pair.entry, name: c.label })} became ${b.optional ? "optional" : "required"}`,
              before: a.optional ? "optional" : "required",
              after: b.optional ? "optional" : "required",
              witness: c.probe
            })
          );
        }
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-parameter-removed.ts
var rule137 = tsRule({
  id: "ts-parameter-removed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A parameter was removed from a function, method or callback type.",
  rationale: "Calls that pass it are excess-argument errors; callbacks written with it no longer fit.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const after = c.new.parameters;
        if (after.some((p) => p.rest) || c.old.parameters.length <= after.length) continue;
        const removed = c.old.parameters.slice(after.length);
        changes.push(
          pairChange("ts-parameter-removed", pair, {
            level: judged(c.probe, "major"),
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} no longer takes ${removed.map((p) => `"${p.name}"`).join(", ")}`,
            before: removed.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.type}`),
            witness: c.probe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-parameter-type-changed.ts
var rule138 = tsRule({
  id: "ts-parameter-type-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A parameter type was narrowed (major) or widened (minor; major for user-implemented callbacks).",
  rationale: "Arguments are inputs: a narrower parameter rejects values callers pass; a callback must accept what it is given.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const n = Math.min(c.old.parameters.length, c.new.parameters.length);
        for (let i = 0; i < n; i++) {
          const a = c.old.parameters[i];
          const b = c.new.parameters[i];
          if (a.type === b.type) continue;
          const plain = pair.old.kind === "function" && !c.detail;
          const fromAny = plain ? probe(pair, `param-any:${i}`) : void 0;
          const own = fromAny?.forward === "broken" ? fromAny : plain ? probe(pair, `param:${i}`) : c.probe;
          if (own && own.forward === "ok" && own.reverse === "ok") continue;
          const level = judged(own, "major");
          const direction = level === "major" ? c.userImplemented ? "changed" : "narrowed" : "widened";
          changes.push(
            pairChange("ts-parameter-type-changed", pair, {
              level,
              detail: `${c.detail ? `${c.detail}.` : ""}${a.name}`,
              message: `Parameter "${a.name}" of ${label({ entry: pair.entry, name: c.label })} was ${direction}: ${a.type} \u2192 ${b.type}`,
              before: a.type,
              after: b.type,
              // The call itself is the snippet a user recognizes; the per-parameter probe is the fallback.
              witness: c.probe?.witness && own !== fromAny ? c.probe : own
            })
          );
        }
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-release-tag-changed.ts
var RANK2 = { public: 3, beta: 2, experimental: 1, alpha: 1, internal: 0 };
var rule139 = tsRule({
  id: "ts-release-tag-changed",
  level: "major",
  description: "A release tag tightened (@public \u2192 @beta/@alpha: major) or loosened (minor).",
  rationale: "Consumers pinned to public API lose the stability promise they relied on; loosening adds one.",
  find(analysis) {
    return analysis.changed.filter(
      (p) => (p.old.tags.release ?? "public") !== (p.new.tags.release ?? "public") && p.new.tags.release !== "internal"
    ).map((p) => {
      const before = p.old.tags.release ?? "public";
      const after = p.new.tags.release ?? "public";
      const tighter2 = RANK2[after] < RANK2[before];
      return pairChange("ts-release-tag-changed", p, {
        level: tighter2 ? "major" : "minor",
        message: `${label(p)} went from @${before} to @${after}`,
        before,
        after
      });
    });
  }
});

// src/compat/rules/ts-rest-parameter-changed.ts
var rule140 = tsRule({
  id: "ts-rest-parameter-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A rest parameter was added or removed (a list argument became variadic or back).",
  rationale: "f(a, b, c) and f([a, b, c]) are different calls; callers written for one fail with the other.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters.findIndex((p) => p.rest);
        const after = c.new.parameters.findIndex((p) => p.rest);
        if (before === after) continue;
        changes.push(
          pairChange("ts-rest-parameter-changed", pair, {
            level: judged(c.probe, "major"),
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} ${after >= 0 ? `now takes a rest parameter "${c.new.parameters[after].name}"` : `no longer takes a rest parameter "${c.old.parameters[before].name}"`}`,
            witness: c.probe
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-return-type-changed.ts
var GUARD = /^(asserts\s+)?[\w$]+\s+is\s+/;
var rule141 = tsRule({
  id: "ts-return-type-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A return type was widened or became void (major) or was narrowed (minor; major for user-implemented callbacks).",
  rationale: "Callers use the result as the old type; a wider result does not fit where the old one did.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const a = c.old.returnType;
        const b = c.new.returnType;
        if (a === b || isPromise(a) !== isPromise(b)) continue;
        const plain = pair.old.kind === "function" && !c.detail;
        const byUse = plain ? [probe(pair, "return-any"), probe(pair, "predicate")].find((p) => p?.forward === "broken") : void 0;
        const own = byUse ?? (plain ? probe(pair, "return") ?? probe(pair, "call") : c.probe);
        const guardChanged = plain && !byUse && GUARD.test(a) && GUARD.test(b);
        if (own && own.forward === "ok" && own.reverse === "ok" && !guardChanged) continue;
        const toVoid = b === "void" && a !== "void";
        const fromVoid = resultType(a) !== void 0 && !c.userImplemented;
        const level = toVoid ? "major" : fromVoid || guardChanged ? "minor" : judged(own, "major");
        changes.push(
          pairChange("ts-return-type-changed", pair, {
            level,
            detail: c.detail ? `${c.detail}.return` : "return",
            message: `${label({ entry: pair.entry, name: c.label })} ${toVoid ? "now returns void" : fromVoid ? "now returns a value" : level === "major" ? "returns a type that code using the old result does not accept" : "returns a narrower type"}: ${a} \u2192 ${b}`,
            before: a,
            after: b,
            witness: c.probe?.witness ? c.probe : own
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-this-type-changed.ts
function typeName(ns, d) {
  return (d.typeParameters ?? []).some((t) => t.default === void 0) ? void 0 : `${ns}.${d.name}`;
}
function receiverProbe(pair, c) {
  const d = pair.old;
  let pinned;
  let used;
  let target;
  if (!c.detail) {
    if (d.kind === "function") {
      pinned = `typeof ${PIN}.${d.name}`;
      used = `typeof ${API}.${d.name}`;
      target = `${API}.${d.name}`;
    } else {
      const p = typeName(PIN, d);
      const a = typeName(API, d);
      if (!p || !a) return void 0;
      pinned = p;
      used = a;
    }
  } else {
    const p = typeName(PIN, d);
    const a = typeName(API, d);
    if (!p || !a) return void 0;
    pinned = `NonNullable<${p}[${JSON.stringify(c.detail)}]>`;
    used = `NonNullable<${a}[${JSON.stringify(c.detail)}]>`;
  }
  const lines = [`declare const self: ThisParameterType<${pinned}>;`];
  if (c.userImplemented) {
    lines.push(
      `declare const impl: (this: ThisParameterType<${pinned}>, ...args: Parameters<${used}>) => ReturnType<${used}>;`
    );
    lines.push(
      `const given: (this: ThisParameterType<${used}>, ...args: Parameters<${used}>) => ReturnType<${used}> = impl;`
    );
  } else {
    if (!target) lines.push(`declare const fn: ${used};`);
    lines.push(`declare const args: Parameters<${used}>;`, `${target ?? "fn"}.call(self, ...args);`);
  }
  return { entry: pair.entry, name: c.detail ? `this:${c.detail}` : "this", code: lines.join("\n") };
}
function structural(c) {
  const added = c.old.thisType === void 0;
  const removed = c.new.thisType === void 0;
  if (c.userImplemented) return added ? "minor" : "major";
  return removed ? "minor" : "major";
}
var rule142 = tsRule({
  id: "ts-this-type-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "The `this` parameter of a function or method changed: added or narrowed (major for callers), removed or widened (minor); the other way round for callbacks consumers implement.",
  rationale: "A call through another receiver (`f.call(ctx)`, a detached method) is checked against the declared `this`; an implementation is handed the receiver the library declares.",
  find(analysis) {
    const found = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        if ((c.old.thisType ?? "") === (c.new.thisType ?? "")) continue;
        found.push({ pair, c, probe: receiverProbe(pair, c) });
      }
    }
    if (found.length === 0) return [];
    const probes = found.flatMap((f) => f.probe ? [f.probe] : []);
    const verdicts = runModuleProbes(analysis, probes);
    const results = new Map(probes.map((p, i) => [p, verdicts[i]]));
    return found.map(({ pair, c, probe: probe2 }) => {
      const result = probe2 ? results.get(probe2) : void 0;
      const level = !result || result.forward === "invalid" ? structural(c) : result.forward === "broken" ? "major" : "minor";
      const what = c.old.thisType === void 0 ? `now requires \`this: ${c.new.thisType}\`` : c.new.thisType === void 0 ? `no longer declares \`this: ${c.old.thisType}\`` : `changed its \`this\` type: ${c.old.thisType} \u2192 ${c.new.thisType}`;
      return pairChange("ts-this-type-changed", pair, {
        level,
        detail: c.detail ? `${c.detail}.this` : "this",
        message: `${label({ entry: pair.entry, name: c.label })} ${what}`,
        before: c.old.thisType ?? null,
        after: c.new.thisType ?? null,
        witness: result
      });
    });
  }
});

// src/compat/typescript/type-parameters.ts
function typeParametersOf(pair, side) {
  const d = pair[side];
  if (d.kind === "function") return d.signatures?.length === 1 ? d.signatures[0].typeParameters : [];
  return d.typeParameters ?? [];
}
function reorderedTypeParameters(before, after) {
  const a = before.map((t) => t.name);
  const b = after.map((t) => t.name);
  return a.length > 1 && a.length === b.length && a.join() !== b.join() && [...a].sort().join() === [...b].sort().join();
}
function matchedTypeParameters(before, after) {
  if (reorderedTypeParameters(before, after)) return before.map((t) => [t, after.find((u) => u.name === t.name)]);
  return before.slice(0, after.length).map((t, i) => [t, after[i]]);
}

// src/compat/rules/ts-type-parameter-added.ts
var rule143 = tsRule({
  id: "ts-type-parameter-added",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A type parameter was added: without a default (major) or with one (minor).",
  rationale: "Explicit type arguments written for the old arity are errors when a required type parameter is added.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, "old");
      const after = typeParametersOf(pair, "new");
      if (pair.old.kind !== pair.new.kind || after.length <= before.length) continue;
      const added = after.slice(before.length);
      const required = added.some((t) => t.default === void 0) && !(pair.old.kind === "function" && before.length === 0);
      const witness = probe(pair, "type-arguments");
      changes.push(
        pairChange("ts-type-parameter-added", pair, {
          level: required ? "major" : "minor",
          message: `${label(pair)} has new type parameter${added.length > 1 ? "s" : ""} ${added.map((t) => `"${t.name}"${t.default ? ` (default ${t.default})` : required ? " without a default" : ", inferred at every call"}`).join(", ")}`,
          after: added,
          witness
        })
      );
    }
    return changes;
  }
});

// src/compat/rules/ts-type-parameter-constraint-changed.ts
var decided = (...probes) => probes.find((p) => p !== void 0 && p.forward !== "invalid");
var rule144 = tsRule({
  id: "ts-type-parameter-constraint-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A type parameter constraint was tightened, or loosened on a generic signature consumers implement (major), or loosened where consumers choose the type arguments (minor).",
  rationale: "Type arguments that satisfied the old constraint may not satisfy a tighter one; an implementation written for the old constraint may be called with the wider one.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of matchedTypeParameters(typeParametersOf(pair, "old"), typeParametersOf(pair, "new"))) {
        if (a.constraint === b.constraint) continue;
        const p = decided(
          probe(pair, "type-arguments"),
          pair.old.kind === "function" ? probe(pair, "call") : void 0
        );
        const tightened = b.constraint !== void 0 && (a.constraint === void 0 || !p || p.forward !== "ok");
        changes.push(
          pairChange("ts-type-parameter-constraint-changed", pair, {
            level: tightened ? "major" : "minor",
            detail: `<${a.name}>`,
            message: `The constraint of type parameter "${a.name}" of ${label(pair)} was ${tightened ? "tightened" : "loosened"}: ${a.constraint ?? "(none)"} \u2192 ${b.constraint ?? "(none)"}`,
            before: a.constraint ?? null,
            after: b.constraint ?? null,
            witness: p
          })
        );
      }
      if (pair.old.kind === "function") continue;
      for (const c of callables(pair)) {
        for (const [a, b] of matchedTypeParameters(c.old.typeParameters, c.new.typeParameters)) {
          if (a.constraint === b.constraint || !c.probe || c.probe.forward === "invalid") continue;
          const major = c.probe.forward === "broken";
          const where = c.userImplemented ? "consumers implement it" : "consumers call it";
          const how = major ? c.userImplemented ? "an implementation written for the old constraint may now be called with values it was not written for" : "calls with the old type arguments no longer compile" : "old code still compiles";
          changes.push(
            pairChange("ts-type-parameter-constraint-changed", pair, {
              level: major ? "major" : "minor",
              detail: `${c.detail ? `${c.detail}.` : ""}<${a.name}>`,
              message: `The constraint of type parameter "${a.name}" of ${c.detail ? `${label(pair)}'s method "${c.detail}"` : label(pair)} changed: ${a.constraint ?? "(none)"} \u2192 ${b.constraint ?? "(none)"}; ${where}, and ${how}`,
              before: a.constraint ?? null,
              after: b.constraint ?? null,
              witness: c.probe
            })
          );
        }
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-type-parameter-default-changed.ts
var rule145 = tsRule({
  id: "ts-type-parameter-default-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "The default of a type parameter changed or was added (minor; review uses that omit the argument) or removed (major).",
  rationale: "Omitted type arguments now mean another type; the checker judges the effect through the declaration itself.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, "old");
      const after = typeParametersOf(pair, "new");
      for (const [a, b] of matchedTypeParameters(before, after)) {
        if (a.default === b.default) continue;
        const removed = b.default === void 0;
        changes.push(
          pairChange("ts-type-parameter-default-changed", pair, {
            level: removed ? "major" : "minor",
            detail: `<${a.name}>`,
            message: removed ? `Type parameter "${a.name}" of ${label(pair)} no longer has a default (was ${a.default}): uses that omit it no longer compile` : a.default === void 0 ? `Type parameter "${a.name}" of ${label(pair)} now has a default: ${b.default}` : `The default of type parameter "${a.name}" of ${label(pair)} changed: ${a.default} \u2192 ${b.default}`,
            before: a.default ?? null,
            after: b.default ?? null,
            witness: probe(pair, "type-arguments")
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-type-parameter-removed.ts
var rule146 = tsRule({
  id: "ts-type-parameter-removed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A type parameter was removed.",
  rationale: "Consumers that pass type arguments now pass too many.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, "old");
      const after = typeParametersOf(pair, "new");
      if (pair.old.kind !== pair.new.kind || after.length >= before.length) continue;
      const removed = before.slice(after.length);
      changes.push(
        pairChange("ts-type-parameter-removed", pair, {
          level: "major",
          message: `${label(pair)} no longer takes type parameter${removed.length > 1 ? "s" : ""} ${removed.map((t) => `"${t.name}"`).join(", ")}`,
          before: removed,
          witness: probe(pair, "type-arguments")
        })
      );
    }
    return changes;
  }
});

// src/compat/rules/ts-type-parameters-reordered.ts
var rule147 = tsRule({
  id: "ts-type-parameters-reordered",
  explainsChangedDeclarations: true,
  level: "major",
  description: "Type parameters were reordered (the same names in another order).",
  rationale: "Explicit type arguments bind by position: each now lands on another type parameter, a compile error where the constraints differ and silently otherwise.",
  find(analysis) {
    const changes = [];
    const names = (list) => list.map((t) => t.name);
    for (const pair of analysis.changed) {
      if (pair.old.kind !== pair.new.kind) continue;
      const before = typeParametersOf(pair, "old");
      const after = typeParametersOf(pair, "new");
      if (reorderedTypeParameters(before, after)) {
        changes.push(
          pairChange("ts-type-parameters-reordered", pair, {
            level: "major",
            message: `The type parameters of ${label(pair)} were reordered: <${names(before).join(", ")}> \u2192 <${names(after).join(", ")}>`,
            before: names(before),
            after: names(after),
            // The type-arguments probe passes the old constraints in the old order: it fails where they differ.
            witness: probe(pair, "type-arguments")
          })
        );
      }
      for (const c of callables(pair).filter(
        (m) => m.detail && reorderedTypeParameters(m.old.typeParameters, m.new.typeParameters)
      )) {
        changes.push(
          pairChange("ts-type-parameters-reordered", pair, {
            level: "major",
            detail: c.detail,
            message: `The type parameters of ${label({ entry: pair.entry, name: c.label })} were reordered: <${names(c.old.typeParameters).join(", ")}> \u2192 <${names(c.new.typeParameters).join(", ")}>`,
            before: names(c.old.typeParameters),
            after: names(c.new.typeParameters)
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/ts-types-missing.ts
var rule148 = tsRule({
  id: "ts-types-missing",
  level: "major",
  description: "An entry point that resolved to declarations no longer does (types missing or not resolvable).",
  rationale: 'TypeScript consumers get "could not find a declaration file" and every import is any or an error.',
  find(analysis) {
    const oldExports = (subpath) => analysis.old.declarations.some((d) => d.entry === subpath);
    return Object.keys(analysis.old.entryPoints).filter((subpath) => analysis.new.entryPoints[subpath] === void 0 && oldExports(subpath)).map((subpath) => ({
      rule: "ts-types-missing",
      level: "major",
      item: `ts-entry:${subpath}`,
      subject: `ts-entry:${subpath}`,
      message: `The entry point "${subpath}" no longer resolves to TypeScript declarations (it was ${analysis.old.entryPoints[subpath]})`,
      before: analysis.old.entryPoints[subpath],
      location: { file: "package.json" },
      ...analysis.lostEntries.get(subpath)?.witness ? { witness: analysis.lostEntries.get(subpath).witness } : {}
    }));
  }
});

// src/compat/rules/ts-typescript-version-raised.ts
var import_semver4 = __toESM(require_semver(), 1);
function minimumOf(surface, snapshot) {
  const { minimumTypeScript, readMinimumTypeScript } = typescriptEngine();
  const recorded = readMinimumTypeScript(surface);
  if (recorded) return recorded;
  if (Object.keys(surface.files).length === 0) return void 0;
  return minimumTypeScript({ peerDependencies: snapshot.package?.peerDependencies }, surface.files);
}
var OLDEST_SUPPORTED_TYPESCRIPT = "5.0.0";
var versionOf2 = (value) => typeof value === "string" || typeof value === "number" ? import_semver4.default.coerce(String(value))?.version ?? null : null;
function supportFloor(options) {
  return versionOf2(options.oldestSupportedTypeScript) ?? OLDEST_SUPPORTED_TYPESCRIPT;
}
function atLeastSupported(minimum, floor) {
  if (!minimum || import_semver4.default.gte(minimum.version, floor)) return minimum;
  return { ...minimum, version: floor };
}
var short = (version) => version === "0.0.0" ? "any version" : version.replace(/\.0$/, "");
var describe2 = (r) => `${r.detail}${r.location?.line ? ` (${r.location.file}:${r.location.line})` : ""}`;
var rule149 = tsRule({
  id: "ts-typescript-version-raised",
  level: "major",
  description: "The oldest TypeScript version that can compile against the declarations was raised (syntax, peerDependencies.typescript, typesVersions).",
  rationale: `Consumers on the older compiler get syntax errors in the package's declarations; semver-ts.org's "simple majors" policy makes that a major (a rolling support window: minor).`,
  options: [
    {
      name: "oldestSupportedTypeScript",
      default: "5.0",
      description: 'The oldest TypeScript consumers are assumed to use: a minimum below it raises nothing ("0" counts every compiler).',
      check: (value) => versionOf2(value) ? void 0 : 'is not a TypeScript version (write "4.7", or "0" for every compiler)'
    }
  ],
  find(analysis, context) {
    if (analysis.new.declarations.length === 0) return [];
    const floor = supportFloor(context.options);
    const before = atLeastSupported(minimumOf(analysis.old, context.old), floor);
    const after = atLeastSupported(minimumOf(analysis.new, context.new), floor);
    if (!before || !after || before.version === after.version) return [];
    const raised = import_semver4.default.gt(after.version, before.version);
    const why = (raised ? after : before).reasons.filter(
      (r) => r.source !== "typesVersions" && import_semver4.default.gt(r.version, (raised ? before : after).version)
    );
    const found = raised ? why[0]?.location : void 0;
    const at = found && analysis.new.from === "source" && found.file.endsWith(".d.ts") ? { file: found.file.replace(/\.d\.ts$/, ".ts") } : found;
    const change = {
      rule: "ts-typescript-version-raised",
      level: raised ? "major" : "patch",
      item: itemKey.package(),
      subject: "typescript.minimum",
      message: raised ? `Consumers now need TypeScript ${short(after.version)} or newer (was ${short(before.version)}): ${why.map(describe2).join("; ")}` : `The minimum TypeScript version was lowered from ${short(before.version)} to ${short(after.version)}`,
      before: before.version,
      after: after.version,
      location: at ?? { file: "package.json" }
    };
    return [change];
  }
});

// src/compat/rules/ts-union-member-changed.ts
var rule150 = tsRule({
  id: "ts-union-member-changed",
  explainsChangedDeclarations: true,
  level: "major",
  description: "A union type gained a member (major in output positions) or lost one (major in input positions); minor otherwise.",
  rationale: "Outputs: consumers handle the old members only. Inputs: consumers pass old members that may be gone.",
  find(analysis) {
    const changes = [];
    for (const pair of analysis.changed) {
      const before = pair.old.unionMembers;
      const after = pair.new.unionMembers;
      if (!before || !after) continue;
      const added = after.filter((m) => !before.includes(m));
      const removed = before.filter((m) => !after.includes(m));
      if (added.length > 0 && removed.length > 0 && equivalent(pair)) continue;
      const read = probe(pair, "read");
      const write = probe(pair, "write");
      if (added.length > 0) {
        const level = pair.positions.output ? judged(read, "major") : "minor";
        changes.push(
          pairChange("ts-union-member-changed", pair, {
            level,
            detail: "added",
            message: `${label(pair)} gained ${added.join(" | ")}${level === "major" ? ", which consumers that receive it do not handle" : ""}`,
            after: added,
            witness: read
          })
        );
      }
      if (removed.length > 0) {
        const level = pair.positions.input ? judged(write, "major") : "minor";
        changes.push(
          pairChange("ts-union-member-changed", pair, {
            level,
            detail: "removed",
            message: `${label(pair)} lost ${removed.join(" | ")}${level === "major" ? ", which consumers may still pass" : ""}`,
            before: removed,
            witness: write
          })
        );
      }
    }
    return changes;
  }
});

// src/compat/rules/index.ts
var elementRules = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule13,
  rule14,
  rule15,
  rule16,
  rule17,
  rule18,
  rule19,
  rule20,
  rule21,
  rule22,
  rule23,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule30,
  rule31
];
var mcpContractRules = [
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule45,
  rule46,
  rule47,
  rule48,
  rule49,
  rule50,
  rule51,
  rule52,
  rule53,
  rule54,
  rule55,
  rule56,
  rule57,
  rule58,
  rule59,
  rule60,
  rule61,
  rule62,
  rule63,
  rule64,
  rule65,
  rule66,
  rule67,
  rule68,
  rule69,
  rule70,
  rule71,
  rule72,
  rule73,
  rule74,
  rule75,
  rule76,
  rule77,
  rule78,
  rule79,
  rule80,
  rule81,
  rule82,
  rule83,
  rule84,
  rule85,
  rule86,
  rule87,
  rule88,
  rule89,
  rule90,
  rule91,
  rule92,
  rule93,
  rule94,
  rule95,
  rule96,
  rule97,
  rule98,
  rule99
];
var typescriptRules = [
  rule105,
  rule106,
  rule107,
  rule108,
  rule109,
  rule110,
  rule111,
  rule112,
  rule113,
  rule114,
  rule115,
  rule116,
  rule117,
  rule118,
  rule119,
  rule120,
  rule121,
  rule122,
  rule123,
  rule124,
  rule125,
  rule126,
  rule127,
  rule128,
  rule129,
  rule130,
  rule131,
  rule132,
  rule133,
  rule134,
  rule135,
  rule136,
  rule137,
  rule138,
  rule139,
  rule140,
  rule141,
  rule142,
  rule143,
  rule144,
  rule145,
  rule146,
  rule147,
  rule148,
  rule149,
  rule150
];
var securityRules = [
  rule100,
  rule101,
  rule102,
  rule103,
  rule104
];
var rules = [...elementRules, ...mcpContractRules, ...securityRules, ...typescriptRules];

export {
  packageSurface,
  surfaceItems,
  overriddenLevel,
  rules
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
