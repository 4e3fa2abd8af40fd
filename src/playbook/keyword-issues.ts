import type { SourcePosition } from '../core/errors.js';
import type { SourceFile } from './context.js';
import type { Diagnostics } from '../source/diagnostics.js';
import { didYouMean } from '../source/suggest.js';
import { describeValue, pathName, positionAt, type SchemaIssue } from '../source/validate.js';

/** Reports the schema issues of a play, block or task, each as `label: one readable line`. */
export function reportKeywordIssues(
  issues: SchemaIssue[],
  raw: object,
  src: SourceFile,
  label: string,
  diag: Diagnostics,
  fallback: SourcePosition,
): void {
  for (const issue of issues) {
    if (issue.kind === 'unknown') {
      const where = positionAt(src.positions, raw, [...issue.path, issue.key], fallback);
      const suggestion = didYouMean(issue.key, issue.known);
      const detail =
        issue.path.length === 0
          ? `unknown keyword '${issue.key}'${suggestion}`
          : `unknown option '${issue.key}' in '${pathName(issue.path)}'${suggestion}`;
      diag.error(where, `${label}: ${detail}`);
    } else if (issue.kind === 'missing') {
      const where = positionAt(src.positions, raw, issue.path, fallback);
      diag.error(where, `${label}: the field '${pathName([...issue.path, issue.key])}' is required but was not set`);
    } else {
      const where = positionAt(src.positions, raw, issue.path, fallback);
      diag.error(where, `${label}: '${pathName(issue.path)}' must be ${issue.expected}, got ${describeValue(issue.value)}`);
    }
  }
}
