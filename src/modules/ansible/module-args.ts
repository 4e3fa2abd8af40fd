/**
 * The internal `_ansible_*` arguments ansible-core's controller adds to every module's arguments,
 * with the values Ansible sends by default. Only the keys the installed module_utils accept are
 * sent (its `PASS_VARS` table): a module rejects an internal key it does not know as an
 * unsupported parameter, and the set grows from one ansible-core release to the next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnsibleInstallation } from './types.js';

/** What the task decides; everything else is Ansible's default. */
export interface InternalArgs {
  checkMode: boolean;
  diff: boolean;
  noLog: boolean;
  /** The module name as the task wrote it. */
  moduleName: string;
  verbosity?: number;
}

function defaults(installation: AnsibleInstallation, task: InternalArgs): Record<string, unknown> {
  return {
    check_mode: task.checkMode,
    no_log: task.noLog,
    debug: false,
    diff: task.diff,
    verbosity: task.verbosity ?? 0,
    version: installation.version,
    module_name: task.moduleName,
    syslog_facility: 'LOG_USER',
    selinux_special_fs: ['fuse', 'nfs', 'vboxsf', 'ramfs', '9p', 'vfat'],
    string_conversion_action: 'warn',
    socket: null,
    shell_executable: '/bin/sh',
    keep_remote_files: false,
    // No per-task temporary directory is made on the host: the module makes its own below remote_tmp.
    tmpdir: null,
    remote_tmp: '~/.ansible/tmp',
    target_log_info: null,
    ignore_unknown_opts: false,
  };
}

const accepted = new Map<string, ReadonlySet<string> | undefined>();

/** The internal keys the installation's module_utils accept, read from its PASS_VARS table. */
export function acceptedInternalKeys(installation: AnsibleInstallation): ReadonlySet<string> | undefined {
  if (!accepted.has(installation.packageDir)) {
    let keys: ReadonlySet<string> | undefined;
    try {
      const source = readFileSync(join(installation.packageDir, 'module_utils', 'common', 'parameters.py'), 'utf8');
      const table = /^PASS_VARS\s*=\s*\{([\s\S]*?)^\}/m.exec(source);
      if (table) keys = new Set([...table[1].matchAll(/^\s*'(\w+)'\s*:/gm)].map((m) => m[1]));
    } catch {
      keys = undefined;
    }
    accepted.set(installation.packageDir, keys);
  }
  return accepted.get(installation.packageDir);
}

// What ansible-core 2.14 accepts, for an installation whose table cannot be read.
const BASELINE = new Set(['check_mode', 'debug', 'diff', 'keep_remote_files', 'module_name', 'no_log', 'remote_tmp', 'selinux_special_fs', 'shell_executable', 'socket', 'string_conversion_action', 'syslog_facility', 'tmpdir', 'verbosity', 'version']);

/** `_ansible_<key>` arguments for the task, as the installed ansible-core's controller would send them. */
export function internalArgs(installation: AnsibleInstallation, task: InternalArgs): Record<string, unknown> {
  const keys = acceptedInternalKeys(installation) ?? BASELINE;
  return Object.fromEntries(Object.entries(defaults(installation, task)).filter(([key]) => keys.has(key)).map(([key, value]) => [`_ansible_${key}`, value]));
}
