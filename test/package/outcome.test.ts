import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/action/report.js';
import { StepIds } from '../../src/action/constants.js';
import { setupOutputs, type RunSetup } from '../../src/action/setup.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useRunStages } from '../helpers/run-stages.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * What a package says happened, as a user meets it on the command line: never more than the
 * records show, and the same in every view of one run.
 */

const SOURCES = ['como_dormir_bem.md', 'solidao_cronica.md'].map((name) => path.resolve('test/fixtures/content', name));

const { start } = useChildren();
const temp = useTempDir('lyfe-kt-outcome-');

async function cli(cwd: string, args: string[]): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(), timeoutMs: 120_000 }).exit;
}

async function ok(cwd: string, args: string[]): Promise<Exit> {
  const exit = await cli(cwd, args);
  expect(exit.code, `lyfe-kt ${args.join(' ')}\n${exit.stderr}`).toBe(0);
  return exit;
}

/** A run of SOURCES up to a stage, made once for the file by separate CLI processes; each test copies it. */
const runUpTo = useRunStages(SOURCES, {
  preprocessed: ['preprocess', 'directory', 'work/01_raw', 'work/02_preprocessed'],
  generated: ['generate', 'directory', 'work/02_preprocessed', 'work/03_output'],
});

function articles(cwd: string): void {
  fs.mkdirSync(path.join(cwd, 'articles'), { recursive: true });
  for (const source of SOURCES) fs.copyFileSync(source, path.join(cwd, 'articles', path.basename(source)));
}

interface Packaged {
  result: { path: string; success: boolean; session_id: string; digest: string };
  metadata: Record<string, any>;
  summary: string;
}

async function packageRun(cwd: string, args: string[] = []): Promise<Packaged> {
  const exit = await ok(cwd, ['package', '--json', ...args]);
  const result = JSON.parse(exit.stdout) as Packaged['result'];
  const logs = path.resolve(cwd, result.path, 'logs');
  return { result, metadata: JSON.parse(fs.readFileSync(path.join(logs, 'metadata.json'), 'utf8')), summary: fs.readFileSync(path.join(logs, 'execution_summary.md'), 'utf8') };
}

function expectFailed(packaged: Packaged, problem: string): void {
  expect(packaged.result.success).toBe(false);
  expect(packaged.metadata.execution.success).toBe(false);
  expect(packaged.metadata.execution.problems.map((p: { code: string }) => p.code)).toContain(problem);
  expect(packaged.summary).toContain('- **Result**: ❌ failed');
}

describe('a package is never success: true', () => {
  it('for a run refused before any stage (openai without a key): nothing is written, so nothing is packaged', async () => {
    const cwd = temp();
    articles(cwd);
    const run = await cli(cwd, ['run', 'articles', '--provider', 'openai']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the openai provider needs an API key/);
    expect(run.stderr).not.toContain('lyfe-kt package');
    expect(fs.readdirSync(cwd)).toEqual(['articles']);
    const packaged = await cli(cwd, ['package']);
    expect(packaged.code).toBe(1);
    expect(packaged.stderr).toContain('nothing to package');
    expect(fs.readdirSync(cwd)).toEqual(['articles']);
  });

  it('for the files `package --keep-work` kept: packaged again, they are that package; without their session file, a run that ran nothing', async () => {
    const cwd = temp();
    runUpTo(cwd, 'preprocessed');
    const first = await packageRun(cwd, ['--keep-work']);
    expect(first.result.success).toBe(true);
    // The work folder says where its files went: no second package of them.
    const again = await packageRun(cwd, ['--keep-work']);
    expect(again.result).toMatchObject({ path: path.resolve(cwd, first.result.path), session_id: first.result.session_id, digest: first.result.digest, success: true });
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    // Told nothing of them (the session file removed), packaging makes a run of its own, which ran nothing.
    fs.rmSync(path.join(cwd, 'work/.lyfe-kt-session.json'));
    const second = await packageRun(cwd);
    expect(second.result.session_id).not.toBe(first.result.session_id);
    expectFailed(second, 'no_pipeline_stage');
  });

  it('for a run whose work folder lacks an output its records say was written: there is no package', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const gone = 'solidao_cronica_filled_template_advanced.json';
    fs.rmSync(path.join(cwd, 'work/03_output', gone));
    const exit = await cli(cwd, ['package']);
    expect(exit.code).not.toBe(0);
    expect(exit.stderr).toContain(`03_output/${gone}`);
    expect(fs.existsSync(path.join(cwd, 'packages')) ? fs.readdirSync(path.join(cwd, 'packages')) : []).toEqual([]);
  });

});

