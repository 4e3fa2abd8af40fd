/**
 * `castoff jobs | wait | kill | cleanup`: the async jobs of earlier runs, found through the local
 * journal and acted on over fresh connections. A run that died (even by SIGKILL) loses no job:
 * these commands list it, collect its result, kill it or erase its files. Host keys are checked
 * under the host-key settings in force now (ansible.cfg, environment), not the launching run's.
 */
import { Command, CommanderError, Option } from 'commander';
import {
  CancelledError,
  HumanOutput,
  JobControl,
  findJobs,
  isMissingJob,
  jobErrorResult,
  jobsFromEntries,
  journalFile,
  inventoryConnections,
  knownJobId,
  loadInventory,
  loadSettings,
  printable,
  pruneJournal,
  readJournal,
  waitForJobs,
  type KnownJob,
  type LiveJob,
  type ModuleResult,
  type RunEvent,
} from '../index.js';
import { askSecret, exitCodeForError } from './common.js';
import { nonNegative } from './options.js';
import { EXIT } from './exit-codes.js';
import { handleInterrupts } from './interrupts.js';

interface JobCliOptions {
  inventory?: string[];
  askPass?: boolean;
  askBecomePass?: boolean;
  output: 'human' | 'json';
  verbose: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function withJobOptions(cmd: Command): Command {
  return cmd
    .option('-i, --inventory <source>', 'inventory whose host variables fill in connection settings the journal lacks (passwords); repeatable', collect)
    .option('-k, --ask-pass', 'ask for the connection password')
    .option('-K, --ask-become-pass', 'ask for the privilege escalation password of jobs run with become')
    .option('-v, --verbose', 'more output', (_v: string, prev: number) => prev + 1, 0)
    .addOption(new Option('--output <format>', 'output format').choices(['human', 'json']).default('human'));
}

async function openControl(opts: JobCliOptions): Promise<JobControl> {
  // The journal keeps no host-key policy: the one configured now applies (strict by default).
  const { hostKeyChecking, knownHostsFile } = loadSettings();
  const inventory = opts.inventory ? await loadInventory(opts.inventory) : undefined;
  const password = opts.askPass ? await askSecret('SSH password: ') : undefined;
  const becomePassword = opts.askBecomePass ? await askSecret('BECOME password: ') : undefined;
  return new JobControl({ hostConnection: inventory && inventoryConnections(inventory), password, becomePassword, hostKeyChecking, knownHostsFile });
}

/** For documents (`--output json`): exact data, which JSON escaping already keeps off the terminal. */
const write = (text: string) => process.stdout.write(text);
/** One human line per job: what hosts sent (status files, messages) is shown, never obeyed. */
const say = (line: string) => write(`${printable(line, { oneLine: true })}\n`);
const sayOnStderr = (line: string) => process.stderr.write(`${printable(line, { oneLine: true })}\n`);

/** The journal's jobs; every line that is not an entry is named in a warning and skipped. */
function journalJobs(): KnownJob[] {
  const { file, entries, skipped } = readJournal();
  for (const { line, reason } of skipped) sayOnStderr(`[WARNING]: skipped line ${line} of the job journal ${file}: ${reason}`);
  return jobsFromEntries(entries);
}

/** The same lines a poll prints (`ASYNC POLL ...`, `ok: [h] => ...`), always with the result. */
function resultPrinter(opts: JobCliOptions): (event: RunEvent) => void {
  const color = process.stdout.isTTY === true && process.env.TERM !== 'dumb' && !process.env.NO_COLOR;
  const out = new HumanOutput({ write, verbosity: Math.max(1, opts.verbose), color });
  return (event) => {
    if (opts.output === 'human') out.onEvent(event);
  };
}

const started = (epoch: number) => new Date(epoch).toISOString().replace(/\.\d+Z$/, 'Z');

function printTable(rows: LiveJob[]): void {
  const cells = [['HOST', 'JID', 'STATUS', 'STARTED', 'LIMIT'], ...rows.map((r) => [r.job.launch.host, knownJobId(r.job), r.state, started(r.job.launch.launchedAtEpoch), `${r.job.launch.limit}s`])];
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  for (const row of cells) say(row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]))).join('  '));
  for (const r of rows) if (r.message) sayOnStderr(`${r.job.launch.host} ${knownJobId(r.job)}: ${r.message}`);
}

