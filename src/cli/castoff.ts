#!/usr/bin/env node
/**
 * castoff: the ad-hoc form of `ansible` (`castoff PATTERN -m MODULE -a ARGS [-B N -P P]`), and
 * `castoff jobs|wait|kill|cleanup` for the async jobs of earlier runs. A first argument that is
 * exactly one of those words is the subcommand, so a host or group with such a name is written
 * as a pattern that is not that word: `jobs:` or `~^jobs$`.
 */
import { Command, CommanderError } from 'commander';
import { AdHocOutput, EXIT, jsonDocument, loadInventory, runAdHoc, selectHosts } from '../index.js';
import {
  addCommonOptions,
  askSecret,
  connectionDefaults,
  exitCodeForError,
  interruptOnSignals,
  journalRunJobs,
  nonNegative,
  outputFor,
  parseExtraVars,
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
  try {
    cmd.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    throw err;
  }
  const opts = cmd.opts<AdHocCliOptions>();
  const [pattern] = cmd.args;
  try {
    const settings = loadSettings();
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? []);
    if (selectHosts(inventory, pattern, opts.limit).length === 0) {
      process.stderr.write('[WARNING]: No hosts matched, nothing to do\n');
      return EXIT.ok;
    }
    const password = opts.askPass ? await askSecret('SSH password: ') : undefined;
    const becomePassword = opts.askBecomePass ? await askSecret('BECOME password: ') : undefined;
    const human = opts.output === 'human' ? new AdHocOutput((t) => process.stdout.write(t), opts.moduleName) : undefined;
    const sink = human ? { onEvent: human.handle.bind(human) } : outputFor(opts.output, opts.verbose);
    const controller = new AbortController();
    const jobs = journalRunJobs(sink.onEvent);
    const release = interruptOnSignals(controller, jobs.stillRunning);
    try {
      const result = await runAdHoc({
        pattern,
        module: opts.moduleName,
        args: opts.args ?? '',
        async: opts.background,
        poll: opts.poll ?? settings.pollInterval ?? 15,
        inventory,
        extraVars: await parseExtraVars(opts.extraVars),
        limit: opts.limit,
        forks: opts.forks ?? settings.forks,
        signal: controller.signal,
        onEvent: jobs.onEvent,
        onJobLaunched: jobs.onJobLaunched,
        check: opts.check,
        diff: opts.diff,
        taskTimeout: opts.taskTimeout ?? settings.taskTimeout,
        becomePassword,
        become: opts.become ?? settings.become,
        becomeUser: opts.becomeUser ?? settings.becomeUser,
        becomeMethod: opts.becomeMethod ?? settings.becomeMethod,
        asyncDir: settings.asyncDir,
        connection: connectionDefaults(opts, settings, password),
      });
      if (opts.output === 'json') process.stdout.write(jsonDocument(result.results, result.stats));
      return result.exitCode;
    } finally {
      release();
    }
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = exitCodeForError(err, 0);
  },
);
