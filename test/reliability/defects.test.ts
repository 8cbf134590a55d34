import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackageLogs } from '../../src/package/archive.js';
import { verifyPackage, writeManifest } from '../../src/package/manifest.js';
import { MAX_TITLE_BYTES, sanitizeTitle } from '../../src/package/title.js';
import { REDACTED, redactText, refreshSecrets } from '../../src/records/redact.js';
import { useRunStages } from '../helpers/run-stages.js';
import { ARTICLES, CONTENT, copyArticles, deadPid, lyfe, packagesIn, snapshot, type CliExit } from './cli-support.js';

/**
 * One case per defect of issue 14 (and the swallowed errors of issue 10) this branch fixes: the
 * reproduction as a user would do it, then the exit code, the message and the state of the package
 * and of the user's folders.
 */

const ARTICLE = ARTICLES[1]; // como_dormir_bem.md
const NAME = ARTICLE.replace(/\.md$/, '');
const TEMPLATE = `${NAME}_filled_template.md`;
const OUTPUTS = [`${NAME}_filled_template_advanced.json`, `${NAME}_filled_template_beginner.json`];

interface Defect {
  name: string;
  /** Runs the reproduction in `dir` (which holds `articles/`); returns the exit of the command that matters. */
  reproduce: (dir: string) => Promise<CliExit>;
  code: number;
  /** What stderr says (its last line for a failure). */
  says: RegExp;
  /** The package and the user's folders afterwards. */
  state: (dir: string, exit: CliExit) => void | Promise<void>;
}

let root: string;
/** A package of a one-article run, made once; cases that need a package copy it. */
let made: { dir: string; pkg: string; run: CliExit };
/** A run of the article that was preprocessed and not packaged, made once; cases that start there copy it. */
const runUpTo = useRunStages([path.join(CONTENT, ARTICLE)], { preprocessed: ['preprocess', 'file', `work/01_raw/${ARTICLE}`, 'work/02_preprocessed'] });

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-defects-'));
  const dir = path.join(root, 'made');
  copyArticles(dir, [ARTICLE]);
  const run = await lyfe(dir, ['run', 'articles']);
  expect(run.code, run.stderr).toBe(0);
  made = { dir, pkg: packagesIn(dir)[0], run };
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const ok = async (dir: string, args: string[], env?: NodeJS.ProcessEnv): Promise<CliExit> => {
  const exit = await lyfe(dir, args, env);
  expect(exit.code, `${args.join(' ')}: ${exit.stderr}`).toBe(0);
  return exit;
};
const lastLine = (exit: CliExit): string => exit.stderr.trimEnd().split('\n').at(-1) ?? '';
const copyOfPackage = (dir: string): string => {
  const pkg = path.join(dir, 'packages', path.basename(made.pkg));
  fs.cpSync(made.pkg, pkg, { recursive: true });
  return pkg;
};
const sessionOf = (dir: string): string => (JSON.parse(fs.readFileSync(path.join(dir, 'work/.lyfe-kt-session.json'), 'utf8')) as { session_id: string }).session_id;
const metadataOf = (pkg: string): { session_id: string; execution: { success: boolean } } => JSON.parse(readPackageLogs(pkg).files.get('metadata.json')!.toString());
const visible = (dir: string): string[] => packagesIn(dir).filter((pkg) => !path.basename(pkg).startsWith('.'));

