export const id = 765;
export const ids = [765];
export const modules = {

/***/ 3765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getInputs: () => (/* binding */ getInputs),
  getReportInputs: () => (/* binding */ getReportInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
;// CONCATENATED MODULE: ./dist/lib/package/budgets.js
/** The budgets of a comparison as the CLI's options and the action's inputs give them. */

function usage(option, expected, value) {
    return new errors/* LyfeError */.L0(`${option} ${JSON.stringify(value)}: expected ${expected}`, { fix: `Give ${option} ${expected}`, exitCode: errors/* ExitCode */.yU.usage });
}
function parseQualityDrop(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
        throw usage('--max-quality-drop', 'a number from 0 to 1 (0.05: five points of a metric)', value);
    return n;
}
function parseCostIncrease(value) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
    if (!match)
        throw usage('--max-cost-increase', 'US dollars (0.50) or a percent of the base cost (10%)', value);
    return match[2] ? { percent: Number(match[1]) } : { usd: Number(match[1]) };
}
function parseNewIssues(value) {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n))
        throw usage('--max-new-issues', 'a whole number, 0 or more', value);
    return n;
}

;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/types.js

/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */
/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'info']));
/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
const FAIL_ON_LEVELS = ['error', 'warning'];
const isFailOn = (value) => FAIL_ON_LEVELS.includes(value);
const RuleIds = {
    schemaInvalid: 'schema-invalid',
    overMobileLimit: 'over-mobile-limit',
    quizAnswerNotAnOption: 'quiz-answer-not-an-option',
    quizOptionsRepeat: 'quiz-options-repeat',
    duplicatedItem: 'duplicated-item',
    languageDiffers: 'language-differs',
    personaMarkersMissing: 'persona-markers-missing',
    copiedFromSource: 'copied-from-source',
    forbiddenText: 'forbidden-text',
    outputChanged: 'output-changed',
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
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
function qualityCounts(counts) {
    const { error, warning, info } = counts;
    if (error + warning + info === 0)
        return 'none';
    return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./dist/lib/pipeline/shard.js




/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
const MAX_SHARDS = 256;
function shard_usage(message, fix) {
    return new errors/* LyfeError */.L0(message, { fix, exitCode: errors/* ExitCode */.yU.usage });
}
const TOTAL_FIX = 'Give --total the number of shards (the matrix size)';
const SHARD_FIX = 'Give --shard as index/total, counting from 0: 0/4, 1/4, 2/4, 3/4';
/** A shard count from 1 to MAX_SHARDS; `fix` names the option that gave it. */
function checkShardTotal(total, fix = TOTAL_FIX) {
    if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS) {
        throw shard_usage(`the shard total ${total} is not a whole number from 1 to ${MAX_SHARDS}`, fix);
    }
    return total;
}
/** A shard index and total; the index counts from 0. */
function checkShard(spec, totalFix = TOTAL_FIX) {
    checkShardTotal(spec.total, totalFix);
    if (!Number.isInteger(spec.index) || spec.index < 0 || spec.index >= spec.total) {
        throw shard_usage(`the shard index ${spec.index} is not a whole number from 0 to ${spec.total - 1}`, `Shards count from 0: give an index from 0 to ${spec.total - 1} for ${spec.total} shards`);
    }
    return spec;
}
/** `I/N`, as `run --shard` takes it. */
function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        throw shard_usage(`the shard ${JSON.stringify(value)} is not of the form I/N`, SHARD_FIX);
    return checkShard({ index: Number(match[1]), total: Number(match[2]) }, SHARD_FIX);
}
/**
 * `--index I --total N`, as `shard` takes them: each a whole number written in digits. (`Number`
 * alone takes an empty or blank text for 0, and `0x1` or `2.0` as numbers: a matrix job whose
 * index variable is unset would list shard 0.)
 */
