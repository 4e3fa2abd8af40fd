/**
 * Text that came from a host is shown, never obeyed: control characters (escape sequences, carriage
 * returns, bells) are written as `\uXXXX`, as JSON would write them, so a host cannot move the
 * cursor, recolour or rewrite the controller's terminal. Newlines and tabs stay.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `warnings` a module put in its result, as Ansible's default callback shows them. */
export function resultWarnings(result: Record<string, unknown>): string[] {
  const warnings = result.warnings;
  if (!Array.isArray(warnings)) return [];
  return warnings.map((w) => `[WARNING]: ${printable(typeof w === 'string' ? w : JSON.stringify(w))}`);
}
