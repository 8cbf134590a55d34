import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSessionRecords, recordFile } from '../../src/records/filter.js';
import { forEachRecord } from '../../src/records/parse.js';
import { sessionIndexFile } from '../../src/records/session-index.js';
import { Events } from '../../src/records/types.js';
import { record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * A write that failed half way (a full disk, a killed process) leaves the global file without a
 * final newline. The next writer starts a new line, so its first record is not glued to the torn
 * one and lost; readers skip the torn line and say so.
 */
const A = 'sess_2025-01-18_17-30-45_0a0a0a0a';
const B = 'sess_2025-01-18_17-31-02_0b0b0b0b';
const CONTENT = path.resolve('test/fixtures/content');

const temp = useTempDir('lyfe-kt-torn-');
const { start } = useChildren();

function tornRecordOf(session: string): string {
  const whole = JSON.stringify({ level: 'info', time: '2025-01-18T17:30:45.123Z', session, stage: 'generate', event: 'step.output', pid: 1, msg: 'cut short' });
  // Cut after the session key: the torn line still names its session.
  return whole.slice(0, whole.indexOf('"stage"') + 4);
}

describe('a torn last line', () => {
  it('is ended by the next writer: its first record is kept, the torn line skipped and counted', () => {
    const logDir = path.join(temp(), 'logs');
    const file = recordFile(logDir, 'processing');
    fs.mkdirSync(logDir);
    fs.writeFileSync(file, `${JSON.stringify({ level: 'info', time: '2025-01-18T17:30:44.000Z', session: A, stage: 'generate', event: 'stage.start', pid: 1, msg: 'whole' })}\n${tornRecordOf(A)}`);

    runInSession({ sessionId: B, stage: 'preprocess', logDir }, () => {
      record('info', Events.stageStart, 'first of B');
      record('info', Events.stageEnd, 'second of B');
    });

    expect(readSessionRecords(logDir, B, 'processing')).toMatchObject({ skipped: 0, records: [{ msg: 'first of B' }, { msg: 'second of B' }] });
    expect(readSessionRecords(logDir, A, 'processing')).toMatchObject({ skipped: 1, records: [{ msg: 'whole' }] });
    expect(forEachRecord(file, () => {})).toEqual({ records: 3, foreign: 1 });
    expect(fs.readFileSync(file, 'utf8').split('\n')).toHaveLength(5); // four lines, the last one ended
  });

  it('reaches the packages and `logs`: the next session packages whole, the torn one says what was skipped', async () => {
    const cwd = temp();
    const cli = (args: string[]): Promise<Exit> => start([CLI, ...args], { cwd, env: cliEnv() }).exit;
    const logDir = path.join(cwd, 'logs');
    const file = recordFile(logDir, 'processing');
    const first = await cli(['preprocess', 'file', path.join(CONTENT, 'como_dormir_bem.md'), 'a/02_preprocessed', '--work-dir', 'a', '--provider', 'offline', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const sessionA = (JSON.parse(first.stdout) as { session_id: string }).session_id;
    // The write that failed half way, and what its writer leaves in the session's index: the range
    // it was writing (the bytes are uncertain, so they are not copied), closed when its process exits.
    const torn = fs.statSync(file);
    fs.appendFileSync(file, tornRecordOf(sessionA));
    const writer = `${process.pid}-70a70a70`;
    fs.appendFileSync(sessionIndexFile(file, sessionA), `o ${writer} ${torn.ino} ${torn.size}\nr ${writer} ${torn.size} ${fs.statSync(file).size}\nc ${writer}\n`);

    const second = await cli(['preprocess', 'file', path.join(CONTENT, 'solidao_cronica.md'), 'b/02_preprocessed', '--work-dir', 'b', '--provider', 'offline', '--json']);
    expect(second.code, second.stderr).toBe(0);
    const sessionB = (JSON.parse(second.stdout) as { session_id: string }).session_id;
    const [packagedA, packagedB] = await Promise.all(
      (['a', 'b'] as const).map((work) => cli(['package', '--work-dir', work, '--output-dir', `packages-${work}`, '--json'])),
    );
    expect(packagedB.code, packagedB.stderr).toBe(0);
    expect(packagedA.code, packagedA.stderr).toBe(0);

    const packaged = (exit: Exit) => {
      const result = JSON.parse(exit.stdout) as { path: string; warnings: string[] };
      const logs = path.resolve(cwd, result.path, 'logs');
      return { warnings: result.warnings, logs, metadata: JSON.parse(fs.readFileSync(path.join(logs, 'metadata.json'), 'utf8')) as Record<string, unknown> };
    };
    const b = packaged(packagedB);
    expect(b.metadata).toMatchObject({ session_id: sessionB, package: { skipped_lines: 0 } });
    expect(b.warnings).toEqual([]);
    // B's first record, written right after the torn line, is in B's package.
    const bRecords = fs.readFileSync(path.join(b.logs, 'processing.jsonl'), 'utf8');
    expect((JSON.parse(bRecords.split('\n')[0]) as { event: string; session: string })).toMatchObject({ session: sessionB, event: Events.sessionStart });

    const a = packaged(packagedA);
    expect(a.metadata).toMatchObject({ session_id: sessionA, package: { skipped_lines: 1 } });
    expect(a.warnings).toEqual([expect.stringMatching(/^1 line\(s\) mentioning session .* are not whole records/)]);
    const logs = await cli(['logs', '--session', sessionA]);
    expect(logs.code).toBe(0);
    expect(logs.stdout + logs.stderr).toContain('1 line(s) mentioning the session are not records and were skipped');
  });
});
