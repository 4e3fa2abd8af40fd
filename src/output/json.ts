/** `--output json`: one document at the end, `{plays: [{play, tasks: [{task, hosts}]}], stats}`. */
import type { HostStats, PlayRecord } from '../events/index.js';

export function jsonDocument(results: PlayRecord[], stats: Record<string, HostStats>): string {
  return `${JSON.stringify({ plays: results, stats }, null, 2)}\n`;
}
