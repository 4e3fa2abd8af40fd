import { describe, expect, it } from 'vitest';
import { parseJournalLine } from '../../../src/jobs/entries.js';

const launched = {
  event: 'launched',
  time: '2026-01-01T00:00:00.000Z',
  runId: 'r',
  host: 'app',
  jid: 'j1.1',
  resultsFile: '/root/.ansible_async/j1.1',
  asyncDir: '/root/.ansible_async',
  limit: 60,
  launchedAtEpoch: 1,
  poll: 0,
  become: null,
  python: 'python3',
  wrapperPath: '/w.py',
  connection: { kind: 'docker', host: 'app', container: 'c1', user: 'deploy', extraArgs: ['--context', 'remote'], outputLimit: 4096 },
};

function parsed(connection: unknown) {
  return parseJournalLine(JSON.stringify({ ...launched, connection }));
}

describe('docker connections in journal lines', () => {
  it('reads back what the docker type journals, and only that', () => {
    const result = parsed({ ...launched.connection, password: 'stray', address: '10.0.0.1' });
    expect('entry' in result && result.entry.event === 'launched' && result.entry.connection).toEqual(launched.connection);
    const minimal = parsed({ kind: 'docker', host: 'app', container: 'c1' });
    expect('entry' in minimal && minimal.entry.event === 'launched' && minimal.entry.connection).toEqual({ kind: 'docker', host: 'app', container: 'c1' });
  });

  it('names a missing container or bad extra args', () => {
    expect(parsed({ kind: 'docker', host: 'app' })).toEqual({ reason: "field 'connection'.'container' is missing" });
    expect(parsed({ kind: 'docker', host: 'app', container: 'c1', extraArgs: '-H x' })).toEqual({ reason: "field 'connection'.'extraArgs' is not a list of strings" });
    expect(parsed({ kind: 'winrm', host: 'app' })).toEqual({ reason: "field 'connection'.'kind' is not one of ssh, local, docker" });
  });
});
