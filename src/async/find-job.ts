/**
 * Finding on its host a job known only by the launch that was about to start it (its job id prefix):
 * a controller that died mid-launch never learnt the job id, which the wrapper makes from the prefix
 * and its pid. One exec: the status files named `<prefix>.<pid>` and the wrapper processes still
 * carrying the prefix are listed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { shellQuote, type BecomeOptions, type Connection } from '../connection/index.js';
import { CastoffError } from '../core/errors.js';
import { isJobIdOf } from './job.js';

/** `found`: the job's id; `starting`: its wrapper runs but has no status file yet; `not started`: neither. */
export type FoundJob = { state: 'found'; jid: string } | { state: 'starting' } | { state: 'not started' };

export interface JobToFind {
  prefix: string;
  asyncDir: string;
  python: string;
  become?: BecomeOptions;
}

/** How long a job whose wrapper still runs but has no status file yet is given to write one. */
export const STARTING_WAIT_MS = 5_000;
const LOOK_AGAIN_MS = 250;

// Python 3.6+, stdlib only. The prefix comes on stdin, so no process but the job's wrapper carries
// it as an argument.
const FIND_JOB = `
import json, os, re, sys
req = json.load(sys.stdin)
prefix = req['prefix']
try:
    jids = sorted(n for n in os.listdir(req['async_dir']) if re.fullmatch(re.escape(prefix) + r'\\.[0-9]+', n))
except OSError:
    jids = []
pids = []
if os.path.isdir('/proc/self'):
    for p in os.listdir('/proc'):
        if p.isdigit() and int(p) != os.getpid():
            try:
                with open('/proc/%s/cmdline' % p, 'rb') as f:
                    if prefix.encode() in f.read().split(b'\\0'):
                        pids.append(int(p))
            except OSError:
                pass
print(json.dumps({'jids': jids, 'pids': pids}))
`;

/**
 * What the host shows of the job. A job still `starting` is looked for again every 250 ms for up to
 * `waitForStart` ms (none by default), to give its wrapper time to write the status file.
 */
export async function findJobOnHost(conn: Connection, job: JobToFind, signal?: AbortSignal, waitForStart = 0): Promise<FoundJob> {
  const giveUp = Date.now() + waitForStart;
  let found = await lookOnce(conn, job, signal);
  while (found.state === 'starting' && Date.now() < giveUp) {
    await sleep(LOOK_AGAIN_MS, undefined, { signal });
    found = await lookOnce(conn, job, signal);
  }
  return found;
}

async function lookOnce(conn: Connection, job: JobToFind, signal?: AbortSignal): Promise<FoundJob> {
  const r = await conn.exec(`${shellQuote(job.python)} -c ${shellQuote(FIND_JOB)}`, {
    stdin: JSON.stringify({ prefix: job.prefix, async_dir: job.asyncDir }),
    become: job.become,
    signal,
  });
  let found: { jids?: unknown; pids?: unknown };
  try {
    found = JSON.parse(r.stdout.toString().trim().split('\n').pop() ?? '') as typeof found;
  } catch {
    throw new CastoffError(`${conn.host}: could not look for job ${job.prefix}: ${r.stderr.toString().trim() || `rc ${r.rc}`}`);
  }
  // What the host says is checked like any input: only `<prefix>.<digits>` names a job.
  const jid = Array.isArray(found.jids) ? found.jids.find((n: unknown): n is string => isJobIdOf(job.prefix, n)) : undefined;
  if (jid !== undefined) return { state: 'found', jid };
  return { state: Array.isArray(found.pids) && found.pids.length > 0 ? 'starting' : 'not started' };
}
