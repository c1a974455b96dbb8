import { BAD_REQUEST, isIsoDate } from './apiTypes';

/**
 * The subset of OData v3 $filter that SharePoint list items accept: comparisons, and/or/not
 * with the usual precedence (not > and > or), parentheses, substringof and startswith,
 * null, booleans, numbers, 'strings' with doubled quotes, and datetime'…'.
 */
export type Operand =
  | { t: 'col'; name: string }
  | { t: 'lit'; value: string | number | boolean | null; date?: boolean }
  | { t: 'fn'; name: string; args: Operand[] };

export type FilterExpr =
  | { t: 'or' | 'and'; l: FilterExpr; r: FilterExpr }
  | { t: 'not'; e: FilterExpr }
  | { t: 'cmp'; op: CmpOp; l: Operand; r: Operand }
  | { t: 'pred'; fn: Operand };

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
const CMP_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

interface IToken {
  t: 'punct' | 'str' | 'date' | 'num' | 'word';
  v: string;
  pos: number;
}

function invalid(filter: string, pos?: number): Error {
  return BAD_REQUEST(pos === undefined
    ? `The expression "${filter}" is not valid.`
    : `Syntax error at position ${pos} in '${filter}'.`, '-1, Microsoft.Data.OData.ODataException');
}

// Sticky, so each token is matched where it starts without copying the rest of the filter.
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDlLfF]?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_/.]*/y;

/**
 * How many groupings and logical operators a filter may hold. OData's URI parser stops at
 * a recursion limit; ours is at least as strict, so a hostile filter (thousands of nested
 * parentheses) is a 400 rather than a stack overflow.
 */
export const MAX_FILTER_DEPTH = 100;

function tooDeep(): Error {
  return BAD_REQUEST(`The query is too complex: the recursion limit of ${MAX_FILTER_DEPTH} has been reached.`, '-1, Microsoft.Data.OData.ODataException');
}

