/**
 * Turns a template or a bare expression into what the engine runs, once per distinct text:
 * - the variables it mentions, so the engine is handed only those (converting all of a host's
 *   variables on every call would dominate the cost);
 * - its variable chains (`result.stdout`, `x['y'][0]`), to name the culprit of an undefined error;
 * - an engine source with rewrites: `x.0` becomes `x[0]` (minijinja lacks it), and wherever
 *   minijinja would quietly accept an undefined value where Jinja2's StrictUndefined (and so
 *   Ansible) fails, the value first passes `default(<marker>)`, which a castoff filter turns into
 *   an error naming the offset. That covers filter inputs, `x == 1`, `'a' ~ x`, `not x`, and each
 *   `{{ }}` of a mixed template, which also prints through Python's `str()`.
 */
import { TemplateError } from '../core/errors.js';
import { customFilters } from './filters.js';
import { customTests, undefinedTolerantTests } from './jinja-tests.js';
import { rewriteMinus } from './minus-rewrite.js';
import { splitTemplate, tokenize, type CodePart, type Token } from './lexer.js';
import { decodePythonEscapes, engineLiteral, literalValue } from './string-literals.js';

/** Prefix of the marker string that stands for "undefined at offset N" inside the engine. */
export const UNDEFINED_MARKER = '__castoff_undefined__@';
/** The filter each `{{ }}` of a mixed template prints through. */
export const TEXT_FILTER = '__castoff_text';
/** An identity filter that fails on the undefined marker: guards values headed for lenient spots. */
export const DEFINED_CHECK = '__castoff_defined';
/** Names the engine provides itself; a chain rooted there is not a variable of the caller. */
export const ENGINE_GLOBALS: ReadonlySet<string> = new Set(['range', 'dict', 'namespace', 'cycler', 'joiner', 'omit', 'loop', 'caller', 'varargs', 'kwargs', 'lookup', 'query', 'q']);

export type ChainStep = string | number;

export interface Chain {
  root: string;
  /** Offset of the root in the compiled text. */
  start: number;
  path: ChainStep[];
  /** Offset just after the chain in the compiled text. */
  end: number;
  /** How the template protects the chain: `x | default(..)`, `x is defined`, `x | mandatory`. */
  guard: 'default' | 'defined' | 'mandatory' | null;
}

export interface Compiled {
  mode: 'expression' | 'template';
  /** For 'expression' an expression for evalExpr; for 'template' a template for renderStr. */
  engineSource: string;
  names: string[];
  chains: Chain[];
  /** Names the template binds itself (`set`, `for`, `macro`): not variables the caller passes. */
  locals: Set<string>;
  /** The template uses `default` or `is defined`, so a chainable retry may rescue `a.b.c | default`. */
  guarded: boolean;
  /** The whole expression is one chain, resolvable without the engine. */
  simpleChain: Chain | null;
}

/** Only expression keywords: statement words such as `missing` or `context` are valid variable names. */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'true', 'false', 'none', 'True', 'False', 'None']);
const DEFAULT_FILTERS = new Set(['default', 'd']);
const DEFINED_TESTS = new Set(['defined', 'undefined']);

interface Edit {
  at: number;
  end: number;
  text: string;
}

function marker(at: number): string {
  return `default("${UNDEFINED_MARKER}${at}")`;
}

function checked(at: number): string {
  return `${marker(at)} | ${DEFINED_CHECK}`;
}

function unquote(literal: string): string {
  return decodePythonEscapes(literal.slice(1, -1));
}

function testNameAfterIs(tokens: Token[], isIndex: number): Token | undefined {
  const next = tokens[isIndex + 1];
  return next?.text === 'not' ? tokens[isIndex + 2] : next;
}

function guardAfter(tokens: Token[], j: number): Chain['guard'] {
  const next = tokens[j];
  if (next?.text === '|') {
    const name = tokens[j + 1]?.text ?? '';
    if (DEFAULT_FILTERS.has(name)) return 'default';
    if (name === 'mandatory') return 'mandatory';
  }
  if (next?.text === 'is' && DEFINED_TESTS.has(testNameAfterIs(tokens, j)?.text ?? '')) return 'defined';
  return null;
}

/**
 * Statements whose operands are expressions. Others (`filter`, `import`, `include`, `block`, ...)
 * take names that are not variables, so their names are never taken as chains.
 */
const EXPRESSION_STATEMENTS = new Set(['if', 'elif', 'for', 'set', 'with']);

