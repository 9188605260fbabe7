import { defineConfig } from 'vitest/config';

// One PostgreSQL server per run, shared by both projects, started when a test first asks for it.
const DATABASES = 'test/support/global-setup.ts';

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'packages/client/src/**/*.ts'],
      exclude: ['src/generated/**', 'packages/client/src/generated/**', 'src/cli.ts'],
      thresholds: { lines: 85 },
      reporter: ['text-summary', 'text'],
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          globalSetup: [DATABASES],
          environment: 'node',
          testTimeout: 15_000,
          // Starting a gateway and its fake upstream takes seconds when the box is busy.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['conformance/**/*.test.ts'],
          globalSetup: [DATABASES],
          environment: 'node',
          testTimeout: 15_000,
        },
      },
    ],
  },
});
