import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run, usePrices } from '../../src/index.js';
import { SHIPPED_PRICES, usePriceTable } from '../../src/records/cost.js';
import type { Comparison, BudgetCheck } from '../../src/package/compare.js';
import { writeManifest } from '../../src/package/manifest.js';
import { startFakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';

/**
 * `lyfe-kt compare` as a reviewer meets it: real runs of the pipeline (offline, deterministic with
 * SOURCE_DATE_EPOCH; or the real SDK against the loopback fake model), packaged by the library in
 * this process, then compared through the built CLI.
 */

const CONTENT = path.resolve('test/fixtures/content');
const SLEEP = 'como_dormir_bem.md';
const LONELINESS = 'solidao_cronica.md';
const MEANING = 'arthurcbrooks_mostmeaning_extracted.md';
const EPOCH = '1764590000';
const EDITED_FROM = 'Dormir bem começa muito antes de deitar';
const EDITED_TO = 'Dormir bem começa horas antes de deitar';

const { start } = useChildren();
let root: string;
/** Packages made once for every test, by name. */
const packages: Record<string, string> = {};

type CompareJson = Comparison & { budgets: BudgetCheck[] };

async function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Exit> {
  return start([CLI, ...args], { cwd: options.cwd ?? root, env: cliEnv(options.env), timeoutMs: 60_000 }).exit;
}

/**
 * One run of the pipeline over the given sources (edited as asked) in a folder of its own, through
 * the library in this process (what `lyfe-kt run --title <name>` calls; the CLI is what compares):
 * returns its package.
 */
async function runPipeline(
  name: string,
  sources: string[],
  options: { edit?: (text: string) => string; compress?: boolean; env?: Record<string, string>; invalid?: number; names?: Record<string, string> } = {},
): Promise<string> {
  const cwd = path.join(root, 'runs', name);
  fs.mkdirSync(path.join(cwd, 'articles'), { recursive: true });
  for (const source of sources) {
    const text = fs.readFileSync(path.join(CONTENT, source), 'utf8');
    fs.writeFileSync(path.join(cwd, 'articles', options.names?.[source] ?? source), source === SLEEP && options.edit ? options.edit(text) : text);
  }
  for (const [key, value] of Object.entries({ SOURCE_DATE_EPOCH: EPOCH, ...options.env })) vi.stubEnv(key, value);
  try {
    const result = await run(path.join(cwd, 'articles'), {
      workDir: path.join(cwd, 'work'),
      logDir: path.join(cwd, 'logs'),
      outputDir: path.join(cwd, 'packages'),
      title: name,
      compress: options.compress,
      provider: options.env?.OPENAI_API_KEY ? 'openai' : 'offline',
    });
    expect(result.generation.invalid).toBe(options.invalid ?? 0);
    return result.package.path;
  } finally {
    vi.unstubAllEnvs();
  }
}

/** A copy of a package, changed by `change` and given a new manifest: what another run or tool could have made. */
function variant(from: string, name: string, change: (dir: string) => void): string {
  const dir = path.join(root, 'variants', name);
  fs.cpSync(from, dir, { recursive: true });
  change(dir);
  writeManifest(dir);
  return dir;
}

function editJson(file: string, change: (value: any) => void): void {
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(value);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const withCost = (from: string, name: string, cost: number | null): string => variant(from, name, (dir) => editJson(path.join(dir, 'logs/metadata.json'), (m) => (m.ai_usage.cost_usd = cost)));

function withIssues(from: string, name: string, issues: object[]): string {
  return variant(from, name, (dir) => fs.writeFileSync(path.join(dir, 'logs/quality_issues.json'), JSON.stringify({ issues })));
}

async function compareJson(base: string, head: string, args: string[] = []): Promise<{ exit: Exit; result: CompareJson }> {
  const exit = await cli(['compare', base, head, '--json', ...args]);
  return { exit, result: JSON.parse(exit.stdout) as CompareJson };
}

const byStatus = (result: Comparison, status: string): string[] => result.sources.filter((s) => s.status === status).map((s) => s.source);

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-compare-'));
  packages.base = await runPipeline('base', [SLEEP, LONELINESS]);
  // The same articles at another time: every timestamp and the session differ, the lessons do not.
  packages.again = await runPipeline('again', [SLEEP, LONELINESS], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
  packages.edited = await runPipeline('edited', [SLEEP, LONELINESS], { edit: (text) => text.replace(EDITED_FROM, EDITED_TO) });
  packages.more = await runPipeline('more', [SLEEP, LONELINESS, MEANING]);
  packages.compressed = await runPipeline('compressed', [SLEEP, LONELINESS], { compress: true });
}, 120_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('what changed', () => {
  it('identical runs made at other times, in other sessions: every source unchanged and nothing more', async () => {
    const { exit, result } = await compareJson(packages.base, packages.again);
    expect(exit.code, exit.stderr).toBe(0);
    expect(result.base.session_id).not.toBe(result.head.session_id);
    const output = 'como_dormir_bem_filled_template_beginner.json';
    const created = (pkg: string) => JSON.parse(fs.readFileSync(path.join(pkg, '03_output', output), 'utf8')).metadata.created_at;
    expect(created(packages.base)).not.toBe(created(packages.again));
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2 });
    expect(result.sources).toEqual([
      { source: SLEEP, status: 'unchanged' },
      { source: LONELINESS, status: 'unchanged' },
    ]);

    const text = await cli(['compare', packages.base, packages.again]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('sources: 0 changed, 0 added, 0 removed, 2 unchanged');
    expect(text.stdout.split('\n')[0]).toBe(`base ${packages.base} (session ${result.base.session_id}, model offline-v1, digest ${result.base.digest!.slice(0, 12)})`);
    expect(text.stdout).toMatch(new RegExp(`^unchanged +${SLEEP}$`, 'm'));
  });

  it('two runs that differ in one source file: that file, and only it, is changed, with its lessons diffed', async () => {
    const { exit, result } = await compareJson(packages.base, packages.edited);
    expect(exit.code, exit.stderr).toBe(0);
    expect(byStatus(result, 'changed')).toEqual([SLEEP]);
    expect(byStatus(result, 'unchanged')).toEqual([LONELINESS]);
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });

    const sleep = result.sources.find((s) => s.source === SLEEP)!;
    const changed = sleep.files!.filter((f) => f.status === 'changed').map((f) => f.file);
    expect(changed).toContain(`01_raw/${SLEEP}`);
    expect(changed).toContain('03_output/como_dormir_bem_filled_template_beginner.json');
    const beginner = sleep.files!.find((f) => f.file === '03_output/como_dormir_bem_filled_template_beginner.json')!;
    // The edited sentence is an item of the lesson: that item is changed, with both texts; the title is not.
    const item = beginner.supertask!.items.find((i) => i.type === 'content' && i.change === 'changed')!;
    expect(item.fields).toContainEqual({ field: 'content', base: expect.stringContaining(EDITED_FROM), head: expect.stringContaining(EDITED_TO) });
    expect(beginner.supertask!.fields).toEqual([]);
    expect(beginner.quality).toEqual({ base: expect.objectContaining({ valid: true }), head: expect.objectContaining({ valid: true }) });

    const text = await cli(['compare', packages.base, packages.edited]);
    expect(text.stdout).toMatch(new RegExp(`^changed +${SLEEP}$`, 'm'));
    expect(text.stdout).toMatch(new RegExp(`^unchanged +${LONELINESS}$`, 'm'));
    expect(text.stdout).toMatch(/item \d changed \(content\)\n +content: ".*muito antes.*" -> ".*horas antes.*"/);
  });

  it('a source only in the head is added; only in the base, removed', async () => {
    const forward = await compareJson(packages.base, packages.more);
    expect(forward.exit.code).toBe(0);
    expect(byStatus(forward.result, 'added')).toEqual([MEANING]);
    expect(forward.result.counts).toEqual({ added: 1, removed: 0, changed: 0, unchanged: 2 });
    const added = forward.result.sources.find((s) => s.source === MEANING)!;
    expect(added.files!.map((f) => [f.file, f.status])).toEqual([
      [`01_raw/${MEANING}`, 'added'],
      ['02_preprocessed/arthurcbrooks_mostmeaning_extracted_ari_analysis.json', 'added'],
      ['02_preprocessed/arthurcbrooks_mostmeaning_extracted_filled_template.md', 'added'],
      ['03_output/arthurcbrooks_mostmeaning_extracted_filled_template_advanced.json', 'added'],
      ['03_output/arthurcbrooks_mostmeaning_extracted_filled_template_beginner.json', 'added'],
    ]);

    const backward = await compareJson(packages.more, packages.base);
    expect(byStatus(backward.result, 'removed')).toEqual([MEANING]);
    expect(backward.result.counts).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 2 });
  });

  it("a package whose records name only generation (a replay's fix, packaged) groups its files under the sources the other package's records name", async () => {
    // `replay`, then `generate` and `package` of its folder: that session's records name the templates
    // the outputs came from, and no preprocessing. One article's template edited by hand.
    const fixed = variant(packages.base, 'generate-only', (dir) => {
      const records = path.join(dir, 'logs/processing.jsonl');
      const lines = fs.readFileSync(records, 'utf8').split('\n');
      fs.writeFileSync(records, lines.filter((line) => !(line.includes('"stage":"preprocess"') && line.includes('"event":"file.result"'))).join('\n'));
      const template = path.join(dir, '02_preprocessed/como_dormir_bem_filled_template.md');
      fs.appendFileSync(template, '\nUma nota a mais.\n');
    });
    const { exit, result } = await compareJson(packages.base, fixed);
    expect(exit.code, exit.stderr).toBe(0);
    expect(result.counts).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(result.sources.map((s) => [s.source, s.status])).toEqual([
      [SLEEP, 'changed'],
      [LONELINESS, 'unchanged'],
    ]);
    const sleep = result.sources[0].files!;
    expect(sleep.map((f) => f.file)).toEqual([...new Set(sleep.map((f) => f.file))]);
    expect(sleep.filter((f) => f.status === 'changed').map((f) => f.file)).toEqual(['02_preprocessed/como_dormir_bem_filled_template.md']);
  });

  it("an article whose name is another's template name (notes.md, notes_filled_template.md) is a source of its own", async () => {
    const names = { [SLEEP]: 'notes.md', [LONELINESS]: 'notes_filled_template.md' };
    const base = await runPipeline('notes-base', [SLEEP], { names });
    const head = await runPipeline('notes-head', [SLEEP, LONELINESS], { names });
    const { exit, result } = await compareJson(base, head);
    expect(exit.code, exit.stderr).toBe(0);
    expect(result.sources.map((s) => [s.source, s.status])).toEqual([
      ['notes.md', 'unchanged'],
      ['notes_filled_template.md', 'added'],
    ]);
    expect(result.sources[1].files!.map((f) => f.file)).toEqual([
      '01_raw/notes_filled_template.md',
      '02_preprocessed/notes_filled_template_ari_analysis.json',
      '02_preprocessed/notes_filled_template_filled_template.md',
      '03_output/notes_filled_template_filled_template_advanced.json',
      '03_output/notes_filled_template_filled_template_beginner.json',
    ]);
  });

  it('reads a package with compressed logs like a plain one', async () => {
    const { exit, result } = await compareJson(packages.base, packages.compressed);
    expect(exit.code, exit.stderr).toBe(0);
    expect(fs.existsSync(path.join(packages.compressed, 'logs/records.tar.gz'))).toBe(true);
    expect([result.base.compressed, result.head.compressed]).toEqual([false, true]);
    expect(result.counts.unchanged).toBe(2);
    // Per-output quality comes from the records inside the archive.
    const edited = variant(packages.compressed, 'compressed-edited', (dir) =>
      editJson(path.join(dir, '03_output/solidao_cronica_filled_template_beginner.json'), (s) => (s.title = 'Outro título')),
    );
    const changed = await compareJson(packages.base, edited);
    const file = changed.result.sources.find((s) => s.source === LONELINESS)!.files!.find((f) => f.status === 'changed')!;
    expect(file.supertask!.fields).toEqual([{ field: 'title', base: expect.any(String), head: 'Outro título' }]);
    expect(file.quality!.head).toEqual(expect.objectContaining({ valid: true }));
  });

  it("the run numbers side by side; an offline run's cost is 0 (not billed); quality issues from each package's quality_issues.json", async () => {
    const { result } = await compareJson(packages.base, packages.more);
    const base = JSON.parse(fs.readFileSync(path.join(packages.base, 'logs/metadata.json'), 'utf8'));
    const head = JSON.parse(fs.readFileSync(path.join(packages.more, 'logs/metadata.json'), 'utf8'));
    expect(result.metrics.total_tokens).toEqual({ base: base.ai_usage.total_tokens, head: head.ai_usage.total_tokens, delta: head.ai_usage.total_tokens - base.ai_usage.total_tokens });
    expect(result.metrics.total_api_calls.delta).toBe(3);
    expect(result.metrics.schema_compliance).toEqual({ base: 1, head: 1, delta: 0 });
    expect(result.metrics.cost_usd).toEqual({ base: 0, head: 0, delta: 0 });
    const issues = (dir: string): number => JSON.parse(fs.readFileSync(path.join(dir, 'logs/quality_issues.json'), 'utf8')).issues.length;
    expect(result.quality_issues).toMatchObject({ base: issues(packages.base), head: issues(packages.more), delta: issues(packages.more) - issues(packages.base) });
    const text = await cli(['compare', packages.base, packages.more]);
    expect(text.stdout).toMatch(/^cost \(USD\) +0 +0 +0$/m);
  });
});

