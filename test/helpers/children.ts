import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `node` children and makes sure none outlives its test. Each child gets the options'
 * environment and a timeout after which it is killed (and the test fails on its exit).
 */
export function useChildren(): {
  start: (args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }) => { child: ChildProcess; exit: Promise<Exit> };
} {
  const running = new Set<ChildProcess>();
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  });
  return {
    start(args, options = {}) {
      const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
      child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
      const exit = new Promise<Exit>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          running.delete(child);
          resolve({ code, signal, stdout, stderr });
        });
      });
      return { child, exit };
    },
  };
}
