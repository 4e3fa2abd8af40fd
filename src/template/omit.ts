/**
 * Ansible's `omit`: `{{ omit }}` (or `x | default(omit)`) tells the caller to drop the argument.
 * Inside the engine it is a placeholder string; a template that evaluates to exactly that string
 * yields the OMIT symbol, which the caller detects with `isOmit`.
 */
import { randomBytes } from 'node:crypto';

export const OMIT: unique symbol = Symbol('castoff.omit');

/** Random per process, so no playbook or host output can produce it by accident. */
export const OMIT_PLACEHOLDER = `__omit_place_holder__${randomBytes(20).toString('hex')}`;

export function isOmit(value: unknown): value is typeof OMIT {
  return value === OMIT;
}