function isChainRoot(tokens: Token[], i: number, statement: boolean): boolean {
  const token = tokens[i];
  if (token.kind !== 'name' || KEYWORDS.has(token.text) || (statement && (i === 0 || token.text === 'recursive'))) return false;
  const prev = tokens[i - 1]?.text;
  if (prev === '.' || prev === '|' || prev === 'is' || (prev === 'not' && tokens[i - 2]?.text === 'is')) return false;
  const next = tokens[i + 1]?.text;
  return next !== '=' && next !== '(';
}

function readChain(tokens: Token[], i: number, verbatim: boolean): { chain: Chain; next: number } {
  const path: ChainStep[] = [];
  let end = tokens[i].end;
  let j = i + 1;
  for (;;) {
    const [a, b, c] = [tokens[j], tokens[j + 1], tokens[j + 2]];
    if (a?.text === '.' && (b?.kind === 'name' || b?.kind === 'number') && c?.text !== '(') {
      path.push(b.kind === 'number' ? Number(b.text) : b.text);
      end = b.end;
      j += 2;
    } else if (a?.text === '[' && (b?.kind === 'string' || b?.kind === 'number') && c?.text === ']') {
      path.push(b.kind === 'number' ? Number(b.text) : literalValue(b.text, verbatim));
      end = c.end;
      j += 3;
    } else {
      break;
    }
  }
  return { chain: { root: tokens[i].text, start: tokens[i].start, path, end, guard: guardAfter(tokens, j) }, next: j };
}

function namesBefore(tokens: Token[], stop: string): string[] {
  const stopAt = tokens.findIndex((t) => t.text === stop);
  return tokens.slice(1, stopAt === -1 ? undefined : stopAt).filter((t) => t.kind === 'name').map((t) => t.text);
}

/** Over-approximates: a name wrongly taken as local only costs the culprit in an error message. */
function boundNames(tokens: Token[]): string[] {
  switch (tokens[0]?.text) {
    case 'set': return namesBefore(tokens, '=');
    case 'for': return namesBefore(tokens, 'in');
    case 'macro': return namesBefore(tokens, '%');
    case 'with': return tokens.filter((t, i) => t.kind === 'name' && tokens[i + 1]?.text === '=').map((t) => t.text);
    default: return [];
  }
}

interface Analysis {
  names: Set<string>;
  chains: Chain[];
  /** Chains used as plain values, where minijinja would take undefined without complaint. */
  bareChains: Chain[];
  locals: Set<string>;
  guarded: boolean;
  edits: Edit[];
}

/**
 * The longest string a literal repetition (`'a' * 600000000`) may build. The engine would spend
 * seconds and gigabytes on such a string before failing; no playbook needs one.
 */
export const MAX_REPEATED_LENGTH = 10_000_000;

function refuseHugeRepetition(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    if (tokens[i].text !== '*' || tokens[i].kind !== 'op') continue;
    const [left, right] = [tokens[i - 1], tokens[i + 1]];
    const text = left.kind === 'string' ? left : right.kind === 'string' ? right : null;
    const count = left.kind === 'number' ? left : right.kind === 'number' ? right : null;
    if (text === null || count === null) continue;
    const length = unquote(text.text).length * Number(count.text);
    if (length > MAX_REPEATED_LENGTH) {
      throw new TemplateError(`${text.text} * ${count.text} would make a string of ${length} characters, more than castoff's limit of ${MAX_REPEATED_LENGTH}`);
    }
  }
}

/** After these the chain is consumed by a filter or test, which get their own check. */
const CONSUMERS = new Set(['|', 'is', '(', '[', '.']);

/**
 * `verbatim`: the literals are taken as written, as Ansible has them inside a task string's `{{ }}`;
 * otherwise Python's escape rules apply (see string-literals.ts).
 */
