/**
 * The connection types castoff knows, one line each; `ansible_connection` picks one by its name or
 * an alias. Adding a type is one file in types/ and one line here.
 */
import { ConfigError } from '../core/errors.js';
import type { ConnectionDefaults, ConnectionType, HostVar, HostVars, SpecBase } from './connection-type.js';
import { dockerConnection } from './types/docker.js';
import { localConnection } from './types/local.js';
import { sshConnection } from './types/ssh.js';

const connectionTypes = [
  sshConnection,
  localConnection,
  dockerConnection,
] as const;

type AnyType = (typeof connectionTypes)[number];

/** Everything needed to open one connection: the spec of one of the registered types. */
export type ConnectionSpec = ReturnType<AnyType['toSpec']>;

/** A spec as the jobs journal keeps it (see ConnectionType.redact). */
export type JournalledConnectionSpec = ReturnType<AnyType['redact']>;

/** The type when no `ansible_connection` is set, as in Ansible. */
const DEFAULT_TYPE = 'ssh';

/** The names `ansible_connection` may take, each type's own name first. */
export function connectionTypeNames(): string[] {
  return connectionTypes.flatMap((type) => [type.name, ...type.aliases]);
}

/** Every host variable a connection type reads, with the type reading it. */
export function connectionHostVars(): Array<HostVar & { type: string }> {
  return connectionTypes.flatMap((type) => type.hostVars.map((variable) => ({ ...variable, type: type.name })));
}

/**
 * The type `ansible_connection` names (ssh when unset); an unknown name is an error naming the host,
 * as Ansible's "the connection plugin 'x' was not found".
 */
export function connectionTypeFor(hostName: string, connection: unknown): AnyType {
  const name = connection === undefined || connection === null ? DEFAULT_TYPE : String(connection);
  const type = connectionTypes.find((t) => t.name === name || t.aliases.includes(name));
  if (!type) {
    throw new ConfigError(`${hostName}: the connection plugin '${name}' was not found (ansible_connection can be ${connectionTypeNames().join(', ')})`);
  }
  return type;
}

/** The spec of a host's connection, from its rendered variables and the run's defaults. */
export function toConnectionSpec(hostName: string, vars: HostVars, defaults: ConnectionDefaults, remoteUser: string | undefined): ConnectionSpec {
  return connectionTypeFor(hostName, vars.ansible_connection).toSpec(hostName, vars, defaults, remoteUser);
}

/**
 * The type that made `spec`. Its `kind` is the type's name, so the type accepts the spec: the one
 * place where the registry's list meets one spec of its union.
 */
export function typeOfSpec<S extends SpecBase>(spec: S): ConnectionType<S, SpecBase> {
  const type = connectionTypes.find((t) => t.name === spec.kind);
  if (!type) throw new ConfigError(`${spec.host}: no connection type '${spec.kind}'`);
  return type as unknown as ConnectionType<S, SpecBase>;
}
