import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { SourcePosition } from '../core/errors.js';
import type { PlayRecord, RunEvent, TaskRecord } from './types.js';

type EventOf<T extends RunEvent['type']> = Extract<RunEvent, { type: T }>;

/**
 * Builds `PlayRecord`s (plays -> tasks -> hosts -> result) from the event stream as it passes:
 * per-item results are left out, the task's aggregate result is kept, and each aggregate result
 * moves the `end` of its task and play.
 */
export function recordPlays(plays: PlayRecord[], event: RunEvent): void {
  if (event.type === 'play_start') plays.push({ play: event.play, id: sourceId(event.position), path: sourcePath(event.position), duration: { start: event.time }, tasks: [] });
  else if (event.type === 'task_start') {
    const play = plays.at(-1);
    play?.tasks.push(taskRecord(event, play));
  } else if (event.type === 'host_result' && event.item === undefined) {
    const task = recordedTask(plays, event);
    if (!task) return;
    task.hosts[event.host] = event.result;
    task.duration.end = event.time;
    plays[plays.length - 1].duration.end = event.time;
  }
}

/** The task record a task-level result belongs to: the latest of its name in the current play. */
export function recordedTask(plays: readonly PlayRecord[], event: EventOf<'host_result'>): TaskRecord | undefined {
  return plays.at(-1)?.tasks.filter((t) => t.task === event.task).at(-1);
}

function taskRecord(event: EventOf<'task_start'>, play: PlayRecord): TaskRecord {
  // The play's id is part of the task's: a task file imported by two plays is two tasks.
  const id = sourceId(event.position, play.id);
  return { task: event.task, id, path: sourcePath(event.position), action: event.action, handler: event.handler, duration: { start: event.time }, hosts: {} };
}

function sourcePath(position: SourcePosition): string {
  return `${resolve(position.file)}:${position.line}`;
}

/** A name-based id (the shape of a version-5 UUID) of a place in the source, so runs can be compared. */
function sourceId(position: SourcePosition, parent = ''): string {
  const hex = createHash('sha1').update(`${parent}\u0000${resolve(position.file)}\u0000${position.line}\u0000${position.col}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
