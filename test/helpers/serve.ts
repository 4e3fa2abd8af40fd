/** `castoff serve` as a process for the tests, and calls to its API. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunDetail, StoredEvent } from '../../src/server/types.js';
import { CASTOFF_CLI } from './cli.js';
import { eventually } from './eventually.js';

export interface TestServer {
  url: string;
  token: string;
  home: string;
  tokenFile: string;
  proc: ChildProcess;
  stdout: () => string;
  /** SIGTERM, as a service manager stops it; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `castoff serve` on a free port for project `demo` = `projectDir`; `home` keeps its database and journal between starts. */
export async function startTestServer(projectDir: string, home = mkdtempSync(join(tmpdir(), 'castoff-serve-')), extra: string[] = []): Promise<TestServer> {
  const tokenFile = join(home, 'token');
  const proc = spawn('node', [CASTOFF_CLI, 'serve', '--port', '0', '--token-file', tokenFile, '--project', `demo=${projectDir}`, ...extra], {
    cwd: projectDir,
    env: { ...process.env, CASTOFF_HOME: home, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const url = await eventually(
    async () => /listening on (http:\S+)/.exec(stdout)?.[1],
    (u) => u !== undefined || proc.exitCode !== null,
    60_000,
    100,
  );
  if (!url) throw new Error(`castoff serve did not start: ${stderr}`);
  return {
    url,
    token: readFileSync(tokenFile, 'utf8').trim(),
    home,
    tokenFile,
    proc,
    stdout: () => stdout,
    stop: async () => {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

export async function api<T>(server: TestServer, path: string, init: { method?: string; body?: unknown; token?: string | null } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? server.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: response.status, body: (await response.json()) as T };
}

export const runDetail = async (server: TestServer, id: number) => (await api<RunDetail>(server, `/api/runs/${id}`)).body;

const FINAL = ['stopped', 'succeeded', 'failed', 'error', 'lost'];
export const runEnded = (server: TestServer, id: number, withinMs = 90_000) => eventually(() => runDetail(server, id), (d) => FINAL.includes(d.status), withinMs);

export async function allEvents(server: TestServer, id: number): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = (await api<{ events: StoredEvent[] }>(server, `/api/runs/${id}/events?after=${events.at(-1)?.seq ?? 0}`)).body;
    events.push(...page.events);
    if (page.events.length === 0) return events;
  }
}

/** A play of one async `sleep 300` task per host, polled every 2 s: a run to stop. */
export const LONG_ASYNC_PLAYBOOK = `- hosts: all
  gather_facts: no
  tasks:
    - name: long job
      command: sleep 300
      async: 600
      poll: 2
`;
