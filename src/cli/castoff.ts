#!/usr/bin/env node
/**
 * castoff: the ad-hoc form of `ansible` (`castoff PATTERN -m MODULE -a ARGS [-B N -P P]`), and
 * `castoff jobs|wait|kill|cleanup` for the async jobs of earlier runs, and `castoff vault ...`
 * for Ansible Vault files and strings. A first argument that is
 * exactly one of those words is the subcommand, so a host or group with such a name is written
 * as a pattern that is not that word: `jobs:` or `~^jobs$`.
 */
import { Command } from 'commander';
import { inventoryOptions, loadInventory, loadSettings, LOCALHOST_NAMES, runAdHoc, selectHosts, setRegexTimeLimit } from '../index.js';
import {
  addCommonOptions,
  cliVaultKeyring,
  exitCodeForError,
  interruptibleRun,
  nonNegative,
  outputFor,
  parseArgs,
  runCli,
  sharedRunOptions,
  warnThrough,
  type CommonOptions,
} from './common.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { JOB_COMMANDS, runJobCommand } from './jobs.js';
import { outputName } from './output-choice.js';
import { runVaultCommand, VAULT_COMMAND } from './vault.js';

interface AdHocCliOptions extends CommonOptions {
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
    .addHelpText('after', `\nJobs of earlier runs: castoff ${JOB_COMMANDS.join('|')} --help (a host named so: write jobs: or ~^jobs$)\nAnsible Vault: castoff ${VAULT_COMMAND} encrypt|decrypt|view|encrypt_string --help`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

async function main(argv: string[]): Promise<number> {
  if ((JOB_COMMANDS as readonly string[]).includes(argv[2])) return runJobCommand(argv);
  if (argv[2] === VAULT_COMMAND) return runVaultCommand(argv);
  const cmd = program();
  const stopped = parseArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const opts = cmd.opts<AdHocCliOptions>();
  const [pattern] = cmd.args;
  try {
    const settings = loadSettings();
    const output = outputFor(outputName('adhoc', opts, settings), opts.verbose);
    const warn = warnThrough(output);
    settings.warnings.forEach(warn);
    if (settings.regexTimeout !== undefined) setRegexTimeLimit(settings.regexTimeout);
    const vault = await cliVaultKeyring(opts, settings);
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? [], {
      ...inventoryOptions(settings),
      vault,
      // As in Ansible, naming the implicit localhost is no reason to say the inventory is empty.
      localhostWarning: settings.localhostWarning !== false && !LOCALHOST_NAMES.includes(pattern),
    });
    inventory.warnings.forEach(warn);
    if (selectHosts(inventory, pattern, opts.limit, { onWarning: warn }).length === 0) {
      // Ansible says nothing more when the inventory is empty, and fails when --limit emptied the list.
      if (opts.limit && inventory.hosts.size > 0) {
        process.stderr.write('ERROR! Specified inventory, host pattern and/or --limit leaves us with no hosts to target.\n');
        return EXIT.error;
      }
      if (inventory.hosts.size > 0) warn('No hosts matched, nothing to do');
      return EXIT.ok;
    }
    const shared = await sharedRunOptions(opts, settings, vault);
    return await interruptibleRun(output, async (hooks) => {
      const result = await runAdHoc({
        ...shared,
        ...hooks,
        pattern,
        module: opts.moduleName,
        args: opts.args ?? '',
        async: opts.background,
        poll: opts.poll,
        inventory,
      });
      return exitCodeFor(result.outcome);
    });
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}

runCli(main);
