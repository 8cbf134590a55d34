import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { isWithin } from '../../src/files.js';
import { createOfflineProvider } from '../../src/pipeline/offline/provider.js';
import { generateFiles } from '../../src/pipeline/generate.js';
import { listMarkdown, listMarkdownFiles, readMarkdown } from '../../src/pipeline/inputs.js';
import { preprocessTemplates } from '../../src/pipeline/preprocess.js';
import { CONTENT, inSession, newStats, withTempDir } from './support.js';

const options = { provider: createOfflineProvider(), schemaVersion: '1.1' as const, concurrency: 4 };

/** The error `fn` throws; fails the test when it throws nothing or something else. */
function thrown(fn: () => unknown): LyfeError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LyfeError);
    return error as LyfeError;
  }
  throw new Error('expected a LyfeError, nothing was thrown');
}

const badInputs: { name: string; file: string; bytes: Buffer | string; message: RegExp; fix: RegExp }[] = [
  { name: 'an empty file', file: 'empty.md', bytes: '', message: /empty/, fix: /Write the article/ },
  { name: 'a file of blank lines', file: 'blank.md', bytes: '\n  \n\n', message: /empty/, fix: /Write the article/ },
  { name: 'a binary file', file: 'image.md', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), message: /binary/, fix: /UTF-8 markdown/ },
  { name: 'a file that is not UTF-8', file: 'latin1.md', bytes: Buffer.from('# Solidão e saúde\n\nA solidão faz mal à saúde.\n', 'latin1'), message: /not UTF-8/, fix: /UTF-8/ },
  { name: 'a UTF-16 file (Notepad\'s "Unicode", PowerShell\'s >)', file: 'utf16.md', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Sono\n\nDormir bem.\n', 'utf16le')]), message: /is UTF-16 text/, fix: /iconv -f UTF-16 -t UTF-8/ },
  { name: 'a UTF-16 big-endian file', file: 'utf16be.md', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# Sono\n\nDormir bem.\n', 'utf16le').swap16()]), message: /is UTF-16 text/, fix: /iconv -f UTF-16 -t UTF-8/ },
  { name: 'a UTF-8 file with one byte that is not', file: 'stray.md', bytes: Buffer.concat([Buffer.from('# Solidão\n\nA solidão faz mal à saúde.\nUma aspa '), Buffer.from([0x93]), Buffer.from('de Windows.\n')]), message: /line 4, column 10/, fix: /line 4/ },
  { name: 'broken YAML frontmatter', file: 'broken.md', bytes: '---\ntitle: "unclosed\ntags: [a, b\n---\n\n# Title\n\nText.\n', message: /YAML frontmatter is broken/, fix: /Fix the YAML/ },
  { name: 'frontmatter never closed', file: 'open.md', bytes: '---\ntitle: Sono\n\n# Sono\n\nDormir bem.\n', message: /never closed/, fix: /---/ },
  { name: 'frontmatter that is not a mapping', file: 'list.md', bytes: '---\n- a\n- b\n---\n\nText.\n', message: /not a mapping/, fix: /key: value/ },
  { name: 'TOML frontmatter (between `+++` lines, as Hugo writes it)', file: 'hugo.md', bytes: '+++\ntitle = "Sono"\ndate = 2024-05-01\n+++\n\n# Sono\n\nDormir bem.\n', message: /TOML frontmatter/, fix: /YAML between `---` lines/ },
  { name: 'frontmatter with no text after it', file: 'header-only.md', bytes: '---\ntitle: Sono\n---\n', message: /no text/, fix: /Write the article/ },
];

describe('reading inputs', () => {
  test("a folder's linked article is read when the link leads inside the folder, and refused when it leads outside", async () => {
    await withTempDir(async (dir) => {
      const inputs = path.join(dir, 'in');
      fs.mkdirSync(path.join(inputs, 'drafts'), { recursive: true });
      fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(inputs, 'drafts', 'sono.md'));
      fs.symlinkSync('drafts/sono.md', path.join(inputs, 'sono.md'));
      expect(listMarkdown(inputs)).toEqual([path.join(inputs, 'sono.md')]);

      fs.writeFileSync(path.join(dir, 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
      fs.symlinkSync('../config', path.join(inputs, 'notes.md'));
      const error = thrown(() => listMarkdown(inputs));
      expect(error.file).toBe(path.join(inputs, 'notes.md'));
      expect(error.message).toBe(`is a link to ${fs.realpathSync(path.join(dir, 'config'))}, outside ${inputs}: a folder's articles are read from inside it only`);
    });
  });

  test("a link to a hidden file inside the folder is refused, as the hidden file itself is left out: a checkout's .git/config holds its token", async () => {
    await withTempDir(async (dir) => {
      fs.mkdirSync(path.join(dir, '.git'));
      fs.writeFileSync(path.join(dir, '.git', 'config'), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
      fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(dir, 'sono.md'));
      fs.symlinkSync('.git/config', path.join(dir, 'notes.md'));
      for (const recursive of [false, true]) {
        const error = thrown(() => listMarkdownFiles(dir, { recursive }));
        expect(error.file).toBe(path.join(dir, 'notes.md'));
        expect(error.message).toBe(`is a link to ${fs.realpathSync(path.join(dir, '.git', 'config'))}, a hidden file (named from a dot or in a folder that is): a folder's articles are never read from those`);
      }
    });
  });

  test('hidden files and the files of hidden folders are left out and named: a draft, macOS\'s ._ copies, .github/', async () => {
    await withTempDir(async (dir) => {
      const inputs = path.join(dir, '.content');
      fs.mkdirSync(path.join(inputs, '.github'), { recursive: true });
      fs.mkdirSync(path.join(inputs, 'part'), { recursive: true });
      for (const name of ['sono.md', '.draft.md', '._sono.md', '.github/PULL_REQUEST_TEMPLATE.md', 'part/solidao.md', 'part/.x.md']) fs.writeFileSync(path.join(inputs, name), '# t\n\ntext\n');
      // The folder given may itself be hidden: only the names below it count.
      expect(listMarkdownFiles(inputs)).toMatchObject({ files: [path.join(inputs, 'sono.md')], hidden: [path.join(inputs, '._sono.md'), path.join(inputs, '.draft.md')] });
      expect(listMarkdownFiles(inputs, { recursive: true })).toMatchObject({
        files: [path.join(inputs, 'part/solidao.md'), path.join(inputs, 'sono.md')],
        hidden: ['._sono.md', '.draft.md', '.github/PULL_REQUEST_TEMPLATE.md', 'part/.x.md'].map((name) => path.join(inputs, name)),
      });
      fs.rmSync(path.join(inputs, 'sono.md'));
      fs.rmSync(path.join(inputs, 'part'), { recursive: true });
      expect(thrown(() => listMarkdownFiles(inputs)).message).toBe('contains no .md files (2 hidden (named from a dot))');
    });
  });

  for (const bad of badInputs) {
    test(`${bad.name}: an error naming the file and the fix, and nothing written`, async () => {
      await withTempDir(async (dir) => {
        const inputs = path.join(dir, 'in');
        fs.mkdirSync(inputs);
        // A good file next to the bad one: nothing is written for it either.
        fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(inputs, 'a_good.md'));
        const file = path.join(inputs, bad.file);
        fs.writeFileSync(file, bad.bytes);

        const error = thrown(() => readMarkdown(file));
        expect(error.file).toBe(file);
        expect(error.message).toMatch(bad.message);
        expect(error.fix).toMatch(bad.fix);
        expect(error.oneLine()).toContain(bad.file);

        const out = path.join(dir, 'out');
        await expect(inSession(dir, 'preprocess', () => preprocessTemplates(listMarkdown(inputs), out, options, newStats()))).rejects.toThrow(bad.message);
        expect(fs.existsSync(out)).toBe(false);
        const reports = path.join(dir, 'reports');
        await expect(inSession(dir, 'generate', () => generateFiles(listMarkdown(inputs), out, reports, options, newStats()))).rejects.toThrow(bad.message);
        expect(fs.existsSync(out)).toBe(false);
        expect(fs.existsSync(reports)).toBe(false);
      });
    });
  }

  test('a file not UTF-8 from its first byte is converted whole; one that is UTF-8 but for a few bytes has them fixed, never converted', async () => {
    await withTempDir(async (dir) => {
      const latin1 = path.join(dir, 'latin1.md');
      fs.writeFileSync(latin1, Buffer.from('# Solidão e saúde\n\nA solidão faz mal à saúde.\n', 'latin1'));
      expect(thrown(() => readMarkdown(latin1)).oneLine()).toBe(
        `${latin1}: is not UTF-8 text: line 1, column 8 has the byte 0xE3. Re-save it as UTF-8 (from Latin-1 or Windows-1252: \`iconv -f WINDOWS-1252 -t UTF-8\`)`,
      );
      // Converting it whole would garble every accented letter of the rest, which is UTF-8.
      const stray = path.join(dir, 'stray.md');
      fs.writeFileSync(stray, Buffer.concat([Buffer.from('# Solidão\n\nA solidão faz mal à saúde.\nUma aspa '), Buffer.from([0x93]), Buffer.from('de Windows.\n')]));
      const error = thrown(() => readMarkdown(stray));
      expect(error.oneLine()).toBe(`${stray}: is not UTF-8 text: line 4, column 10 has the byte 0x93. Retype the character at line 4, column 10 in an editor: the rest of the file is UTF-8, which converting the whole file would garble`);
    });
  });

  test("a subfolder that cannot be read stops no listing of the folder's own articles; with recursive, the error names that subfolder", async () => {
    await withTempDir(async (dir) => {
      fs.mkdirSync(path.join(dir, 'drafts', 'private'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'sono.md'), '# Sono\n\nDormir bem.\n');
      fs.writeFileSync(path.join(dir, 'drafts', 'ideia.md'), '# Ideia\n\nTexto.\n');
      const locked = path.join(dir, 'drafts', 'private');
      // Root reads every folder: the refusal another user gets (a folder of another owner, mode 700) is played here.
      const readdir = fs.readdirSync;
      vi.spyOn(fs, 'readdirSync').mockImplementation(((folder: fs.PathLike, options?: { recursive?: boolean }) => {
        const at = path.resolve(String(folder));
        if (at === locked || (options?.recursive && isWithin(at, locked))) {
          throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: 'EACCES', syscall: 'scandir', path: locked });
        }
        return readdir(folder, options as never);
      }) as typeof fs.readdirSync);
      try {
        expect(listMarkdownFiles(dir).files).toEqual([path.join(dir, 'sono.md')]);
        const error = thrown(() => listMarkdownFiles(dir, { recursive: true }));
        expect(error.file).toBe(locked);
        expect(error.message).toMatch(/^cannot be read \(EACCES\)/);
      } finally {
        vi.restoreAllMocks();
      }
    });
  });

  test('a link that leads back to itself is named as a loop, not as a link to a missing file', async () => {
    await withTempDir(async (dir) => {
      fs.symlinkSync('b.md', path.join(dir, 'a.md'));
      fs.symlinkSync('a.md', path.join(dir, 'b.md'));
      const error = thrown(() => listMarkdown(dir));
      expect(error.file).toBe(path.join(dir, 'a.md'));
      expect(error.oneLine()).toBe(`${path.join(dir, 'a.md')}: is a link that leads back to itself (a loop of links). Remove the link, or put the article itself in the folder`);
    });
  });

  test('a file whose name is not UTF-8 (unzipped from Windows-1252) is named as such, not as missing', async () => {
    await withTempDir(async (dir) => {
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/solid`), Buffer.from([0xe3]), Buffer.from('o.md')]), '# Solidão\n\nTexto.\n');
      const [file] = listMarkdown(dir);
      expect(file).toBe(path.join(dir, 'solid\ufffdo.md'));
      expect(thrown(() => readMarkdown(file!)).oneLine()).toBe(
        `${file}: its name is not UTF-8 text (a byte of it shows as \ufffd), so it cannot be opened by that name. Rename it with a UTF-8 name (\`convmv -f cp1252 -t utf-8 --notest\` renames files named in Windows-1252 or Latin-1)`,
      );
    });
  });

  test('a missing file', () => {
    const error = thrown(() => readMarkdown('no/such/article.md'));
    expect(error.oneLine()).toBe('no/such/article.md: no such file. Check the path; it is read relative to the current directory');
  });

  test('a file whose name is not a markdown name', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'notes.txt');
      fs.writeFileSync(file, '# Notes\n\nText.\n');
      expect(thrown(() => readMarkdown(file)).oneLine()).toBe(`${file}: is not a markdown file: its name does not end in .md or .markdown. Rename it to end in .md if it is a markdown article`);
      const out = path.join(dir, 'out');
      await expect(inSession(dir, 'preprocess', () => preprocessTemplates([file], out, options, newStats()))).rejects.toThrow(/not a markdown file/);
      expect(fs.existsSync(out)).toBe(false);
    });
  });

  test('a directory given as a file', () => {
    expect(thrown(() => readMarkdown(CONTENT)).oneLine()).toMatch(/is a directory.*`directory` form/);
  });

  test('a missing directory', () => {
    expect(thrown(() => listMarkdown('no/such/folder')).oneLine()).toMatch(/^no\/such\/folder: no such directory/);
  });

  test('a file given as a directory', () => {
    expect(thrown(() => listMarkdown(path.join(CONTENT, 'como_dormir_bem.md'))).oneLine()).toMatch(/is a file, not a directory/);
  });

  test('a directory with no .md', async () => {
    await withTempDir(async (dir) => {
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not markdown');
      fs.mkdirSync(path.join(dir, 'sub.md'));
      const error = thrown(() => listMarkdown(dir));
      expect(error.file).toBe(dir);
      expect(error.oneLine()).toMatch(/contains no \.md files \(sub\.md is a folder\)\. Put the markdown articles/);
    });
  });

  test('lists the .md files of a folder sorted by name', async () => {
    await withTempDir(async (dir) => {
      for (const name of ['b.md', 'A.md', 'a.md', 'c.MD', 'skip.txt']) fs.writeFileSync(path.join(dir, name), '# x\n\ntext\n');
      expect(listMarkdown(dir).map((file) => path.basename(file))).toEqual(['A.md', 'a.md', 'b.md', 'c.MD']);
    });
  });

  test('reads frontmatter and body, and strips no content', () => {
    const input = readMarkdown(path.join(CONTENT, 'solidao_cronica.md'));
    expect(input.name).toBe('solidao_cronica');
    expect(input.frontmatter).toEqual({});
    expect(input.body).toBe(input.text);
  });

  test('an empty frontmatter (`---` then `---`, as Jekyll and Hugo pages open) is read as none, up to its own closing line', async () => {
    await withTempDir(async (dir) => {
      // The `---` further down is a horizontal rule of the article.
      for (const [name, body, eol] of [
        ['empty.md', '\n# Sono\n\nDormir bem.\n\n---\n\nMais texto.\n', '\n'],
        ['empty-crlf.md', '\r\n# Sono\r\n\r\nDormir bem.\r\n', '\r\n'],
      ] as const) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, `---${eol}---${eol}${body}`);
        expect(readMarkdown(file)).toMatchObject({ frontmatter: {}, body });
      }
    });
  });

  test('an opening `---` line with spaces after it opens the frontmatter, as a closing one with them closes it', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'sono.md');
      fs.writeFileSync(file, '--- \ntitle: Sono\nlanguage: pt\n---\t\n\n# Sono\n\nDormir bem.\n');
      expect(readMarkdown(file)).toMatchObject({ frontmatter: { title: 'Sono', language: 'pt' }, body: '\n# Sono\n\nDormir bem.\n' });
      fs.writeFileSync(file, '---  \r\ntitle: Sono\r\n\r\n# Sono\r\n');
      expect(thrown(() => readMarkdown(file)).message).toBe('the YAML frontmatter opened with `---` is never closed');
    });
  });

  test("a frontmatter closed with `...`, YAML's end of document as Pandoc writes it, is read as one closed with `---`", async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'sono.md');
      // The `---` further down is a horizontal rule of the article, not the frontmatter's end.
      for (const eol of ['\n', '\r\n']) {
        const body = `${eol}# Sono${eol}${eol}Dormir bem.${eol}${eol}---${eol}${eol}Mais texto.${eol}`;
        fs.writeFileSync(file, `---${eol}title: Sono${eol}language: pt${eol}... ${eol}${body}`);
        expect(readMarkdown(file)).toMatchObject({ frontmatter: { title: 'Sono', language: 'pt' }, body });
      }
      fs.writeFileSync(file, '---\n...\n# Sono\n\nDormir bem.\n');
      expect(readMarkdown(file)).toMatchObject({ frontmatter: {}, body: '# Sono\n\nDormir bem.\n' });
      // Only a frontmatter opened with `---` ends so: `...` at the top of an article is its text.
      fs.writeFileSync(file, '...\nDormir bem.\n');
      expect(readMarkdown(file)).toMatchObject({ frontmatter: {}, body: '...\nDormir bem.\n' });
    });
  });

  test('two inputs that would write the same outputs are refused before anything is written', async () => {
    await withTempDir(async (dir) => {
      for (const sub of ['one', 'two']) {
        fs.mkdirSync(path.join(dir, sub));
        fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(dir, sub, 'sono.md'));
      }
      const out = path.join(dir, 'out');
      await expect(
        inSession(dir, 'preprocess', () => preprocessTemplates([path.join(dir, 'one/sono.md'), path.join(dir, 'two/sono.md')], out, options, newStats())),
      ).rejects.toThrow(/same name/);
      expect(fs.existsSync(out)).toBe(false);
    });
  });

  // macOS and Windows tell neither apart: there one article's files would replace the other's, and
  // a package made on Linux would lose one when unpacked there. Read, the two names look the same.
  for (const [what, first, second] of [
    ['only in case', 'Sono.md', 'sono.md'],
    ['only in how an accent is encoded (NFC, NFD)', 'ca\u00e7\u00e3o.md', 'cac\u0327a\u0303o.md'],
  ] as const) {
    test(`two inputs whose names differ ${what} are refused before anything is written`, async () => {
      await withTempDir(async (dir) => {
        const inputs = path.join(dir, 'in');
        fs.mkdirSync(inputs);
        for (const name of [first, second]) fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(inputs, name));
        const out = path.join(dir, 'out');
        const files = listMarkdown(inputs);
        expect(files).toHaveLength(2);
        await expect(inSession(dir, 'preprocess', () => preprocessTemplates(files, out, options, newStats()))).rejects.toThrow(
          `has the same name as ${files[0]}, but for letter case or how its accents are encoded, which macOS and Windows do not tell apart: both would write the same outputs there`,
        );
        expect(fs.existsSync(out)).toBe(false);
      });
    });
  }
});
