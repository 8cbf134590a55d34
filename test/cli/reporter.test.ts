import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reporter } from '../../src/cli/common.js';

describe('Reporter on a terminal', () => {
  const isTTY = process.stderr.isTTY;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.stderr.isTTY = isTTY;
  });

  it("counts both of run's stages in one bar while they overlap, and clears it when both are done", () => {
    process.stderr.isTTY = true;
    vi.stubEnv('TERM', 'xterm-256color');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const reporter = new Reporter({});
    reporter.progress({ stage: 'preprocess', file: 'work/01_raw/a.md', done: 1, total: 2, ok: true });
    expect(written.at(-1)).toMatch(/\[#{12}-{12}\] 1\/2 a\.md$/);
    reporter.progress({ stage: 'generate', file: 'work/02_preprocessed/a_filled_template.md', done: 1, total: 2, ok: true });
    expect(written.at(-1)).toMatch(/\[#{12}-{12}\] preprocess 1\/2 · generate 1\/2 a_filled_template\.md$/);
    reporter.progress({ stage: 'preprocess', file: 'work/01_raw/b.md', done: 2, total: 2, ok: true });
    // Preprocessing is done, generation is not: the bar stays.
    expect(written.at(-1)).toMatch(/\[#{18}-{6}\] preprocess 2\/2 · generate 1\/2 b\.md$/);
    reporter.progress({ stage: 'generate', file: 'work/02_preprocessed/b_filled_template.md', done: 2, total: 2, ok: true });
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });
});

describe('Reporter on a terminal that takes no escape codes (TERM=dumb)', () => {
  const isTTY = process.stderr.isTTY;
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.stderr.isTTY = isTTY;
  });

  it('prints a line per file, as in a pipe: a bar redrawn with escape codes would show as garbage', () => {
    process.stderr.isTTY = true;
    vi.stubEnv('TERM', 'dumb');
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const reporter = new Reporter({});
    reporter.progress({ stage: 'preprocess', file: 'work/01_raw/a.md', done: 1, total: 2, ok: true });
    reporter.note('done');
    expect(written.join('')).not.toContain('\u001b[2K');
    expect(written.map((line) => line.replace(/\u001b\[\d+m/g, ''))).toEqual(['[1/2] preprocess ok work/01_raw/a.md\n', 'done\n']);
  });
});

describe('Reporter in a pipe or a file', () => {
  const isTTY = process.stderr.isTTY;
  afterEach(() => {
    vi.restoreAllMocks();
    process.stderr.isTTY = isTTY;
  });

  it("names each line's stage, so that run's overlapping stages can be told apart", () => {
    process.stderr.isTTY = false;
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const reporter = new Reporter({});
    reporter.progress({ stage: 'preprocess', file: 'work/01_raw/a.md', done: 1, total: 2, ok: true });
    reporter.progress({ stage: 'generate', file: 'work/02_preprocessed/a_filled_template.md', done: 1, total: 2, ok: false, error: 'HTTP 500' });
    expect(written.map((line) => line.replace(/\u001b\[\d+m/g, ''))).toEqual([
      '[1/2] preprocess ok work/01_raw/a.md\n',
      '[1/2] generate failed (HTTP 500) work/02_preprocessed/a_filled_template.md\n',
    ]);
  });
});
