/**
 * What castoff does with the key a host presented, given what known_hosts says of it and the
 * host-key-checking policy: accept it, accept and record it (accept-new), or refuse with an error
 * that names the host, the file and, where one line decided, its line.
 */
import { ConfigError, UnreachableError } from '../core/errors.js';
import type { HostKeyChecking, HostKeyVerdict } from './known-hosts.js';

export type HostKeyDecision = { accept: true; record: boolean } | { accept: false; error: UnreachableError | ConfigError };

export interface PresentedKey {
  /** The host as the messages name it. */
  host: string;
  port: number;
  /** The known_hosts file that was read. */
  path: string;
  /** The type of the key the host presented. */
  type: string;
}

/** `checking` is never `off` here: with checking off no key is judged. */
export function judgeHostKey(verdict: HostKeyVerdict, checking: Exclude<HostKeyChecking, 'off'>, key: PresentedKey): HostKeyDecision {
  const refuse = (error: UnreachableError | ConfigError): HostKeyDecision => ({ accept: false, error });
  const { host, port, path, type } = key;
  switch (verdict.kind) {
    case 'match':
      return { accept: true, record: false };
    case 'revoked':
      return refuse(new UnreachableError(host, port, 'host key revoked', `its ${type} key is marked @revoked in ${path}:${verdict.line}`));
    case 'cert-authority':
      return refuse(
        new ConfigError(
          `${host}: ${path}:${verdict.line}: @cert-authority is not supported: castoff cannot verify host certificates; ` +
            `pin the host's own keys in ${path} instead`,
        ),
      );
    case 'mismatch':
      return refuse(new UnreachableError(host, port, 'host key mismatch', `its ${type} key differs from the one in ${path}:${verdict.line}`));
    case 'unknown': {
      if (verdict.pinnedTypes.length === 0) {
        return checking === 'accept-new' ? { accept: true, record: true } : refuse(new UnreachableError(host, port, 'host key unknown', `not in ${path}`));
      }
      // A host already pinned that shows a key of another type is not new: under accept-new too it
      // is refused, never given a second key type (the offered algorithms ask for the pinned types).
      const pinned = verdict.pinnedTypes.join(', ');
      return refuse(new UnreachableError(host, port, 'host key unknown', `its ${type} key is not in ${path}, which pins only ${pinned} for it`));
    }
  }
}
