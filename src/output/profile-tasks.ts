/**
 * `profile_tasks` (Ansible's `ansible.posix.profile_tasks`): the default output, plus under each
 * task banner a line with the time, how long the previous task took and how long the run has
 * taken, and after the recap the slowest tasks, slowest first (20 at most, as Ansible's default).
 * Durations come from the events' times: a task lasts from its start to the next task's start or
 * the recap, what the controller saw of it on all its hosts.
 */
import type { RunEvent } from '../events/index.js';
import { banner, HumanOutput } from './human.js';
import type { Output, OutputContext, OutputFormat } from './output.js';
import { printable } from './printable.js';

const SUMMARY_LIMIT = 20;
const WIDTH = 79;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const two = (n: number) => String(n).padStart(2, '0');

/** Ansible's `%A %d %B %Y  %H:%M:%S %z`, in the controller's time zone. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
  return `${DAYS[d.getDay()]} ${two(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()}  ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${zone}`;
}

/** `h:mm:ss.mmm`, as profile_tasks writes durations. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  return `${h}:${two(m)}:${two(s)}.${String(total % 1000).padStart(3, '0')}`;
}

/** One summary row: the name, dashes, and the seconds right-aligned, 79 columns in all. */
export function summaryLine(name: string, ms: number): string {
  return `${`${name} `.padEnd(WIDTH - 9, '-')}${` ${(ms / 1000).toFixed(2)}s`.padStart(9, '-')}`;
}

export class ProfileTasksOutput implements Output {
  private readonly human: HumanOutput;
  private runStart: number | undefined;
  private current: { name: string; started: number } | undefined;
  private tasks: Array<{ name: string; ms: number }> = [];

  constructor(private readonly context: OutputContext) {
    this.human = new HumanOutput(context);
  }

  onEvent(event: RunEvent): void {
    const at = Date.parse(event.time);
    if (event.type === 'run_start' || this.runStart === undefined) this.runStart = at;
    this.human.onEvent(event);
    if (event.type === 'task_start') {
      this.timing(at);
      this.current = { name: event.task, started: at };
    } else if (event.type === 'recap') {
      this.timing(at);
      this.current = undefined;
      this.summary();
    }
  }

  /** Closes the running task, if any, and writes the timing line of this moment. */
  private timing(at: number): void {
    const previous = this.current ? at - this.current.started : 0;
    if (this.current) this.tasks.push({ name: this.current.name, ms: previous });
    this.line(banner(`${clockTime(at)} (${duration(previous)})       ${duration(at - (this.runStart ?? at))}`));
  }

  private summary(): void {
    this.line('='.repeat(WIDTH));
    const slowest = [...this.tasks].sort((a, b) => b.ms - a.ms).slice(0, SUMMARY_LIMIT);
    for (const task of slowest) this.line(summaryLine(task.name, task.ms));
    this.tasks = [];
  }

  private line(text: string): void {
    this.context.live?.clear();
    this.context.write(`${printable(text, { oneLine: true })}\n`);
  }
}

export const profileTasksFormat: OutputFormat = {
  names: ['profile_tasks', 'ansible.posix.profile_tasks'],
  create: (context) => new ProfileTasksOutput(context),
};
