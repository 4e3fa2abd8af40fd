/**
 * Joining `assemble`'s fragments as Ansible does, a pure function of the fragments so the rules are
 * tested alone: names sorted by code point, `regexp` and `ignore_hidden` filter them, the
 * delimiter (with `\n`-style escapes read) goes between fragments and always ends its line, and a
 * fragment that does not end its last line gets a newline before the next one.
 */

export interface Fragment {
  name: string;
  content: Buffer;
}

export interface AssembleRules {
  delimiter?: string;
  regexp?: RegExp;
  ignoreHidden: boolean;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** Python's escape_decode of the delimiter: `--\n` written with a backslash becomes a line. */
export function unescapeDelimiter(delimiter: string): string {
  return delimiter.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (whole, code: string) => {
    if (code.startsWith('x') && code.length === 3) return String.fromCharCode(parseInt(code.slice(1), 16));
    return ESCAPES[code] ?? whole;
  });
}

function byCodePoint(a: Fragment, b: Fragment): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function selectFragments(fragments: readonly Fragment[], rules: AssembleRules): Fragment[] {
  return [...fragments]
    .sort(byCodePoint)
    .filter((f) => !(rules.regexp && !rules.regexp.test(f.name)) && !(rules.ignoreHidden && f.name.startsWith('.')));
}

export function assembleFragments(fragments: readonly Fragment[], rules: AssembleRules): Buffer {
  const parts: Buffer[] = [];
  const delimiter = rules.delimiter ? unescapeDelimiter(rules.delimiter) : undefined;
  let previous: Buffer | undefined;
  for (const fragment of selectFragments(fragments, rules)) {
    if (previous !== undefined) {
      if (previous[previous.length - 1] !== 0x0a) parts.push(Buffer.from('\n'));
      if (delimiter) parts.push(Buffer.from(delimiter.endsWith('\n') ? delimiter : `${delimiter}\n`));
    }
    parts.push(fragment.content);
    previous = fragment.content;
  }
  return Buffer.concat(parts);
}

/**
 * Fragments as the host's listing script prints them: for each file `<name>/<size>/<bytes>`, the
 * name holding no `/`. Anything else is a broken listing.
 */
export function parseFragmentListing(listing: Buffer): Fragment[] | undefined {
  const fragments: Fragment[] = [];
  let at = 0;
  while (at < listing.length) {
    const nameEnd = listing.indexOf(0x2f, at);
    const sizeEnd = nameEnd < 0 ? -1 : listing.indexOf(0x2f, nameEnd + 1);
    if (sizeEnd < 0) return undefined;
    const size = Number(listing.subarray(nameEnd + 1, sizeEnd).toString());
    if (!Number.isSafeInteger(size) || size < 0 || sizeEnd + 1 + size > listing.length) return undefined;
    fragments.push({ name: listing.subarray(at, nameEnd).toString(), content: listing.subarray(sizeEnd + 1, sizeEnd + 1 + size) });
    at = sizeEnd + 1 + size;
  }
  return fragments;
}
