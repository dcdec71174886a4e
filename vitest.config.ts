import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Each file gets its own database; two cores make more workers slower, not faster.
    maxWorkers: 2,
    // PGlite test databases start from one migrated copy made once per run.
    globalSetup: ['test/support/pglite-template.ts'],
    // Browser journeys on a two-core machine take their time; a hang still fails.
    testTimeout: 90_000,
    // A fresh database per file (migrations, address list) waits its turn on a busy machine.
    hookTimeout: 180_000,
  },
});
