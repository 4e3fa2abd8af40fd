/**
 * Typed errors shared by every layer. Each carries what a user needs to act on it (file and
 * position, or host), so the CLI can print one clear line instead of a stack trace.
 */

export class CastoffError extends Error {
  override name = 'CastoffError';
}

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

/** A playbook, inventory or template that cannot be read; `message` is already `file:line:col: ...`. */
export class ParseError extends CastoffError {
  override name = 'ParseError';
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly detail: string;
  constructor(pos: SourcePosition, detail: string) {
    super(`${pos.file}:${pos.line}:${pos.col}: ${detail}`);
    this.file = pos.file;
    this.line = pos.line;
    this.col = pos.col;
    this.detail = detail;
  }
}

/**
 * Vaulted data of a file that cannot be decrypted. A ParseError by position, but Ansible reports
 * it as a general error (exit code 1), not as a parse error.
 */
export class VaultParseError extends ParseError {
  override name = 'VaultParseError';
}

/** Several ParseErrors from one file, so all of a file's mistakes are reported at once. */
export class ParseErrors extends CastoffError {
  override name = 'ParseErrors';
  readonly errors: ParseError[];
  constructor(errors: ParseError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
  }
}

/** A template expression that fails to render, e.g. `'x' is undefined` (Ansible's wording). */
export class TemplateError extends CastoffError {
  override name = 'TemplateError';
}

export type UnreachableCause =
  | 'timed out'
  | 'connection refused'
  | 'authentication failed'
  | 'host key mismatch'
  | 'host key unknown'
  | 'host key revoked'
  | 'connection lost'
  | 'name not resolved'
  | 'network unreachable'
  | 'connection error';

/** The host could not be reached or the connection was lost. */
export class UnreachableError extends CastoffError {
  override name = 'UnreachableError';
  readonly host: string;
  readonly port: number;
  readonly reason: UnreachableCause;
  constructor(host: string, port: number, cause: UnreachableCause, detail?: string) {
    super(`Failed to connect to the host via ssh: ${host} port ${port}: ${cause}${detail ? ` (${detail})` : ''}`);
    this.host = host;
    this.port = port;
    this.reason = cause;
  }
}

/** A configuration or credential problem on the controller (e.g. a missing key file). */
export class ConfigError extends CastoffError {
  override name = 'ConfigError';
}

/**
 * Ansible Vault data that cannot be decrypted: no secrets, no secret that fits, or a damaged
 * envelope. Messages follow Ansible's and never contain decrypted text.
 */
export class VaultError extends CastoffError {
  override name = 'VaultError';
}

/** A become (sudo/su) step that cannot proceed, e.g. a password prompt nobody can answer. */
export class BecomeError extends CastoffError {
  override name = 'BecomeError';
}

/** The run or wait was cancelled through its AbortSignal. */
export class CancelledError extends CastoffError {
  override name = 'CancelledError';
  constructor(message = 'cancelled') {
    super(message);
  }
}

/**
 * The warm helper on a host was lost (killed, or it sent something castoff cannot read) while an
 * operation waited on it. The run goes on: later operations start a new helper or run without one.
 */
export class HelperLostError extends CastoffError {
  override name = 'HelperLostError';
}

/** A warm helper that did not greet in time: its host is too busy to start Python, and trying again only adds to that. */
export class HelperStartTimeoutError extends HelperLostError {
  override name = 'HelperStartTimeoutError';
}

export type RemoteFileErrorCode = 'ENOENT' | 'EACCES' | 'EIO' | 'EFBIG';

/** A file operation on a host failed; `code` says whether it was missing, forbidden, or other. */
export class RemoteFileError extends CastoffError {
  override name = 'RemoteFileError';
  constructor(
    readonly host: string,
    readonly path: string,
    readonly code: RemoteFileErrorCode,
    detail: string,
  ) {
    super(`${host}: ${path}: ${detail}`);
  }
}

/**
 * A play that cannot start as written, found only when it is about to run (its keywords may be
 * templates): an unknown strategy, say. `message` is already `file:line:col: ...`; unlike a
 * ParseError the plays before it have run, as in Ansible, which exits 1 here.
 */
export class PlayError extends CastoffError {
  override name = 'PlayError';
  constructor(pos: SourcePosition, detail: string) {
    super(`${pos.file}:${pos.line}:${pos.col}: ${detail}`);
  }
}
