/**
 * `castoff runs ...`: the client of `castoff serve`, for scripts and terminals. It talks to
 * $CASTOFF_SERVER (default http://127.0.0.1:8080) with the token from $CASTOFF_TOKEN or --token-file.
 * `start` prints the new run's id alone on its last line; `show` starts with the run's status.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ConfigError, printable, type RunEvent } from '../index.js';
import type { RunDetail, RunRecord, StoredEvent } from '../server/types.js';
import { exitCodeForError, outputFor, parseExtraVars } from './common.js';
import { EXIT } from './exit-codes.js';

interface ClientOptions {
  server?: string;
  tokenFile?: string;
}

/** The server said no, or could not be reached. */
class ServerError extends ConfigError {
  override name = 'ServerError';
}

const collect = (value: string, previous: string[]) => [...previous, value];
const say = (line: string) => process.stdout.write(`${printable(line, { oneLine: true })}\n`);

function client(opts: ClientOptions) {
  const base = (opts.server ?? process.env.CASTOFF_SERVER ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  let token = process.env.CASTOFF_TOKEN;
  if (opts.tokenFile) token = readFileSync(opts.tokenFile, 'utf8').trim();
  if (!token) throw new ConfigError('no API token: set CASTOFF_TOKEN or give --token-file (castoff serve printed one at its first start)');
  const headers = { authorization: `Bearer ${token}` };
  const call = async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: init.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (err) {
      throw new ServerError(`cannot reach the castoff server at ${base}: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as T & { error?: string };
    if (!response.ok) throw new ServerError(`${base}: ${body.error ?? `HTTP ${response.status}`}`);
    return body;
  };
  return { base, headers, call };
}

function runLine(run: RunRecord): string {
  const ended = run.exitCode === undefined ? '' : ` exit=${run.exitCode}`;
  return `${String(run.id).padStart(5)}  ${run.status.padEnd(9)} ${run.project}: ${run.playbook}  by ${run.who}  ${run.startedAt ?? run.createdAt}${ended}`;
}

function showDetail(run: RunDetail): void {
  say(`${run.status} run ${run.id}: ${run.project}: ${run.playbook}${run.limit ? ` -l ${run.limit}` : ''}${run.check ? ' --check' : ''}${run.exitCode === undefined ? '' : `, exit code ${run.exitCode}`}`);
  if (run.reason) say(`reason: ${run.reason}`);
  for (const h of run.hosts) {
    say(`host ${h.host}: ${h.state}${h.task ? ` (${h.task})` : ''} ok=${h.ok} changed=${h.changed} unreachable=${h.unreachable} failed=${h.failed} skipped=${h.skipped} rescued=${h.rescued} ignored=${h.ignored}`);
  }
  for (const j of run.jobs) say(`job ${j.host} ${j.jid}: ${j.state} (${j.task})${j.note ? `: ${j.note}` : ''}`);
}

/** Prints a run's events as castoff-playbook would have; with `follow`, until the run ends. */
async function printLogs(c: ReturnType<typeof client>, id: number, follow: boolean): Promise<number> {
  const output = outputFor('default', 0);
  let after = 0;
  let exitCode: number = EXIT.ok;
  const show = (event: RunEvent) => {
    if (event.type === 'run_end') exitCode = event.exitCode;
    output.onEvent(event);
  };
  for (;;) {
    const page = await c.call<{ status: string; done: boolean; events: StoredEvent[] }>(`/api/runs/${id}/events?after=${after}&limit=5000`);
    for (const { seq, event } of page.events) {
      show(event);
      after = seq;
    }
    if (page.done) return exitCode;
    if (page.events.length === 0) {
      if (!follow) return exitCode;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function program(exit: { code: number }): Command {
  const root = new Command('castoff runs').description('start, follow and stop runs on a castoff server').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const withClient = (cmd: Command) => cmd.option('--server <url>', 'the server (default $CASTOFF_SERVER or http://127.0.0.1:8080)').option('--token-file <file>', 'read the API token from this file (default $CASTOFF_TOKEN)');
  const run = (work: () => Promise<number>) => async () => {
    exit.code = await work();
  };
  const list = withClient(root.command('list').description('the latest runs, newest first')).option('-n, --number <n>', 'how many', '20');
  list.action(
    run(async () => {
      const runs = await client(list.opts()).call<RunRecord[]>(`/api/runs?limit=${Number(list.opts().number) || 20}`);
      for (const r of runs) say(runLine(r));
      return EXIT.ok;
    }),
  );
  const start = withClient(root.command('start').description('start a run; prints its id on the last line').argument('<playbook>', 'playbook, relative to the project'))
    .option('-i, --inventory <source>', 'inventory, relative to the project (repeatable)', collect, [])
    .option('-l, --limit <pattern>', 'limit the run to these hosts')
    .option('-e, --extra-vars <vars>', 'extra variables: key=value, JSON/YAML or @file (repeatable)', collect, [])
    .option('-C, --check', 'check mode')
    .option('--project <name>', "the server's project (default its first)");
  start.action(
    run(async () => {
      const o = start.opts<ClientOptions & { inventory: string[]; limit?: string; extraVars: string[]; check?: boolean; project?: string }>();
      const c = client(o);
      const extraVars = o.extraVars.length > 0 ? await parseExtraVars(o.extraVars) : undefined;
      const created = await c.call<RunRecord>('/api/runs', {
        method: 'POST',
        body: { project: o.project, playbook: start.args[0], inventory: o.inventory.length > 0 ? o.inventory : undefined, limit: o.limit, extraVars, check: o.check === true },
      });
      say(`started run ${created.id} (${created.status}): ${c.base}/#/runs/${created.id}`);
      process.stdout.write(`${created.id}\n`);
      return EXIT.ok;
    }),
  );
  const show = withClient(root.command('show').description("a run's status, hosts and remote jobs").argument('<id>', 'run id'));
  show.action(
    run(async () => {
      showDetail(await client(show.opts()).call<RunDetail>(`/api/runs/${encodeURIComponent(show.args[0])}`));
      return EXIT.ok;
    }),
  );
  const stop = withClient(root.command('stop').description("stop a run as Ctrl-C would: terminate its remote jobs, recap").argument('<id>', 'run id')).option(
    '--force',
    'leave at once, as a second Ctrl-C: its remote jobs may go on (castoff runs kill-jobs ID)',
  );
  stop.action(
    run(async () => {
      const r = await client(stop.opts()).call<RunRecord>(`/api/runs/${encodeURIComponent(stop.args[0])}/stop`, { method: 'POST', body: { force: stop.opts().force === true } });
      say(`${r.status} run ${r.id}`);
      return EXIT.ok;
    }),
  );
  const killJobs = withClient(root.command('kill-jobs').description('kill the remote jobs a stopped or lost run left running').argument('<id>', 'run id'));
  killJobs.action(
    run(async () => {
      const outcomes = await client(killJobs.opts()).call<Array<{ host: string; jid: string; state: string; note: string }>>(`/api/runs/${encodeURIComponent(killJobs.args[0])}/kill-jobs`, {
        method: 'POST',
        body: {},
      });
      if (outcomes.length === 0) say('no remote job of this run may still run');
      for (const o of outcomes) say(`${o.state}: [${o.host}] ${o.jid}: ${o.note}`);
      return outcomes.every((o) => o.state !== 'may_run') ? EXIT.ok : EXIT.failed;
    }),
  );
  const logs = withClient(root.command('logs').description("a run's output, as castoff-playbook prints it").argument('<id>', 'run id')).option('-f, --follow', 'keep printing until the run ends');
  logs.action(run(async () => printLogs(client(logs.opts()), Number(logs.args[0]), logs.opts().follow === true)));
  return root;
}

export async function runRunsCommand(argv: string[]): Promise<number> {
  const exit = { code: EXIT.ok as number };
  try {
    await program(exit).parseAsync(argv.slice(3), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.badOptions;
    return exitCodeForError(err, 0);
  }
  return exit.code;
}