describe('packages it refuses', () => {
  it('a tampered package, base or head, with the file that changed', async () => {
    const tampered = path.join(root, 'tampered');
    fs.cpSync(packages.base, tampered, { recursive: true });
    editJson(path.join(tampered, '03_output/como_dormir_bem_filled_template_beginner.json'), (s) => (s.title = 'Better title'));
    for (const args of [[tampered, packages.again], [packages.again, tampered]]) {
      const exit = await cli(['compare', ...args]);
      const role = args[0] === tampered ? 'base' : 'head';
      expect(exit.code).toBe(1);
      expect(exit.stdout).toBe('');
      expect(exit.stderr).toContain(`lyfe-kt: ${tampered}: the ${role} package does not match its manifest (changed 03_output/como_dormir_bem_filled_template_beginner.json)`);
    }
  });

  it('a package without its metadata, or with quality issues that are not a list, naming the file', async () => {
    const bare = variant(packages.again, 'no-metadata', (dir) => fs.rmSync(path.join(dir, 'logs/metadata.json')));
    const noMetadata = await cli(['compare', packages.base, bare]);
    expect(noMetadata.code).toBe(1);
    expect(noMetadata.stderr).toContain(`lyfe-kt: ${bare}: the head package has no logs/metadata.json`);
    const odd = variant(packages.again, 'odd-issues', (dir) => fs.writeFileSync(path.join(dir, 'logs/quality_issues.json'), '{"issues": 3}'));
    const badIssues = await cli(['compare', odd, packages.base]);
    expect(badIssues.code).toBe(1);
    expect(badIssues.stderr).toContain(`lyfe-kt: ${path.join(odd, 'logs/quality_issues.json')}: quality_issues.json holds no list of issues`);
  });

  it('a folder that is not a package', async () => {
    const exit = await cli(['compare', packages.base, path.join(root, 'runs')]);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/runs: the package has no manifest\.json/);
  });
});

