import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { refreshSecrets } from '../../src/records/redact.js';
import { RecordFiles, type LogRecord, type RecordKind } from '../../src/records/types.js';
import { auditRecord, onRecord, record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { filterSession } from '../helpers/filter-paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-writer-');
afterEach(() => vi.restoreAllMocks());

describe('the record writer', () => {
  it('lets in-process listeners see each record exactly as the line written, redacted, until they stop', () => {
    const logDir = temp();
    const seen: [RecordKind, LogRecord][] = [];
    const lines: string[] = [];
    const stop = onRecord((kind, written, line) => {
      seen.push([kind, written]);
      lines.push(line);
    });
    process.env.WRITER_TEST_TOKEN = 'planted-writer-token-123';
    refreshSecrets();
    try {
      runInSession({ sessionId: 'sess_2026-01-01_00-00-00_00c0ffee', stage: 'generate', logDir }, () => {
        record('info', 'file.result', 'valid', { input: ['a.md'], output: ['a_beginner.json'], data: { valid: true } });
        auditRecord('warn', 'llm.attempt', 'sent with planted-writer-token-123', { data: { call_id: 'call_1', messages: [{ role: 'user', content: 'Bearer abcdefgh12345678' }] } });
        stop();
        record('info', 'stage.end', 'generate ok');
      });
    } finally {
      delete process.env.WRITER_TEST_TOKEN;
      refreshSecrets();
    }
    const text = (kind: RecordKind) => fs.readFileSync(path.join(logDir, RecordFiles[kind]), 'utf8');
    const parsed = (kind: RecordKind) =>
      text(kind)
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as LogRecord);
    const processing = parsed('processing');
    const prompts = parsed('prompts');
    expect(processing).toHaveLength(2);
    // Each listener is handed the line as it went into its file, newline included.
    expect(lines).toEqual([text('processing').split('\n')[0] + '\n', text('prompts')]);
    expect(seen).toEqual([
      ['processing', processing[0]],
      ['prompts', prompts[0]],
    ]);
    expect(JSON.stringify(seen)).not.toContain('planted-writer-token-123');
    expect(JSON.stringify(seen)).not.toContain('abcdefgh12345678');
    // The line starts as readers expect it: level, time, then the session.
    expect(fs.readFileSync(path.join(logDir, RecordFiles.processing), 'utf8')).toMatch(/^\{"level":"info","time":"[^"]+","session":"sess_2026-01-01_00-00-00_00c0ffee",/);
  });

  it("hands listeners the record its line parses to, whatever the data holds, and a copy of the caller's file lists", () => {
    const logDir = temp();
    const seen: [LogRecord, string][] = [];
    const stop = onRecord((_kind, written, line) => seen.push([written, line]));
    const input = ['a.md'];
    const reply = JSON.parse('{"__proto__": {"outcome": "ok"}, "text": "answer"}') as unknown;
    try {
      runInSession({ sessionId: 'sess_2026-01-01_00-00-00_00c0ffee', stage: 'generate', logDir }, () => {
        auditRecord('info', 'llm.attempt', 'odd data', {
          input,
          data: { when: new Date(Date.UTC(2026, 0, 2)), none: undefined, call: () => 1, ratio: Number.NaN, zero: -0, list: [undefined, Infinity, 'x'], reply, boxed: Object('text') },
        });
      });
    } finally {
      stop();
    }
    input.push('b.md');
    const [[written, line]] = seen;
    // Strictly: no key the line lacks, no -0, no prototype the line does not have.
    expect(written).toStrictEqual(JSON.parse(line));
    expect(written.input).toEqual(['a.md']);
    expect(written.data).toMatchObject({ when: '2026-01-02T00:00:00.000Z', ratio: null, zero: 0, list: [null, null, 'x'], boxed: 'text' });
    expect((written.data as { reply: { outcome?: string } }).reply.outcome).toBeUndefined();
  });

  it('goes on from the byte where a write stopped short, inside a character: the line is whole and the index finds it', () => {
    const logDir = temp();
    const session = 'sess_2026-01-01_00-00-00_00c0ffee';
    const real = fs.writeSync.bind(fs);
    const cuts: number[] = [];
    // The kernel may write part of what it is given (a full disk, a signal): here, the first
    // write of the record holding `coração` stops in the middle of the two bytes of its `ç`.
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      const [fd, data, offset, length] = args as unknown as [number, string | NodeJS.ArrayBufferView, number?, number?];
      // The bytes of this write, whether the writer hands it a string or a part of a buffer.
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset + Number(offset ?? 0), Number(length ?? data.byteLength));
      if (cuts.length === 0 && bytes.includes('coração')) {
        const cut = bytes.indexOf(Buffer.from('ç')) + 1;
        cuts.push(cut);
        return real(fd, bytes.subarray(0, cut));
      }
      return real(...args);
    }) as typeof fs.writeSync);
    runInSession({ sessionId: session, stage: 'generate', logDir }, () => {
      record('info', 'step.output', 'before');
      record('info', 'step.output', 'cut short', { data: { text: 'coração' } });
      record('info', 'stage.end', 'after');
    });
    vi.restoreAllMocks();

    expect(cuts).toHaveLength(1);
    const file = path.join(logDir, RecordFiles.processing);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LogRecord);
    expect(lines.map((line) => [line.msg, line.data?.text])).toEqual([
      ['before', undefined],
      ['cut short', 'coração'],
      ['after', undefined],
    ]);
    const indexed = filterSession(file, session, false);
    expect(indexed).toEqual({ ...filterSession(file, session, true), note: indexed.note });
    expect(indexed.note).toBeUndefined();
    expect(indexed.lines).toBe(3);
  });

  it('says which record file a full disk kept a record from, and what to do, in one line', () => {
    const logDir = temp();
    const session = 'sess_2026-01-01_00-00-00_00c0ffee';
    const real = fs.writeSync.bind(fs);
    let full = false;
    // The disk fills up at the second record: a write then fails, and so does every one after it.
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      const data = args[1];
      if (typeof data === 'string' && data.includes('"msg":"second"')) full = true;
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', errno: -28 });
      return real(...args);
    }) as typeof fs.writeSync);
    let thrown: unknown;
    runInSession({ sessionId: session, stage: 'generate', logDir }, () => {
      record('info', 'step.output', 'first');
      try {
        record('info', 'step.output', 'second');
      } catch (error) {
        thrown = error;
      }
    });
    vi.restoreAllMocks();

    expect(thrown).toBeInstanceOf(LyfeError);
    expect((thrown as LyfeError).oneLine()).toBe(
      `${path.join(logDir, RecordFiles.processing)}: a record could not be written (ENOSPC). Free space on the disk of ${logDir} (or fix its permissions): the run's records stop before this one`,
    );
  });

  it('writes a record file through one writer whatever spelling of its folder is given, so its index is opened once', () => {
    const logDir = temp();
    const session = 'sess_2026-01-01_00-00-00_0000abcd';
    const spellings = [logDir, `${logDir}/.`, path.relative(process.cwd(), logDir)];
    for (const spelling of spellings) runInSession({ sessionId: session, stage: 'generate', logDir: spelling }, () => record('info', 'step.output', spelling));
    const index = fs.readdirSync(path.join(logDir, 'index')).find((name) => name.startsWith(`${session}.processing`))!;
    const opened = fs.readFileSync(path.join(logDir, 'index', index), 'utf8').split('\n').filter((line) => line.startsWith('o'));
    expect(opened).toHaveLength(1);
    const file = path.join(logDir, RecordFiles.processing);
    const read = filterSession(file, session, false);
    expect(read.lines).toBe(3);
    expect(read.note).toBeUndefined();
  });

  it('writes a relative log folder into the working directory of each record, when the process moves between them', () => {
    const [first, second] = [path.join(temp(), 'one'), path.join(temp(), 'two')];
    const cwd = process.cwd();
    try {
      for (const [dir, session] of [[first, 'sess_2026-01-01_00-00-00_0000aaaa'], [second, 'sess_2026-01-01_00-00-00_0000bbbb']]) {
        fs.mkdirSync(dir, { recursive: true });
        process.chdir(dir);
        runInSession({ sessionId: session, stage: 'generate', logDir: 'logs' }, () => record('info', 'step.output', dir));
      }
    } finally {
      process.chdir(cwd);
    }
    for (const dir of [first, second]) {
      const lines = fs.readFileSync(path.join(dir, 'logs', RecordFiles.processing), 'utf8').trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as LogRecord).msg)).toEqual([dir]);
    }
  });

  it('writes a record file through one writer when its folder is also given through a symbolic link: its index leaves out none of its lines', () => {
    const logDir = path.join(temp(), 'logs');
    const link = path.join(temp(), 'link');
    fs.mkdirSync(logDir);
    fs.symlinkSync(logDir, link);
    const session = 'sess_2026-01-01_00-00-00_0000abce';
    // A few lines by one spelling, then enough by the other for the writer to hand its ranges to
    // the index; the process still writing (or killed now), the index must cover the first ones.
    for (let i = 0; i < 1034; i++) runInSession({ sessionId: session, stage: 'generate', logDir: i < 10 ? logDir : link }, () => record('info', 'step.output', `line ${i}`));
    const index = fs.readFileSync(path.join(logDir, 'index', `${session}.processing.idx`), 'utf8');
    expect(index.split('\n').filter((line) => line.startsWith('o'))).toHaveLength(1);
    const file = path.join(logDir, RecordFiles.processing);
    expect(filterSession(file, session, false)).toEqual(filterSession(file, session, true));
    expect(filterSession(file, session, false).lines).toBe(1034);
  });

  it('writes the next session to the record file its path names now, after the file was moved away between sessions', () => {
    const logDir = temp();
    const file = path.join(logDir, RecordFiles.processing);
    const first = 'sess_2026-01-01_00-00-00_0000abcf';
    const second = 'sess_2026-01-01_00-00-01_0000abd0';
    runInSession({ sessionId: first, stage: 'package', logDir }, () => {
      record('info', 'step.output', 'first');
      record('info', 'session.end', 'first ended');
    });
    // Rotated by hand while the process goes on.
    fs.renameSync(file, `${file}.1`);
    runInSession({ sessionId: second, stage: 'preprocess', logDir }, () => record('info', 'step.output', 'second'));
    expect(fs.readFileSync(file, 'utf8')).toContain('"msg":"second"');
    expect(fs.readFileSync(`${file}.1`, 'utf8')).not.toContain('"msg":"second"');
    expect(filterSession(file, second, true).lines).toBe(1);
  });
});
