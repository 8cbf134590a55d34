import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackageLogs, readPackageRecords } from '../../src/package/archive.js';
import { packageRun, type PackageOptions, type PackageResult } from '../../src/package/assemble.js';
import { writeManifest } from '../../src/package/manifest.js';
import type { LyfeError } from '../../src/errors.js';
import type { LogRecord } from '../../src/records/types.js';
import { DEFAULT_OPENAI_MODEL } from '../../src/llm/openai.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { deferred } from '../helpers/deferred.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useRunStages } from '../helpers/run-stages.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { deadPid } from '../reliability/cli-support.js';

/**
 * The package feature as a user meets it: separate CLI processes on one work folder, then
 * `package`, `verify` and `replay` on what they left.
 */

const SOURCE = path.resolve('test/fixtures/content/como_dormir_bem.md');
const TEMPLATE = 'work/02_preprocessed/como_dormir_bem_filled_template.md';
const OTHER_SESSION = 'sess_2024-12-31_23-59-59_deadbeef';


const { start } = useChildren();
const temp = useTempDir('lyfe-kt-package-');

async function cli(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(env) }).exit;
}

async function ok(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Exit> {
  const exit = await cli(cwd, args, env);
  expect(exit.code, `lyfe-kt ${args.join(' ')}\n${exit.stderr}`).toBe(0);
  return exit;
}

/** A run of SOURCE up to a stage, made once for the file by separate CLI processes; each test copies it. */
const runUpTo = useRunStages([SOURCE], {
  preprocessed: ['preprocess', 'file', 'work/01_raw/como_dormir_bem.md', 'work/02_preprocessed'],
  generated: ['generate', 'file', TEMPLATE, 'work/03_output'],
});

/**
 * `lyfe-kt package` run through the library in this process (packageRun is what the command calls
 * before printing), where a package is only what a test starts from.
 */
async function packaged(cwd: string, options: Partial<PackageOptions> = {}): Promise<PackageResult> {
  return packageRun({ workDir: path.join(cwd, 'work'), logDir: path.join(cwd, 'logs'), outputDir: path.join(cwd, 'packages'), ...options });
}

function onlyPackage(cwd: string): string {
  const names = fs.readdirSync(path.join(cwd, 'packages'));
  expect(names).toHaveLength(1);
  return path.join(cwd, 'packages', names[0]);
}

function metadataOf(pkg: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(pkg, 'logs/metadata.json'), 'utf8'));
}

function treeHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) out[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

function foreignLogs(cwd: string): void {
  const other = (event: string, stage: string): string =>
    JSON.stringify({ level: 'info', time: '2024-12-31T23:59:59.000Z', session: OTHER_SESSION, stage, event, msg: `other ${event}`, pid: 1 });
  // Before the run's own records, as if written by earlier runs and the old tool.
  const prepend = (file: string, lines: string[]): void => fs.writeFileSync(file, [...lines, fs.readFileSync(file, 'utf8')].join('\n'));
  prepend(path.join(cwd, 'logs/processing.jsonl'), [other('session.start', 'session'), '2024-12-31 23:59:59 INFO lyfe_kt: the old tool wrote text lines here', other('stage.start', 'generate')]);
  prepend(path.join(cwd, 'logs/prompts.jsonl'), ['=== PROMPT AUDIT (text) ===', other('llm.attempt', 'generate')]);
}

const PRD_FIELDS: Record<string, Record<string, string>> = {
  execution: { start_time: 'string', end_time: 'string', duration_seconds: 'number', stages_executed: 'array', success: 'boolean' },
  content: { input_files: 'array', output_files: 'array', schema_version: 'string' },
  ai_usage: { total_api_calls: 'number', total_tokens: 'number', model: 'string', success_rate: 'number' },
  quality_metrics: { schema_compliance: 'number', mobile_optimization_score: 'number', ari_persona_consistency: 'number' },
};

/** Every PRD field is there, with its type; `null` only where the run produced nothing to measure. */
function expectPrdMetadata(metadata: Record<string, any>, { allowNull = false } = {}): void {
  expect(metadata.session_id).toMatch(/^sess_/);
  for (const [section, fields] of Object.entries(PRD_FIELDS)) {
    for (const [field, type] of Object.entries(fields)) {
      expect(metadata[section], section).toHaveProperty(field);
      const value = metadata[section][field];
      if (value === null && allowNull) continue;
      expect(Array.isArray(value) ? 'array' : typeof value, `${section}.${field}`).toBe(type);
    }
  }
}

/** The call ids a `file.result` names: generation names one call, preprocessing the calls of its file. */
function callIdsOf(record: LogRecord): string[] {
  const data = record.data ?? {};
  return [...(typeof data.call_id === 'string' ? [data.call_id] : []), ...(Array.isArray(data.call_ids) ? data.call_ids : [])];
}

/**
 * The PRD's "100% correlation": every file the LLM wrote (02_preprocessed, 03_output) leads to the
 * calls that made it, and every call leads to the files it made, all inside the package, both ways
 * agreeing; the summary's table names each output's call.
 */
function expectFullCorrelation(pkg: string): void {
  const { processing, prompts } = readPackageRecords(pkg);
  const attempts = prompts.filter((r) => r.event === 'llm.attempt');
  const callOutputs = new Map<string, Set<string>>();
  for (const attempt of attempts) {
    const id = (attempt.data as { call_id: string }).call_id;
    callOutputs.set(id, new Set([...(callOutputs.get(id) ?? []), ...(attempt.output ?? [])]));
  }
  const results = processing.filter((r) => r.event === 'file.result' && r.stage !== 'package');
  const made = [...fs.readdirSync(path.join(pkg, '02_preprocessed')), ...fs.readdirSync(path.join(pkg, '03_output'))];
  expect(made.length).toBeGreaterThan(0);
  const summary = fs.readFileSync(path.join(pkg, 'logs/execution_summary.md'), 'utf8');

  // Output -> calls.
  for (const file of made) {
    const result = results.find((r) => r.output?.includes(file));
    expect(result, `no file.result names ${file}`).toBeDefined();
    const ids = callIdsOf(result!);
    expect(ids.length, `${file} names no call`).toBeGreaterThan(0);
    for (const id of ids) expect(callOutputs.get(id), `call ${id} of ${file}`).toContain(file);
    if (fs.existsSync(path.join(pkg, '03_output', file))) {
      expect(summary.split('\n').find((line) => line.startsWith(`| ${file} |`)), `summary row of ${file}`).toContain(`| \`${ids[0]}\` |`);
    }
  }
  // Call -> outputs, and back.
  expect(callOutputs.size).toBeGreaterThan(0);
  for (const [id, outputs] of callOutputs) {
    expect(outputs.size, `call ${id} names no output`).toBeGreaterThan(0);
    for (const file of outputs) expect(made, `call ${id}`).toContain(file);
    expect(results.some((r) => callIdsOf(r).includes(id)), `no file.result names call ${id}`).toBe(true);
  }
}

describe('lyfe-kt package', () => {
  it("packages one session, from three separate processes, with only that session's records", async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    foreignLogs(cwd);
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;
    const packaged = await ok(cwd, ['package', '--json']);
    const result = JSON.parse(packaged.stdout);

    const pkg = onlyPackage(cwd);
    expect(path.basename(pkg)).toMatch(/^como_dormir_bem-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    expect(result).toMatchObject({ session_id: session, success: true, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    for (const folder of ['01_raw', '02_preprocessed', '03_output', 'reports']) expect(fs.readdirSync(path.join(pkg, folder)).length).toBeGreaterThan(0);
    expect(fs.readdirSync(path.join(pkg, 'logs')).sort()).toEqual(['execution_summary.md', 'metadata.json', 'processing.jsonl', 'processing.log', 'prompts.jsonl', 'prompts_audit.log', 'quality_issues.json', 'viewer.html']);

    // That session only: no other session's record, no foreign text line, in any file of logs/.
    const records = readPackageRecords(pkg);
    const attempts = records.prompts.filter((record) => record.event === 'llm.attempt');
    expect(records.processing.length).toBeGreaterThan(5);
    expect(attempts).toHaveLength(3);
    expect(records.prompts.filter((record) => record.event === 'llm.request')).toHaveLength(3);
    for (const record of [...records.processing, ...records.prompts]) expect(record.session).toBe(session);
    expect(new Set(records.processing.map((r) => r.pid)).size).toBe(3);
    for (const name of fs.readdirSync(path.join(pkg, 'logs'))) {
      const text = fs.readFileSync(path.join(pkg, 'logs', name), 'utf8');
      expect(text, name).not.toContain(OTHER_SESSION);
      expect(text, name).not.toContain('the old tool');
    }

    const metadata = metadataOf(pkg);
    expectPrdMetadata(metadata);
    expect(metadata).toMatchObject({
      session_id: session,
      execution: { stages_executed: ['preprocessing', 'generation', 'packaging'], success: true },
      content: { input_files: ['como_dormir_bem.md'], output_files: ['como_dormir_bem_filled_template_beginner.json', 'como_dormir_bem_filled_template_advanced.json'], schema_version: 'v1.1' },
      ai_usage: { total_api_calls: 3, model: 'offline-v1', success_rate: 1 },
      quality_metrics: { schema_compliance: 1 },
    });
    expect(metadata.ai_usage.total_tokens).toBe(attempts.reduce((sum: number, r: LogRecord) => sum + (r.data as any).usage.total_tokens, 0));
    const summary = fs.readFileSync(path.join(pkg, 'logs/execution_summary.md'), 'utf8');
    expect(summary).toContain(`- **Session ID**: ${session}`);
    // Its numbers are those of the records the package carries.
    expect(summary).toContain(`- **Total API Calls**: ${attempts.length}`);
    expect(summary).toContain(`- **Total Tokens**: ${metadata.ai_usage.total_tokens.toLocaleString('en-US')}`);
    expect(summary).toContain(`Rendered from ${records.processing.length} processing records and ${records.prompts.length} prompt-audit records`);
    expect(fs.readFileSync(path.join(pkg, 'logs/prompts_audit.log'), 'utf8').match(/^== /gm)).toHaveLength(3);

    expectFullCorrelation(pkg);
    // The package folder has the mode of the folders inside it (the umask's), not a temporary folder's 0700.
    expect(fs.statSync(pkg).mode & 0o777).toBe(fs.statSync(path.join(pkg, 'logs')).mode & 0o777);

    // Moved, not copied; the work folder no longer names the session.
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK, 15 files/);
  });

  for (const compress of [false, true]) {
    it(`counts in the package's own metadata the files its packaging wrote into it, as the global records do${compress ? ' (compressed logs)' : ''}`, async () => {
      const cwd = temp();
      runUpTo(cwd, 'generated');
      const result = await packaged(cwd, { compress });
      const packaging = metadataOf(result.path).execution.stages.filter((run: { stage: string }) => run.stage === 'package');
      expect(packaging).toHaveLength(1);
      // What every stage's files_out is: the files it wrote, here every file of the package (manifest.json aside).
      expect(packaging[0]).toMatchObject({ status: 'ok', files_in: result.work_files, files_out: result.files });
      expect(metadataOf(result.path).package.files).toBe(result.files);
      const ends = fs
        .readFileSync(path.join(cwd, 'logs/processing.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogRecord)
        .filter((record) => record.stage === 'package' && record.event === 'stage.end');
      expect(ends.map((record) => record.data?.files_out)).toEqual([result.files]);
    });
  }

  it('takes the title as --title too, as run and merge do, and refuses two different titles', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const twice = await cli(cwd, ['package', 'One', '--title', 'Two']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('lyfe-kt: two titles given: "One" and --title "Two". Give the title once, as the argument or with --title');
    expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
    await ok(cwd, ['package', '--title', 'Naval Supertask']);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toEqual([expect.stringMatching(/^Naval-Supertask-\d{4}(-\d\d){4}$/)]);
  });

  it('keeps the work folder with --keep-work, packages it again only when its session is named, and never overwrites a package of the same minute', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;
    await ok(cwd, ['package', 'Naval Supertask', '--keep-work']);
    expect(fs.existsSync(path.join(cwd, 'work/02_preprocessed/como_dormir_bem_filled_template.md'))).toBe(true);
    // The kept files are that package's: packaged again, they are that package, not a second one.
    const again = await ok(cwd, ['package', 'Naval Supertask', '--keep-work']);
    expect(again.stderr).toContain(`packaged already`);
    expect(again.stderr).toContain(`\`lyfe-kt package --session ${session}\` makes one`);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    // Set for every step, as CI sets it, their session is not named: they are still that package.
    expect((await ok(cwd, ['package', 'Naval Supertask', '--keep-work'], { LYFE_KT_SESSION: session })).stderr).toContain('packaged already');
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    // Named, their session is packaged again.
    await ok(cwd, ['package', 'Naval Supertask', '--keep-work', '--session', session]);
    const names = fs.readdirSync(path.join(cwd, 'packages')).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Naval-Supertask-\d{4}(-\d\d){4}$/);
    // The second of the same minute gets `-2` (unless the minute turned in between).
    expect(names[1]).toMatch(new RegExp(`^(${names[0]}-2|Naval-Supertask-\\d{4}(-\\d\\d){4})$`));
    for (const name of names) expect((await ok(cwd, ['verify', path.join('packages', name)])).stdout).toMatch(/^OK/);
  });

  it('packages a session with no records for an empty work folder when it is set for every step (CI: a job stopped before its first record), and refuses it typed', async () => {
    const cwd = temp();
    const typed = await cli(cwd, ['package', '--session', OTHER_SESSION]);
    expect(typed.code, typed.stderr).toBe(2);
    expect(typed.stderr).toContain(`session ${OTHER_SESSION} has no records in`);
    expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
    expect(fs.existsSync(path.join(cwd, 'logs', 'processing.jsonl'))).toBe(false);
    const set = await ok(cwd, ['package'], { LYFE_KT_SESSION: OTHER_SESSION });
    expect(set.stderr).toContain(`packaged session ${OTHER_SESSION} (run failed`);
    expect((await ok(cwd, ['verify', onlyPackage(cwd)])).stdout).toMatch(/^OK/);
  });

  it('refuses to package a session that was packaged once its work folder is empty, writing no record: the session stays packaged', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const first = JSON.parse((await ok(cwd, ['package', '--json', '-q'])).stdout) as { session_id: string };
    const records = fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'));
    for (const [args, env] of [
      [['--session', first.session_id], {}],
      [[], { LYFE_KT_SESSION: first.session_id }],
    ] as const) {
      const again = await cli(cwd, ['package', ...args], env);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(new RegExp(`^lyfe-kt: work: session ${first.session_id} has ended \\(it was packaged\\), and the work folder holds no run of it\\. Nothing was packaged`));
    }
    expect(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl')).equals(records)).toBe(true);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    const list = JSON.parse((await ok(cwd, ['logs', '--list', '--json'])).stdout) as { sessions: { session: string; status: string }[] };
    expect(list.sessions).toEqual([expect.objectContaining({ session: first.session_id, status: 'succeeded' })]);
  });

  it('says a lesson edited between generate and package is not the file the records describe', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const beginner = 'como_dormir_bem_filled_template_beginner.json';
    const file = path.join(cwd, 'work/03_output', beginner);
    const lesson = JSON.parse(fs.readFileSync(file, 'utf8')) as { title: string };
    lesson.title = `${lesson.title} (edited)`;
    fs.writeFileSync(file, `${JSON.stringify(lesson, null, 2)}\n`);

    await ok(cwd, ['package']);

    const dir = onlyPackage(cwd);
    const quality = JSON.parse(fs.readFileSync(path.join(dir, 'logs/quality_issues.json'), 'utf8')) as { issues: { id: string; rule: string; file: string }[] };
    const changed = quality.issues.filter((issue) => issue.rule === 'output-changed');
    expect(changed.map((issue) => issue.file)).toEqual([beginner]);
    const summary = fs.readFileSync(path.join(dir, 'logs/execution_summary.md'), 'utf8');
    expect(summary).toContain(`| ${beginner} | yes, as generated (changed since: ${changed[0]!.id}) |`);
    expect(summary).toMatch(/\| como_dormir_bem_filled_template_advanced\.json \| yes \|/);
  });

  it('kept files whose package was removed since are a run not packaged: stages say to package it, and package does', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    await ok(cwd, ['package', '--keep-work']);
    const [first] = fs.readdirSync(path.join(cwd, 'packages'));
    fs.rmSync(path.join(cwd, 'packages', first), { recursive: true });
    const stage = await cli(cwd, ['preprocess', 'file', 'work/01_raw/como_dormir_bem.md', 'work/02_preprocessed']);
    expect(stage.code).toBe(1);
    expect(stage.stderr).toContain(`was being packaged into ${path.resolve(cwd, 'packages', first)}, which is not there`);
    expect(stage.stderr).toContain('Run `lyfe-kt package` to package the run');
    // run says the same, and changes nothing: the mark stays for `package`.
    const marked = fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8');
    fs.mkdirSync(path.join(cwd, 'articles'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'articles/other.md'));
    const run = await cli(cwd, ['run', 'articles']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('which is not there');
    expect(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).toBe(marked);
    const packaged = await ok(cwd, ['package', '--json']);
    expect(JSON.parse(packaged.stdout).warnings).toEqual([expect.stringContaining(`being packaged into ${path.resolve(cwd, 'packages', first)}, which is not there`)]);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    expect((await ok(cwd, ['verify', JSON.parse(packaged.stdout).path])).stdout).toMatch(/^OK/);
  });

  it('packages a file of 03_output/ the session did not write, and warns that it is not its work', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;
    const stray = 'level_1_foundation.json';
    fs.copyFileSync(path.resolve('test/fixtures/reference/03_output', stray), path.join(cwd, 'work/03_output', stray));
    const exit = await ok(cwd, ['package', '--json']);
    const warning = `packaged from the work folder, not written by this session (${session}): ${path.join('work/03_output', stray)}`;
    expect(JSON.parse(exit.stdout).warnings).toEqual([warning]);
    expect(exit.stderr).toContain(warning);
    const pkg = onlyPackage(cwd);
    expect(fs.readdirSync(path.join(pkg, '03_output'))).toContain(stray);
    const outputs = metadataOf(pkg).content.output_files as string[];
    expect(outputs).toHaveLength(2);
    expect(outputs.join('\n')).not.toContain(stray);
    // The package says so in its own records too: the terminal's warning is gone, the package stays.
    const records = fs.readFileSync(path.join(pkg, 'logs/processing.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as LogRecord);
    expect(records.filter((record) => record.event === 'warning')).toEqual([
      expect.objectContaining({ level: 'warn', stage: 'package', input: [`03_output/${stray}`], msg: 'packaged from the work folder, not written by this session' }),
    ]);
    expect(fs.readFileSync(path.join(pkg, 'logs/processing.log'), 'utf8')).toMatch(/ WARN {2}package {4}warning {6}03_output\/level_1_foundation\.json packaged from the work folder, not written by this session\n/);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
  });

  it('escapes a file name with | and markdown in the tables and lists of execution_summary.md, keeping _ inside words as written', async () => {
    const cwd = temp();
    const name = 'sono|dicas *bold*';
    fs.mkdirSync(path.join(cwd, 'articles'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'articles', `${name}.md`));
    await ok(cwd, ['preprocess', 'file', `articles/${name}.md`, 'work/02_preprocessed']);
    await ok(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output']);
    const summary = fs.readFileSync(path.join((await packaged(cwd)).path, 'logs/execution_summary.md'), 'utf8');
    const escaped = 'sono\\|dicas \\*bold\\*';
    expect(summary).not.toContain(name);
    expect(summary).toContain(`- **Source**: ${escaped}.md\n`);
    // The `_` after `*` is at a word's edge, where it could open emphasis: escaped too; those inside words are not.
    const rows = summary.split('\n').filter((line) => line.startsWith(`| ${escaped}\\_filled_template_`));
    expect(rows).toHaveLength(2);
    // A cell ends at a | that no backslash escapes: each row has the header's 8 cells.
    const cells = (row: string): number => row.split(/(?<!\\)\|/).length - 2;
    for (const row of rows) expect(cells(row), row).toBe(cells('| Output | Valid | Mobile | Persona | Call | Attempts | Tokens | Cost |'));
  });

  it('shows control characters of a file name as escapes: one line per record, no terminal escape, no workflow command', async () => {
    const cwd = temp();
    // A name a pull request can add (git takes any byte but / and NUL): on a line of its own, the
    // runner would take the rest for a workflow command; the escape would recolour a terminal.
    const name = 'x\n::error title=Build failed::see logs\u001b[2J.md';
    const shown = 'x\\n::error title=Build failed::see logs\\u001b[2J';
    fs.mkdirSync(path.join(cwd, 'in'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'in', name));
    // Named in a warning: left out, in a subfolder.
    fs.mkdirSync(path.join(cwd, 'in', 'sub'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'in', 'sub', name));
    const run = await ok(cwd, ['run', 'in']);
    expect(run.stderr).toContain(`(in/sub/${shown}.md); pass --recursive to take them\n`);
    expect(run.stderr).toContain(`preprocess ok work/01_raw/${shown}.md\n`);
    const pkg = onlyPackage(cwd);
    const logs = await ok(cwd, ['logs', '--package', pkg, '--prompts']);
    // The commands that name a package's files: replay's outputs, compare's sources, verify's changes.
    const replay = await ok(cwd, ['replay', pkg, '--out', 'again']);
    expect(replay.stderr).toContain(`identical ${shown}_filled_template_beginner.json\n`);
    const compare = await ok(cwd, ['compare', pkg, pkg]);
    expect(compare.stdout).toContain(`unchanged  ${shown}.md\n`);
    const changed = path.join(cwd, 'changed');
    fs.cpSync(pkg, changed, { recursive: true });
    fs.appendFileSync(path.join(changed, '01_raw', name), '\nMore.\n');
    const verify = await cli(cwd, ['verify', changed]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toBe(`changed: 01_raw/${shown}.md\n`);
    for (const text of [run.stderr, logs.stdout, replay.stderr, compare.stdout, verify.stdout, fs.readFileSync(path.join(pkg, 'logs/processing.log'), 'utf8'), fs.readFileSync(path.join(pkg, 'logs/prompts_audit.log'), 'utf8')]) {
      expect(text).not.toMatch(/^::/m);
      expect(text).not.toContain('\u001b');
    }
    const lines = (file: string): number => fs.readFileSync(path.join(pkg, 'logs', file), 'utf8').trimEnd().split('\n').length;
    expect(lines('processing.log')).toBe(lines('processing.jsonl'));
    // The records themselves keep the name as it is.
    expect(fs.readFileSync(path.join(pkg, 'logs/processing.jsonl'), 'utf8')).toContain(JSON.stringify(name));
    const refused = await cli(cwd, ['preprocess', 'file', `in/${name.replace('.md', '.txt')}`, 'work/02_preprocessed']);
    expect(refused.stderr.trimEnd().split('\n')).toEqual([`lyfe-kt: in/${shown}.txt: no such file. Check the path; it is read relative to the current directory`]);
  });

  it('leaves out the half-written file of a write that was killed, no output of the run, and removes it with the work files', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const half = '.lyfe-kt-0b5f3a52-9c1e-4f0e-8a43-2d1c6b7e9f10.tmp';
    fs.writeFileSync(path.join(cwd, 'work/03_output', half), '{"title": "Como dor');
    const result = await packaged(cwd);
    expect(fs.readdirSync(path.join(result.path, '03_output')).filter((name) => name.startsWith('.'))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(result.path, 'manifest.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(manifest.files).filter((file) => file.includes('.lyfe-kt-'))).toEqual([]);
    expect((await ok(cwd, ['verify', result.path])).stdout).toMatch(/^OK/);
    // Removed with the files the package took: the work folder is left empty.
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
  });

  it('packageRun, as the library gives it, refuses a log folder, a packages folder and a run without records as the command does', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    fs.writeFileSync(path.join(cwd, 'a-file'), 'not a folder\n');
    const refusal = (options: Partial<PackageOptions>) => packaged(cwd, options).then(() => undefined, (error: unknown) => error as LyfeError);
    expect(await refusal({ logDir: path.join(cwd, 'a-file') })).toMatchObject({ message: 'the log folder is a file, not a folder' });
    expect(await refusal({ outputDir: path.join(cwd, 'a-file') })).toMatchObject({ message: 'the packages folder is a file, not a folder' });
    expect(await refusal({ logDir: path.join(cwd, 'elsewhere') })).toMatchObject({ message: expect.stringMatching(/^no records of session sess_\S+ in /) });
    expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
    expect(fs.readdirSync(path.join(cwd, 'work/02_preprocessed')).length).toBeGreaterThan(0);
  });

  it("takes over a lock whose pid is now another process's (started after the lock was written)", async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const lock = path.join(cwd, 'work/.lyfe-kt-package.lock');
    fs.writeFileSync(lock, `${process.pid}\n`);
    const before = new Date('2001-01-01T00:00:00Z');
    fs.utimesSync(lock, before, before);
    // So with an assembly folder that a killed packager of that pid left.
    const left = path.join(cwd, 'packages', `.lessons-2001-01-01-00-00.tmp-${process.pid}-abcdef`);
    fs.mkdirSync(left, { recursive: true });
    fs.utimesSync(left, before, before);
    const packagedNow = await ok(cwd, ['package']);
    expect(packagedNow.stderr).toContain(`removed ${path.join('packages', path.basename(left))}, left by a \`lyfe-kt package\` that was stopped`);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('refuses a title with nothing usable, writing nothing', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const before = treeHashes(path.join(cwd, 'work'));
    const exit = await cli(cwd, ['package', '../..']);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/no usable characters/);
    expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(before);
  });

  it('leaves neither a package nor a damaged work folder when assembly fails, and packages once the cause is gone', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const before = treeHashes(path.join(cwd, 'work'));
    // A named pipe sorts after the real outputs: assembly has copied files when it fails on it.
    const pipe = path.join(cwd, 'work/03_output/zz_pipe');
    execFileSync('mkfifo', [pipe]);
    const exit = await cli(cwd, ['package']);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/zz_pipe: cannot package it/);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toEqual([]);
    fs.rmSync(pipe);
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(before);

    await ok(cwd, ['package']);
    const pkg = onlyPackage(cwd);
    expect(metadataOf(pkg).execution.success).toBe(true);
    // The failed attempt is in the session's record, and did not make the run a failure.
    expect(fs.readFileSync(path.join(pkg, 'logs/processing.log'), 'utf8')).toMatch(/package\s+stage\.end\s+package failed/);
  });

  it('compresses the logs with --compress; verify and the package reader read them', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const { stdout } = await ok(cwd, ['package', '--compress', '--json']);
    const result = JSON.parse(stdout);
    const pkg = onlyPackage(cwd);
    expect(fs.readdirSync(path.join(pkg, 'logs')).sort()).toEqual(['execution_summary.md', 'metadata.json', 'quality_issues.json', 'records.tar.gz', 'viewer.html']);
    const metadata = metadataOf(pkg);
    expectPrdMetadata(metadata);
    expect(metadata.package).toMatchObject({ compressed: true });
    expect(metadata.package.logs_compressed_bytes).toBeLessThan(metadata.package.logs_bytes / 2);
    expect(result.logs).toEqual({ compressed: true, bytes: metadata.package.logs_bytes, compressed_bytes: metadata.package.logs_compressed_bytes });

    const records = readPackageRecords(pkg);
    expect(records.compressed).toBe(true);
    expect(records.session_id).toBe(metadata.session_id);
    expect(records.processing).toHaveLength(metadata.records.processing);
    expect(records.prompts.filter((record) => record.event === 'llm.attempt')).toHaveLength(3);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK, 12 files/);

    const archive = path.join(pkg, 'logs/records.tar.gz');
    const bytes = fs.readFileSync(archive);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(archive, bytes);
    const damaged = await cli(cwd, ['verify', pkg]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toContain('changed: logs/records.tar.gz');
  });
});

