// Every exec marks its processes with CASTOFF_TASK, so a timeout or a cancellation reaches the ones
// that left the process group with setsid. Runs the real shell text on this machine.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalConnection, stdoutText } from '../../../src/connection/index.js';
import { killExecCommand, newTaskMarker } from '../../../src/connection/quote.js';
import { CancelledError } from '../../../src/core/errors.js';

const conn = new LocalConnection();
const probes: string[] = [];

/** Live processes whose environment holds `entry`. */
function withEnv(entry: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return state !== 'Z' && readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function newProbe(): string {
  const probe = `CASTOFF_PROBE=${process.pid}-${Math.random().toString(36).slice(2)}`;
  probes.push(probe);
  return probe;
}

async function waitUntil(check: () => boolean, ms = 10_000): Promise<boolean> {
  const ends = performance.now() + ms;
  while (!check() && performance.now() < ends) await sleep(50);
  return check();
}

afterEach(() => {
  for (const probe of probes.splice(0)) for (const pid of withEnv(probe)) process.kill(pid, 'SIGKILL');
});

describe('the task marker', () => {
  it("is in the environment of the command's shell and of what it starts", async () => {
    const r = await conn.exec(`tr '\\0' '\\n' </proc/$$/environ | grep '^CASTOFF_TASK='; sh -c "tr '\\\\0' '\\\\n' </proc/\\$\\$/environ" | grep '^CASTOFF_TASK='`);
    const [own, child] = stdoutText(r).trim().split('\n');
    expect(own).toMatch(/^CASTOFF_TASK=castoff-[0-9a-f]{16}$/);
    expect(child).toBe(own);
    const again = await conn.exec(`tr '\\0' '\\n' </proc/$$/environ | grep '^CASTOFF_TASK='`);
    expect(stdoutText(again).trim()).not.toBe(own);
  });

  it("lets a timeout kill a setsid child, outside the command's process group", async () => {
    const probe = newProbe();
    const r = await conn.exec(`export ${probe}; setsid sleep 300 & sleep 100`, { timeoutSeconds: 1 });
    expect(r.rc).toBe(124);
    expect(await waitUntil(() => withEnv(probe).length === 0)).toBe(true);
  });

  it('lets a cancellation kill a setsid child', async () => {
    const probe = newProbe();
    const controller = new AbortController();
    const running = conn.exec(`export ${probe}; setsid sleep 300 & sleep 100`, { signal: controller.signal });
    expect(await waitUntil(() => withEnv(probe).length >= 2)).toBe(true);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(await waitUntil(() => withEnv(probe).length === 0)).toBe(true);
  });

  it('leaves a daemon started by a command that ended by itself alone, as Ansible does', async () => {
    const probe = newProbe();
    const r = await conn.exec(`export ${probe}; setsid sleep 300 >/dev/null 2>&1 </dev/null & echo done`, { timeoutSeconds: 30 });
    expect([r.rc, stdoutText(r)]).toEqual([0, 'done\n']);
    await sleep(300);
    expect(withEnv(probe)).toHaveLength(1);
  });

  it('finds marked processes one at a time where grep has no -z', async () => {
    const marker = newTaskMarker();
    const probe = newProbe();
    const [name, value] = probe.split('=');
    spawn('setsid', ['sleep', '300'], { env: { ...process.env, CASTOFF_TASK: marker, [name]: value }, detached: true, stdio: 'ignore' }).unref();
    expect(await waitUntil(() => withEnv(probe).length === 1)).toBe(true);
    // The test for GNU grep's -z fails, as it would on a host with another grep.
    const withoutZ = killExecCommand(undefined, marker).replaceAll("printf 'a\\0' | grep -qzx a", 'false');
    expect(withoutZ).not.toBe(killExecCommand(undefined, marker));
    expect(execFileSync('/bin/sh', ['-c', withoutZ], { encoding: 'utf8' })).toBe('');
    // Two processes per pid on this machine: slow when it is busy.
    expect(await waitUntil(() => withEnv(probe).length === 0, 45_000)).toBe(true);
  }, 60_000);
});