function tokenize(src: string): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  const readQuoted = (start: number): [string, number] => {
    let j = start + 1;
    let s = '';
    for (;;) {
      if (j >= src.length) throw invalid(src, start);
      if (src[j] === "'") {
        if (src[j + 1] === "'") { s += "'"; j += 2; continue; }
        return [s, j + 1];
      }
      s += src[j++];
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',') { out.push({ t: 'punct', v: c, pos: i }); i++; continue; }
    if (c === "'") {
      const [s, next] = readQuoted(i);
      out.push({ t: 'str', v: s, pos: i });
      i = next;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(src);
    if (num && (c === '-' || /\d/.test(c))) {
      out.push({ t: 'num', v: num[0].replace(/[mMdDlLfF]$/, ''), pos: i });
      i += num[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(src);
    if (word) {
      if (/^datetime$/i.test(word[0]) && src[i + word[0].length] === "'") {
        const [s, next] = readQuoted(i + word[0].length);
        out.push({ t: 'date', v: s, pos: i });
        i = next;
        continue;
      }
      out.push({ t: 'word', v: word[0], pos: i });
      i += word[0].length;
      continue;
    }
    throw invalid(src, i);
  }
  return out;
}

export function parseFilter(src: string): FilterExpr {
  const tokens = tokenize(src);
  // Every '(' and every and/or/not adds a level to the tree the parser and evaluator walk.
  let levels = 0;
  for (const tk of tokens) {
    if ((tk.t === 'punct' && tk.v === '(') || (tk.t === 'word' && /^(and|or|not)$/i.test(tk.v))) levels++;
    if (levels > MAX_FILTER_DEPTH) throw tooDeep();
  }
  let p = 0;
  const peek = (): IToken | undefined => tokens[p];
  const isWord = (w: string): boolean => {
    const tk = tokens[p];
    return !!tk && tk.t === 'word' && tk.v.toLowerCase() === w;
  };
  const expectPunct = (v: string): void => {
    const tk = tokens[p];
    if (!tk || tk.t !== 'punct' || tk.v !== v) throw invalid(src, tk ? tk.pos : src.length);
    p++;
  };

  const operand = (): Operand => {
    const tk = tokens[p++];
    if (!tk) throw invalid(src, src.length);
    switch (tk.t) {
      case 'str': return { t: 'lit', value: tk.v };
      case 'date':
        if (!isIsoDate(tk.v)) throw invalid(src, tk.pos);
        return { t: 'lit', value: tk.v, date: true };
      case 'num': return { t: 'lit', value: Number(tk.v) };
      case 'word': {
        const lower = tk.v.toLowerCase();
        if (lower === 'null') return { t: 'lit', value: null };
        if (lower === 'true') return { t: 'lit', value: true };
        if (lower === 'false') return { t: 'lit', value: false };
        const next = peek();
        if (next && next.t === 'punct' && next.v === '(') {
          p++;
          const args: Operand[] = [];
          if (!(peek()?.t === 'punct' && peek()?.v === ')')) {
            args.push(operand());
            while (peek()?.t === 'punct' && peek()?.v === ',') { p++; args.push(operand()); }
          }
          expectPunct(')');
          return { t: 'fn', name: lower, args };
        }
        if (['and', 'or', 'not', ...CMP_OPS].includes(lower)) throw invalid(src, tk.pos);
        return { t: 'col', name: tk.v };
      }
      default: throw invalid(src, tk.pos);
    }
  };

  const comparison = (): FilterExpr => {
    const tk = peek();
    if (tk && tk.t === 'punct' && tk.v === '(') {
      p++;
      const inner = orExpr();
      expectPunct(')');
      return inner;
    }
    const l = operand();
    const opTk = peek();
    if (opTk && opTk.t === 'word' && CMP_OPS.has(opTk.v.toLowerCase())) {
      p++;
      return { t: 'cmp', op: opTk.v.toLowerCase() as CmpOp, l, r: operand() };
    }
    if (l.t === 'fn') return { t: 'pred', fn: l };
    if (l.t === 'col') return { t: 'cmp', op: 'eq', l, r: { t: 'lit', value: true } };
    throw invalid(src, opTk ? opTk.pos : src.length);
  };
  const unary = (): FilterExpr => {
    if (isWord('not')) { p++; return { t: 'not', e: unary() }; }
    return comparison();
  };
  const andExpr = (): FilterExpr => {
    let l = unary();
    while (isWord('and')) { p++; l = { t: 'and', l, r: unary() }; }
    return l;
  };
  const orExpr = (): FilterExpr => {
    let l = andExpr();
    while (isWord('or')) { p++; l = { t: 'or', l, r: andExpr() }; }
    return l;
  };

  const expr = orExpr();
  if (p < tokens.length) throw invalid(src, tokens[p].pos);
  return expr;
}

/** Every column a filter names, for validation and the list view threshold. */
export function filterColumns(expr: FilterExpr): string[] {
  const out: string[] = [];
  const fromOperand = (o: Operand): void => {
    if (o.t === 'col') out.push(o.name);
    else if (o.t === 'fn') o.args.forEach(fromOperand);
  };
  const walk = (e: FilterExpr): void => {
    switch (e.t) {
      case 'or': case 'and': walk(e.l); walk(e.r); break;
      case 'not': walk(e.e); break;
      case 'cmp': fromOperand(e.l); fromOperand(e.r); break;
      case 'pred': fromOperand(e.fn); break;
    }
  };
  walk(expr);
  return out;
}

/** How a column's values compare: SharePoint compares text case-insensitively. */
export type CompareAs = 'text' | 'number' | 'boolean' | 'date';

export interface IFilterContext<T> {
  /** The column's value for an item (an array for multi-value columns). */
  value(item: T, column: string): unknown;
  compareAs(column: string): CompareAs;
}

function normalise(v: unknown, as: CompareAs): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  switch (as) {
    case 'number': return Number(v);
    case 'boolean': return v === true || v === 1 || v === '1' || String(v).toLowerCase() === 'true' ? 1 : 0;
    case 'date': {
      const s = String(v);
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes('T') ? s : `${s}Z`);
      return Number.isNaN(ms) ? null : ms;
    }
    default: return String(v).toLowerCase();
  }
}