describe('two articles of one name in one session', () => {
  it('refuses the second when the names differ only in case, which macOS and Windows do not tell apart', async () => {
    const cwd = temp();
    for (const [folder, name] of [['a', 'intro.md'], ['b', 'Intro.md']]) {
      fs.mkdirSync(path.join(cwd, folder));
      fs.writeFileSync(path.join(cwd, folder, name), `# Intro ${folder}\n\n${fs.readFileSync(SOURCE, 'utf8')}`);
    }
    await ok(cwd, ['preprocess', 'file', 'a/intro.md', 'work/02_preprocessed']);
    const work = treeHashes(path.join(cwd, 'work'));
    const second = await cli(cwd, ['preprocess', 'file', 'b/Intro.md', 'work/02_preprocessed']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      'lyfe-kt: b/Intro.md: has the same name as a/intro.md (but for letter case or how its accents are encoded, which macOS and Windows do not tell apart), preprocessed earlier in session',
    );
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(work);
  });

  it('refuses the second, naming both, writing nothing; the same article again (its path, its copy in 01_raw/) runs', async () => {
    const cwd = temp();
    for (const folder of ['a', 'b']) {
      fs.mkdirSync(path.join(cwd, folder));
      fs.writeFileSync(path.join(cwd, folder, 'intro.md'), `# Intro ${folder}\n\n${fs.readFileSync(SOURCE, 'utf8')}`);
    }
    await ok(cwd, ['preprocess', 'file', 'a/intro.md', 'work/02_preprocessed']);
    const work = treeHashes(path.join(cwd, 'work'));
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;

    const second = await cli(cwd, ['preprocess', 'file', 'b/intro.md', 'work/02_preprocessed']);
    expect(second.code).toBe(1);
    expect(second.stderr.trimEnd().split('\n').at(-1)).toBe(
      `lyfe-kt: b/intro.md: has the same name as a/intro.md, preprocessed earlier in session ${session}: its outputs would replace that article's. Nothing was written; rename one of them (the outputs are named after the article), or preprocess it in a session of its own (another --work-dir)`,
    );
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(work);

    // A re-run of the same article replaces its own outputs, as before.
    fs.appendFileSync(path.join(cwd, 'a/intro.md'), '\nOne more line.\n');
    await ok(cwd, ['preprocess', 'file', 'a/intro.md', 'work/02_preprocessed']);
    await ok(cwd, ['preprocess', 'file', 'work/01_raw/intro.md', 'work/02_preprocessed']);
    await ok(cwd, ['preprocess', 'file', 'a/intro.md', 'work/02_preprocessed']);
    expect((await cli(cwd, ['preprocess', 'file', 'b/intro.md', 'work/02_preprocessed'])).code).toBe(1);
    fs.renameSync(path.join(cwd, 'b/intro.md'), path.join(cwd, 'b/intro-b.md'));
    await ok(cwd, ['preprocess', 'file', 'b/intro-b.md', 'work/02_preprocessed']);
    const result = await packaged(cwd);
    expect(result.success).toBe(true);
    expect(fs.readdirSync(path.join(result.path, '01_raw')).sort()).toEqual(['intro-b.md', 'intro.md']);
    expect(fs.readFileSync(path.join(result.path, '01_raw/intro.md'), 'utf8')).toContain('# Intro a');
  });
});

