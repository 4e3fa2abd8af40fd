#!/usr/bin/env node
/**
 * castoff-playbook: run playbooks as `ansible-playbook` does, with the same options, output and
 * exit codes.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import {
  inventoryOptions,
  loadInventory,
  loadPlaybook,
  loadSettings,
  playbookLoadOptions,
  runPlaybook,
  selectHosts,
  setRegexTimeLimit,
  type TaskEntry,
  type Inventory,
  type Playbook,
} from '../index.js';
import { addCommonOptions, cliVaultKeyring, exitCodeForError, interruptibleRun, outputFor, parseArgs, runCli, sharedRunOptions, warnThrough, type CommonOptions } from './common.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { outputName } from './output-choice.js';

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

function taskNames(entries: ReadonlyArray<TaskEntry>, out: string[] = []): string[] {
  for (const e of entries) {
    if (e.kind === 'block') taskNames([...e.block, ...e.rescue, ...e.always], out);
    else if (e.kind === 'include') out.push(`      ${e.name ?? e.keyword}${e.tags?.length ? `\tTAGS: [${e.tags.join(', ')}]` : ''}`);
    else out.push(`      ${e.role ? `${e.role.name} : ` : ''}${e.name ?? e.action}${e.tags?.length ? `\tTAGS: [${e.tags.join(', ')}]` : ''}`);
  }
  return out;
}

/** `--list-hosts` / `--list-tasks`, in ansible-playbook's layout. */
function listPlays(playbooks: Playbook[], inventory: Inventory, opts: PlaybookOptions): void {
  for (const pb of playbooks) {
    process.stdout.write(`\nplaybook: ${pb.file}\n`);
    pb.plays.forEach((play, i) => {
      const hosts = selectHosts(inventory, play.hosts, opts.limit);
      process.stdout.write(`\n  play #${i + 1} (${play.hosts}): ${play.name ?? play.hosts}\tTAGS: [${(play.tags ?? []).join(', ')}]\n`);
      if (opts.listHosts) process.stdout.write(`    pattern: ['${play.hosts}']\n    hosts (${hosts.length}):\n${hosts.map((h) => `      ${h.name}\n`).join('')}`);
      if (opts.listTasks) process.stdout.write(`    tasks:\n${taskNames([...play.pre_tasks, ...play.tasks, ...play.post_tasks]).join('\n')}\n`);
    });
  }
}

async function main(argv: string[]): Promise<number> {
  const cmd = program();
  const stopped = parseArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  const opts = cmd.opts<PlaybookOptions>();
  const files = cmd.args;
  try {
    const settings = loadSettings();
    const output = outputFor(outputName('playbook', opts, settings), opts.verbose);
    const warn = warnThrough(output);
    settings.warnings.forEach(warn);
    if (settings.regexTimeout !== undefined) setRegexTimeLimit(settings.regexTimeout);
    for (const file of files) {
      if (!existsSync(file)) {
        process.stderr.write(`ERROR! the playbook: ${file} could not be found\n`);
        return EXIT.error;
      }
    }
    const vault = await cliVaultKeyring(opts, settings);
    const playbooks: Playbook[] = [];
    for (const file of files) playbooks.push(await loadPlaybook(file, playbookLoadOptions(settings, vault)));
    for (const playbook of playbooks) for (const warning of playbook.warnings) warn(warning.message);
    if (opts.syntaxCheck) {
      for (const file of files) process.stdout.write(`\nplaybook: ${file}\n`);
      return EXIT.ok;
    }
    const inventory = await loadInventory(opts.inventory ?? settings.inventory ?? [], {
      ...inventoryOptions(settings),
      playbookDir: dirname(resolve(files[0])),
      vault,
    });
    inventory.warnings.forEach(warn);
    if (opts.listHosts || opts.listTasks) {
      listPlays(playbooks, inventory, opts);
      return EXIT.ok;
    }
    // As in Ansible, an empty inventory is already warned about, not an error here.
    if (opts.limit && inventory.hosts.size > 0 && selectHosts(inventory, opts.limit, undefined, { onWarning: warn }).length === 0) {
      process.stderr.write('ERROR! Specified inventory, host pattern and/or --limit leaves us with no hosts to target.\n');
      return EXIT.error;
    }
    const shared = await sharedRunOptions(opts, settings, vault);
    return await interruptibleRun(output, async (hooks) => {
      let exitCode: number = EXIT.ok;
      for (const playbook of playbooks) {
        const result = await runPlaybook({
          ...shared,
          ...hooks,
          playbook,
          inventory,
          tags: csv(opts.tags),
          skipTags: csv(opts.skipTags),
          startAtTask: opts.startAtTask,
        });
        exitCode = Math.max(exitCode, exitCodeFor(result.outcome));
        if (result.cancelled) break;
      }
      return exitCode;
    });
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}

runCli(main);
