import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runInSession } from '../../src/session/context.js';
import type { StageStats } from '../../src/stage/run-stage.js';
import type { Stage } from '../../src/records/types.js';

export const CONTENT = path.resolve('test/fixtures/content');
export const REFERENCE = path.resolve('test/fixtures/reference');
export const SESSION = 'sess_2025-01-01_00-00-00_0badc0de';

/** A temp folder removed after `fn`, whatever it did. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-pipeline-'));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `fn` in a session whose records go to `<dir>/logs`. */
export function inSession<T>(dir: string, stage: Stage, fn: () => Promise<T>): Promise<T> {
  return runInSession({ sessionId: SESSION, stage, logDir: path.join(dir, 'logs') }, fn);
}

export function newStats(): StageStats {
  return { filesIn: 0, filesOut: 0, filesInvalid: 0 };
}

export function readRecords(dir: string, file: 'processing.jsonl' | 'prompts.jsonl'): Record<string, any>[] {
  const text = fs.readFileSync(path.join(dir, 'logs', file), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/** Every file under `dir` (relative path -> bytes), for byte-for-byte comparison of two runs. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), fs.readFileSync(full));
  }
  return files;
}
