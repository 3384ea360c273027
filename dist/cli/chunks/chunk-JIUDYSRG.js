import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  statePaths
} from "./chunk-Y6D5DYJZ.js";
import {
  lazyValidator,
  toJs,
  validateConfig
} from "./chunk-OCWCKWLY.js";
import {
  require_dist
} from "./chunk-HA6CO6RF.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string") {
      normalizedColumns[i] = { name: column };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr2 = 13;
var nl2 = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              obj[columns[i].name] = record[i];
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      return {
        ...this.__infoRecord(),
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/ab/wide-events.ts
var DESCRIPTIVE = /* @__PURE__ */ new Set([
  "variant",
  "version",
  "arm",
  "unit",
  "unit_id",
  "ts",
  "timestamp",
  "call_id",
  "id",
  "tool",
  "model",
  "item",
  "item_id"
]);
var METRIC_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
function isWideRecord(record) {
  return !("metric" in record) && !("value" in record);
}
function numeric(value) {
  if (value === null || value === void 0 || value === "") return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : "bad";
  if (typeof value === "string") {
    const lowered = value.trim().toLowerCase();
    if (lowered === "true") return 1;
    if (lowered === "false") return 0;
    if (lowered === "null" || lowered === "na") return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : "bad";
  }
  return "bad";
}
function expandWideRecord(record, test) {
  const variant = record.variant ?? record.version ?? record.arm;
  if (variant !== "A" && variant !== "B")
    return `"variant" (or "version") must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
  const unitRaw = record.unit ?? record.unit_id ?? record.item_id ?? record.item;
  const tsRaw = record.ts ?? record.timestamp;
  const base = { variant };
  if (unitRaw !== void 0 && unitRaw !== null && unitRaw !== "") {
    if (typeof unitRaw !== "string" && typeof unitRaw !== "number")
      return '"unit" (or "unit_id") must be a string or a number';
    base.unit = String(unitRaw);
  }
  if (typeof tsRaw === "string" || typeof tsRaw === "number") base.ts = tsRaw;
  const events = [];
  for (const [key, raw] of Object.entries(record)) {
    if (DESCRIPTIVE.has(key) || !METRIC_NAME.test(key)) continue;
    const definition = test?.metrics.find((m) => m.name === key);
    if (test && !definition) continue;
    const value = numeric(raw);
    if (value === null) continue;
    if (value === "bad") {
      if (definition) return `"${key}" must be a finite number (got ${JSON.stringify(raw)})`;
      continue;
    }
    if (definition?.kind === "proportion" && value !== 0 && value !== 1)
      return `metric "${key}" is a proportion: it must be 0 or 1 (got ${value})`;
    events.push({ ...base, metric: key, value });
  }
  if (events.length === 0)
    return test ? `no value for any metric of test "${test.id}" (${test.metrics.map((m) => m.name).join(", ")})` : "no numeric metric column in the record";
  return events;
}

// src/ab/events.ts
var MAX_REJECTIONS_LISTED = 1e3;
var METRIC_NAME2 = /^[A-Za-z0-9_.:-]{1,64}$/;
function detectEventFormat(text, fileName) {
  if (fileName && /\.csv$/i.test(fileName)) return "csv";
  if (fileName && /\.(nd)?jsonl?$/i.test(fileName)) return "ndjson";
  const first = text.trimStart()[0];
  return first === "{" || first === void 0 ? "ndjson" : "csv";
}
function validateEvent(record, test) {
  const { variant, metric, unit, ts } = record;
  let value = record.value;
  if (variant !== "A" && variant !== "B")
    return `"variant" must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
  if (typeof metric !== "string" || !METRIC_NAME2.test(metric))
    return `"metric" must be a name of letters, digits and _.:- (got ${JSON.stringify(metric ?? null)})`;
  if (typeof value === "string" && value.trim() !== "") value = Number(value);
  if (typeof value !== "number" || !Number.isFinite(value))
    return `"value" must be a finite number (got ${JSON.stringify(record.value ?? null)})`;
  const event = { variant, metric, value };
  if (unit !== void 0 && unit !== null && unit !== "") {
    if (typeof unit !== "string" && typeof unit !== "number") return `"unit" must be a string or a number`;
    event.unit = String(unit);
  }
  if (ts !== void 0 && ts !== null && ts !== "") {
    if (typeof ts !== "string" && typeof ts !== "number") return `"ts" must be a string or a number`;
    event.ts = ts;
  }
  if (test) {
    const definition = test.metrics.find((m) => m.name === metric);
    if (!definition)
      return `metric "${metric}" is not defined in test "${test.id}" (defined: ${test.metrics.map((m) => m.name).join(", ")})`;
    if (definition.kind === "proportion" && value !== 0 && value !== 1)
      return `metric "${metric}" is a proportion: "value" must be 0 or 1 (got ${value})`;
  }
  return event;
}
function reject(into, line, reason, counter) {
  counter.count++;
  if (into.length < MAX_REJECTIONS_LISTED) into.push({ line, reason });
}
function parseNdjson(text, test, result, counter) {
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === "") continue;
    let record;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      reject(result.rejected, line, `not valid JSON: ${error.message}`, counter);
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      reject(result.rejected, line, "each line must be one JSON object", counter);
      continue;
    }
    accept(record, line, test, result, counter);
  }
}
function accept(record, line, test, result, counter) {
  if (isWideRecord(record)) {
    const events = expandWideRecord(record, test);
    if (typeof events === "string") reject(result.rejected, line, events, counter);
    else for (const e of events) result.events.push(e);
    return;
  }
  const event = validateEvent(record, test);
  if (typeof event === "string") reject(result.rejected, line, event, counter);
  else result.events.push(event);
}
function parseCsvText(text, test, result, counter) {
  const rows = parse(text, {
    columns: (header) => {
      const names = header.map((h) => h.trim());
      const wide = !names.includes("metric") && !names.includes("value") && (names.includes("variant") || names.includes("version"));
      const missing = ["variant", "metric", "value"].filter((c) => !names.includes(c));
      if (!wide && missing.length > 0)
        throw new EventsError(
          `CSV line 1: the header must name the columns variant, metric and value (missing: ${missing.join(", ")}), or variant (or version) and one column per metric.`
        );
      return names;
    },
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    bom: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) reject(result.rejected, error.lines ?? 0, `not valid CSV: ${error.message}`, counter);
    }
  });
  for (const { record, info } of rows) accept(record, info.lines, test, result, counter);
}
var EventsError = class extends Error {
  name = "EventsError";
};
function parseEvents(text, options = {}) {
  const format = options.format ?? detectEventFormat(text, options.fileName);
  const result = { events: [], rejected: [], accepted: 0, rejectedCount: 0 };
  const counter = { count: 0 };
  if (format === "csv") parseCsvText(text, options.test, result, counter);
  else parseNdjson(text, options.test, result, counter);
  result.rejected.sort((a, b) => a.line - b.line);
  result.accepted = result.events.length;
  result.rejectedCount = counter.count;
  return result;
}
function formatEventLine(event) {
  const out = {};
  for (const key of ["metric", "ts", "unit", "value", "variant"])
    if (event[key] !== void 0) out[key] = event[key];
  return JSON.stringify(out);
}

