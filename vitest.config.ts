import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Ryuk's image cannot be pulled on our machines, and containers are reached on loopback.
process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
process.env.TESTCONTAINERS_HOST_OVERRIDE ??= '127.0.0.1';
// The jobs journal of every CLI a test starts goes to a throwaway home, never the user's ~/.castoff.
process.env.CASTOFF_HOME ??= mkdtempSync(join(tmpdir(), 'castoff-home-'));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Integration files each start their own containers; two cores cannot run many at once (a
    // third worker was tried: no shorter on a loaded machine, and hosts starved into timeouts).
    maxWorkers: 2,
    // The JSON report is what .ci/run turns into its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      // Unit tests that run the hosts' Python locally spawn processes, slow on a loaded machine.
      // They keep no state between files, so a worker imports the sources once for all of them
      // instead of once per file (a third of the unit project's time).
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
