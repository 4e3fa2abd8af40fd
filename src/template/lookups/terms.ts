/** Terms written as `key name=value ...` (csvfile, ini, password, sequence). */
import { TemplateError } from '../../core/errors.js';
import type { Mapping } from '../python.js';

/** Splits on whitespace, keeping quoted parts together (quotes removed). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)) words.push(match[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'));
  return words;
}

/** `name=value` words as a mapping; a word without `=` is refused with Ansible's wording. */
export function keyValues(words: string[], lookup: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const word of words) {
    const at = word.indexOf('=');
    if (at <= 0) throw new TemplateError(`${lookup}: '${word}' is not a key=value pair`);
    params[word.slice(0, at)] = word.slice(at + 1);
  }
  return params;
}

/**
 * The first word is the key; the other `name=value` words override the keyword options, which
 * override the defaults.
 */
export function keyValueTerm(term: unknown, options: Mapping, defaults: Mapping): { key: string; params: Mapping } {
  const words = splitWords(String(term));
  const key = words[0] ?? '';
  return { key, params: { ...defaults, ...options, ...keyValues(words.slice(1), 'lookup') } };
}
