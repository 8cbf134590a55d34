import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import type { LogRecord } from '../../src/records/types.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useBrowser } from './browser.js';

/** The viewer printed: the record list's first rows where the list begins, one after the other. */

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const at = (ms: number) => new Date(Date.parse('2025-01-18T17:30:45.000Z') + ms).toISOString();

function records(count: number): LogRecord[] {
  const list: LogRecord[] = [{ session: SESSION, time: at(0), level: 'info', stage: 'generate', event: 'stage.start', pid: 3, msg: 'generate started' }];
  for (let i = 1; i < count - 1; i++) list.push({ session: SESSION, time: at(i), level: 'info', stage: 'generate', event: 'step.output', pid: 3, msg: `step ${i}` });
  list.push({ session: SESSION, time: at(count), level: 'info', stage: 'generate', event: 'stage.end', pid: 3, msg: 'generate ok', data: { status: 'ok' } });
  return list;
}

describe('the viewer printed', () => {
  const temp = useTempDir('lyfe-kt-viewer-print-');
  const { open } = useBrowser();

  test('prints the records from the top of the list, with no blank the height of the whole list before them', async () => {
    const processing = records(300);
    const file = path.join(temp(), 'viewer.html');
    const jsonl = (list: LogRecord[]) => [list.map((r) => `${JSON.stringify(r)}\n`).join('')];
    const quality = { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] };
    await writeViewerPage(file, { title: 'print', session: summarizeSession(processing, []), quality }, { processing: jsonl(processing), prompts: [''] });
    const { page, errors } = await open(file);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    const placed = await page.evaluate(`(() => {
      const list = document.getElementById('record-list').getBoundingClientRect();
      const rows = [...document.querySelectorAll('#rows .row')].map((row) => row.getBoundingClientRect());
      return { rows: rows.length, firstGap: rows[0].top - list.top, listHeight: list.height, rowsHeight: rows[rows.length - 1].bottom - rows[0].top };
    })()`);
    expect(placed).toMatchObject({ rows: 300 });
    const { firstGap, listHeight, rowsHeight } = placed as { firstGap: number; listHeight: number; rowsHeight: number };
    // The list's border, and nothing else, before its first row; the list no taller than its rows.
    expect(firstGap).toBeLessThan(5);
    expect(listHeight - rowsHeight).toBeLessThan(10);
    expect(errors).toEqual([]);
  }, 120_000);
});
