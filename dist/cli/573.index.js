import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 573;
export const ids = [573];
export const modules = {

/***/ 46573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $brand: () => (/* reexport */ core_core/* $brand */._e),
  $input: () => (/* reexport */ registries/* $input */.nP),
  $output: () => (/* reexport */ registries/* $output */.UY),
  INVALID: () => (/* reexport */ compile/* INVALID */.uY),
  NEVER: () => (/* reexport */ core_core/* NEVER */.tm),
  TimePrecision: () => (/* reexport */ api/* TimePrecision */.So),
  ZodCompileAsyncError: () => (/* reexport */ compile/* ZodCompileAsyncError */.RI),
  ZodCompileUnsupportedError: () => (/* reexport */ compile/* ZodCompileUnsupportedError */.i),
  ZodMiniAny: () => (/* reexport */ schemas/* ZodMiniAny */.bxh),
  ZodMiniArray: () => (/* reexport */ schemas/* ZodMiniArray */.WT6),
  ZodMiniBase64: () => (/* reexport */ schemas/* ZodMiniBase64 */.mfd),
  ZodMiniBase64URL: () => (/* reexport */ schemas/* ZodMiniBase64URL */.Btq),
  ZodMiniBigInt: () => (/* reexport */ schemas/* ZodMiniBigInt */.s8U),
  ZodMiniBigIntFormat: () => (/* reexport */ schemas/* ZodMiniBigIntFormat */.xqP),
  ZodMiniBoolean: () => (/* reexport */ schemas/* ZodMiniBoolean */.n21),
  ZodMiniCIDRv4: () => (/* reexport */ schemas/* ZodMiniCIDRv4 */.RyJ),
  ZodMiniCIDRv6: () => (/* reexport */ schemas/* ZodMiniCIDRv6 */.RTV),
  ZodMiniCUID: () => (/* reexport */ schemas/* ZodMiniCUID */.cBt),
  ZodMiniCUID2: () => (/* reexport */ schemas/* ZodMiniCUID2 */.QUW),
  ZodMiniCatch: () => (/* reexport */ schemas/* ZodMiniCatch */.IbG),
  ZodMiniCodec: () => (/* reexport */ schemas/* ZodMiniCodec */.bBG),
  ZodMiniCreditCard: () => (/* reexport */ schemas/* ZodMiniCreditCard */.KTx),
  ZodMiniCustom: () => (/* reexport */ schemas/* ZodMiniCustom */.M0J),
  ZodMiniCustomStringFormat: () => (/* reexport */ schemas/* ZodMiniCustomStringFormat */.u4z),
  ZodMiniDate: () => (/* reexport */ schemas/* ZodMiniDate */.zTj),
  ZodMiniDefault: () => (/* reexport */ schemas/* ZodMiniDefault */.Gze),
  ZodMiniDiscriminatedUnion: () => (/* reexport */ schemas/* ZodMiniDiscriminatedUnion */.Q_6),
  ZodMiniE164: () => (/* reexport */ schemas/* ZodMiniE164 */.BMP),
  ZodMiniEmail: () => (/* reexport */ schemas/* ZodMiniEmail */.Huj),
  ZodMiniEmoji: () => (/* reexport */ schemas/* ZodMiniEmoji */.D97),
  ZodMiniEnum: () => (/* reexport */ schemas/* ZodMiniEnum */.uGA),
  ZodMiniExactOptional: () => (/* reexport */ schemas/* ZodMiniExactOptional */.CW3),
  ZodMiniFile: () => (/* reexport */ schemas/* ZodMiniFile */.JlL),
  ZodMiniFunction: () => (/* reexport */ schemas/* ZodMiniFunction */.j5G),
  ZodMiniGUID: () => (/* reexport */ schemas/* ZodMiniGUID */.UJD),
  ZodMiniIBAN: () => (/* reexport */ schemas/* ZodMiniIBAN */.n19),
  ZodMiniIPv4: () => (/* reexport */ schemas/* ZodMiniIPv4 */.ehv),
  ZodMiniIPv6: () => (/* reexport */ schemas/* ZodMiniIPv6 */.sxW),
  ZodMiniISODate: () => (/* reexport */ ZodMiniISODate),
  ZodMiniISODateTime: () => (/* reexport */ ZodMiniISODateTime),
  ZodMiniISODuration: () => (/* reexport */ ZodMiniISODuration),
  ZodMiniISOTime: () => (/* reexport */ ZodMiniISOTime),
  ZodMiniIntersection: () => (/* reexport */ schemas/* ZodMiniIntersection */.WEr),
  ZodMiniJWT: () => (/* reexport */ schemas/* ZodMiniJWT */.wi3),
  ZodMiniKSUID: () => (/* reexport */ schemas/* ZodMiniKSUID */.dLv),
  ZodMiniLazy: () => (/* reexport */ schemas/* ZodMiniLazy */.p3),
  ZodMiniLiteral: () => (/* reexport */ schemas/* ZodMiniLiteral */.KMd),
  ZodMiniMAC: () => (/* reexport */ schemas/* ZodMiniMAC */.wbi),
  ZodMiniMap: () => (/* reexport */ schemas/* ZodMiniMap */.vdf),
  ZodMiniNaN: () => (/* reexport */ schemas/* ZodMiniNaN */.g_P),
  ZodMiniNanoID: () => (/* reexport */ schemas/* ZodMiniNanoID */.seJ),
  ZodMiniNever: () => (/* reexport */ schemas/* ZodMiniNever */.Bsm),
  ZodMiniNonOptional: () => (/* reexport */ schemas/* ZodMiniNonOptional */.kBi),
  ZodMiniNull: () => (/* reexport */ schemas/* ZodMiniNull */.cnI),
  ZodMiniNullable: () => (/* reexport */ schemas/* ZodMiniNullable */.eE_),
  ZodMiniNumber: () => (/* reexport */ schemas/* ZodMiniNumber */.Axp),
  ZodMiniNumberFormat: () => (/* reexport */ schemas/* ZodMiniNumberFormat */.BJB),
  ZodMiniObject: () => (/* reexport */ schemas/* ZodMiniObject */.uXj),
  ZodMiniOptional: () => (/* reexport */ schemas/* ZodMiniOptional */.Xz9),
  ZodMiniPipe: () => (/* reexport */ schemas/* ZodMiniPipe */.RcI),
  ZodMiniPrefault: () => (/* reexport */ schemas/* ZodMiniPrefault */.ilq),
  ZodMiniPromise: () => (/* reexport */ schemas/* ZodMiniPromise */.qxo),
  ZodMiniReadonly: () => (/* reexport */ schemas/* ZodMiniReadonly */.PC9),
  ZodMiniRecord: () => (/* reexport */ schemas/* ZodMiniRecord */.kjU),
  ZodMiniSet: () => (/* reexport */ schemas/* ZodMiniSet */.Ho6),
  ZodMiniString: () => (/* reexport */ schemas/* ZodMiniString */.iAB),
  ZodMiniStringFormat: () => (/* reexport */ schemas/* ZodMiniStringFormat */.zUr),
  ZodMiniSuccess: () => (/* reexport */ schemas/* ZodMiniSuccess */.qYX),
  ZodMiniSymbol: () => (/* reexport */ schemas/* ZodMiniSymbol */.DZK),
  ZodMiniTemplateLiteral: () => (/* reexport */ schemas/* ZodMiniTemplateLiteral */.IS),
  ZodMiniTransform: () => (/* reexport */ schemas/* ZodMiniTransform */.Nv_),
  ZodMiniTuple: () => (/* reexport */ schemas/* ZodMiniTuple */.X9T),
  ZodMiniType: () => (/* reexport */ schemas/* ZodMiniType */.DnN),
  ZodMiniULID: () => (/* reexport */ schemas/* ZodMiniULID */.Ven),
  ZodMiniURL: () => (/* reexport */ schemas/* ZodMiniURL */.ODs),
  ZodMiniUUID: () => (/* reexport */ schemas/* ZodMiniUUID */.oog),
  ZodMiniUndefined: () => (/* reexport */ schemas/* ZodMiniUndefined */.Tes),
  ZodMiniUnion: () => (/* reexport */ schemas/* ZodMiniUnion */.KEQ),
  ZodMiniUnknown: () => (/* reexport */ schemas/* ZodMiniUnknown */.twY),
  ZodMiniVoid: () => (/* reexport */ schemas/* ZodMiniVoid */.ncu),
  ZodMiniXID: () => (/* reexport */ schemas/* ZodMiniXID */.wAn),
  ZodMiniXor: () => (/* reexport */ schemas/* ZodMiniXor */.u3i),
  _default: () => (/* reexport */ schemas/* _default */.Rvf),
  _function: () => (/* reexport */ schemas/* _function */.KR7),
  any: () => (/* reexport */ schemas/* any */.bzn),
  array: () => (/* reexport */ schemas/* array */.YOg),
  base64: () => (/* reexport */ schemas/* base64 */.K39),
  base64url: () => (/* reexport */ schemas/* base64url */.r0z),
  bigint: () => (/* reexport */ schemas/* bigint */.oad),
  boolean: () => (/* reexport */ schemas/* boolean */.zMY),
  "catch": () => (/* reexport */ schemas/* catch */.MfU),
  catchall: () => (/* reexport */ schemas/* catchall */.rUs),
  check: () => (/* reexport */ schemas/* check */.z6Y),
  cidrv4: () => (/* reexport */ schemas/* cidrv4 */.zrY),
  cidrv6: () => (/* reexport */ schemas/* cidrv6 */.l7s),
  clone: () => (/* reexport */ util.clone),
  codec: () => (/* reexport */ schemas/* codec */.rLB),
  coerce: () => (/* reexport */ coerce_namespaceObject),
  compile: () => (/* reexport */ compile/* compile */.wE),
  config: () => (/* reexport */ core_core/* config */.$W),
  core: () => (/* reexport */ core),
  creditCard: () => (/* reexport */ schemas/* creditCard */.w8K),
  cuid: () => (/* reexport */ schemas/* cuid */.gF3),
  cuid2: () => (/* reexport */ schemas/* cuid2 */.GlQ),
  currencyCode: () => (/* reexport */ schemas/* currencyCode */.Xyz),
  custom: () => (/* reexport */ schemas/* custom */.IeY),
  date: () => (/* reexport */ schemas/* date */.p6U),
  decode: () => (/* reexport */ parse/* decode */.D4),
  decodeAsync: () => (/* reexport */ parse/* decodeAsync */.Re),
  deepPartial: () => (/* reexport */ deepPartial),
  describe: () => (/* reexport */ schemas/* describe */.q0y),
  discriminatedUnion: () => (/* reexport */ schemas/* discriminatedUnion */.gMt),
  e164: () => (/* reexport */ schemas/* e164 */.hQe),
  email: () => (/* reexport */ schemas/* email */.Rpp),
  emoji: () => (/* reexport */ schemas/* emoji */.ZgG),
  encode: () => (/* reexport */ parse/* encode */.lF),
  encodeAsync: () => (/* reexport */ parse/* encodeAsync */.X$),
  endsWith: () => (/* reexport */ api/* _endsWith */.ER),
  "enum": () => (/* reexport */ schemas/* enum */.k5n),
  exactOptional: () => (/* reexport */ schemas/* exactOptional */.yqP),
  exactPartial: () => (/* reexport */ schemas/* exactPartial */.zjz),
  extend: () => (/* reexport */ schemas/* extend */.X$i),
  file: () => (/* reexport */ schemas/* file */.NJF),
  flattenError: () => (/* reexport */ errors/* flattenError */.JM),
  float32: () => (/* reexport */ schemas/* float32 */.In1),
  float64: () => (/* reexport */ schemas/* float64 */.BNo),
  formatError: () => (/* reexport */ errors/* formatError */.Wk),
  "function": () => (/* reexport */ schemas/* function */.fHH),
  getDiscriminatedOption: () => (/* reexport */ core_schemas/* getDiscriminatedOption */.IB),
  globalRegistry: () => (/* reexport */ registries/* globalRegistry */.fd),
  gt: () => (/* reexport */ api/* _gt */.Tx),
  gte: () => (/* reexport */ api/* _gte */.qm),
  guid: () => (/* reexport */ schemas/* guid */.OsD),
  hash: () => (/* reexport */ schemas/* hash */.tWU),
  hex: () => (/* reexport */ schemas/* hex */.uhr),
  hostname: () => (/* reexport */ schemas/* hostname */.OIJ),
  httpUrl: () => (/* reexport */ schemas/* httpUrl */.q36),
  iban: () => (/* reexport */ schemas/* iban */.Zkx),
  includes: () => (/* reexport */ api/* _includes */.dR),
  input: () => (/* reexport */ input),
  "instanceof": () => (/* reexport */ schemas/* instanceof */.Nlp),
  int: () => (/* reexport */ schemas/* int */.Whr),
  int32: () => (/* reexport */ schemas/* int32 */.HA5),
  int64: () => (/* reexport */ schemas/* int64 */.Gkc),
  intersection: () => (/* reexport */ schemas/* intersection */.E$q),
  invertCodec: () => (/* reexport */ schemas/* invertCodec */.L1c),
  ipv4: () => (/* reexport */ schemas/* ipv4 */.uXy),
  ipv6: () => (/* reexport */ schemas/* ipv6 */.ugL),
  iso: () => (/* reexport */ iso_namespaceObject),
  json: () => (/* reexport */ schemas/* json */.Pq9),
  jwt: () => (/* reexport */ schemas/* jwt */.a$Y),
  keyof: () => (/* reexport */ schemas/* keyof */.ZEF),
  ksuid: () => (/* reexport */ schemas/* ksuid */.fOD),
  lazy: () => (/* reexport */ schemas/* lazy */.RZV),
  length: () => (/* reexport */ api/* _length */.YA),
  literal: () => (/* reexport */ schemas/* literal */.euz),
  locales: () => (/* reexport */ locales),
  looseObject: () => (/* reexport */ schemas/* looseObject */._H3),
  looseRecord: () => (/* reexport */ schemas/* looseRecord */.qWX),
  lowercase: () => (/* reexport */ api/* _lowercase */.hH),
  lt: () => (/* reexport */ api/* _lt */.Au),
  lte: () => (/* reexport */ api/* _lte */.Zm),
  mac: () => (/* reexport */ schemas/* mac */.Mdg),
  map: () => (/* reexport */ schemas/* map */.TjK),
  maxLength: () => (/* reexport */ api/* _maxLength */.Eb),
  maxSize: () => (/* reexport */ api/* _maxSize */.vL),
  maximum: () => (/* reexport */ api/* _lte */.Zm),
  memoizer: () => (/* reexport */ memoizer/* memoizer */.x3),
  merge: () => (/* reexport */ schemas/* merge */.h1I),
  meta: () => (/* reexport */ schemas/* meta */.mIj),
  mime: () => (/* reexport */ api/* _mime */.GZ),
  minLength: () => (/* reexport */ api/* _minLength */.m9),
  minSize: () => (/* reexport */ api/* _minSize */.Nd),
  minimum: () => (/* reexport */ api/* _gte */.qm),
  multipleOf: () => (/* reexport */ api/* _multipleOf */.Hi),
  nan: () => (/* reexport */ schemas/* nan */.oit),
  nanoid: () => (/* reexport */ schemas/* nanoid */.AkI),
  nativeEnum: () => (/* reexport */ schemas/* nativeEnum */.fc),
  negative: () => (/* reexport */ api/* _negative */.bR),
  never: () => (/* reexport */ schemas/* never */.ZmZ),
  nonnegative: () => (/* reexport */ api/* _nonnegative */.UI),
  nonoptional: () => (/* reexport */ schemas/* nonoptional */.eYS),
  nonpositive: () => (/* reexport */ api/* _nonpositive */.ej),
  normalize: () => (/* reexport */ api/* _normalize */.lo),
  "null": () => (/* reexport */ schemas/* null */.chJ),
  nullable: () => (/* reexport */ schemas/* nullable */.mee),
  nullish: () => (/* reexport */ schemas/* nullish */.cl6),
  number: () => (/* reexport */ schemas/* number */.aig),
  object: () => (/* reexport */ schemas/* object */.Ikc),
  omit: () => (/* reexport */ schemas/* omit */.cJW),
  optional: () => (/* reexport */ schemas/* optional */.lqM),
  output: () => (/* reexport */ output),
  overwrite: () => (/* reexport */ api/* _overwrite */.bS),
  parse: () => (/* reexport */ parse/* parse */.qg),
  parseAsync: () => (/* reexport */ parse/* parseAsync */.EJ),
  partial: () => (/* reexport */ schemas/* partial */.OH3),
  partialRecord: () => (/* reexport */ schemas/* partialRecord */.jgl),
  pick: () => (/* reexport */ schemas/* pick */.UpN),
  pipe: () => (/* reexport */ schemas/* pipe */.FsL),
  positive: () => (/* reexport */ api/* _positive */.NC),
  prefault: () => (/* reexport */ schemas/* prefault */.SdS),
  prettifyError: () => (/* reexport */ errors/* prettifyError */.S1),
  promise: () => (/* reexport */ schemas/* promise */.ivC),
  properties: () => (/* reexport */ api/* _properties */.T2),
  property: () => (/* reexport */ api/* _property */.Jf),
  readonly: () => (/* reexport */ schemas/* readonly */.tBZ),
  record: () => (/* reexport */ schemas/* record */.g1P),
  refine: () => (/* reexport */ schemas/* refine */.YPB),
  regex: () => (/* reexport */ api/* _regex */.Fk),
  regexes: () => (/* reexport */ regexes),
  registry: () => (/* reexport */ registries/* registry */.u5),
  required: () => (/* reexport */ schemas/* required */.mw3),
  safeDecode: () => (/* reexport */ parse/* safeDecode */.ex),
  safeDecodeAsync: () => (/* reexport */ parse/* safeDecodeAsync */.yR),
  safeEncode: () => (/* reexport */ parse/* safeEncode */.wy),
  safeEncodeAsync: () => (/* reexport */ parse/* safeEncodeAsync */.EM),
  safeExtend: () => (/* reexport */ schemas/* safeExtend */.W09),
  safeParse: () => (/* reexport */ parse/* safeParse */.xL),
  safeParseAsync: () => (/* reexport */ parse/* safeParseAsync */.bp),
  set: () => (/* reexport */ schemas/* set */.hZp),
  size: () => (/* reexport */ api/* _size */.d$),
  startsWith: () => (/* reexport */ api/* _startsWith */.$S),
  strictObject: () => (/* reexport */ schemas/* strictObject */.rej),
  string: () => (/* reexport */ schemas/* string */.YjP),
  stringFormat: () => (/* reexport */ schemas/* stringFormat */.NpN),
  stringbool: () => (/* reexport */ schemas/* stringbool */.uEf),
  success: () => (/* reexport */ schemas/* success */.kXE),
  superRefine: () => (/* reexport */ schemas/* superRefine */.zni),
  symbol: () => (/* reexport */ schemas/* symbol */.HRO),
  templateLiteral: () => (/* reexport */ schemas/* templateLiteral */.Uy$),
  toJSONSchema: () => (/* reexport */ json_schema_processors/* toJSONSchema */.bl),
  toLowerCase: () => (/* reexport */ api/* _toLowerCase */.Il),
  toUpperCase: () => (/* reexport */ api/* _toUpperCase */.xY),
  toZod: () => (/* reexport */ util.toZod),
  transform: () => (/* reexport */ schemas/* transform */.pdi),
  treeifyError: () => (/* reexport */ errors/* treeifyError */.ZC),
  trim: () => (/* reexport */ api/* _trim */.WN),
  tuple: () => (/* reexport */ schemas/* tuple */.PVZ),
  uint32: () => (/* reexport */ schemas/* uint32 */.S8h),
  uint64: () => (/* reexport */ schemas/* uint64 */.VV_),
  ulid: () => (/* reexport */ schemas/* ulid */.Z09),
  undefined: () => (/* reexport */ schemas/* undefined */.Vxk),
  union: () => (/* reexport */ schemas/* union */.KCZ),
  unknown: () => (/* reexport */ schemas/* unknown */.L5J),
  uppercase: () => (/* reexport */ api/* _uppercase */.qF),
  url: () => (/* reexport */ schemas/* url */.OZ5),
  util: () => (/* reexport */ util),
  uuid: () => (/* reexport */ schemas/* uuid */.uRe),
  uuidv4: () => (/* reexport */ schemas/* uuidv4 */.gZm),
  uuidv6: () => (/* reexport */ schemas/* uuidv6 */.gE),
  uuidv7: () => (/* reexport */ schemas/* uuidv7 */.nHE),
  validate: () => (/* reexport */ parse/* validate */.tf),
  validateAsync: () => (/* reexport */ parse/* validateAsync */.F0),
  "void": () => (/* reexport */ schemas/* void */.rIH),
  withParser: () => (/* reexport */ compile/* withParser */.e1),
  xid: () => (/* reexport */ schemas/* xid */.kMC),
  xor: () => (/* reexport */ schemas/* xor */.I86),
  z: () => (/* reexport */ external_namespaceObject)
});

