/**
 * The imports a Python file makes, read from its text: enough to find the `module_utils` a module
 * needs, without running Python on the controller. Every `import` statement counts, nested ones
 * too (inside `try:` or a function), as any of them may run on the host; a name that turns out not
 * to be a file is simply not shipped.
 */

/** One imported module and, for `from X import a, b`, the names taken from it (each may be a submodule). */
export interface PythonImport {
  module: string;
  names: string[];
}

/** Statements one per line: comments dropped, backslash and parenthesised continuations joined. */
function logicalLines(source: string): string[] {
  const lines: string[] = [];
  let pending = '';
  let depth = 0;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    pending += ` ${line.trim()}`;
    for (const c of line) {
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
    }
    if (pending.endsWith('\\')) {
      pending = pending.slice(0, -1);
      continue;
    }
    if (depth > 0 && /^\s*from\s/.test(pending)) continue;
    depth = 0;
    lines.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) lines.push(pending.trim());
  return lines;
}

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const DOTTED = `${IDENT}(?:\\s*\\.\\s*${IDENT})*`;
const FROM = new RegExp(`^from\\s+(\\.*)\\s*(${DOTTED})?\\s+import\\s+(.+)$`);
const IMPORT = new RegExp(`^import\\s+(${DOTTED}(?:\\s+as\\s+${IDENT})?(?:\\s*,\\s*${DOTTED}(?:\\s+as\\s+${IDENT})?)*)\\s*;?$`);

function importedNames(list: string): string[] {
  return list
    .replace(/[()]/g, ' ')
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/)[0].trim())
    .filter((name) => new RegExp(`^${IDENT}$`).test(name));
}

/**
 * Resolves `from ..x import y` against the package the file belongs to (`ansible.module_utils.common`
 * for `ansible/module_utils/common/foo.py`; the package itself for its `__init__.py`).
 */
function absolute(dots: string, module: string | undefined, filePackage: string): string | undefined {
  if (!dots) return module;
  const parts = filePackage.split('.');
  const up = dots.length - 1;
  if (up >= parts.length) return undefined;
  const base = parts.slice(0, parts.length - up).join('.');
  return module ? `${base}.${module}` : base;
}

/** The absolute imports of a Python source; relative ones are resolved against `filePackage`. */
export function pythonImports(source: string, filePackage: string): PythonImport[] {
  const found: PythonImport[] = [];
  for (const statement of logicalLines(source)) {
    // `try: import x` and `if y: from z import w` put the import after a colon on the same line.
    const text = statement.replace(/^(?:try|else|finally|if\s.*|elif\s.*|except.*)\s*:\s*/, '');
    const from = FROM.exec(text);
    if (from) {
      const module = absolute(from[1], from[2]?.replace(/\s+/g, ''), filePackage);
      if (module) found.push({ module, names: importedNames(from[3]) });
      continue;
    }
    const plain = IMPORT.exec(text);
    if (plain) {
      for (const part of plain[1].split(',')) found.push({ module: part.trim().split(/\s+as\s+/)[0].replace(/\s+/g, ''), names: [] });
    }
  }
  return found;
}
