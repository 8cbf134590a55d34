export const id = 816;
export const ids = [816,537];
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

/***/ 4634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerMergeCommand: () => (/* binding */ registerMergeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/package/assemble.js + 3 modules
var assemble = __webpack_require__(7049);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/markdown.js
var markdown = __webpack_require__(5554);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var package_manifest = __webpack_require__(7470);
// EXTERNAL MODULE: ./dist/lib/package/title.js
var package_title = __webpack_require__(6537);
;// CONCATENATED MODULE: ./dist/lib/package/merge.js
/**
 * `merge`: the packages of the shards of one run (`run --shard I/N` on every index) into one
 * package, as if one machine had run them all: every output, every shard's records under its own
 * session id, and the views (logs, summary, metadata, quality issues, viewer, manifest) rendered
 * from one session model over all of them.
 */











function readMetadata(dir) {
    const file = external_node_path_.join(dir, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.metadata);
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* LyfeError */.L0(`the package's metadata cannot be read: ${(0,errors/* errorText */.kc)(error)}`, { file, fix: 'Give packages made by `lyfe-kt run --shard I/N`', cause: error });
    }
}
/** The shard a package ran (its metadata's `shard`); undefined for a package of a whole run. */
function shardOf(metadata) {
    const shard = metadata.shard;
    return shard && Number.isInteger(shard.index) && Number.isInteger(shard.total) && typeof shard.listing === 'string' ? shard : undefined;
}
/** The shard a package ran (`metadata.json`'s `shard`); undefined for a package of a whole run. */
function shardOfPackage(dir) {
    return shardOf(readMetadata(dir));
}
function readShardPackage(dir) {
    const verified = (0,package_manifest.verifyPackage)(dir);
    if (!verified.ok) {
        const what = [...verified.changed.map((f) => `changed ${f}`), ...verified.missing.map((f) => `missing ${f}`), ...verified.added.map((f) => `added ${f}`), ...verified.problems];
        throw new errors/* LyfeError */.L0(`the shard package does not verify (${what.slice(0, 3).join('; ')}${what.length > 3 ? '; ...' : ''})`, {
            file: dir,
            fix: 'Do not merge it: run `lyfe-kt verify` on it, and get the package again from the run that made it',
        });
    }
    const metadata = readMetadata(dir);
    const shard = shardOf(metadata);
    if (!shard) {
        throw new errors/* LyfeError */.L0('is not a shard package: its metadata.json has no `shard`', { file: dir, fix: 'Merge the packages made by `lyfe-kt run --shard I/N`, one per index' });
    }
    return { dir, shard, metadata, digest: verified.digest ?? '' };
}
const names = (shards) => shards.map((shard) => `${shard.dir} (${shard.shard.index}/${shard.shard.total})`).join(', ');
/** The shards are those of one run, each once, none missing, no source in two: else an error that names them. */
function checkShards(shards) {
    const fix = 'Merge exactly one package per shard index of one run (the same folder, the same --total)';
    const totals = new Set(shards.map((shard) => shard.shard.total));
    if (totals.size > 1)
        throw new errors/* LyfeError */.L0(`the packages are shards of different totals: ${names(shards)}`, { fix });
    const listings = new Set(shards.map((shard) => `${shard.shard.listing} ${shard.shard.all_files}`));
    if (listings.size > 1)
        throw new errors/* LyfeError */.L0(`the packages are not shards of one run (they split different folders): ${names(shards)}`, { fix });
    const total = shards[0].shard.total;
    const byIndex = new Map();
    for (const shard of shards) {
        const other = byIndex.get(shard.shard.index);
        if (other)
            throw new errors/* LyfeError */.L0(`${other.dir} and ${shard.dir} are both shard ${shard.shard.index}/${total}`, { fix });
        byIndex.set(shard.shard.index, shard);
    }
    const missing = Array.from({ length: total }, (_, index) => index).filter((index) => !byIndex.has(index));
    if (missing.length)
        throw new errors/* LyfeError */.L0(`shard(s) ${missing.map((index) => `${index}/${total}`).join(', ')} missing: given ${names(shards)}`, { fix });
    const sourceOf = new Map();
    for (const shard of shards) {
        for (const file of shard.metadata.content.input_files) {
            const other = sourceOf.get(file);
            if (other)
                throw new errors/* LyfeError */.L0(`the shards overlap: ${file} is in ${other.dir} and in ${shard.dir}`, { fix });
            sourceOf.set(file, shard);
        }
    }
}
/** Merges lists each in time order into one in time order; on a tie, the earlier list first (a stable k-way merge). */
function mergeByTime(lists) {
    const at = lists.map(() => 0);
    const times = lists.map((list) => list.map((record) => Date.parse(record.time)));
    const merged = [];
    for (;;) {
        let next = -1;
        for (let list = 0; list < lists.length; list++) {
            if (at[list] < lists[list].length && (next === -1 || times[list][at[list]] < times[next][at[next]]))
                next = list;
        }
        if (next === -1)
            return merged;
        merged.push(lists[next][at[next]++]);
    }
}
/** The records of every shard, each stream ordered by time across them, into one model. */
function shardRecords(shards, sessionId) {
    return (visit) => {
        const records = shards.map((shard) => (0,archive.readPackageRecords)(shard.dir));
        const model = new session_model/* SessionModel */.IV();
        for (const kind of session_model/* STREAMS_IN_ORDER */.fc) {
            for (const record of mergeByTime(records.map((shard) => shard[kind]))) {
                visit(record, kind);
                model.add(record, kind);
            }
        }
        return { summary: { ...model.result(), session_id: sessionId }, skipped: 0, notes: [] };
    };
}
function shardEntry(shard) {
    const { metadata } = shard;
    return {
        session_id: metadata.session_id,
        index: shard.shard.index,
        total: shard.shard.total,
        package: external_node_path_.basename(external_node_path_.resolve(shard.dir)),
        digest: shard.digest,
        success: metadata.execution.success,
        start_time: metadata.execution.start_time,
        end_time: metadata.execution.end_time,
        input_files: metadata.content.input_files,
        output_files: metadata.content.output_files,
        total_api_calls: metadata.ai_usage.total_api_calls,
        total_tokens: metadata.ai_usage.total_tokens,
    };
}
/** The `## Shards` section of a merged package's `execution_summary.md`. */
function shardsSection(entries) {
    const rows = entries.map((entry) => `| ${entry.index}/${entry.total} | ${entry.success ? '✅' : '❌'} | ${(0,markdown/* escapeInline */.VV)(entry.session_id)} | ${entry.input_files.length} | ${entry.output_files.length} | ${entry.total_api_calls} | ${entry.total_tokens} | ${(0,markdown/* escapeInline */.VV)(entry.package)} |`);
    return ['', '## Shards', '', '| Shard | Result | Session | Inputs | Outputs | API calls | Tokens | Package |', '|---|---|---|---|---|---|---|---|', ...rows, ''].join('\n');
}
/** Copies each shard's work folders into the merged package; its `reports/` under `reports/shard-<index>/`. */
function copyOutputs(shards, temp) {
    for (const shard of shards) {
        for (const name of constants/* WorkFolderNames */.ch) {
            const source = external_node_path_.join(shard.dir, name);
            if (!external_node_fs_.existsSync(source))
                continue;
            const target = name === constants/* WorkFolders */.BM.reports ? external_node_path_.join(temp, name, `shard-${shard.shard.index}`) : external_node_path_.join(temp, name);
            try {
                external_node_fs_.cpSync(source, target, { recursive: true, force: false, errorOnExist: true });
            }
            catch (error) {
                if (error.code !== 'ERR_FS_CP_EEXIST')
                    throw error;
                throw new errors/* LyfeError */.L0(`the shards overlap: ${shard.dir} holds a file of ${name}/ another shard holds too (${(0,errors/* errorText */.kc)(error)})`, {
                    file: shard.dir,
                    fix: 'Merge exactly one package per shard index of one run',
                    cause: error,
                });
            }
        }
    }
    for (const name of constants/* WorkFolderNames */.ch)
        external_node_fs_.mkdirSync(external_node_path_.join(temp, name), { recursive: true });
}
/**
 * Merges the shard packages into one: each verified first, the shards checked to be those of one
 * run, the package assembled in a hidden folder and renamed into place only when complete.
 */
