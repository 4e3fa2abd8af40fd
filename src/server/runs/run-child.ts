/**
 * A run's own process, started by the server with an IPC channel: runs one playbook through the
 * library, sends its events in small batches and its async jobs as they start, and obeys Stop and
 * Force stop. Should the server go away, the run is abandoned at once, as by Force stop: its async
 * jobs go on, journalled, for the next server to reattach to.
 */
import { findLaunchedJob, loadSettings, resumableJob, RunJournal, runPlaybook, type LaunchedJob, type LaunchingJob, type ResumableLaunch, type RunEvent } from '../../index.js';
import type { FromRun, RunOrder, ToRun } from './child-protocol.js';

/** Events are sent at most this long after they happen, or as soon as this many are waiting. */
const BATCH_MS = 25;
const BATCH_EVENTS = 200;

const send = (message: FromRun, then: () => void = () => undefined) => process.send?.(message, then);

let pending: RunEvent[] = [];
let timer: NodeJS.Timeout | undefined;
function flush(then?: () => void): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (pending.length === 0) return then?.();
  send({ type: 'events', events: pending }, then);
  pending = [];
}
function queue(event: RunEvent): void {
  pending.push(event);
  if (pending.length >= BATCH_EVENTS) flush();
  else timer ??= setTimeout(flush, BATCH_MS);
}

const controller = new AbortController();
const journal = new RunJournal({ onWarning: (message) => queue({ type: 'warning', message, time: new Date().toISOString() }) });

/** Leaves once the server has everything: the events so far, then which jobs may still run. */
function abandon(): void {
  flush();
  send({ type: 'abandoned', stillRunning: journal.stillRunning() }, () => process.exit(99));
}

/** The last task started: a job launched now belongs to it (the host's result names it again). */
let currentTask = '';

/** Tells the server of a launch after the events before it, so that its task is known there. */
function afterEvents(message: Extract<FromRun, { type: 'job' | 'launching' }>): void {
  flush();
  send(message);
}

/** The earlier run's record of this launch, if it is of the same host. */
function earlierRecord<T extends { host: string }>(records: Map<string | undefined, T>, asked: ResumableLaunch): T | undefined {
  const record = records.get(asked.key);
  return record?.host === asked.host ? record : undefined;
}

/**
 * The job an earlier run's launch started though that run never learnt its id (its worker died
 * mid-launch), found on the host and reported as launched by this run; none when the launch never
 * got that far, and the task is launched again.
 */
async function foundOnHost(intent: LaunchingJob | undefined, asked: ResumableLaunch): Promise<LaunchedJob | undefined> {
  const launch = intent && (await findLaunchedJob(intent, asked));
  if (launch) afterEvents({ type: 'job', launch, task: currentTask });
  return launch;
}

async function run(order: RunOrder): Promise<void> {
  const settings = loadSettings(process.env, process.cwd());
  const earlier = new Map((order.resume ?? []).map((launch) => [launch.key, launch]));
  const starting = new Map((order.starting ?? []).map((launch) => [launch.key, launch]));
  await runPlaybook({
    playbook: order.playbook,
    inventory: order.inventory.length > 0 ? order.inventory : undefined,
    limit: order.limit,
    extraVars: order.extraVars,
    check: order.check,
    config: settings,
    journal,
    signal: controller.signal,
    onEvent: (event) => {
      if (event.type === 'task_start') currentTask = event.task;
      queue(event);
    },
    onJobLaunching: order.reportLaunching ? (launch) => afterEvents({ type: 'launching', launch, task: currentTask }) : undefined,
    onJobLaunched: (launch) => afterEvents({ type: 'job', launch, task: currentTask }),
    resumeJob: async (asked) => {
      const launch = earlierRecord(earlier, asked) ?? (await foundOnHost(earlierRecord(starting, asked), asked));
      return launch && { ...resumableJob(launch), become: asked.become };
    },
  });
}

process.on('message', (message: ToRun) => {
  if (message.type === 'start') {
    run(message.order).then(
      () => flush(() => process.exit(0)),
      (err: Error) => {
        flush();
        send({ type: 'error', message: err.message }, () => process.exit(1));
      },
    );
  } else if (message.type === 'stop') controller.abort();
  else abandon();
});
// The server went away mid-run: leave as Force stop would, the jobs journalled for the next one.
process.on('disconnect', () => process.exit(99));
