/**
 * The live status line on a terminal while async jobs run: hosts done, failed and running, time
 * against the async limit, and the slowest hosts by name. It is cleared before every permanent
 * line and drawn again after it, so it never garbles the output above it.
 */
import type { RunEvent } from '../events/index.js';
import { printable } from './printable.js';

interface TaskProgress {
  task: string;
  hosts: number;
  done: number;
  failed: number;
  /** host -> [first seen running (ms), last elapsed (s)] */
  running: Map<string, { since: number; elapsed: number }>;
  limit: number;
  startedAt: number;
}

const CLEAR = '\r\u001b[K';
const SLOWEST = 3;

export class LiveStatus {
  private progress: TaskProgress | undefined;
  private playHosts = 0;
  private shown = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly columns: () => number,
  ) {}

  /** Call before a permanent line is written. */
  clear(): void {
    if (this.shown) {
      this.write(CLEAR);
      this.shown = false;
    }
  }

  /** Call after a permanent line is written. */
  redraw(): void {
    const text = this.text();
    if (!text) return;
    // Task names may hold host data; the line is redrawn in place, so it must stay one line.
    this.write(`${CLEAR}${printable(text, { oneLine: true }).slice(0, Math.max(10, this.columns() - 1))}`);
    this.shown = true;
  }

  observe(event: RunEvent): void {
    switch (event.type) {
      case 'play_start':
        this.playHosts = event.hosts.length;
        return;
      case 'task_start':
        this.stopTicking();
        this.progress = { task: event.task, hosts: this.playHosts, done: 0, failed: 0, running: new Map(), limit: 0, startedAt: Date.now() };
        return;
      case 'async_poll':
        if (!this.progress) return;
        this.progress.limit = Math.max(this.progress.limit, event.limit);
        this.progress.running.set(event.host, { since: this.progress.running.get(event.host)?.since ?? Date.now(), elapsed: event.elapsed });
        this.startTicking();
        return;
      case 'host_result':
        if (!this.progress || event.item !== undefined) return;
        this.progress.running.delete(event.host);
        this.progress.done++;
        if (event.status === 'failed' || event.status === 'unreachable') this.progress.failed++;
        return;
      case 'recap':
      case 'run_end':
        this.stopTicking();
        this.progress = undefined;
        return;
      default:
        return;
    }
  }

  private text(): string | undefined {
    const p = this.progress;
    if (!p || p.running.size === 0) return undefined;
    const elapsed = Math.round((Date.now() - p.startedAt) / 1000);
    const slowest = [...p.running.entries()]
      .sort((a, b) => a[1].since - b[1].since)
      .slice(0, SLOWEST)
      .map(([host]) => host);
    return `[${p.task}] ${p.done}/${p.hosts} done, ${p.failed} failed, ${p.running.size} running, ${elapsed}s of ${p.limit}s; slowest: ${slowest.join(', ')}`;
  }

  private startTicking(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.redraw(), 500);
    this.timer.unref();
  }

  private stopTicking(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }
}
