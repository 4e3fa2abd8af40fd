import { posix } from 'node:path';
import ts from 'typescript';

/** Which layers a layer may import. A layer always may import itself. */
export type LayerTable = Readonly<Record<string, readonly string[]>>;

/** One import in a source file: the text in quotes and the line it is on (1-based). */
export interface ImportSite {
  specifier: string;
  line: number;
}

/** An import that the layer table does not allow, keyed by the importing and imported file. */
export interface Violation {
  from: string;
  to: string;
  line: number;
  message: string;
}

/** An allowlisted violation: a known import that breaks the table, with why it is still there. */
export interface KnownViolation {
  from: string;
  to: string;
  reason: string;
}

/**
 * Every module specifier in a TypeScript file: `import ... from`, `import '...'`, `export ... from`,
 * `import('...')` and `import('...').Type`. Type-only forms are included, because a type import
 * ties two layers together as much as a value import does. The compiler's parser is used so that
 * imports in comments or strings are never counted.
 */
export function listImports(fileName: string, text: string): ImportSite[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sites: ImportSite[] = [];
  const add = (literal: ts.StringLiteralLike): void => {
    const { line } = source.getLineAndCharacterOfPosition(literal.getStart(source));
    sites.push({ specifier: literal.text, line: line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      if (ts.isStringLiteralLike(node.moduleSpecifier)) add(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      if (ts.isStringLiteralLike(node.moduleReference.expression)) add(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first !== undefined && ts.isStringLiteralLike(first)) add(first);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteralLike(node.argument.literal)) add(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/**
 * The layer of a file under `src/`: its top folder, or for a file directly in `src/` the name given
 * in `rootFiles` (`src/errors.ts` belongs to core until it moves there). Undefined when the file
 * belongs to no layer the table knows.
 */
export function layerOf(path: string, rootFiles: Readonly<Record<string, string>>): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length === 2 ? rootFiles[parts[1]] : parts[1];
}

/** The file a relative specifier names, as a `src/...ts` path (ESM imports name the emitted `.js`). */
export function resolveSpecifier(from: string, specifier: string): string {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  return target.replace(/\.js$/, '.ts');
}

/**
 * The imports in `files` (path -> source text, paths like `src/executor/run-playbook.ts`) that the
 * table does not allow. Package and `node:` imports are not layered. A relative import that leaves
 * `src/`, or a file in a folder the table does not list, is a violation too, so that a new folder
 * cannot slip past the check.
 */
export function findViolations(
  files: ReadonlyMap<string, string>,
  table: LayerTable,
  rootFiles: Readonly<Record<string, string>>,
): Violation[] {
  const violations: Violation[] = [];
  for (const [from, text] of files) {
    const fromLayer = layerOf(from, rootFiles);
    const allowed = fromLayer === undefined ? undefined : table[fromLayer];
    if (fromLayer === undefined || allowed === undefined) {
      violations.push({ from, to: from, line: 1, message: `${from} is in no layer of the table` });
      continue;
    }
    for (const { specifier, line } of listImports(from, text)) {
      if (!specifier.startsWith('.')) continue;
      const to = resolveSpecifier(from, specifier);
      const toLayer = layerOf(to, rootFiles);
      if (toLayer === undefined || table[toLayer] === undefined) {
        violations.push({ from, to, line, message: `${from}:${line} imports ${to}, which is in no layer of the table` });
      } else if (toLayer !== fromLayer && !allowed.includes(toLayer)) {
        violations.push({
          from,
          to,
          line,
          message: `${from}:${line} imports ${to}: ${fromLayer} may import only ${allowed.join(', ') || 'nothing'}`,
        });
      }
    }
  }
  return violations;
}

/** The key under which a violation is allowlisted: one per importing and imported file. */
export function violationKey(v: { from: string; to: string }): string {
  return `${v.from} -> ${v.to}`;
}

/**
 * Compares the violations found with the allowlist, both ways: `unexpected` are new violations,
 * `stale` are allowlisted imports that no longer break the table (or no longer exist), so the list
 * cannot outlive the code it excuses.
 */
export function compareWithAllowlist(
  violations: readonly Violation[],
  allowlist: readonly KnownViolation[],
): { unexpected: string[]; stale: string[] } {
  const known = new Set(allowlist.map(violationKey));
  const found = new Set(violations.map(violationKey));
  return {
    unexpected: violations.filter((v) => !known.has(violationKey(v))).map((v) => v.message),
    stale: [...known].filter((key) => !found.has(key)),
  };
}
