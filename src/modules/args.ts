/**
 * Reading rendered task arguments the way Ansible's modules do: booleans may still be words
 * (`yes`, `on`, `1`) because the loader keeps what the playbook wrote.
 */

const TRUE_WORDS = new Set(['yes', 'on', 'true', '1', 'y', 't']);

export function isTrue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && TRUE_WORDS.has(value.trim().toLowerCase());
}

/** A string argument, or undefined when it is absent or empty. */
export function textArg(args: Record<string, unknown>, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}
