/**
 * Interpreter discovery on a host: one probe per connection and mode, shared by every task that
 * asks at the same time, run as the login user (never through become, as in Ansible). The
 * executor collects each finished discovery once, to show its warnings and record
 * `discovered_interpreter_python` in the host's facts.
 */
import type { Connection } from '../connection/index.js';
import { chooseInterpreter, parseProbe, probeCommand, type DiscoveryMode, type DiscoveryNote } from './interpreter-choice.js';

export interface Discovery {
  python: string;
  notes: DiscoveryNote[];
}

interface Entry {
  pending: Promise<Discovery>;
  done?: Discovery;
  reported: boolean;
}

const discoveries = new WeakMap<Connection, Map<DiscoveryMode, Entry>>();

async function probe(conn: Connection, mode: DiscoveryMode, signal: AbortSignal | undefined): Promise<Discovery> {
  const result = await conn.exec(probeCommand(), { signal });
  return chooseInterpreter(parseProbe(result.stdout.toString()), mode);
}

/** The host's Python for `mode`, discovered on first use of the connection. */
export function discoverInterpreter(conn: Connection, mode: DiscoveryMode, signal?: AbortSignal): Promise<Discovery> {
  let perConnection = discoveries.get(conn);
  if (!perConnection) {
    perConnection = new Map();
    discoveries.set(conn, perConnection);
  }
  const known = perConnection.get(mode);
  if (known) return known.pending;
  const entry: Entry = { pending: probe(conn, mode, signal), reported: false };
  perConnection.set(mode, entry);
  entry.pending.then(
    (discovery) => {
      entry.done = discovery;
    },
    // A probe cut short (lost connection, cancelled task) is tried again by the next task.
    () => perConnection.delete(mode),
  );
  return entry.pending;
}

/**
 * Discoveries on `conn` that finished and were not handed out before: each is returned exactly
 * once per connection, so its warnings show once per host.
 */
export function takeDiscoveries(conn: Connection): Discovery[] {
  const out: Discovery[] = [];
  for (const entry of discoveries.get(conn)?.values() ?? []) {
    if (entry.done && !entry.reported) {
      entry.reported = true;
      out.push(entry.done);
    }
  }
  return out;
}
