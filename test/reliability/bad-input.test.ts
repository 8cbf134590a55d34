import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES, CONTENT, copyArticles, lyfe, packagesIn, snapshot } from './cli-support.js';

/**
 * Hostile input to every command: each gets a clear one-line error that names the file (or the
 * option) and says what to do, a non-zero exit, no stack trace, no package, and everything the user
 * had is still there, byte for byte.
 */

interface BadInput {
  name: string;
  /** Prepares the case's folder (it already holds `articles/` with the fixture articles). */
  setup?: (dir: string) => void;
  args: string[];
  /** What the one line must say: the file or option it is about, and the problem. */
  says: RegExp;
  /** The exit code, when a specific one is promised (usage errors are 2). */
  code?: number;
  /** The attempt is recorded in logs/ (packaging records its failures in the session); nothing else is written or changed. */
  recorded?: boolean;
}

const article = ARTICLES[0];
const write = (dir: string, file: string, content: string | Buffer): void => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
};
const damagedSession = (dir: string): void => write(dir, 'work/.lyfe-kt-session.json', '{"session_id": "not a sess');
/** A session file the process cannot read as a file (chmod is no obstacle to root): a folder in its place. */
const unreadableSession = (dir: string): void => {
  fs.mkdirSync(path.join(dir, 'work/.lyfe-kt-session.json'), { recursive: true });
};
const logDirFile = (dir: string): void => write(dir, 'records', 'not a folder\n');
/** A run not yet packaged: its session file, and its session's first record in logs/. */
const unpackagedRun = (dir: string): void => {
  write(dir, 'work/.lyfe-kt-session.json', '{"session_id":"sess_2026-01-01_00-00-00_0123abcd","started_at":"2026-01-01T00:00:00.000Z"}\n');
  const start = { level: 'info', time: '2026-01-01T00:00:00.000Z', session: 'sess_2026-01-01_00-00-00_0123abcd', stage: 'session', event: 'session.start', msg: 'session started' };
  write(dir, 'logs/processing.jsonl', `${JSON.stringify(start)}\n`);
};
/** What the Actions page downloads: the package's artifact as a .zip (an empty one is enough to look like it). */
const artifactZip = (dir: string): void => write(dir, 'package.zip', Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]));
const unzipIt = /package\.zip: is a \.zip \(a downloaded artifact\), not a package folder\. Unzip it into a folder of its own \(`unzip package\.zip -d <folder>`\) and give that folder/;
const fakePackage = (dir: string, files: Record<string, string>): void => {
  for (const [name, content] of Object.entries(files)) write(dir, path.join('pkg', name), content);
};

