import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isViewerPage, writeViewerPage } from '../../src/package/viewer/page.js';
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

  test("tells a page it writes from one made by hand, by another version, or changed at all", async () => {
    const file = path.join(temp(), 'viewer.html');
    await writeViewerPage(file, { ...view, title: 'a <"title"> & more' }, { processing: [LINE, LINE], prompts: [LINE] });
    const page = fs.readFileSync(file);
    expect(isViewerPage(page)).toBe(true);
    const text = page.toString('utf8');
    const changed = (from: string | RegExp, to: string) => Buffer.from(text.replace(from, to));
    // A hand-made page with a script of its own and no Content-Security-Policy.
    expect(isViewerPage(Buffer.from('<!doctype html><title>x - lyfe-kt viewer</title><script>alert(1)</script>'))).toBe(false);
    expect(isViewerPage(changed(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''))).toBe(false);
    // A script put in an embedded block, or after the page's own.
    expect(isViewerPage(changed('id="lyfe-prompts">', 'id="lyfe-prompts"></script><script>alert(1)</script><script type="text/plain">'))).toBe(false);
    expect(isViewerPage(changed('id="lyfe-data">', 'id="lyfe-data">alert(1);'))).toBe(false);
    expect(isViewerPage(Buffer.concat([page, Buffer.from('<script>alert(1)</script>\n')]))).toBe(false);
    // One character of the script, or the version that wrote it.
    expect(isViewerPage(changed("'use strict';", "'use strict'; ;"))).toBe(false);
    expect(isViewerPage(changed(/content="lyfe-kt [^"]*"/, 'content="lyfe-kt 0.0.0-other"'))).toBe(false);
    // A title not escaped as lyfe-kt escapes it.
    expect(isViewerPage(changed('&#60;&#34;title&#34;&#62;', '<b>title</b>'))).toBe(false);
    expect(isViewerPage(Buffer.alloc(0))).toBe(false);
  });
});