describe('supertasks of one session checked against two schema versions', () => {
  it('refuses a generate whose --schema-version is not the one the session checked its other supertasks against, writing nothing', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const other = path.resolve('test/fixtures/content/solidao_cronica.md');
    await ok(cwd, ['preprocess', 'file', other, 'work/02_preprocessed']);
    const work = treeHashes(path.join(cwd, 'work'));
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;

    const mixed = await cli(cwd, ['generate', 'file', 'work/02_preprocessed/solidao_cronica_filled_template.md', 'work/03_output', '--schema-version', '1.0']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr.trimEnd().split('\n').at(-1)).toBe(
      `lyfe-kt: --schema-version 1.0: session ${session} checked como_dormir_bem_filled_template_beginner.json, como_dormir_bem_filled_template_advanced.json against schema v1.1, and its package states one version and measures schema compliance against it. ` +
        'Nothing was written; give --schema-version 1.1, generate those templates again with 1.0 in the same command, or package this run first and generate in a session of its own',
    );
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(work);

    // The supertasks it makes again are replaced, so their earlier version does not count.
    await ok(cwd, ['generate', 'directory', 'work/02_preprocessed', 'work/03_output', '--schema-version', '1.0']);
    const result = await packaged(cwd);
    const metadata = JSON.parse(fs.readFileSync(path.join(result.path, 'logs/metadata.json'), 'utf8'));
    expect(metadata.content.schema_version).toBe('v1.0');
    expect(metadata.content.output_files).toHaveLength(4);
  });
});

