import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseJournalLine } from '../../../src/jobs/entries.js';
import { JournalError, journalFile, knownJobs, readJournal, recordLaunch, type JournalOptions } from '../../../src/jobs/index.js';
import type { LaunchedJob } from '../../../src/jobs/index.js';

const launched = {
  event: 'launched',
  time: '2026-01-01T00:00:00.000Z',
  runId: 'r',
  host: 'h1',
  jid: 'j1.1',
  resultsFile: '/root/.ansible_async/j1.1',
  asyncDir: '/root/.ansible_async',
  limit: 60,
  launchedAtEpoch: 1,
  poll: 0,
  become: null,
  python: 'python3',
  wrapperPath: '/w.py',
  connection: { kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 22 },
};

function reasonFor(value: unknown): string | undefined {
  const parsed = parseJournalLine(typeof value === 'string' ? value : JSON.stringify(value));
  return 'reason' in parsed ? parsed.reason : undefined;
}

describe('journal line validation', () => {
  it('accepts a whole launch line and rebuilds the connection from the known settings only', () => {
    const parsed = parseJournalLine(JSON.stringify({ ...launched, connection: { ...launched.connection, password: 'leaked', onConnected: 1 } }));
    expect('entry' in parsed && parsed.entry.event === 'launched' && parsed.entry.connection).toEqual({ kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 22 });
  });

  it('ignores the host-key policy and known_hosts file an older journal kept, whatever their value', () => {
    const policy = { hostKeyChecking: 'off', knownHostsFile: '/tmp/attacker_known_hosts' };
    for (const extra of [policy, { hostKeyChecking: 'no such policy', knownHostsFile: 42 }]) {
      const parsed = parseJournalLine(JSON.stringify({ ...launched, connection: { ...launched.connection, ...extra } }));
      expect('entry' in parsed && parsed.entry.event === 'launched' && parsed.entry.connection).toEqual({ kind: 'ssh', host: 'h1', address: '10.0.0.1', port: 22 });
    }
  });

  it('names what is wrong with a line: no connection, a bad connection kind or port, a bad job id, an unknown event, not JSON', () => {
    const { connection: _c, ...noConnection } = launched;
    expect(reasonFor({ event: 'launched', jid: 'j1.1', host: 'h1' })).toBe("field 'time' is missing");
    expect(reasonFor(noConnection)).toBe("field 'connection' is missing");
    expect(reasonFor({ ...launched, connection: { host: 'h1' } })).toBe("field 'connection'.'kind' is missing");
    expect(reasonFor({ ...launched, connection: { kind: 'ssh', host: 'h1', port: 'x' } })).toBe("field 'connection'.'port' is not a TCP port");
    expect(reasonFor({ ...launched, connection: { kind: 'ssh', host: 'h1', jump: [{ address: 'j' }] } })).toBe("field 'connection'.'jump'[0].'port' is missing");
    expect(reasonFor({ ...launched, connection: { kind: 'ssh', host: 'h1', jump: ['j'] } })).toBe("field 'connection'.'jump' has a hop that is not an object");
    expect(reasonFor({ ...launched, jid: '../../etc/passwd' })).toBe("field 'jid' does not match ^j\\d+\\.\\d+$");
    expect(reasonFor({ ...launched, event: 'exploded' })).toBe("field 'event' is not one of launching, launched, collected, killed, cleaned");
    expect(reasonFor({ ...launched, limit: -1 })).toBe("field 'limit' is not a non-negative number");
    expect(reasonFor({ event: 'killed', jid: 'j1.1', host: 'h1' })).toBe("field 'time' is missing");
    expect(reasonFor('{"event":"launched","host":"h2","ji')).toBe('not a JSON line');
    expect(reasonFor('[1,2]')).toBe('not a JSON object');
    expect(reasonFor('null')).toBe('not a JSON object');
  });

  it('a launching line needs the id prefix and the arguments file', () => {
    const { jid: _j, resultsFile: _r, ...rest } = launched;
    const launching = { ...rest, event: 'launching', prefix: 'j42', argsFile: '/a/j42.json' };
    expect(reasonFor(launching)).toBeUndefined();
    expect(reasonFor({ ...launching, prefix: 'j42.7' })).toBe("field 'prefix' does not match ^j\\d+$");
    expect(reasonFor({ ...launching, argsFile: undefined })).toBe("field 'argsFile' is missing");
  });
});

describe('reading a damaged journal', () => {
  let opts: JournalOptions;
  beforeEach(() => {
    opts = { home: mkdtempSync(join(tmpdir(), 'castoff-home-')) };
  });

  function job(host: string, jid: string): LaunchedJob {
    return {
      host,
      poll: 0,
      job: { host, jid, resultsFile: `/r/${jid}`, asyncDir: '/r', limit: 60, launchedAt: 0, launchedAtEpoch: 1, python: 'python3', wrapperPath: '/w.py' },
      connection: { kind: 'local', host },
    };
  }

  it('skips each bad line with its line number and keeps every good one', () => {
    recordLaunch(job('h1', 'j1.1'), opts);
    appendFileSync(journalFile(opts), '{"event":"launched","jid":"j2.2","host":"h2"}\nnot json\n\n[]\n');
    recordLaunch(job('h3', 'j3.3'), opts);
    const { entries, skipped, file } = readJournal(opts);
    expect(file).toBe(journalFile(opts));
    expect(entries.map((e) => e.host)).toEqual(['h1', 'h3']);
    expect(skipped).toEqual([
      { line: 2, reason: "field 'time' is missing" },
      { line: 3, reason: 'not a JSON line' },
      { line: 5, reason: 'not a JSON object' },
    ]);
  });

  it('a journal that is a directory is a clear error', () => {
    mkdirSync(journalFile(opts), { recursive: true });
    expect(() => knownJobs(opts)).toThrow(JournalError);
    expect(() => knownJobs(opts)).toThrow(`the job journal ${journalFile(opts)} is a directory, not a file`);
  });

  it('a journal that cannot be read is a clear error naming it', () => {
    writeFileSync(join(opts.home!, 'jobs'), 'a file where the jobs directory should be');
    expect(() => readJournal(opts)).toThrow(new RegExp(`^cannot read the job journal ${journalFile(opts)}: ENOTDIR`));
  });
});
