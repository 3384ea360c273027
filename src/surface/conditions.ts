// The text of a condition an item is registered under (`process.env.BETA === 'on'`), negated and
// compared by what it says rather than how it is spelled: two readings of one gate (a guard that
// returns early, an `if` around the registration; `?.` or `.`; either quote) give the same text.

/** The parts of a condition at its top level (outside parentheses, brackets, braces and strings). */
interface TopLevel {
  /** The operators found outside any nesting, in order (`&&`, `===`, `?`…). */
  operators: Array<{ text: string; at: number }>;
}

const OPERATORS = [
  '===',
  '!==',
  '&&',
  '||',
  '??',
  '==',
  '!=',
  '<=',
  '>=',
  '=>',
  '?',
  ':',
  ',',
  '=',
  '&',
  '|',
  '^',
  '<',
  '>',
];
const EQUALITY: Record<string, string> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' };
/** Operators that bind more loosely than `===`: a condition holding one is not a single comparison. */
const LOOSER = new Set(['&&', '||', '??', '?', ':', ',', '=', '&', '|', '^', '=>']);

/** Scan `text` once, skipping strings (and template literals) and anything nested. */
function topLevel(text: string): TopLevel {
  const operators: TopLevel['operators'] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = endOfString(text, i);
      continue;
    }
    if ('([{'.includes(ch)) depth += 1;
    else if (')]}'.includes(ch)) depth -= 1;
    else if (depth === 0) {
      // `?.` is property access, not the conditional operator.
      if (ch === '?' && text[i + 1] === '.' && !/\d/.test(text[i + 2] ?? '')) {
        i += 1;
        continue;
      }
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        operators.push({ text: op, at: i });
        i += op.length - 1;
      }
    }
  }
  return { operators };
}

/** The index of the quote that closes the string opened at `start`. */
function endOfString(text: string, start: number): number {
  const quote = text[start]!;
  let nested = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') i += 1;
    else if (quote === '`' && ch === '$' && text[i + 1] === '{') {
      nested += 1;
      i += 1;
    } else if (quote === '`' && ch === '}' && nested > 0) nested -= 1;
    else if (ch === quote && nested === 0) return i;
  }
  return text.length;
}

/** Whether the whole text is one parenthesised expression: `(a && b)`, not `(a) && (b)`. */
function wrapped(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = endOfString(text, i);
      continue;
    }
    if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

const unwrap = (text: string): string => (wrapped(text) ? unwrap(text.slice(1, -1).trim()) : text);

/** `a === b` as `a !== b` (and back) when the text is that one comparison; undefined otherwise. */
function flippedComparison(text: string): string | undefined {
  const { operators } = topLevel(text);
  if (operators.length !== 1 || operators.some((o) => LOOSER.has(o.text))) return undefined;
  const [op] = operators;
  const opposite = op && EQUALITY[op.text];
  if (!op || !opposite) return undefined;
  return `${text.slice(0, op.at).trim()} ${opposite} ${text.slice(op.at + op.text.length).trim()}`;
}

/** The opposite of a condition, as a person would write it: `!flag`, `x !== 'a'`, `a && b` → `!(a && b)`. */
export function negateCondition(condition: string): string {
  const text = condition.trim();
  if (text.startsWith('!') && !text.startsWith('!=') && wrapped(text.slice(1))) return unwrap(text.slice(1));
  if (/^![\w.$?]+$/.test(text)) return text.slice(1);
  const flipped = flippedComparison(unwrap(text));
  if (flipped) return flipped;
  return /^[\w.$?]+$/.test(text) ? `!${text}` : `!(${text})`;
}

/** One conjunct in a canonical spelling: outer parentheses, `!!`, and `!(a === b)` for `a !== b`. */
function canonicalTerm(term: string): string {
  let text = unwrap(term.trim());
  while (text.startsWith('!!')) text = unwrap(text.slice(2).trim());
  if (text.startsWith('!') && !text.startsWith('!=') && wrapped(text.slice(1))) {
    const inner = unwrap(text.slice(1));
    const flipped = flippedComparison(inner);
    if (flipped) return flipped;
    if (/^[\w.$]+$/.test(inner)) return `!${inner}`;
  }
  return text;
}

