import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Integration files each start their own containers; two cores cannot run many at once.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
