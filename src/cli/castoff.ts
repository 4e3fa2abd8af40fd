#!/usr/bin/env node
/**
 * castoff: the ad-hoc form of `ansible` (`castoff PATTERN -m MODULE -a ARGS [-B N -P P]`), and
 * `castoff jobs|wait|kill|cleanup` for the async jobs of earlier runs, `castoff vault ...`
 * for Ansible Vault files and strings, and `castoff serve` / `castoff runs ...` for the service. A first argument that is
 * exactly one of those words is the subcommand, so a host or group with such a name is written
 * as a pattern that is not that word: `jobs:` or `~^jobs$`.
 */
import { Command } from 'commander';
import { addCommonOptions, nonNegative, parseArgs, type CommonOptions } from './options.js';
import { runCli } from './process-entry.js';
import { JOB_COMMANDS, RUNS_COMMAND, SERVE_COMMAND, VAULT_COMMAND, WORKER_COMMAND } from './subcommands.js';

export interface AdHocCliOptions extends CommonOptions {
  moduleName: string;
  args?: string;
  background?: number;
  poll?: number;
  oneLine?: boolean;
}

function program(): Command {
  return addCommonOptions(
    new Command('castoff')
      .description('Run one module on the hosts of a pattern (the ad-hoc form of `ansible`).')
      .argument('<pattern>', 'host pattern'),
  )
    .option('-m, --module-name <module>', 'module to run', 'command')
    .option('-a, --args <args>', 'module arguments')
    .option('-B, --background <seconds>', 'run asynchronously, failing after this many seconds', nonNegative('-B'))
    .option('-P, --poll <seconds>', 'poll interval with -B; 0 fires and forgets', nonNegative('-P'))
    .option('-o, --one-line', 'condense output (the oneline format)')
    .addHelpText('after', `\nJobs of earlier runs: castoff ${JOB_COMMANDS.join('|')} --help (a host named so: write jobs: or ~^jobs$)\nAnsible Vault: castoff ${VAULT_COMMAND} encrypt|decrypt|view|encrypt_string --help\nAs a service: castoff ${SERVE_COMMAND} --help, castoff ${WORKER_COMMAND} --help, castoff ${RUNS_COMMAND} list|start|show|stop|logs|kill-jobs --help`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

async function main(argv: string[]): Promise<number> {
  // Each subcommand, and the ad-hoc run, loads the rest of castoff only once it has work to do.
  if ((JOB_COMMANDS as readonly string[]).includes(argv[2])) return (await import('./jobs.js')).runJobCommand(argv);
  if (argv[2] === VAULT_COMMAND) return (await import('./vault.js')).runVaultCommand(argv);
  if (argv[2] === SERVE_COMMAND) return (await import('./serve-command.js')).runServeCommand(argv);
  if (argv[2] === RUNS_COMMAND) return (await import('./runs-command.js')).runRunsCommand(argv);
  if (argv[2] === WORKER_COMMAND) return (await import('./worker-command.js')).runWorkerCommand(argv);
  const cmd = program();
  const stopped = parseArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const { runAdHocCommand } = await import('./adhoc-command.js');
  return runAdHocCommand(cmd.opts<AdHocCliOptions>(), cmd.args[0]);
}

runCli(main);
