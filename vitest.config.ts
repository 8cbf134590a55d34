import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test files spend their time waiting on the CLI children they start: one file per core
    // keeps every core busy, where vitest's default (one core fewer) leaves one of two idle.
    maxWorkers: availableParallelism(),
  },
});
