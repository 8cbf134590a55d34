import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/**
 * A stage killed mid-way, as the viewer's timeline draws it: it has no end record, so its bar ends
 * where its records do, not where the session does (its packaging, an hour later), and says it
 * never ended.
 */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const at = (s: number): string => new Date(Date.parse('2025-01-18T17:30:45.000Z') + s * 1000).toISOString();

function records(): LogRecord[] {
  const log = (s: number, stage: LogRecord['stage'], event: string, pid: number, data?: Record<string, unknown>): LogRecord => ({
    session: SESSION,
    time: at(s),
    level: 'info',
    stage,
    event,
    pid,
    msg: event,
    ...(data ? { data } : {}),
  });
  return [
    log(0, 'session', 'session.start', 1),
    log(0, 'preprocess', 'stage.start', 1),
    log(10, 'preprocess', 'stage.end', 1, { status: 'ok', duration_ms: 10_000, files_in: 1, files_out: 2, files_invalid: 0 }),
    log(20, 'generate', 'stage.start', 2),
    { ...log(30, 'generate', 'file.result', 2, { valid: true }), input: ['a_filled_template.md'], output: ['a_beginner.json'] },
    // Killed here: packaged an hour later by another process.
    log(3600, 'package', 'stage.start', 3),
    log(3600, 'session', 'session.end', 3, { success: false, work_files: 4 }),
  ];
}

describe('the timeline of a session whose stage was killed', () => {
  const temp = useTempDir('lyfe-kt-viewer-timeline-');
  const { open } = useBrowser();

  test('ends the killed stage at its last record and marks it as never ended', async () => {
    const processing = records();
    const session = summarizeSession(processing, []);
    expect(session.stages.map((run) => [run.stage, run.status, run.end_time])).toEqual([
      ['preprocess', 'ok', at(10)],
      ['generate', 'unfinished', null],
      ['package', 'ok', at(3600)],
    ]);
    expect(session.end_time).toBe(at(3600));
    const file = path.join(temp(), 'viewer.html');
    await writeViewerPage(
      file,
      { title: 'killed', session, quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } },
      { processing: [processing.map((r) => `${JSON.stringify(r)}\n`).join('')], prompts: [''] },
    );
    const { page, errors } = await open(file);

    const lane = (label: string) => page.locator('#timeline-body .lane', { has: page.locator('.label', { hasText: label }) });
    const bar = async (label: string) => {
      const node = lane(label).locator('.bar');
      const style = await node.evaluate((element: { style: { left: string; width: string }; className: string; title: string }) => ({ left: element.style.left, width: element.style.width, className: element.className, title: element.title }));
      return { from: parseFloat(style.left), to: parseFloat(style.left) + parseFloat(style.width), className: style.className, title: style.title };
    };
    const percent = (s: number): number => (s / 3600) * 100;
    expect(await bar('preprocess #1')).toMatchObject({ from: 0, to: expect.closeTo(percent(10), 3), className: 'bar ok' });
    expect(await bar('generate #2')).toMatchObject({ from: expect.closeTo(percent(20), 3), to: expect.closeTo(percent(30), 3), className: 'bar unfinished' });
    expect((await bar('generate #2')).title).toBe('generate (process 2): never ended (no end record); its last record 10.0 s after its start');
    expect(await lane('generate #2').locator('.label').textContent()).toBe('generate #2 (never ended)');
    expect(errors).toEqual([]);
  }, 120_000);
});
