export const id = 617;
export const ids = [617];
export const modules = {

/***/ 3148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ sessionOption),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Gx: () => (/* binding */ addSessionOptions),
/* harmony export */   Q2: () => (/* reexport safe */ _json_js__WEBPACK_IMPORTED_MODULE_3__.Q),
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   rN: () => (/* binding */ logDirOption),
/* harmony export */   sg: () => (/* binding */ workDirOption)
/* harmony export */ });
/* unused harmony export colorEnabled */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4159);
// What the commands share: session options, colour, progress. Every command loads it, so it
// imports nothing heavy: the generation options (the LLM SDK, the pipeline) are in
// ./generation-options.ts, `--json` printing in ./json.ts.




/** `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. */
function logDirOption() {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--log-dir <dir>', 'folder of the global record files').env('LYFE_KT_LOG_DIR').default('logs');
}
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`. */
function workDirOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--work-dir <dir>', description).env('LYFE_KT_WORK_DIR').default('work');
}
/** `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset output). */
function sessionOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--session <id>', description).env('LYFE_KT_SESSION').argParser((value) => value || undefined);
}
function addSessionOptions(command) {
    return command
        .addOption(workDirOption('work folder of the run (01_raw, 02_preprocessed, 03_output, reports)'))
        .addOption(logDirOption())
        .addOption(sessionOption("session to record into; default: the work folder's, else a new one"))
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout');
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
function parseSize(value) {
    const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim());
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di('expected a size such as 300000, 512k or 2m');
    return bytes;
}
/** A commander parser for a whole number from `min` to `max`. */
function wholeNumber(min, max) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di(`expected a whole number from ${min} to ${max}`);
        return n;
    };
}
const parsePositiveInt = wholeNumber(1, 64);
const colorOn = new WeakMap();
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
function colorEnabled(stream = process.stderr) {
    let on = colorOn.get(stream);
    if (on === undefined) {
        on = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)('bold', 'x', { stream }) !== 'x';
        colorOn.set(stream, on);
    }
    return on;
}
function paint(color, text, stream = process.stderr) {
    return colorEnabled(stream) ? (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)(color, text, { validateStream: false }) : text;
}
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
class Reporter {
    options;
    barShown = false;
    constructor(options) {
        this.options = options;
    }
    note(message) {
        if (this.options.quiet)
            return;
        this.clearBar();
        process.stderr.write(`${message}\n`);
    }
    warn(message) {
        this.clearBar();
        process.stderr.write(`${paint('yellow', 'warning')} ${message}\n`);
    }
    progress(event) {
        if (this.options.quiet)
            return;
        const mark = event.ok ? paint('green', 'ok') : event.error ? `${paint('red', 'failed')} (${event.error})` : paint('red', 'invalid');
        if (process.stderr.isTTY) {
            const width = 24;
            const filled = Math.round((event.done / event.total) * width);
            const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total} ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(event.file)}`;
            process.stderr.write(`\r\u001b[2K${bar.slice(0, (process.stderr.columns || 80) - 1)}`);
            this.barShown = true;
            if (event.done === event.total)
                this.clearBar();
        }
        else {
            process.stderr.write(`[${event.done}/${event.total}] ${mark} ${event.file}\n`);
        }
    }
    clearBar() {
        if (this.barShown) {
            process.stderr.write('\r\u001b[2K');
            this.barShown = false;
        }
    }
}


/***/ }),

/***/ 6617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addPackageOptions: () => (/* binding */ addPackageOptions),
/* harmony export */   registerPackageCommands: () => (/* binding */ registerPackageCommands),
/* harmony export */   reportPackage: () => (/* binding */ reportPackage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9517);
/* harmony import */ var _package_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);
/* harmony import */ var _package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5817);
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4153);
/* harmony import */ var _package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7827);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3148);







function addSharedPackageOptions(command) {
    return command
        .option('--output-dir <dir>', 'folder the package goes into', 'packages')
        .option('--keep-work', 'copy the work folders into the package instead of moving them')
        .option('--compress', 'compress the logs into logs/records.tar.gz (done anyway for logs over 64 MiB)');
}
/** `--output-dir`, `--title`, `--keep-work`, `--compress`, for `run` (which has no positional title). */
function addPackageOptions(command) {
    return addSharedPackageOptions(command).option('--title <title>', 'package title; default: the common prefix of the output names, else content (the folder adds -YYYY-MM-DD-HH-MM)');
}
function kilobytes(bytes) {
    return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
function reportPackage(result, options, reporter) {
    for (const warning of result.warnings)
        reporter.warn(warning);
    for (const note of result.notes)
        reporter.note(note);
    if (options.json)
        (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
    const run = result.success ? (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', 'run succeeded') : (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('red', 'run failed');
    const logs = result.logs.compressed ? `, logs compressed ${kilobytes(result.logs.bytes)} -> ${kilobytes(result.logs.compressed_bytes ?? 0)}` : '';
    reporter.note(`packaged session ${result.session_id} (${run}, stages: ${result.stages_executed.join(', ') || 'none'}) into ${result.path}`);
    reporter.note(`${result.files} files, ${kilobytes(result.bytes)}${logs}; digest ${result.digest}${result.kept_work ? '; work folder kept' : ''}`);
    reporter.note(`quality issues: ${(0,_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_3__/* .qualityCounts */ .AY)(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
}
function registerPackageCommands(program) {
    const pack = program
        .command('package [title]')
        .description("package the work folder's run with its session's execution record: packages/<title>-YYYY-MM-DD-HH-MM/");
    addSharedPackageOptions((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .addSessionOptions */ .Gx)(pack)).action(async (title, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .Reporter */ .a8(options);
        (0,_package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLogDir */ .o)(options.logDir);
        const { packageRun } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(169), __webpack_require__.e(902), __webpack_require__.e(886), __webpack_require__.e(470), __webpack_require__.e(766), __webpack_require__.e(932), __webpack_require__.e(802), __webpack_require__.e(49), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 7049));
        const result = await packageRun({ ...options, title });
        reportPackage(result, options, reporter);
    });
    program
        .command('verify <package>')
        .description("check every file of a package against its manifest: exit 0 when nothing changed")
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const { verifyPackage } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(470), __webpack_require__.e(320)]).then(__webpack_require__.bind(__webpack_require__, 7470));
        const result = verifyPackage(dir);
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
        else if (result.ok)
            process.stdout.write(`OK, ${result.files} files (digest ${result.digest})\n`);
        else {
            const lines = [
                ...result.changed.map((file) => `changed: ${file}`),
                ...result.missing.map((file) => `missing: ${file}`),
                ...result.added.map((file) => `added:   ${file}`),
                ...result.problems.map((problem) => `problem: ${problem}`),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
        }
        if (!result.ok) {
            const counts = [`${result.changed.length} changed`, `${result.missing.length} missing`, `${result.added.length} added`, `${result.problems.length} other problem(s)`].join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`the package does not match its manifest (${counts})`, { file: dir, fix: 'Do not trust its contents; get the package again from where it was made' });
        }
    });
    program
        .command('replay <package>')
        .description("run generation again from a package's templates, answered by its recorded replies (no network), and compare the outputs")
        .option('--out <dir>', 'new work folder for the replay; default: replay/<package name>')
        .addOption((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .logDirOption */ .rN)())
        .option('--concurrency <n>', 'files processed at once', _common_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInt */ .EJ, _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CONCURRENCY */ .W)
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (dir, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .Reporter */ .a8(options);
        (0,_package_log_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLogDir */ .o)(options.logDir);
        const outDir = options.out ?? node_path__WEBPACK_IMPORTED_MODULE_0__.join('replay', node_path__WEBPACK_IMPORTED_MODULE_0__.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(dir)));
        // Loaded only for replay: it runs the pipeline, which `package` and `verify` do not.
        const { replayPackage } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(815), __webpack_require__.e(169), __webpack_require__.e(902), __webpack_require__.e(886), __webpack_require__.e(470), __webpack_require__.e(766), __webpack_require__.e(100), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 6878));
        const result = await replayPackage({ packageDir: dir, outDir, logDir: options.logDir, concurrency: options.concurrency });
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)(result);
        for (const file of result.files)
            reporter.note(`${file.status === 'identical' ? (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', 'identical') : (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('red', file.status)} ${file.file}`);
        if (result.error)
            reporter.note(`the replayed generation failed: ${result.error}`);
        reporter.note(`replayed ${result.templates.length} template(s) of session ${result.replayed_session ?? 'unknown'} into ${result.out_dir} (session ${result.session_id})`);
        if (!result.identical) {
            const differing = result.files.filter((file) => file.status !== 'identical').length;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`${differing} output(s) of the replay differ from the package`, {
                file: dir,
                fix: `Compare ${node_path__WEBPACK_IMPORTED_MODULE_0__.join(result.out_dir, _package_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkFolders */ .BM.output)} with the package's ${_package_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkFolders */ .BM.output}, and the prompts with \`lyfe-kt logs --session ${result.session_id} --prompts\``,
                exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.failure,
            });
        }
        reporter.note((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .paint */ .nI)('green', `every output is byte-identical (${result.files.length} files)`));
    });
}


