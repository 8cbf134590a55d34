import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EarlyPrompts } from '../../src/package/early-prompts.js';
import { HeldMember } from '../../src/package/gzip-thread.js';
import { readSessionRecords } from '../../src/records/filter.js';
import { formatAttempt } from '../../src/records/render.js';
import { RecordFiles } from '../../src/records/types.js';
import { auditRecord, record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-early-');
const SESSION = 'sess_2026-02-03_04-05-06_0badcafe';
const WRITER = path.resolve('dist/lib/records/writer.js');
const CONTEXT = path.resolve('dist/lib/session/context.js');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** An LLM attempt record of the session, its texts long and not all ASCII, as the pipeline writes one. */
function attempt(logDir: string, n: number, session = SESSION): void {
  runInSession({ sessionId: session, stage: 'generate', logDir }, () => {
    auditRecord('info', 'llm.request', `call_${n} sent`, { input: [`a${n}.md`], data: { call_id: `call_${n}`, purpose: 'generate.supertask' } });
    auditRecord('info', 'llm.attempt', `call_${n} ok`, {
      input: [`a${n}.md`],
      output: [`a${n}_beginner.json`],
      data: {
        call_id: `call_${n}`,
        attempt: 1,
        max_attempts: 3,
        purpose: 'generate.supertask',
        provider: 'openai',
        model: 'gpt-5-mini',
        messages: [
          { role: 'system', content: `schema ${'x'.repeat(3000 + n)}\nsecond line` },
          { role: 'user', content: `coração ${n} — "quoted"\n\tindented` },
        ],
        response: `{"title":"n${n}"}`,
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        latency_ms: 200 + n,
        outcome: 'ok',
      },
    });
    record('info', 'file.result', `a${n} written`, { input: [`a${n}.md`], output: [`a${n}_beginner.json`] });
  });
}

/** The two prompt files as the package renders them from the record file. */
function fromFile(logDir: string): { audit: string; jsonl: string } {
  const { records } = readSessionRecords(logDir, SESSION, 'prompts');
  const jsonl = fs
    .readFileSync(path.join(logDir, RecordFiles.prompts), 'utf8')
    .split('\n')
    .filter((line) => line.includes(SESSION))
    .map((line) => `${line}\n`)
    .join('');
  return { audit: records.map((r) => `${formatAttempt(r)}\n\n`).join(''), jsonl };
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

describe('a held member compared with bytes as they come', () => {
  it('is the same only for exactly its bytes, however they are cut', () => {
    const member = new HeldMember({ gzip: false });
    // Over two MiB, written in pieces: held as several chunks.
    const bytes = Buffer.from(Array.from({ length: 3200 }, (_, n) => `line ${n} ${'é'.repeat(n % 700)}\n`).join(''));
    for (let at = 0; at < bytes.length; at += 100_000) member.write(bytes.subarray(at, at + 100_000));
    member.end();
    const compare = (pieces: Buffer[]): boolean => {
      const comparer = member.comparer();
      for (const piece of pieces) comparer.next(piece, 0, piece.length);
      return comparer.done();
    };
    const cut = (buffer: Buffer, size: number): Buffer[] => Array.from({ length: Math.ceil(buffer.length / size) }, (_, n) => buffer.subarray(n * size, (n + 1) * size));
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(compare([bytes])).toBe(true);
    expect(compare(cut(bytes, 777))).toBe(true);
    const changed = Buffer.from(bytes);
    changed[1024 * 1024 + 5] ^= 1;
    expect(compare(cut(changed, 4096))).toBe(false);
    expect(compare([bytes.subarray(0, -1)])).toBe(false);
    expect(compare([bytes, Buffer.from('x')])).toBe(false);
    expect(compare([])).toBe(false);
    // A piece given as a range of a larger chunk, as the reader hands lines.
    const comparer = member.comparer();
    const framed = Buffer.concat([Buffer.from('before'), bytes, Buffer.from('after')]);
    comparer.next(framed, 6, 6 + bytes.length);
    expect(comparer.done()).toBe(true);
  });
});

describe('the prompt records rendered while the calls are in flight', () => {
  it('renders only once no record came for a moment, and gives what the package would render from the record file', async () => {
    const logDir = temp();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const write = vi.spyOn(HeldMember.prototype, 'write');
    const early = new EarlyPrompts({ compress: false });
    attempt(logDir, 1);
    await early.start();
    attempt(logDir, 2);
    // Not on the record's way: the replies that come together are handled first.
    vi.advanceTimersByTime(5);
    attempt(logDir, 3);
    vi.advanceTimersByTime(5);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(write).toHaveBeenCalled();
    vi.runAllTimers();
    // Six prompt records, each into both files.
    expect(write).toHaveBeenCalledTimes(12);
    attempt(logDir, 4);

    const rendered = early.take(logDir, SESSION);
    expect(rendered).toBeDefined();
    expect(rendered!.records).toEqual(readSessionRecords(logDir, SESSION, 'prompts').records);
    const expected = fromFile(logDir);
    const out = temp();
    const audit = await rendered!.audit.place({ plain: path.join(out, 'prompts_audit.log') });
    const jsonl = await rendered!.jsonl.place({ plain: path.join(out, 'prompts.jsonl'), gzip: path.join(out, '.prompts.jsonl.gz') });
    expect(fs.readFileSync(path.join(out, 'prompts_audit.log'), 'utf8')).toBe(expected.audit);
    expect(fs.readFileSync(path.join(out, 'prompts.jsonl'), 'utf8')).toBe(expected.jsonl);
    expect(audit).toEqual({ sha256: sha256(expected.audit), bytes: Buffer.byteLength(expected.audit) });
    expect(jsonl.sha256).toBe(sha256(expected.jsonl));
    // Beside the plain file, the gzip member is the viewer's, kept in memory.
    expect(gunzipSync(jsonl.gzipped!).toString('utf8')).toBe(expected.jsonl);
    expect(fs.existsSync(path.join(out, '.prompts.jsonl.gz'))).toBe(false);
  });

  it('compressed as it goes for a compressed package: the members are written, and hold the same bytes', async () => {
    const logDir = temp();
    const early = new EarlyPrompts({ compress: true });
    await early.start();
    for (let n = 1; n <= 3; n++) attempt(logDir, n);
    const rendered = early.take(logDir, SESSION)!;
    const out = temp();
    const audit = await rendered.audit.place({ gzip: path.join(out, '.prompts_audit.log.gz') });
    const expected = fromFile(logDir);
    expect(audit.gzip).toBe(path.join(out, '.prompts_audit.log.gz'));
    expect(gunzipSync(fs.readFileSync(audit.gzip!)).toString('utf8')).toBe(expected.audit);
    expect(fs.existsSync(path.join(out, 'prompts_audit.log'))).toBe(false);
  });

  it('is not taken when the record file holds a prompt record of the session that another process wrote', async () => {
    const logDir = temp();
    const early = new EarlyPrompts({ compress: false });
    await early.start();
    attempt(logDir, 1);
    const child = `import { runInSession } from ${JSON.stringify(CONTEXT)}; import { auditRecord } from ${JSON.stringify(WRITER)};
runInSession({ sessionId: ${JSON.stringify(SESSION)}, stage: 'generate', logDir: ${JSON.stringify(logDir)} }, () => auditRecord('info', 'llm.request', 'from another process', { data: { call_id: 'call_9' } }));`;
    execFileSync(process.execPath, ['--input-type=module', '-e', child]);
    attempt(logDir, 2);
    expect(readSessionRecords(logDir, SESSION, 'prompts').records.map((r) => r.msg)).toContain('from another process');
    expect(early.take(logDir, SESSION)).toBeUndefined();
  });

  it('is not taken when a line of the record file differs from the line rendered, byte for byte', async () => {
    const logDir = temp();
    const early = new EarlyPrompts({ compress: false });
    await early.start();
    for (let n = 1; n <= 3; n++) attempt(logDir, n);
    // The same number of lines, of the same lengths: one figure of one record changed in the file.
    const file = path.join(logDir, RecordFiles.prompts);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('"latency_ms":202');
    fs.writeFileSync(file, text.replace('"latency_ms":202', '"latency_ms":209'));
    expect(early.take(logDir, SESSION)).toBeUndefined();
  });

  it('is not taken for another session, nor past its bound, nor before its files were made', async () => {
    const logDir = temp();
    const other = new EarlyPrompts({ compress: false });
    await other.start();
    attempt(logDir, 1);
    expect(other.take(logDir, 'sess_2026-02-03_04-05-06_00000000')).toBeUndefined();

    const mixed = new EarlyPrompts({ compress: false });
    await mixed.start();
    attempt(logDir, 2);
    attempt(logDir, 3, 'sess_2026-02-03_04-05-06_11111111');
    expect(mixed.take(logDir, SESSION)).toBeUndefined();

    const bounded = new EarlyPrompts({ compress: false, lineChars: 2000 });
    await bounded.start();
    attempt(logDir, 4);
    expect(bounded.take(logDir, SESSION)).toBeUndefined();

    const unstarted = new EarlyPrompts({ compress: false });
    attempt(logDir, 5);
    expect(unstarted.take(logDir, SESSION)).toBeUndefined();
  });

  it('stops listening once taken or discarded', async () => {
    const logDir = temp();
    const early = new EarlyPrompts({ compress: false });
    await early.start();
    attempt(logDir, 1);
    const rendered = early.take(logDir, SESSION)!;
    attempt(logDir, 2);
    expect(rendered.records).toHaveLength(2);
    const discarded = new EarlyPrompts({ compress: false });
    discarded.discard();
    const write = vi.spyOn(HeldMember.prototype, 'write');
    await discarded.start();
    attempt(logDir, 3);
    expect(discarded.take(logDir, SESSION)).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });
});
