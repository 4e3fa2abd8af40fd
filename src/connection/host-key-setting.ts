/**
 * The one reader of host-key-checking settings (`host_key_checking`, ANSIBLE_HOST_KEY_CHECKING,
 * CASTOFF_HOST_KEY_CHECKING). A value it does not know is an error, never a quiet "off": a typo
 * must not turn off the check that stops a man in the middle.
 */
import { ConfigError } from '../core/errors.js';
import type { HostKeyChecking } from './known-hosts.js';

// Ansible's booleans, plus OpenSSH's own words for the policies.
const STRICT = new Set(['strict', 'yes', 'y', 'true', 't', 'on', '1']);
const ACCEPT_NEW = new Set(['accept-new', 'accept_new']);
const OFF = new Set(['off', 'no', 'n', 'false', 'f', '0']);

/** `undefined` for an unset or empty value; `source` names where the value came from, for the error. */
export function parseHostKeyChecking(value: string | undefined, source: string): HostKeyChecking | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (STRICT.has(v)) return 'strict';
  if (ACCEPT_NEW.has(v)) return 'accept-new';
  if (OFF.has(v)) return 'off';
  throw new ConfigError(`${source}: invalid host key checking '${value}': expected strict (yes, true), accept-new, or off (no, false)`);
}
