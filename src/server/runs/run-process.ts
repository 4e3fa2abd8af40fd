/**
 * The server's side of a run's own process: starts it in the project's directory, passes on its
 * messages, and tells how it ended. Stop is a message (the run stops itself as on Ctrl-C); Force stop
 * asks it to leave at once and, should it not answer, kills it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LaunchedJob, LaunchingJob, RunEvent, RunningJobs } from '../../index.js';
import type { FromRun, RunOrder, ToRun } from './child-protocol.js';

const CHILD = fileURLToPath(new URL('./run-child.js', import.meta.url));
/** Force stop waits this long for the run process to say which jobs may still run, then kills it. */
const FORCE_GRACE_MS = 3000;
/** The run process's last words on stderr kept for the reason of a crash. */
const STDERR_KEPT = 4000;

export interface RunProcessHooks {
  onEvents(events: RunEvent[]): void;
  onJob(job: { launch: LaunchedJob; task: string }): void;
  /** Each launch about to happen, when the order asks for them (`reportLaunching`). */
  onLaunching?(job: { launch: LaunchingJob; task: string }): void;
}

/** How the run process ended. */
export interface RunProcessEnd {
  /** Its error, when the run could not go on (a playbook that does not load, say). */
  error?: string;
  /** Force stop: what it said may still run, undefined when it had to be killed. */
  abandoned?: RunningJobs;
  forced: boolean;
  /** Its exit code or signal, and stderr's tail, for a crash. */
  exit: { code: number | null; signal: NodeJS.Signals | null; stderr: string };
}

export class RunProcess {
  private readonly child: ChildProcess;
  private error: string | undefined;
  private abandoned: RunningJobs | undefined;
  private forced = false;
  private stderr = '';
  readonly ended: Promise<RunProcessEnd>;

  constructor(cwd: string, order: RunOrder, hooks: RunProcessHooks) {
    this.child = fork(CHILD, [], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    this.child.on('message', (message: FromRun) => {
      if (message.type === 'events') hooks.onEvents(message.events);
      else if (message.type === 'job') hooks.onJob(message);
      else if (message.type === 'launching') hooks.onLaunching?.(message);
      else if (message.type === 'abandoned') this.abandoned = message.stillRunning;
      else this.error = message.message;
    });
    this.ended = new Promise((resolve) => {
      const done = (code: number | null, signal: NodeJS.Signals | null) =>
        resolve({ error: this.error, abandoned: this.abandoned, forced: this.forced, exit: { code, signal, stderr: this.stderr.trim() } });
      this.child.on('exit', done);
      this.child.on('error', (err) => {
        this.error ??= `the run process could not start: ${err.message}`;
        done(null, null);
      });
    });
    this.tell({ type: 'start', order });
  }

  private tell(message: ToRun): void {
    if (this.child.connected) this.child.send(message);
  }

  /** castoff's Ctrl-C. */
  stop(): void {
    this.tell({ type: 'stop' });
  }

  /** The second Ctrl-C: leave at once. */
  forceStop(): void {
    this.forced = true;
    this.tell({ type: 'force' });
    const kill = setTimeout(() => this.child.kill('SIGKILL'), FORCE_GRACE_MS);
    void this.ended.then(() => clearTimeout(kill));
  }
}
