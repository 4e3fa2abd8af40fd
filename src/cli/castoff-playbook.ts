#!/usr/bin/env node
/**
 * castoff-playbook: run playbooks as `ansible-playbook` does, with the same options, output and
 * exit codes.
 */
import { Command } from 'commander';
import { addCommonOptions, parseArgs, type CommonOptions } from './options.js';
import { runCli } from './process-entry.js';

export interface PlaybookOptions extends CommonOptions {
  tags?: string;
  skipTags?: string;
  syntaxCheck?: boolean;
  listHosts?: boolean;
  listTasks?: boolean;
  listTags?: boolean;
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
    .option('--list-tags', 'list the tags of the tasks each play would run and exit')
    .option('--start-at-task <name>', 'start the playbook at the task with this name')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

async function main(argv: string[]): Promise<number> {
  const cmd = program();
  const stopped = parseArgs(cmd, argv);
  if (stopped !== undefined) return stopped;
  // The rest of castoff loads only now: help, version and bad options were answered without it.
  const { runPlaybookCommand } = await import('./playbook-command.js');
  return runPlaybookCommand(cmd.opts<PlaybookOptions>(), cmd.args);
}

runCli(main);
