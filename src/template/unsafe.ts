/**
 * Ansible's `unsafe`: data that came from a host (registered results, facts) is never rendered as
 * a template, or a host could make the controller evaluate `{{ ansible_password }}` for it.
 * Marks live on containers (a primitive string cannot carry one), so host data is marked as the
 * object it arrives in; every string inside stays literal when `renderValue` walks over it.
 */

const unsafeContainers = new WeakSet<object>();

/** Marks `value` and every object and array inside it as host data. Returns `value` itself. */
export function markUnsafe<T extends object>(value: T): T {
  markDeep(value);
  return value;
}

function markDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || unsafeContainers.has(value)) return;
  unsafeContainers.add(value);
  for (const inner of Array.isArray(value) ? value : Object.values(value)) markDeep(inner);
}

export function isUnsafe(value: unknown): boolean {
  return typeof value === 'object' && value !== null && unsafeContainers.has(value);
}
