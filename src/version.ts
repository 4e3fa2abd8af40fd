/**
 * What castoff is and where it runs from, for `--version`: the package version, the ansible.cfg in
 * force and the `remote/` directory whose Python goes to hosts. A second entry point of the public
 * API (`castoff/version`), apart from index.ts on purpose: it reads a few small files and loads
 * neither the executor, the template engine nor ssh2, so `--version` answers at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findRemoteDir } from './target/payloads.js';
import { findConfigFile } from './config/config-file.js';

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