function analyse(tokens: Token[], statement: boolean, into: Analysis, verbatim: boolean): void {
  refuseHugeRepetition(tokens);
  if (statement) for (const name of boundNames(tokens)) into.locals.add(name);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const prev = tokens[i - 1];
    if (token.kind === 'name' && prev?.text !== '.') into.names.add(token.text);
    if (token.kind === 'string') into.edits.push({ at: token.start, end: token.end, text: engineLiteral(literalValue(token.text, verbatim)) });
    if (token.kind === 'number' && prev?.text === '.') {
      into.edits.push({ at: prev.start, end: token.end, text: `[${token.text}]` });
    }
    if (token.kind === 'name' && prev?.text === '|') {
      if (DEFAULT_FILTERS.has(token.text)) into.guarded = true;
      else if (Object.hasOwn(customFilters, token.text)) into.edits.push({ at: token.start, end: token.start, text: `${marker(prev.start)} | ` });
      else into.edits.push({ at: token.start, end: token.start, text: `${checked(prev.start)} | ` });
    }
    if (token.text === 'is' && token.kind === 'name') {
      const test = testNameAfterIs(tokens, i)?.text ?? '';
      if (DEFINED_TESTS.has(test)) into.guarded = true;
      if (Object.hasOwn(customTests, test) && !undefinedTolerantTests.has(test)) {
        into.edits.push({ at: token.start, end: token.start, text: `| ${marker(token.start)} ` });
      }
    }
  }
  if (statement && !EXPRESSION_STATEMENTS.has(tokens[0]?.text ?? '')) return;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isChainRoot(tokens, i, statement)) continue;
    const { chain, next } = readChain(tokens, i, verbatim);
    into.chains.push(chain);
    const wholeCode = i === 0 && next === tokens.length && !statement;
    if (chain.guard === null && !wholeCode && !CONSUMERS.has(tokens[next]?.text ?? '')) into.bareChains.push(chain);
    i = next - 1;
  }
}

/** Runs once all parts are analysed, when every name the template binds itself is known. */
function checkBareChains(into: Analysis): void {
  for (const chain of into.bareChains) {
    if (into.locals.has(chain.root) || ENGINE_GLOBALS.has(chain.root)) continue;
    into.edits.push({ at: chain.start, end: chain.start, text: '(' });
    into.edits.push({ at: chain.end, end: chain.end, text: ` | ${checked(chain.end)})` });
  }
}

function applyEdits(text: string, from: number, to: number, edits: Edit[]): string {
  let out = '';
  let copied = from;
  for (const edit of edits.filter((e) => e.at >= from && e.at <= to).sort((a, b) => a.at - b.at)) {
    out += text.slice(copied, edit.at) + edit.text;
    copied = edit.end;
  }
  return out + text.slice(copied, to);
}

function emptyAnalysis(): Analysis {
  return { names: new Set(), chains: [], bareChains: [], locals: new Set(), guarded: false, edits: [] };
}

function finish(mode: Compiled['mode'], engineSource: string, analysis: Analysis, tokens: Token[] | null): Compiled {
  const only = analysis.chains[0];
  const simple = tokens !== null && analysis.chains.length === 1 && tokens[0].text === only.root && tokens.at(-1)?.end === only.end;
  return {
    mode,
    engineSource: rewriteMinus(engineSource, mode),
    names: [...analysis.names],
    chains: analysis.chains,
    locals: analysis.locals,
    guarded: analysis.guarded,
    simpleChain: simple ? only : null,
  };
}

function compileCode(text: string, tokens: Token[], codeStart: number, codeEnd: number, verbatim: boolean): Compiled {
  const analysis = emptyAnalysis();
  analyse(tokens, false, analysis, verbatim);
  checkBareChains(analysis);
  const code = applyEdits(text, codeStart, codeEnd, analysis.edits);
  return finish('expression', `(${code}) | ${marker(codeEnd)}`, analysis, tokens);
}

/** A bare expression, as in `when:`: its literals follow Python's escape rules. */
export function compileExpression(code: string): Compiled {
  return compileCode(code, tokenize(code, 0, null).tokens, 0, code.length, false);
}

/**
 * Where a template comes from decides how the literals in its `{{ }}` read: a task string
 * ('task') takes them verbatim, as Ansible does; a template file ('file') follows Python's rules.
 */
export type TemplateSource = 'task' | 'file';

/** A string with `{{ }}`/`{% %}`; exactly one `{{ }}` and nothing else compiles to an expression. */
export function compileTemplate(text: string, source: TemplateSource = 'task'): Compiled {
  const verbatimPrints = source === 'task';
  const parts = splitTemplate(text);
  const [first] = parts;
  if (parts.length === 1 && first.kind === 'print') return compileCode(text, first.tokens, first.codeStart, first.codeEnd, verbatimPrints);
  const analysis = emptyAnalysis();
  const codeParts = parts.filter((p): p is CodePart => p.kind === 'print' || p.kind === 'statement');
  for (const part of codeParts) analyse(part.tokens, part.kind === 'statement', analysis, verbatimPrints && part.kind === 'print');
  checkBareChains(analysis);
  for (const part of codeParts) {
    if (part.kind === 'print') {
      analysis.edits.push({ at: part.codeStart, end: part.codeStart, text: '(' });
      analysis.edits.push({ at: part.codeEnd, end: part.codeEnd, text: `) | ${marker(part.codeEnd)} | ${TEXT_FILTER}` });
    }
  }
  return finish('template', applyEdits(text, 0, text.length, analysis.edits), analysis, null);
}