const defects: Defect[] = [
  {
    name: '2. outputs written outside work/ are packaged',
    reproduce: async (dir) => {
      await ok(dir, ['preprocess', 'file', `articles/${ARTICLE}`, 'elsewhere/pre']);
      await ok(dir, ['generate', 'file', `elsewhere/pre/${TEMPLATE}`, 'elsewhere/out']);
      return lyfe(dir, ['package']);
    },
    code: 0,
    says: /packaged session sess_/,
    state: (dir) => {
      const [pkg] = visible(dir);
      expect(fs.readdirSync(path.join(pkg, '02_preprocessed')).sort()).toEqual([`${NAME}_ari_analysis.json`, TEMPLATE]);
      expect(fs.readdirSync(path.join(pkg, '03_output')).sort()).toEqual(OUTPUTS);
      expect(verifyPackage(pkg).ok).toBe(true);
      // The user's own output folders are as the stages wrote them.
      expect(fs.readdirSync(path.join(dir, 'elsewhere/out')).sort()).toEqual(OUTPUTS);
    },
  },
  {
    name: '2. a recorded output that is gone: package fails naming it',
    reproduce: async (dir) => {
      await ok(dir, ['preprocess', 'file', `articles/${ARTICLE}`, 'elsewhere']);
      fs.rmSync(path.join(dir, 'work/02_preprocessed', TEMPLATE));
      return lyfe(dir, ['package']);
    },
    code: 1,
    says: new RegExp(`work: the session recorded 1 output\\(s\\) that are not in the work folder: 02_preprocessed/${TEMPLATE}\\. No package was written`),
    state: (dir) => {
      expect(packagesIn(dir)).toEqual([]);
      expect(fs.readdirSync(path.join(dir, 'work')).sort()).toEqual(['.lyfe-kt-session.json', '01_raw', '02_preprocessed']);
    },
  },
  {
    name: '2. verify: a package without an output its records name, manifest re-hashed',
    reproduce: async (dir) => {
      const pkg = copyOfPackage(dir);
      fs.rmSync(path.join(pkg, '03_output', OUTPUTS[0]));
      writeManifest(pkg);
      return lyfe(dir, ['verify', pkg]);
    },
    code: 1,
    says: /does not match its manifest \(0 changed, 0 missing, 0 added, 1 other problem\(s\)\)/,
    state: (_dir, exit) => expect(exit.stdout).toContain(`problem: the session's records name 03_output/${OUTPUTS[0]}, which the package does not hold`),
  },
  {
    name: '3. an article that names its author, with GIT_AUTHOR_NAME set: kept, and replay works',
    reproduce: async (dir) => {
      const authored = copyArticles(dir, [ARTICLE], 'authored');
      fs.appendFileSync(path.join(authored, ARTICLE), '\nTexto de Ana Beatriz Souza.\n');
      const env = { GIT_AUTHOR_NAME: 'Ana Beatriz Souza', GIT_AUTHOR_EMAIL: 'ana@example.com' };
      await ok(dir, ['run', 'authored'], env);
      return lyfe(dir, ['replay', visible(dir)[0], '--out', 'again'], env);
    },
    code: 0,
    says: /every output is byte-identical/,
    state: (dir) => {
      const logs = readPackageLogs(visible(dir)[0]);
      expect(logs.files.get('prompts.jsonl')!.toString()).toContain('Ana Beatriz Souza');
      expect(logs.files.get('prompts_audit.log')!.toString()).not.toContain(REDACTED);
    },
  },
  {
    name: '5. package --keep-work, then run on another folder: refused, nothing generated again',
    reproduce: async (dir) => {
      runUpTo(dir, 'preprocessed');
      await ok(dir, ['package', '--keep-work']);
      copyArticles(dir, [ARTICLES[0]], 'other');
      return lyfe(dir, ['run', 'other']);
    },
    code: 1,
    says: /work: the work folder holds files of an earlier run \(01_raw\/, 02_preprocessed\/\), kept by `lyfe-kt package --keep-work` when it packaged them into \S+\. Empty it with `lyfe-kt package` \(without --keep-work/,
    state: (dir) => {
      expect(visible(dir)).toHaveLength(1);
      expect(fs.readdirSync(path.join(dir, 'work/01_raw'))).toEqual([ARTICLE]);
    },
  },
  {
    name: "5. package --keep-work, then preprocess in the same work folder: refused, the kept files are no new run's",
    reproduce: async (dir) => {
      runUpTo(dir, 'preprocessed');
      await ok(dir, ['package', '--keep-work']);
      return lyfe(dir, ['preprocess', 'file', `work/01_raw/${ARTICLE}`, 'work/02_preprocessed']);
    },
    code: 1,
    says: /work: the work folder holds the files of session sess_\S+, kept by `lyfe-kt package --keep-work` when it packaged them into \S+\. Give another --work-dir, or empty this one with `lyfe-kt package` \(without --keep-work/,
    state: async (dir) => {
      const pkg = packagesIn(dir);
      expect(pkg).toHaveLength(1);
      // As the message says: `package` reports that package, makes no second one and empties the folder; then the stage runs, in a session of its own.
      const again = await ok(dir, ['package', '--json']);
      expect(JSON.parse(again.stdout).path).toBe(path.resolve(dir, pkg[0]));
      expect(packagesIn(dir)).toEqual(pkg);
      fs.mkdirSync(path.join(dir, 'work/01_raw'), { recursive: true });
      fs.copyFileSync(path.join(CONTENT, ARTICLE), path.join(dir, 'work/01_raw', ARTICLE));
      await ok(dir, ['preprocess', 'file', `work/01_raw/${ARTICLE}`, 'work/02_preprocessed']);
    },
  },
  {
    name: '6. a 300-character non-ASCII title: capped by bytes, no U+FFFD, no ENAMETOOLONG',
    reproduce: (dir) => lyfe(dir, ['run', 'articles', '--title', 'ação👍🏽'.repeat(60)]),
    code: 0,
    says: /packaged session/,
    state: (dir) => {
      const [pkg] = visible(dir);
      const title = path.basename(pkg).replace(/-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/, '');
      expect(Buffer.byteLength(title)).toBeLessThanOrEqual(MAX_TITLE_BYTES);
      expect(title).toMatch(/^ação-ação[-ação]*$/u);
      expect(title).not.toContain('\uFFFD');
    },
  },
  {
    name: '6. article names with $(...), backticks, ; and &: the package name is safe',
    reproduce: async (dir) => {
      fs.renameSync(path.join(dir, 'articles', ARTICLE), path.join(dir, 'articles', '$(touch pwned);`id`&x.md'));
      return lyfe(dir, ['run', 'articles']);
    },
    code: 0,
    says: /packaged session/,
    state: (dir) => {
      const [pkg] = visible(dir);
      expect(path.basename(pkg)).toMatch(/^[\p{L}\p{N}._-]+$/u);
      expect(path.basename(pkg)).toMatch(/^touch-pwned-id-x-/);
    },
  },
  {
    name: '6. run --title with nothing usable: refused before any stage',
    reproduce: (dir) => lyfe(dir, ['run', 'articles', '--title', '$();&']),
    code: 2,
    says: /the package title "\$\(\);&" has no usable characters/,
    state: (dir) => {
      expect(fs.existsSync(path.join(dir, 'logs'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'work'))).toBe(false);
    },
  },
  {
    name: '7. two package runs at once on one work folder: one package, the other says why',
    reproduce: async (dir) => {
      runUpTo(dir, 'preprocessed');
      const both = await Promise.all([lyfe(dir, ['package']), lyfe(dir, ['package'])]);
      const failed = both.filter((exit) => exit.code !== 0);
      expect(failed).toHaveLength(1);
      return failed[0];
    },
    code: 1,
    says: /work: (another `lyfe-kt package` \(pid \d+\) is packaging this work folder|nothing to package)/,
    state: (dir) => {
      const [pkg, ...more] = visible(dir);
      expect(more).toEqual([]);
      expect(fs.readdirSync(path.join(pkg, '01_raw'))).toEqual([ARTICLE]);
      expect(packagesIn(dir)).toEqual([pkg]);
    },
  },
  {
    name: "7-8. a killed package's lock and hidden temp folder: taken over and removed",
    reproduce: async (dir) => {
      runUpTo(dir, 'preprocessed');
      const pid = await deadPid();
      fs.writeFileSync(path.join(dir, 'work/.lyfe-kt-package.lock'), `${pid}\n`);
      fs.mkdirSync(path.join(dir, `packages/.x-2026-01-01-00-00.tmp-${pid}-abcdef/01_raw`), { recursive: true });
      return lyfe(dir, ['package']);
    },
    code: 0,
    says: /packaged session/,
    state: (dir, exit) => {
      expect(exit.stderr).toMatch(/removed packages\/\.x-2026-01-01-00-00\.tmp-\d+-abcdef, left by a `lyfe-kt package` that was stopped/);
      expect(packagesIn(dir)).toEqual(visible(dir));
      expect(fs.existsSync(path.join(dir, 'work/.lyfe-kt-package.lock'))).toBe(false);
    },
  },
  {
    name: '8. a damaged session file: the advised --session <id> works',
    reproduce: async (dir) => {
      runUpTo(dir, 'preprocessed');
      const session = sessionOf(dir);
      fs.writeFileSync(path.join(dir, 'work/.lyfe-kt-session.json'), '{"session_id":');
      const refused = await lyfe(dir, ['package']);
      expect(refused.code).toBe(1);
      expect(lastLine(refused)).toMatch(/the session file is damaged\. Pass --session <id>/);
      fs.writeFileSync(path.join(dir, 'session'), session);
      return lyfe(dir, ['package', '--session', session]);
    },
    code: 0,
    says: /packaged session sess_/,
    state: (dir) => {
      const [pkg] = visible(dir);
      expect(metadataOf(pkg).session_id).toBe(fs.readFileSync(path.join(dir, 'session'), 'utf8'));
      expect(fs.readdirSync(path.join(pkg, '02_preprocessed')).sort()).toEqual([`${NAME}_ari_analysis.json`, TEMPLATE]);
    },
  },
  {
    name: '8. run work/01_raw: refused, the input folder stays',
    reproduce: async (dir) => {
      copyArticles(dir, [ARTICLE], 'work/01_raw');
      return lyfe(dir, ['run', 'work/01_raw']);
    },
    code: 2,
    says: /work\/01_raw: the articles folder is inside the work folder's 01_raw\//,
    state: (dir) => {
      expect(fs.readdirSync(path.join(dir, 'work/01_raw'))).toEqual([ARTICLE]);
      expect(packagesIn(dir)).toEqual([]);
    },
  },
  {
    name: "8. --work-dir . : the user's own reports/ stays out of the package and in place",
    reproduce: async (dir) => {
      fs.mkdirSync(path.join(dir, 'reports'));
      fs.writeFileSync(path.join(dir, 'reports/q3-sales.md'), '# mine\n');
      await ok(dir, ['preprocess', 'file', `articles/${ARTICLE}`, '02_preprocessed', '--work-dir', '.']);
      await ok(dir, ['generate', 'file', `02_preprocessed/${TEMPLATE}`, '03_output', '--work-dir', '.']);
      return lyfe(dir, ['package', '--work-dir', '.']);
    },
    code: 0,
    says: /packaged session/,
    state: (dir, exit) => {
      const [pkg] = visible(dir);
      expect(fs.readdirSync(path.join(pkg, 'reports')).sort()).toEqual(['generation_report.json', 'generation_report.md']);
      expect(fs.readFileSync(path.join(dir, 'reports/q3-sales.md'), 'utf8')).toBe('# mine\n');
      expect(fs.readdirSync(path.join(dir, 'reports'))).toEqual(['q3-sales.md']);
      expect(exit.stderr).toContain('left in the work folder, not written by lyfe-kt: reports/q3-sales.md');
      expect(fs.readdirSync(path.join(dir, 'articles'))).toEqual([ARTICLE]);
    },
  },
  {
    name: '9. the input size limit is a flag: refused under it, taken over it',
    reproduce: async (dir) => {
      const refused = await lyfe(dir, ['preprocess', 'file', `articles/${ARTICLE}`, 'out', '--max-input-size', '1k']);
      expect(refused.code).toBe(2);
      expect(lastLine(refused)).toMatch(/over the input limit of 1024 bytes\. Split the article into smaller ones, or raise the limit with --max-input-size/);
      return lyfe(dir, ['preprocess', 'file', `articles/${ARTICLE}`, 'out', '--max-input-size', '1m']);
    },
    code: 0,
    says: /preprocessed 1 file\(s\)/,
    state: (dir) => expect(fs.readdirSync(path.join(dir, 'out'))).toHaveLength(2),
  },
  {
    name: '9. subfolders are named, or taken with --recursive; .markdown is taken',
    reproduce: async (dir) => {
      copyArticles(dir, [ARTICLES[0]], 'articles/2026');
      fs.renameSync(path.join(dir, 'articles', ARTICLE), path.join(dir, 'articles', `${NAME}.markdown`));
      copyArticles(dir, [ARTICLES[2]], 'articles');
      fs.writeFileSync(path.join(dir, 'articles', '._notes.md'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
      const flat = await ok(dir, ['preprocess', 'directory', 'articles', 'flat']);
      expect(flat.stderr).toMatch(/skipped 1 file\(s\) in subfolders of articles \(articles\/2026\/.+\); pass --recursive to take them/);
      expect(flat.stderr).toContain('left out 1 hidden file(s), named from a dot or in a folder that is: articles/._notes.md; rename one to take it, or give it by name with `file`');
      expect(fs.readdirSync(path.join(dir, 'flat'))).toHaveLength(4);
      return lyfe(dir, ['preprocess', 'directory', 'articles', 'deep', '--recursive', '--work-dir', 'work2']);
    },
    code: 0,
    says: /preprocessed 3 file\(s\)/,
    state: (dir) => expect(fs.readdirSync(path.join(dir, 'deep'))).toHaveLength(6),
  },
  {
    name: '10. package and verify count the same files',
    reproduce: (dir) => lyfe(dir, ['verify', copyOfPackage(dir)]),
    code: 0,
    says: /^$/,
    state: (_dir, exit) => {
      const packaged = /(\d+) files, /.exec(made.run.stderr)?.[1];
      expect(packaged).toBeDefined();
      expect(exit.stdout).toMatch(new RegExp(`^OK, ${packaged} files \\(digest`));
    },
  },
  {
    name: '10. a disk failure says failed, with its cause, not invalid',
    // A file in place of the output folder is refused before the stage starts (bad-input.test.ts); a folder where an
    // output goes fails its write once the call is made, as a disk that cannot be written does.
    reproduce: async (dir) => {
      fs.mkdirSync(path.join(dir, 'blocked', `${path.parse(ARTICLE).name}_ari_analysis.json`), { recursive: true });
      return lyfe(dir, ['preprocess', 'file', `articles/${ARTICLE}`, 'blocked']);
    },
    code: 1,
    says: /_ari_analysis\.json: cannot be written \(EISDIR\): a folder is at its path\. Move that folder away/,
    state: (_dir, exit) => {
      expect(exit.stderr).toMatch(new RegExp(`\\[1/1\\] preprocess failed \\(cannot be written \\(EISDIR\\): a folder is at its path\\) articles/${ARTICLE}`));
      expect(exit.stderr).not.toContain('invalid');
    },
  },
  {
    name: 'replay verifies the package first and refuses a changed one',
    reproduce: async (dir) => {
      const pkg = copyOfPackage(dir);
      fs.appendFileSync(path.join(pkg, '01_raw', ARTICLE), 'x');
      return lyfe(dir, ['replay', pkg, '--out', 'again']);
    },
    code: 1,
    says: /the package does not match its manifest \(1 changed, 0 missing, 0 added, 0 other problem\(s\)\), so it is not replayed\. See what changed with `lyfe-kt verify/,
    state: (dir) => expect(fs.existsSync(path.join(dir, 'again'))).toBe(false),
  },
];

describe.concurrent('each defect of issue 14, reproduced', () => {
  it.each(defects.map((defect, index) => ({ ...defect, index })))('$name', async ({ index, reproduce, code, says, state }) => {
    const dir = path.join(root, String(index));
    copyArticles(dir, [ARTICLE]);
    const articles = snapshot(path.join(dir, 'articles'));

    const exit = await reproduce(dir);

    expect(exit.code, exit.stderr).toBe(code);
    expect(code === 0 ? exit.stderr : lastLine(exit)).toMatch(says);
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    await state(dir, exit);
    // The user's articles are never moved or changed (cases that rename or add them check their own).
    const after = snapshot(path.join(dir, 'articles'));
    for (const [file, hash] of Object.entries(articles)) if (after[file]) expect(after[file]).toBe(hash);
  });
});

describe('3. redaction: secrets go, ordinary values stay', () => {
  const planted: Record<string, string> = {
    OPENAI_API_KEY: 'short-key',
    AZURE_OPENAI_API_KEY: 'azure0key0value0123',
    GITHUB_TOKEN: 'ghs_notashapebutknown',
    GIT_AUTHOR_NAME: 'Ana Beatriz Souza',
    SSH_AUTH_SOCK: '/run/user/1000/agent.sock',
    KEYBOARD_LAYOUT: 'portuguese',
    SERVICE_AUTH: 'planted-auth-value-9876',
  };
  let saved: Record<string, string | undefined>;
  beforeAll(() => {
    saved = Object.fromEntries(Object.keys(planted).map((name) => [name, process.env[name]]));
    Object.assign(process.env, planted);
    refreshSecrets();
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    refreshSecrets();
  });

  it.each([
    ['a known name, whatever the value', `key ${planted.OPENAI_API_KEY}!`, `key ${REDACTED}!`],
    ['the Azure key', `api ${planted.AZURE_OPENAI_API_KEY}`, `api ${REDACTED}`],
    ['the GitHub token', `t=${planted.GITHUB_TOKEN}`, `t=${REDACTED}`],
    ['a value that looks like a credential under a secret word', `x ${planted.SERVICE_AUTH} y`, `x ${REDACTED} y`],
    ['URL userinfo, as in OPENAI_BASE_URL', 'cannot reach https://proxy-user:s3cr3t-pass@llm.example.com/v1 (ECONNREFUSED)', `cannot reach https://${REDACTED}@llm.example.com/v1 (ECONNREFUSED)`],
    ['a token as the URL user', 'git clone https://ghp_abc@github.com/x/y', `git clone https://${REDACTED}@github.com/x/y`],
    ['api_key= pairs', 'GET /v1?api_key=Zx81kLmnP0q&lang=pt', `GET /v1?api_key=${REDACTED}&lang=pt`],
    ['an AWS access key', 'AKIAIOSFODNN7EXAMPLE', REDACTED],
  ])('redacts %s', (_what, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['the author named by GIT_AUTHOR_NAME', 'Texto de Ana Beatriz Souza, revisado.'],
    ['a socket path under an AUTH name', 'agent at /run/user/1000/agent.sock'],
    ['a plain word under a KEY name', 'layout portuguese'],
    ['prose about passwords', 'password: choose a long one'],
    ['a URL without userinfo', 'https://example.com/a@b?lang=pt'],
  ])('keeps %s', (_what, text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('6. titles are capped by UTF-8 bytes on a character boundary', () => {
  it.each([
    ['ASCII', 'x'.repeat(200), 'x'.repeat(MAX_TITLE_BYTES)],
    ['a two-byte letter across the cap', `${'a'.repeat(MAX_TITLE_BYTES - 1)}é`, 'a'.repeat(MAX_TITLE_BYTES - 1)],
    ['a letter with a combining mark across the cap', `${'a'.repeat(MAX_TITLE_BYTES - 3)}नि`, 'a'.repeat(MAX_TITLE_BYTES - 3)],
    ['shell characters', 'a$(rm -rf ~)`b`;c&d|e>f', 'a-rm-rf-b-c-d-e-f'],
    ['quotes and spaces', `"Sono" e 'descanso'`, 'Sono-e-descanso'],
  ])('%s', (_what, title, expected) => {
    const safe = sanitizeTitle(title);
    expect(safe).toBe(expected);
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(MAX_TITLE_BYTES);
    expect(safe).not.toContain('\uFFFD');
  });
});
