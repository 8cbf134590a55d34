import { describe, expect, it } from 'vitest';
import { SessionModel, summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { SESSION, SessionBuilder } from '../package/session-records.js';

/** The records of `builder` as those of session `id` (shards on other machines: same pids, other sessions). */
const as = (id: string, records: LogRecord[]): LogRecord[] => records.map((record) => ({ ...record, session: id, msg: record.msg.replace(SESSION, id) }));

/** A shard run by one process (pid 7 on every machine): preprocess, generate, packaged. */
function shard(start: string, article: string, options: { killedInGenerate?: boolean } = {}): SessionBuilder {
  const s = new SessionBuilder(start);
  s.sessionStart(7).stageStart('preprocess', 7);
  s.fileResult('preprocess', 7, article, [`${article}_filled_template.md`], { valid: true });
  s.stageEnd('preprocess', 7, { status: 'ok', files_in: 1, files_out: 1 }).stageStart('generate', 7);
  if (!options.killedInGenerate) {
    s.attempt('generate', 7, { call_id: `call_${article}`, input: [`${article}_filled_template.md`], output: [`${article}_beginner.json`] });
    s.fileResult('generate', 7, `${article}_filled_template.md`, [`${article}_beginner.json`], { valid: true, call_id: `call_${article}`, metrics: { mobile_optimization_score: 1, ari_persona_consistency: 1 } });
    s.stageEnd('generate', 7, { status: 'ok', files_in: 1, files_out: 1 });
  }
  s.stageStart('package', 7);
  s.log('session', 'session.end', 'ended', 7, { data: { success: !options.killedInGenerate, work_files: 2 } });
  return s;
}

function merged(shards: { id: string; builder: SessionBuilder }[]) {
  const model = new SessionModel();
  for (const { id, builder } of shards) for (const record of as(id, builder.processing)) model.add(record, 'processing');
  for (const { id, builder } of shards) for (const record of as(id, builder.prompts)) model.add(record, 'prompts');
  return model.result();
}

describe('the session model over several sessions (the shards of one run)', () => {
  const A = 'gha_1_1_matrix-0';
  const B = 'gha_1_1_matrix-1';

  it('tells processes apart by session: each shard has its runs, and each packaging ends by its own session end', () => {
    const summary = merged([
      { id: A, builder: shard('2026-01-01T10:00:00.000Z', 'a') },
      { id: B, builder: shard('2026-01-01T10:00:03.000Z', 'b') },
    ]);
    expect(summary.success).toBe(true);
    expect(summary.ended).toBe(true);
    expect(summary.stages.map((run) => `${run.stage} ${run.status}`)).toEqual(['preprocess ok', 'generate ok', 'package ok', 'preprocess ok', 'generate ok', 'package ok']);
    expect(summary.input_files).toEqual(['a', 'b']);
    expect(summary.output_files).toEqual(['a_beginner.json', 'b_beginner.json']);
    expect(summary.ai).toMatchObject({ total_api_calls: 2, calls: 2 });
    // From the earliest start to the latest end, over both.
    expect(summary.start_time).toBe('2026-01-01T10:00:01.000Z');
    expect(summary.end_time).toBe(as(B, shard('2026-01-01T10:00:03.000Z', 'b').processing).at(-1)!.time);
    // One session alone reads as before.
    const alone = shard('2026-01-01T10:00:00.000Z', 'a');
    expect(summarizeSession(alone.processing, alone.prompts)).toMatchObject({ success: true, ended: true, session_id: SESSION });
  });

  it('is a failure when one shard was killed, naming its stage, though another shard with the same pid went on', () => {
    const summary = merged([
      { id: A, builder: shard('2026-01-01T10:00:00.000Z', 'a', { killedInGenerate: true }) },
      { id: B, builder: shard('2026-01-01T10:00:01.500Z', 'b') },
    ]);
    expect(summary.success).toBe(false);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatchObject({ kind: 'unfinished', stage: 'generate', pid: 7 });
    expect(summary.failures[0].last_records.every((record) => record.session === A)).toBe(true);
    expect(summary.stages.filter((run) => run.stage === 'generate').map((run) => run.status)).toEqual(['unfinished', 'ok']);
  });

  it('is not ended while one of its sessions has no end', () => {
    const b = shard('2026-01-01T10:00:03.000Z', 'b');
    b.processing.pop();
    expect(merged([{ id: A, builder: shard('2026-01-01T10:00:00.000Z', 'a') }, { id: B, builder: b }]).ended).toBe(false);
  });
});
