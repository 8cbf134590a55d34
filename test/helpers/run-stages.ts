import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CLI, cliEnv } from './cli.js';
import { repointIndexes } from './filter-paths.js';

export type RunStage = 'preprocessed' | 'generated';

/**
 * A run's stages, offline, made once for a whole test file by separate CLI processes as a user runs
 * them: `preprocessed` (work/01_raw, work/02_preprocessed, the session's records in logs/), then,
 * when a command is given for it, `generated` (plus work/03_output and work/reports). `sources` are
 * copied into work/01_raw; the commands run in the folder above it. Each test gets its own copy of
 * a stage: `runUpTo(cwd, stage)`.
 */
export function useRunStages(sources: string[], commands: { preprocessed: string[]; generated?: string[] }): (cwd: string, stage: RunStage) => void {
  let stages: string;
  beforeAll(() => {
    stages = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-stages-'));
    const cwd = path.join(stages, 'run');
    fs.mkdirSync(path.join(cwd, 'work/01_raw'), { recursive: true });
    for (const source of sources) fs.copyFileSync(source, path.join(cwd, 'work/01_raw', path.basename(source)));
    for (const stage of ['preprocessed', 'generated'] as const) {
      const args = commands[stage];
      if (!args) continue;
      const exit = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cliEnv(), encoding: 'utf8', timeout: 60_000 });
      if (exit.status !== 0) throw new Error(`lyfe-kt ${args.join(' ')} exited with ${exit.status ?? exit.signal}:\n${exit.stderr}`);
      copyRun(cwd, path.join(stages, stage));
    }
  });
  afterAll(() => fs.rmSync(stages, { recursive: true, force: true }));
  return (cwd, stage) => copyRun(path.join(stages, stage), cwd);
}

/**
 * Copies a run's folder; its session indexes are made to name the copied record files, so that the
 * copy is read through its index as the run's own folder is.
 */
function copyRun(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
  repointIndexes(path.join(from, 'logs'), path.join(to, 'logs'));
}
