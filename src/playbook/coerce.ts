import { FALSE_WORDS, isTemplate, TRUE_WORDS } from '../source/schema-values.js';
import type { Condition } from './types.js';

/**
 * Turns values that passed the schema into their typed form, as Ansible's field types do:
 * `"yes"` is true, `"5"` is 5. Templates stay strings for the executor to render.
 */

export function readBool(value: unknown): boolean | string {
  if (typeof value === 'boolean' || isTemplate(value)) return value;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return String(value);
}

export function readNumber(value: unknown): number | string {
  if (typeof value === 'number' || isTemplate(value)) return value;
  return Number(String(value).trim());
}

export function readConditions(value: unknown): Condition[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'boolean' ? item : String(item)));
}

export function readStringList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Tags may also be written `tags: a,b`, as in Ansible. */
export function readTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return list.map((tag) => tag.trim()).filter((tag) => tag !== '');
}

/** `serial: 5`, `serial: "30%"`, `serial: [1, "50%"]`: batch sizes, percentages kept as text. */
export function readSerial(value: unknown): Array<number | string> {
  return (Array.isArray(value) ? value : [value]).map((size) =>
    typeof size === 'string' && /^\s*\d+\s*$/.test(size) ? Number(size) : (size as number | string),
  );
}

export function readMapping(value: unknown): Record<string, unknown> {
  return value === null || value === undefined ? {} : (value as Record<string, unknown>);
}

/** `vars:` written as a list of mappings (Ansible accepts it): merged in order, later ones win. */
export function readVars(value: unknown): Record<string, unknown> {
  return Array.isArray(value) ? Object.assign({}, ...(value as Array<Record<string, unknown>>)) : readMapping(value);
}
