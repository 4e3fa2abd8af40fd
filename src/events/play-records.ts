import type { PlayRecord, RunEvent } from './types.js';

/**
 * Builds `PlayRecord`s (plays -> tasks -> hosts -> result) from the event stream as it passes:
 * per-item results are left out, the task's aggregate result is kept.
 */
export function recordPlays(plays: PlayRecord[], event: RunEvent): void {
  if (event.type === 'play_start') plays.push({ play: event.play, tasks: [] });
  else if (event.type === 'task_start') plays.at(-1)?.tasks.push({ task: event.task, hosts: {} });
  else if (event.type === 'host_result' && event.item === undefined) {
    const task = plays.at(-1)?.tasks.filter((t) => t.task === event.task).at(-1);
    if (task) task.hosts[event.host] = event.result;
  }
}
