/**
 * What lookups know of the run beyond the render's variables: its vault secrets (file, unvault,
 * template) and its Ansible configuration values (config). The executor sets them for the whole
 * run; an AsyncLocalStorage keeps two runs in one process apart.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ParserError } from './errors.js';

export interface LookupEnvironment {
  /** Decrypts a vaulted file's text (its name for messages); throws with Ansible's message. */
  decryptVault?: (text: string, file: string) => Buffer;
  /** Ansible's configuration values by their constant names (`DEFAULT_ROLES_PATH`). */
  config?: Readonly<Record<string, unknown>>;
}

const storage = new AsyncLocalStorage<LookupEnvironment>();

/** Runs `fn` (and everything it starts) with lookups seeing `environment`. */
export function withLookupEnvironment<T>(environment: LookupEnvironment, fn: () => T): T {
  return storage.run(environment, fn);
}

export function lookupEnvironment(): LookupEnvironment {
  return storage.getStore() ?? {};
}

const VAULT_HEADER = '$ANSIBLE_VAULT;';

/** A controller file's content, decrypted when it is vaulted, as Ansible's loader reads it. */
export function controllerFileBytes(data: Buffer, file: string): Buffer {
  if (!data.subarray(0, 256).toString('utf8').trimStart().startsWith(VAULT_HEADER)) return data;
  const decrypt = lookupEnvironment().decryptVault;
  if (decrypt === undefined) throw new ParserError(`A vault password or secret must be specified to decrypt ${file}`);
  return decrypt(data.toString('utf8'), file);
}
