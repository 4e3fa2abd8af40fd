#!/usr/bin/env node
/**
 * castoff-playbook: run playbooks as `ansible-playbook` does, with the same options, output and
 * exit codes (spec sections 8 and 9).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import {
  EXIT,
  jsonDocument,
  loadInventory,
  loadPlaybook,
  runLoadedPlaybook,
  selectHosts,
  type Block,
  type Playbook,
  type Task,
} from '../index.js';
import {
  addCommonOptions,
  askSecret,
  connectionDefaults,
  exitCodeForError,
  interruptOnSignals,
  journalRunJobs,
  outputFor,
  parseExtraVars,
  type CommonOptions,
} from './common.js';
import { loadSettings } from './config.js';

interface PlaybookOptions extends CommonOptions {
  tags?: string;
  skipTags?: string;
  syntaxCheck?: boolean;
  listHosts?: boolean;
  listTasks?: boolean;
  startAtTask?: string;
}

function program(): Command {
  return addCommonOptions(
    new Command('castoff-playbook')
      .description('Run Ansible-style playbooks over SSH, with async jobs that are never orphaned.')
      .argument('<playbook...>', 'playbook files'),
  )
    .option('-t, --tags <tags>', 'only run plays and tasks tagged with these values')
    .option('--skip-tags <tags>', 'skip plays and tasks tagged with these values')
    .option('--syntax-check', 'check the playbook syntax and exit')
    .option('--list-hosts', 'list the hosts each play would run on and exit')
    .option('--list-tasks', 'list the tasks each play would run and exit')
    .option('--start-at-task <name>', 'start the playbook at the task with this name')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

const csv = (s?: string) => s?.split(',').map((t) => t.trim()).filter(Boolean);

function taskNames(entries: ReadonlyArray<Task | Block>, out: string[] = []): string[] {
  for (const e of entries) {
    if (e.kind === 'block') taskNames([...e.block, ...e.rescue, ...e.always], out);
    else out.push(`      ${e.name ?? e.action}${e.tags?.length ? `\tTAGS: [${e.tags.join(', ')}]` : ''}`);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    throw err;
  }
  const opts = cmd.opts<PlaybookOptions>();
  const files = cmd.args;
  try {
    const settings = loadSettings();
    for (const file of files) {
      if (!existsSync(file)) {
        process.stderr.write(`ERROR! the playbook: ${file} could not be found\n`);
        return EXIT.error;
      }
    }
    const playbooks: Playbook[] = [];
    for (const file of files) playbooks.push(await loadPlaybook(file));
    if (opts.syntaxCheck) {
      for (const file of files) process.stdout.write(`\nplaybook: ${file}\n`);
      return EXIT.ok;
    }
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? [], { playbookDir: dirname(resolve(files[0])) });
    if (opts.listHosts || opts.listTasks) {
      for (const pb of playbooks) {
        process.stdout.write(`\nplaybook: ${pb.file}\n`);
        pb.plays.forEach((play, i) => {
          const hosts = selectHosts(inventory, play.hosts, opts.limit);
          process.stdout.write(`\n  play #${i + 1} (${play.hosts}): ${play.name ?? play.hosts}\tTAGS: [${(play.tags ?? []).join(', ')}]\n`);
          if (opts.listHosts) process.stdout.write(`    pattern: ['${play.hosts}']\n    hosts (${hosts.length}):\n${hosts.map((h) => `      ${h.name}\n`).join('')}`);
          if (opts.listTasks) process.stdout.write(`    tasks:\n${taskNames([...play.pre_tasks, ...play.tasks, ...play.post_tasks]).join('\n')}\n`);
        });
      }
      return EXIT.ok;
    }
    if (opts.limit && selectHosts(inventory, opts.limit).length === 0) {
      process.stderr.write('ERROR! Specified inventory, host pattern and/or --limit leaves us with no hosts to target.\n');
      return EXIT.error;
    }
    const password = opts.askPass ? await askSecret('SSH password: ') : undefined;
    const becomePassword = opts.askBecomePass ? await askSecret('BECOME password: ') : undefined;
    const extraVars = await parseExtraVars(opts.extraVars);
    const sink = outputFor(opts.output, opts.verbose);
    const controller = new AbortController();
    const jobs = journalRunJobs(sink.onEvent);
    const release = interruptOnSignals(controller, jobs.stillRunning);
    let exitCode: number = EXIT.ok;
    try {
      for (const playbook of playbooks) {
        const result = await runLoadedPlaybook({
          playbook,
          inventory,
          extraVars,
          limit: opts.limit,
          forks: opts.forks ?? settings.forks,
          signal: controller.signal,
          onEvent: jobs.onEvent,
          onJobLaunched: jobs.onJobLaunched,
          check: opts.check,
          diff: opts.diff,
          tags: csv(opts.tags),
          skipTags: csv(opts.skipTags),
          pollInterval: settings.pollInterval,
          taskTimeout: opts.taskTimeout ?? settings.taskTimeout,
          becomePassword,
          becomeDefaults: { become: opts.become ?? settings.become, user: opts.becomeUser ?? settings.becomeUser, method: opts.becomeMethod ?? settings.becomeMethod },
          asyncDir: settings.asyncDir,
          startAtTask: opts.startAtTask,
          connection: connectionDefaults(opts, settings, password),
        });
        if (opts.output === 'json') process.stdout.write(jsonDocument(result.results, result.stats));
        exitCode = Math.max(exitCode, result.exitCode);
        if (result.cancelled) break;
      }
    } finally {
      release();
    }
    return exitCode;
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