async function mergePackages(options) {
    const outputDir = options.outputDir ?? 'packages';
    const title = (0,package_title/* sanitizeTitle */.em)(options.title);
    const now = new Date();
    if (options.packages.length === 0)
        throw new errors/* LyfeError */.L0('no shard package given', { fix: 'Give the packages of every shard of the run' });
    const sessionId = options.session === undefined ? (0,id/* newSessionId */.OZ)(now) : (0,id/* assertSessionId */.G4)(options.session, '--session');
    const shards = options.packages.map(readShardPackage);
    checkShards(shards);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    const entries = shards.map(shardEntry);
    external_node_fs_.mkdirSync(outputDir, { recursive: true });
    (0,assemble.removeDeadAssemblies)(outputDir);
    let temp = (0,assemble.makeAssemblyFolder)(outputDir, title, now);
    try {
        copyOutputs(shards, temp);
        const written = await (0,assemble.writeLogs)(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), shardRecords(shards, sessionId), {
            compress: Boolean(options.compress),
            title,
            now,
            shards: { entries, section: shardsSection(entries) },
        });
        const manifest = (0,package_manifest/* writeManifest */.HN)(temp, written.digests);
        const placed = (0,assemble.placePackage)(temp, outputDir, title, now);
        temp = undefined;
        return {
            path: placed,
            name: external_node_path_.basename(placed),
            title,
            session_id: sessionId,
            success: written.summary.success,
            shards: entries,
            files: Object.keys(manifest.files).length,
            bytes: (0,package_manifest/* packageBytes */.Wp)(placed, manifest),
            digest: manifest.digest,
            quality_issues: written.quality.counts,
            summary: written.summary,
        };
    }
    finally {
        if (temp)
            external_node_fs_.rmSync(temp, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/merge.js



function registerMergeCommand(program) {
    program
        .command('merge <package...>')
        .description('merge the packages of every shard of a run (`run --shard I/N`) into one package: packages/<title>-YYYY-MM-DD-HH-MM/')
        .requiredOption('--title <title>', 'title of the merged package')
        .option('--output-dir <dir>', 'folder the package goes into', 'packages')
        .option('--compress', 'compress the logs into logs/records.tar.gz (done anyway for logs over 64 MiB)')
        .option('--session <id>', "the merged package's session id; default: a new one (each shard keeps its own)")
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (packages, options) => {
        const reporter = new common/* Reporter */.a8(options);
        // The session's model is in the package's views; --json prints what the merge did.
        const { summary: _model, ...result } = await mergePackages({ packages, title: options.title, outputDir: options.outputDir, compress: options.compress, session: options.session });
        if (options.json)
            (0,common/* printJson */.Q2)(result);
        const run = result.success ? (0,common/* paint */.nI)('green', 'run succeeded') : (0,common/* paint */.nI)('red', 'run failed');
        reporter.note(`merged ${result.shards.length} shard(s) (${run}) into ${result.path} (session ${result.session_id})`);
        reporter.note(`${result.files} files; digest ${result.digest}; quality issues: ${(0,quality_issues/* qualityCounts */.AY)(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
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

/***/ 5554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   Wn: () => (/* binding */ chars)
/* harmony export */ });
/* unused harmony exports escapeCodeBlock, crlfBytes */
/**
 * Markdown for GitHub (job summaries, pull-request comments): escaping text that comes from users
 * or the model, and cutting a view down to a size limit. Below the edges, so that the action and the
 * CLI render the same views.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Characters that start markdown constructs inline: emphasis, code, links, tables, strike, headings. */
const MARKDOWN = /[\\`*_[\]|~#]/g;
const WORD_JOINER = '\u2060';
/**
 * One line of text, safe inside a paragraph, a list item or a table cell. GitHub renders markdown
 * with HTML and `core.summary` escapes nothing: escaped, user and model text shows as written and
 * cannot reshape the page or mention anyone.
 */
function escapeInline(text) {
    return text
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(MARKDOWN, (c) => `\\${c}`)
        .replace(/@(?=\w)/g, `@${WORD_JOINER}`)
        .replace(/\r?\n/g, ' ');
}
/** Text for a fenced code block: shown literally, except that a run of backticks could close the fence. */
function escapeCodeBlock(text) {
    return text.replace(/`{3,}/g, (run) => run.split('').join(WORD_JOINER));
}
const chars = (text) => text.length;
/**
 * UTF-8 bytes once every line ends in CRLF: the runner converts line endings after its size
 * check (actions/runner#4337), so a summary is measured as it may be stored.
 */
const crlfBytes = (text) => Buffer.byteLength(text, 'utf8') + (text.match(/(?<!\r)\n/g)?.length ?? 0);
/** Room kept for the closing tags the cut may need. */
const CLOSERS_ROOM = 256;
/**
 * Cuts markdown down to a size limit at a line boundary, closing what the cut leaves open (a code
 * fence, `<details>` blocks) and ending with a note that says so. Never fails: a view over GitHub's
 * limit is shortened, not refused.
 */
function fitMarkdown(text, limit, measure, note) {
    if (measure(text) <= limit)
        return text;
    const tail = `\n\n> [!WARNING]\n> ${note}\n`;
    const budget = limit - measure(tail) - CLOSERS_ROOM;
    const newline = measure('\n');
    const lines = text.split('\n');
    const kept = [];
    let used = 0;
    let fenceOpen = false;
    let detailsOpen = 0;
    for (const line of lines) {
        const size = measure(line) + newline;
        if (used + size > budget)
            break;
        kept.push(line);
        used += size;
        if (/^\s*```/.test(line))
            fenceOpen = !fenceOpen;
        else if (!fenceOpen)
            detailsOpen += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    const closers = [];
    if (fenceOpen)
        closers.push('```');
    for (let i = 0; i < Math.min(detailsOpen, 8); i++)
        closers.push('</details>');
    return `${[...kept, ...closers].join('\n')}${tail}`;
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

/***/ 6537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ packageFolderName),
/* harmony export */   by: () => (/* binding */ packageTitle),
/* harmony export */   em: () => (/* binding */ sanitizeTitle)
/* harmony export */ });
/* unused harmony exports MAX_TITLE_BYTES, DEFAULT_TITLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9517);

/**
 * The longest title in UTF-8 bytes: with the date, a same-minute suffix and the hidden assembly
 * folder's marks, a package's folder name stays far below the 255 bytes file systems allow.
 */
const MAX_TITLE_BYTES = 80;
/**
 * Anything but letters, digits, `.`, `_` and `-`: path separators, characters reserved on some
 * platforms, control characters and what a shell reads (`$(...)`, backticks, `;`, `&`, quotes, spaces).
 */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const EDGES = /^[._-]+|[._-]+$/g;
/** Made when first needed: a segmenter costs tens of milliseconds to make, and most titles fit. */
let graphemes;
/** The longest prefix of `text` of at most `max` UTF-8 bytes that ends on a character boundary (no emoji cut in two). */
function capBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let out = '';
    let bytes = 0;
    for (const { segment } of graphemes.segment(text)) {
        bytes += Buffer.byteLength(segment);
        if (bytes > max)
            break;
        out += segment;
    }
    return out;
}
/**
 * A title made safe as a folder name and a shell word: only letters, digits, `.`, `_` and `-`, every
 * other run of characters becomes `-`, at most MAX_TITLE_BYTES bytes. Throws when nothing usable is left.
 */
function sanitizeTitle(title) {
    const collapsed = title
        .normalize('NFC')
        .replace(UNSAFE, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(EDGES, '');
    const safe = capBytes(collapsed, MAX_TITLE_BYTES).replace(EDGES, '');
    if (!safe) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LyfeError */ .L0(`the package title ${JSON.stringify(title)} has no usable characters`, {
            fix: 'Give a title made of letters, digits, "-" or "_"',
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage,
        });
    }
    return safe;
}
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0];
    for (const name of names.slice(1)) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
/** The title when neither a title nor the output names give one: the folder becomes `content-YYYY-MM-DD-HH-MM`. */
const DEFAULT_TITLE = 'content';
/** `YYYY-MM-DD-HH-MM`, in UTC like session ids. */
function minuteStamp(now) {
    const iso = now.toISOString();
    return `${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
function packageTitle(given, outputNames) {
    if (given !== undefined)
        return sanitizeTitle(given);
    const stems = outputNames.map((name) => name.replace(/\.[^.]*$/, '')).sort();
    // Outputs are named `<source>_filled_template_<level>.json`: the source name is the title.
    const prefix = commonPrefix(stems).replace(/[^\p{L}\p{N}]+$/u, '').replace(/_filled_template$/, '');
    if (prefix) {
        try {
            return sanitizeTitle(prefix);
        }
        catch {
            // Output names that sanitise to nothing fall through to the dated title.
        }
    }
    return DEFAULT_TITLE;
}
/** `<title>-YYYY-MM-DD-HH-MM`, with `-2`, `-3`... for the second, third package of the same minute. */
function packageFolderName(title, now, attempt = 1) {
    const base = `${title}-${minuteStamp(now)}`;
    return attempt === 1 ? base : `${base}-${attempt}`;
}


/***/ })

};
