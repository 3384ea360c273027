import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 542;
export const ids = [542];
export const modules = {

/***/ 88542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BRAND: () => (/* reexport */ types/* BRAND */.qt),
  DIRTY: () => (/* reexport */ parseUtil/* DIRTY */.jm),
  EMPTY_PATH: () => (/* reexport */ parseUtil/* EMPTY_PATH */.I3),
  INVALID: () => (/* reexport */ parseUtil/* INVALID */.uY),
  NEVER: () => (/* reexport */ types/* NEVER */.tm),
  OK: () => (/* reexport */ parseUtil.OK),
  ParseStatus: () => (/* reexport */ parseUtil/* ParseStatus */.MY),
  Schema: () => (/* reexport */ types/* Schema */.Sj),
  ZodAny: () => (/* reexport */ types/* ZodAny */.Ml),
  ZodArray: () => (/* reexport */ types/* ZodArray */.n),
  ZodBigInt: () => (/* reexport */ types/* ZodBigInt */.Lr),
  ZodBoolean: () => (/* reexport */ types/* ZodBoolean */.WF),
  ZodBranded: () => (/* reexport */ types/* ZodBranded */.eN),
  ZodCatch: () => (/* reexport */ types/* ZodCatch */.hw),
  ZodDate: () => (/* reexport */ types/* ZodDate */.aP),
  ZodDefault: () => (/* reexport */ types/* ZodDefault */.Xi),
  ZodDiscriminatedUnion: () => (/* reexport */ types/* ZodDiscriminatedUnion */.jv),
  ZodEffects: () => (/* reexport */ types/* ZodEffects */.k1),
  ZodEnum: () => (/* reexport */ types/* ZodEnum */.Vb),
  ZodError: () => (/* reexport */ ZodError/* ZodError */.G),
  ZodFirstPartyTypeKind: () => (/* reexport */ types/* ZodFirstPartyTypeKind */.kY),
  ZodFunction: () => (/* reexport */ types/* ZodFunction */.CZ),
  ZodIntersection: () => (/* reexport */ types/* ZodIntersection */.Jv),
  ZodIssueCode: () => (/* reexport */ ZodError/* ZodIssueCode */.eq),
  ZodLazy: () => (/* reexport */ types/* ZodLazy */.Ih),
  ZodLiteral: () => (/* reexport */ types/* ZodLiteral */.DN),
  ZodMap: () => (/* reexport */ types/* ZodMap */.Ut),
  ZodNaN: () => (/* reexport */ types/* ZodNaN */.Tq),
  ZodNativeEnum: () => (/* reexport */ types/* ZodNativeEnum */.WM),
  ZodNever: () => (/* reexport */ types/* ZodNever */.iS),
  ZodNull: () => (/* reexport */ types/* ZodNull */.PQ),
  ZodNullable: () => (/* reexport */ types/* ZodNullable */.l1),
  ZodNumber: () => (/* reexport */ types/* ZodNumber */.rS),
  ZodObject: () => (/* reexport */ types/* ZodObject */.bv),
  ZodOptional: () => (/* reexport */ types/* ZodOptional */.Ii),
  ZodParsedType: () => (/* reexport */ util/* ZodParsedType */.Zp),
  ZodPipeline: () => (/* reexport */ types/* ZodPipeline */._c),
  ZodPromise: () => (/* reexport */ types/* ZodPromise */.$i),
  ZodReadonly: () => (/* reexport */ types/* ZodReadonly */.EV),
  ZodRecord: () => (/* reexport */ types/* ZodRecord */.b8),
  ZodSchema: () => (/* reexport */ types/* ZodSchema */.lK),
  ZodSet: () => (/* reexport */ types/* ZodSet */.Kz),
  ZodString: () => (/* reexport */ types/* ZodString */.ND),
  ZodSymbol: () => (/* reexport */ types/* ZodSymbol */.K5),
  ZodTransformer: () => (/* reexport */ types/* ZodTransformer */.BG),
  ZodTuple: () => (/* reexport */ types/* ZodTuple */.y0),
  ZodType: () => (/* reexport */ types/* ZodType */.aR),
  ZodUndefined: () => (/* reexport */ types/* ZodUndefined */._Z),
  ZodUnion: () => (/* reexport */ types/* ZodUnion */.fZ),
  ZodUnknown: () => (/* reexport */ types/* ZodUnknown */._),
  ZodVoid: () => (/* reexport */ types/* ZodVoid */.a0),
  addIssueToContext: () => (/* reexport */ parseUtil/* addIssueToContext */.zn),
  any: () => (/* reexport */ types/* any */.bz),
  array: () => (/* reexport */ types/* array */.YO),
  bigint: () => (/* reexport */ types/* bigint */.o),
  boolean: () => (/* reexport */ types/* boolean */.zM),
  coerce: () => (/* reexport */ types/* coerce */.au),
  custom: () => (/* reexport */ types/* custom */.Ie),
  date: () => (/* reexport */ types/* date */.p6),
  datetimeRegex: () => (/* reexport */ types/* datetimeRegex */.fm),
  "default": () => (/* binding */ v3),
  defaultErrorMap: () => (/* reexport */ errors/* defaultErrorMap */.su),
  discriminatedUnion: () => (/* reexport */ types/* discriminatedUnion */.gM),
  effect: () => (/* reexport */ types/* effect */.QZ),
  "enum": () => (/* reexport */ types/* enum */.k5),
  "function": () => (/* reexport */ types/* function */.fH),
  getErrorMap: () => (/* reexport */ errors/* getErrorMap */.$W),
  getParsedType: () => (/* reexport */ util/* getParsedType */.CR),
  "instanceof": () => (/* reexport */ types/* instanceof */.Nl),
  intersection: () => (/* reexport */ types/* intersection */.E$),
  isAborted: () => (/* reexport */ parseUtil/* isAborted */.G4),
  isAsync: () => (/* reexport */ parseUtil/* isAsync */.xP),
  isDirty: () => (/* reexport */ parseUtil/* isDirty */.DM),
  isValid: () => (/* reexport */ parseUtil/* isValid */.fn),
  late: () => (/* reexport */ types/* late */.fn),
  lazy: () => (/* reexport */ types/* lazy */.RZ),
  literal: () => (/* reexport */ types/* literal */.eu),
  makeIssue: () => (/* reexport */ parseUtil/* makeIssue */.y7),
  map: () => (/* reexport */ types/* map */.Tj),
  nan: () => (/* reexport */ types/* nan */.oi),
  nativeEnum: () => (/* reexport */ types/* nativeEnum */.fc),
  never: () => (/* reexport */ types/* never */.Zm),
  "null": () => (/* reexport */ types/* null */.ch),
  nullable: () => (/* reexport */ types/* nullable */.me),
  number: () => (/* reexport */ types/* number */.ai),
  object: () => (/* reexport */ types/* object */.Ik),
  objectUtil: () => (/* reexport */ util/* objectUtil */.o6),
  oboolean: () => (/* reexport */ types/* oboolean */.yN),
  onumber: () => (/* reexport */ types/* onumber */.p7),
  optional: () => (/* reexport */ types/* optional */.lq),
  ostring: () => (/* reexport */ types/* ostring */.Di),
  pipeline: () => (/* reexport */ types/* pipeline */.Tk),
  preprocess: () => (/* reexport */ types/* preprocess */.vk),
  promise: () => (/* reexport */ types/* promise */.iv),
  quotelessJson: () => (/* reexport */ ZodError/* quotelessJson */.WI),
  record: () => (/* reexport */ types/* record */.g1),
  set: () => (/* reexport */ types/* set */.hZ),
  setErrorMap: () => (/* reexport */ errors/* setErrorMap */.pJ),
  strictObject: () => (/* reexport */ types/* strictObject */.re),
  string: () => (/* reexport */ types/* string */.Yj),
  symbol: () => (/* reexport */ types/* symbol */.HR),
  transformer: () => (/* reexport */ types/* transformer */.Gu),
  tuple: () => (/* reexport */ types/* tuple */.PV),
  undefined: () => (/* reexport */ types/* undefined */.Vx),
  union: () => (/* reexport */ types/* union */.KC),
  unknown: () => (/* reexport */ types/* unknown */.L5),
  util: () => (/* reexport */ util/* util */.ZS),
  "void": () => (/* reexport */ types/* void */.rI),
  z: () => (/* reexport */ external_namespaceObject)
});

