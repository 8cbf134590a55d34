export const id = 117;
export const ids = [117];
export const modules = {

/***/ 7936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ addFailOnOption),
/* harmony export */   _y: () => (/* binding */ addGenerationOptions),
/* harmony export */   d1: () => (/* binding */ maxInputSizeOption)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _llm_openai_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/* harmony import */ var _llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7460);
/* harmony import */ var _pipeline_providers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9928);
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4153);
/* harmony import */ var _package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5817);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3148);
// The options of the commands that call the model (`preprocess`, `generate`, `run`): they import
// the LLM layer and the pipeline's defaults, which the other commands do not load.







/** `--max-input-size`, as the generating commands and `shard` take it; `note` follows its first words. */
const maxInputSizeOption = (note) => new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--max-input-size <size>', `refuse input files larger than this${note} (bytes, or with k or m: 512k, 2m)`).argParser(_common_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSize */ .DB).default(_pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_INPUT_BYTES */ .y);
function addGenerationOptions(command) {
    return command
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
        .option('--model <name>', `model name for the openai provider (default ${_llm_openai_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_OPENAI_MODEL */ .LK}); on Azure OpenAI, the deployment`)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
        .option('--concurrency <n>', 'files processed at once', _common_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePositiveInt */ .EJ, _pipeline_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CONCURRENCY */ .W)
        .addOption(maxInputSizeOption(''))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--reasoning-effort <level>', "reasoning effort of reasoning models (GPT-5 family, o-series); default: the model's own")
        .choices(_llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .REASONING_EFFORTS */ .HQ)
        .env('LYFE_KT_REASONING_EFFORT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--response-format <format>', 'json_schema: Structured Outputs; json_object: JSON mode; auto: json_schema, falling back once to json_object where refused')
        .choices(_llm_model_params_js__WEBPACK_IMPORTED_MODULE_2__/* .RESPONSE_FORMATS */ .t2)
        .default('auto')
        .env('LYFE_KT_RESPONSE_FORMAT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--timeout <seconds>', 'seconds one LLM request may take before it is retried')
        .argParser((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeNumber */ .rD)(1, 3600))
        .default(_pipeline_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TIMEOUT_SECONDS */ .K)
        .env('LYFE_KT_TIMEOUT'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--max-completion-tokens <n>', 'output token limit of every request, reasoning included; default: per request, with room for reasoning')
        .argParser((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .wholeNumber */ .rD)(1, 1_000_000))
        .env('LYFE_KT_MAX_COMPLETION_TOKENS'));
}
/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
function addFailOnOption(command) {
    return command.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <severity>', 'exit with code 5 when a quality issue of this severity or worse is found: error or warning (env LYFE_KT_FAIL_ON)')
        .env('LYFE_KT_FAIL_ON')
        .argParser(parseFailOn));
}
function parseFailOn(value) {
    if (value === '')
        return undefined;
    if (!_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_LEVELS */ .D.includes(value))
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(`expected ${_package_quality_issues_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON_LEVELS */ .D.join(' or ')}`);
    return value;
}


/***/ }),

/***/ 1117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerShardCommand: () => (/* binding */ registerShardCommand)
/* harmony export */ });
/* harmony import */ var _pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3478);
/* harmony import */ var _package_run_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8393);
/* harmony import */ var _package_stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1494);
/* harmony import */ var _pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9535);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3148);
/* harmony import */ var _generation_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7936);






function registerShardCommand(program) {
    program
        .command('shard <dir>')
        .description('print the articles of one shard of a folder, one path per line: the files `run --shard I/N` takes')
        .requiredOption('--total <n>', 'number of shards (the matrix size)')
        .requiredOption('--index <i>', 'which shard, counting from 0')
        .option('--recursive', 'take the articles of its subfolders as well')
        .addOption((0,_generation_options_js__WEBPACK_IMPORTED_MODULE_5__/* .maxInputSizeOption */ .d1)(', as `run` does'))
        .option('--json', 'print the machine-readable result on stdout')
        .action((dir, options) => {
        const reporter = new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .Reporter */ .a8({ quiet: options.json });
        const shard = (0,_pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseShard */ .uK)(`${options.index}/${options.total}`);
        const { files, shard: info } = (0,_package_run_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .runArticles */ .pQ)(dir, { recursive: options.recursive, shard }, { warn: (message) => reporter.warn(message) });
        // The files `run --shard` would refuse are refused here too, before a matrix job is planned for them.
        (0,_package_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOutputNames */ .QK)((0,_pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readAllMarkdown */ .p0)(files, { maxBytes: options.maxInputSize }), _package_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .articleOutputs */ .X3);
        if (options.json)
            (0,_common_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)({ ...info, files });
        else if (files.length)
            process.stdout.write(`${files.join('\n')}\n`);
    });
}