describe('a generate with another --schema-version in a work folder kept by package --keep-work', () => {
  it('is refused for the packaged run, as any stage there is, not sent to package it first or to give the version it was packaged with', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await ok(cwd, ['preprocess', 'file', path.resolve('test/fixtures/content/solidao_cronica.md'), 'work/02_preprocessed']);
    await ok(cwd, ['package', '--keep-work']);
    const work = treeHashes(path.join(cwd, 'work'));

    const refused = await cli(cwd, ['generate', 'file', 'work/02_preprocessed/solidao_cronica_filled_template.md', 'work/03_output', '--schema-version', '1.0']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('kept by `lyfe-kt package --keep-work`');
    expect(refused.stderr).not.toContain('--schema-version 1.0: session');
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(work);
  });
});

describe('lyfe-kt package killed with SIGKILL once its package is in place', () => {
  const KILL_AT = path.resolve('test/helpers/kill-at.cjs');
  const killedAt = async (cwd: string, point: string, args: string[] = []): Promise<void> => {
    const exit = await start(['--require', KILL_AT, CLI, 'package', ...args], { cwd, env: cliEnv({ LYFE_KT_KILL_AT: point }) }).exit;
    expect(exit.signal, exit.stderr).toBe('SIGKILL');
  };
  const sessionFile = (cwd: string): string => path.join(cwd, 'work/.lyfe-kt-session.json');

  it.each([[[]], [['--keep-work']]])('right after the rename (%j): the next package finishes it and reports that package, making no second one', async (args) => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const work = treeHashes(path.join(cwd, 'work'));
    await killedAt(cwd, 'place', args);
    const pkg = onlyPackage(cwd);
    expect(JSON.parse(fs.readFileSync(sessionFile(cwd), 'utf8')).packaged.path).toBe(path.resolve(pkg));

    // Packaged as that one was (keeping work, or not), the next package finishes it.
    const again = await ok(cwd, ['package', '--json', ...args]);
    const result = JSON.parse(again.stdout);
    expect(onlyPackage(cwd)).toBe(pkg);
    expect(result).toMatchObject({ path: path.resolve(pkg), success: true, kept_work: args.length > 0, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    expect(result.digest).toBe(JSON.parse(fs.readFileSync(path.join(pkg, 'manifest.json'), 'utf8')).digest);
    expect(again.stderr).toContain('packaged already');
    // Kept, the files stay that package's, and the session file says so.
    expect(fs.existsSync(sessionFile(cwd))).toBe(args.length > 0);
    const visible = (hashes: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(hashes).filter(([file]) => !file.startsWith('.')));
    if (args.length) {
      expect(visible(treeHashes(path.join(cwd, 'work')))).toEqual(visible(work));
      // A package that does not keep work empties the folder of what that package holds, and makes no second one.
      const emptying = await ok(cwd, ['package', '--json']);
      expect(JSON.parse(emptying.stdout)).toMatchObject({ path: path.resolve(pkg), kept_work: false });
      expect(emptying.stderr).toContain('they are removed from the work folder now, and no second package was made');
      expect(onlyPackage(cwd)).toBe(pkg);
      expect(fs.existsSync(sessionFile(cwd))).toBe(false);
    }
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
  });

  it("a package --session of kept files that fails leaves them marked as the first package's; with their records gone, package still reports it", async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const session = JSON.parse(fs.readFileSync(sessionFile(cwd), 'utf8')).session_id as string;
    await ok(cwd, ['package', '--keep-work']);
    const first = onlyPackage(cwd);
    const failed = await start(['--require', KILL_AT, CLI, 'package', '--keep-work', '--session', session], { cwd, env: cliEnv({ LYFE_KT_KILL_AT: 'fail-place' }) }).exit;
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toContain('EACCES');
    expect(JSON.parse(fs.readFileSync(sessionFile(cwd), 'utf8')).packaged.path).toBe(path.resolve(first));
    // The package holds the records: the global ones may go, and package still reports it (and empties the folder).
    fs.rmSync(path.join(cwd, 'logs'), { recursive: true });
    const again = await ok(cwd, ['package', '--json']);
    expect(JSON.parse(again.stdout).path).toBe(path.resolve(first));
    expect(again.stderr).toContain('they are removed from the work folder now');
    expect(onlyPackage(cwd)).toBe(first);
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
  });

  it('leaves a work file replaced by hand once the package is in place: the package keeps the file it linked', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const file = path.join('work/03_output', fs.readdirSync(path.join(cwd, 'work/03_output'))[0]);
    const linked = fs.readFileSync(path.join(cwd, file), 'utf8');
    const exit = await start(['--require', KILL_AT, CLI, 'package', '--json'], { cwd, env: cliEnv({ LYFE_KT_KILL_AT: `replace:${file}` }) }).exit;
    expect(exit.code, exit.stderr).toBe(0);
    const result = JSON.parse(exit.stdout);
    expect(result.warnings).toEqual([expect.stringContaining(`replaced since it was packaged (the package holds the file it replaced): ${file}`)]);
    expect(fs.readFileSync(path.join(cwd, file), 'utf8')).toBe('replaced by hand\n');
    expect(fs.readFileSync(path.resolve(cwd, result.path, '03_output', path.basename(file)), 'utf8')).toBe(linked);
    expect((await ok(cwd, ['verify', result.path])).stdout).toMatch(/^OK/);
  });

  it('right after the rename, with --keep-work: run says the kept files of that package stop it', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await killedAt(cwd, 'place', ['--keep-work']);
    const pkg = onlyPackage(cwd);
    fs.mkdirSync(path.join(cwd, 'articles'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'articles/other.md'));
    const run = await cli(cwd, ['run', 'articles']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kept by \`lyfe-kt package --keep-work\` when it packaged them into ${path.resolve(pkg)}`);
    expect(run.stderr).not.toContain('emptied now');
    expect(onlyPackage(cwd)).toBe(pkg);
  });

  it('while the work files are removed: stages refuse the folder, the next package empties it but for what is not in the package', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await killedAt(cwd, 'unlink:2');
    const pkg = onlyPackage(cwd);
    expect(fs.readdirSync(path.join(cwd, 'work/02_preprocessed')).length).toBeGreaterThan(0);
    fs.writeFileSync(path.join(cwd, 'work/03_output/notes.txt'), 'mine');
    // Replaced, not edited in place: the work file left is a second name of the package's (a hard link).
    fs.rmSync(path.join(cwd, 'work/02_preprocessed/como_dormir_bem_filled_template.md'));
    fs.writeFileSync(path.join(cwd, 'work/02_preprocessed/como_dormir_bem_filled_template.md'), 'written after');

    const generate = await cli(cwd, ['generate', 'file', TEMPLATE, 'work/03_output']);
    expect(generate.code).toBe(1);
    expect(generate.stderr).toContain(`was packaged into ${path.resolve(pkg)}, but the work folder was not emptied`);

    const again = await ok(cwd, ['package', '--json']);
    expect(JSON.parse(again.stdout).path).toBe(path.resolve(pkg));
    expect(again.stderr).toContain('not in the package as they are: 02_preprocessed/como_dormir_bem_filled_template.md, 03_output/notes.txt');
    expect(onlyPackage(cwd)).toBe(pkg);
    expect(Object.keys(treeHashes(path.join(cwd, 'work'))).sort()).toEqual(['02_preprocessed/como_dormir_bem_filled_template.md', '03_output/notes.txt']);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
  });

  it('while the work files are removed: run finishes it, then runs in the emptied work folder', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await killedAt(cwd, 'unlink:3');
    const first = onlyPackage(cwd);
    fs.mkdirSync(path.join(cwd, 'articles'));
    fs.copyFileSync(SOURCE, path.join(cwd, 'articles/other.md'));
    // The half-written file of a write killed before the packaging goes with the work files.
    fs.writeFileSync(path.join(cwd, 'work/03_output/.lyfe-kt-0b5f3a52-9c1e-4f0e-8a43-2d1c6b7e9f10.tmp'), '{"ti');
    // While a `package` still holds the work folder (its lock, a live pid), run leaves it alone.
    const lock = path.join(cwd, 'work/.lyfe-kt-package.lock');
    fs.writeFileSync(lock, `${process.pid}\n`);
    const work = treeHashes(path.join(cwd, 'work'));
    const held = await cli(cwd, ['run', 'articles']);
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(`another \`lyfe-kt package\` (pid ${process.pid}) is packaging this work folder`);
    expect(treeHashes(path.join(cwd, 'work'))).toEqual(work);
    // A dead process's lock (a killed packager's): taken over.
    fs.writeFileSync(lock, `${await deadPid()}\n`);
    const run = await ok(cwd, ['run', 'articles', '--json']);
    expect(run.stderr).toContain(`packaged already, into ${path.resolve(first)}`);
    expect(fs.readdirSync(path.join(cwd, 'packages')).sort()).toHaveLength(2);
    expect(fs.readdirSync(path.join(cwd, 'work'))).toEqual([]);
    expect((await ok(cwd, ['verify', first])).stdout).toMatch(/^OK/);
  });
});

