/** `ansible_connection: local`: the controller itself, through /bin/sh and node:fs. */
import type { ConnectionType } from '../connection-type.js';
import { LocalConnection } from '../local.js';

export interface LocalSpec {
  kind: 'local';
  host: string;
  outputLimit?: number;
}

export const localConnection: ConnectionType<LocalSpec> = {
  name: 'local',
  aliases: ['ansible.builtin.local'],
  // The controller is reached as the user castoff runs as; no host variable changes that.
  hostVars: [],
  toSpec: (hostName, _vars, defaults) => ({ kind: 'local', host: hostName, outputLimit: defaults.outputLimit }),
  identity: (spec) => `local|${spec.host}`,
  open: (spec) => new LocalConnection(spec.host, spec.outputLimit),
  // Nothing secret in it.
  redact: (spec) => spec,
};
