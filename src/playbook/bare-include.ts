/**
 * The bare `include:` task of Ansible 2.14 (deprecated there, removed in 2.16): read as
 * `import_tasks` when the file name is no template and the task has no loop, else as
 * `include_tasks`, as Ansible decides. Its `key=value` words after the file name are variables of
 * the included tasks.
 */
import { isTemplate } from '../source/schema-values.js';
import { isMapping } from '../source/values.js';
import { KvSyntaxError, parseKeyValueArgs } from './kv.js';

const BARE_INCLUDE = new Set(['include', 'ansible.builtin.include', 'ansible.legacy.include']);

export const BARE_INCLUDE_DEPRECATION =
  '"include" is deprecated, use include_tasks/import_tasks instead. This feature will be removed from Ansible in version 2.16.';

export function bareIncludeKey(raw: Record<string, unknown>): string | undefined {
  return Object.keys(raw).find((key) => BARE_INCLUDE.has(key));
}

function hasLoop(raw: Record<string, unknown>): boolean {
  return Object.keys(raw).some((key) => key === 'loop' || (key.startsWith('with_') && key.length > 'with_'.length));
}

/**
 * The task as the include keyword it stands for; `problem` when its value is not a file name
 * (optionally followed by variables) or a mapping of arguments.
 */
export function asIncludeTask(raw: Record<string, unknown>, key: string): { raw: Record<string, unknown>; keyword: string } | { problem: string } {
  const value = raw[key];
  let file: unknown = value;
  let vars: Record<string, unknown> = {};
  if (typeof value === 'string') {
    try {
      const parsed = parseKeyValueArgs(value);
      file = parsed.rawParams?.trim();
      vars = parsed.params;
    } catch (err) {
      if (err instanceof KvSyntaxError) return { problem: err.message };
      throw err;
    }
  } else if (isMapping(value)) {
    const { file: named, _raw_params: raw_params, ...rest } = value;
    file = named ?? raw_params;
    vars = rest;
  }
  if (typeof file !== 'string' || file === '') return { problem: "'include' needs a file name" };
  const keyword = isTemplate(file) || hasLoop(raw) ? 'include_tasks' : 'import_tasks';
  const out: Record<string, unknown> = {};
  // Keep the entry's key order (messages point at keys by their position in the source).
  for (const [k, v] of Object.entries(raw)) {
    if (k === key) out[keyword] = file;
    else out[k] = v;
  }
  if (Object.keys(vars).length > 0) out.vars = { ...(isMapping(raw.vars) ? raw.vars : {}), ...vars };
  return { raw: out, keyword };
}
