import { afterAll, vi } from 'vitest';

/**
 * Test files share their worker process (`isolate: false` in vitest.config.ts: each file would
 * otherwise pay for a process of its own and for importing everything again). What a file changes
 * in the process is put back when it ends: the environment, stubbed globals, the working folder
 * and the exit code.
 */
const env = { ...process.env };
const cwd = process.cwd();

afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  if (process.cwd() !== cwd) process.chdir(cwd);
  process.exitCode = undefined;
});
