import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { errorText, ExitCode, LyfeError } from '../errors.js';
import type { LlmProvider } from '../llm/provider.js';
import { selectProvider } from '../pipeline/providers.js';
import { listMarkdown, readAllMarkdown } from '../pipeline/inputs.js';
import { FILLED_TEMPLATE_SUFFIX, preprocessFiles } from '../pipeline/preprocess.js';
import { generateFiles, REPORT_JSON } from '../pipeline/generate.js';
import { assertSessionId } from '../session/id.js';
import { runStage } from '../stage/run-stage.js';
import { readWorkSession } from '../session/store.js';
import { packageRun } from '../package/assemble.js';
import { sanitizeTitle } from '../package/title.js';
import { LOGS_DIR, LogFiles, WorkFolders } from '../package/constants.js';
import { failsOn, qualityCounts, sessionQualityReport, type FailOn, type QualityReport } from '../package/quality-issues/index.js';
import { addFailOnOption, addGenerationOptions, addSessionOptions, printJson, Reporter, type FailOnOptions, type GenerationOptions, type SessionOptions } from './common.js';
import { addPackageOptions, type PackageCommandOptions, reportPackage } from './package.js';

type StageCommandOptions = SessionOptions & GenerationOptions & FailOnOptions;

/** The provider is chosen (and named on stderr) once per command, even when `run` runs two stages with it. */
const chosenProviders = new WeakMap<StageCommandOptions, LlmProvider>();

function pipelineOptions(options: StageCommandOptions, reporter: Reporter) {
  let provider = chosenProviders.get(options);
  if (!provider) {
    const selected = selectProvider({ provider: options.provider, model: options.model });
    reporter.note(selected.reason);
    provider = selected.provider;
    chosenProviders.set(options, provider);
  }
  return {
    sessionInfo: { provider: provider.name, model: provider.model, schema_version: options.schemaVersion },
    pipeline: {
      provider,
      schemaVersion: options.schemaVersion,
      concurrency: options.concurrency,
      onProgress: (event: { file: string; done: number; total: number; ok: boolean }) => reporter.progress(event),
    },
  };
}

function inputsOf(kind: 'file' | 'directory', target: string): string[] {
  return kind === 'file' ? [target] : listMarkdown(target);
}

/** The filled templates of a folder: what preprocess wrote there, without the sources beside them. */
function listTemplates(dir: string): string[] {
  return listMarkdown(dir).filter((file) => file.endsWith(FILLED_TEMPLATE_SUFFIX));
}

/** Sources preprocessed from outside the work folder are copied into `01_raw`, so that the package holds them. */
function keepSources(inputs: string[], workDir: string): void {
  const raw = path.resolve(workDir, WorkFolders.raw);
  for (const input of inputs) {
    if (path.dirname(path.resolve(input)) === raw) continue;
    fs.mkdirSync(raw, { recursive: true });
    fs.copyFileSync(input, path.join(raw, path.basename(input)));
  }
}

/** Bad input is refused before a session, a work folder or a provider exists. */
function checkStageInput(files: string[], options: StageCommandOptions): void {
  readAllMarkdown(files);
  if (options.session !== undefined) assertSessionId(options.session, '--session');
}

async function preprocessStage(inputs: string[], outDir: string, options: StageCommandOptions, reporter: Reporter, fresh = false) {
  checkStageInput(inputs, options);
  const { pipeline, sessionInfo } = pipelineOptions(options, reporter);
  return runStage({ stage: 'preprocess', workDir: options.workDir, logDir: options.logDir, session: options.session, fresh, sessionInfo }, async (stats) => {
    const results = await preprocessFiles(inputs, outDir, pipeline, stats);
    keepSources(inputs, options.workDir);
    return results;
  });
}

async function generateStage(templates: string[], outDir: string, options: StageCommandOptions, reporter: Reporter) {
  checkStageInput(templates, options);
  const { pipeline, sessionInfo } = pipelineOptions(options, reporter);
  const reportsDir = path.join(options.workDir, WorkFolders.reports);
  return runStage({ stage: 'generate', workDir: options.workDir, logDir: options.logDir, session: options.session, sessionInfo }, (stats) =>
    generateFiles(templates, outDir, reportsDir, pipeline, stats),
  );
}

function invalidOutputError(invalid: number, report: string): LyfeError {
  return new LyfeError(`${invalid} supertask(s) failed the schema`, {
    file: report,
    fix: 'Open the report for the errors; the invalid files are written and named there',
    exitCode: ExitCode.invalidOutput,
  });
}

function qualityError(counts: QualityReport['counts'], failOn: FailOn, file: string, fix: string): LyfeError {
  return new LyfeError(`quality issues at or above --fail-on ${failOn}: ${qualityCounts(counts)}`, { file, fix, exitCode: ExitCode.qualityIssues });
}

