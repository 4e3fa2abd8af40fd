/**
 * A play's `vars_prompt` read into typed prompts. Hashing the answer (`encrypt`, `salt`,
 * `salt_size`) needs Ansible's passlib-backed hashing, which castoff does not have: such a prompt
 * is an error at load time, naming where it is written.
 */
import type { SourceFile } from './context.js';
import type { Diagnostics } from '../source/diagnostics.js';
import { isMapping } from '../source/values.js';
import { readBool } from './coerce.js';
import type { VarsPrompt } from './types.js';
import type { SourcePosition } from '../core/errors.js';

const HASHING = ['encrypt', 'salt', 'salt_size'];

/** Entries that did not pass the play's schema are left out (the schema reported them). */
export function readVarsPrompt(value: unknown, src: SourceFile, label: string, diag: Diagnostics, fallback: SourcePosition): VarsPrompt[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const prompts: VarsPrompt[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isMapping(raw) || typeof raw.name !== 'string') continue;
    const position = src.positions.value(value, i) ?? fallback;
    const hashing = HASHING.filter((key) => raw[key] !== undefined && raw[key] !== null);
    for (const key of hashing) {
      diag.error(
        src.positions.key(raw, key) ?? position,
        `${label}: vars_prompt '${raw.name}': '${key}' is not supported; castoff cannot hash the answer (pass a hash made beforehand, e.g. with the password_hash filter, or -e ${raw.name}=...)`,
      );
    }
    if (hashing.length > 0) continue;
    prompts.push({
      name: raw.name,
      prompt: typeof raw.prompt === 'string' ? raw.prompt : raw.name,
      ...(raw.default !== undefined ? { default: raw.default } : {}),
      private: raw.private === undefined ? true : readBool(raw.private) === true,
      confirm: raw.confirm !== undefined && readBool(raw.confirm) === true,
      unsafe: raw.unsafe !== undefined && readBool(raw.unsafe) === true,
      position,
    });
  }
  return prompts;
}
