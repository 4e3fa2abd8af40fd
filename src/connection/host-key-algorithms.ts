/**
 * The host key algorithms offered to a server, ordered as OpenSSH orders them: those of the key
 * types pinned for the host in known_hosts first, the rest after, each part in the default order.
 * The server takes the first one it has, so a host with only its ecdsa key pinned presents that
 * key rather than an ed25519 one castoff has never seen.
 */
import type { ServerHostKeyAlgorithm } from 'ssh2';

// ssh2's default list (ssh-dss stays off, as in OpenSSH), each with the key type it presents.
const DEFAULT_ORDER: Array<[ServerHostKeyAlgorithm, string]> = [
  ['ssh-ed25519', 'ssh-ed25519'],
  ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp256'],
  ['ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp384'],
  ['ecdsa-sha2-nistp521', 'ecdsa-sha2-nistp521'],
  ['rsa-sha2-512', 'ssh-rsa'],
  ['rsa-sha2-256', 'ssh-rsa'],
  ['ssh-rsa', 'ssh-rsa'],
];

export function hostKeyAlgorithms(pinnedTypes: string[]): ServerHostKeyAlgorithm[] {
  const pinned = new Set(pinnedTypes);
  const first = DEFAULT_ORDER.filter(([, type]) => pinned.has(type));
  const rest = DEFAULT_ORDER.filter(([, type]) => !pinned.has(type));
  return [...first, ...rest].map(([algorithm]) => algorithm);
}
