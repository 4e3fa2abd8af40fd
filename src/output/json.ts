/**
 * `--output json` (Ansible's `json` / `ansible.posix.json`): one document per run in the shape of
 * Ansible's json callback, written at `run_end`:
 * `{custom_stats, global_custom_stats, plays: [{play, tasks: [{task, hosts}]}], stats}`, keys sorted
 * and indented by 4 as Ansible writes it. Warnings are all it shows on the way, on stderr, so stdout
 * stays one JSON document.
 */
import { recordPlays, type CustomStats, type HostStats, type PlayRecord, type RunEvent } from '../events/index.js';
import { callbackResult, callbackStats, playHeading, taskHeading } from './ansible-callback.js';
import { sortedJson } from './sorted-json.js';
import type { Output, OutputContext, OutputFormat } from './output.js';
import { printable } from './printable.js';

/** The document Ansible's json callback prints for these plays and stats. */
export function jsonDocument(plays: readonly PlayRecord[], stats: Record<string, HostStats>, custom?: CustomStats): string {
  const document = {
    // What set_stats set, shown always (Ansible's callback shows them with show_custom_stats only).
    custom_stats: custom?.hosts ?? {},
    global_custom_stats: custom?.run ?? {},
    plays: plays.map((play) => ({
      play: playHeading(play),
      tasks: play.tasks.map((task) => ({
        task: taskHeading(task),
        hosts: Object.fromEntries(Object.entries(task.hosts).map(([host, result]) => [host, callbackResult(result, task.action)])),
      })),
    })),
    stats: callbackStats(stats),
  };
  return `${sortedJson(document, 4)}\n`;
}

export class JsonOutput implements Output {
  private plays: PlayRecord[] = [];
  private stats: Record<string, HostStats> = {};
  private custom: CustomStats | undefined;

  constructor(private readonly context: Pick<OutputContext, 'write' | 'writeWarning'>) {}

  onEvent(event: RunEvent): void {
    recordPlays(this.plays, event);
    if (event.type === 'warning') this.context.writeWarning(`[WARNING]: ${printable(event.message)}\n`);
    else if (event.type === 'recap') {
      this.stats = event.stats;
      this.custom = event.custom;
    }
    else if (event.type === 'run_end') {
      this.context.write(jsonDocument(this.plays, this.stats, this.custom));
      this.plays = [];
      this.stats = {};
      this.custom = undefined;
    }
  }
}

export const jsonFormat: OutputFormat = { names: ['json', 'ansible.posix.json'], create: (context) => new JsonOutput(context) };
