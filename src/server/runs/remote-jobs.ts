/**
 * Acting on a run's remote jobs after the run itself is gone (Force stop, a server or worker that
 * stopped mid-run): kill them, or wait for them, as `castoff kill` and `castoff wait` do, from the
 * launch records the database keeps (so from any machine), reaching hosts as the run's project
 * settings and inventory say.
 */
import { inventoryConnections, isMissingJob, JobControl, knownJobOf, loadInventory, loadSettings, waitForJobs, type KnownJob, type LaunchedJob, type ModuleResult } from '../../index.js';
import type { RemoteJobRecord } from '../types.js';

export interface JobsPlace {
  /** The project's directory: its ansible.cfg and inventory. */
  dir: string;
  /** Inventory sources of the run, absolute. */
  inventory: string[];
}

/** What became of one job. */
export interface JobOutcome {
  host: string;
  jid: string;
  state: 'finished' | 'killed' | 'may_run';
  note: string;
}

async function controlFor(place: JobsPlace): Promise<JobControl> {
  const settings = loadSettings(process.env, place.dir);
  const sources = place.inventory.length > 0 ? place.inventory : (settings.inventory ?? []);
  const inventory = await loadInventory(sources, { playbookDir: place.dir });
  return new JobControl({ hostConnection: inventoryConnections(inventory), hostKeyChecking: settings.hostKeyChecking, knownHostsFile: settings.knownHostsFile });
}

/** A job of the run with its launch record, or why there is none. */
function launchOf(job: RemoteJobRecord, launches: readonly LaunchedJob[]): KnownJob | string {
  const launch = launches.find((l) => l.host === job.host && l.job.jid === job.jid);
  return launch ? knownJobOf(launch) : `job ${job.jid} on ${job.host} has no launch record`;
}

const messageOf = (result: Record<string, unknown>) => String(result.msg ?? result.stderr ?? '').slice(0, 500);

/** As `castoff kill` judges a kill: a job that had ended before it keeps its own result. */
function killVerdict(result: ModuleResult): Pick<JobOutcome, 'state' | 'note'> {
  if (result.killed === true) return { state: 'killed', note: 'killed' };
  if (result.finished === 1 && !isMissingJob(result) && result.unreachable !== true) return { state: 'finished', note: 'it had ended before the kill' };
  return { state: 'may_run', note: messageOf(result) || 'the kill failed' };
}

export async function killJobs(place: JobsPlace, jobs: readonly RemoteJobRecord[], launches: readonly LaunchedJob[], signal?: AbortSignal): Promise<JobOutcome[]> {
  const control = await controlFor(place);
  try {
    return await Promise.all(
      jobs.map(async (job): Promise<JobOutcome> => {
        const known = launchOf(job, launches);
        if (typeof known === 'string') return { host: job.host, jid: job.jid, state: 'may_run', note: known };
        try {
          return { host: job.host, jid: job.jid, ...killVerdict(await control.kill(known, signal)) };
        } catch (err) {
          return { host: job.host, jid: job.jid, state: 'may_run', note: (err as Error).message };
        }
      }),
    );
  } finally {
    await control.close();
  }
}

/** Waits for the jobs to end (reattaching to them), polling every `poll` seconds. */
export async function reattachJobs(place: JobsPlace, jobs: readonly RemoteJobRecord[], launches: readonly LaunchedJob[], poll: number, signal?: AbortSignal): Promise<JobOutcome[]> {
  const known: KnownJob[] = [];
  const missing: JobOutcome[] = [];
  for (const job of jobs) {
    const found = launchOf(job, launches);
    if (typeof found === 'string') missing.push({ host: job.host, jid: job.jid, state: 'may_run', note: found });
    else known.push(found);
  }
  const control = await controlFor(place);
  try {
    const waited = await waitForJobs(control, known, { poll, signal });
    return [
      ...waited.map((w): JobOutcome => ({ host: w.host, jid: w.jid, state: 'finished', note: w.ok ? 'reattached: finished ok' : `reattached: ${messageOf(w.result) || 'failed'}` })),
      ...missing,
    ];
  } finally {
    await control.close();
  }
}
