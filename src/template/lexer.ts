/**
 * Splits a template into text, `{{ }}`, `{% %}` and `{# #}` parts and tokenizes the code inside,
 * keeping source offsets. minijinja parses the template itself; this lexer exists so that castoff
 * can name the variable behind an undefined error, pass the engine only the variables a template
 * mentions, and rewrite a few constructs minijinja lacks (see compile.ts).
 */
import { TemplateError } from '../core/errors.js';

export type TokenKind = 'name' | 'string' | 'number' | 'op';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

export interface TextPart {
  kind: 'text';
  start: number;
  end: number;
}

export interface CodePart {
  kind: 'print' | 'statement';
  start: number;
  end: number;
  /** The code between the delimiters and their whitespace-control markers. */
  codeStart: number;
  codeEnd: number;
  tokens: Token[];
}

export interface CommentPart {
  kind: 'comment';
  start: number;
  end: number;
}

export type TemplatePart = TextPart | CodePart | CommentPart;

const OPERATORS = ['**', '//', '==', '!=', '<=', '>=', '{', '}', '[', ']', '(', ')', '.', ',', ':', '|', '~', '+', '-', '*', '/', '%', '<', '>', '=', '!'];
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const RAW_END = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isNamePart(c: string): boolean {
  return isNameStart(c) || isDigit(c);
}

/** After a name, `]` or `)`, a `.` is attribute access, so `x.0.1` is two indexes and no float. */
function endsOperand(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'name' || token.text === ']' || token.text === ')');
}

function readString(src: string, at: number): number {
  const quote = src[at];
  let i = at + 1;
  while (i < src.length) {
    if (src[i] === '\\') i += 2;
    else if (src[i] === quote) return i + 1;
    else i += 1;
  }
  throw new TemplateError(`template error while templating string: unterminated string literal. String: ${src}`);
}

function readNumber(src: string, at: number, integerOnly: boolean): number {
  let i = at;
  while (i < src.length && (isDigit(src[i]) || src[i] === '_')) i += 1;
  if (integerOnly) return i;
  if (src[i] === '.' && isDigit(src[i + 1] ?? '')) {
    i += 1;
    while (i < src.length && (isDigit(src[i]) || src[i] === '_')) i += 1;
  }
  if ((src[i] === 'e' || src[i] === 'E') && /[-+\d]/.test(src[i + 1] ?? '')) {
    i += 2;
    while (i < src.length && isDigit(src[i])) i += 1;
  }
  return i;
}

/**
 * Tokenizes code from `start` until `closer` at bracket depth 0 (so `{{ {'a': {}} }}` works), or to
 * the end of `src` when `closer` is null. Returns the tokens and the offset of the closer.
 */
export function tokenize(src: string, start: number, closer: '}}' | '%}' | null): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let depth = 0;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    if (closer !== null && depth === 0) {
      if (src.startsWith(closer, i)) return { tokens, end: i };
      if ((c === '-' || c === '+') && src.startsWith(closer, i + 1)) return { tokens, end: i };
    }
    let end: number;
    let kind: TokenKind;
    if (c === '"' || c === "'") {
      kind = 'string';
      end = readString(src, i);
    } else if (isDigit(c)) {
      kind = 'number';
      end = readNumber(src, i, tokens.at(-1)?.text === '.' && endsOperand(tokens.at(-2)));
    } else if (isNameStart(c)) {
      kind = 'name';
      end = i + 1;
      while (end < src.length && isNamePart(src[end])) end += 1;
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (op === undefined) {
        throw new TemplateError(`template error while templating string: unexpected character '${c}'. String: ${src}`);
      }
      kind = 'op';
      end = i + op.length;
      if (OPENERS.has(op)) depth += 1;
      if (CLOSERS.has(op)) depth = Math.max(0, depth - 1);
    }
    tokens.push({ kind, text: src.slice(i, end), start: i, end });
    i = end;
  }
  if (closer !== null) {
    throw new TemplateError(`template error while templating string: unexpected end of template, expected '${closer}'. String: ${src}`);
  }
  return { tokens, end: src.length };
}

function codePart(src: string, kind: 'print' | 'statement', start: number): CodePart {
  const closer = kind === 'print' ? '}}' : '%}';
  let codeStart = start + 2;
  if (src[codeStart] === '-' || src[codeStart] === '+') codeStart += 1;
  const { tokens, end: codeEnd } = tokenize(src, codeStart, closer);
  const end = src.indexOf(closer, codeEnd) + 2;
  return { kind, start, end, codeStart, codeEnd, tokens };
}

/** Splits `src` into its parts. The body of `{% raw %}` stays text. */
export function splitTemplate(src: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let textStart = 0;
  let i = src.indexOf('{');
  while (i !== -1 && i < src.length - 1) {
    const next = src[i + 1];
    if (next !== '{' && next !== '%' && next !== '#') {
      i = src.indexOf('{', i + 1);
      continue;
    }
    if (i > textStart) parts.push({ kind: 'text', start: textStart, end: i });
    let end: number;
    if (next === '#') {
      const close = src.indexOf('#}', i + 2);
      if (close === -1) throw new TemplateError(`template error while templating string: unterminated comment. String: ${src}`);
      end = close + 2;
      parts.push({ kind: 'comment', start: i, end });
    } else {
      const part = codePart(src, next === '{' ? 'print' : 'statement', i);
      parts.push(part);
      end = part.end;
      if (part.kind === 'statement' && part.tokens.length === 1 && part.tokens[0].text === 'raw') {
        RAW_END.lastIndex = end;
        const close = RAW_END.exec(src);
        if (close === null) throw new TemplateError(`template error while templating string: missing endraw. String: ${src}`);
        if (close.index > end) parts.push({ kind: 'text', start: end, end: close.index });
        end = close.index + close[0].length;
        parts.push({ kind: 'statement', start: close.index, end, codeStart: close.index, codeEnd: close.index, tokens: [] });
      }
    }
    textStart = end;
    i = src.indexOf('{', end);
  }
  if (textStart < src.length) parts.push({ kind: 'text', start: textStart, end: src.length });
  return parts;
}