function shardOfOptions(index, total) {
    const digits = (text, what, fix) => {
        if (!/^\s*\d+\s*$/.test(text))
            throw shard_usage(`the shard ${what} ${JSON.stringify(text)} is not a whole number`, fix);
        return Number(text);
    };
    return checkShard({ total: digits(total, 'total', TOTAL_FIX), index: digits(index, 'index', 'Give --index the shard, counting from 0') });
}
const hashOf = (text) => createHash('sha256').update(text).digest('hex');
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
function planShards(dir, files, total) {
    checkShardTotal(total);
    const entries = files.map((file) => {
        const relative = path.relative(dir, file).split(path.sep).join('/');
        return { file, relative, bytes: fs.statSync(file).size, hash: hashOf(relative) };
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

// EXTERNAL MODULE: ./dist/lib/action/constants.js
var constants = __webpack_require__(6706);
;// CONCATENATED MODULE: ./dist/lib/action/input-helper.js






const inputName = (name) => name.replaceAll('_', '-');
/** `core.getBooleanInput`, with an error that names the input as the workflow spells it. */
function booleanInput(name) {
    try {
        return core.getBooleanInput(name);
    }
    catch (error) {
        if (!(error instanceof TypeError))
            throw error;
        throw new Error(`input ${inputName(name)} must be true or false, not ${JSON.stringify(core.getInput(name))}`, { cause: error });
    }
}
function prNumberInput() {
    const text = core.getInput(constants/* Inputs */.G0.prNumber);
    if (text === '')
        return undefined;
    if (!/^[1-9]\d*$/.test(text))
        throw new Error(`input pr-number must be the number of a pull request, not ${JSON.stringify(text)}`);
    return Number(text);
}
/** At least one day; the repository's maximum (90 days unless raised) is applied by the artifact client. */
function retentionDaysInput() {
    const text = core.getInput(constants/* Inputs */.G0.retentionDays).trim();
    if (text === '')
        return undefined;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1) {
        throw new Error(`input retention-days must be a whole number of days, 1 or more, not ${JSON.stringify(text)}`);
    }
    return days;
}
/** A budget, read by the CLI's own parser; its message names the input as the workflow spells it. */
function budgetInput(name, parse) {
    const text = core.getInput(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        if (!(error instanceof errors/* LyfeError */.L0))
            throw error;
        // The parser speaks of the CLI's flag (`--max-quality-drop "x": expected ...`).
        throw new Error(error.message.replace(/^--/, 'input '), { cause: error });
    }
}
/**
 * A branch, tag or SHA as git allows it in a ref (`git check-ref-format --branch`): no space,
 * control character, `~ ^ : ? * [ \\`, `..` or `@{`, not `@` alone, no part beginning with `.` or
 * ending with `.lock`, and not beginning with `-` or `/` nor ending with `/` or `.`. It reaches only
 * the REST API, which encodes it: `release+2024` and `users/ana@team/x` are branches.
 */
function compareWithInput() {
    const text = core.getInput(constants/* Inputs */.G0.compareWith);
    const refused = /[\x00-\x20\x7f~^:?*[\\]/.test(text) ||
        text.includes('..') ||
        text.includes('@{') ||
        text === '@' ||
        /^[-/]|[/.]$|\/\/|(^|\/)\.|\.lock(\/|$)/.test(text);
    if (text !== '' && refused) {
        throw new Error(`input compare-with must be empty, base, or a branch, tag or commit SHA, not ${JSON.stringify(text)}`);
    }
    return text;
}
/** What the CLI's `--fail-on` (`LYFE_KT_FAIL_ON`) takes, checked here so that a typo fails before preprocess pays for its model calls. */
function failOnQualityInput() {
    const text = core.getInput(constants/* Inputs */.G0.failOnQuality);
    if (text === '')
        return undefined;
    if (!isFailOn(text)) {
        throw new Error(`input fail-on-quality must be ${FAIL_ON_LEVELS.join(' or ')}, or empty to never fail on quality issues, not ${JSON.stringify(text)}`);
    }
    return text;
}
function budgetsInput() {
    const budgets = {
        maxQualityDrop: budgetInput(constants/* Inputs */.G0.maxQualityDrop, parseQualityDrop),
        maxCostIncrease: budgetInput(constants/* Inputs */.G0.maxCostIncrease, parseCostIncrease),
        maxNewIssues: budgetInput(constants/* Inputs */.G0.maxNewIssues, parseNewIssues),
    };
    return Object.fromEntries(Object.entries(budgets).filter(([, value]) => value !== undefined));
}
function modeInput() {
    const mode = core.getInput(constants/* Inputs */.G0.mode) || 'run';
    if (!constants/* Modes */.dX.includes(mode))
        throw new Error(`input mode must be ${constants/* Modes */.dX.join(' or ')}, not ${JSON.stringify(mode)}`);
    return mode;
}
/** Both or neither: the shard's index (from 0) and the number of shards. */
function shardInput() {
    const index = core.getInput(constants/* Inputs */.G0.shardIndex);
    const total = core.getInput(constants/* Inputs */.G0.shardTotal);
    if (index === '' && total === '')
        return undefined;
    if (!/^\d+$/.test(index) || !/^\d+$/.test(total)) {
        throw new Error(`inputs shard-index and shard-total must both be whole numbers (index from 0), not ${JSON.stringify(index)} and ${JSON.stringify(total)}`);
    }
    try {
        return checkShard({ index: Number(index), total: Number(total) });
    }
    catch (error) {
        throw new Error(`inputs shard-index/shard-total: ${error.message}`, { cause: error });
    }
}
function getInputs() {
    return {
        openaiApiKey: core.getInput(constants/* Inputs */.G0.openaiApiKey),
        jobKey: core.getInput(constants/* Inputs */.G0.jobKey),
        comment: booleanInput(constants/* Inputs */.G0.comment),
        uploadArtifact: booleanInput(constants/* Inputs */.G0.uploadArtifact),
        retentionDays: retentionDaysInput(),
        compress: booleanInput(constants/* Inputs */.G0.compress),
        recursive: booleanInput(constants/* Inputs */.G0.recursive),
        failOnInvalid: booleanInput(constants/* Inputs */.G0.failOnInvalid),
        failOnQuality: failOnQualityInput(),
        contentPath: core.getInput(constants/* Inputs */.G0.contentPath),
        // Not trimmed: the title is the package's, as given.
        title: core.getInput(constants/* Inputs */.G0.title, { trimWhitespace: false }),
        prNumber: prNumberInput(),
        reportPackage: core.getInput(constants/* Inputs */.G0.reportPackage),
        compareWith: compareWithInput(),
        budgets: budgetsInput(),
        mode: modeInput(),
        shard: shardInput(),
        shardJob: core.getInput(constants/* Inputs */.G0.shardJob),
    };
}
function getReportInputs() {
    try {
        return {
            githubToken: core.getInput(constants/* Inputs */.G0.githubToken),
            steps: JSON.parse(core.getInput(constants/* Inputs */.G0.steps) || '{}'),
        };
    }
    catch {
        throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
    }
}


/***/ })

};