// NAMESPACE OBJECT: ./node_modules/zod/v3/external.js
var external_namespaceObject = {};
__webpack_require__.r(external_namespaceObject);
__webpack_require__.d(external_namespaceObject, {
  BRAND: () => (types/* BRAND */.qt),
  DIRTY: () => (parseUtil/* DIRTY */.jm),
  EMPTY_PATH: () => (parseUtil/* EMPTY_PATH */.I3),
  INVALID: () => (parseUtil/* INVALID */.uY),
  NEVER: () => (types/* NEVER */.tm),
  OK: () => (parseUtil.OK),
  ParseStatus: () => (parseUtil/* ParseStatus */.MY),
  Schema: () => (types/* Schema */.Sj),
  ZodAny: () => (types/* ZodAny */.Ml),
  ZodArray: () => (types/* ZodArray */.n),
  ZodBigInt: () => (types/* ZodBigInt */.Lr),
  ZodBoolean: () => (types/* ZodBoolean */.WF),
  ZodBranded: () => (types/* ZodBranded */.eN),
  ZodCatch: () => (types/* ZodCatch */.hw),
  ZodDate: () => (types/* ZodDate */.aP),
  ZodDefault: () => (types/* ZodDefault */.Xi),
  ZodDiscriminatedUnion: () => (types/* ZodDiscriminatedUnion */.jv),
  ZodEffects: () => (types/* ZodEffects */.k1),
  ZodEnum: () => (types/* ZodEnum */.Vb),
  ZodError: () => (ZodError/* ZodError */.G),
  ZodFirstPartyTypeKind: () => (types/* ZodFirstPartyTypeKind */.kY),
  ZodFunction: () => (types/* ZodFunction */.CZ),
  ZodIntersection: () => (types/* ZodIntersection */.Jv),
  ZodIssueCode: () => (ZodError/* ZodIssueCode */.eq),
  ZodLazy: () => (types/* ZodLazy */.Ih),
  ZodLiteral: () => (types/* ZodLiteral */.DN),
  ZodMap: () => (types/* ZodMap */.Ut),
  ZodNaN: () => (types/* ZodNaN */.Tq),
  ZodNativeEnum: () => (types/* ZodNativeEnum */.WM),
  ZodNever: () => (types/* ZodNever */.iS),
  ZodNull: () => (types/* ZodNull */.PQ),
  ZodNullable: () => (types/* ZodNullable */.l1),
  ZodNumber: () => (types/* ZodNumber */.rS),
  ZodObject: () => (types/* ZodObject */.bv),
  ZodOptional: () => (types/* ZodOptional */.Ii),
  ZodParsedType: () => (util/* ZodParsedType */.Zp),
  ZodPipeline: () => (types/* ZodPipeline */._c),
  ZodPromise: () => (types/* ZodPromise */.$i),
  ZodReadonly: () => (types/* ZodReadonly */.EV),
  ZodRecord: () => (types/* ZodRecord */.b8),
  ZodSchema: () => (types/* ZodSchema */.lK),
  ZodSet: () => (types/* ZodSet */.Kz),
  ZodString: () => (types/* ZodString */.ND),
  ZodSymbol: () => (types/* ZodSymbol */.K5),
  ZodTransformer: () => (types/* ZodTransformer */.BG),
  ZodTuple: () => (types/* ZodTuple */.y0),
  ZodType: () => (types/* ZodType */.aR),
  ZodUndefined: () => (types/* ZodUndefined */._Z),
  ZodUnion: () => (types/* ZodUnion */.fZ),
  ZodUnknown: () => (types/* ZodUnknown */._),
  ZodVoid: () => (types/* ZodVoid */.a0),
  addIssueToContext: () => (parseUtil/* addIssueToContext */.zn),
  any: () => (types/* any */.bz),
  array: () => (types/* array */.YO),
  bigint: () => (types/* bigint */.o),
  boolean: () => (types/* boolean */.zM),
  coerce: () => (types/* coerce */.au),
  custom: () => (types/* custom */.Ie),
  date: () => (types/* date */.p6),
  datetimeRegex: () => (types/* datetimeRegex */.fm),
  defaultErrorMap: () => (errors/* defaultErrorMap */.su),
  discriminatedUnion: () => (types/* discriminatedUnion */.gM),
  effect: () => (types/* effect */.QZ),
  "enum": () => (types/* enum */.k5),
  "function": () => (types/* function */.fH),
  getErrorMap: () => (errors/* getErrorMap */.$W),
  getParsedType: () => (util/* getParsedType */.CR),
  "instanceof": () => (types/* instanceof */.Nl),
  intersection: () => (types/* intersection */.E$),
  isAborted: () => (parseUtil/* isAborted */.G4),
  isAsync: () => (parseUtil/* isAsync */.xP),
  isDirty: () => (parseUtil/* isDirty */.DM),
  isValid: () => (parseUtil/* isValid */.fn),
  late: () => (types/* late */.fn),
  lazy: () => (types/* lazy */.RZ),
  literal: () => (types/* literal */.eu),
  makeIssue: () => (parseUtil/* makeIssue */.y7),
  map: () => (types/* map */.Tj),
  nan: () => (types/* nan */.oi),
  nativeEnum: () => (types/* nativeEnum */.fc),
  never: () => (types/* never */.Zm),
  "null": () => (types/* null */.ch),
  nullable: () => (types/* nullable */.me),
  number: () => (types/* number */.ai),
  object: () => (types/* object */.Ik),
  objectUtil: () => (util/* objectUtil */.o6),
  oboolean: () => (types/* oboolean */.yN),
  onumber: () => (types/* onumber */.p7),
  optional: () => (types/* optional */.lq),
  ostring: () => (types/* ostring */.Di),
  pipeline: () => (types/* pipeline */.Tk),
  preprocess: () => (types/* preprocess */.vk),
  promise: () => (types/* promise */.iv),
  quotelessJson: () => (ZodError/* quotelessJson */.WI),
  record: () => (types/* record */.g1),
  set: () => (types/* set */.hZ),
  setErrorMap: () => (errors/* setErrorMap */.pJ),
  strictObject: () => (types/* strictObject */.re),
  string: () => (types/* string */.Yj),
  symbol: () => (types/* symbol */.HR),
  transformer: () => (types/* transformer */.Gu),
  tuple: () => (types/* tuple */.PV),
  undefined: () => (types/* undefined */.Vx),
  union: () => (types/* union */.KC),
  unknown: () => (types/* unknown */.L5),
  util: () => (util/* util */.ZS),
  "void": () => (types/* void */.rI)
});

// EXTERNAL MODULE: ./node_modules/zod/v3/errors.js
var errors = __webpack_require__(19615);
// EXTERNAL MODULE: ./node_modules/zod/v3/helpers/parseUtil.js
var parseUtil = __webpack_require__(52739);
// EXTERNAL MODULE: ./node_modules/zod/v3/helpers/util.js
var util = __webpack_require__(94134);
// EXTERNAL MODULE: ./node_modules/zod/v3/types.js + 1 modules
var types = __webpack_require__(38248);
// EXTERNAL MODULE: ./node_modules/zod/v3/ZodError.js
var ZodError = __webpack_require__(81553);
;// CONCATENATED MODULE: ./node_modules/zod/v3/external.js







;// CONCATENATED MODULE: ./node_modules/zod/v3/index.js



/* harmony default export */ const v3 = (external_namespaceObject);


/***/ })

};
