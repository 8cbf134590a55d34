import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { Events, type AttemptData, type LogRecord } from '../../src/records/types.js';

export type AttemptRecord = LogRecord & { data: AttemptData };

/**
 * The attempt records of `logDir`'s prompt audit, in order. Each must follow the request record
 * written when it was sent, and every request must have its attempt record.
 */
export async function auditedAttempts(logDir: string): Promise<AttemptRecord[]> {
  const text = await readFile(path.join(logDir, 'prompts.jsonl'), 'utf8');
  const records = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AttemptRecord);
  const sent = new Set<string>();
  const done: AttemptRecord[] = [];
  for (const record of records) {
    const key = `${record.data.call_id}#${record.data.attempt}`;
    if (record.event === Events.llmRequest) sent.add(key);
    else {
      expect(record.event).toBe(Events.llmAttempt);
      expect(sent.has(key), `attempt ${key} has no request record before it`).toBe(true);
      done.push(record);
    }
  }
  expect(sent.size).toBe(done.length);
  return done;
}