// NAMESPACE OBJECT: ./node_modules/zod/v4/mini/iso.js
var iso_namespaceObject = {};
__webpack_require__.r(iso_namespaceObject);
__webpack_require__.d(iso_namespaceObject, {
  ZodMiniISODate: () => (ZodMiniISODate),
  ZodMiniISODateTime: () => (ZodMiniISODateTime),
  ZodMiniISODuration: () => (ZodMiniISODuration),
  ZodMiniISOTime: () => (ZodMiniISOTime),
  date: () => (date),
  datetime: () => (datetime),
  duration: () => (duration),
  time: () => (time)
});

// NAMESPACE OBJECT: ./node_modules/zod/v4/mini/coerce.js
var coerce_namespaceObject = {};
__webpack_require__.r(coerce_namespaceObject);
__webpack_require__.d(coerce_namespaceObject, {
  bigint: () => (bigint),
  boolean: () => (coerce_boolean),
  date: () => (coerce_date),
  number: () => (number),
  string: () => (string)
});

// NAMESPACE OBJECT: ./node_modules/zod/v4/mini/external.js
var external_namespaceObject = {};
__webpack_require__.r(external_namespaceObject);
__webpack_require__.d(external_namespaceObject, {
  $brand: () => (core_core/* $brand */._e),
  $input: () => (registries/* $input */.nP),
  $output: () => (registries/* $output */.UY),
  INVALID: () => (compile/* INVALID */.uY),
  NEVER: () => (core_core/* NEVER */.tm),
  TimePrecision: () => (api/* TimePrecision */.So),
  ZodCompileAsyncError: () => (compile/* ZodCompileAsyncError */.RI),
  ZodCompileUnsupportedError: () => (compile/* ZodCompileUnsupportedError */.i),
  ZodMiniAny: () => (schemas/* ZodMiniAny */.bxh),
  ZodMiniArray: () => (schemas/* ZodMiniArray */.WT6),
  ZodMiniBase64: () => (schemas/* ZodMiniBase64 */.mfd),
  ZodMiniBase64URL: () => (schemas/* ZodMiniBase64URL */.Btq),
  ZodMiniBigInt: () => (schemas/* ZodMiniBigInt */.s8U),
  ZodMiniBigIntFormat: () => (schemas/* ZodMiniBigIntFormat */.xqP),
  ZodMiniBoolean: () => (schemas/* ZodMiniBoolean */.n21),
  ZodMiniCIDRv4: () => (schemas/* ZodMiniCIDRv4 */.RyJ),
  ZodMiniCIDRv6: () => (schemas/* ZodMiniCIDRv6 */.RTV),
  ZodMiniCUID: () => (schemas/* ZodMiniCUID */.cBt),
  ZodMiniCUID2: () => (schemas/* ZodMiniCUID2 */.QUW),
  ZodMiniCatch: () => (schemas/* ZodMiniCatch */.IbG),
  ZodMiniCodec: () => (schemas/* ZodMiniCodec */.bBG),
  ZodMiniCreditCard: () => (schemas/* ZodMiniCreditCard */.KTx),
  ZodMiniCustom: () => (schemas/* ZodMiniCustom */.M0J),
  ZodMiniCustomStringFormat: () => (schemas/* ZodMiniCustomStringFormat */.u4z),
  ZodMiniDate: () => (schemas/* ZodMiniDate */.zTj),
  ZodMiniDefault: () => (schemas/* ZodMiniDefault */.Gze),
  ZodMiniDiscriminatedUnion: () => (schemas/* ZodMiniDiscriminatedUnion */.Q_6),
  ZodMiniE164: () => (schemas/* ZodMiniE164 */.BMP),
  ZodMiniEmail: () => (schemas/* ZodMiniEmail */.Huj),
  ZodMiniEmoji: () => (schemas/* ZodMiniEmoji */.D97),
  ZodMiniEnum: () => (schemas/* ZodMiniEnum */.uGA),
  ZodMiniExactOptional: () => (schemas/* ZodMiniExactOptional */.CW3),
  ZodMiniFile: () => (schemas/* ZodMiniFile */.JlL),
  ZodMiniFunction: () => (schemas/* ZodMiniFunction */.j5G),
  ZodMiniGUID: () => (schemas/* ZodMiniGUID */.UJD),
  ZodMiniIBAN: () => (schemas/* ZodMiniIBAN */.n19),
  ZodMiniIPv4: () => (schemas/* ZodMiniIPv4 */.ehv),
  ZodMiniIPv6: () => (schemas/* ZodMiniIPv6 */.sxW),
  ZodMiniISODate: () => (ZodMiniISODate),
  ZodMiniISODateTime: () => (ZodMiniISODateTime),
  ZodMiniISODuration: () => (ZodMiniISODuration),
  ZodMiniISOTime: () => (ZodMiniISOTime),
  ZodMiniIntersection: () => (schemas/* ZodMiniIntersection */.WEr),
  ZodMiniJWT: () => (schemas/* ZodMiniJWT */.wi3),
  ZodMiniKSUID: () => (schemas/* ZodMiniKSUID */.dLv),
  ZodMiniLazy: () => (schemas/* ZodMiniLazy */.p3),
  ZodMiniLiteral: () => (schemas/* ZodMiniLiteral */.KMd),
  ZodMiniMAC: () => (schemas/* ZodMiniMAC */.wbi),
  ZodMiniMap: () => (schemas/* ZodMiniMap */.vdf),
  ZodMiniNaN: () => (schemas/* ZodMiniNaN */.g_P),
  ZodMiniNanoID: () => (schemas/* ZodMiniNanoID */.seJ),
  ZodMiniNever: () => (schemas/* ZodMiniNever */.Bsm),
  ZodMiniNonOptional: () => (schemas/* ZodMiniNonOptional */.kBi),
  ZodMiniNull: () => (schemas/* ZodMiniNull */.cnI),
  ZodMiniNullable: () => (schemas/* ZodMiniNullable */.eE_),
  ZodMiniNumber: () => (schemas/* ZodMiniNumber */.Axp),
  ZodMiniNumberFormat: () => (schemas/* ZodMiniNumberFormat */.BJB),
  ZodMiniObject: () => (schemas/* ZodMiniObject */.uXj),
  ZodMiniOptional: () => (schemas/* ZodMiniOptional */.Xz9),
  ZodMiniPipe: () => (schemas/* ZodMiniPipe */.RcI),
  ZodMiniPrefault: () => (schemas/* ZodMiniPrefault */.ilq),
  ZodMiniPromise: () => (schemas/* ZodMiniPromise */.qxo),
  ZodMiniReadonly: () => (schemas/* ZodMiniReadonly */.PC9),
  ZodMiniRecord: () => (schemas/* ZodMiniRecord */.kjU),
  ZodMiniSet: () => (schemas/* ZodMiniSet */.Ho6),
  ZodMiniString: () => (schemas/* ZodMiniString */.iAB),
  ZodMiniStringFormat: () => (schemas/* ZodMiniStringFormat */.zUr),
  ZodMiniSuccess: () => (schemas/* ZodMiniSuccess */.qYX),
  ZodMiniSymbol: () => (schemas/* ZodMiniSymbol */.DZK),
  ZodMiniTemplateLiteral: () => (schemas/* ZodMiniTemplateLiteral */.IS),
  ZodMiniTransform: () => (schemas/* ZodMiniTransform */.Nv_),
  ZodMiniTuple: () => (schemas/* ZodMiniTuple */.X9T),
  ZodMiniType: () => (schemas/* ZodMiniType */.DnN),
  ZodMiniULID: () => (schemas/* ZodMiniULID */.Ven),
  ZodMiniURL: () => (schemas/* ZodMiniURL */.ODs),
  ZodMiniUUID: () => (schemas/* ZodMiniUUID */.oog),
  ZodMiniUndefined: () => (schemas/* ZodMiniUndefined */.Tes),
  ZodMiniUnion: () => (schemas/* ZodMiniUnion */.KEQ),
  ZodMiniUnknown: () => (schemas/* ZodMiniUnknown */.twY),
  ZodMiniVoid: () => (schemas/* ZodMiniVoid */.ncu),
  ZodMiniXID: () => (schemas/* ZodMiniXID */.wAn),
  ZodMiniXor: () => (schemas/* ZodMiniXor */.u3i),
  _default: () => (schemas/* _default */.Rvf),
  _function: () => (schemas/* _function */.KR7),
  any: () => (schemas/* any */.bzn),
  array: () => (schemas/* array */.YOg),
  base64: () => (schemas/* base64 */.K39),
  base64url: () => (schemas/* base64url */.r0z),
  bigint: () => (schemas/* bigint */.oad),
  boolean: () => (schemas/* boolean */.zMY),
  "catch": () => (schemas/* catch */.MfU),
  catchall: () => (schemas/* catchall */.rUs),
  check: () => (schemas/* check */.z6Y),
  cidrv4: () => (schemas/* cidrv4 */.zrY),
  cidrv6: () => (schemas/* cidrv6 */.l7s),
  clone: () => (util.clone),
  codec: () => (schemas/* codec */.rLB),
  coerce: () => (coerce_namespaceObject),
  compile: () => (compile/* compile */.wE),
  config: () => (core_core/* config */.$W),
  core: () => (core),
  creditCard: () => (schemas/* creditCard */.w8K),
  cuid: () => (schemas/* cuid */.gF3),
  cuid2: () => (schemas/* cuid2 */.GlQ),
  currencyCode: () => (schemas/* currencyCode */.Xyz),
  custom: () => (schemas/* custom */.IeY),
  date: () => (schemas/* date */.p6U),
  decode: () => (parse/* decode */.D4),
  decodeAsync: () => (parse/* decodeAsync */.Re),
  deepPartial: () => (deepPartial),
  describe: () => (schemas/* describe */.q0y),
  discriminatedUnion: () => (schemas/* discriminatedUnion */.gMt),
  e164: () => (schemas/* e164 */.hQe),
  email: () => (schemas/* email */.Rpp),
  emoji: () => (schemas/* emoji */.ZgG),
  encode: () => (parse/* encode */.lF),
  encodeAsync: () => (parse/* encodeAsync */.X$),
  endsWith: () => (api/* _endsWith */.ER),
  "enum": () => (schemas/* enum */.k5n),
  exactOptional: () => (schemas/* exactOptional */.yqP),
  exactPartial: () => (schemas/* exactPartial */.zjz),
  extend: () => (schemas/* extend */.X$i),
  file: () => (schemas/* file */.NJF),
  flattenError: () => (errors/* flattenError */.JM),
  float32: () => (schemas/* float32 */.In1),
  float64: () => (schemas/* float64 */.BNo),
  formatError: () => (errors/* formatError */.Wk),
  "function": () => (schemas/* function */.fHH),
  getDiscriminatedOption: () => (core_schemas/* getDiscriminatedOption */.IB),
  globalRegistry: () => (registries/* globalRegistry */.fd),
  gt: () => (api/* _gt */.Tx),
  gte: () => (api/* _gte */.qm),
  guid: () => (schemas/* guid */.OsD),
  hash: () => (schemas/* hash */.tWU),
  hex: () => (schemas/* hex */.uhr),
  hostname: () => (schemas/* hostname */.OIJ),
  httpUrl: () => (schemas/* httpUrl */.q36),
  iban: () => (schemas/* iban */.Zkx),
  includes: () => (api/* _includes */.dR),
  input: () => (input),
  "instanceof": () => (schemas/* instanceof */.Nlp),
  int: () => (schemas/* int */.Whr),
  int32: () => (schemas/* int32 */.HA5),
  int64: () => (schemas/* int64 */.Gkc),
  intersection: () => (schemas/* intersection */.E$q),
  invertCodec: () => (schemas/* invertCodec */.L1c),
  ipv4: () => (schemas/* ipv4 */.uXy),
  ipv6: () => (schemas/* ipv6 */.ugL),
  iso: () => (iso_namespaceObject),
  json: () => (schemas/* json */.Pq9),
  jwt: () => (schemas/* jwt */.a$Y),
  keyof: () => (schemas/* keyof */.ZEF),
  ksuid: () => (schemas/* ksuid */.fOD),
  lazy: () => (schemas/* lazy */.RZV),
  length: () => (api/* _length */.YA),
  literal: () => (schemas/* literal */.euz),
  locales: () => (locales),
  looseObject: () => (schemas/* looseObject */._H3),
  looseRecord: () => (schemas/* looseRecord */.qWX),
  lowercase: () => (api/* _lowercase */.hH),
  lt: () => (api/* _lt */.Au),
  lte: () => (api/* _lte */.Zm),
  mac: () => (schemas/* mac */.Mdg),
  map: () => (schemas/* map */.TjK),
  maxLength: () => (api/* _maxLength */.Eb),
  maxSize: () => (api/* _maxSize */.vL),
  maximum: () => (api/* _lte */.Zm),
  memoizer: () => (memoizer/* memoizer */.x3),
  merge: () => (schemas/* merge */.h1I),
  meta: () => (schemas/* meta */.mIj),
  mime: () => (api/* _mime */.GZ),
  minLength: () => (api/* _minLength */.m9),
  minSize: () => (api/* _minSize */.Nd),
  minimum: () => (api/* _gte */.qm),
  multipleOf: () => (api/* _multipleOf */.Hi),
  nan: () => (schemas/* nan */.oit),
  nanoid: () => (schemas/* nanoid */.AkI),
  nativeEnum: () => (schemas/* nativeEnum */.fc),
  negative: () => (api/* _negative */.bR),
  never: () => (schemas/* never */.ZmZ),
  nonnegative: () => (api/* _nonnegative */.UI),
  nonoptional: () => (schemas/* nonoptional */.eYS),
  nonpositive: () => (api/* _nonpositive */.ej),
  normalize: () => (api/* _normalize */.lo),
  "null": () => (schemas/* null */.chJ),
  nullable: () => (schemas/* nullable */.mee),
  nullish: () => (schemas/* nullish */.cl6),
  number: () => (schemas/* number */.aig),
  object: () => (schemas/* object */.Ikc),
  omit: () => (schemas/* omit */.cJW),
  optional: () => (schemas/* optional */.lqM),
  output: () => (output),
  overwrite: () => (api/* _overwrite */.bS),
  parse: () => (parse/* parse */.qg),
  parseAsync: () => (parse/* parseAsync */.EJ),
  partial: () => (schemas/* partial */.OH3),
  partialRecord: () => (schemas/* partialRecord */.jgl),
  pick: () => (schemas/* pick */.UpN),
  pipe: () => (schemas/* pipe */.FsL),
  positive: () => (api/* _positive */.NC),
  prefault: () => (schemas/* prefault */.SdS),
  prettifyError: () => (errors/* prettifyError */.S1),
  promise: () => (schemas/* promise */.ivC),
  properties: () => (api/* _properties */.T2),
  property: () => (api/* _property */.Jf),
  readonly: () => (schemas/* readonly */.tBZ),
  record: () => (schemas/* record */.g1P),
  refine: () => (schemas/* refine */.YPB),
  regex: () => (api/* _regex */.Fk),
  regexes: () => (regexes),
  registry: () => (registries/* registry */.u5),
  required: () => (schemas/* required */.mw3),
  safeDecode: () => (parse/* safeDecode */.ex),
  safeDecodeAsync: () => (parse/* safeDecodeAsync */.yR),
  safeEncode: () => (parse/* safeEncode */.wy),
  safeEncodeAsync: () => (parse/* safeEncodeAsync */.EM),
  safeExtend: () => (schemas/* safeExtend */.W09),
  safeParse: () => (parse/* safeParse */.xL),
  safeParseAsync: () => (parse/* safeParseAsync */.bp),
  set: () => (schemas/* set */.hZp),
  size: () => (api/* _size */.d$),
  startsWith: () => (api/* _startsWith */.$S),
  strictObject: () => (schemas/* strictObject */.rej),
  string: () => (schemas/* string */.YjP),
  stringFormat: () => (schemas/* stringFormat */.NpN),
  stringbool: () => (schemas/* stringbool */.uEf),
  success: () => (schemas/* success */.kXE),
  superRefine: () => (schemas/* superRefine */.zni),
  symbol: () => (schemas/* symbol */.HRO),
  templateLiteral: () => (schemas/* templateLiteral */.Uy$),
  toJSONSchema: () => (json_schema_processors/* toJSONSchema */.bl),
  toLowerCase: () => (api/* _toLowerCase */.Il),
  toUpperCase: () => (api/* _toUpperCase */.xY),
  toZod: () => (util.toZod),
  transform: () => (schemas/* transform */.pdi),
  treeifyError: () => (errors/* treeifyError */.ZC),
  trim: () => (api/* _trim */.WN),
  tuple: () => (schemas/* tuple */.PVZ),
  uint32: () => (schemas/* uint32 */.S8h),
  uint64: () => (schemas/* uint64 */.VV_),
  ulid: () => (schemas/* ulid */.Z09),
  undefined: () => (schemas/* undefined */.Vxk),
  union: () => (schemas/* union */.KCZ),
  unknown: () => (schemas/* unknown */.L5J),
  uppercase: () => (api/* _uppercase */.qF),
  url: () => (schemas/* url */.OZ5),
  util: () => (util),
  uuid: () => (schemas/* uuid */.uRe),
  uuidv4: () => (schemas/* uuidv4 */.gZm),
  uuidv6: () => (schemas/* uuidv6 */.gE),
  uuidv7: () => (schemas/* uuidv7 */.nHE),
  validate: () => (parse/* validate */.tf),
  validateAsync: () => (parse/* validateAsync */.F0),
  "void": () => (schemas/* void */.rIH),
  withParser: () => (compile/* withParser */.e1),
  xid: () => (schemas/* xid */.kMC),
  xor: () => (schemas/* xor */.I86)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/core/index.js + 2 modules
var core = __webpack_require__(91038);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js
var parse = __webpack_require__(4196);
;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/parse.js


// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(94343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/checks.js


// EXTERNAL MODULE: ./node_modules/zod/v4/core/visit.js
var visit = __webpack_require__(74096);
;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/deep-partial.js


/** See `classic/deep-partial.ts`. Mini variant uses `mini.partial(...)`. */
function deepPartial(schema) {
    return (0,visit/* visit */.Y)(schema, {
        object: (s) => schemas/* partial */.OH3(s),
        // See `classic/deep-partial.ts`.
        union: (s) => {
            const def = s._zod.def;
            return def.discriminator === undefined ? s : schemas/* union */.KCZ(def.options);
        },
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var util = __webpack_require__(54723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/in-out.js



/** See `classic/in-out.ts`. */
function withChecks(side, checks) {
    if (!checks?.length)
        return side;
    const def = side._zod.def;
    return (0,util.clone)(side, (0,util.mergeDefs)(def, { checks: [...(def.checks ?? []), ...checks] }), { parent: true });
}
/** See `classic/in-out.ts`. */
function outSide(def) {
    return withChecks(def.out, def.checks);
}
/** See `classic/in-out.ts`. */
function inSide(def) {
    return def.in._zod.traits.has("$ZodTransform") ? outSide(def) : def.in;
}
/** See `classic/in-out.ts`. */
function input(schema) {
    return (0,visit/* visit */.Y)(schema, {
        pipe: (s) => inSide(s._zod.def),
        // A default value belongs to the output side, so a rewritten inner type leaves it stranded. `.default()` widens the declared input type with `undefined`, and `optional` is what carries that across.
        default: (s, rewritten) => (rewritten ? schemas/* optional */.lqM(s._zod.def.innerType) : s),
        // A catch value is output-side too, but `.catch()` leaves the declared input type alone, so the inner schema stands on its own.
        catch: (s, rewritten) => (rewritten ? s._zod.def.innerType : s),
    });
}
/** See `classic/in-out.ts`. */
function output(schema) {
    return (0,visit/* visit */.Y)(schema, {
        pipe: (s) => outSide(s._zod.def),
        // A prefault value is fed through the schema, which makes it input-side, so a rewritten inner type leaves it stranded.
        prefault: (s, rewritten) => (rewritten ? s._zod.def.innerType : s),
    });
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(29396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(88532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/memoizer.js
var memoizer = __webpack_require__(17925);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var regexes = __webpack_require__(23908);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(37428);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/compile.js
var compile = __webpack_require__(27478);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/schemas.js
var core_schemas = __webpack_require__(85591);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./node_modules/zod/v4/locales/index.js + 62 modules
var locales = __webpack_require__(44519);
;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/iso.js


const ZodMiniISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniISODateTime", (inst, def) => {
    core_schemas/* $ZodISODateTime */.Ko.init(inst, def);
    schemas/* ZodMiniStringFormat */.zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime(params) {
    return api/* _isoDateTime */.G1(ZodMiniISODateTime, params);
}
const ZodMiniISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniISODate", (inst, def) => {
    core_schemas/* $ZodISODate */.v1.init(inst, def);
    schemas/* ZodMiniStringFormat */.zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
    return api/* _isoDate */.db(ZodMiniISODate, params);
}
const ZodMiniISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniISOTime", (inst, def) => {
    core_schemas/* $ZodISOTime */.Ax.init(inst, def);
    schemas/* ZodMiniStringFormat */.zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function time(params) {
    return api/* _isoTime */.Kn(ZodMiniISOTime, params);
}
const ZodMiniISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniISODuration", (inst, def) => {
    core_schemas/* $ZodISODuration */.$N.init(inst, def);
    schemas/* ZodMiniStringFormat */.zUr.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function duration(params) {
    return api/* _isoDuration */.f2(ZodMiniISODuration, params);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/coerce.js


// @__NO_SIDE_EFFECTS__
function string(params) {
    return api/* _coercedString */.K_(schemas/* ZodMiniString */.iAB, params);
}
// @__NO_SIDE_EFFECTS__
function number(params) {
    return api/* _coercedNumber */.qG(schemas/* ZodMiniNumber */.Axp, params);
}
// @__NO_SIDE_EFFECTS__
function coerce_boolean(params) {
    return api/* _coercedBoolean */.dN(schemas/* ZodMiniBoolean */.n21, params);
}
// @__NO_SIDE_EFFECTS__
function bigint(params) {
    return api/* _coercedBigint */.St(schemas/* ZodMiniBigInt */.s8U, params);
}
// @__NO_SIDE_EFFECTS__
function coerce_date(params) {
    return api/* _coercedDate */.B4(schemas/* ZodMiniDate */.zTj, params);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/external.js









/** A special constant with type `never` */
// export const NEVER = {} as never;
// iso


// coerce


;// CONCATENATED MODULE: ./node_modules/zod/mini/index.js





/***/ })

};
