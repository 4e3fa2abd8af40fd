/**
 * `--version` in the layout of `ansible-playbook --version`, so whoever checks which tool, config
 * file and runtime they have finds the same lines. It reads only a few small files: answering it
 * must not load the executor, the template engine or ssh2.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findRemoteDir } from '../target/payloads.js';
import { findConfigFile } from './config-file.js';

export interface VersionFacts {
  /** `castoff-playbook` or `castoff`. */
  command: string;
  version: string;
  /** The ansible.cfg castoff would read; none found is Ansible's `None`. */
  configFile?: string;
  /** The `remote/` directory whose Python castoff sends to hosts. */
  moduleLocation: string;
  /** The path the CLI was started as. */
  executable: string;
  nodeVersion: string;
  ssh2Version: string;
}

export function formatVersion(facts: VersionFacts): string {
  return [
    `${facts.command} ${facts.version}`,
    `  config file = ${facts.configFile ?? 'None'}`,
    // castoff reads no module path setting (`library`, ANSIBLE_LIBRARY are reported as ignored); it
    // finds modules only in the `library/` folder next to a playbook, which Ansible does not list here either.
    '  configured module search path = Default w/o overrides',
    `  castoff module location = ${facts.moduleLocation}`,
    `  executable location = ${facts.executable}`,
    `  node version = ${facts.nodeVersion}`,
    `  ssh2 version = ${facts.ssh2Version}`,
  ].join('\n');
}

function packageVersion(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The ssh2 that castoff resolves, by its package.json, without loading ssh2 itself. */
function ssh2Version(): string {
  try {
    return packageVersion(createRequire(import.meta.url).resolve('ssh2/package.json'));
  } catch {
    return 'not installed';
  }
}

export function versionFacts(command: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): VersionFacts {
  const remote = findRemoteDir();
  return {
    command,
    version: packageVersion(join(dirname(remote), 'package.json')),
    configFile: findConfigFile(env, cwd),
    moduleLocation: remote,
    executable: process.argv[1] ?? command,
    nodeVersion: process.version,
    ssh2Version: ssh2Version(),
  };
}

export function versionText(command: string): string {
  return formatVersion(versionFacts(command));
}
