import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import Sequencer from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-file.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test files spend their time waiting on the CLI children they start: one file per core
    // keeps every core busy, where vitest's default (one core fewer) leaves one of two idle.
    maxWorkers: availableParallelism(),
    // The files of a worker share its process and the modules it imported: a fresh process and
    // module graph per file cost about a quarter of the suite's CPU time. test/setup-file.ts puts
    // back what a file changes in the process.
    isolate: false,
    sequence: { sequencer: Sequencer },
  },
});
