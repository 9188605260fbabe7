import { defineConfig } from 'vitest/config';

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
          environment: 'node',
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['conformance/**/*.test.ts'],
          environment: 'node',
          testTimeout: 15_000,
        },
      },
    ],
  },
});
