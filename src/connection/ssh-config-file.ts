/**
 * Which ssh config file a host's connection reads, and reading it from the controller's disk. The
 * home comes from HOME (the caller passes it), so a run, or a test, decides whose ~/.ssh it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { ConfigError } from '../core/errors.js';
import type { SshConfigFiles } from './ssh-config.js';

/** The home ~ and ~/.ssh stand for: HOME when set, as ssh's own `~` in config paths. */
export function controllerHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOME || homedir();
}

/**
 * The file ssh would read: the `-F` file of the args (`~` expanded), none for `-F none`, else
 * `~/.ssh/config`. The system-wide /etc/ssh/ssh_config is not read (README).
 */
export function sshConfigPath(fromArgs: string | null | undefined, home: string): string | undefined {
  if (fromArgs === null) return undefined;
  if (fromArgs === undefined) return `${home}/.ssh/config`;
  return fromArgs === '~' || fromArgs.startsWith('~/') ? home + fromArgs.slice(1) : fromArgs;
}

function localUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER;
  }
}

/** The controller's files, read as ssh reads them: a missing file is no config, an unreadable one an error. */
export function diskSshConfigFiles(home: string): SshConfigFiles {
  return {
    home,
    localUser: localUser(),
    read(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
        throw new ConfigError(`ssh config file ${path} cannot be read: ${(err as Error).message}`);
      }
    },
    list(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return undefined;
      }
    },
  };
}
