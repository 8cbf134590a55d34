import path from 'node:path';
import { Option } from 'commander';
import { errorText, ExitCode, LyfeError } from '../errors.js';
import { folderAuditCommand, namingAuditCommand, withAuditCommand } from '../llm/call.js';
import { REPORT_JSON } from '../pipeline/report-files.js';
import { LOGS_DIR, LogFiles, WorkFolders } from '../package/constants.js';
import { articlesToRun, runPipeline } from '../package/run-pipeline.js';
import { generateStage, listTemplates, preprocessStage } from '../package/stages.js';
import { failsOn, qualityCounts } from '../package/quality-issues/types.js';
import { addSessionOptions, printJson, Reporter } from './common.js';
import { addFailOnOption, addGenerationOptions } from './generation-options.js';
import { interruptOnSignals } from './interrupt.js';
import { parseShard } from '../pipeline/shard.js';
import { addPackageOptions, reportPackage } from './package.js';
/** Where the library's notes, warnings and progress go on the command line. */
function reporting(reporter, signal) {
    return {
        note: (message) => reporter.note(message),
        warn: (message) => reporter.warn(message),
        progress: (event) => reporter.progress(event, signal?.aborted),
        signal,
    };
}
function invalidOutputError(invalid, report) {
    return new LyfeError(`${invalid} supertask(s) failed the schema`, {
        file: report,
        fix: 'Open the report for the errors; the invalid files are written and named there',
        exitCode: ExitCode.invalidOutput,
    });
}
function qualityError(counts, failOn, file, fix) {
    return new LyfeError(`quality issues at or above --fail-on ${failOn}: ${qualityCounts(counts)}`, { file, fix, exitCode: ExitCode.qualityIssues });
}
/** The stage, its failed calls' fixes naming the prompt audit of this stage's folders, so that the command works as printed. */
async function namingFolders(stage, options) {
    try {
        return await stage;
    }
    catch (error) {
        throw namingAuditCommand(error, folderAuditCommand(options.workDir, options.logDir));
    }
}
/** `--shard I/N`: the articles of one shard of the folder, as `lyfe-kt shard` lists them. */
function shardOption() {
    return new Option('--shard <I/N>', 'take only shard I of N (counting from 0), the files `lyfe-kt shard` lists; merge the shard packages with `lyfe-kt merge`').argParser(parseShard);
}
export function registerPipelineCommands(program) {
    const preprocess = program.command('preprocess').description('stage 1: turn source articles into filled templates and Ari analyses');
    for (const kind of ['file', 'directory']) {
        const command = preprocess
            .command(`${kind} <${kind === 'file' ? 'input.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'preprocess one source article' : 'preprocess every .md and .markdown file in a folder');
        if (kind === 'directory')
            command.option('--recursive', 'take the articles of its subfolders as well').addOption(shardOption());
        addGenerationOptions(addSessionOptions(command)).action(async (target, outDir, options) => {
            const reporter = new Reporter(options);
            const inputs = kind === 'file' ? [target] : articlesToRun(target, options, reporting(reporter));
            const interruption = interruptOnSignals(options);
            const run = await namingFolders(preprocessStage(inputs, outDir, options, reporting(reporter, interruption.signal)), options).finally(interruption.dispose);
            if (options.json)
                printJson({ session_id: run.session.session_id, stage: 'preprocess', results: run.result });
            reporter.note(`preprocessed ${run.stats.filesIn} file(s) into ${outDir} (session ${run.session.session_id})`);
        });
    }
    const generate = program.command('generate').description('stage 2: write beginner and advanced supertasks from filled templates');
    for (const kind of ['file', 'directory']) {
        const command = generate
            .command(`${kind} <${kind === 'file' ? 'template.md' : 'indir'}> <outdir>`)
            .description(kind === 'file' ? 'generate from one filled template' : 'generate from every *_filled_template.md in a folder');
        addFailOnOption(addGenerationOptions(addSessionOptions(command))).action(async (target, outDir, options) => {
            const reporter = new Reporter(options);
            const templates = kind === 'file' ? [target] : listTemplates(target, reporting(reporter));
            const interruption = interruptOnSignals(options);
            const run = await namingFolders(generateStage(templates, outDir, options, reporting(reporter, interruption.signal)), options).finally(interruption.dispose);
            const summary = run.result;
            if (options.json)
                printJson({ session_id: run.session.session_id, stage: 'generate', ...summary });
            reporter.note(`generated ${run.stats.filesOut} supertask(s), ${summary.invalid} invalid; report: ${summary.report}`);
            // With --fail-on, the issues are listed whatever ends the command (with --quiet too: they are its
            // warnings and errors, and the failure points at them); an output failing the schema (exit 3) comes first.
            const { failOn } = options;
            let quality;
            if (failOn) {
                const templateDir = kind === 'file' ? path.dirname(target) : target;
                const { sessionQualityReport } = await import('../package/quality-issues/index.js');
                quality = sessionQualityReport({ logDir: options.logDir, sessionId: run.session.session_id, outputDir: outDir, templateDir });
                for (const issue of quality.issues.filter((i) => i.severity !== 'info'))
                    reporter.listed(`${issue.severity} ${issue.id} ${issue.rule}${issue.file ? ` ${issue.file}${issue.path ? ` at ${issue.path}` : ''}` : ''}: ${issue.message}`);
                reporter.note(`quality issues: ${qualityCounts(quality.counts)}`);
            }
            if (summary.invalid > 0)
                throw invalidOutputError(summary.invalid, summary.report);
            if (failOn && quality && failsOn(quality.counts, failOn)) {
                throw qualityError(quality.counts, failOn, outDir, 'Fix the files named above, or package the run and open its viewer (`lyfe-kt view`) to see the records behind each issue');
            }
        });
    }
    const run = program
        .command('run <indir>')
        .description('run all three stages on a folder of source articles: work/ -> packages/, records in logs/')
        .option('--recursive', 'take the articles of its subfolders as well')
        .addOption(shardOption());
    addFailOnOption(addPackageOptions(addGenerationOptions(addSessionOptions(run, "a new one (run never joins the work folder's)")))).action(async (indir, options) => {
        const reporter = new Reporter(options);
        // The checks run synchronously before the first stage: a signal cannot arrive before the work starts.
        const interruption = interruptOnSignals(options);
        try {
            const { generation, package: built } = await runPipeline(indir, options, {
                ...reporting(reporter, interruption.signal),
                packaging: interruption.handOver,
                stopped: (error) => {
                    if (error instanceof LyfeError && (error.exitCode === ExitCode.invalidOutput || error.exitCode === ExitCode.qualityIssues || error.exitCode === ExitCode.interrupted))
                        return error;
                    // The file and the cause's own fix kept; the next steps named with this run's folders, so that they work as given.
                    const dirs = `--work-dir ${options.workDir} --log-dir ${options.logDir}`;
                    const next = `the work folder ${options.workDir} is kept as it is: read the run's records with \`lyfe-kt logs --prompts ${dirs}\`, and package the failed run with \`lyfe-kt package ${dirs}\``;
                    const cause = error instanceof LyfeError ? error : undefined;
                    return new LyfeError(`run stopped: ${cause ? cause.message : errorText(error)}`, {
                        file: cause?.file,
                        fix: cause?.fix ? `${withAuditCommand(cause.fix, folderAuditCommand(options.workDir, options.logDir)).replace(/\.$/, '')}; ${next}` : `${next[0].toUpperCase()}${next.slice(1)}`,
                        exitCode: cause ? cause.exitCode : ExitCode.failure,
                        cause: error,
                    });
                },
            });
            reportPackage(built, options, reporter);
            if (generation.invalid > 0)
                throw invalidOutputError(generation.invalid, path.join(built.path, WorkFolders.reports, REPORT_JSON));
            if (options.failOn && failsOn(built.quality_issues, options.failOn)) {
                throw qualityError(built.quality_issues, options.failOn, path.join(built.path, LOGS_DIR, LogFiles.qualityIssues), `Open the package's viewer (\`lyfe-kt view ${built.path}\`) to see each issue with its records`);
            }
        }
        finally {
            interruption.dispose();
        }
    });
}