describe('budgets', () => {
  it('a quality drop past --max-quality-drop exits 4 with a line saying which metric fell; within it, 0', async () => {
    // The model's beginner lesson of one article runs too long for the schema, on every attempt.
    const server = await startFakeOpenAI({
      handler: (body) => {
        const reply = JSON.parse(pipelineReply(body));
        if (reply.flexibleItems && reply.metadata?.difficulty_level === 'beginner' && reply.relatedToId === 'como-dormir-bem') reply.estimatedDuration = 1200;
        return { content: JSON.stringify(reply) };
      },
    });
    let worse: string;
    try {
      worse = await runPipeline('worse', [SLEEP, LONELINESS], { env: { OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url }, invalid: 1 });
    } finally {
      await server.close();
    }

    const failing = await cli(['compare', packages.base, worse, '--max-quality-drop', '0.1']);
    expect(failing.code).toBe(4);
    expect(failing.stdout).toMatch(/^ {2}FAIL +quality drop at most 0\.1: exceeded: schema_compliance dropped 0\.25 \(1 -> 0\.75\)/m);
    expect(failing.stderr).toMatch(/1 budget\(s\) exceeded: --max-quality-drop 0\.1/);
    const json = await compareJson(packages.base, worse, ['--max-quality-drop', '0.1']);
    expect(json.exit.code).toBe(4);
    expect(json.result.budgets).toEqual([expect.objectContaining({ budget: 'max-quality-drop', status: 'fail' })]);
    const file = json.result.sources.find((s) => s.source === SLEEP)!.files!.find((f) => f.file.endsWith('_beginner.json'))!;
    expect(file.supertask!.fields).toContainEqual({ field: 'estimatedDuration', base: 180, head: 1200 });
    expect(file.quality!.head).toEqual(expect.objectContaining({ valid: false }));

    const passing = await cli(['compare', packages.base, worse, '--max-quality-drop', '0.25']);
    expect(passing.code, passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/^ {2}PASS +quality drop at most 0\.25: within/m);
    // Without a budget, compare only reports.
    expect((await cli(['compare', packages.base, worse])).code).toBe(0);
  });

  it('--max-cost-increase in dollars or percent of the base cost, both runs priced from their records by one table; unknown cost is said, neither pass nor fail', async () => {
    // Six calls a run (two analyses, four lessons) at gpt-5.4-mini's $0.75 / $4.50 per million tokens.
    const priced = async (name: string, usage: { prompt_tokens: number; completion_tokens: number }, model?: string): Promise<string> => {
      const server = await startFakeOpenAI({ handler: (body) => ({ content: pipelineReply(body), usage, model }) });
      try {
        return await runPipeline(name, [SLEEP, LONELINESS], { env: { OPENAI_API_KEY: 'sk-test-0123456789abcdefghij', OPENAI_BASE_URL: server.url } });
      } finally {
        await server.close();
      }
    };
    const cheap = await priced('cheap', { prompt_tokens: 1000, completion_tokens: 100 });
    const dear = await priced('dear', { prompt_tokens: 1000, completion_tokens: 150 });
    const fail = await cli(['compare', cheap, dear, '--max-cost-increase', '10%']);
    expect(fail.code).toBe(4);
    expect(fail.stdout).toContain('FAIL     cost increase at most 10%: exceeded: $0.0072 -> $0.00855 (+$0.00135, +18.75%)');
    const pass = await cli(['compare', cheap, dear, '--max-cost-increase', '25%']);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('PASS     cost increase at most 25%: within');
    expect((await cli(['compare', cheap, dear, '--max-cost-increase', '0.001'])).code).toBe(4);
    expect((await cli(['compare', cheap, dear, '--max-cost-increase', '0.002'])).code).toBe(0);
    // What a package's metadata.json says it cost is not what is compared: its records are.
    expect((await cli(['compare', withCost(cheap, 'cheap-claims-more', 1), dear, '--max-cost-increase', '10%'])).code).toBe(4);

    // A run whose calls a model without a price answered has no cost, until --prices gives it one.
    const local = await priced('local', { prompt_tokens: 1000, completion_tokens: 100 }, 'my-local-model');
    const unknown = await cli(['compare', local, dear, '--max-cost-increase', '10%']);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain('UNKNOWN  cost increase at most 10%: not checked: the cost of the base run is unknown');
    const prices = path.join(root, 'prices.json');
    fs.writeFileSync(prices, JSON.stringify({ as_of: '2026-12-01', source: 'test', models: { 'my-local-model': { input: 0, output: 0 } } }));
    const free = await cli(['compare', local, dear, '--max-cost-increase', '0.01', '--prices', prices]);
    expect(free.code, free.stdout).toBe(0);
    expect(free.stdout).toContain('PASS     cost increase at most $0.01: within');

    // Runs both priced with that file compare as they were priced, without --prices: the file is read again.
    usePrices(prices);
    let pricedBase: string, pricedHead: string;
    try {
      pricedBase = await priced('local-priced', { prompt_tokens: 1000, completion_tokens: 100 }, 'my-local-model');
      pricedHead = await priced('local-priced-again', { prompt_tokens: 1000, completion_tokens: 150 }, 'my-local-model');
    } finally {
      usePriceTable(SHIPPED_PRICES);
    }
    const same = await compareJson(pricedBase, pricedHead, ['--max-cost-increase', '0.01']);
    expect(same.exit.code, same.exit.stdout).toBe(0);
    expect(same.result.metrics.cost_usd).toEqual({ base: 0, head: 0, delta: 0 });
  });

  it('--max-new-issues counts the head issues the base does not have (same rule, same file)', async () => {
    const known = { rule: 'quiz-options-repeat', severity: 'warning', file: 'solidao_cronica_filled_template_beginner.json', message: 'two options are the same' };
    const fresh = { rule: 'mobile-limits', severity: 'error', file: 'como_dormir_bem_filled_template_beginner.json', message: 'an item is over the mobile limit' };
    const before = withIssues(packages.base, 'issues-before', [known]);
    const after = withIssues(packages.again, 'issues-after', [known, fresh]);

    const { exit, result } = await compareJson(before, after, ['--max-new-issues', '0']);
    expect(exit.code).toBe(4);
    expect(result.quality_issues).toEqual({ base: 1, head: 2, delta: 1, new: [fresh] });
    const fail = await cli(['compare', before, after, '--max-new-issues', '0']);
    expect(fail.stdout).toContain('FAIL     new quality issues at most 0: exceeded: 1 new (1 -> 2 in all)');
    expect(fail.stdout).toContain('new issue error mobile-limits in como_dormir_bem_filled_template_beginner.json: an item is over the mobile limit');
    expect((await cli(['compare', before, after, '--max-new-issues', '1'])).code).toBe(0);

    const none = variant(packages.base, 'issues-none', (dir) => fs.rmSync(path.join(dir, 'logs/quality_issues.json')));
    const unknown = await cli(['compare', none, after, '--max-new-issues', '0']);
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toContain('UNKNOWN  new quality issues at most 0: not checked: the base run has no logs/quality_issues.json');
  });

  it('a budget value that is not one is a usage error', async () => {
    for (const [option, value] of [['--max-quality-drop', '5'], ['--max-cost-increase', 'ten'], ['--max-new-issues', '-1']]) {
      const exit = await cli(['compare', packages.base, packages.again, `${option}=${value}`]);
      expect(exit.code, `${option} ${value}`).toBe(2);
      expect(exit.stderr).toContain(`option '${option}`);
    }
  });
});

