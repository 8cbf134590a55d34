import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { writeViewerPage } from '../../src/package/viewer/page.js';
import { summarizeSession } from '../../src/records/session-model.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const LINE = `{"level":"info","time":"2025-01-18T17:30:45.000Z","session":"${SESSION}","stage":"generate","event":"stage.start","pid":9,"msg":"generate started"}\n`;
const view = { title: 'page', session: summarizeSession([], []), quality: { session_id: SESSION, counts: { error: 0, warning: 0, info: 0 }, issues: [] } };

/** The records embedded in the page's block `id`, uncompressed. */
function embedded(page: string, id: string): string {
  const data = new RegExp(`<script type="[^"]+" id="${id}">([A-Za-z0-9+/=]*)</script>`).exec(page)?.[1];
  return gunzipSync(Buffer.from(data ?? '', 'base64')).toString('utf8');
}

describe('the viewer page, written a part at a time', () => {
  const temp = useTempDir('lyfe-kt-page-');

  test('embeds records that come in many parts, whole and in order', async () => {
    const file = path.join(temp(), 'viewer.html');
    const lines = Array.from({ length: 2000 }, (_, n) => LINE.replace('generate started', `line ${n}`));
    await writeViewerPage(file, view, { processing: lines, prompts: [] });
    const page = fs.readFileSync(file, 'utf8');
    expect(embedded(page, 'lyfe-processing')).toBe(lines.join(''));
    expect(embedded(page, 'lyfe-prompts')).toBe('');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['viewer.html']);
  });

  test('a source that fails half way leaves no page and no temporary file, and says why', async () => {
    const dir = temp();
    async function* failing(): AsyncGenerator<string> {
      yield LINE;
      throw new Error('the records could not be read');
    }
    await expect(writeViewerPage(path.join(dir, 'viewer.html'), view, { processing: failing(), prompts: [] })).rejects.toThrow('the records could not be read');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
