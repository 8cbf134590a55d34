import path from 'node:path';
import { ExitCode, LyfeError, printable } from '../errors.js';
import { WorkFolders } from '../package/constants.js';
import { qualityCounts } from '../package/quality-issues/types.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import { checkLogDir } from '../package/log-dir.js';
import { addSessionOptions, logDirOption, outputDirOption, paint, parsePositiveInt, printJson, QUIET_HELP, Reporter } from './common.js';
function addSharedPackageOptions(command) {
    return command
        .addOption(outputDirOption())
        .option('--keep-work', 'copy the work folders into the package instead of moving them; they stay that package\'s (a `package` without --keep-work removes them)')
        .option('--compress', 'compress the logs into logs/records.tar.gz (done anyway for logs over 64 MiB)');
}
/** `--output-dir`, `--title`, `--keep-work`, `--compress`, for `run` and `package` (whose title may also be its argument). */
export function addPackageOptions(command) {
    return addSharedPackageOptions(command).option('--title <title>', 'package title; default: the common prefix of the output names, else content (the folder adds -YYYY-MM-DD-HH-MM)');
}
function kilobytes(bytes) {
    return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
export function reportPackage(result, options, reporter) {
    for (const warning of result.warnings)
        reporter.warn(warning);
    for (const note of result.notes)
        reporter.note(note);
    if (options.json)
        printJson(result);
    const run = result.success ? paint('green', 'run succeeded') : paint('red', 'run failed');
    const logs = result.logs.compressed ? `, logs compressed ${kilobytes(result.logs.bytes)} -> ${kilobytes(result.logs.compressed_bytes ?? 0)}` : '';
    reporter.note(`packaged session ${result.session_id} (${run}, stages: ${result.stages_executed.join(', ') || 'none'}) into ${result.path}`);
    reporter.note(`${result.files} files, ${kilobytes(result.bytes)}${logs}; digest ${result.digest}${result.kept_work ? '; work folder kept' : ''}`);
    reporter.note(`quality issues: ${qualityCounts(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
}
export function registerPackageCommands(program) {
    const pack = program
        .command('package [title]')
        .description("package the work folder's run with its session's execution record: packages/<title>-YYYY-MM-DD-HH-MM/");
    addPackageOptions(addSessionOptions(pack)).action(async (given, options, command) => {
        // `--title`, as `run` and `merge` take it, or the argument: one title.
        if (given !== undefined && options.title !== undefined && given !== options.title) {
            throw new LyfeError(`two titles given: ${JSON.stringify(given)} and --title ${JSON.stringify(options.title)}`, { fix: 'Give the title once, as the argument or with --title', exitCode: ExitCode.usage });
        }
        const title = given ?? options.title;
        const reporter = new Reporter(options);
        const { packageRun } = await import('../package/assemble.js');
        // Typed, not set by LYFE_KT_SESSION for every step (as CI does): files kept by --keep-work are packaged again.
        const result = await packageRun({ ...options, title, again: command.getOptionValueSource('session') === 'cli' });
        reportPackage(result, options, reporter);
    });
    program
        .command('verify <package>')
        .description("check every file of a package against its manifest: exit 0 when nothing changed")
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const { verifyPackage } = await import('../package/manifest.js');
        const result = verifyPackage(dir);
        if (options.json)
            printJson(result);
        else if (result.ok)
            process.stdout.write(`OK, ${result.files} files (digest ${result.digest})\n`);
        else {
            // The names are the package's (its files, its manifest, its records): a hostile one's may hold any character.
            const lines = [
                ...result.changed.map((file) => `changed: ${printable(file)}${result.crlf.includes(file) ? ' (only its line breaks, LF made CRLF)' : ''}`),
                ...result.missing.map((file) => `missing: ${printable(file)}`),
                ...result.added.map((file) => `added:   ${printable(file)}`),
                ...result.problems.map((problem) => `problem: ${printable(problem)}`),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (!result.ok) {
            const counts = [`${result.changed.length} changed`, `${result.missing.length} missing`, `${result.added.length} added`, `${result.problems.length} other problem(s)`].join(', ');
            // Every change a checkout's line-break conversion: the bytes are not the package's, but nothing else differs.
            const crlfOnly = result.crlf.length > 0 && result.crlf.length === result.changed.length && !result.missing.length && !result.added.length && !result.problems.length;
            const fix = crlfOnly
                ? "Every change is LF line breaks made CRLF, as git's core.autocrlf does on Windows: get the package again without the conversion (a .gitattributes line `packages/** -text`, or the artifact's zip)"
                : 'Do not trust its contents; get the package again from where it was made';
            throw new LyfeError(`the package does not match its manifest (${counts})`, { file: dir, fix });
        }
    });
    program
        .command('replay <package>')
        .description("run generation again from a package's templates, answered by its recorded replies (no network), and compare the outputs")
        .option('--out <dir>', 'new work folder for the replay; default: replay/<package name>')
        .addOption(logDirOption())
        .option('--concurrency <n>', 'files processed at once', parsePositiveInt, DEFAULT_CONCURRENCY)
        .option('-q, --quiet', QUIET_HELP)
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const reporter = new Reporter(options);
        checkLogDir(options.logDir);
        // Empty is not given (a workflow's unset output): the empty path would be the current folder.
        const outDir = options.out || path.join('replay', path.basename(path.resolve(dir)));
        // Loaded only for replay: it runs the pipeline, which `package` and `verify` do not.
        const { replayPackage } = await import('../package/replay.js');
        const result = await replayPackage({ packageDir: dir, outDir, logDir: options.logDir, concurrency: options.concurrency, onProgress: (event) => reporter.progress(event) });
        if (options.json)
            printJson(result);
        // The names and sessions are the package's: a hostile one's may hold any character.
        for (const file of result.files)
            reporter.note(`${file.status === 'identical' ? paint('green', 'identical') : paint('red', file.status)} ${printable(file.file)}`);
        if (result.generation_error)
            reporter.note(`the replayed generation failed: ${printable(result.generation_error)}`);
        const replayed = printable(result.replayed_session ? `session ${result.replayed_session}` : `${result.replayed_sessions.length} shards' sessions (${result.replayed_sessions.join(', ')})`);
        reporter.note(`replayed ${result.templates.length} template(s) of ${replayed} into ${result.out_dir} (session ${result.session_id})`);
        if (!result.identical) {
            const differing = result.files.filter((file) => file.status !== 'identical').length;
            throw new LyfeError(`${differing} output(s) of the replay differ from the package`, {
                file: dir,
                fix: `Compare ${path.join(result.out_dir, WorkFolders.output)} with the package's ${WorkFolders.output}, and the prompts with \`lyfe-kt logs --session ${result.session_id} --prompts\``,
                exitCode: ExitCode.failure,
            });
        }
        reporter.note(result.files.length ? paint('green', `every output is byte-identical (${result.files.length} files)`) : 'no output to compare: the package holds none, and the replay made none');
    });
}
