import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPackageRecords } from '../../src/package/archive.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { runPipeline } from '../../src/package/run-pipeline.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const record = (n: number, msg: string): LogRecord => ({ level: 'info', time: '2025-01-18T17:30:45.000Z', session: SESSION, stage: 'generate', event: 'step.output', msg: `${msg} ${n}`, pid: 7 });

describe('readPackageRecords', () => {
  const temp = useTempDir('lyfe-kt-archive-');
  afterEach(() => vi.restoreAllMocks());

  it('decodes a record file a line at a time: no string as long as the file, which V8 cannot make past 512 MiB', () => {
    const pkg = temp();
    fs.mkdirSync(path.join(pkg, 'logs'));
    const processing = Array.from({ length: 50 }, (_, n) => record(n, 'passo'));
    const prompts = Array.from({ length: 50 }, (_, n) => record(n, 'sessão à noite, 睡眠'));
    const jsonl = (records: LogRecord[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    fs.writeFileSync(path.join(pkg, 'logs', 'processing.jsonl'), jsonl(processing));
    fs.writeFileSync(path.join(pkg, 'logs', 'prompts.jsonl'), jsonl(prompts));
    const longestLine = Math.max(...[...processing, ...prompts].map((r) => JSON.stringify(r).length));

    const decoded: number[] = [];
    const toString = Buffer.prototype.toString;
    vi.spyOn(Buffer.prototype, 'toString').mockImplementation(function (this: Buffer, ...args: unknown[]) {
      const text = toString.apply(this, args as Parameters<Buffer['toString']>);
      decoded.push(text.length);
      return text;
    });
    const read = readPackageRecords(pkg);
    vi.restoreAllMocks();

    expect(read).toEqual({ session_id: SESSION, compressed: false, processing, prompts });
    expect(Math.max(...decoded)).toBeLessThanOrEqual(longestLine);
  });

  it.each([false, true])('verify reads the processing records only, not the prompt records, most of the bytes (compressed: %s)', async (compress) => {
    const articles = path.join(temp(), 'articles');
    fs.mkdirSync(articles);
    fs.copyFileSync('test/fixtures/content/como_dormir_bem.md', path.join(articles, 'como_dormir_bem.md'));
    const options = { workDir: path.join(temp(), 'work'), logDir: path.join(temp(), 'logs'), outputDir: path.join(temp(), 'packages'), provider: 'offline' as const, schemaVersion: '1.1' as const, concurrency: 2, compress };
    const pkg = (await runPipeline(articles, options)).package.path;
    expect(readPackageRecords(pkg).prompts.length).toBeGreaterThan(0);

    const decoded: string[] = [];
    const toString = Buffer.prototype.toString;
    vi.spyOn(Buffer.prototype, 'toString').mockImplementation(function (this: Buffer, ...args: unknown[]) {
      const text = toString.apply(this, args as Parameters<Buffer['toString']>);
      decoded.push(text);
      return text;
    });
    const verified = verifyPackage(pkg);
    vi.restoreAllMocks();

    expect(verified).toMatchObject({ ok: true, problems: [] });
    expect(decoded.some((text) => text.includes('"event":"file.result"'))).toBe(true);
    expect(decoded.filter((text) => text.includes('"event":"llm.attempt"'))).toEqual([]);
  });

  it('names the line that is not a record', () => {
    const pkg = temp();
    fs.mkdirSync(path.join(pkg, 'logs'));
    fs.writeFileSync(path.join(pkg, 'logs', 'processing.jsonl'), `${JSON.stringify(record(1, 'passo'))}\n\nnot a record\n`);
    expect(() => readPackageRecords(pkg)).toThrow('line 3 of processing.jsonl is not a record');
  });
});
