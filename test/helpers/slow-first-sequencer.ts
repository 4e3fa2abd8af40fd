/**
 * The order test files start in: the few integration files that take minutes first, then vitest's
 * own order. With two workers, a long file that starts last holds the whole run at its end; started
 * first, it runs beside everything else. (vitest orders by past durations only when it has them,
 * and a fresh clone, as in CI, has none.)
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured in full runs on a loaded machine. */
const SLOWEST = [
  'test/integration/ansible-modules.test.ts',
  'test/integration/ansible-parity.test.ts',
  'test/integration/jobs.test.ts',
  'test/integration/frozen.test.ts',
  'test/integration/faults.test.ts',
];

function rank(file: TestSpecification): number {
  const at = SLOWEST.findIndex((path) => file.moduleId.endsWith(path));
  return at < 0 ? SLOWEST.length : at;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
