/**
 * `--output json` (Ansible's `json` / `ansible.posix.json`): one document per run,
 * `{plays: [{play, tasks: [{task, hosts}]}], stats}`, written at `run_end`. Warnings are all it
 * shows on the way, on stderr, so stdout stays one JSON document.
 */
import { recordPlays, type HostStats, type PlayRecord, type RunEvent } from '../events/index.js';
import type { Output, OutputContext, OutputFormat } from './output.js';
import { printable } from './printable.js';

export function jsonDocument(results: PlayRecord[], stats: Record<string, HostStats>): string {
  return `${JSON.stringify({ plays: results, stats }, null, 2)}\n`;
}

export class JsonOutput implements Output {
  private plays: PlayRecord[] = [];
  private stats: Record<string, HostStats> = {};

  constructor(private readonly context: Pick<OutputContext, 'write' | 'writeWarning'>) {}

  onEvent(event: RunEvent): void {
    recordPlays(this.plays, event);
    if (event.type === 'warning') this.context.writeWarning(`[WARNING]: ${printable(event.message)}\n`);
    else if (event.type === 'recap') this.stats = event.stats;
    else if (event.type === 'run_end') {
      this.context.write(jsonDocument(this.plays, this.stats));
      this.plays = [];
      this.stats = {};
    }
  }
}

export const jsonFormat: OutputFormat = { names: ['json', 'ansible.posix.json'], create: (context) => new JsonOutput(context) };