/***/ }),

/***/ 8393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ articlesToRun),
/* harmony export */   aI: () => (/* binding */ runPipeline),
/* harmony export */   pQ: () => (/* binding */ runArticles)
/* harmony export */ });
/* unused harmony exports checkRunFolders, checkWorkFolderFree */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9535);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7182);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7049);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5046);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1494);
/* harmony import */ var _title_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6537);
/**
 * `run`: the three stages on a folder of source articles, in one session, into a package. The CLI's
 * `run` command and the programmatic `run()` are thin edges over `runPipeline`.
 */









/** `run` moves the work folders into the package: the articles must not be inside one of them. */
function checkRunFolders(indir, workDir) {
    const within = (folder) => {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workDir, folder), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(indir));
        return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative));
    };
    const folder = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolderNames */ .ch.find(within);
    if (folder) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the articles folder is inside the work folder's ${folder}/, which the package takes away`, {
            file: indir,
            fix: `Put the articles in a folder of their own (for example \`mv ${indir} articles\`) and run on it, or give another --work-dir`,
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage,
        });
    }
}
/**
 * `run` starts from an empty work folder: a run left unpackaged, or files kept by
 * `package --keep-work`, would otherwise be generated again and packaged with this one.
 */
function checkWorkFolderFree(workDir) {
    let existing;
    try {
        existing = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkSession */ .GE)(workDir);
    }
    catch (error) {
        if (!(error instanceof _session_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DamagedSessionFile */ .m9))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('the work folder holds a run whose session file is damaged', {
            file: error.file,
            fix: `Package the run with \`lyfe-kt package --session <id>\` (\`lyfe-kt logs --list\` lists them), or delete the file (\`rm ${error.file}\`), then run again`,
            cause: error,
        });
    }
    if (existing) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
            file: workDir,
            fix: 'Package it with `lyfe-kt package`, or remove the folder, then run again',
        });
    }
    const used = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolderNames */ .ch.filter((name) => {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.join(workDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(folder))
            return false;
        const entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(folder);
        return name === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.reports ? entries.some((entry) => _assemble_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_FILES */ .JL.has(entry)) : entries.length > 0;
    });
    if (used.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the work folder holds files of an earlier run (${used.map((name) => `${name}/`).join(', ')})`, {
            file: workDir,
            fix: `Move them away or remove them (\`lyfe-kt package --keep-work\` leaves them), or give another --work-dir, then run again`,
        });
    }
}
/**
 * The articles of `indir` a run takes: every one, or with `shard` those of its shard (and what the
 * run records of the shard). `lyfe-kt shard` lists them the same way.
 */
function runArticles(indir, options, hooks = {}) {
    const articles = (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .articlesOf */ .DG)(indir, options.recursive, hooks);
    if (!options.shard)
        return { files: articles };
    const { files, info } = (0,_pipeline_shard_js__WEBPACK_IMPORTED_MODULE_3__/* .selectShard */ .Xm)(indir, articles, options.shard);
    return { files, shard: info };
}
/**
 * The articles of the run's shard (all of them without one), for `run` and `preprocess directory`;
 * an empty shard is refused. The shard is set in `options.shardInfo`, to be recorded with the session.
 */
function articlesToRun(indir, options, hooks = {}) {
    const { files, shard } = runArticles(indir, options, hooks);
    if (shard && files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`shard ${shard.index}/${shard.total} of the folder holds no article (${shard.all_files} article(s) in ${shard.total} shards)`, {
            file: indir,
            fix: `Use at most ${shard.all_files} shard(s); \`lyfe-kt shard\` prints nothing for an empty shard`,
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage,
        });
    }
    options.shardInfo = shard;
    return files;
}
/**
 * Preprocess and generate the articles of `indir` in one session, then package the run with its
 * records. Everything given is checked before the work folder is touched: bad input leaves nothing
 * behind. A run that stops later leaves its work folder as it is, to be packaged as failed.
 * Supertasks that fail the schema are counted in `generation.invalid`, not thrown.
 */
