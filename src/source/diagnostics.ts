import { ParseError, ParseErrors, VaultParseError, type SourcePosition } from '../core/errors.js';

/** Something a user should know about a file that still loads, e.g. a duplicate key. */
export interface LoadWarning extends SourcePosition {
  detail: string;
  /** `file:line:col: detail`, ready to print. */
  message: string;
}

/**
 * Collects every error and warning met while loading, so that a user sees all mistakes of a file
 * at once instead of fixing them one run at a time.
 */
export class Diagnostics {
  readonly errors: ParseError[] = [];
  readonly warnings: LoadWarning[] = [];

  error(pos: SourcePosition, detail: string): void {
    this.errors.push(new ParseError(pos, detail));
  }

  /** Vaulted data that cannot be decrypted (see VaultParseError). */
  vaultError(pos: SourcePosition, detail: string): void {
    this.errors.push(new VaultParseError(pos, detail));
  }

  warn(pos: SourcePosition, detail: string): void {
    this.warnings.push({ ...pos, detail, message: `${pos.file}:${pos.line}:${pos.col}: ${detail}` });
  }

  /** Throws all collected errors as one ParseErrors: files in the order met, each by position. */
  throwIfAny(): void {
    if (this.errors.length === 0) return;
    const fileOrder = new Map<string, number>();
    for (const e of this.errors) if (!fileOrder.has(e.file)) fileOrder.set(e.file, fileOrder.size);
    const sorted = [...this.errors].sort(
      (a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || a.col - b.col,
    );
    throw new ParseErrors(sorted);
  }
}