const bad: BadInput[] = [
  // preprocess
  { name: 'preprocess: a missing file', args: ['preprocess', 'file', 'articles/nope.md', 'out'], says: /articles\/nope\.md: no such file/ },
  { name: 'preprocess: a folder given as a file', args: ['preprocess', 'file', 'articles', 'out'], says: /articles: is a directory/ },
  { name: 'preprocess: an empty file', setup: (d) => write(d, 'articles/empty.md', ''), args: ['preprocess', 'file', 'articles/empty.md', 'out'], says: /empty\.md: the file is empty/ },
  { name: 'preprocess: only whitespace', setup: (d) => write(d, 'articles/blank.md', ' \n\n\t\n'), args: ['preprocess', 'file', 'articles/blank.md', 'out'], says: /blank\.md: the file is empty/ },
  { name: 'preprocess: a binary file', setup: (d) => write(d, 'articles/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), args: ['preprocess', 'file', 'articles/image.md', 'out'], says: /image\.md: is a binary file/ },
  { name: 'preprocess: Latin-1 text', setup: (d) => write(d, 'articles/latin.md', Buffer.from('Solid\xe3o cr\xf4nica\n', 'latin1')), args: ['preprocess', 'file', 'articles/latin.md', 'out'], says: /latin\.md: is not UTF-8 text/ },
  { name: 'preprocess: frontmatter never closed', setup: (d) => write(d, 'articles/open.md', '---\ntitle: x\n\nbody\n'), args: ['preprocess', 'file', 'articles/open.md', 'out'], says: /open\.md: the YAML frontmatter opened with `---` is never closed/ },
  { name: 'preprocess: broken YAML', setup: (d) => write(d, 'articles/yaml.md', '---\ntitle: [unclosed\n---\nbody\n'), args: ['preprocess', 'file', 'articles/yaml.md', 'out'], says: /yaml\.md: the YAML frontmatter is broken at line 2, column 17: Flow sequence in block collection must be sufficiently indented and end with a \]\. Fix the YAML/ },
  { name: 'preprocess: frontmatter that is a list', setup: (d) => write(d, 'articles/list.md', '---\n- a\n- b\n---\nbody\n'), args: ['preprocess', 'file', 'articles/list.md', 'out'], says: /list\.md: the YAML frontmatter is not a mapping/ },
  { name: 'preprocess: frontmatter and no text', setup: (d) => write(d, 'articles/head.md', '---\ntitle: x\n---\n\n'), args: ['preprocess', 'file', 'articles/head.md', 'out'], says: /head\.md: the file has frontmatter but no text/ },
  { name: 'preprocess: a device, not a file', args: ['preprocess', 'file', '/dev/null', 'out'], says: /\/dev\/null: is not a regular file/ },
  { name: 'preprocess: a missing folder', args: ['preprocess', 'directory', 'nowhere', 'out'], says: /nowhere: no such directory/ },
  { name: 'preprocess: a file given as a folder', args: ['preprocess', 'directory', `articles/${article}`, 'out'], says: /is a file, not a directory/ },
  { name: 'preprocess: a folder with no articles', setup: (d) => void fs.mkdirSync(path.join(d, 'empty')), args: ['preprocess', 'directory', 'empty', 'out'], says: /empty: contains no \.md files\. Put the markdown/ },
  { name: 'preprocess: articles only in subfolders', setup: (d) => void copyArticles(d, [article], 'nested/2026'), args: ['preprocess', 'directory', 'nested', 'out'], says: /nested: contains no \.md files \(1 in subfolders\)\. Pass --recursive/ },
  { name: 'preprocess: two articles of one name', setup: (d) => write(d, `articles/${article.replace(/\.md$/, '.markdown')}`, '# twin\n\ntext\n'), args: ['preprocess', 'directory', 'articles', 'out'], says: /has the same name as/ },
  { name: 'preprocess: an article over the size limit', args: ['preprocess', 'file', `articles/${article}`, 'out', '--max-input-size', '100'], says: /over the input limit of 100 bytes\. Split the article/, code: 2 },
  { name: 'preprocess: a --session that is no session id', args: ['preprocess', 'file', `articles/${article}`, 'out', '--session', '../../etc'], says: /--session "\.\.\/\.\.\/etc" is not a session id/, code: 2 },
  { name: 'preprocess: a --log-dir that is a file', setup: logDirFile, args: ['preprocess', 'file', `articles/${article}`, 'out', '--log-dir', 'records'], says: /records: the log folder is a file, not a folder/, code: 2 },
  { name: 'preprocess: a damaged session file', setup: damagedSession, args: ['preprocess', 'file', `articles/${article}`, 'out'], says: /\.lyfe-kt-session\.json: the session file is damaged\. Pass --session <id>/ },
  { name: 'preprocess: a session file that cannot be read', setup: unreadableSession, args: ['preprocess', 'file', `articles/${article}`, 'out'], says: /\.lyfe-kt-session\.json: the session file cannot be read \(EISDIR\)/ },
  { name: 'preprocess: an article whose supertasks would have too long a name', setup: (d) => write(d, `articles/${'a'.repeat(230)}.md`, '# long\n\ntext\n'), args: ['preprocess', 'directory', 'articles', 'out'], says: new RegExp(`articles/a{230}\\.md: its output a{230}_filled_template_beginner\\.json would have a name of 260 bytes, longer than a file name may be \\(255\\)\\. Rename it with a name at least 5 bytes shorter`), code: 2 },
  // generate
  { name: 'generate: a missing template', args: ['generate', 'file', 'work/02_preprocessed/x_filled_template.md', 'out'], says: /x_filled_template\.md: no such file/ },
  { name: 'generate: a folder with no templates', args: ['generate', 'directory', 'articles', 'out'], says: /articles: contains no \*_filled_template\.md files\. Give the folder/ },
  { name: 'generate: an empty folder', setup: (d) => void fs.mkdirSync(path.join(d, 'empty')), args: ['generate', 'directory', 'empty', 'out'], says: /empty: contains no \*_filled_template\.md files\. Give the folder `lyfe-kt preprocess` wrote the templates into$/ },
  { name: 'generate: templates only in a subfolder', setup: (d) => write(d, 't/sub/a_filled_template.md', '# a\n\ntext\n'), args: ['generate', 'directory', 't', 'out'], says: /t: contains no \*_filled_template\.md files \(1 in subfolders\)\. `generate directory` takes only the templates directly inside the folder it is given: give the subfolder itself \(t\/sub\)$/ },
  {
    name: 'generate: templates only in subfolders, other markdown beside them',
    setup: (d) => (write(d, 't/README.md', '# notes\n\ntext\n'), write(d, 't/a/a_filled_template.md', '# a\n\ntext\n'), write(d, 't/b/b_filled_template.md', '# b\n\ntext\n')),
    args: ['generate', 'directory', 't', 'out'],
    says: /t: contains no \*_filled_template\.md files \(2 in subfolders\)\. `generate directory` takes only the templates directly inside the folder it is given: give each subfolder itself, one `generate directory` each \(t\/a, t\/b\)$/,
  },
  { name: 'generate: an empty template', setup: (d) => write(d, 'pre/a_filled_template.md', ''), args: ['generate', 'file', 'pre/a_filled_template.md', 'out'], says: /a_filled_template\.md: the file is empty/ },
  { name: 'generate: a binary template', setup: (d) => write(d, 'pre/b_filled_template.md', Buffer.from([0, 1, 2, 3])), args: ['generate', 'directory', 'pre', 'out'], says: /b_filled_template\.md: is a binary file/ },
  { name: 'generate: a --log-dir that is a file', setup: (d) => (logDirFile(d), write(d, 'pre/c_filled_template.md', '# c\n\ntext\n')), args: ['generate', 'file', 'pre/c_filled_template.md', 'out', '--log-dir', 'records'], says: /records: the log folder is a file/, code: 2 },
  { name: 'generate: a damaged session file', setup: (d) => (damagedSession(d), write(d, 'pre/d_filled_template.md', '# d\n\ntext\n')), args: ['generate', 'file', 'pre/d_filled_template.md', 'out'], says: /the session file is damaged/ },
  { name: 'generate: a template whose supertasks would have too long a name', setup: (d) => write(d, `pre/${'b'.repeat(230)}_filled_template.md`, '# b\n\ntext\n'), args: ['generate', 'directory', 'pre', 'out'], says: /_filled_template\.md: its output b{230}_filled_template_beginner\.json would have a name of 260 bytes, longer than a file name may be \(255\)\. Rename it with a name at least 5 bytes shorter/, code: 2 },
  // package
  { name: 'package: nothing to package', args: ['package'], says: /work: nothing to package: the work folder has no run in it/ },
  { name: 'package: a --session typed that has no records, for an empty work folder', args: ['package', '--session', 'sess_2026-01-01_00-00-00_deadbeef'], says: /logs: session sess_2026-01-01_00-00-00_deadbeef has no records in \S+logs, and the work folder holds no run of it\. Nothing was packaged; check the session id \(`lyfe-kt logs --list` lists the sessions\)/, code: 2 },
  { name: 'package: a title with nothing usable', setup: unpackagedRun, args: ['package', '///'], says: /the package title "\/\/\/" has no usable characters/, code: 2 },
  { name: 'package: a damaged session file', setup: damagedSession, args: ['package'], says: /the session file is damaged\. Pass --session <id>/ },
  { name: "package: the run's records not in --log-dir", setup: unpackagedRun, args: ['package', '--log-dir', 'elsewhere'], says: /elsewhere: no records of session sess_2026-01-01_00-00-00_0123abcd in \S+elsewhere\. Give --log-dir \(or LYFE_KT_LOG_DIR\) the folder the run wrote its records to; if they are lost, remove work\/\.lyfe-kt-session\.json/ },
  {
    name: "package: the run's records removed, their index left",
    setup: (d) => (unpackagedRun(d), write(d, 'logs/processing.jsonl', ''), write(d, 'logs/index/sess_2026-01-01_00-00-00_0123abcd.processing.idx', 'o 1-0a0b0c0d 1 0\nc 1-0a0b0c0d\n')),
    args: ['package'],
    says: /logs: no records of session sess_2026-01-01_00-00-00_0123abcd in \S+logs\. Give --log-dir \(or LYFE_KT_LOG_DIR\) the folder the run wrote its records to/,
  },
  { name: "package: --session of another session than the work folder's", setup: unpackagedRun, args: ['package', '--session', 'sess_2026-01-02_00-00-00_0123abcd'], says: /work: the work folder holds the run of session sess_2026-01-01_00-00-00_0123abcd, not of sess_2026-01-02_00-00-00_0123abcd\. Package it in its own session/, code: 2 },
  { name: 'preprocess: a package holds the work folder', setup: (d) => write(d, 'work/.lyfe-kt-package.lock', `${process.pid}\n`), args: ['preprocess', 'file', `articles/${article}`, 'out'], says: new RegExp(`work: another \`lyfe-kt package\` \\(pid ${process.pid}\\) is packaging this work folder\\. Wait for it to finish: its package holds this run; then run the stage again`) },
  {
    name: 'package: a package given as the work folder',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}', '03_output/a_filled_template_beginner.json': '{}\n' }),
    args: ['package', '--work-dir', 'pkg'],
    says: /pkg: the work folder is a package \(it holds manifest\.json\): working in it would change the package, which would then no longer verify\. Give --work-dir \(or LYFE_KT_WORK_DIR\) the work folder of a run/,
    code: 2,
  },
  {
    name: 'preprocess: a package given as the work folder',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' }),
    args: ['preprocess', 'file', `articles/${article}`, 'pkg/02_preprocessed', '--work-dir', 'pkg'],
    says: /pkg: the work folder is a package \(it holds manifest\.json\)/,
    code: 2,
  },
  {
    name: 'preprocess: an output folder deep in a package',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' }),
    args: ['preprocess', 'file', `articles/${article}`, 'pkg/02_preprocessed/deeper'],
    says: /pkg\/02_preprocessed\/deeper: the output folder is in a package \(\S*pkg\): writing into it would change the package, which would then no longer verify/,
    code: 2,
  },
  {
    name: 'preprocess: a work folder in a package',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' }),
    args: ['preprocess', 'file', `articles/${article}`, 'out', '--work-dir', 'pkg/w'],
    says: /pkg\/w: the work folder is in a package \(\S*pkg\): working in it would change the package, which would then no longer verify\. Give --work-dir/,
    code: 2,
  },
  {
    name: 'generate: an output folder in a package',
    setup: (d) => (fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' }), write(d, 'in/a_filled_template.md', '# A\n\nSome text.\n')),
    args: ['generate', 'directory', 'in', 'pkg/03_output'],
    says: /pkg\/03_output: the output folder is in a package \(\S*pkg\): writing into it would change the package, which would then no longer verify\. Nothing was written; give an output folder outside the package/,
    code: 2,
  },
  { name: 'package: an --output-dir that is a file', setup: (d) => (unpackagedRun(d), write(d, 'afile', 'not a folder\n')), args: ['package', '--output-dir', 'afile'], says: /afile: the packages folder is a file, not a folder/, code: 2 },
  {
    name: 'package: an --output-dir that is a package',
    setup: (d) => (unpackagedRun(d), fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' })),
    args: ['package', '--output-dir', 'pkg'],
    says: /pkg: the packages folder is in a package \(\S*pkg\): writing into it would change that package, which would then no longer verify\. Give --output-dir a folder outside the package, or run from outside it/,
    code: 2,
  },
  {
    name: 'run: an --output-dir inside a package',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}' }),
    args: ['run', 'articles', '--output-dir', 'pkg/more'],
    says: /pkg\/more: the packages folder is in a package \(\S*pkg\): writing into it would change that package/,
    code: 2,
  },
  {
    name: 'run: a --log-dir inside a package',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}', 'logs/processing.jsonl': '' }),
    args: ['run', 'articles', '--log-dir', 'pkg/logs'],
    says: /pkg\/logs: the log folder is in a package \(\S*pkg\): writing into it would change that package, which would then no longer verify\. Give --log-dir a folder outside the package, or run from outside it/,
    code: 2,
  },
  {
    name: 'preprocess: a --log-dir inside a package',
    setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"lyfe-kt-package-manifest/1","files":{}}', 'logs/processing.jsonl': '' }),
    args: ['preprocess', 'file', `articles/${article}`, 'out', '--log-dir', 'pkg/logs'],
    says: /pkg\/logs: the log folder is in a package \(\S*pkg\): writing into it would change that package/,
    code: 2,
  },
  { name: 'package: a --log-dir that is a file', setup: (d) => (unpackagedRun(d), logDirFile(d)), args: ['package', '--log-dir', 'records'], says: /records: the log folder is a file/, code: 2 },
  { name: 'package: another package holds the lock', setup: (d) => (unpackagedRun(d), write(d, 'work/.lyfe-kt-package.lock', `${process.pid}\n`)), args: ['package'], says: new RegExp(`work: another \`lyfe-kt package\` \\(pid ${process.pid}\\) is packaging this work folder`) },
  { name: 'package: a FIFO in the work folder', setup: (d) => (unpackagedRun(d), fs.mkdirSync(path.join(d, 'work/01_raw'), { recursive: true }), fs.symlinkSync('/dev/null', path.join(d, 'work/01_raw/device.md'))), args: ['package'], says: /device\.md: cannot package it: it is not a regular file or folder/, recorded: true },
  { name: 'package: an output folder that is a file', setup: (d) => (unpackagedRun(d), write(d, 'work/03_output', 'a file')), args: ['package'], says: /03_output: the output folder cannot be read \(ENOTDIR\)/ },
  { name: 'package: a --work-dir that is a file', setup: (d) => write(d, 'wfile', 'not a folder\n'), args: ['package', '--work-dir', 'wfile'], says: /wfile: the work folder is a file, not a folder\. Give --work-dir a folder/, code: 2 },
  { name: 'package: a --work-dir that is a file, with a title', setup: (d) => write(d, 'wfile', 'not a folder\n'), args: ['package', 'naval', '--work-dir', 'wfile'], says: /wfile: the work folder is a file, not a folder\. Give --work-dir a folder/, code: 2 },
  { name: 'preprocess: an output folder that is a file', setup: (d) => write(d, 'afile', 'not a folder\n'), args: ['preprocess', 'file', `articles/${article}`, 'afile'], says: /afile: the output folder is a file, not a folder\. Give the stage's <outdir> a folder/, code: 2 },
  { name: 'preprocess: an output folder under a file', setup: (d) => write(d, 'afile', 'not a folder\n'), args: ['preprocess', 'directory', 'articles', 'afile/out'], says: /afile\/out: the output folder cannot be made: \S*afile is not a folder you can write/, code: 1 },
  { name: 'generate: an output folder under a file', setup: (d) => (write(d, 'afile', 'not a folder\n'), write(d, 'pre/e_filled_template.md', '# e\n\ntext\n')), args: ['generate', 'file', 'pre/e_filled_template.md', 'afile/out'], says: /afile\/out: the output folder cannot be made: \S*afile is not a folder you can write/, code: 1 },
  { name: 'preprocess: a --work-dir that is a file', setup: (d) => write(d, 'wfile', 'not a folder\n'), args: ['preprocess', 'file', `articles/${article}`, 'out', '--work-dir', 'wfile'], says: /wfile: the work folder is a file, not a folder\. Give --work-dir a folder/, code: 2 },
  { name: 'generate: a --work-dir that is a file', setup: (d) => (write(d, 'wfile', 'not a folder\n'), write(d, 'pre/e_filled_template.md', '# e\n\ntext\n')), args: ['generate', 'file', 'pre/e_filled_template.md', 'out', '--work-dir', 'wfile'], says: /wfile: the work folder is a file, not a folder\. Give --work-dir a folder/, code: 2 },
  { name: 'run: a --work-dir that is a file', setup: (d) => write(d, 'wfile', 'not a folder\n'), args: ['run', 'articles', '--work-dir', 'wfile'], says: /wfile: the work folder is a file, not a folder\. Give --work-dir a folder/, code: 2 },
  { name: 'run: a --work-dir that is a link to nothing', setup: (d) => fs.symlinkSync('gone', path.join(d, 'wlink')), args: ['run', 'articles', '--work-dir', 'wlink'], says: /wlink: the work folder is a symbolic link to gone, which does not exist\. Give --work-dir a folder, or make the link's target/, code: 2 },
  { name: 'package: an --output-dir that is a link to nothing', setup: (d) => (unpackagedRun(d), fs.symlinkSync('gone', path.join(d, 'plink'))), args: ['package', '--output-dir', 'plink'], says: /plink: the packages folder is a symbolic link to gone, which does not exist\. Give --output-dir a folder, or make the link's target/, code: 2 },
  // run
  { name: 'run: a missing folder', args: ['run', 'nowhere'], says: /nowhere: no such directory/ },
  { name: 'run: a file given as the folder', args: ['run', `articles/${article}`], says: /is a file, not a directory/ },
  { name: 'run: an article linked to a file outside the folder', setup: (d) => { write(d, 'secret.txt', 'token=abc\n'); fs.symlinkSync('../secret.txt', path.join(d, 'articles/notes.md')); }, args: ['run', 'articles'], says: /articles\/notes\.md: is a link to \S+secret\.txt, outside articles: a folder's articles are read from inside it only\. Copy the article into the folder instead of linking it/ },
  { name: 'run: an article linked to nothing', setup: (d) => fs.symlinkSync('gone.md', path.join(d, 'articles/notes.md')), args: ['run', 'articles'], says: /articles\/notes\.md: is a link to a file that does not exist\. Remove the link/ },
  { name: 'run: a title with nothing usable', args: ['run', 'articles', '--title', '../..'], says: /the package title "\.\.\/\.\." has no usable characters/, code: 2 },
  { name: 'run: the articles inside the work folder', setup: (d) => void copyArticles(d, [article], 'work/01_raw'), args: ['run', 'work/01_raw'], says: /work\/01_raw: the articles folder is inside the work folder's 01_raw\/, which the package takes away/, code: 2 },
  { name: 'run: files of an earlier run kept in work/', setup: (d) => write(d, 'work/03_output/old_beginner.json', '{}\n'), args: ['run', 'articles'], says: /work: the work folder holds files of an earlier run \(03_output\/\)/ },
  { name: 'run: a run that was not packaged', setup: unpackagedRun, args: ['run', 'articles'], says: /work: the work folder holds a run that was not packaged/ },
  { name: 'run: a damaged session file', setup: damagedSession, args: ['run', 'articles'], says: /the work folder holds a run whose session file is damaged\. Package the run with `lyfe-kt package --session <id>`/ },
  { name: 'run: a --log-dir that is a file', setup: logDirFile, args: ['run', 'articles', '--log-dir', 'records'], says: /records: the log folder is a file/, code: 2 },
  { name: 'run: an --output-dir that is a file', setup: (d) => write(d, 'afile', 'not a folder\n'), args: ['run', 'articles', '--output-dir', 'afile'], says: /afile: the packages folder is a file, not a folder/, code: 2 },
  { name: 'run: an --output-dir inside a folder the package takes', args: ['run', 'articles', '--output-dir', 'work/01_raw/packages'], says: /work\/01_raw\/packages: the packages folder is inside the work folder's 01_raw\/, which each package takes\. Give --output-dir a folder outside work\/01_raw/, code: 2 },
  { name: 'run: a --log-dir under a file', setup: logDirFile, args: ['run', 'articles', '--log-dir', 'records/logs'], says: /records\/logs: the log folder cannot be made: \S*records is not a folder you can write/, code: 1 },
  { name: 'run: the openai provider without a key', args: ['run', 'articles', '--provider', 'openai'], says: /the openai provider needs an API key\. Set OPENAI_API_KEY/, code: 2 },
  { name: 'run: an article given as the folder', args: ['run', `articles/${article}`], says: new RegExp(`${article}: is a file, not a directory\\. Give the folder that holds the articles; for one file, use \`preprocess file\``) },
  { name: 'run: one Latin-1 article among good ones', setup: (d) => write(d, 'articles/zz_latin.md', Buffer.from('Cr\xf4nica\n', 'latin1')), args: ['run', 'articles'], says: /zz_latin\.md: is not UTF-8 text/ },
  { name: 'run: an article over the size limit', args: ['run', 'articles', '--max-input-size', '2k'], says: /over the input limit of 2048 bytes/, code: 2 },
  { name: 'run: two articles of one name', setup: (d) => write(d, `articles/${article.replace(/\.md$/, '.MARKDOWN')}`, '# twin\n\ntext\n'), args: ['run', 'articles'], says: /has the same name as/ },
  // logs
  { name: 'logs: no log folder', args: ['logs', '--list'], says: /no log directory at .*\. Pass --log-dir <dir>/ },
  { name: 'logs: a --session that is no session id', setup: (d) => void fs.mkdirSync(path.join(d, 'logs')), args: ['logs', '--session', 'nope'], says: /--session "nope" is not a session id/ },
  { name: 'logs: a missing package', args: ['logs', '--package', 'nowhere'], says: /nowhere: no such package folder/ },
  { name: 'logs: a package folder whose logs/ holds no records', setup: (d) => void fs.mkdirSync(path.join(d, 'fake/logs'), { recursive: true }), args: ['logs', '--package', 'fake'], says: /fake: the package holds no records/ },
  // view, export
  { name: 'view: an article given as the package', args: ['view', `articles/${article}`], says: new RegExp(`articles/${article.replace('.', '\\.')}: is a file, neither a package folder nor an artifact \\.zip\\. Give the folder made by \`lyfe-kt package\``) },
  { name: 'view: a package folder whose logs/ holds no records', setup: (d) => void fs.mkdirSync(path.join(d, 'fake/logs'), { recursive: true }), args: ['view', 'fake'], says: /fake: the package holds no records/ },
  { name: 'export otel: a missing package', args: ['export', 'otel', 'nowhere'], says: /nowhere: no such package folder/ },
  { name: 'export otel: a package folder whose logs/ holds no records', setup: (d) => void fs.mkdirSync(path.join(d, 'fake/logs'), { recursive: true }), args: ['export', 'otel', 'fake'], says: /fake: the package holds no records/ },
  { name: 'logs: a folder that is no package', args: ['logs', '--package', 'articles'], says: /articles: not a package: it has no logs\/ folder/ },
  { name: 'logs: an article given as the package', args: ['logs', '--package', `articles/${article}`], says: /is a file, not a package folder\. Give the path of a folder made by `lyfe-kt package`/ },
  { name: 'logs: an artifact .zip given as the package', setup: artifactZip, args: ['logs', '--package', 'package.zip'], says: unzipIt },
  { name: 'export otel: an artifact .zip given as the package', setup: artifactZip, args: ['export', 'otel', 'package.zip'], says: unzipIt },
  // verify
  { name: 'verify: a missing package', args: ['verify', 'nowhere'], says: /nowhere: no such package folder/ },
  { name: 'verify: a file given as the package', args: ['verify', `articles/${article}`], says: /is a file, not a package folder\. Give the path of a folder made by `lyfe-kt package`/ },
  { name: 'verify: an artifact .zip given as the package', setup: artifactZip, args: ['verify', 'package.zip'], says: unzipIt },
  { name: 'verify: a folder without a manifest', args: ['verify', 'articles'], says: /articles: the package has no manifest\.json/ },
  { name: 'verify: a damaged manifest', setup: (d) => fakePackage(d, { 'manifest.json': '{"format": 7' }), args: ['verify', 'pkg'], says: /manifest\.json: manifest\.json is damaged/ },
  { name: 'verify: a manifest of another format', setup: (d) => fakePackage(d, { 'manifest.json': '{"format":"zip/9","files":{}}' }), args: ['verify', 'pkg'], says: /manifest\.json is damaged: unknown format "zip\/9"/ },
  // replay
  { name: 'replay: a missing package', args: ['replay', 'nowhere'], says: /nowhere: no such package folder/ },
  { name: 'replay: an artifact .zip given as the package', setup: artifactZip, args: ['replay', 'package.zip'], says: unzipIt },
  { name: 'replay: a folder that is no package', args: ['replay', 'articles'], says: /articles: the package has no manifest\.json/ },
  { name: 'replay: a --log-dir that is a file', setup: logDirFile, args: ['replay', 'articles', '--log-dir', 'records'], says: /records: the log folder is a file/, code: 2 },
];

let root: string | undefined;
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe.concurrent('every command answers hostile input with one clear line', () => {
  it('has at least 40 cases, across every command', () => {
    expect(bad.length).toBeGreaterThanOrEqual(40);
    const commands = new Set(bad.map((c) => c.args[0]));
    expect([...commands].sort()).toEqual(['export', 'generate', 'logs', 'package', 'preprocess', 'replay', 'run', 'verify', 'view']);
  });

  it.each(bad.map((c, index) => ({ ...c, index })))('$name', async ({ index, setup, args, says, code, recorded }) => {
    root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-bad-'));
    const dir = path.join(root, String(index));
    copyArticles(dir);
    setup?.(dir);
    const before = snapshot(dir);

    const exit = await lyfe(dir, args);

    expect(exit.code, exit.stderr).not.toBe(0);
    if (code !== undefined) expect(exit.code).toBe(code);
    const lines = exit.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(says);
    // One line of error: `lyfe-kt: <file>: <what>. <fix>`, after at most the provider's note.
    expect(lines.filter((line) => line.startsWith('lyfe-kt: '))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^lyfe-kt: \S.*\. [A-Z`(].+/);
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(packagesIn(dir)).toEqual([]);
    const after = snapshot(dir);
    const inLogs = (file: string): boolean => Boolean(recorded) && file.startsWith(`logs${path.sep}`);
    for (const [file, hash] of Object.entries(before)) if (!inLogs(file)) expect(after[file], `${file} is as the user left it`).toBe(hash);
    const written = Object.keys(after).filter((file) => !(file in before) && !inLogs(file));
    expect(written, 'nothing is written').toEqual([]);
  });

  it('prints the error as the one JSON object on stdout with --json', async () => {
    root ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-bad-'));
    const dir = path.join(root, 'json');
    copyArticles(dir);
    const [missing, usage, verified] = await Promise.all([
      lyfe(dir, ['run', 'nowhere', '--json']),
      lyfe(dir, ['preprocess', 'file', '--json']),
      lyfe(dir, ['verify', 'articles', '--json']),
    ]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { message: 'no such directory', file: 'nowhere', fix: 'Check the path; it is read relative to the current directory', exit_code: 1 },
    });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ error: { message: expect.stringMatching(/missing required argument/), exit_code: 2 } });
    expect(JSON.parse(verified.stdout)).toMatchObject({ error: { message: 'the package has no manifest.json', file: 'articles' } });
    expect(fs.readdirSync(CONTENT).length).toBe(ARTICLES.length);
  });
});
