import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveLogs, readPackageLogs, removeArchivedLogs } from '../../src/package/archive.js';
import { MemberThread } from '../../src/package/gzip-thread.js';
import { buildManifest, entryOf, verifyPackage, writeManifest } from '../../src/package/manifest.js';
import { useTempDir } from '../helpers/temp-dir.js';

function makePackage(dir: string): void {
  const files: Record<string, string> = {
    '01_raw/a.md': '# A\n',
    '03_output/a_beginner.json': '{"title":"A"}\n',
    'logs/processing.log': 'line\n',
    'logs/prompts_audit.log': 'block\n',
    'logs/processing.jsonl': '',
    'logs/prompts.jsonl': '',
    'logs/metadata.json': '{"session_id":"x"}\n',
    'logs/execution_summary.md': '# Summary\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes[0] ^= 1;
  fs.writeFileSync(file, bytes);
}

describe('manifest and verify', () => {
  const temp = useTempDir();

  it('accepts an untouched package and names every changed, missing and added file', () => {
    const dir = temp();
    makePackage(dir);
    const manifest = writeManifest(dir);
    expect(Object.keys(manifest.files)).toHaveLength(8);
    expect(verifyPackage(dir)).toMatchObject({ ok: true, files: 8, digest: manifest.digest });

    flipByte(path.join(dir, '03_output/a_beginner.json'));
    fs.rmSync(path.join(dir, '01_raw/a.md'));
    fs.writeFileSync(path.join(dir, 'logs/extra.txt'), 'x');
    const result = verifyPackage(dir);
    expect(result).toMatchObject({ ok: false, changed: ['03_output/a_beginner.json'], missing: ['01_raw/a.md'], added: ['logs/extra.txt'] });
  });

  it('finds a manifest edited to match a changed file', () => {
    const dir = temp();
    makePackage(dir);
    writeManifest(dir);
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(path.join(dir, '01_raw/a.md'), '# B\n');
    manifest.files['01_raw/a.md'] = { sha256: 'f'.repeat(64), bytes: 4 };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const result = verifyPackage(dir);
    expect(result.ok).toBe(false);
    expect(result.changed).toEqual(['01_raw/a.md']);
    expect(result.problems[0]).toMatch(/digest/);
  });

  it('names an added file whose name is also a name every object has (constructor, toString, __proto__)', () => {
    const dir = temp();
    makePackage(dir);
    writeManifest(dir);
    for (const name of ['constructor', 'toString', '__proto__']) fs.writeFileSync(path.join(dir, name), 'x');
    expect(verifyPackage(dir)).toMatchObject({ ok: false, added: ['__proto__', 'constructor', 'toString'] });
  });

  it('refuses a manifest whose entry is not a digest and a size, naming the entry', () => {
    const dir = temp();
    makePackage(dir);
    writeManifest(dir);
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const entry of [null, 'abc', { sha256: 'f'.repeat(64) }, { sha256: 1, bytes: 4 }]) {
      fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: { ...manifest.files, '01_raw/a.md': entry } }));
      expect(() => verifyPackage(dir)).toThrow(expect.objectContaining({ name: 'LyfeError', message: expect.stringMatching(/^manifest\.json is damaged: its entry "01_raw\/a\.md" is not/), file: manifestFile }));
    }
  });

  it("digests a name with a line break or a backslash as sha256sum prints it, so that a digest names one package", () => {
    const dir = temp();
    makePackage(dir);
    const odd = ['01_raw/two\nlines.md', '01_raw/back\\slash.md', '01_raw/carriage\rreturn.md'];
    for (const name of odd) fs.writeFileSync(path.join(dir, name), `# ${name}\n`);
    const manifest = writeManifest(dir);
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(odd));
    expect(verifyPackage(dir)).toMatchObject({ ok: true, files: 11, problems: [] });
    // The lines digested are those `sha256sum` prints for the files in the manifest's order, and `sha256sum -c` takes them back.
    const lines = execFileSync('sha256sum', ['--', ...Object.keys(manifest.files).sort()], { cwd: dir });
    expect(lines.toString()).toContain('\\'.concat(manifest.files[odd[0]].sha256, '  01_raw/two\\nlines.md\n'));
    expect(createHash('sha256').update(lines).digest('hex')).toBe(manifest.digest);
    expect(execFileSync('sha256sum', ['-c', '--quiet', '-'], { cwd: dir, input: lines }).toString()).toBe('');

    // One file whose name holds the line of another is not the package of both files.
    const one = path.join(temp(), 'one');
    const two = path.join(temp(), 'two');
    for (const folder of [one, two]) fs.mkdirSync(folder);
    const second = '# second\n';
    fs.writeFileSync(path.join(one, `a\n${entryOf(Buffer.from(second)).sha256}  b`), '# first\n');
    fs.writeFileSync(path.join(two, 'a'), '# first\n');
    fs.writeFileSync(path.join(two, 'b'), second);
    expect(buildManifest(one).digest).not.toBe(buildManifest(two).digest);
  });

  it('says a digest of an older lyfe-kt, made of a line break in a name as it is, may name another package too', () => {
    const dir = temp();
    makePackage(dir);
    fs.writeFileSync(path.join(dir, '01_raw/two\nlines.md'), '# two\n');
    const manifest = writeManifest(dir);
    const unescaped = createHash('sha256');
    for (const name of Object.keys(manifest.files).sort()) unescaped.update(`${manifest.files[name].sha256}  ${name}\n`);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, digest: unescaped.digest('hex') }));
    const result = verifyPackage(dir);
    expect(result).toMatchObject({ ok: false, changed: [], missing: [], added: [] });
    expect(result.problems).toEqual([expect.stringMatching(/^the manifest digest was made by an older lyfe-kt/)]);
  });

  it('names a file grown past what Node reads at once (2 GiB) as changed, without reading it', () => {
    const dir = temp();
    makePackage(dir);
    writeManifest(dir);
    // Sparse: no byte of it is written.
    fs.truncateSync(path.join(dir, '01_raw/a.md'), 3 * 1024 ** 3);
    expect(verifyPackage(dir)).toMatchObject({ ok: false, changed: ['01_raw/a.md'], crlf: [] });
  });

  it('checks compressed logs by the archive, and reads them back', async () => {
    const dir = temp();
    makePackage(dir);
    const logsDir = path.join(dir, 'logs');
    const thread = new MemberThread();
    const archived = await archiveLogs(logsDir, thread, new Map(), new Date('2026-01-02T03:04:05Z')).finally(() => thread.close());
    expect(archived.before).toBe('line\nblock\n'.length);
    removeArchivedLogs(logsDir, true);
    expect(fs.readdirSync(logsDir).sort()).toEqual(['execution_summary.md', 'metadata.json', 'records.tar.gz']);
    // The archive's digest, taken as it was written, is the one its bytes have; the members need
    // none of their own, the archive holding every byte of them.
    const manifest = writeManifest(dir, new Map([['logs/records.tar.gz', archived.digest]]));
    expect(manifest).toEqual(buildManifest(dir));
    expect(manifest).not.toHaveProperty('archives');
    expect(verifyPackage(dir).ok).toBe(true);
    // A manifest of an earlier version, listing the members, verifies as well.
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, archives: { 'logs/records.tar.gz': { 'processing.log': { sha256: 'f'.repeat(64), bytes: 5 } } } }));
    expect(verifyPackage(dir).ok).toBe(true);
    const logs = readPackageLogs(dir);
    expect(logs.compressed).toBe(true);
    expect(logs.files.get('processing.log')?.toString()).toBe('line\n');
    expect([...logs.files.keys()].sort()).toEqual(['execution_summary.md', 'metadata.json', 'processing.jsonl', 'processing.log', 'prompts.jsonl', 'prompts_audit.log']);
    flipByte(path.join(dir, 'logs/records.tar.gz'));
    expect(() => verifyPackage(dir)).not.toThrow();
    expect(verifyPackage(dir).changed).toEqual(['logs/records.tar.gz']);
  });
});