// src/ab/test.ts
var VARIANTS = ["A", "B"];
var AbError = class extends Error {
  name = "AbError";
};
var ID_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";
var DEFAULT_SPLIT = { A: 50, B: 50 };
var metricSchema = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string", pattern: "^[A-Za-z0-9_.:-]{1,64}$" },
    kind: { enum: ["mean", "proportion"] },
    better: { enum: ["lower", "higher"] },
    role: { enum: ["primary", "secondary", "guardrail"] },
    latency: { type: "boolean" },
    margin: {
      anyOf: [
        { type: "number", minimum: 0 },
        { type: "string", pattern: "^\\d+(\\.\\d+)?%$" }
      ]
    },
    "hard-limit": { type: "number" },
    mde: { type: "number", exclusiveMinimum: 0 }
  }
};
var abTestSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "metrics"],
  properties: {
    id: { type: "string", pattern: ID_PATTERN },
    name: { type: "string" },
    versions: {
      type: "object",
      additionalProperties: false,
      properties: { A: { type: "string" }, B: { type: "string" } }
    },
    split: {
      type: "object",
      additionalProperties: false,
      required: ["A", "B"],
      properties: { A: { type: "number", exclusiveMinimum: 0 }, B: { type: "number", exclusiveMinimum: 0 } }
    },
    metrics: { type: "array", minItems: 1, items: metricSchema },
    confidence: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
    "min-sample-size": { type: "integer", minimum: 2 },
    mode: { enum: ["fixed", "sequential"] },
    design: { enum: ["independent", "paired"] },
    "guard-min-sample": { type: "integer", minimum: 2 },
    "hard-limit-runs": { type: "integer", minimum: 1 },
    status: { enum: ["running", "stopped", "completed"] },
    "stop-reason": { type: "string" },
    "tracking-issue": { type: "integer", minimum: 1 },
    "created-at": { type: "string" }
  }
};
var validate = lazyValidator(abTestSchema, { allErrors: true, strict: false });
function where(error) {
  const parts = error.instancePath.split("/").filter(Boolean);
  if (error.keyword === "additionalProperties") parts.push(String(error.params.additionalProperty));
  return parts.reduce((p, part) => /^\d+$/.test(part) ? `${p}[${part}]` : p ? `${p}.${part}` : part, "") || "(top level)";
}
function describe(error) {
  if (error.keyword === "additionalProperties") return `unknown key "${where(error)}"`;
  if (error.keyword === "enum")
    return `"${where(error)}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "anyOf")
    return `"${where(error)}" must be a number (absolute) or a percentage such as "10%" (relative)`;
  return `"${where(error)}" ${error.message ?? "is invalid"}`;
}
function guessMetric(name, values) {
  const lowered = name.toLowerCase();
  let binary = values !== void 0;
  if (values) {
    for (const v of values)
      if (v !== 0 && v !== 1) {
        binary = false;
        break;
      }
  }
  const harmful = /(error|fail|timeout|latency|time|duration|_ms$|cost|token)/.test(lowered);
  const latency = /(latency|response_time|duration|_ms$)/.test(lowered);
  return {
    name,
    kind: binary ? "proportion" : "mean",
    better: harmful ? "lower" : "higher",
    latency: latency && !binary,
    .../(error|fail|timeout)/.test(lowered) ? { role: "guardrail" } : {}
  };
}
function parseMargin(raw) {
  if (raw === void 0) return void 0;
  if (typeof raw === "number") return { value: raw, relative: false };
  return { value: Number.parseFloat(String(raw)) / 100, relative: true };
}
function defineAbTest(raw, file = "test definition", defaults = {}) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new AbError(`${file}: an A/B test definition must be a mapping of keys to values.`);
  if (!validate(raw)) {
    const problems = [...new Set((validate.errors ?? []).filter((e) => e.keyword !== "if").map(describe))];
    throw new AbError(`${file}: ${problems.join("; ")}.`);
  }
  const r = raw;
  const names = /* @__PURE__ */ new Set();
  const metrics = r.metrics.map((m, i) => {
    if (names.has(m.name)) throw new AbError(`${file}: metrics[${i}].name "${m.name}" is defined twice.`);
    names.add(m.name);
    const guessed = guessMetric(m.name);
    const metric = {
      name: m.name,
      kind: m.kind ?? guessed.kind,
      better: m.better ?? guessed.better,
      role: m.role ?? guessed.role ?? "secondary",
      latency: m.latency ?? (guessed.latency && (m.kind ?? "mean") === "mean")
    };
    const margin = parseMargin(m.margin);
    if (margin) metric.margin = margin;
    if (m["hard-limit"] !== void 0) metric.hardLimit = m["hard-limit"];
    if (m.mde !== void 0) metric.mde = m.mde;
    if (metric.kind === "proportion" && metric.hardLimit !== void 0 && (metric.hardLimit < 0 || metric.hardLimit > 1)) {
      throw new AbError(`${file}: metrics[${i}].hard-limit must be a rate between 0 and 1 for a proportion metric.`);
    }
    return metric;
  });
  const primaries = metrics.filter((m) => m.role === "primary");
  if (primaries.length > 1)
    throw new AbError(`${file}: only one metric may be primary (found ${primaries.map((m) => m.name).join(", ")}).`);
  if (primaries.length === 0) {
    const first = metrics.find((m) => m.role !== "guardrail");
    if (first) first.role = "primary";
  }
  const minSampleSize = r["min-sample-size"] ?? defaults.minSampleSize ?? 100;
  return {
    id: r.id,
    name: r.name ?? r.id,
    versions: { A: r.versions?.A ?? "A", B: r.versions?.B ?? "B" },
    split: r.split ?? { ...DEFAULT_SPLIT },
    metrics,
    confidence: r.confidence ?? defaults.confidence ?? 0.95,
    minSampleSize,
    mode: r.mode ?? defaults.mode ?? "fixed",
    ...r.design ? { design: r.design } : {},
    guardMinSample: r["guard-min-sample"] ?? 30,
    hardLimitRuns: r["hard-limit-runs"] ?? 1,
    status: r.status ?? "running",
    ...r["stop-reason"] ? { stopReason: r["stop-reason"] } : {},
    ...r["tracking-issue"] ? { trackingIssue: r["tracking-issue"] } : {},
    ...r["created-at"] ? { createdAt: r["created-at"] } : {}
  };
}
function serializeAbTest(test) {
  return {
    id: test.id,
    name: test.name,
    versions: test.versions,
    split: test.split,
    metrics: test.metrics.map((m) => ({
      name: m.name,
      kind: m.kind,
      better: m.better,
      role: m.role,
      latency: m.latency,
      ...m.margin ? { margin: m.margin.relative ? `${+(m.margin.value * 100).toPrecision(12)}%` : m.margin.value } : {},
      ...m.hardLimit !== void 0 ? { "hard-limit": m.hardLimit } : {},
      ...m.mde !== void 0 ? { mde: m.mde } : {}
    })),
    confidence: test.confidence,
    "min-sample-size": test.minSampleSize,
    mode: test.mode,
    ...test.design ? { design: test.design } : {},
    "guard-min-sample": test.guardMinSample,
    "hard-limit-runs": test.hardLimitRuns,
    status: test.status,
    ...test.stopReason ? { "stop-reason": test.stopReason } : {},
    ...test.trackingIssue ? { "tracking-issue": test.trackingIssue } : {},
    ...test.createdAt ? { "created-at": test.createdAt } : {}
  };
}

// src/ab/metric-table.ts
function metricTable() {
  return /* @__PURE__ */ Object.create(null);
}
function toMetricTable(from) {
  const table = metricTable();
  if (from) for (const key of Object.keys(from)) table[key] = from[key];
  return table;
}

// src/ab/stats.ts
function emptyMoments() {
  return { n: 0, mean: 0, m2: 0, sum: 0, min: null, max: null };
}
function emptyStats() {
  return {
    schema: 1,
    variants: { A: { metrics: metricTable(), units: 0 }, B: { metrics: metricTable(), units: 0 } },
    events: { accepted: 0, rejected: 0 },
    chunks: { count: 0, lastSize: 0 }
  };
}
function addValue(m, x) {
  m.n += 1;
  const delta = x - m.mean;
  m.mean += delta / m.n;
  m.m2 += delta * (x - m.mean);
  m.sum += x;
  m.min = m.min === null || x < m.min ? x : m.min;
  m.max = m.max === null || x > m.max ? x : m.max;
}
function mergeMoments(a, b) {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + delta * b.n / n,
    m2: a.m2 + b.m2 + delta * delta * a.n * b.n / n,
    sum: a.sum + b.sum,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max)
  };
}
function sampleVariance(m) {
  return m.n >= 2 ? Math.max(0, m.m2 / (m.n - 1)) : null;
}
function momentsOf(events) {
  const out = { A: metricTable(), B: metricTable() };
  for (const e of events) addValue(out[e.variant][e.metric] ??= emptyMoments(), e.value);
  return out;
}
function mergeBatch(stats, batch, accepted, rejected) {
  const next = normalizeStats(structuredClone(stats));
  for (const variant of VARIANTS) {
    const metrics = next.variants[variant].metrics;
    for (const [name, moments] of Object.entries(batch[variant]))
      metrics[name] = mergeMoments(metrics[name] ?? emptyMoments(), moments);
  }
  next.events.accepted += accepted;
  next.events.rejected += rejected;
  return next;
}
function normalizeStats(stats) {
  for (const variant of VARIANTS) {
    const arm = stats.variants[variant] ??= { metrics: metricTable(), units: 0 };
    arm.metrics = toMetricTable(arm.metrics);
  }
  return stats;
}
function distinctUnits(events) {
  const out = { A: /* @__PURE__ */ new Set(), B: /* @__PURE__ */ new Set() };
  for (const e of events) {
    if (e.unit === void 0) out[e.variant] = null;
    else out[e.variant]?.add(e.unit);
  }
  return out;
}

// src/ab/batch-ledger.ts
var MAX_BATCH_IDS = 1e4;
function emptyLedger() {
  return { floor: 0, seen: [] };
}
function admitBatch(ledger, batch, now, toleranceSeconds, max = MAX_BATCH_IDS) {
  if (ledger.seen.some((b) => b.id === batch.id)) return { ok: false, reason: "replayed" };
  if (batch.ts <= ledger.floor) return { ok: false, reason: "stale" };
  const horizon = now - toleranceSeconds;
  let floor = Math.max(ledger.floor, horizon - 1);
  const seen = [...ledger.seen.filter((b) => b.ts >= horizon), batch].sort((a, b) => a.ts - b.ts);
  while (seen.length > max) floor = Math.max(floor, seen.shift().ts);
  return { ok: true, ledger: { floor, seen } };
}

// src/ab/store.ts
var CHUNK_MAX_EVENTS = 5e3;
var abPaths = {
  test: statePaths.abTest,
  stats: statePaths.abStats,
  chunk: (id, index) => statePaths.abEvents(id, String(index).padStart(6, "0")),
  chunks: (id) => `ab/${id}/events/`,
  units: (id, variant) => `ab/${id}/units/${variant}.txt`,
  /** Batch ids accepted through the signed route (batch-ledger.ts). */
  batches: (id) => `ab/${id}/batches.json`,
  /** Consecutive failing runs of each hard limit (the debounce of auto-stop). */
  guard: (id) => `ab/${id}/guard.json`
};
async function readTestIn(tx, id) {
  const raw = await tx.readJson(abPaths.test(id));
  return raw === null ? null : defineAbTest(raw, abPaths.test(id));
}
async function readAbStats(store, id) {
  return readStatsIn(store, id);
}
async function readStatsIn(tx, id) {
  const stats = await tx.readJson(abPaths.stats(id));
  return stats ? normalizeStats(stats) : emptyStats();
}
async function readAbTest(store, id) {
  const test = await readTestIn(store, id);
  if (!test)
    throw new AbError(
      `There is no A/B test "${id}" on the state branch: start it first (mcpver ab start --config FILE, or /mcpver ab start).`
    );
  return test;
}
async function listAbTests(store) {
  return [...new Set((await store.list("ab/")).map((p) => p.split("/")[1]).filter(Boolean))].sort();
}
async function startAbTest(store, test, actor) {
  return store.transact(
    `ab: start ${test.id}`,
    async (tx) => {
      if (await tx.read(abPaths.test(test.id)))
        throw new AbError(`An A/B test "${test.id}" already exists; stop it or choose another id.`);
      tx.writeJson(abPaths.test(test.id), serializeAbTest({ ...test, status: "running" }));
      tx.writeJson(abPaths.stats(test.id), emptyStats());
      return { ...test, status: "running" };
    },
    { operation: "ab-start", ...actor ? { actor } : {} }
  );
}
async function setAbTestStatus(store, id, status, reason, actor, hardLimitFailures) {
  return store.transact(
    `ab: ${status} ${id}`,
    async (tx) => {
      const test = await readTestIn(tx, id);
      if (!test) throw new AbError(`There is no A/B test "${id}" to ${status === "running" ? "resume" : "stop"}.`);
      const next = { ...test, status, stopReason: reason };
      tx.writeJson(abPaths.test(id), serializeAbTest(next));
      if (hardLimitFailures) tx.writeJson(abPaths.guard(id), { hardLimitFailures });
      return next;
    },
    { operation: `ab-${status === "running" ? "resume" : "stop"}`, ...actor ? { actor } : {} }
  );
}
var ReplayedBatchError = class extends AbError {
  constructor(batchId, reason) {
    super(
      reason === "replayed" ? `Batch ${batchId} was already recorded: nothing was stored again.` : `Batch ${batchId} is older than the batches this test still remembers: sign it again with a fresh timestamp and id.`
    );
    this.batchId = batchId;
    this.reason = reason;
  }
  batchId;
  reason;
};
async function recordEvents(store, id, batch, options = {}) {
  const { actor, createWith, batch: signed } = options;
  const done = await store.transact(
    `ab: record ${batch.events.length} events into ${id}`,
    async (tx) => {
      let test = await readTestIn(tx, id);
      let created = false;
      if (!test && createWith) {
        test = { ...createWith, id, status: "running" };
        tx.writeJson(abPaths.test(id), serializeAbTest(test));
        created = true;
      }
      if (!test)
        throw new AbError(`There is no A/B test "${id}" on the state branch: start it before recording events.`);
      if (test.status !== "running")
        throw new AbError(
          `A/B test "${id}" is ${test.status}${test.stopReason ? ` (${test.stopReason})` : ""}: it takes no more events.`
        );
      if (signed) {
        const ledger = await tx.readJson(abPaths.batches(id)) ?? emptyLedger();
        const admitted = admitBatch(
          ledger,
          { id: signed.id, ts: signed.timestamp },
          signed.now,
          signed.toleranceSeconds
        );
        if (!admitted.ok) throw new ReplayedBatchError(signed.id, admitted.reason);
        tx.writeJson(abPaths.batches(id), admitted.ledger);
      }
      const kinds = new Map(test.metrics.map((m) => [m.name, m.kind]));
      const events = batch.events.filter(
        (e) => kinds.has(e.metric) && (kinds.get(e.metric) !== "proportion" || e.value === 0 || e.value === 1)
      );
      const rejected = batch.rejectedCount + batch.events.length - events.length;
      const stats = await readStatsIn(tx, id);
      const next = mergeBatch(stats, momentsOf(events), events.length, rejected);
      const warnings = [];
      await appendChunks(tx, id, events, next, warnings);
      await addUnits(tx, id, events, next);
      tx.writeJson(abPaths.stats(id), next);
      return { accepted: events.length, rejected, created, warnings };
    },
    {
      operation: "ab-record",
      details: {
        test: id,
        accepted: batch.events.length,
        rejected: batch.rejectedCount,
        ...signed ? { batch: signed.id } : {}
      },
      ...actor ? { actor } : {},
      ...options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}
    }
  );
  return { ...done.result, commit: done.commit, attempts: done.attempts };
}
function brokenLastLine(text) {
  if (text === "") return null;
  const lines = text.split("\n");
  const complete = text.endsWith("\n");
  const last = complete ? lines[lines.length - 2] : lines[lines.length - 1];
  const number = complete ? lines.length - 1 : lines.length;
  if (!complete) return number;
  try {
    JSON.parse(last);
    return null;
  } catch {
    return number;
  }
}
async function appendChunks(tx, id, events, stats, warnings) {
  let i = 0;
  while (i < events.length) {
    if (stats.chunks.count === 0 || stats.chunks.lastSize >= CHUNK_MAX_EVENTS) {
      stats.chunks.count += 1;
      stats.chunks.lastSize = 0;
    }
    const take = Math.min(CHUNK_MAX_EVENTS - stats.chunks.lastSize, events.length - i);
    const path = abPaths.chunk(id, stats.chunks.count);
    const before = await tx.read(path) ?? "";
    const broken = brokenLastLine(before);
    if (broken !== null) {
      warnings.push(
        `${path} ends with a broken line (line ${broken}); it was left as it is and new events go to the next chunk. Repair or remove that line: the rank and paired tests skip it.`
      );
      stats.chunks.count += 1;
      stats.chunks.lastSize = 0;
      continue;
    }
    const lines = events.slice(i, i + take).map(formatEventLine).join("\n");
    tx.write(path, `${before}${lines}
`);
    stats.chunks.lastSize += take;
    i += take;
  }
}
async function addUnits(tx, id, events, stats) {
  const files = { A: await tx.read(abPaths.units(id, "A")) ?? "", B: await tx.read(abPaths.units(id, "B")) ?? "" };
  const known = { A: new Set(files.A.split("\n").filter(Boolean)), B: new Set(files.B.split("\n").filter(Boolean)) };
  for (const variant of VARIANTS) {
    const incoming = events.filter((e) => e.variant === variant);
    if (incoming.length === 0) continue;
    if (stats.variants[variant].units === null || incoming.some((e) => e.unit === void 0)) {
      stats.variants[variant].units = null;
      continue;
    }
    const other = known[variant === "A" ? "B" : "A"];
    const added = [];
    for (const e of incoming) {
      if (known[variant].has(e.unit)) continue;
      known[variant].add(e.unit);
      added.push(e.unit);
      if (other.has(e.unit)) stats.sharedUnits = (stats.sharedUnits ?? 0) + 1;
    }
    if (added.length > 0) tx.write(abPaths.units(id, variant), `${files[variant]}${added.join("\n")}
`);
    stats.variants[variant].units = known[variant].size;
  }
}
async function readRawEvents(store, id, warnings = []) {
  const events = [];
  for (const path of await store.list(abPaths.chunks(id))) {
    const text = await store.read(path) ?? "";
    const broken = [];
    text.split("\n").forEach((line, i) => {
      if (!line) return;
      try {
        events.push(JSON.parse(line));
      } catch {
        broken.push(i + 1);
      }
    });
    if (broken.length > 0)
      warnings.push(
        `${path}: ${broken.length} line(s) are not events (line ${broken.slice(0, 5).join(", ")}${broken.length > 5 ? ", \u2026" : ""}) and were skipped`
      );
  }
  return events;
}
async function loadAnalysisInput(store, test) {
  const stats = await readStatsIn(store, test.id);
  const guard = await store.readJson(abPaths.guard(test.id));
  const repeatedUnits = ["A", "B"].some((v) => {
    const units = stats.variants[v].units;
    return units !== null && Object.values(stats.variants[v].metrics).some((m) => m.n > units);
  });
  const maybePaired = test.design === "paired" || test.design === void 0 && (stats.sharedUnits ?? 0) > 0;
  const needsRaw = maybePaired || repeatedUnits || test.metrics.some((m) => m.latency);
  const warnings = [];
  const raw = needsRaw ? await readRawEvents(store, test.id, warnings) : [];
  const metrics = metricTable();
  for (const m of test.metrics) {
    const data = {
      moments: {
        A: stats.variants.A.metrics[m.name] ?? emptyMoments(),
        B: stats.variants.B.metrics[m.name] ?? emptyMoments()
      }
    };
    if (needsRaw) data.raw = { A: [], B: [] };
    metrics[m.name] = data;
  }
  for (const e of raw) {
    const list = metrics[e.metric]?.raw?.[e.variant];
    if (list) list.push(e.unit === void 0 ? { value: e.value } : { value: e.value, unit: e.unit });
  }
  const unitsAreDistinct = stats.variants.A.units !== null && stats.variants.B.units !== null;
  const calls = (v) => Math.max(0, ...Object.values(stats.variants[v].metrics).map((x) => x.n));
  return {
    metrics,
    units: unitsAreDistinct ? { A: stats.variants.A.units, B: stats.variants.B.units } : { A: calls("A"), B: calls("B") },
    unitsAreDistinct,
    accepted: stats.events.accepted,
    rejected: stats.events.rejected,
    ...guard?.hardLimitFailures ? { hardLimitFailures: toMetricTable(guard.hardLimitFailures) } : {},
    ...warnings.length > 0 ? { warnings } : {}
  };
}
async function saveGuardState(store, id, hardLimitFailures, actor) {
  await store.transact(
    `ab: guard state of ${id}`,
    async (tx) => {
      tx.writeJson(abPaths.guard(id), { hardLimitFailures });
    },
    { operation: "ab-analyze", ...actor ? { actor } : {} }
  );
}

// src/ab/load-definition.ts
var import_yaml = __toESM(require_dist(), 1);
var CONFIG_KEYS = ["ab", "packages", "policy", "state", "rollback", "migrate", "comments", "watch", "ai"];
function parseAbDefinition(text, file, testId, defaults = {}) {
  const document = (0, import_yaml.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0)
    throw new AbError(`${file}: not valid YAML or JSON: ${document.errors[0].message.split("\n")[0]}`);
  const raw = toJs(document, file, (message) => new AbError(message));
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw) && !("metrics" in raw) && CONFIG_KEYS.some((k) => k in raw)) {
    const config = validateConfig(raw, file);
    const tests = config.ab.tests;
    if (tests.length === 0) throw new AbError(`${file}: ab.tests defines no A/B test.`);
    const chosen = testId ? tests.find((t) => t.id === testId) : tests.length === 1 ? tests[0] : void 0;
    if (!chosen) {
      const ids = tests.map((t) => String(t.id)).join(", ");
      throw new AbError(
        testId ? `${file}: ab.tests has no test "${testId}" (it has ${ids}).` : `${file}: ab.tests has several tests (${ids}): choose one with --test ID.`
      );
    }
    return defineAbTest(chosen, `${file} (ab.tests, id ${String(chosen.id)})`, {
      ...defaults,
      confidence: config.ab.confidence,
      minSampleSize: config.ab.minSampleSize
    });
  }
  const test = defineAbTest(raw, file, defaults);
  if (testId && test.id !== testId) throw new AbError(`${file} defines test "${test.id}", not "${testId}".`);
  return test;
}

// src/ab/signature.ts
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
var SIGNATURE_HEADER = "x-mcpver-signature-256";
var TIMESTAMP_HEADER = "x-mcpver-timestamp";
var BATCH_ID_HEADER = "x-mcpver-batch-id";
var BATCH_ID = /^[A-Za-z0-9._:-]{8,128}$/;
function signedText(timestamp, batchId, body) {
  return Buffer.concat([Buffer.from(`${timestamp}.${batchId}.`), typeof body === "string" ? Buffer.from(body) : body]);
}
function hmac(secret, text) {
  return `sha256=${createHmac("sha256", secret).update(text).digest("hex")}`;
}
function signBatchRequest(secret, body, options = {}) {
  const batchId = options.batchId ?? randomUUID();
  if (!BATCH_ID.test(batchId))
    throw new Error(`A batch id must be 8 to 128 letters, digits or ._:- (got ${JSON.stringify(batchId)}).`);
  const timestamp = String(Math.floor((options.now ?? /* @__PURE__ */ new Date()).getTime() / 1e3));
  return {
    [SIGNATURE_HEADER]: hmac(secret, signedText(timestamp, batchId, body)),
    [TIMESTAMP_HEADER]: timestamp,
    [BATCH_ID_HEADER]: batchId
  };
}
function deriveTestSecret(master, repository, testId) {
  return createHmac("sha256", master).update(`mcpver-ab\0${repository}\0${testId}`).digest("hex");
}

export {
  expandWideRecord,
  parseEvents,
  metricTable,
  AbError,
  guessMetric,
  defineAbTest,
  emptyMoments,
  addValue,
  sampleVariance,
  momentsOf,
  distinctUnits,
  abPaths,
  readAbStats,
  readAbTest,
  listAbTests,
  startAbTest,
  setAbTestStatus,
  recordEvents,
  loadAnalysisInput,
  saveGuardState,
  parseAbDefinition,
  signBatchRequest,
  deriveTestSecret
};
