import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode, LyfeError } from '../../src/errors.js';
import { readPackageRecords } from '../../src/package/archive.js';
import { LOGS_DIR, LogFiles } from '../../src/package/constants.js';
import { verifyPackage, writeManifest } from '../../src/package/manifest.js';
import { mergePackages, NotOneRun } from '../../src/package/merge.js';
import type { ExecutionMetadata, PackageInfo, ShardEntry } from '../../src/package/metadata.js';
import { runPipeline } from '../../src/package/run-pipeline.js';
import type { ShardSpec } from '../../src/pipeline/shard.js';
import { SHIPPED_PRICES } from '../../src/records/cost.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SOURCE = fs.readFileSync('test/fixtures/content/como_dormir_bem.md', 'utf8');

/** `count` small distinct articles in a folder of their own. */
function articles(dir: string, count: number): string {
  fs.mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) fs.writeFileSync(path.join(dir, `artigo_${index}.md`), `${SOURCE}\n\nNota ${index}: ${'mais uma frase. '.repeat(index)}\n`);
  return dir;
}

/** One offline run of a shard into its own package, as a matrix job makes it. */
async function runShard(
  root: string,
  content: string,
  shard: ShardSpec,
  { name = 'shards', schemaVersion = '1.1', session }: { name?: string; schemaVersion?: '1.0' | '1.1'; session?: string } = {},
): Promise<string> {
  const job = path.join(root, `job-${name}-${shard.index}-${shard.total}`);
  const result = await runPipeline(content, {
    workDir: path.join(job, 'work'),
    logDir: path.join(job, 'logs'),
    provider: 'offline',
    schemaVersion,
    concurrency: 4,
    responseFormat: 'auto',
    timeout: 60,
    shard,
    ...(session && { session }),
    outputDir: path.join(root, name),
    title: `shard-${shard.index}`,
  });
  return result.package.path;
}

const metadataOf = (pkg: string): ExecutionMetadata => JSON.parse(fs.readFileSync(path.join(pkg, LOGS_DIR, LogFiles.metadata), 'utf8')) as ExecutionMetadata;

async function mergeError(promise: Promise<unknown>): Promise<LyfeError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LyfeError);
  return error as LyfeError;
}