describe('lyfe-kt logs --package', () => {
  it('logs --package reads the prompt records only for --prompts: a damaged prompt file leaves the processing view whole', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const pkg = (await packaged(cwd, { title: 'plain' })).path;
    fs.writeFileSync(path.join(pkg, 'logs', 'prompts.jsonl'), 'damaged\n');
    const processing = await ok(cwd, ['logs', '--package', pkg, '--json']);
    expect(processing.stdout).toBe(fs.readFileSync(path.join(pkg, 'logs', 'processing.jsonl'), 'utf8'));
    const prompts = await cli(cwd, ['logs', '--package', pkg, '--prompts']);
    expect(prompts.code).toBe(1);
    expect(prompts.stderr).toContain('line 1 of prompts.jsonl is not a record');
  });

  it('shows the records of a plain and of a compressed package, with the views and filters of --session', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'work/.lyfe-kt-session.json'), 'utf8')).session_id as string;
    // The same run packaged twice: from a copy of its work folder, the second time.
    fs.cpSync(path.join(cwd, 'work'), path.join(cwd, 'copy'), { recursive: true });
    await packaged(cwd, { title: 'plain' });
    await packaged(cwd, { title: 'compressed', compress: true, session, workDir: path.join(cwd, 'copy') });
    // Nothing but the packages: the views must not need the global record files.
    fs.rmSync(path.join(cwd, 'logs'), { recursive: true });
    fs.rmSync(path.join(cwd, 'work'), { recursive: true });

    for (const name of fs.readdirSync(path.join(cwd, 'packages'))) {
      const pkg = path.join('packages', name);
      const files = readPackageLogs(path.join(cwd, pkg)).files;
      const text = (file: string): string => files.get(file)!.toString('utf8');
      const lines = (file: string): string[] => text(file).split('\n').filter(Boolean);
      const records = readPackageRecords(path.join(cwd, pkg));
      const footer = (count: number, kind: string): string => `--\n${count} ${kind}(s) of session ${session}, status succeeded\n`;

      // The readable views are the package's own text logs, with the footer of `--session`.
      expect((await ok(cwd, ['logs', '--package', pkg])).stdout, name).toBe(`${text('processing.log')}${footer(records.processing.length, 'record')}`);
      expect((await ok(cwd, ['logs', '--package', pkg, '--prompts'])).stdout, name).toBe(`${text('prompts_audit.log')}${footer(records.prompts.length, 'prompt-audit record')}`);
      // --json prints the package's lines exactly, and nothing else.
      expect((await ok(cwd, ['logs', '--package', pkg, '--json'])).stdout, name).toBe(text('processing.jsonl'));
      expect((await ok(cwd, ['logs', '--package', pkg, '--prompts', '--json'])).stdout, name).toBe(text('prompts.jsonl'));
      // --stage and --level keep those records only.
      const generate = (await ok(cwd, ['logs', '--package', pkg, '--json', '--stage', 'generate'])).stdout;
      expect(generate, name).toBe(lines('processing.jsonl').filter((line) => JSON.parse(line).stage === 'generate').map((line) => `${line}\n`).join(''));
      const preprocessPrompts = await ok(cwd, ['logs', '--package', pkg, '--prompts', '--stage', 'preprocess']);
      expect(preprocessPrompts.stdout.match(/^== /gm), name).toHaveLength(1);
      expect((await ok(cwd, ['logs', '--package', pkg, '--json', '--level', 'warn'])).stdout, name).toBe('');
    }
    expect(readPackageRecords(path.join(cwd, 'packages', fs.readdirSync(path.join(cwd, 'packages')).find((n) => n.startsWith('compressed'))!)).compressed).toBe(true);

    const both = await cli(cwd, ['logs', '--package', 'packages', '--list']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--package <dir>' cannot be used with option '--list'");
    const notPackage = await cli(cwd, ['logs', '--package', '.']);
    expect(notPackage.code).toBe(1);
    expect(notPackage.stderr).toContain('not a package: it has no logs/ folder');
  });
});

describe('lyfe-kt verify', () => {
  it('finds one changed byte in an output, in processing.log, in metadata.json, a removed file and an added file', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK, \d+ files/);

    const flip = (file: string) => (dir: string) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      fs.writeFileSync(path.join(dir, file), bytes);
    };
    const cases: [string, (dir: string) => void, string][] = [
      ['an output', flip('03_output/como_dormir_bem_filled_template_beginner.json'), 'changed: 03_output/como_dormir_bem_filled_template_beginner.json'],
      ['processing.log', flip('logs/processing.log'), 'changed: logs/processing.log'],
      ['metadata.json', flip('logs/metadata.json'), 'changed: logs/metadata.json'],
      ['a removed file', (dir) => fs.rmSync(path.join(dir, '01_raw/como_dormir_bem.md')), 'missing: 01_raw/como_dormir_bem.md'],
      ['an added file', (dir) => fs.writeFileSync(path.join(dir, '03_output/extra.json'), '{}'), 'added:   03_output/extra.json'],
    ];
    for (const [what, tamper, line] of cases) {
      const copy = path.join(cwd, `tampered-${cases.findIndex((c) => c[0] === what)}`);
      fs.cpSync(pkg, copy, { recursive: true });
      tamper(copy);
      const exit = await cli(cwd, ['verify', copy]);
      expect(exit.code, what).toBe(1);
      expect(exit.stdout.trim().split('\n'), what).toEqual([line]);
      expect(exit.stderr, what).toMatch(/does not match its manifest/);
    }
  });

  it("shows the control characters of a hostile package's file names as escapes: a name cannot forge a line or send the terminal its escapes", async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    const manifestFile = path.join(pkg, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files: Record<string, unknown> };
    manifest.files['01_raw/a\u001b]0;title\u0007\nchanged: 03_output/forged.json'] = { sha256: '00', bytes: 1 };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    fs.writeFileSync(path.join(pkg, '01_raw', 'b\u001b[31m\r::error::x.md'), 'x');
    const exit = await cli(cwd, ['verify', pkg]);
    expect(exit.code).toBe(1);
    expect(exit.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(exit.stdout.trim().split('\n')).toEqual([
      'missing: 01_raw/a\\u001b]0;title\\u0007\\nchanged: 03_output/forged.json',
      'added:   01_raw/b\\u001b[31m\\r::error::x.md',
      'problem: the manifest digest does not match its own entries: manifest.json was edited',
    ]);
  });

  it("replay shows the session a hostile package's records name with its control characters as escapes", async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    // A package whose maker wrote its records and its manifest alike: it verifies.
    const session = metadataOf(pkg).session_id;
    for (const name of ['processing.jsonl', 'prompts.jsonl']) {
      const file = path.join(pkg, 'logs', name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(JSON.stringify(session), JSON.stringify('sess_\u001b]0;owned\u0007\n::error::forged')));
    }
    writeManifest(pkg);
    const replayed = await ok(cwd, ['replay', pkg, '--out', 'again']);
    expect(replayed.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(replayed.stderr).not.toMatch(/^::/m);
    expect(replayed.stderr).toContain('of session sess_\\u001b]0;owned\\u0007\\n::error::forged into ');
  });

  it("replay takes its templates from the package's 02_preprocessed/ only, whatever file a hostile package's records name", async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    const secret = path.join(cwd, 'secret.md');
    fs.writeFileSync(secret, '# private notes\n\nNOT-IN-THE-PACKAGE\n');
    // Records (and a manifest to match) that name a template up and out of the package.
    const outside = path.relative(path.join(pkg, '02_preprocessed'), secret);
    expect(outside.startsWith('..')).toBe(true);
    const file = path.join(pkg, 'logs', 'prompts.jsonl');
    const records = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LogRecord);
    for (const record of records) if (record.stage === 'generate') record.input = [outside];
    fs.writeFileSync(file, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    writeManifest(pkg);
    const replayed = await cli(cwd, ['replay', pkg, '--out', 'again']);
    expect(replayed.stderr).toContain('the templates the run generated from are not in the package');
    expect(replayed.code).toBe(1);
    for (const name of ['processing.jsonl', 'prompts.jsonl']) expect(fs.readFileSync(path.join(cwd, 'logs', name), 'utf8'), name).not.toContain('NOT-IN-THE-PACKAGE');
  });

  it('refuses a manifest.json that is a link (to /dev/zero it would be read for ever), naming it', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    fs.rmSync(path.join(pkg, 'manifest.json'));
    fs.symlinkSync('/dev/zero', path.join(pkg, 'manifest.json'));
    const exit = await cli(cwd, ['verify', pkg]);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`${path.join(pkg, 'manifest.json')}: manifest.json is not a file (a link, a folder or a device). The package cannot be trusted`);
  });

  it("says when a package's only change is its line breaks made CRLF (a Windows checkout), and when not", async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    await packaged(cwd);
    const pkg = onlyPackage(cwd);
    const crlf = (file: string): void => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('\n', '\r\n'));
    crlf(path.join(pkg, 'logs/processing.log'));
    crlf(path.join(pkg, 'logs/execution_summary.md'));
    const converted = await cli(cwd, ['verify', pkg, '--json']);
    expect(converted.code).toBe(1);
    expect(JSON.parse(converted.stdout)).toMatchObject({ changed: ['logs/execution_summary.md', 'logs/processing.log'], crlf: ['logs/execution_summary.md', 'logs/processing.log'] });
    const said = await cli(cwd, ['verify', pkg]);
    expect(said.stdout).toContain('changed: logs/processing.log (only its line breaks, LF made CRLF)');
    expect(said.stderr).toContain("Every change is LF line breaks made CRLF, as git's core.autocrlf does on Windows");
    // Another change besides: the package cannot be trusted, whatever its line breaks.
    const metadata = path.join(pkg, 'logs/metadata.json');
    fs.writeFileSync(metadata, fs.readFileSync(metadata, 'utf8').replace('"', "'"));
    const tampered = await cli(cwd, ['verify', pkg]);
    expect(tampered.stdout).toContain('changed: logs/metadata.json\n');
    expect(tampered.stderr).toContain('Do not trust its contents');
  });
});