/***/ }),

/***/ 5046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ WorkFolders),
/* harmony export */   VZ: () => (/* binding */ AUTO_COMPRESS_BYTES),
/* harmony export */   aE: () => (/* binding */ LogFiles),
/* harmony export */   c6: () => (/* binding */ LOGS_DIR),
/* harmony export */   ch: () => (/* binding */ WorkFolderNames),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   sX: () => (/* binding */ ARCHIVE_FILE),
/* harmony export */   wS: () => (/* binding */ ArchivedLogFiles)
/* harmony export */ });
/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
const WorkFolders = {
    raw: '01_raw',
    preprocessed: '02_preprocessed',
    output: '03_output',
    reports: 'reports',
};
/** The work folders in the order they are listed. */
const WorkFolderNames = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output, WorkFolders.reports];
const LOGS_DIR = 'logs';
const MANIFEST_FILE = 'manifest.json';
/** Files of `logs/`. The first four are the PRD's; the `*.jsonl` hold the same records for tools. */
const LogFiles = {
    promptsAudit: 'prompts_audit.log',
    processing: 'processing.log',
    summary: 'execution_summary.md',
    metadata: 'metadata.json',
    processingRecords: 'processing.jsonl',
    promptRecords: 'prompts.jsonl',
    /** What the quality rules found (schema/quality_issues.schema.json). */
    qualityIssues: 'quality_issues.json',
    /** The interactive viewer: one self-contained page, opened from disk. */
    viewer: 'viewer.html',
};
/**
 * With compression, these go into `logs/records.tar.gz`; `execution_summary.md` and `metadata.json`
 * stay readable beside it (the metadata records the sizes before and after).
 */
