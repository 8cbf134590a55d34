import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { zipFolder } from '../helpers/zip.js';

/** `lyfe-kt view` on a package, an artifact zip and a package from before viewers; `--fail-on` on run and generate. */

const CONTENT = path.resolve('test/fixtures/content');
const { start } = useChildren();
const temp = useTempDir('lyfe-kt-view-');

function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(env), timeoutMs: 60_000 }).exit;
}

/** `dir` zipped into `file`, as GitHub's artifact service serves it. */
function zipInto(dir: string, file: string): string {
  fs.writeFileSync(file, zipFolder(dir));
  return file;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('lyfe-kt view and --fail-on', () => {
  test("does not read through a package's viewer.html that is a symbolic link (to a device that never ends, or to another package's page)", async () => {
    const cwd = temp();
    const run = await cli(cwd, ['run', CONTENT, '--title', 'lessons']);
    expect(run.code, run.stderr).toBe(0);
    const pkg = path.join(cwd, 'packages', fs.readdirSync(path.join(cwd, 'packages'))[0]!);
    const own = path.join(pkg, 'logs', 'viewer.html');
    const other = path.join(cwd, 'other-viewer.html');
    fs.renameSync(own, other);
    for (const target of ['/dev/zero', other]) {
      fs.rmSync(own, { force: true });
      fs.symlinkSync(target, own);
      const shown = await start([CLI, 'view', pkg, '--json'], { cwd, env: cliEnv({}), timeoutMs: 20_000 }).exit;
      expect(shown.code, `${target}: ${shown.stderr}`).toBe(0);
      expect(JSON.parse(shown.stdout), target).toMatchObject({ how: 'written', written: 'not-lyfe-kt' });
    }
  }, 120_000);

  test('finds a package viewer, takes it out of an artifact zip, and writes one for a package from before viewers', async () => {
    const cwd = temp();
    const run = await cli(cwd, ['run', CONTENT, '--compress', '--title', 'lessons']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/quality issues: \d+ warnings?; see them with their records: lyfe-kt view packages\/lessons-/);
    const pkg = path.join(cwd, 'packages', fs.readdirSync(path.join(cwd, 'packages'))[0]!);
    const own = path.join(pkg, 'logs', 'viewer.html');

    const found = await cli(cwd, ['view', pkg, '--json']);
    expect(found.code, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout)).toEqual({ path: own, how: 'found' });

    const zip = zipInto(pkg, path.join(cwd, 'lyfe-kt-lessons.zip'));
    // Out of the zip into a folder of its own under TMPDIR, new at each view: a link another user
    // planted where a fixed path would be is not followed.
    const tmp = path.join(cwd, 'tmp');
    const victim = path.join(cwd, 'victim.txt');
    fs.writeFileSync(victim, 'untouched');
    fs.mkdirSync(path.join(tmp, 'lyfe-kt-view', 'lyfe-kt-lessons'), { recursive: true });
    fs.symlinkSync(victim, path.join(tmp, 'lyfe-kt-view', 'lyfe-kt-lessons', 'viewer.html'));
    const extracted = await cli(cwd, ['view', zip], { TMPDIR: tmp });
    expect(extracted.code, extracted.stderr).toBe(0);
    const page = extracted.stdout.trim();
    expect(sha(page)).toBe(sha(own));
    expect(path.dirname(path.dirname(page))).toBe(tmp);
    expect(path.basename(path.dirname(page))).toMatch(/^lyfe-kt-view-lyfe-kt-lessons-\w{6}$/);
    expect(fs.statSync(path.dirname(page)).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched');
    const again = await cli(cwd, ['view', zip], { TMPDIR: tmp });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).not.toBe(page);

    // A page made by hand (a fork's pull request may carry one, with a manifest to match) is not
    // handed back, from the folder or from a zip: a page is written from the package's records.
    const ownBytes = fs.readFileSync(own);
    const forged = '<!doctype html><title>lessons - lyfe-kt viewer</title><script>document.title = "ran"</script>\n';
    fs.writeFileSync(own, forged);
    for (const given of [pkg, zipInto(pkg, path.join(cwd, 'forged.zip'))]) {
      const rewritten = await cli(cwd, ['view', given, '--json'], { TMPDIR: tmp });
      expect(rewritten.code, rewritten.stderr).toBe(0);
      const shown = JSON.parse(rewritten.stdout);
      expect(shown).toMatchObject({ how: 'written', written: 'not-lyfe-kt' });
      expect(path.dirname(path.dirname(shown.path))).toBe(tmp);
      expect(rewritten.stderr).toContain("the package's logs/viewer.html is not a page this lyfe-kt");
      const html = fs.readFileSync(shown.path, 'utf8');
      expect(html).not.toContain('document.title = "ran"');
      expect(html).toContain('Content-Security-Policy');
      // Written from the package's own records.
      expect(html.split('id="lyfe-processing"').length).toBe(2);
    }
    expect(fs.readFileSync(own, 'utf8')).toBe(forged);
    // Only lyfe-kt's temporary folders were left: the records taken out of the zip were removed.
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('lyfe-kt-view-package-'))).toEqual([]);
    fs.writeFileSync(own, ownBytes);

    // A package from before viewers (compressed, too): the viewer is written outside it, the package is left as it is.
    fs.rmSync(own);
    const written = await cli(cwd, ['view', pkg, '--json']);
    expect(written.code, written.stderr).toBe(0);
    const result = JSON.parse(written.stdout);
    expect(result).toMatchObject({ how: 'written', written: 'no-viewer' });
    expect(path.dirname(result.path)).not.toBe(path.join(pkg, 'logs'));
    expect(fs.existsSync(own)).toBe(false);
    expect(written.stderr).toContain('the package has no viewer');
    const html = fs.readFileSync(result.path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="lyfe-processing"');

    const missing = await cli(cwd, ['view', path.join(cwd, 'nothing-here')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such package or artifact zip');
  }, 180_000);

  test('writes a viewer for the artifact zip of a package from before viewers, as for its folder', async () => {
    const cwd = temp();
    // Made by lyfe-kt as it was on 2026-11-25 (c6ccd6e, `run --compress`): no logs/viewer.html, and
    // its manifest still lists the archive's members.
    const old = path.resolve('test/fixtures/old-packages/before-viewers-2026-12-03-22-31');
    const tmp = path.join(cwd, 'tmp');
    fs.mkdirSync(tmp);
    // An artifact's zip holds the package's folder: a folder holding that package alone.
    const artifact = path.join(cwd, 'artifact');
    fs.cpSync(old, path.join(artifact, path.basename(old)), { recursive: true });
    for (const [name, folder] of [['artifact.zip', artifact], ['flat.zip', old]] as const) {
      const zip = zipInto(folder, path.join(cwd, name));
      const written = await cli(cwd, ['view', zip, '--json'], { TMPDIR: tmp });
      expect(written.code, written.stderr).toBe(0);
      const result = JSON.parse(written.stdout);
      expect(result).toMatchObject({ how: 'written', written: 'no-viewer' });
      expect(path.dirname(path.dirname(result.path))).toBe(tmp);
      expect(written.stderr).toContain('the package has no viewer');
      const html = fs.readFileSync(result.path, 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html.split('id="lyfe-processing"').length).toBe(2);
    }
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('lyfe-kt-view-package-'))).toEqual([]);

    // A zip that holds no package at all is still refused, naming what it lacks.
    const other = path.join(cwd, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'no package here');
    const none = await cli(cwd, ['view', zipInto(other, path.join(cwd, 'other.zip'))]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('other.zip: the zip holds no package');

    // A package in a zip whose records cannot be read is named by the zip, not by the folder it
    // was taken out into (removed by then), with or without a page of its own.
    const empty = path.join(cwd, 'empty', 'lessons-2026-01-01-00-00');
    fs.mkdirSync(path.join(empty, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(empty, 'manifest.json'), '{}\n');
    fs.writeFileSync(path.join(empty, 'logs', 'metadata.json'), '{}\n');
    for (const page of [false, true]) {
      if (page) fs.writeFileSync(path.join(empty, 'logs', 'viewer.html'), '<!doctype html><title>made by hand</title>\n');
      const zip = zipInto(path.dirname(empty), path.join(cwd, `empty-${page}.zip`));
      const failed = await cli(cwd, ['view', zip], { TMPDIR: tmp });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`lyfe-kt: ${zip}: the package holds no records (lessons-2026-01-01-00-00/ in the zip)`);
      expect(failed.stderr).not.toContain(tmp);
    }
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('lyfe-kt-view-package-'))).toEqual([]);
  }, 120_000);

  test('--fail-on turns quality issues into exit code 5, from the flag or LYFE_KT_FAIL_ON; empty never fails', async () => {
    const cwd = temp();
    // The offline provider builds cards from the article's own sentences: copied-from-source warnings, no error.
    const warning = await cli(cwd, ['run', CONTENT, '--work-dir', 'w1', '--fail-on', 'warning']);
    expect(warning.code, warning.stderr).toBe(5);
    expect(warning.stderr).toMatch(/quality_issues\.json: quality issues at or above --fail-on warning: \d+ warnings/);
    expect((await cli(cwd, ['run', CONTENT, '--work-dir', 'w2'], { LYFE_KT_FAIL_ON: 'error' })).code).toBe(0);
    expect((await cli(cwd, ['run', CONTENT, '--work-dir', 'w3'], { LYFE_KT_FAIL_ON: '' })).code).toBe(0);
    const bad = await cli(cwd, ['run', CONTENT, '--work-dir', 'w4'], { LYFE_KT_FAIL_ON: 'sometimes' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected error or warning');

    const pre = await cli(cwd, ['preprocess', 'file', path.join(CONTENT, 'como_dormir_bem.md'), 'w5/02_preprocessed', '--work-dir', 'w5']);
    expect(pre.code, pre.stderr).toBe(0);
    const generated = await cli(cwd, ['generate', 'directory', 'w5/02_preprocessed', 'w5/03_output', '--work-dir', 'w5'], { LYFE_KT_FAIL_ON: 'warning' });
    expect(generated.code, generated.stderr).toBe(5);
    // Each issue printed with its file and its place in it, as the summary lists it.
    expect(generated.stderr).toMatch(/warning Q1 copied-from-source como_dormir_bem_filled_template_(beginner|advanced)\.json at \$\.flexibleItems\[\d\]\.content: /);
  }, 180_000);

  test('generate --fail-on --quiet still lists the issues its failure names: --quiet keeps warnings and errors', async () => {
    const cwd = temp();
    const pre = await cli(cwd, ['preprocess', 'file', path.join(CONTENT, 'como_dormir_bem.md'), 'work/02_preprocessed', '--quiet']);
    expect(pre.code, pre.stderr).toBe(0);
    const generated = await cli(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output', '--fail-on', 'warning', '--quiet']);
    expect(generated.code, generated.stderr).toBe(5);
    expect(generated.stderr).toContain('Fix the files named above');
    expect(generated.stderr).toMatch(/^warning Q1 copied-from-source como_dormir_bem_filled_template_(beginner|advanced)\.json at \$\.flexibleItems\[\d\]\.content: /m);
    // Progress and notes stay quiet.
    expect(generated.stderr).not.toMatch(/^\[1\/1\]|^provider |^generated /m);
  }, 60_000);
});
