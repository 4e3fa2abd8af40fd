/** `json.dumps(value, sort_keys=True, indent=...)`: every object's keys in order, arrays as they are. */
export function sortedJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (isPlainRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v), indent);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