export function registerPipelineCommands(program: Command): void {
  const preprocess = program.command('preprocess').description('stage 1: turn source articles into filled templates and Ari analyses');
  for (const kind of ['file', 'directory'] as const) {
    const command = preprocess
      .command(`${kind} <${kind === 'file' ? 'input.md' : 'indir'}> <outdir>`)
      .description(kind === 'file' ? 'preprocess one source article' : 'preprocess every .md in a folder');
    addGenerationOptions(addSessionOptions(command)).action(async (target: string, outDir: string, options: StageCommandOptions) => {
      const reporter = new Reporter(options);
      const run = await preprocessStage(inputsOf(kind, target), outDir, options, reporter);
      if (options.json) printJson({ session_id: run.session.session_id, stage: 'preprocess', results: run.result });
      reporter.note(`preprocessed ${run.stats.filesIn} file(s) into ${outDir} (session ${run.session.session_id})`);
    });
  }

  const generate = program.command('generate').description('stage 2: write beginner and advanced supertasks from filled templates');
  for (const kind of ['file', 'directory'] as const) {
    const command = generate
      .command(`${kind} <${kind === 'file' ? 'template.md' : 'indir'}> <outdir>`)
      .description(kind === 'file' ? 'generate from one filled template' : 'generate from every *_filled_template.md in a folder');
    addFailOnOption(addGenerationOptions(addSessionOptions(command))).action(async (target: string, outDir: string, options: StageCommandOptions) => {
      const reporter = new Reporter(options);
      const templates = kind === 'file' ? [target] : listTemplates(target);
      const run = await generateStage(templates, outDir, options, reporter);
      const summary = run.result;
      if (options.json) printJson({ session_id: run.session.session_id, stage: 'generate', ...summary });
      reporter.note(`generated ${run.stats.filesOut} supertask(s), ${summary.invalid} invalid; report: ${summary.report}`);
      if (summary.invalid > 0) throw invalidOutputError(summary.invalid, summary.report);
      if (options.failOn) {
        const templateDir = kind === 'file' ? path.dirname(target) : target;
        const quality = sessionQualityReport({ logDir: options.logDir, sessionId: run.session.session_id, outputDir: outDir, templateDir });
        for (const issue of quality.issues.filter((i) => i.severity !== 'info')) reporter.note(`${issue.severity} ${issue.id} ${issue.rule}${issue.file ? ` ${issue.file}` : ''}: ${issue.message}`);
        reporter.note(`quality issues: ${qualityCounts(quality.counts)}`);
        if (failsOn(quality.counts, options.failOn)) throw qualityError(quality.counts, options.failOn, outDir, 'Fix the files named above, or package the run and open its viewer (`lyfe-kt view`) to see the records behind each issue');
      }
    });
  }

  const run = program
    .command('run <indir>')
    .description('run all three stages on a folder of source articles: work/ -> packages/, records in logs/');
  addFailOnOption(addPackageOptions(addGenerationOptions(addSessionOptions(run)))).action(async (indir: string, options: StageCommandOptions & PackageCommandOptions) => {
    const reporter = new Reporter(options);
    // Everything given is checked before the work folder is touched: bad input leaves nothing behind.
    const sources = listMarkdown(indir);
    checkStageInput(sources, options);
    if (options.title !== undefined) sanitizeTitle(options.title);
    const existing = readWorkSession(options.workDir);
    if (existing) {
      throw new LyfeError(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
        file: options.workDir,
        fix: 'Package it with `lyfe-kt package`, or remove the folder, then run again',
      });
    }
    const work = (folder: string) => path.join(options.workDir, folder);
    fs.mkdirSync(work(WorkFolders.raw), { recursive: true });
    for (const source of sources) fs.copyFileSync(source, path.join(work(WorkFolders.raw), path.basename(source)));
    const raw = listMarkdown(work(WorkFolders.raw));
    try {
      const pre = await preprocessStage(raw, work(WorkFolders.preprocessed), options, reporter, true);
      options.session = pre.session.session_id;
      const templates = listTemplates(work(WorkFolders.preprocessed));
      const generated = await generateStage(templates, work(WorkFolders.output), options, reporter);
      reporter.note(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
      const built = await packageRun({ ...options, title: options.title });
      reportPackage(built, options, reporter);
      if (generated.result.invalid > 0) throw invalidOutputError(generated.result.invalid, path.join(built.path, WorkFolders.reports, REPORT_JSON));
      if (options.failOn && failsOn(built.quality_issues, options.failOn)) {
        throw qualityError(built.quality_issues, options.failOn, path.join(built.path, LOGS_DIR, LogFiles.qualityIssues), `Open the package's viewer (\`lyfe-kt view ${built.path}\`) to see each issue with its records`);
      }
    } catch (error) {
      if (error instanceof LyfeError && (error.exitCode === ExitCode.invalidOutput || error.exitCode === ExitCode.qualityIssues)) throw error;
      throw new LyfeError(`run stopped: ${errorText(error)}`, {
        fix: `The work folder ${options.workDir} is kept as it is; package the failed run with \`lyfe-kt package\``,
        exitCode: error instanceof LyfeError ? error.exitCode : ExitCode.failure,
      });
    }
  });
}