describe('merge of shard packages', () => {
  const temp = useTempDir('lyfe-kt-merge-');
  const { start } = useChildren();

  it('merges 5 shards of 4 articles into one package that verifies, every shard under its own session, one view over all', async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 20);
    const shards: string[] = [];
    for (let index = 0; index < 5; index++) shards.push(await runShard(root, content, { index, total: 5 }));

    const shardMetadata = shards.map(metadataOf);
    expect(shardMetadata.map((metadata) => (metadata.shard as ShardSpec).index)).toEqual([0, 1, 2, 3, 4]);
    expect(shardMetadata.flatMap((metadata) => metadata.content.input_files).sort()).toEqual(fs.readdirSync(content).sort());

    // Given in any order; merged by index.
    const merged = await mergePackages({ packages: [...shards].reverse(), title: 'all-articles', outputDir: path.join(root, 'merged') });
    expect(verifyPackage(merged.path)).toMatchObject({ ok: true });
    expect(fs.readdirSync(path.join(root, 'merged'))).toEqual([merged.name]);
    expect(fs.readdirSync(path.join(merged.path, '01_raw')).sort()).toEqual(fs.readdirSync(content).sort());
    expect(fs.readdirSync(path.join(merged.path, '03_output'))).toHaveLength(40);
    expect(fs.readdirSync(path.join(merged.path, 'reports')).sort()).toEqual(['shard-0', 'shard-1', 'shard-2', 'shard-3', 'shard-4']);

    const metadata = metadataOf(merged.path);
    expect(metadata.session_id).toBe(merged.session_id);
    expect(metadata.shard).toBeUndefined();
    const entries = metadata.shards as ShardEntry[];
    expect(entries.map((entry) => [entry.index, entry.total, entry.session_id, entry.package])).toEqual(
      shardMetadata.map((shard, index) => [index, 5, shard.session_id, path.basename(shards[index])]),
    );
    // The PRD's fields over all shards.
    expect(metadata.execution.success).toBe(true);
    expect(metadata.execution.stages_executed).toEqual(['preprocessing', 'generation', 'packaging']);
    expect(metadata.content.input_files.sort()).toEqual(fs.readdirSync(content).sort());
    expect(metadata.content.output_files).toHaveLength(40);
    expect(metadata.ai_usage.total_api_calls).toBe(shardMetadata.reduce((sum, shard) => sum + shard.ai_usage.total_api_calls, 0));
    expect(metadata.ai_usage.total_tokens).toBe(shardMetadata.reduce((sum, shard) => sum + shard.ai_usage.total_tokens, 0));
    expect(metadata.execution.start_time).toBe(shardMetadata[0].execution.start_time);
    expect(metadata.execution.end_time).toBe(shardMetadata[4].execution.end_time);
    expect(metadata.quality_metrics.schema_compliance).toBe(1);
    // Each shard's package stage ended by its own session's end, though the pids are all this process's.
    const stages = metadata.execution.stages as { stage: string; status: string }[];
    expect(stages.filter((stage) => stage.stage === 'package').map((stage) => stage.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);

    // Every shard's records, under their own session ids, in time order.
    const records = readPackageRecords(merged.path);
    const shardRecords = shards.map((shard) => readPackageRecords(shard));
    expect(records.processing).toHaveLength(shardRecords.reduce((sum, shard) => sum + shard.processing.length, 0));
    expect(records.prompts).toHaveLength(shardRecords.reduce((sum, shard) => sum + shard.prompts.length, 0));
    expect(new Set(records.processing.map((record) => record.session))).toEqual(new Set(shardMetadata.map((shard) => shard.session_id)));
    const times = records.processing.map((record) => Date.parse(record.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // `logs --package` names every shard's session, and shows one with --session; the job's own
    // LYFE_KT_SESSION (as CI sets it) does not filter a package.
    const sessions = shardMetadata.map((shard) => shard.session_id);
    const logsOf = async (...args: string[]) => (await start([CLI, 'logs', '--package', merged.path, ...args], { cwd: root, env: cliEnv({ LYFE_KT_SESSION: 'gha_1_1_other' }) }).exit);
    const all = await logsOf();
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout.trimEnd().split('\n').at(-1)).toBe(`${records.processing.length} record(s) of 5 sessions: ${sessions.map((id) => `${id}, status succeeded`).join('; ')}`);
    const one = await logsOf('--session', sessions[2]!, '--json');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout.trim().split('\n').map((line) => JSON.parse(line).session)).toEqual(shardRecords[2]!.processing.map(() => sessions[2]));
    const unknown = await logsOf('--session', 'gha_9_9_x');
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.stderr).toContain(`the package holds no records of session gha_9_9_x. Give one of its sessions: ${sessions.join(', ')}`);

    // `replay` of the merged package names the shards' sessions it replays, not the first one alone.
    const replay = await start([CLI, 'replay', merged.path, '--out', path.join(root, 'replayed'), '--log-dir', path.join(root, 'replay-logs'), '--json'], { cwd: root, env: cliEnv() }).exit;
    expect(replay.code, replay.stderr).toBe(0);
    const replayed = JSON.parse(replay.stdout) as { session_id: string; replayed_session: string | null; replayed_sessions: string[]; identical: boolean };
    expect(replayed).toMatchObject({ replayed_session: null, replayed_sessions: sessions, identical: true });
    expect(replay.stderr).toContain(`replayed 20 template(s) of 5 shards' sessions (${sessions.join(', ')}) into ${path.join(root, 'replayed')} (session ${replayed.session_id})\n`);

    // One summary, one viewer, one quality report, over the whole.
    const logs = fs.readdirSync(path.join(merged.path, LOGS_DIR)).sort();
    expect(logs).toEqual([...Object.values(LogFiles)].sort());
    const summary = fs.readFileSync(path.join(merged.path, LOGS_DIR, LogFiles.summary), 'utf8');
    expect(summary.match(/^# Pipeline Execution Summary$/gm)).toHaveLength(1);
    expect(summary).toContain(`- **Session ID**: ${merged.session_id}`);
    expect(summary).toContain('**Output**: 40 supertasks (20 beginner, 20 advanced)');
    // Packaging: every shard's package, not the last shard's alone.
    const packagedFiles = (text: string): number => Number(/\*\*Packaging\*\*: ([\d,]+) work files? packaged/.exec(text)![1]!.replace(/,/g, ''));
    const shardFiles = shards.map((shard) => packagedFiles(fs.readFileSync(path.join(shard, LOGS_DIR, LogFiles.summary), 'utf8')));
    expect(packagedFiles(summary)).toBe(shardFiles.reduce((sum, files) => sum + files, 0));
    expect(summary).toMatch(/\*\*Packaging\*\*: [\d,]+ work files packaged \(5 runs, /);
    expect(summary.match(/^\| [0-4]\/5 \| ✅ /gm)).toHaveLength(5);
    // The section is the package's own markdown, escaped as the rest of it: ids and names read as written.
    expect(summary).toContain(`| 0/5 | ✅ | ${shardMetadata[0]!.session_id} | 4 | 8 |`);
    expect(summary).toContain(` | ${path.basename(shards[0]!)} |`);
    const issues = JSON.parse(fs.readFileSync(path.join(merged.path, LOGS_DIR, LogFiles.qualityIssues), 'utf8')) as { issues: { file: string | null }[] };
    const shardIssues = shards.reduce((sum, shard) => sum + (JSON.parse(fs.readFileSync(path.join(shard, LOGS_DIR, LogFiles.qualityIssues), 'utf8')) as { issues: unknown[] }).issues.length, 0);
    expect(issues.issues).toHaveLength(shardIssues);

    // What is wrong with a set of shards is named, and nothing is written.
    const out = path.join(root, 'refused');
    const badSession = await mergeError(mergePackages({ packages: shards, title: 't', outputDir: out, session: 'not-a-session' }));
    expect(badSession.exitCode).toBe(ExitCode.usage);
    const missing = await mergeError(mergePackages({ packages: shards.slice(0, 4), title: 't', outputDir: out }));
    expect(missing.message).toContain('shard(s) 4/5 missing');
    const twice = await mergeError(mergePackages({ packages: [...shards, shards[2]], title: 't', outputDir: out }));
    expect(twice.message).toBe(`${shards[2]} and ${shards[2]} are both shard 2/5`);

    const other = articles(path.join(root, 'other'), 2);
    const otherTotal = await runShard(root, other, { index: 0, total: 1 }, { name: 'other' });
    const mixed = await mergeError(mergePackages({ packages: [...shards, otherTotal], title: 't', outputDir: out }));
    expect(mixed.message).toContain('shards of different totals');
    expect(mixed.message).toContain(`${otherTotal} (0/1)`);
    const otherRun = await runShard(root, other, { index: 0, total: 5 }, { name: 'other' });
    const foreign = await mergeError(mergePackages({ packages: [otherRun, ...shards.slice(1)], title: 't', outputDir: out }));
    expect(foreign.message).toContain('not shards of one run');
    const older = await runShard(root, content, { index: 3, total: 5 }, { name: 'older', schemaVersion: '1.0' });
    const versions = await mergeError(mergePackages({ packages: [...shards.slice(0, 3), older, shards[4]!], title: 't', outputDir: out }));
    expect(versions.message).toBe(`the shards were validated against different schema versions: ${[...shards.slice(0, 3), older, shards[4]].map((dir, index) => `${dir} (${index === 3 ? 'v1.0' : 'v1.1'})`).join(', ')}`);
    expect(versions.fix).toBe('Run every shard with the same --schema-version, then merge');
    const aFile = path.join(root, 'a-file');
    fs.writeFileSync(aFile, 'not a folder\n');
    const intoFile = await mergeError(mergePackages({ packages: shards, title: 't', outputDir: aFile }));
    expect([intoFile.file, intoFile.message]).toEqual([aFile, 'the packages folder is a file, not a folder']);

    // Into a shard package: refused before anything is written, and the shard still verifies.
    const inside = path.join(shards[1]!, 'merged');
    const intoShard = await mergeError(mergePackages({ packages: shards, title: 't', outputDir: inside }));
    expect([intoShard.file, intoShard.message]).toEqual([inside, `--output-dir is inside the shard package ${shards[1]}, which would then no longer verify`]);
    expect(intoShard.fix).toBe('Give --output-dir a folder outside every shard package (such as the folder that holds them)');
    // A usage error, as an --output-dir in any other package, or one that is a file, is.
    expect([intoShard.exitCode, intoFile.exitCode]).toEqual([ExitCode.usage, ExitCode.usage]);
    expect(fs.existsSync(inside)).toBe(false);
    expect(verifyPackage(shards[1]!)).toMatchObject({ ok: true });

    const notShard = path.join(root, 'plain');
    fs.cpSync(merged.path, notShard, { recursive: true });
    expect((await mergeError(mergePackages({ packages: [notShard], title: 't', outputDir: out }))).message).toBe('is not a shard package: its metadata.json has no `shard`');

    fs.appendFileSync(path.join(shards[1], '03_output', fs.readdirSync(path.join(shards[1], '03_output'))[0]), ' ');
    const tampered = await mergeError(mergePackages({ packages: shards, title: 't', outputDir: out }));
    expect(tampered.file).toBe(shards[1]);
    expect(tampered.message).toMatch(/^the shard package does not verify \(changed 03_output\//);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('names each shard\'s lyfe-kt version, and warns when the shards were made by different ones (a moving @v1 tag during the run)', async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 2);
    const shards = [await runShard(root, content, { index: 0, total: 2 }), await runShard(root, content, { index: 1, total: 2 })];
    const same = await mergePackages({ packages: shards, title: 'same', outputDir: path.join(root, 'merged') });
    expect(same.warnings).toEqual([]);
    const versionOf = (pkg: string): string => (metadataOf(pkg).package as PackageInfo).tool_version;
    const version = versionOf(shards[0]);
    expect(same.shards.map((entry) => entry.tool_version)).toEqual([version, versionOf(shards[1])]);

    // Shard 1 made by another version: its package as that version wrote it (the manifest made again).
    const file = path.join(shards[1], LOGS_DIR, LogFiles.metadata);
    const metadata = metadataOf(shards[1]);
    fs.writeFileSync(file, `${JSON.stringify({ ...metadata, package: { ...(metadata.package as PackageInfo), tool_version: '0.0.9' } }, null, 2)}\n`);
    writeManifest(shards[1]);
    const mixed = await mergePackages({ packages: shards, title: 'mixed', outputDir: path.join(root, 'merged') });
    expect(mixed.shards.map((entry) => entry.tool_version)).toEqual([version, '0.0.9']);
    expect(mixed.warnings).toEqual([
      `the shards were made by different versions of lyfe-kt (${shards[0]} (0/2) with ${version}; ${shards[1]} (1/2) with 0.0.9): their outputs may differ by more than their articles; run every shard with one version (pin the action to a full version or a commit) and merge again`,
    ]);
    expect((metadataOf(mixed.path).shards as ShardEntry[]).map((entry) => entry.tool_version)).toEqual([version, '0.0.9']);
  });

  it('merges a shard made by a lyfe-kt whose metadata.json named no price table (before packages had a cost), and says its table is not known', async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 2);
    const shards = [await runShard(root, content, { index: 0, total: 2 }), await runShard(root, content, { index: 1, total: 2 })];
    // Shard 1's package as that version wrote it: no ai_usage.cost (the manifest made again).
    const metadata = metadataOf(shards[1]);
    const { cost: _cost, cost_usd: _usd, ...usage } = metadata.ai_usage as unknown as Record<string, unknown>;
    fs.writeFileSync(path.join(shards[1], LOGS_DIR, LogFiles.metadata), `${JSON.stringify({ ...metadata, ai_usage: usage }, null, 2)}\n`);
    writeManifest(shards[1]);
    const merged = await mergePackages({ packages: shards, title: 'older', outputDir: path.join(root, 'merged') });
    expect(verifyPackage(merged.path)).toMatchObject({ ok: true });
    const shipped = `the shipped table (prices as of ${SHIPPED_PRICES.as_of})`;
    expect(merged.warnings).toEqual([
      `the merged package is priced with ${shipped}, so its cost may not be the sum of the shards': they were priced with different tables (${shards[0]} (0/2) with ${shipped}; ${shards[1]} (1/2) with a table its metadata.json does not name (a package of an older lyfe-kt)), and no one table prices the merge as they were`,
    ]);
  });

  it("lists each shard as its records say, not as a metadata.json its maker wrote otherwise (the manifest made again to match)", async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 2);
    const shards = [await runShard(root, content, { index: 0, total: 2 }), await runShard(root, content, { index: 1, total: 2 })];
    const honest = await mergePackages({ packages: shards, title: 'honest', outputDir: path.join(root, 'merged') });
    // Shard 0's records say its run failed; its metadata.json says it succeeded, with made-up numbers.
    const recordsFile = path.join(shards[0], LOGS_DIR, LogFiles.processingRecords);
    const lines = fs.readFileSync(recordsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    for (const line of lines) if (line.event === 'session.end') line.data = { ...line.data, success: false };
    fs.writeFileSync(recordsFile, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    const metadata = metadataOf(shards[0]);
    const claimed = { ...metadata, execution: { ...metadata.execution, success: true }, ai_usage: { ...metadata.ai_usage, total_api_calls: 4242, total_tokens: 999_999_999 }, content: { ...metadata.content, input_files: ['made_up.md'] } };
    fs.writeFileSync(path.join(shards[0], LOGS_DIR, LogFiles.metadata), `${JSON.stringify(claimed, null, 2)}\n`);
    writeManifest(shards[0]);
    const merged = await mergePackages({ packages: shards, title: 'claimed', outputDir: path.join(root, 'merged') });
    expect(merged.success).toBe(false);
    expect(merged.shards[0]).toMatchObject({ success: false, total_api_calls: honest.shards[0].total_api_calls, total_tokens: honest.shards[0].total_tokens, input_files: honest.shards[0].input_files });
    expect(merged.shards[1]).toEqual(honest.shards[1]);
    const summary = fs.readFileSync(path.join(merged.path, LOGS_DIR, LogFiles.summary), 'utf8');
    expect(summary).not.toContain('4,242');
    expect(summary).toMatch(/^\| 0\/2 \| ❌ \|/m);
  });

  it("says of each shard's packaging the files it wrote into its package, as the shard's own metadata.json does", async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 3);
    const shards = [await runShard(root, content, { index: 0, total: 2 }), await runShard(root, content, { index: 1, total: 2 })];
    const merged = await mergePackages({ packages: shards, title: 'm', outputDir: path.join(root, 'merged') });
    type Run = { stage: string; files_out: number };
    const packagingOf = (pkg: string): Run[] => (metadataOf(pkg).execution.stages as Run[]).filter((run) => run.stage === 'package');
    const written = shards.map((shard) => packagingOf(shard)[0]!.files_out);
    expect(written).toEqual(shards.map((shard) => (metadataOf(shard).package as PackageInfo).files));
    expect(packagingOf(merged.path).map((run) => run.files_out)).toEqual(written);
  });

  it("refuses a merged package's session that is a shard's: the merged package would read as that shard's, and its trace as that shard's trace", async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 2);
    const shards = [await runShard(root, content, { index: 0, total: 2 }), await runShard(root, content, { index: 1, total: 2 })];
    const taken = metadataOf(shards[1]).session_id;
    const out = path.join(root, 'merged');
    const same = await mergeError(mergePackages({ packages: shards, title: 'm', outputDir: out, session: taken }));
    expect([same.message, same.exitCode]).toEqual([`the merged package's session ${taken} is the session of shard 1/2 (${shards[1]}): a merged package needs a session of its own`, ExitCode.usage]);
    expect(same.fix).toBe('Give merge another --session, or none for a new one (in the GitHub Action, give the merge job a job-key that no shard job has)');
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('says which shards split which articles when the folder changed between the shard jobs (an article added after the first ran)', async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 3);
    const first = await runShard(root, content, { index: 0, total: 3 });
    fs.writeFileSync(path.join(content, 'artigo_novo.md'), `${SOURCE}\n\nUm artigo novo.\n`);
    const later = [await runShard(root, content, { index: 1, total: 3 }), await runShard(root, content, { index: 2, total: 3 })];
    const out = path.join(root, 'merged');
    const changed = await mergeError(mergePackages({ packages: [first, ...later], title: 'm', outputDir: out }));
    expect(changed).toBeInstanceOf(NotOneRun);
    expect(changed.message).toBe(
      `the packages are not shards of one run: they split different articles (${first} (0/3) split 3 article(s); ${later[0]} (1/3), ${later[1]} (2/3) split 4 article(s)), as when the folder changed between the shard jobs (an article added, removed or changed in size) or they split different folders`,
    );
    expect(changed.fix).toBe('Run every shard again on one state of the folder (the same articles, the same --recursive), then merge');
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('refuses shards that ran in one session (LYFE_KT_SESSION shared by every shard), naming them, and writes nothing', async () => {
    const root = temp();
    const content = articles(path.join(root, 'content'), 3);
    const shards: string[] = [];
    for (let index = 0; index < 3; index++) shards.push(await runShard(root, content, { index, total: 3 }, { session: 'gha_777_1' }));
    const out = path.join(root, 'merged');
    const shared = await mergeError(mergePackages({ packages: shards, title: 'm', outputDir: out }));
    expect(shared).toBeInstanceOf(NotOneRun);
    expect(shared.message).toBe(`the shards do not each have their own session: ${shards.map((dir, index) => `${dir} (${index}/3)`).join(', ')} ran in one session, gha_777_1`);
    expect(shared.fix).toMatch(/in the GitHub Action, give each shard job its own job-key .*; on the command line, do not set one LYFE_KT_SESSION for every shard$/);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });
});
