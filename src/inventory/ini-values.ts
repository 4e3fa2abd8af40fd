/**
 * How INI inventories read values, as Ansible does: as Python literals when they are one
 * (`2222` is a number, `True` a boolean, `"a b"` a string), else kept as text.
 */

const PYTHON_CONSTANTS: Record<string, unknown> = { True: true, False: false, None: null };

function pythonString(text: string): string | undefined {
  const match = /^(['"])((?:\\.|(?!\1).)*)\1$/s.exec(text);
  if (!match) return undefined;
  return match[2].replace(/\\(.)/gs, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[c] ?? c);
}

/** A value as Python's `ast.literal_eval` would read it, or the text itself. */
export function iniValue(raw: string): unknown {
  const text = raw.trim();
  if (text in PYTHON_CONSTANTS) return PYTHON_CONSTANTS[text];
  if (/^[-+]?(?:0|[1-9][0-9_]*)$/.test(text)) return Number(text.replace(/_/g, ''));
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(text)) return Number.parseInt(text, 16);
  if (/^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/.test(text)) return Number(text);
  const quoted = pythonString(text);
  if (quoted !== undefined) return quoted;
  if (/^[[{]/.test(text)) {
    // Lists and mappings are read when written as JSON, the common subset of both syntaxes.
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