/** Strings in single quotes, `?.` as `.`, one space between words: how two spellings of one text compare. */
function canonicalSpelling(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = endOfString(text, i);
      const body = text.slice(i + 1, end);
      // A template literal with a substitution stays a template literal.
      out +=
        ch === '`' && body.includes('${')
          ? text.slice(i, end + 1)
          : `'${body.replace(/\\(["'`])/g, '$1').replace(/'/g, "\\'")}'`;
      i = end;
      continue;
    }
    if (ch === '?' && text[i + 1] === '.' && !/\d/.test(text[i + 2] ?? '')) {
      out += /[[(]/.test(text[i + 2] ?? '') ? '' : '.';
      i += 1;
      continue;
    }
    out += ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A condition in one canonical spelling, for comparing two readings: where a request runs (a source
 * location) left out, the conjuncts of a top-level `&&` each canonical, without repeats, sorted.
 */
export function normalizeCondition(condition: string): string {
  const text = canonicalSpelling(condition.replace(/ at [^\s`]+:\d+(?=$|\W)/g, ''));
  const body = unwrap(text);
  const { operators } = topLevel(body);
  // `a && b || c` is not a conjunction: only split where `&&` is the loosest operator.
  const splittable = operators.every((o) => !['||', '??', '?', ':', ',', '=', '=>'].includes(o.text));
  const terms: string[] = [];
  if (splittable) {
    let from = 0;
    for (const op of operators.filter((o) => o.text === '&&')) {
      terms.push(body.slice(from, op.at));
      from = op.at + 2;
    }
    terms.push(body.slice(from));
  } else terms.push(body);
  return [...new Set(terms.map(canonicalTerm))].sort().join(' && ');
}

/** Conditions that all hold, as one text: a term looser than `&&` (`a || b`) in parentheses, so the text means what the list does. */
export function allOf(conditions: readonly string[]): string {
  if (conditions.length === 1) return conditions[0]!;
  return conditions
    .map((c) => {
      const { operators } = topLevel(unwrap(c.trim()));
      return operators.some((o) => ['||', '??', '?', ':', ',', '=', '=>'].includes(o.text)) && !wrapped(c.trim())
        ? `(${c.trim()})`
        : c;
    })
    .join(' && ');
}

/** Whether two condition texts say the same thing (as far as their text shows). */
export function sameCondition(a: string, b: string): boolean {
  return normalizeCondition(a) === normalizeCondition(b);
}

/** A name or a chain of properties: `projectId`, `grant.projectId`, `options?.inject`. */
const CHAIN = String.raw`[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*`;
const ABSENT_ATOMS = [
  new RegExp(String.raw`^!${CHAIN}$`),
  new RegExp(String.raw`^${CHAIN}\s*===?\s*(?:undefined|null)$`),
  new RegExp(String.raw`^(?:undefined|null)\s*===?\s*${CHAIN}$`),
  new RegExp(String.raw`^!${CHAIN}\??\.length$`),
  new RegExp(String.raw`^${CHAIN}\??\.length\s*===?\s*0$`),
  // every value of an options object unset: `Object.values(inject).every((v) => v === undefined)`
  new RegExp(String.raw`^Object\.values\(${CHAIN}\)\.every\(\(?(\w+)\)?\s*=>\s*\1\s*===?\s*(?:undefined|null)\)$`),
];
const PRESENT_ATOMS = [
  new RegExp(String.raw`^(?:!!)?${CHAIN}$`),
  new RegExp(String.raw`^${CHAIN}\s*!==?\s*(?:undefined|null)$`),
  new RegExp(String.raw`^${CHAIN}\??\.length(?:\s*>\s*0)?$`),
];

/**
 * Whether a condition holds exactly when an option is not set (`!grant.projectId`, `x === undefined`,
 * `!inject || Object.values(inject).every((v) => v === undefined)`): `true`; when one is set
 * (`grant.projectId`, `x !== undefined`): `false`; otherwise (a comparison with a value, a call):
 * `null`. A server run with nothing configured takes the side where nothing is set.
 */
export function testsAbsence(condition: string): boolean | null {
  const text = unwrap(canonicalSpelling(condition));
  if (text.startsWith('!') && !text.startsWith('!=') && wrapped(text.slice(1))) {
    const inner = testsAbsence(text.slice(1));
    return inner === null ? null : !inner;
  }
  const { operators } = topLevel(text);
  const joins = operators.filter((o) => o.text === '||' || o.text === '&&');
  if (joins.length > 0) {
    // One kind of join only, and no looser operator: `a || b`, `a && b`.
    if (new Set(joins.map((o) => o.text)).size > 1 || operators.some((o) => LOOSER.has(o.text) && !joins.includes(o)))
      return null;
    const terms: string[] = [];
    let from = 0;
    for (const op of joins) {
      terms.push(text.slice(from, op.at));
      from = op.at + op.text.length;
    }
    terms.push(text.slice(from));
    const each = terms.map((t) => testsAbsence(t));
    return each.every((e) => e === true) ? true : each.every((e) => e === false) ? false : null;
  }
  if (ABSENT_ATOMS.some((re) => re.test(text))) return true;
  if (PRESENT_ATOMS.some((re) => re.test(text))) return false;
  return null;
}