describe('--markdown', () => {
  it('escapes what the model wrote, so that it shows as text, and fits a pull-request comment', async () => {
    const hostile = variant(packages.edited, 'hostile', (dir) =>
      editJson(path.join(dir, '03_output/como_dormir_bem_filled_template_beginner.json'), (s) => {
        s.title = '<img src=x onerror=alert(1)> | **@octocat** </details>';
      }),
    );
    const exit = await cli(['compare', packages.base, hostile, '--markdown', '--max-quality-drop', '0.1']);
    expect(exit.code, exit.stderr).toBe(0);
    const markdown = exit.stdout;
    expect(markdown).toMatch(/^## ✅ Compared with the base run$/m);
    expect(markdown).toContain('- ✅ quality drop at most 0.1: within');
    expect(markdown).toContain('| como\\_dormir\\_bem.md | changed |');
    expect(markdown).not.toContain('| solidao');
    expect(markdown).toContain('<details><summary>1 unchanged</summary>\n\nsolidao\\_cronica.md\n\n</details>');
    expect(markdown).toMatch(/^Base: session sess\\_\S+, model offline-v1, digest [0-9a-f]{12} {2}$/m);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\*\\*@\u2060octocat\\*\\* &lt;/details&gt;');
    expect(markdown).not.toContain('<img');
    // Every <details> opened is closed, none by the model's text.
    expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<\/details>/g)?.length);
    expect(markdown.length).toBeLessThanOrEqual(65_536);
  });
});

describe('help', () => {
  it('compare --help names the formats, the budgets and exit code 4; the root help lists compare', async () => {
    const help = await cli(['compare', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lyfe-kt compare \[options\] <base-package> <head-package>/);
    for (const option of ['--json', '--markdown', '--max-quality-drop <n>', '--max-cost-increase <usd|n%>', '--max-new-issues <n>']) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('exit 4');
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}compare \[options\] <base-package> <head-package>/m);
    const both = await cli(['compare', packages.base, packages.again, '--json', '--markdown']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--json' cannot be used with option '--markdown'");
  });
});