async function listJobs(opts: JobCliOptions & { running?: boolean; all?: boolean; prune?: boolean }): Promise<number> {
  if (opts.prune) {
    const dropped = pruneJournal();
    process.stderr.write(`[castoff] pruned ${dropped} ended job${dropped === 1 ? '' : 's'} from ${journalFile()}\n`);
  }
  // Cleaned jobs left nothing on their hosts; only --all shows them, from the journal alone.
  const jobs = journalJobs().filter((j) => opts.all || j.state !== 'cleaned');
  const control = await openControl(opts);
  try {
    const live = await Promise.all(jobs.map((j) => control.status(j)));
    const rows = opts.running ? live.filter((r) => r.state === 'running' || r.state === 'starting') : live;
    if (opts.output === 'json') {
      const json = rows.map((r) => ({
        host: r.job.launch.host,
        jid: knownJobId(r.job),
        status: r.state,
        started: new Date(r.job.launch.launchedAtEpoch).toISOString(),
        limit: r.job.launch.limit,
        runId: r.job.launch.runId,
        journal: r.job.state,
        ...(r.message ? { message: r.message } : {}),
        ...(r.record ? { record: r.record } : {}),
      }));
      write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (rows.length === 0) say(opts.running ? 'no running jobs' : 'no jobs in the journal');
    else printTable(rows);
    return EXIT.ok;
  } finally {
    await control.close();
  }
}

async function waitJobs(jids: string[], opts: JobCliOptions & { poll: number }): Promise<number> {
  const jobs = findJobs(jids, {}, journalJobs());
  const control = await openControl(opts);
  // Ctrl-C stops waiting; the jobs themselves belong to the user and run on.
  const controller = new AbortController();
  const release = handleInterrupts({ kind: 'wait', controller });
  try {
    const results = await waitForJobs(control, jobs, { poll: opts.poll, signal: controller.signal, onEvent: resultPrinter(opts) });
    if (opts.output === 'json') write(`${JSON.stringify(results, null, 2)}\n`);
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
  } catch (err) {
    if (err instanceof CancelledError) {
      process.stderr.write(`[castoff] stopped waiting; the jobs run on (castoff wait ${jids.join(' ')})\n`);
      return EXIT.interrupted;
    }
    throw err;
  } finally {
    release();
    await control.close();
  }
}

/** How `castoff kill` ended for one job, and the line it prints (`h2 | KILLED | jid=...`). */
function killVerdict(job: KnownJob, result: ModuleResult, verbose: boolean): { ok: boolean; line: string } {
  const head = (verdict: string) => `${job.launch.host} | ${verdict} | jid=${String(result.ansible_job_id ?? knownJobId(job))}`;
  if (result.killed === true) return { ok: true, line: `${head('KILLED')}${verbose ? ` => ${JSON.stringify(result)}` : ''}` };
  // A job that finished before the kill reached it keeps its real result: nothing was left to kill.
  if (result.finished === 1 && !isMissingJob(result) && result.unreachable !== true) {
    return { ok: true, line: `${head('FINISHED')} (it had ended before the kill) => ${JSON.stringify(result)}` };
  }
  return { ok: false, line: `${head(result.unreachable === true ? 'UNREACHABLE!' : 'FAILED!')} => ${JSON.stringify({ msg: result.msg, ...result })}` };
}

async function killJobs(jids: string[], opts: JobCliOptions): Promise<number> {
  const jobs = findJobs(jids, {}, journalJobs());
  const control = await openControl(opts);
  try {
    const results = await Promise.all(
      jobs.map(async (job) => {
        const result = await control.kill(job).catch((err: unknown) => jobErrorResult(job, err));
        const { ok, line } = killVerdict(job, result, opts.verbose > 0);
        if (opts.output === 'human') say(line);
        return { host: job.launch.host, jid: String(result.ansible_job_id ?? knownJobId(job)), killed: result.killed === true, ok, result };
      }),
    );
    if (opts.output === 'json') write(`${JSON.stringify(results, null, 2)}\n`);
    if (results.every((r) => r.ok)) return EXIT.ok;
    return results.some((r) => r.result.unreachable === true) ? EXIT.unreachable : EXIT.failed;
  } finally {
    await control.close();
  }
}

function cleanedHow(result: ModuleResult): string {
  if (isMissingJob(result)) return ' (its files were already gone)';
  if (result.never_started === true) return ' (it never started: nothing to erase)';
  return ` erased ${String(result.erased)}`;
}

async function cleanupJobs(jids: string[], opts: JobCliOptions): Promise<number> {
  const explicit = jids.length > 0;
  const known = journalJobs();
  const jobs = explicit ? findJobs(jids, {}, known) : known.filter((j) => j.state !== 'cleaned');
  const control = await openControl(opts);
  try {
    const results = await Promise.all(
      jobs.map(async (job) => {
        const result = await control.cleanup(job).catch((err: unknown) => jobErrorResult(job, err));
        const host = job.launch.host;
        const jid = String(result.ansible_job_id ?? knownJobId(job));
        const running = result.finished === 0;
        const cleaned = !result.failed || isMissingJob(result);
        const line = cleaned
          ? `cleaned: [${host}] ${jid}${cleanedHow(result)}`
          : running
            ? `refused: [${host}] ${jid} is still running; kill it first (castoff kill ${jid})`
            : `fatal: [${host}] ${jid}: ${String(result.msg)}`;
        if (opts.output === 'human') say(line);
        return { host, jid, cleaned, running, result };
      }),
    );
    if (opts.output === 'json') write(`${JSON.stringify(results, null, 2)}\n`);
    else if (jobs.length === 0) say('no finished jobs to clean up');
    // Without job ids the running jobs are simply left for later; asked by id, refusing is a failure.
    const failed = results.some((r) => !r.cleaned && (explicit || !r.running));
    return failed ? EXIT.failed : EXIT.ok;
  } finally {
    await control.close();
  }
}

function program(exit: { code: number }): Command {
  const root = new Command('castoff').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const run = (work: () => Promise<number>) => async () => {
    exit.code = await work();
  };
  const jobs = withJobOptions(root.command('jobs').description('list the journalled async jobs with their live status on the hosts'))
    .option('--running', 'only jobs still running')
    .option('--all', 'also jobs whose files were already erased')
    .option('--prune', 'first drop the jobs that ended (collected, killed, cleaned) from the journal');
  jobs.action(run(() => listJobs(jobs.opts())));
  const wait = withJobOptions(root.command('wait').description('reattach to jobs and wait for their results').argument('<jid...>', 'job ids'))
    .option('-P, --poll <seconds>', 'seconds between checks', nonNegative('--poll'), 1);
  wait.action(run(() => waitJobs(wait.args, wait.opts())));
  const kill = withJobOptions(root.command('kill').description("terminate jobs (their whole process trees)").argument('<jid...>', 'job ids'));
  kill.action(run(() => killJobs(kill.args, kill.opts())));
  const cleanup = withJobOptions(
    root.command('cleanup').description('erase the files of finished jobs; without ids, of every finished job in the journal').argument('[jid...]', 'job ids'),
  );
  cleanup.action(run(() => cleanupJobs(cleanup.args, cleanup.opts())));
  return root;
}

/** Runs `castoff jobs|wait|kill|cleanup ...` (argv as process.argv); resolves with the exit code. */
export async function runJobCommand(argv: string[]): Promise<number> {
  const exit = { code: EXIT.ok as number };
  const cmd = program(exit);
  try {
    await cmd.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    return exitCodeForError(err, 0);
  }
  return exit.code;
}
