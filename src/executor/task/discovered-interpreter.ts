/**
 * The one place the executor records interpreter discovery: a discovery that finished during a
 * host-task shows its warnings once, as warnings about the host, and its interpreter reaches the
 * host's facts as `discovered_interpreter_python` in the task's `ansible_facts`, as Ansible puts
 * it in the result of the first module that needed it.
 */
import type { ModuleResult } from '../../core/index.js';
import type { RunEventInput } from '../../events/index.js';
import { FACTS_KEY } from '../../modules/index.js';
import { discoveryWarning, takeDiscoveries, type Connection, type Target } from '../../target/index.js';

export const DISCOVERED_FACT = 'discovered_interpreter_python';

/** Emits the warnings of discoveries on `conn` not reported before; returns the facts they add, if any. */
export function reportDiscoveries(conn: Connection, target: Target, emit: (event: RunEventInput) => void): Record<string, string> | undefined {
  const found = takeDiscoveries(conn);
  if (found.length === 0) return undefined;
  const runsOn = target.delegatedTo ?? target.host;
  for (const discovery of found) {
    for (const note of discovery.notes) emit({ type: 'warning', message: discoveryWarning(note, runsOn), host: runsOn });
  }
  // A delegate's interpreter is the delegate's fact, not the fact of the host the task runs for.
  return target.delegatedTo === undefined ? { [DISCOVERED_FACT]: found[found.length - 1].python } : undefined;
}

/** `result` with the discovered facts merged into its `ansible_facts`. */
export function withDiscoveredFacts(result: ModuleResult, facts: Record<string, string> | undefined): ModuleResult {
  if (!facts) return result;
  const own = result[FACTS_KEY];
  return { ...result, [FACTS_KEY]: { ...(own && typeof own === 'object' ? own : {}), ...facts } };
}
