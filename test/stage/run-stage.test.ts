import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { runStage } from '../../src/stage/run-stage.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-run-stage-');
afterEach(() => vi.restoreAllMocks());

describe('a stage that fails when its records cannot be written', () => {
  it("reports the stage's own error, not the record of it that a full disk refused", async () => {
    const cwd = temp();
    const real = fs.writeSync.bind(fs);
    let full = false;
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      return real(...args);
    }) as typeof fs.writeSync);
    const failure = new LyfeError('packaging failed: ENOSPC', { file: 'packages', fix: 'Free space' });

    const run = runStage({ stage: 'package', workDir: path.join(cwd, 'work'), logDir: path.join(cwd, 'logs') }, async () => {
      // The disk fills up while the stage works: its failure cannot be recorded either.
      full = true;
      throw failure;
    });

    await expect(run).rejects.toBe(failure);
  });
});
