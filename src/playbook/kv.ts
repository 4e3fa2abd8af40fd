/**
 * Free-form module arguments: `jid={{ job.ansible_job_id }} mode=cleanup`, `chdir=/tmp echo "a b"`.
 * Words are split on whitespace outside quotes and outside `{{ }}`/`{% %}`/`{# #}`, so templates
 * may contain spaces; words that are not `key=value` form the free text (`_raw_params`).
 */

interface Word {
  text: string;
  start: number;
  end: number;
}

const JINJA_PAIRS: Record<string, string> = { '{{': '}}', '{%': '%}', '{#': '#}' };

export class KvSyntaxError extends Error {}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  let quote: string | null = null;
  const jinja: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const pair = text.slice(i, i + 2);
    if (start < 0) {
      if (/\s/.test(c)) continue;
      start = i;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (jinja.length > 0) {
      if (pair === jinja[jinja.length - 1]) {
        jinja.pop();
        i++;
      } else if (JINJA_PAIRS[pair]) {
        jinja.push(JINJA_PAIRS[pair]);
        i++;
      }
    } else if (JINJA_PAIRS[pair]) {
      jinja.push(JINJA_PAIRS[pair]);
      i++;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (/\s/.test(c)) {
      words.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  if (quote) throw new KvSyntaxError(`unbalanced quotes (${quote}) in arguments`);
  if (jinja.length > 0) throw new KvSyntaxError(`unbalanced template: missing '${jinja[jinja.length - 1]}' in arguments`);
  if (start >= 0) words.push({ text: text.slice(start), start, end: text.length });
  return words;
}

/** The `=` that separates key and value, or -1 when the word is not `key=value`. */
function separatorIndex(word: string): number {
  const match = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word);
  return match ? match[0].length - 1 : -1;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    const inner = value.slice(1, -1);
    return value[0] === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner;
  }
  return value;
}

export interface KeyValueArgs {
  params: Record<string, string>;
  /** The words that are not `key=value` (or not an accepted key), with their original spacing. */
  rawParams?: string;
}

/**
 * Parses free-form arguments. With `onlyKeys` (command-line modules), only those keys are taken
 * out as options and every other word, `a=b` included, stays part of the command line.
 */
export function parseKeyValueArgs(text: string, onlyKeys?: readonly string[]): KeyValueArgs {
  const params: Record<string, string> = {};
  let rawParams = '';
  let previousEnd = -1;
  for (const word of splitWords(text)) {
    const separator = separatorIndex(word.text);
    const key = separator > 0 ? word.text.slice(0, separator) : undefined;
    if (key !== undefined && (!onlyKeys || onlyKeys.includes(key))) {
      params[key] = unquote(word.text.slice(separator + 1));
    } else {
      rawParams += rawParams === '' ? word.text : text.slice(previousEnd, word.start) + word.text;
    }
    previousEnd = word.end;
  }
  return rawParams === '' ? { params } : { params, rawParams };
}
