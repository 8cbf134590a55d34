import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { CLI, cliEnv } from '../helpers/cli.js';

/** The real articles every case starts from. */
export const CONTENT = path.resolve('test/fixtures/content');
export const ARTICLES = fs.readdirSync(CONTENT).sort();

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** CLI children share the two cores with everything else: a few at a time. */
const children = pLimit(4);

/** Runs `lyfe-kt args` in `cwd` to its end (killed after `timeoutMs`, which fails the case on its exit). */
export function lyfe(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<CliExit> {
  return children(
    () =>
      new Promise<CliExit>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
        child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', reject);
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          resolve({ code, signal, stdout, stderr });
        });
      }),
  );
}

/** A folder `articles/` in `dir` with the fixture articles (or the `names` of them). */
export function copyArticles(dir: string, names: string[] = ARTICLES, folder = 'articles'): string {
  const target = path.join(dir, folder);
  fs.mkdirSync(target, { recursive: true });
  for (const name of names) fs.copyFileSync(path.join(CONTENT, name), path.join(target, name));
  return target;
}

/** Every file under `dir` (hidden ones included) with the SHA-256 of its bytes: what the user had. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return files;
}

/** The package folders in `dir/packages`, hidden assembly folders included. */
export function packagesIn(dir: string, outputDir = 'packages'): string[] {
  const folder = path.join(dir, outputDir);
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort().map((name) => path.join(folder, name)) : [];
}

/**
 * The whole lines of a global record file that belong to `session`. What follows the last newline
 * is not a record: a process killed during a write can leave its line there cut short.
 */
export function sessionLines(logDir: string, kind: 'processing' | 'prompts', session: string): string[] {
  const file = path.join(logDir, `${kind}.jsonl`);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, -1)
    .filter((line) => line && (JSON.parse(line) as { session: string }).session === session);
}

/** The pid of a process that has exited: a lock or temp folder it left is a dead one's. */
export function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(child.pid!));
  });
}