describe('failed and killed runs', () => {
  const servers: FakeOpenAI[] = [];
  const fake = async (handler: Parameters<typeof startFakeOpenAI>[0]): Promise<NodeJS.ProcessEnv> => {
    const server = await startFakeOpenAI(handler);
    servers.push(server);
    return { OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url };
  };
  const closeAll = async (): Promise<void> => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  };

  it('packages a run whose generation failed (the model answers 500) with success false, and it verifies', async () => {
    const cwd = temp();
    try {
      runUpTo(cwd, 'preprocessed');
      const env = await fake({ handler: () => ({ status: 500, body: { error: { message: 'the fake model is down' } }, headers: { 'retry-after-ms': '1' } }) });
      const failed = await cli(cwd, ['generate', 'file', TEMPLATE, 'work/03_output', '--provider', 'openai'], env);
      expect(failed.code).toBe(1);
      await packaged(cwd);
    } finally {
      await closeAll();
    }
    const pkg = onlyPackage(cwd);
    const metadata = metadataOf(pkg);
    expectPrdMetadata(metadata, { allowNull: true });
    expect(metadata.quality_metrics.schema_compliance).toBeNull();
    expect(metadata.execution).toMatchObject({ success: false, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    expect(metadata.execution.error).toMatchObject({ kind: 'error', stage: 'generate', file: 'como_dormir_bem_filled_template.md' });
    expect(metadata.ai_usage.total_api_calls).toBe(1 + 2 * 5);
    expect(metadata.ai_usage.success_rate).toBeCloseTo(1 / 11, 4);
    const summary = fs.readFileSync(path.join(pkg, 'logs/execution_summary.md'), 'utf8');
    expect(summary).toContain('## What Went Wrong');
    expect(summary).toContain('- **File**: como_dormir_bem_filled_template.md');
    expect(summary).toMatch(/What\*\*: generate\.(beginner|advanced) failed after 5 attempt\(s\)/);
    expect(fs.readFileSync(path.join(pkg, 'logs/prompts_audit.log'), 'utf8')).toContain('the fake model is down');
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
    // Replayed, it fails the same way: no output on either side, and it says so.
    const replayed = await ok(cwd, ['replay', pkg, '--out', 'again']);
    expect(replayed.stderr).toContain('the replayed generation failed');
    expect(replayed.stderr).toContain('no output to compare: the package holds none, and the replay made none');
    expect(replayed.stderr).not.toContain('byte-identical');
  });

  it('packages a run killed with SIGKILL in the middle of a call with success false, and it verifies', async () => {
    const cwd = temp();
    try {
      runUpTo(cwd, 'preprocessed');
      let asked!: () => void;
      const called = new Promise<void>((resolve) => (asked = resolve));
      const env = await fake({
        handler: () => {
          asked();
          return { content: '{}', delayMs: 10_000 };
        },
      });
      const { child, exit } = start([CLI, 'generate', 'file', TEMPLATE, 'work/03_output', '--provider', 'openai'], { cwd, env: cliEnv(env) });
      await called;
      child.kill('SIGKILL');
      expect((await exit).signal).toBe('SIGKILL');
      await packaged(cwd);
    } finally {
      await closeAll();
    }
    const pkg = onlyPackage(cwd);
    const metadata = metadataOf(pkg);
    expect(metadata.execution).toMatchObject({ success: false, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    expect(metadata.execution.error).toMatchObject({ kind: 'unfinished', stage: 'generate' });
    expect(metadata.execution.stages.map((s: { stage: string; status: string }) => `${s.stage}:${s.status}`)).toEqual(['preprocess:ok', 'generate:unfinished', 'package:ok']);
    const summary = fs.readFileSync(path.join(pkg, 'logs/execution_summary.md'), 'utf8');
    expect(summary).toContain('### Stopped in Stage 3 (Generation)');
    expect(summary).toContain('never ended');
    // The request records say which calls were in flight, and for which file.
    expect(metadata.execution.error.file).toBe('como_dormir_bem_filled_template.md');
    expect(summary).toMatch(/llm\.request +como_dormir_bem_filled_template\.md -> como_dormir_bem_filled_template_beginner\.json generate\.beginner attempt 1 sent/);
    expect(summary).toContain('0 failed calls, 2 calls unfinished');
    // The preprocess call, and the two generate requests in flight: sent, so counted, though no answer came.
    expect(summary).toContain('- **Total API Calls**: 3');
    expect(metadata.ai_usage).toMatchObject({ total_api_calls: 1 + 2, calls: 1 + 2, failed_calls: 0, unfinished_calls: 2 });
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
  });

  it('packages every article a preprocess took from a folder outside the work folder, when it failed for one of them', async () => {
    const cwd = temp();
    const articles = ['como_dormir_bem.md', 'solidao_cronica.md'];
    fs.mkdirSync(path.join(cwd, 'in'));
    for (const name of articles) fs.copyFileSync(path.resolve('test/fixtures/content', name), path.join(cwd, 'in', name));
    try {
      const env = await fake({
        handler: (body) => (JSON.stringify(body.messages).includes('solid') ? { status: 400, body: { error: { message: 'refused' } } } : { content: pipelineReply(body) }),
      });
      const failed = await cli(cwd, ['preprocess', 'directory', 'in', 'work/02_preprocessed', '--provider', 'openai'], env);
      expect(failed.code).toBe(1);
    } finally {
      await closeAll();
    }

    const result = await packaged(cwd);
    expect(result.success).toBe(false);
    const pkg = onlyPackage(cwd);
    expect(metadataOf(pkg).content.input_files.sort()).toEqual(articles);
    // The article that failed was the run's input too: its package holds it, as it holds its failed call.
    expect(fs.readdirSync(path.join(pkg, '01_raw')).sort()).toEqual(articles);
  });

  it('packages the supertasks a generate into a folder outside the work folder recorded before it was killed', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    // Killed right after the second supertask's result is recorded: both are in out/, and recorded.
    const killAt = path.resolve('test/helpers/kill-at.cjs');
    const { exit } = start(['--require', killAt, CLI, 'generate', 'file', TEMPLATE, 'out'], { cwd, env: cliEnv({ LYFE_KT_KILL_AT: 'result:2' }) });
    expect((await exit).signal).toBe('SIGKILL');
    const written = ['como_dormir_bem_filled_template_advanced.json', 'como_dormir_bem_filled_template_beginner.json'];
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(written);

    const result = await packaged(cwd);
    expect(result.success).toBe(false);
    const pkg = onlyPackage(cwd);
    expect(fs.readdirSync(path.join(pkg, '03_output')).sort()).toEqual(written);
    expect(metadataOf(pkg).content.output_files.sort()).toEqual(written);
    expect(metadataOf(pkg).execution.error).toMatchObject({ kind: 'unfinished', stage: 'generate' });
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
  });

  it('refuses to package while a stage of the session still runs, moving nothing, and packages the whole run once it ended', async () => {
    const cwd = temp();
    try {
      runUpTo(cwd, 'preprocessed');
      const called = deferred();
      const release = deferred();
      const env = await fake({
        handler: async (body) => {
          called.resolve();
          await release.promise;
          return { content: pipelineReply(body) };
        },
      });
      const generating = start([CLI, 'generate', 'file', TEMPLATE, 'work/03_output', '--provider', 'openai', '--concurrency', '1'], { cwd, env: cliEnv(env) });
      await called.promise;
      const before = treeHashes(path.join(cwd, 'work'));
      const refused = await cli(cwd, ['package']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`its generate stage (process ${generating.child.pid}, started at `);
      expect(refused.stderr).toContain(`wait for process ${generating.child.pid} to end (or, once \`ps -p ${generating.child.pid}\` shows it is that lyfe-kt stage, stop it with \`kill ${generating.child.pid}\`)`);
      expect(fs.existsSync(path.join(cwd, 'packages'))).toBe(false);
      expect(treeHashes(path.join(cwd, 'work'))).toEqual(before);

      release.resolve();
      expect((await generating.exit).code).toBe(0);
      await packaged(cwd);
    } finally {
      await closeAll();
    }
    const metadata = metadataOf(onlyPackage(cwd));
    expect(metadata.execution).toMatchObject({ success: true, stages_executed: ['preprocessing', 'generation', 'packaging'] });
    expect(metadata.content.output_files).toHaveLength(2);
  });

  it('replays a package made with the OpenAI provider, retries included, byte for byte and without network', async () => {
    const cwd = temp();
    try {
      const env = await fake({
        // The first generation request fails once: the replay must fail it the same way, then go on.
        handler: (body, index) => (index === 1 ? { status: 503, headers: { 'retry-after-ms': '1' } } : { content: pipelineReply(body), usage: { prompt_tokens: 100 + index, completion_tokens: 50 } }),
      });
      fs.mkdirSync(path.join(cwd, 'work/01_raw'), { recursive: true });
      fs.copyFileSync(SOURCE, path.join(cwd, 'work/01_raw/como_dormir_bem.md'));
      await ok(cwd, ['preprocess', 'file', 'work/01_raw/como_dormir_bem.md', 'work/02_preprocessed', '--provider', 'openai'], env);
      await ok(cwd, ['generate', 'file', TEMPLATE, 'work/03_output', '--provider', 'openai'], env);
      await packaged(cwd, { title: 'replayable' });
    } finally {
      await closeAll();
    }
    const pkg = onlyPackage(cwd);
    expect(metadataOf(pkg).ai_usage).toMatchObject({ total_api_calls: 4, model: DEFAULT_OPENAI_MODEL });
    expectFullCorrelation(pkg);

    // No key, no base URL, the server closed: the replay answers from the package alone.
    const replay = await ok(cwd, ['replay', pkg, '--out', 'again', '--json']);
    const result = JSON.parse(replay.stdout);
    expect(result).toMatchObject({ identical: true, generation_error: null, unused_attempts: 1, replayed_session: metadataOf(pkg).session_id });
    expect(result.files.map((f: { status: string }) => f.status)).toEqual(['identical', 'identical']);
    expect(replay.stderr).toContain('every output is byte-identical');
    // Progress per template, as generation shows it: a replay of a large package is not silent until it ends.
    expect(replay.stderr).toContain('[1/1] generate ok again/02_preprocessed/como_dormir_bem_filled_template.md\n');
    for (const name of fs.readdirSync(path.join(pkg, '03_output'))) {
      expect(fs.readFileSync(path.join(cwd, 'again/03_output', name)).equals(fs.readFileSync(path.join(pkg, '03_output', name)))).toBe(true);
    }
    // The replay is a session of its own, recorded like any run.
    const replayed = fs
      .readFileSync(path.join(cwd, 'logs/prompts.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(result.session_id))
      .map((line) => JSON.parse(line))
      .filter((record) => record.event === 'llm.attempt');
    expect(replayed.map((r) => `${r.data.source}:${r.data.outcome}`).sort()).toEqual(['replay:ok', 'replay:ok', 'replay:retry']);

    // A replay folder that is a file, or not empty, is refused with what to do.
    fs.writeFileSync(path.join(cwd, 'a-file'), 'x');
    const intoFile = await cli(cwd, ['replay', pkg, '--out', 'a-file']);
    expect(intoFile.code).toBe(1);
    expect(intoFile.stderr).toBe('lyfe-kt: a-file: the replay folder is a file. Give a new folder with --out, or move this file away\n');
    // A replay folder in a package, the replayed one or another, is refused: that package would no longer verify.
    const other = path.join(cwd, 'other-package');
    fs.cpSync(pkg, other, { recursive: true });
    for (const [into, holder] of [[path.join(pkg, 'rr'), pkg], [path.join(other, 'rr'), other]]) {
      const intoPackage = await cli(cwd, ['replay', pkg, '--out', into]);
      expect(intoPackage.code).toBe(2);
      expect(intoPackage.stderr).toBe(`lyfe-kt: ${into}: the replay folder is in a package (${path.resolve(cwd, holder)}): writing into it would change that package, which would then no longer verify. Give --out a folder outside the package, or run from outside it\n`);
      expect(fs.existsSync(into)).toBe(false);
    }
    expect((await ok(cwd, ['verify', other])).stdout).toMatch(/^OK/);
    const fromInside = await cli(pkg, ['replay', '.', '--out', path.join(cwd, 'outside')]);
    expect(fromInside.code).toBe(2);
    expect(fromInside.stderr).toContain('logs: the log folder is in a package (');
    expect(fromInside.stderr).toContain('): writing into it would change that package, which would then no longer verify. Give --log-dir a folder outside the package, or run from outside it');
    // So is a traces file in a package, the exported one or another.
    for (const [into, holder] of [[path.join(pkg, 'logs', 'metadata.json'), pkg], [path.join(other, 'traces.jsonl'), other]]) {
      const traces = await cli(cwd, ['export', 'otel', pkg, '--output', into]);
      expect(traces.code).toBe(2);
      expect(traces.stderr).toBe(`lyfe-kt: ${into}: the traces file is in a package (${path.resolve(cwd, holder)}): writing into it would change that package, which would then no longer verify. Give --output a file outside the package, or run from outside it\n`);
    }
    expect((await ok(cwd, ['verify', other])).stdout).toMatch(/^OK/);
    expect((await ok(cwd, ['verify', pkg])).stdout).toMatch(/^OK/);
    const intoUsed = await cli(cwd, ['replay', pkg, '--out', 'again']);
    expect(intoUsed.code).toBe(1);
    expect(intoUsed.stderr).toMatch(/again: the replay folder is not empty\. Give a new folder with --out/);

    // A changed package is not replayed: verify runs first.
    const output = path.join(pkg, '03_output/como_dormir_bem_filled_template_advanced.json');
    fs.appendFileSync(output, ' ');
    const differs = await cli(cwd, ['replay', pkg, '--out', 'again2']);
    expect(differs.code).toBe(1);
    expect(differs.stderr).toMatch(/does not match its manifest \(1 changed, .*\), so it is not replayed/);
    expect(fs.existsSync(path.join(cwd, 'again2'))).toBe(false);
  });

  it('replays a package of an older lyfe-kt whose articles differ only in letter case, as it was made', async () => {
    const cwd = temp();
    // Made by lyfe-kt as it was before names that differ only in letter case were refused (65f9d67,
    // `run --compress --title alike-names` on Intro.md and intro.md, offline): the package holds both.
    const pkg = path.resolve('test/fixtures/old-packages/alike-names-2026-12-03-22-38');
    const replay = await cli(cwd, ['replay', pkg, '--out', 'again', '--json']);
    expect(replay.code, replay.stderr).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ identical: true, generation_error: null, templates: ['Intro_filled_template.md', 'intro_filled_template.md'] });
  });
});
