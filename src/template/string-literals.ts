/**
 * String literals as Jinja2 reads them, handed to minijinja in a form it accepts.
 *
 * Jinja2 decodes a literal with Python's escape rules, where an unknown escape such as `\d` or `\.`
 * stays as written; minijinja rejects it ("bad string escape"), and regexes are full of them.
 * Ansible goes further for task strings: inside `{{ }}` it doubles every backslash of a literal
 * before Jinja2 sees it, so there a literal is taken verbatim (`'\n'` is a backslash and an `n`).
 * Template files (the `template` module) and bare conditions (`when:`) keep Python's rules.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

const HEX_ESCAPE_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a quoted literal's body under Python's rules; unknown escapes keep their backslash. */
export function decodePythonEscapes(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      i += 1;
      continue;
    }
    const next = body[i + 1];
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    const hexLength = HEX_ESCAPE_LENGTHS[next];
    if (Object.hasOwn(SIMPLE_ESCAPES, next)) {
      out += SIMPLE_ESCAPES[next];
      i += 2;
    } else if (octal !== null) {
      out += String.fromCodePoint(parseInt(octal[0], 8));
      i += 1 + octal[0].length;
    } else if (hexLength !== undefined && new RegExp(`^[0-9a-fA-F]{${hexLength}}`).test(body.slice(i + 2))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + hexLength), 16));
      i += 2 + hexLength;
    } else {
      out += c + next;
      i += 2;
    }
  }
  return out;
}

/** The value of a literal token (quotes included): verbatim, or with Python's escape rules. */
export function literalValue(token: string, verbatim: boolean): string {
  const body = token.slice(1, -1);
  return verbatim ? body : decodePythonEscapes(body);
}

/** A double-quoted literal minijinja reads back as exactly `value`. */
export function engineLiteral(value: string): string {
  let out = '"';
  for (const c of value) {
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c < ' ' || c === '\x7f') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
