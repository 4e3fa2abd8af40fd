/**
 * `ansible.posix.jsonl`: Ansible's JSON-lines callback, one line per play start, task start, host
 * result and the final stats, each named by its `_event` and stamped with `_timestamp`, keys sorted,
 * as that callback writes them. A host line carries that host's result alone; results are not kept
 * once written. castoff's own event stream is `jsonl` (see jsonl.ts).
 */
import type { HostStatus } from '../core/index.js';
import { recordedTask, recordPlays, type PlayRecord, type RunEvent } from '../events/index.js';
import { callbackResult, callbackStats, callbackTime, playHeading, taskHeading } from './ansible-callback.js';
import type { Output, OutputContext, OutputFormat } from './output.js';
import { printable } from './printable.js';
import { sortedJson } from './sorted-json.js';

/** The callback method Ansible calls for a task-level result of each status. */
const RUNNER_EVENT: Record<HostStatus, string> = {
  ok: 'v2_runner_on_ok',
  changed: 'v2_runner_on_ok',
  failed: 'v2_runner_on_failed',
  cancelled: 'v2_runner_on_failed',
  skipped: 'v2_runner_on_skipped',
  unreachable: 'v2_runner_on_unreachable',
};

export class AnsibleJsonlOutput implements Output {
  /** The current play only: a line needs its play's and task's headings, never an earlier play's. */
  private plays: PlayRecord[] = [];

  constructor(private readonly context: Pick<OutputContext, 'write' | 'writeWarning'>) {}

  onEvent(event: RunEvent): void {
    if (event.type === 'play_start') this.plays = [];
    recordPlays(this.plays, event);
    const play = this.plays.at(-1);
    switch (event.type) {
      case 'warning':
        this.context.writeWarning(`[WARNING]: ${printable(event.message)}\n`);
        return;
      case 'play_start':
        if (play) this.line('v2_playbook_on_play_start', event.time, { play: playHeading(play), tasks: [] });
        return;
      case 'task_start': {
        const task = play?.tasks.at(-1);
        if (task) this.line(event.handler ? 'v2_playbook_on_handler_task_start' : 'v2_playbook_on_task_start', event.time, { task: taskHeading(task), hosts: {} });
        return;
      }
      case 'host_result': {
        const task = event.item === undefined ? recordedTask(this.plays, event) : undefined;
        if (!task) return;
        const result = callbackResult(event.result, task.action);
        delete task.hosts[event.host];
        this.line(RUNNER_EVENT[event.status], event.time, { task: taskHeading(task), hosts: { [event.host]: result } });
        return;
      }
      case 'recap':
        this.line('v2_playbook_on_stats', event.time, { custom_stats: {}, global_custom_stats: {}, stats: callbackStats(event.stats) });
        return;
      default:
        return;
    }
  }

  private line(name: string, time: string, body: Record<string, unknown>): void {
    this.context.write(`${sortedJson({ ...body, _event: name, _timestamp: callbackTime(time) })}\n`);
  }
}

export const ansibleJsonlFormat: OutputFormat = { names: ['ansible.posix.jsonl'], create: (context) => new AnsibleJsonlOutput(context) };
