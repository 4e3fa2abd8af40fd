/**
 * The command-line options castoff-playbook and castoff share, and parsing them. Light on purpose:
 * `--help`, `--version` and a bad option are answered from here before the rest of castoff loads.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { outputFormatNames } from '../output-formats.js';
import { EXIT } from './exit-codes.js';
import { versionText } from './version.js';

export interface CommonOptions {
  inventory?: string[];
  limit?: string;
  forks?: number;
  timeout?: number;
  user?: string;
  privateKey?: string;
  extraVars: string[];
  become?: boolean;
  becomeUser?: string;
  becomeMethod?: string;
  askBecomePass?: boolean;
  askPass?: boolean;
  check?: boolean;
  diff?: boolean;
  verbose: number;
  /** `--output NAME`; unset, the command's default or `stdout_callback` decides. */
  output?: string;
  taskTimeout?: number;
  vaultId?: string[];
  vaultPasswordFile?: string[];
  askVaultPass?: boolean;
}

export const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got '${value}'`);
  return n;
};
export const nonNegative = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number, got '${value}'`);
  return n;
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options both commands take, with Ansible's letters. */
export function addCommonOptions(program: Command): Command {
  return program
    .option('-i, --inventory <source>', 'inventory file, directory, script or host list (h1,h2,); repeatable', collect)
    .option('-l, --limit <pattern>', 'further limit the selected hosts to a pattern')
    .option('-f, --forks <n>', 'hosts worked on in parallel (default 5)', positiveInt('--forks'))
    .option('-T, --timeout <seconds>', 'SSH connect timeout (default 10)', nonNegative('--timeout'))
    .option('-u, --user <user>', 'connect as this user')
    .option('--private-key <file>', 'SSH private key file')
    .option('-e, --extra-vars <vars>', 'k=v pairs, @file.yml, or JSON/YAML; repeatable', collect, [])
    .option('-b, --become', 'run operations with become')
    .option('--become-user <user>', 'run operations as this user (default root)')
    .option('--become-method <method>', 'sudo (default) or su')
    .option('-K, --ask-become-pass', 'ask for the privilege escalation password')
    .option('-k, --ask-pass', 'ask for the connection password')
    .option('--vault-id <label@source>', 'a vault password: label@file, label@script or label@prompt; repeatable', collect)
    .option('--vault-password-file <file>', 'vault password file, or a script printing it; repeatable', collect)
    .option('--ask-vault-pass', 'ask for the vault password')
    .option('-C, --check', 'do not make changes; predict them')
    .option('-D, --diff', 'show the differences in changed files')
    .option('-v, --verbose', 'more output (-vvv for more)', (_v: string, prev: number) => prev + 1, 0)
    .option('--output <format>', `output format (as Ansible's stdout_callback): ${outputFormatNames().join(', ')}`)
    .option('--task-timeout <seconds>', 'hard limit for every task on each host (castoff)', nonNegative('--task-timeout'))
    .version(versionText(program.name()), '--version');
}

/** parseArgs for `castoff <subcommand> ...`, whose program knows nothing of the subcommand's word. */
export function parseSubcommandArgs(cmd: Command, argv: string[]): number | undefined {
  return parseArgs(cmd, [...argv.slice(0, 2), ...argv.slice(3)]);
}

/** Parses the command line; an exit code when commander stopped (help, version, a bad option). */
export function parseArgs(cmd: Command, argv: string[]): number | undefined {
  try {
    cmd.parse(argv);
    return undefined;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    throw err;
  }
}