function compare(a: string | number, b: string | number, op: CmpOp): boolean {
  switch (op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'lt': return a < b;
    case 'le': return a <= b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
  }
}

export function compileFilter<T>(src: string, expr: FilterExpr, ctx: IFilterContext<T>): (item: T) => boolean {
  const colOf = (o: Operand): string | undefined => (o.t === 'col' ? o.name : undefined);
  const cmp = (e: Extract<FilterExpr, { t: 'cmp' }>): (item: T) => boolean => {
    let { l, r, op } = e;
    if (l.t !== 'col' && r.t === 'col') {
      const flip: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
      [l, r, op] = [r, l, flip[op]];
    }
    if (l.t === 'fn' && r.t === 'lit' && typeof r.value === 'boolean') {
      const pred = fn(l);
      const want = r.value === (op === 'eq');
      if (op !== 'eq' && op !== 'ne') throw invalid(src);
      return item => pred(item) === want;
    }
    const column = colOf(l);
    if (!column || r.t !== 'lit') throw invalid(src);
    const as = ctx.compareAs(column);
    const literal = normalise(r.value, as);
    // A literal that does not parse as the column's type is refused, not compared as nothing.
    if (r.value !== null && r.value !== '' && (literal === null || (typeof literal === 'number' && Number.isNaN(literal)))) {
      throw BAD_REQUEST(`The expression "${src}" is not valid: '${String(r.value)}' is not a valid ${as} value.`, '-1, Microsoft.SharePoint.SPException');
    }
    return item => {
      const raw = ctx.value(item, column);
      const values = Array.isArray(raw) ? raw.map(v => normalise(v, as)) : [normalise(raw, as)];
      const present = values.filter((v): v is string | number => v !== null);
      if (literal === null) {
        if (op === 'eq') return present.length === 0;
        if (op === 'ne') return present.length > 0;
        return false;
      }
      if (op === 'ne') return !present.some(v => v === literal);
      return present.some(v => compare(v, literal, op));
    };
  };
  const fn = (o: Extract<Operand, { t: 'fn' }>): (item: T) => boolean => {
    const [a, b] = o.args;
    if (o.name === 'substringof' && a?.t === 'lit' && b?.t === 'col' && o.args.length === 2) {
      const needle = String(a.value ?? '').toLowerCase();
      return item => textValues(ctx.value(item, b.name)).some(v => v.includes(needle));
    }
    if (o.name === 'startswith' && a?.t === 'col' && b?.t === 'lit' && o.args.length === 2) {
      const prefix = String(b.value ?? '').toLowerCase();
      return item => textValues(ctx.value(item, a.name)).some(v => v.startsWith(prefix));
    }
    throw BAD_REQUEST(`The expression "${src}" is not valid.`, '-1, Microsoft.SharePoint.SPException');
  };
  const build = (e: FilterExpr): (item: T) => boolean => {
    switch (e.t) {
      case 'or': { const l = build(e.l); const r = build(e.r); return i => l(i) || r(i); }
      case 'and': { const l = build(e.l); const r = build(e.r); return i => l(i) && r(i); }
      case 'not': { const inner = build(e.e); return i => !inner(i); }
      case 'cmp': return cmp(e);
      case 'pred':
        if (e.fn.t !== 'fn') throw invalid(src);
        return fn(e.fn);
    }
  };
  return build(expr);
}

function textValues(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter(x => x !== null && x !== undefined).map(x => String(x).toLowerCase());
}
