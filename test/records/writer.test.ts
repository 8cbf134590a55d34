import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshSecrets } from '../../src/records/redact.js';
import { RecordFiles, type LogRecord, type RecordKind } from '../../src/records/types.js';
import { auditRecord, onRecord, record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-writer-');

describe('the record writer', () => {
  it('lets in-process listeners see each record exactly as the line written, redacted, until they stop', () => {
    const logDir = temp();
    const seen: [RecordKind, LogRecord][] = [];
    const stop = onRecord((kind, written) => seen.push([kind, written]));
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
    const lines = (kind: RecordKind) =>
      fs
        .readFileSync(path.join(logDir, RecordFiles[kind]), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as LogRecord);
    const processing = lines('processing');
    const prompts = lines('prompts');
    expect(processing).toHaveLength(2);
    expect(seen).toEqual([
      ['processing', processing[0]],
      ['prompts', prompts[0]],
    ]);
    expect(JSON.stringify(seen)).not.toContain('planted-writer-token-123');
    expect(JSON.stringify(seen)).not.toContain('abcdefgh12345678');
    // The line starts as readers expect it: level, time, then the session.
    expect(fs.readFileSync(path.join(logDir, RecordFiles.processing), 'utf8')).toMatch(/^\{"level":"info","time":"[^"]+","session":"sess_2026-01-01_00-00-00_00c0ffee",/);
  });
});
