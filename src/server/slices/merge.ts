/**
 * One run's ending from its slices' endings: the play recap of every host (slices share no host)
 * and the exit code `castoff-playbook` would give the whole run.
 */
import type { HostStats } from '../../index.js';
import type { SliceRecord } from '../types.js';

export interface MergedEnd {
  stats: Record<string, HostStats>;
  exitCode: number;
  cancelled: boolean;
}

/** Stopped wins, then unreachable (4), then failed (2), then any other failure, then 0, as for one run. */
function mergedExitCode(codes: readonly number[], cancelled: boolean): number {
  if (cancelled) return 99;
  for (const code of [4, 2]) if (codes.includes(code)) return code;
  return Math.max(0, ...codes);
}

export function mergeSlices(slices: readonly SliceRecord[]): MergedEnd {
  const cancelled = slices.some((s) => s.cancelled === true);
  const stats: Record<string, HostStats> = {};
  for (const slice of slices) Object.assign(stats, slice.stats ?? {});
  // The recap lists hosts as one run over the whole inventory would: in slice order, which is inventory order.
  return { stats, cancelled, exitCode: mergedExitCode(slices.map((s) => s.exitCode ?? 1), cancelled) };
}
