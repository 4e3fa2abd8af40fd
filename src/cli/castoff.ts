#!/usr/bin/env node
/**
 * castoff: the ad-hoc form of `ansible` (`castoff PATTERN -m MODULE -a ARGS [-B N -P P]`), and
 * `castoff jobs|wait|kill|cleanup` for the async jobs of earlier runs. A first argument that is
 * exactly one of those words is the subcommand, so a host or group with such a name is written
 * as a pattern that is not that word: `jobs:` or `~^jobs$`.
 */
import { Command } from 'commander';
import { AdHocOutput, EXIT, jsonDocument, loadInventory, runAdHoc, selectHosts } from '../index.js';
import {
  addCommonOptions,
  exitCodeForError,
  interruptibleRun,
  nonNegative,
  outputFor,
  parseArgs,
  runCli,
  sharedRunOptions,
  type CommonOptions,
} from './common.js';
import { loadSettings } from './config.js';
import { JOB_COMMANDS, runJobCommand } from './jobs.js';

interface AdHocCliOptions extends CommonOptions {
  moduleName: string;
  args?: string;
  background?: number;
  poll?: number;
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
    .addHelpText('after', `\nJobs of earlier runs: castoff ${JOB_COMMANDS.join('|')} --help (a host named so: write jobs: or ~^jobs$)`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

async function main(argv: string[]): Promise<number> {
  if ((JOB_COMMANDS as readonly string[]).includes(argv[2])) return runJobCommand(argv);
  const cmd = program();
  const stopped = parseArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const opts = cmd.opts<AdHocCliOptions>();
  const [pattern] = cmd.args;
  try {
    const settings = loadSettings();
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? []);
    if (selectHosts(inventory, pattern, opts.limit).length === 0) {
      process.stderr.write('[WARNING]: No hosts matched, nothing to do\n');
      return EXIT.ok;
    }
    const shared = await sharedRunOptions(opts, settings);
    const human = opts.output === 'human' ? new AdHocOutput((t) => process.stdout.write(t), opts.moduleName) : undefined;
    const onEvent = human ? human.handle.bind(human) : outputFor(opts.output, opts.verbose).onEvent;
    return await interruptibleRun(onEvent, async (hooks) => {
      const result = await runAdHoc({
        ...shared,
        ...hooks,
        pattern,
        module: opts.moduleName,
        args: opts.args ?? '',
        async: opts.background,
        poll: opts.poll ?? settings.pollInterval ?? 15,
        inventory,
      });
      if (opts.output === 'json') process.stdout.write(jsonDocument(result.results, result.stats));
      return result.exitCode;
    });
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}

runCli(main);
