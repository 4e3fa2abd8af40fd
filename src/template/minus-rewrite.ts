/**
 * The engine's `-` takes only numbers, but Ansible's `to_datetime` is used to subtract dates:
 * `(a | to_datetime - b | to_datetime).days`. In a text that uses `to_datetime`, every binary
 * `a - b` becomes `__castoff_minus(a, b)`, which subtracts as Python does (py-datetime.ts).
 * Operands follow Jinja's precedence: `-` is left-associative beside `+`, and looser than
 * `~`, `*`, `/`, `%`, `**`, filters and tests; comparisons, `and`, `or`, `not`, `if` and `in`
 * are looser still.
 */
import { splitTemplate, tokenize, type Token } from './lexer.js';

/** The engine global that subtracts. */
export const MINUS_FUNCTION = '__castoff_minus';

/** Texts using this filter get the rewrite. */
const TRIGGER = 'to_datetime';

const LOOSER_WORDS = new Set(['and', 'or', 'not', 'if', 'else', 'in']);
const LOOSER_OPS = new Set(['==', '!=', '<', '>', '<=', '>=', ',', ':', '=']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

function endsOperand(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'name') return !LOOSER_WORDS.has(token.text) && token.text !== 'is';
  return token.kind === 'string' || token.kind === 'number' || CLOSERS.has(token.text);
}

function isBinary(tokens: Token[], i: number): boolean {
  return (tokens[i].text === '-' || tokens[i].text === '+') && tokens[i].kind === 'op' && endsOperand(tokens[i - 1]);
}

function isLooser(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return (token.kind === 'op' && LOOSER_OPS.has(token.text)) || (token.kind === 'name' && LOOSER_WORDS.has(token.text));
}

/** Index of the first token of the left operand of the binary operator at `at`. */
function leftStart(tokens: Token[], at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i -= 1) {
    const text = tokens[i].text;
    if (CLOSERS.has(text)) depth += 1;
    else if (OPENERS.has(text)) {
      if (depth === 0) return i + 1;
      depth -= 1;
    } else if (depth === 0 && isLooser(tokens, i)) return i + 1;
  }
  return 0;
}

/** Index of the last token of the right operand of the binary operator at `at`. */
function rightEnd(tokens: Token[], at: number): number {
  let depth = 0;
  for (let i = at + 1; i < tokens.length; i += 1) {
    const text = tokens[i].text;
    if (OPENERS.has(text)) depth += 1;
    else if (CLOSERS.has(text)) {
      if (depth === 0) return i - 1;
      depth -= 1;
    } else if (depth === 0 && i > at + 1 && (isLooser(tokens, i) || isBinary(tokens, i))) return i - 1;
  }
  return tokens.length - 1;
}

interface Edit {
  at: number;
  end: number;
  text: string;
  /** Order among edits at one offset: closing parens, then the operator, then opening calls. */
  rank: number;
}

function minusEdits(tokens: Token[]): Edit[] {
  const edits: Edit[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== '-' || !isBinary(tokens, i)) return;
    // Later operators enclose earlier ones (`a - b - c`): their opening call goes first.
    edits.push({ at: tokens[leftStart(tokens, i)].start, end: tokens[leftStart(tokens, i)].start, text: `${MINUS_FUNCTION}(`, rank: 2 - i / tokens.length });
    edits.push({ at: token.start, end: token.end, text: ',', rank: 1 });
    const last = tokens[rightEnd(tokens, i)];
    edits.push({ at: last.end, end: last.end, text: ')', rank: 0 });
  });
  return edits;
}

function apply(text: string, edits: Edit[]): string {
  let out = '';
  let copied = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at || a.rank - b.rank)) {
    out += text.slice(copied, edit.at) + edit.text;
    copied = Math.max(copied, edit.end);
  }
  return out + text.slice(copied);
}

/** `source` with its binary minuses as calls, when it uses `to_datetime`; else as it is. */
export function rewriteMinus(source: string, mode: 'expression' | 'template'): string {
  if (!source.includes(TRIGGER)) return source;
  if (mode === 'expression') return apply(source, minusEdits(tokenize(source, 0, null).tokens));
  const edits = splitTemplate(source).flatMap((part) => (part.kind === 'print' || part.kind === 'statement' ? minusEdits(part.tokens) : []));
  return apply(source, edits);
}
