/**
 * Text that came from a host is shown, never obeyed: C0 and C1 control characters (escape
 * sequences, the one-byte CSI U+009B, carriage returns, backspaces, bells) are written as `\uXXXX`,
 * as JSON writes them, so a host cannot move the cursor, recolour, retitle or rewrite the
 * controller's terminal. The JSON form keeps a result line that is JSON still valid JSON meaning the
 * same data, and the function is idempotent: what it returns has nothing left to escape.
 *
 * Output that is several lines by design keeps its newlines and tabs, and a carriage return right
 * before a newline (a CRLF line end cannot overwrite anything); `oneLine` escapes those too, for
 * what must stay on its line (a table row, the live status line).
 */
export function printable(text: string, options: { oneLine?: boolean } = {}): string {
  const controls = options.oneLine ? ONE_LINE_CONTROLS : CONTROLS;
  return text.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CONTROLS = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ONE_LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The `warnings` and `deprecations` a module put in its result, as Ansible's default callback shows them (the writer escapes them). */
export function resultWarnings(result: Record<string, unknown>): string[] {
  const warnings = Array.isArray(result.warnings) ? result.warnings : [];
  const deprecations = Array.isArray(result.deprecations) ? result.deprecations : [];
  return [...warnings.map((w) => `[WARNING]: ${typeof w === 'string' ? w : JSON.stringify(w)}`), ...deprecations.map(deprecationLine)];
}

/** Ansible's `[DEPRECATION WARNING]` line for one entry of a module's `deprecations`. */
export function deprecationLine(entry: unknown): string {
  const d = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : { msg: entry };
  let msg = String(d.msg ?? '').trim();
  if (msg && !/[!?.]$/.test(msg)) msg += '.';
  const collection = d.collection_name === 'ansible.builtin' ? 'ansible-core' : d.collection_name;
  const when = d.date ? `in a release after ${String(d.date)}.` : d.version ? `in version ${String(d.version)}.` : 'in a future release.';
  const parts = [`[DEPRECATION WARNING]: ${msg}`, 'This feature will be removed', collection ? `from ${String(collection)}` : '', when];
  return [...parts, 'Deprecation warnings can be disabled by setting deprecation_warnings=False in ansible.cfg.'].filter(Boolean).join(' ');
}