async function runPipeline(indir, options, hooks = {}) {
    checkRunFolders(indir, options.workDir);
    const sources = articlesToRun(indir, options, hooks);
    const read = (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .checkStageInput */ .jN)(sources, options, _stages_js__WEBPACK_IMPORTED_MODULE_7__/* .articleOutputs */ .X3);
    if (options.title !== undefined)
        (0,_title_js__WEBPACK_IMPORTED_MODULE_8__/* .sanitizeTitle */ .em)(options.title);
    checkWorkFolderFree(options.workDir);
    const work = (folder) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.workDir, folder);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.raw), { recursive: true });
    // The copies in 01_raw are the stage's inputs, as read above: read and parsed once.
    const raw = read.map((input) => ({ ...input, file: node_path__WEBPACK_IMPORTED_MODULE_1__.join(work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.raw), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(input.file)) }));
    read.forEach((input, index) => node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync(input.file, raw[index].file));
    try {
        const pre = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .preprocessStage */ .lx)(raw, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.preprocessed), options, hooks, true);
        const session = pre.session.session_id;
        // The same options object (and so the same provider) for the second stage, in the first one's session.
        options.session = session;
        // The templates as preprocessing wrote and read them (the folder holds nothing else: it was empty).
        const generated = await (0,_stages_js__WEBPACK_IMPORTED_MODULE_7__/* .generateStage */ .cJ)(pre.templates, work(_constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.output), options, hooks);
        hooks.packaging?.();
        hooks.note?.(`generated ${generated.stats.filesOut} supertask(s), ${generated.result.invalid} invalid`);
        const built = await (0,_assemble_js__WEBPACK_IMPORTED_MODULE_5__/* .packageRun */ .UX)({
            workDir: options.workDir,
            logDir: options.logDir,
            session,
            outputDir: options.outputDir,
            title: options.title,
            keepWork: options.keepWork,
            compress: options.compress,
        });
        return { session_id: session, package: built, generation: generated.result };
    }
    catch (error) {
        throw hooks.stopped ? hooks.stopped(error) : error;
    }
}


/***/ }),

/***/ 9535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ selectShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, checkShardTotal, checkShard, planShards */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);




/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
const MAX_SHARDS = 256;
function usage(message, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(message, { fix, exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.usage });
}
/** A shard count from 1 to MAX_SHARDS. */
function checkShardTotal(total) {
    if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS) {
        throw usage(`the shard total ${total} is not a whole number from 1 to ${MAX_SHARDS}`, 'Give --total the number of shards (the matrix size)');
    }
    return total;
}
/** A shard index and total; the index counts from 0. */
function checkShard(spec) {
    checkShardTotal(spec.total);
    if (!Number.isInteger(spec.index) || spec.index < 0 || spec.index >= spec.total) {
        throw usage(`the shard index ${spec.index} is not a whole number from 0 to ${spec.total - 1}`, `Shards count from 0: give an index from 0 to ${spec.total - 1} for ${spec.total} shards`);
    }
    return spec;
}
/** `I/N`, as `run --shard` takes it. */
function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        throw usage(`the shard ${JSON.stringify(value)} is not of the form I/N`, 'Give --shard as index/total, counting from 0: 0/4, 1/4, 2/4, 3/4');
    return checkShard({ index: Number(match[1]), total: Number(match[2]) });
}
const hashOf = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
function planShards(dir, files, total) {
    checkShardTotal(total);
    const entries = files.map((file) => {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(dir, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        return { file, relative, bytes: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).size, hash: hashOf(relative) };
    });
    const byPath = (a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
    const listing = hashOf([...entries].sort(byPath).map((entry) => `${entry.relative}\t${entry.bytes}\n`).join(''));
    const load = new Array(total).fill(0);
    const shards = Array.from({ length: total }, () => []);
    const bySize = [...entries].sort((a, b) => b.bytes - a.bytes || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) || byPath(a, b));
    for (const entry of bySize) {
        let lightest = 0;
        for (let shard = 1; shard < total; shard++)
            if (load[shard] < load[lightest])
                lightest = shard;
        shards[lightest].push(entry);
        load[lightest] += entry.bytes;
    }
    return { listing, shards: shards.map((shard) => shard.sort(byPath).map((entry) => entry.file)) };
}
/** The files of one shard, with what a run records of it. */
function selectShard(dir, files, spec) {
    checkShard(spec);
    const plan = planShards(dir, files, spec.total);
    return { files: plan.shards[spec.index], info: { index: spec.index, total: spec.total, listing: plan.listing, all_files: files.length } };
}


/***/ })

};
