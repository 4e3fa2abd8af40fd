/**
 * castoff-playbook once its options are parsed: load the playbooks and the inventory, then check,
 * list or run them. Loaded by castoff-playbook.ts only when there is work to do.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  inventoryOptions,
  loadInventory,
  loadPlaybook,
  playbookLoadOptions,
  runPlaybook,
  selectHosts,
  listedTasks,
  type Inventory,
  type Playbook,
} from '../index.js';
import type { PlaybookOptions } from './castoff-playbook.js';
import { terminalPrompter } from './vars-prompt.js';
import { cliVaultKeyring, exitCodeForError, interruptibleRun, parseExtraVars, sharedRunOptions, startCommand } from './common.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

const csv = (s?: string) => s?.split(',').map((t) => t.trim()).filter(Boolean);

/** `--list-hosts` / `--list-tasks` / `--list-tags`, in ansible-playbook's layout; tasks and tags as `--tags`/`--skip-tags` select them. */
function listPlays(playbooks: Playbook[], inventory: Inventory, opts: PlaybookOptions, extraVars: Record<string, unknown>): void {
  const selection = { tags: csv(opts.tags), skipTags: csv(opts.skipTags), extraVars };
  for (const pb of playbooks) {
    process.stdout.write(`\nplaybook: ${pb.file}\n`);
    pb.plays.forEach((play, i) => {
      const hosts = selectHosts(inventory, play.hosts, opts.limit);
      process.stdout.write(`\n  play #${i + 1} (${play.hosts}): ${play.name ?? play.hosts}\tTAGS: [${(play.tags ?? []).join(', ')}]\n`);
      if (opts.listHosts) process.stdout.write(`    pattern: ['${play.hosts}']\n    hosts (${hosts.length}):\n${hosts.map((h) => `      ${h.name}\n`).join('')}`);
      const tasks = listedTasks(play, selection);
      if (opts.listTasks) process.stdout.write(`    tasks:\n${tasks.map((t) => `      ${t.name}\tTAGS: [${t.tags.join(', ')}]\n`).join('')}`);
      if (opts.listTags) process.stdout.write(`      TASK TAGS: [${[...new Set(tasks.flatMap((t) => t.tags))].sort().join(', ')}]\n`);
    });
  }
}

/** Runs (or checks, or lists) the playbooks `files` with parsed options; resolves with the exit code. */
export async function runPlaybookCommand(opts: PlaybookOptions, files: string[]): Promise<number> {
  try {
    const { settings, output, warn } = startCommand('playbook', opts);
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
    if (opts.listHosts || opts.listTasks || opts.listTags) {
      listPlays(playbooks, inventory, opts, await parseExtraVars(opts.extraVars, vault));
      return EXIT.ok;
    }
    // As in Ansible, an empty inventory is already warned about, not an error here.
    if (opts.limit && inventory.hosts.size > 0 && selectHosts(inventory, opts.limit, undefined, { onWarning: warn }).length === 0) {
      process.stderr.write('ERROR! Specified inventory, host pattern and/or --limit leaves us with no hosts to target.\n');
      return EXIT.error;
    }
    const shared = await sharedRunOptions(opts, settings, vault);
    const prompter = playbooks.some((p) => p.plays.some((play) => play.vars_prompt)) ? terminalPrompter() : undefined;
    try {
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
            ...(prompter ? { varsPrompt: prompter.ask } : {}),
          });
          exitCode = Math.max(exitCode, exitCodeFor(result.outcome));
          if (result.cancelled) break;
        }
        return exitCode;
      });
    } finally {
      prompter?.close();
    }
  } catch (err) {
    return exitCodeForError(err, opts.verbose);
  }
}