const ARCHIVE_FILE = 'records.tar.gz';
const ArchivedLogFiles = [LogFiles.promptsAudit, LogFiles.processing, LogFiles.processingRecords, LogFiles.promptRecords];
/** Logs at least this large are compressed even without `--compress`. */
const AUTO_COMPRESS_BYTES = 64 * 1024 * 1024;


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ checkLogDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9517);


/**
 * The folder of the global record files is checked before a stage starts: a file in its place
 * or a folder that cannot be written would otherwise be found only by the first record.
 */
function checkLogDir(logDir) {
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(logDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return; // made by the first record
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0(`the log folder cannot be read (${error.code})`, { file: logDir, fix: 'Give --log-dir a folder you can write', cause: error });
    }
    if (!stat.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0('the log folder is a file, not a folder', { file: logDir, fix: 'Give --log-dir a folder (it is made when missing), or move this file away', exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.usage });
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(logDir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LyfeError */ .L0('the log folder cannot be written', { file: logDir, fix: 'Give --log-dir a folder you can write, or fix its permissions', cause: error });
    }
}


/***/ }),

/***/ 5817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ qualityCounts),
/* harmony export */   D: () => (/* binding */ FAIL_ON_LEVELS),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   Tu: () => (/* binding */ RuleIds),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */
/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
const SEVERITIES = ['error', 'warning', 'info'];
/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
const FAIL_ON_LEVELS = ['error', 'warning'];
const RuleIds = {
    schemaInvalid: 'schema-invalid',
    overMobileLimit: 'over-mobile-limit',
    quizAnswerNotAnOption: 'quiz-answer-not-an-option',
    quizOptionsRepeat: 'quiz-options-repeat',
    duplicatedItem: 'duplicated-item',
    languageDiffers: 'language-differs',
    personaMarkersMissing: 'persona-markers-missing',
    copiedFromSource: 'copied-from-source',
    callRetried: 'call-retried',
    callFailed: 'call-failed',
    responseTruncated: 'response-truncated',
    callSlow: 'call-slow',
    callLarge: 'call-large',
};
/** Whether there is an issue at or above `failOn`. */
function failsOn(counts, failOn) {
    return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
function qualityCounts(counts) {
    const { error, warning, info } = counts;
    if (error + warning + info === 0)
        return 'none';
    return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
}


/***/ }),

/***/ 4153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   y: () => (/* binding */ DEFAULT_MAX_INPUT_BYTES)
/* harmony export */ });
const DEFAULT_CONCURRENCY = 4;
/** The CLI refuses inputs larger than this unless `--max-input-size` raises it: some 130k tokens, more than a model takes. */
const DEFAULT_MAX_INPUT_BYTES = 512 * 1024;


/***/ })

};
