/**
 * `serial`: the play runs on hosts in batches. Sizes are numbers or percentages of all the play's
 * hosts; the last size repeats until every host has had its turn (Ansible's rule).
 */
export function serialBatches<T>(hosts: readonly T[], serial: ReadonlyArray<number | string> | undefined): T[][] {
  if (!serial || serial.length === 0 || hosts.length === 0) return hosts.length ? [[...hosts]] : [];
  const sizes = serial.map((s) => batchSize(s, hosts.length));
  const batches: T[][] = [];
  let at = 0;
  for (let i = 0; at < hosts.length; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)];
    batches.push(hosts.slice(at, at + size));
    at += size;
  }
  return batches;
}

function batchSize(spec: number | string, total: number): number {
  if (typeof spec === 'number') return spec <= 0 ? total : Math.min(spec, total);
  const text = spec.trim();
  if (text.endsWith('%')) {
    const pct = Number(text.slice(0, -1));
    // A percentage never rounds a batch down to nothing.
    return Math.max(1, Math.min(total, Math.floor((total * pct) / 100)));
  }
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) return total;
  return Math.min(Math.floor(n), total);
}