const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`;

describe('every view of one run', () => {
  it('agrees on outcome, counts and every metric: generation report, metadata.json, execution_summary.md, logs --list and the job summary', async () => {
    const cwd = temp();
    runUpTo(cwd, 'generated');
    const packageResult = path.join(cwd, 'package-result.json');
    const packaged = await packageRun(cwd);
    fs.writeFileSync(packageResult, JSON.stringify(packaged.result));
    const { metadata, summary } = packaged;
    const generation = JSON.parse(fs.readFileSync(path.join(cwd, packaged.result.path, 'reports/generation_report.json'), 'utf8'));
    const list = JSON.parse((await ok(cwd, ['logs', '--list', '--json'])).stdout) as { sessions: Record<string, any>[] };
    const listing = list.sessions.find((s) => s.session === packaged.result.session_id)!;

    const setup: RunSetup = {
      sessionId: packaged.result.session_id,
      jobKey: '',
      workingDirectory: cwd,
      workDir: path.join(cwd, 'work'),
      logDir: path.join(cwd, 'logs'),
      packagesDir: path.join(cwd, 'packages'),
      packageResult,
      comment: false,
      uploadArtifact: false,
      compress: false,
      recursive: false,
      failOnInvalid: true,
      reportPackage: '',
      actionPath: cwd,
      attest: false,
    };
    let jobSummary = '';
    const reported = await report(
      {
        githubToken: '',
        steps: {
          [StepIds.setup]: { outcome: 'success', outputs: setupOutputs(setup) },
          [StepIds.preprocess]: { outcome: 'success' },
          [StepIds.generate]: { outcome: 'success' },
          [StepIds.package]: { outcome: 'success' },
        },
      },
      {
        env: { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'lessons', GITHUB_REPOSITORY: 'octo/lessons' },
        artifactClient: () => {
          throw new Error('no upload was asked for');
        },
        octokit: () => {
          throw new Error('no comment was asked for');
        },
        writeSummary: async (markdown) => {
          jobSummary = markdown;
        },
        info: () => {},
        notice: () => {},
        warning: () => {},
      },
    );

    // Outcome.
    expect(metadata.execution.success).toBe(true);
    expect(summary).toContain('- **Result**: ✅ success');
    expect(listing.status).toBe('succeeded');
    expect(reported.outputs.success).toBe('true');
    expect(jobSummary).toMatch(/^# ✅ lyfe-kt/);
    expect(jobSummary).toContain('- **Result**: ✅ success');

    // Counts.
    const outputs = generation.totals.outputs as number;
    expect(outputs).toBe(4);
    expect(metadata.content.output_files).toHaveLength(outputs);
    expect(metadata.quality_metrics).toMatchObject({ valid_files: generation.totals.valid, invalid_files: generation.totals.invalid });
    const ai = metadata.ai_usage;
    expect(ai.total_api_calls).toBeGreaterThan(0);
    // The listing also counts packaging's own stage.end, written once the package's logs were.
    expect(listing).toMatchObject({ llm_calls: ai.calls, attempts: ai.total_api_calls, tokens: ai.total_tokens, records: metadata.records.processing + metadata.records.prompts + 1 });
    for (const view of [summary, jobSummary]) {
      expect(view).toContain(`- **Output**: ${outputs} supertasks`);
      expect(view).toContain(`- **Total API Calls**: ${ai.total_api_calls.toLocaleString('en-US')}`);
      expect(view).toContain(`- **Total Tokens**: ${ai.total_tokens.toLocaleString('en-US')}`);
    }
    expect(jobSummary).toContain(`${ai.calls} call(s), ${ai.total_api_calls} request(s)`);

    // Every metric: one definition, so equal, not merely close.
    for (const name of ['schema_compliance', 'mobile_optimization_score', 'ari_persona_consistency']) {
      expect(metadata.quality_metrics[name], name).toBe(generation.metrics[name]);
      expect(typeof generation.metrics[name], name).toBe('number');
    }
    for (const view of [summary, jobSummary]) {
      expect(view).toContain(`- **Schema Compliance**: ${percent(generation.metrics.schema_compliance)} (${generation.totals.valid} of ${outputs} valid)`);
      expect(view).toContain(`- **Mobile Optimization Score**: ${generation.metrics.mobile_optimization_score.toFixed(2)}`);
      expect(view).toContain(`- **Ari Persona Consistency**: ${percent(generation.metrics.ari_persona_consistency)}`);
    }
  });
});
