/**
 * Starting one warm helper: `python helper.py` from the installed runtime on a channel that stays
 * open (Connection.spawn, through the become step of its identity), ready once it greets.
 */
import { CancelledError, HelperLostError, HelperStartTimeoutError, UnreachableError } from '../../core/errors.js';
import { deadline } from '../../core/deadline.js';
import { abortable } from '../abortable.js';
import { shellQuote } from '../quote.js';
import type { Connection, HelperLaunch, SpawnedCommand } from '../types.js';
import { HelperClient } from './client.js';
import { preview } from './protocol.js';

/** How long a helper may take from its channel request to its greeting (Python's start on a loaded host). */
export const HELPER_START_TIMEOUT_MS = 20_000;

/** The helper's last words on stderr kept for the message when it dies. */
const STDERR_KEPT = 2000;

export interface StartHelperOptions {
  maxLineBytes: number;
  /** Default HELPER_START_TIMEOUT_MS. */
  startTimeoutMs?: number;
  onRequest(): void;
  signal?: AbortSignal;
}

export async function launchHelper(conn: Connection, launch: HelperLaunch, options: StartHelperOptions): Promise<HelperClient> {
  if (!conn.spawn) throw new HelperLostError(`${conn.host}: this connection cannot keep a helper running`);
  let spawned: SpawnedCommand | undefined;
  let closeWhenSpawned = false;
  let stderr = '';
  const client = new HelperClient(
    conn.host,
    {
      write: (line) => spawned?.write(line),
      close: () => {
        if (spawned) spawned.close();
        else closeWhenSpawned = true;
      },
    },
    { maxLineBytes: options.maxLineBytes, onRequest: options.onRequest },
  );
  const startTimeoutMs = options.startTimeoutMs ?? HELPER_START_TIMEOUT_MS;
  const startLimit = deadline(startTimeoutMs, options.signal);
  const { signal } = startLimit;
  try {
    spawned = await conn.spawn(`${shellQuote(launch.python)} ${shellQuote(`${launch.dir}/helper.py`)}`, {
      become: launch.become,
      signal,
      onStdout: (chunk) => client.receive(chunk),
      onStderr: (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
      },
      onClose: ({ exit, lost }) => {
        if (lost) return client.closed('its connection was lost', lost instanceof UnreachableError ? lost : undefined);
        const how = exit?.signal ? `was killed by signal ${exit.signal}` : `exited with rc ${exit?.rc}`;
        client.closed(`it ${how}${stderr.trim() ? `: ${preview(stderr.trim())}` : ''}`);
      },
    });
    if (closeWhenSpawned) spawned.close();
    await abortable(client.ready, signal);
    return client;
  } catch (err) {
    client.close();
    if (err instanceof CancelledError && !options.signal?.aborted) {
      throw new HelperStartTimeoutError(`${conn.host}: the warm helper did not start within ${startTimeoutMs / 1000} s`);
    }
    throw err;
  } finally {
    startLimit.clear();
  }
}
