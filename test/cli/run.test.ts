import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSupertask } from '../../src/pipeline/schema.js';
import { startFakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** The pipeline CLI as a new user meets it: `run` on a folder of articles, and what bad input does. */

const CONTENT = path.resolve('test/fixtures/content');


const { start } = useChildren();
const temp = useTempDir('lyfe-kt-cli-');

function cli(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(env) }).exit;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

function onlyPackage(cwd: string): string {
  const packages = fs.readdirSync(path.join(cwd, 'packages'));
  expect(packages).toHaveLength(1);
  return path.join(cwd, 'packages', packages[0]);
}

function outputsOf(packageDir: string): Map<string, string> {
  const dir = path.join(packageDir, '03_output');
  return new Map(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

describe('lyfe-kt run, offline', () => {
  it('turns every article into valid v1.1 supertasks, byte-identical on a second run', async () => {
    // Two runs at once, each in its own folder.
    const [first, second] = await Promise.all(
      ['first', 'second'].map(async (name) => {
        const cwd = path.join(temp(), name);
        fs.mkdirSync(cwd);
        const exit = await cli(cwd, ['run', CONTENT]);
        expect(exit.code, exit.stderr).toBe(0);
        expect(exit.stderr).toContain('provider offline');
        expect(filesUnder(path.join(cwd, 'work')), 'run moves the work folder into the package').toEqual([]);
        return outputsOf(onlyPackage(cwd));
      }),
    );
    const sources = fs.readdirSync(CONTENT).filter((name) => name.endsWith('.md'));
    expect(first.size).toBe(sources.length * 2);
    for (const [name, text] of first) {
      expect(validateSupertask(JSON.parse(text), '1.1'), name).toEqual([]);
      expect(second.get(name), name).toBe(text);
    }
  });

  it('prints the package as JSON with --json, and nothing else on stdout', async () => {
    const cwd = temp();
    const exit = await cli(cwd, ['run', CONTENT, '--json', '--quiet', '--title', 'sono']);
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stderr).toBe('');
    const result = JSON.parse(exit.stdout) as { path: string; success: boolean; session_id: string };
    expect(result.success).toBe(true);
    expect(result.session_id).toMatch(/^sess_/);
    expect(path.basename(result.path)).toMatch(/^sono-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
  });

  it('takes an empty LYFE_KT_WORK_DIR or LYFE_KT_LOG_DIR (a workflow output left unset) as work and logs, not the current folder', async () => {
    const cwd = temp();
    const exit = await cli(cwd, ['run', CONTENT, '--quiet'], { LYFE_KT_WORK_DIR: '', LYFE_KT_LOG_DIR: '' });
    expect(exit.code, exit.stderr).toBe(0);
    expect(fs.readdirSync(cwd).sort()).toEqual(['logs', 'packages', 'work']);
    expect(fs.readdirSync(path.join(cwd, 'logs'))).toContain('processing.jsonl');
    onlyPackage(cwd);

    const logs = await cli(cwd, ['logs', '--list', '--json'], { LYFE_KT_LOG_DIR: '' });
    expect(logs.code, logs.stderr).toBe(0);
    expect((JSON.parse(logs.stdout) as { sessions: unknown[] }).sessions).toHaveLength(1);
  });

  it('takes an empty --output-dir or replay --out (a workflow output left unset) as packages and replay/<package>, not the current folder', async () => {
    const cwd = temp();
    const exit = await cli(cwd, ['run', CONTENT, '--quiet', '--output-dir', '']);
    expect(exit.code, exit.stderr).toBe(0);
    expect(fs.readdirSync(cwd).sort()).toEqual(['logs', 'packages', 'work']);
    const pkg = onlyPackage(cwd);
    const replay = await cli(cwd, ['replay', pkg, '--quiet', '--out', '']);
    expect(replay.code, replay.stderr).toBe(0);
    expect(fs.readdirSync(cwd).sort()).toEqual(['logs', 'packages', 'replay', 'work']);
    expect(fs.readdirSync(path.join(cwd, 'replay'))).toEqual([path.basename(pkg)]);
  });

  it('refuses a SOURCE_DATE_EPOCH no lesson date can hold before anything is written, naming it', async () => {
    const cwd = temp();
    const exit = await cli(cwd, ['run', CONTENT], { SOURCE_DATE_EPOCH: '99999999999999' });
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/^lyfe-kt: SOURCE_DATE_EPOCH "99999999999999" is after the year 9999.*date \+%s/);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('refuses to start over a work folder that holds a run not yet packaged', async () => {
    const cwd = temp();
    expect((await cli(cwd, ['preprocess', 'file', path.join(CONTENT, 'como_dormir_bem.md'), 'work/02_preprocessed'])).code).toBe(0);
    const exit = await cli(cwd, ['run', CONTENT]);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/^lyfe-kt: work: the work folder holds a run that was not packaged \(session sess_[^)]+\)\. Package it with `lyfe-kt package`/);
    expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
  });
});

describe('lyfe-kt run with the openai provider', () => {
  it('generates through the real SDK against a compatible server', async () => {
    const fake = await startFakeOpenAI();
    try {
      const cwd = temp();
      const exit = await cli(cwd, ['run', CONTENT, '--model', 'gpt-test'], { OPENAI_API_KEY: 'sk-test-cli-0123456789abcdef', OPENAI_BASE_URL: fake.url });
      expect(exit.code, exit.stderr).toBe(0);
      expect(exit.stderr).toContain('provider openai');
      const sources = fs.readdirSync(CONTENT).length;
      expect(fake.requests).toHaveLength(sources * 3); // one analysis and two supertasks per article
      expect(fake.requests.every((request) => (request.body as { model: string }).model === 'gpt-test')).toBe(true);
      const metadata = JSON.parse(fs.readFileSync(path.join(onlyPackage(cwd), 'logs', 'metadata.json'), 'utf8'));
      expect(metadata.ai_usage.total_api_calls).toBe(sources * 3);
      expect(metadata.ai_usage.model).toBe('gpt-test');
    } finally {
      await fake.close();
    }
  });

  it('stops at the failing stage, exits non-zero and keeps the work folder for `package`', async () => {
    const fake = await startFakeOpenAI({ handler: () => ({ status: 500, body: { error: { message: 'upstream down' } }, headers: { 'retry-after-ms': '1' } }) });
    try {
      const cwd = temp();
      const env = { OPENAI_API_KEY: 'sk-test-cli-0123456789abcdef', OPENAI_BASE_URL: fake.url };
      const exit = await cli(cwd, ['run', CONTENT, '--provider', 'openai', '--work-dir', 'w2', '--log-dir', 'l2'], env);
      expect(exit.code).toBe(1);
      expect(exit.stderr).toMatch(/lyfe-kt: \S+\.md: run stopped: preprocess\.analysis failed after 5 attempt\(s\)/);
      expect(exit.stderr).toContain('read the run\'s records with `lyfe-kt logs --prompts --work-dir w2 --log-dir l2`, and package the failed run with `lyfe-kt package --work-dir w2 --log-dir l2`');
      expect(exit.stderr).toContain('See the prompt audit of this session (`lyfe-kt logs --prompts --work-dir w2 --log-dir l2`)');
      expect(exit.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
      expect(filesUnder(path.join(cwd, 'w2', '01_raw')).sort()).toEqual(fs.readdirSync(CONTENT).sort());
      // The next steps work as printed.
      const records = await cli(cwd, ['logs', '--prompts', '--work-dir', 'w2', '--log-dir', 'l2']);
      expect(records.code, records.stderr).toBe(0);
      expect(records.stdout).toContain('preprocess.analysis');
      const packaged = await cli(cwd, ['package', '--work-dir', 'w2', '--log-dir', 'l2', '--json', '--quiet']);
      expect(packaged.code, packaged.stderr).toBe(0);
      expect(JSON.parse(packaged.stdout).success).toBe(false);
      // --json: the error names the file it is about.
      const json = await cli(cwd, ['run', CONTENT, '--provider', 'openai', '--work-dir', 'w3', '--log-dir', 'l3', '--json'], env);
      expect(json.code).toBe(1);
      const { error } = JSON.parse(json.stdout) as { error: { file: string | null; fix: string } };
      expect(error.file).toMatch(/\.md$/);
      expect(error.fix).toContain('`lyfe-kt package --work-dir w3 --log-dir l3`');
    } finally {
      await fake.close();
    }
  });

  it("a stage's failed call names the logs command of the stage's own folders", async () => {
    const fake = await startFakeOpenAI({ handler: () => ({ status: 400, body: { error: { message: 'Invalid value for messages' } } }) });
    try {
      const cwd = temp();
      const env = { OPENAI_API_KEY: 'sk-test-cli-0123456789abcdef', OPENAI_BASE_URL: fake.url };
      const exit = await cli(cwd, ['preprocess', 'file', path.join(CONTENT, 'como_dormir_bem.md'), 'pre', '--provider', 'openai', '--work-dir', 'w6', '--log-dir', 'l6'], env);
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain('See the prompt audit of this session (`lyfe-kt logs --prompts --work-dir w6 --log-dir l6`)');
      // The command works as printed.
      const records = await cli(cwd, ['logs', '--prompts', '--work-dir', 'w6', '--log-dir', 'l6']);
      expect(records.code, records.stderr).toBe(0);
      expect(records.stdout).toContain('HTTP 400 Invalid value for messages');
    } finally {
      await fake.close();
    }
  });
});

describe('lyfe-kt generate with schema-invalid replies', () => {
  it('writes the invalid supertasks, names them in the report and exits 3', async () => {
    // Every supertask reply lasts 20 minutes: over v1.1's 600 s, and still so after the repairs.
    const fake = await startFakeOpenAI({
      handler: (body) => {
        const reply = JSON.parse(pipelineReply(body)) as Record<string, unknown>;
        if ('flexibleItems' in reply) reply.estimatedDuration = 1200;
        return { content: JSON.stringify(reply) };
      },
    });
    try {
      const cwd = temp();
      const env = { OPENAI_API_KEY: 'sk-test-cli-0123456789abcdef', OPENAI_BASE_URL: fake.url };
      const source = path.join(CONTENT, 'como_dormir_bem.md');
      expect((await cli(cwd, ['preprocess', 'file', source, 'work/02_preprocessed'], env)).code).toBe(0);
      const exit = await cli(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output', '--json'], env);
      expect(exit.code, exit.stderr).toBe(3);
      expect(exit.stderr).toMatch(/lyfe-kt: work\/reports\/generation_report\.json: 2 supertask\(s\) failed the schema/);
      const outputs = fs.readdirSync(path.join(cwd, 'work', '03_output')).sort();
      expect(outputs).toEqual(['como_dormir_bem_filled_template_advanced.json', 'como_dormir_bem_filled_template_beginner.json']);
      for (const output of outputs) {
        const written = JSON.parse(fs.readFileSync(path.join(cwd, 'work', '03_output', output), 'utf8'));
        expect(written.estimatedDuration).toBe(1200);
      }
      const report = fs.readFileSync(path.join(cwd, 'work', 'reports', 'generation_report.json'), 'utf8');
      for (const output of outputs) expect(report).toContain(output);
      const result = JSON.parse(exit.stdout) as { invalid: number; valid: number };
      expect(result.invalid).toBe(2);
      expect(result.valid).toBe(0);
      // 1 analysis, then per level 1 attempt and 2 repairs with the errors fed back
      expect(fake.requests).toHaveLength(1 + 2 * 3);

      // With --fail-on, the issues are listed before the schema failure ends it, which keeps its exit code.
      const listed = await cli(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output', '--fail-on', 'warning'], env);
      expect(listed.code, listed.stderr).toBe(3);
      expect(listed.stderr).toMatch(/^error Q\d+ schema-invalid como_dormir_bem_filled_template_advanced\.json: /m);
      expect(listed.stderr).toMatch(/^quality issues: \d+ errors?/m);
    } finally {
      await fake.close();
    }
  });
});

describe('bad input', () => {
  const cases: { name: string; setup: (dir: string) => string[]; message: RegExp }[] = [
    { name: 'a missing file', setup: () => ['preprocess', 'file', 'absent.md', 'work/02_preprocessed'], message: /^lyfe-kt: absent\.md: no such file\. / },
    { name: 'a missing folder', setup: () => ['run', 'absent'], message: /^lyfe-kt: absent: no such directory\. / },
    {
      name: 'an empty file',
      setup: (dir) => (fs.writeFileSync(path.join(dir, 'in', 'empty.md'), ''), ['run', 'in']),
      message: /^lyfe-kt: in\/empty\.md: .*empty/,
    },
    {
      name: 'a binary file',
      setup: (dir) => (fs.writeFileSync(path.join(dir, 'in', 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), ['run', 'in']),
      message: /^lyfe-kt: in\/image\.md: is a binary file/,
    },
    {
      name: 'a file that is not UTF-8',
      setup: (dir) => (fs.writeFileSync(path.join(dir, 'in', 'latin1.md'), Buffer.from('# Ol\xe1, cora\xe7\xe3o\n', 'latin1')), ['run', 'in']),
      message: /^lyfe-kt: in\/latin1\.md: .*UTF-8/,
    },
    {
      name: 'broken YAML frontmatter',
      setup: (dir) => (fs.writeFileSync(path.join(dir, 'in', 'broken.md'), '---\ntitle: "unclosed\ntags: [a, b\n---\n# Body\n\nText of the article.\n'), ['run', 'in']),
      message: /^lyfe-kt: in\/broken\.md: .*frontmatter/i,
    },
    {
      name: 'a malformed --session for run',
      setup: () => ['run', 'in', '--session', 'bogus'],
      message: /^lyfe-kt: --session "bogus" is not a session id\. /,
    },
    {
      name: 'a package title with nothing usable for run',
      setup: () => ['run', 'in', '--title', '..'],
      message: /^lyfe-kt: the package title "\.\." has no usable characters\. /,
    },
    {
      name: 'a folder with no .md',
      setup: (dir) => (fs.mkdirSync(path.join(dir, 'notes')), fs.writeFileSync(path.join(dir, 'notes', 'notes.txt'), 'text'), ['run', 'notes']),
      message: /^lyfe-kt: notes: contains no \.md files\. /,
    },
  ];

  for (const { name, setup, message } of cases) {
    it(`${name}: one line naming the file, non-zero exit, nothing written`, async () => {
      const cwd = temp();
      fs.mkdirSync(path.join(cwd, 'in'));
      fs.writeFileSync(path.join(cwd, 'in', 'good.md'), '# Good\n\nA perfectly fine article about sleeping well every night.\n');
      const exit = await cli(cwd, setup(cwd));
      expect(exit.code).not.toBe(0);
      expect(exit.stderr).toMatch(message);
      expect(exit.stderr.trim().split('\n')).toHaveLength(1);
      expect(exit.stdout).toBe('');
      expect(filesUnder(path.join(cwd, 'work'))).toEqual([]);
      expect(filesUnder(path.join(cwd, 'packages'))).toEqual([]);
    });
  }
});

describe('help', () => {
  it('every command has a --help that exits 0', async () => {
    const cwd = temp();
    const commands = [[], ['preprocess', 'file'], ['preprocess', 'directory'], ['generate', 'file'], ['generate', 'directory'], ['run'], ['package'], ['logs'], ['verify'], ['replay']];
    const exits = await Promise.all(commands.map((args) => cli(cwd, [...args, '--help'])));
    exits.forEach((exit, i) => {
      expect(exit.code, commands[i].join(' ')).toBe(0);
      expect(exit.stdout).toMatch(/^Usage: lyfe-kt/);
    });
  });

  it("says run begins a new session, where a stage joins the work folder's", async () => {
    const cwd = temp();
    const sessionHelp = async (args: string[]) => /--session <id>\s+(.*?)\(env:/s.exec((await cli(cwd, [...args, '--help'])).stdout)?.[1].replace(/\s+/g, ' ').trim();
    expect(await sessionHelp(['run'])).toBe("session to record into; default: a new one (run never joins the work folder's)");
    expect(await sessionHelp(['generate', 'file'])).toBe("session to record into; default: the work folder's, else a new one");
  });

  it('a failed call names the article or template by the path given, in the message and in --json', async () => {
    // Analyses are refused (401); with `generate: true`, supertasks only.
    let refuse: 'analysis' | 'supertask' = 'analysis';
    const fake = await startFakeOpenAI({
      handler: (body) => {
        const isAnalysis = body.messages.some((message) => message.role === 'user' && message.content.includes('<source>'));
        return (refuse === 'analysis') === isAnalysis ? { status: 401, body: { error: { message: 'bad key' } } } : { content: pipelineReply(body) };
      },
    });
    try {
      const cwd = temp();
      fs.mkdirSync(path.join(cwd, 'in'));
      fs.copyFileSync(path.join(CONTENT, 'como_dormir_bem.md'), path.join(cwd, 'in', 'como_dormir_bem.md'));
      const env = { OPENAI_API_KEY: 'sk-test-cli-0123456789abcdef', OPENAI_BASE_URL: fake.url };
      const openai = ['--provider', 'openai'];
      const stopped = (exit: Exit) => exit.stderr.trimEnd().split('\n').at(-1);

      const run = await cli(cwd, ['run', 'in', ...openai, '--work-dir', 'w1', '--log-dir', 'l1'], env);
      expect(run.code).toBe(1);
      expect(stopped(run)).toMatch(/^lyfe-kt: in\/como_dormir_bem\.md: run stopped: preprocess\.analysis failed after 1 attempt\(s\)/);
      const json = await cli(cwd, ['run', 'in', ...openai, '--work-dir', 'w2', '--log-dir', 'l2', '--json'], env);
      expect(JSON.parse(json.stdout).error.file).toBe('in/como_dormir_bem.md');
      for (const args of [
        ['preprocess', 'file', 'in/como_dormir_bem.md', 'pre'],
        ['preprocess', 'directory', 'in', 'pre'],
      ]) {
        const exit = await cli(cwd, [...args, ...openai, '--work-dir', 'w3', '--log-dir', 'l3'], env);
        expect(exit.code).toBe(1);
        expect(stopped(exit)).toMatch(/^lyfe-kt: in\/como_dormir_bem\.md: preprocess\.analysis failed after 1 attempt\(s\)/);
      }

      refuse = 'supertask';
      const generating = await cli(cwd, ['run', 'in', ...openai, '--work-dir', 'w4', '--log-dir', 'l4'], env);
      expect(generating.code).toBe(1);
      // The template the run wrote, in its work folder, which it keeps.
      expect(stopped(generating)).toMatch(/^lyfe-kt: w4\/02_preprocessed\/como_dormir_bem_filled_template\.md: run stopped: generate\.(beginner|advanced) failed after 1 attempt\(s\)/);
      const pre = await cli(cwd, ['preprocess', 'file', 'in/como_dormir_bem.md', 'pre', ...openai, '--work-dir', 'w5', '--log-dir', 'l5'], env);
      expect(pre.code, pre.stderr).toBe(0);
      const generate = await cli(cwd, ['generate', 'file', 'pre/como_dormir_bem_filled_template.md', 'gen', ...openai, '--work-dir', 'w5', '--log-dir', 'l5', '--json'], env);
      expect(generate.code).toBe(1);
      expect(stopped(generate)).toMatch(/^lyfe-kt: pre\/como_dormir_bem_filled_template\.md: generate\.(beginner|advanced) failed after 1 attempt\(s\)/);
      expect(JSON.parse(generate.stdout).error.file).toBe('pre/como_dormir_bem_filled_template.md');
    } finally {
      await fake.close();
    }
  });
});
