export const id = 789;
export const ids = [789,320];
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

/***/ 9731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerCompareCommand: () => (/* binding */ registerCompareCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var inputs = __webpack_require__(3478);
;// CONCATENATED MODULE: ./dist/lib/package/content-diff.js



/**
 * Content of two runs compared as content: the same lesson made at another time or in another
 * session is the same lesson. Keys that hold only when or in which session a file was made are
 * left out, at any depth, of JSON files and of markdown frontmatter; every other byte counts.
 */
/** Keys that say when or in which session a file was made (ours, and the original tool's). */
const VOLATILE_KEYS = new Set(['created_at', 'updated_at', 'generation_timestamp', 'processing_timestamp', 'modification_time', 'session', 'session_id']);
function withoutVolatile(value) {
    if (Array.isArray(value))
        return value.map(withoutVolatile);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE_KEYS.has(key)).map(([key, inner]) => [key, withoutVolatile(inner)]));
}
/** What of a file is compared: parsed JSON or frontmatter without the volatile keys, else the text itself. */
function comparableContent(name, content) {
    const text = content.toString('utf8');
    if (name.endsWith('.json')) {
        try {
            return { json: withoutVolatile(JSON.parse(text)) };
        }
        catch (error) {
            if (error instanceof SyntaxError)
                return { text };
            throw error;
        }
    }
    if (name.endsWith('.md')) {
        try {
            const { frontmatter, body } = (0,inputs/* parseFrontmatter */.yv)(text, name);
            return { frontmatter: withoutVolatile(frontmatter), body };
        }
        catch (error) {
            // Broken frontmatter (a hand-edited template): compared as the text it is.
            if (error instanceof errors/* LyfeError */.L0)
                return { text };
            throw error;
        }
    }
    return { bytes: content };
}
function sameContent(name, base, head) {
    return base.equals(head) || (0,external_node_util_.isDeepStrictEqual)(comparableContent(name, base), comparableContent(name, head));
}
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** The supertask in a JSON file's content, or null when the file is not a JSON object. */
function parseSupertask(content) {
    try {
        const value = JSON.parse(content.toString('utf8'));
        return isObject(value) ? value : null;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return null;
        throw error;
    }
}
/** Leaves of an object by dotted path; arrays are leaves (a changed tag list is one change). */
function leaves(value, prefix = '', out = new Map()) {
    for (const [key, inner] of Object.entries(value)) {
        if (VOLATILE_KEYS.has(key))
            continue;
        const name = prefix ? `${prefix}.${key}` : key;
        if (isObject(inner))
            leaves(inner, name, out);
        else
            out.set(name, inner);
    }
    return out;
}
function fieldChanges(base, head) {
    const before = leaves(base);
    const after = leaves(head);
    const changes = [];
    for (const field of new Set([...before.keys(), ...after.keys()])) {
        if ((0,external_node_util_.isDeepStrictEqual)(before.get(field), after.get(field)))
            continue;
        changes.push({ field, ...(before.has(field) ? { base: before.get(field) } : {}), ...(after.has(field) ? { head: after.get(field) } : {}) });
    }
    return changes;
}
const itemsOf = (supertask) => (Array.isArray(supertask.flexibleItems) ? supertask.flexibleItems.map((item) => (isObject(item) ? item : { value: item })) : []);
const withoutItems = (supertask) => Object.fromEntries(Object.entries(supertask).filter(([key]) => key !== 'flexibleItems'));
const typeOf = (item) => (typeof item.type === 'string' ? item.type : 'item');
/** The longest common subsequence of two item lists, as the steps that turn one into the other. */
function alignItems(base, head) {
    const equal = (i, j) => (0,external_node_util_.isDeepStrictEqual)(base[i], head[j]);
    // lengths[i][j]: LCS length of base[i..] and head[j..]. Supertasks hold a handful of items.
    const lengths = Array.from({ length: base.length + 1 }, () => new Array(head.length + 1).fill(0));
    for (let i = base.length - 1; i >= 0; i--) {
        for (let j = head.length - 1; j >= 0; j--) {
            lengths[i][j] = equal(i, j) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const steps = [];
    let i = 0;
    let j = 0;
    while (i < base.length || j < head.length) {
        if (i < base.length && j < head.length && equal(i, j))
            steps.push({ op: 'same', base: i++, head: j++ });
        else if (j < head.length && (i === base.length || lengths[i][j + 1] >= lengths[i + 1][j]))
            steps.push({ op: 'added', head: j++ });
        else
            steps.push({ op: 'removed', base: i++ });
    }
    return steps;
}
/**
 * Items that differ, in order. Between two items that stayed, a removed item and an added one of the
 * same type are one changed item (the same quiz with a new question); the others stay removed or added.
 */
function itemChanges(base, head) {
    const changes = [];
    let removed = [];
    let added = [];
    const flush = () => {
        const pairs = new Map();
        let from = 0;
        for (const b of removed) {
            const k = added.findIndex((h, index) => index >= from && typeOf(head[h]) === typeOf(base[b]));
            if (k < 0)
                continue;
            pairs.set(b, added[k]);
            from = k + 1;
        }
        const paired = new Set(pairs.values());
        for (const b of removed) {
            const h = pairs.get(b);
            if (h === undefined)
                changes.push({ change: 'removed', base_position: b + 1, head_position: null, type: typeOf(base[b]), base: base[b], head: null, fields: [] });
            else
                changes.push({ change: 'changed', base_position: b + 1, head_position: h + 1, type: typeOf(head[h]), base: base[b], head: head[h], fields: fieldChanges(base[b], head[h]) });
        }
        for (const h of added) {
            if (!paired.has(h))
                changes.push({ change: 'added', base_position: null, head_position: h + 1, type: typeOf(head[h]), base: null, head: head[h], fields: [] });
        }
        removed = [];
        added = [];
    };
    for (const step of alignItems(base, head)) {
        if (step.op === 'same')
            flush();
        else if (step.op === 'removed')
            removed.push(step.base);
        else
            added.push(step.head);
    }
    flush();
    return changes;
}
function diffSupertask(base, head) {
    return { fields: fieldChanges(withoutItems(base), withoutItems(head)), items: itemChanges(itemsOf(base), itemsOf(head)) };
}

// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var manifest = __webpack_require__(7470);
// EXTERNAL MODULE: ./dist/lib/records/cost.js + 1 modules
var records_cost = __webpack_require__(1830);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
;// CONCATENATED MODULE: ./dist/lib/package/compare.js











/** The folders whose files are compared, in the pipeline's order. */
const CONTENT_FOLDERS = [constants/* WorkFolders */.BM.raw, constants/* WorkFolders */.BM.preprocessed, constants/* WorkFolders */.BM.output];
const QUALITY_METRICS = ['schema_compliance', 'mobile_optimization_score', 'ari_persona_consistency'];
const RUN_METRICS = [...QUALITY_METRICS, 'total_api_calls', 'total_tokens', 'duration_seconds', 'cost_usd'];
/** A section of `metadata.json` (`execution`, `ai_usage`...), empty when missing. */
const sectionOf = (metadata, name) => (isObject(metadata[name]) ? metadata[name] : {});
/** A JSON file of the package; undefined when there is no such file. */
function readJson(file, what, packageDir) {
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* LyfeError */.L0(`${what} is not JSON: ${error.message}`, { file, fix: `Run \`lyfe-kt verify ${packageDir}\`; rebuild the package if it was made by another tool` });
    }
}
/** A package compare can trust: it verifies against its manifest. */
function verified(dir, role) {
    const result = (0,manifest.verifyPackage)(dir);
    if (!result.ok) {
        const named = [...result.changed.map((f) => `changed ${f}`), ...result.missing.map((f) => `missing ${f}`), ...result.added.map((f) => `added ${f}`), ...result.problems];
        const shown = named.slice(0, 3).join('; ') + (named.length > 3 ? `; and ${named.length - 3} more` : '');
        throw new errors/* LyfeError */.L0(`the ${role} package does not match its manifest (${shown})`, {
            file: dir,
            fix: `Compare only packages that pass \`lyfe-kt verify ${dir}\`; get the package again from where it was made`,
        });
    }
    return result.digest;
}
function listFiles(dir) {
    try {
        return external_node_fs_.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
/** File name to source: a source names itself, its preprocessed files name it, and the outputs of those name it through them. */
function sourcesFromRecords(processing) {
    const sourceOf = new Map();
    const results = processing.filter((record) => record.event === types/* Events */.sV.fileResult);
    for (const stage of ['preprocess', 'generate']) {
        for (const record of results.filter((r) => r.stage === stage)) {
            const input = record.input?.[0];
            if (!input)
                continue;
            const source = sourceOf.get(input) ?? input;
            sourceOf.set(input, source);
            for (const output of record.output ?? [])
                sourceOf.set(output, source);
        }
    }
    return sourceOf;
}
/** `logs/quality_issues.json` as `{ "issues": [...] }` or a bare array; null when the package has none. */
function readIssues(packageDir) {
    const file = external_node_path_.join(packageDir, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.qualityIssues);
    const value = readJson(file, constants/* LogFiles */.aE.qualityIssues, packageDir);
    if (value === undefined)
        return null;
    const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.issues) ? value.issues : null;
    if (!list || !list.every(isObject)) {
        throw new errors/* LyfeError */.L0(`${constants/* LogFiles */.aE.qualityIssues} holds no list of issues`, { file, fix: 'Rebuild the package with this version of lyfe-kt' });
    }
    return list.map((issue) => ({ rule: (0,values/* str */.gx)(issue.rule) ?? (0,values/* str */.gx)(issue.id) ?? 'unknown', severity: (0,values/* str */.gx)(issue.severity), file: (0,values/* str */.gx)(issue.file), message: (0,values/* str */.gx)(issue.message) }));
}
function readPackage(dir, role) {
    const digest = verified(dir, role);
    const metadataFile = external_node_path_.join(dir, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.metadata);
    const metadata = readJson(metadataFile, constants/* LogFiles */.aE.metadata, dir);
    if (metadata === undefined) {
        throw new errors/* LyfeError */.L0(`the ${role} package has no ${constants/* LOGS_DIR */.c6}/${constants/* LogFiles */.aE.metadata}`, { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    if (!isObject(metadata))
        throw new errors/* LyfeError */.L0(`${constants/* LogFiles */.aE.metadata} is not an object`, { file: metadataFile, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    const records = (0,archive.readPackageRecords)(dir);
    const summary = (0,session_model/* summarizeSession */.Ay)(records.processing, records.prompts);
    const files = new Map();
    for (const folder of CONTENT_FOLDERS) {
        for (const name of listFiles(external_node_path_.join(dir, folder)))
            files.set(`${folder}/${name}`, external_node_fs_.readFileSync(external_node_path_.join(dir, folder, name)));
    }
    const success = sectionOf(metadata, 'execution').success;
    return {
        info: {
            path: dir,
            session_id: (0,values/* str */.gx)(metadata.session_id),
            digest,
            compressed: records.compressed,
            success: typeof success === 'boolean' ? success : null,
            model: (0,values/* str */.gx)(sectionOf(metadata, 'ai_usage').model),
        },
        numbers: runNumbers(metadata),
        files,
        sourceOf: sourcesFromRecords(records.processing),
        outputs: new Map(summary.outputs.map((output) => [output.file, output])),
        issues: readIssues(dir),
    };
}
/** The numbers of a run, from its `metadata.json` (the PRD's fields; `ai_usage.cost_usd` once runs are priced). */
function runNumbers(metadata) {
    const quality = sectionOf(metadata, 'quality_metrics');
    const ai = sectionOf(metadata, 'ai_usage');
    return {
        schema_compliance: (0,values/* num */.bu)(quality.schema_compliance),
        mobile_optimization_score: (0,values/* num */.bu)(quality.mobile_optimization_score),
        ari_persona_consistency: (0,values/* num */.bu)(quality.ari_persona_consistency),
        total_api_calls: (0,values/* num */.bu)(ai.total_api_calls),
        total_tokens: (0,values/* num */.bu)(ai.total_tokens),
        duration_seconds: (0,values/* num */.bu)(sectionOf(metadata, 'execution').duration_seconds),
        cost_usd: (0,values/* num */.bu)(ai.cost_usd),
    };
}
function deltaOf(base, head) {
    return { base, head, delta: base === null || head === null ? null : (0,values/* round4 */.XP)(head - base) };
}
const issueKey = (issue) => `${issue.rule}\u0000${issue.file ?? ''}`;
function compareIssues(base, head) {
    const counts = deltaOf(base?.length ?? null, head?.length ?? null);
    if (!base || !head)
        return { ...counts, new: null };
    // As many of a rule and file as the base had are not new; the rest are.
    const left = new Map();
    for (const issue of base)
        left.set(issueKey(issue), (left.get(issueKey(issue)) ?? 0) + 1);
    const fresh = head.filter((issue) => {
        const remaining = left.get(issueKey(issue)) ?? 0;
        left.set(issueKey(issue), remaining - 1);
        return remaining <= 0;
    });
    return { ...counts, new: fresh };
}
function qualityOf(output) {
    if (!output)
        return null;
    return { valid: output.valid, errors: output.errors, mobile_optimization_score: output.mobile_optimization_score, ari_persona_consistency: output.ari_persona_consistency };
}
function compareFile(file, base, head) {
    const before = base.files.get(file);
    const after = head.files.get(file);
    const status = !before ? 'added' : !after ? 'removed' : sameContent(file, before, after) ? 'unchanged' : 'changed';
    const comparison = { file, status };
    if (status === 'unchanged' || !file.startsWith(`${constants/* WorkFolders */.BM.output}/`))
        return comparison;
    const name = external_node_path_.posix.basename(file);
    comparison.quality = { base: before ? qualityOf(base.outputs.get(name)) : null, head: after ? qualityOf(head.outputs.get(name)) : null };
    if (status === 'changed') {
        const baseTask = parseSupertask(before);
        const headTask = parseSupertask(after);
        if (baseTask && headTask)
            comparison.supertask = diffSupertask(baseTask, headTask);
    }
    return comparison;
}
/** Compares two packages (folders, plain or compressed logs); each must pass `verify`. */
function comparePackages(baseDir, headDir) {
    const base = readPackage(baseDir, 'base');
    const head = readPackage(headDir, 'head');
    const groups = new Map();
    for (const pkg of [base, head]) {
        for (const file of pkg.files.keys()) {
            const name = external_node_path_.posix.basename(file);
            const source = pkg.sourceOf.get(name) ?? name;
            groups.set(source, (groups.get(source) ?? new Set()).add(file));
        }
    }
    const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    const sources = [];
    for (const source of [...groups.keys()].sort()) {
        const files = [...groups.get(source)].sort().map((file) => compareFile(file, base, head));
        const status = files.every((f) => f.status === 'added')
            ? 'added'
            : files.every((f) => f.status === 'removed')
                ? 'removed'
                : files.every((f) => f.status === 'unchanged')
                    ? 'unchanged'
                    : 'changed';
        counts[status] += 1;
        sources.push(status === 'unchanged' ? { source, status } : { source, status, files });
    }
    const metrics = Object.fromEntries(RUN_METRICS.map((metric) => [metric, deltaOf(base.numbers[metric], head.numbers[metric])]));
    return { base: base.info, head: head.info, counts, sources, metrics, quality_issues: compareIssues(base.issues, head.issues) };
}
const sides = (delta) => `${delta.base ?? 'unknown'} -> ${delta.head ?? 'unknown'}`;
const missingIn = (delta) => (delta.base === null && delta.head === null ? 'both runs' : delta.base === null ? 'the base run' : 'the head run');
function checkQualityDrop(comparison, limit) {
    const budget = 'max-quality-drop';
    const failed = [];
    const unknown = [];
    for (const metric of QUALITY_METRICS) {
        const delta = comparison.metrics[metric];
        if (delta.delta === null)
            unknown.push(`${metric} (not in ${missingIn(delta)})`);
        else if ((0,values/* round4 */.XP)(-delta.delta) > limit)
            failed.push(`${metric} dropped ${(0,values/* round4 */.XP)(-delta.delta)} (${sides(delta)})`);
    }
    const head = `quality drop at most ${limit}`;
    if (failed.length)
        return { budget, limit: String(limit), status: 'fail', message: `${head}: exceeded: ${failed.join('; ')}${unknown.length ? `; not checked: ${unknown.join('; ')}` : ''}` };
    if (unknown.length)
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${unknown.join('; ')}` };
    return { budget, limit: String(limit), status: 'pass', message: `${head}: within (no metric dropped more)` };
}
function checkCostIncrease(comparison, limit) {
    const budget = 'max-cost-increase';
    const shown = 'usd' in limit ? (0,records_cost/* usdText */.Yn)(limit.usd) : `${limit.percent}%`;
    const head = `cost increase at most ${shown}`;
    const cost = comparison.metrics.cost_usd;
    if (cost.base === null || cost.head === null) {
        return { budget, limit: shown, status: 'unknown', message: `${head}: not checked: the cost of ${missingIn(cost)} is unknown (metadata.json has no ai_usage.cost_usd)` };
    }
    const increase = (0,values/* round4 */.XP)(cost.head - cost.base);
    const percent = cost.base > 0 ? (0,values/* round4 */.XP)((increase / cost.base) * 100) : increase > 0 ? Number.POSITIVE_INFINITY : 0;
    const over = 'usd' in limit ? increase > limit.usd : percent > limit.percent;
    const change = `${(0,records_cost/* usdText */.Yn)(cost.base)} -> ${(0,records_cost/* usdText */.Yn)(cost.head)} (${increase >= 0 ? '+' : '-'}${(0,records_cost/* usdText */.Yn)(Math.abs(increase))}${Number.isFinite(percent) ? `, ${percent >= 0 ? '+' : ''}${percent}%` : ''})`;
    return { budget, limit: shown, status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${change}` };
}
function checkNewIssues(comparison, limit) {
    const budget = 'max-new-issues';
    const head = `new quality issues at most ${limit}`;
    const issues = comparison.quality_issues;
    if (issues.new === null) {
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${missingIn(issues)} ${issues.base === null && issues.head === null ? 'have' : 'has'} no ${constants/* LOGS_DIR */.c6}/${constants/* LogFiles */.aE.qualityIssues}` };
    }
    const over = issues.new.length > limit;
    return { budget, limit: String(limit), status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${issues.new.length} new (${sides(issues)} in all)` };
}
/** Checks each budget given; the order is the order of the options. */
function checkBudgets(comparison, budgets) {
    const checks = [];
    if (budgets.maxQualityDrop !== undefined)
        checks.push(checkQualityDrop(comparison, budgets.maxQualityDrop));
    if (budgets.maxCostIncrease !== undefined)
        checks.push(checkCostIncrease(comparison, budgets.maxCostIncrease));
    if (budgets.maxNewIssues !== undefined)
        checks.push(checkNewIssues(comparison, budgets.maxNewIssues));
    return checks;
}
/** The error that makes a regression past a budget a failing exit (the CLI) or a failed step (the action). */
function budgetError(checks, headDir) {
    const failed = checks.filter((check) => check.status === 'fail');
    if (!failed.length)
        return null;
    return new errors/* LyfeError */.L0(`${failed.length} budget(s) exceeded: ${failed.map((check) => `--${check.budget} ${check.limit}`).join(', ')}`, {
        file: headDir,
        fix: 'Look at the comparison for what regressed; fix the content or the prompts, or raise the budget if the change is wanted',
        exitCode: errors/* ExitCode */.yU.budgetExceeded,
    });
}

// EXTERNAL MODULE: ./dist/lib/package/markdown.js
var markdown = __webpack_require__(5554);
;// CONCATENATED MODULE: ./dist/lib/package/compare-render.js


/**
 * The views of a comparison: plain text for a terminal, markdown for a job summary or a pull-request
 * comment. Both say the same things in the same order: what the budgets decided, the run's numbers,
 * then each source; the details of changed sources come last, so a view cut to a size limit loses
 * those first.
 */
const METRIC_LABELS = {
    schema_compliance: 'schema compliance',
    mobile_optimization_score: 'mobile optimization',
    ari_persona_consistency: 'Ari persona consistency',
    total_api_calls: 'API calls',
    total_tokens: 'tokens',
    duration_seconds: 'duration (s)',
    cost_usd: 'cost (USD)',
};
const STATUS_ORDER = ['changed', 'added', 'removed', 'unchanged'];
const shown = (value) => (value === null ? 'unknown' : String(value));
const signed = (value) => (value === null ? 'unknown' : value > 0 ? `+${value}` : String(value));
const quoted = (value) => (value === undefined ? '(absent)' : JSON.stringify(value));
function countsLine(comparison) {
    return STATUS_ORDER.map((status) => `${comparison.counts[status]} ${status}`).join(', ');
}
/** Rows of the numbers table: metric, base, head, change. */
function metricRows(comparison) {
    const rows = RUN_METRICS.map((metric) => {
        const delta = comparison.metrics[metric];
        return [METRIC_LABELS[metric], shown(delta.base), shown(delta.head), signed(delta.delta)];
    });
    const issues = comparison.quality_issues;
    const fresh = issues.new === null ? '' : ` (${issues.new.length} new)`;
    rows.push(['quality issues', shown(issues.base), shown(issues.head), `${signed(issues.delta)}${fresh}`]);
    return rows;
}
/** What an item says, on one line: its text, and for a quiz its options with the answer. */
function itemText(item) {
    const text = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
    if (item.type === 'quiz') {
        const options = Array.isArray(item.options) ? item.options.map(text) : [];
        const answer = typeof item.correctAnswer === 'number' ? options[item.correctAnswer] : undefined;
        return `${text(item.question)} [${options.join(' | ')}] answer: ${answer === undefined ? quoted(item.correctAnswer) : answer}`;
    }
    if (item.type === 'quote')
        return `"${text(item.content)}" - ${text(item.author)}`;
    if (item.type === 'content') {
        const tips = Array.isArray(item.tips) && item.tips.length ? ` (tips: ${item.tips.map(text).join('; ')})` : '';
        return `${text(item.content)}${tips}`;
    }
    return JSON.stringify(item);
}
/** A supertask's changes as lines of raw text, each with its depth: the renderers indent and escape. */
function supertaskLines(file) {
    const lines = [];
    const field = (change) => `${change.field}: ${quoted(change.base)} -> ${quoted(change.head)}`;
    for (const change of file.supertask?.fields ?? [])
        lines.push([0, field(change)]);
    for (const item of file.supertask?.items ?? [])
        lines.push(...itemLines(item));
    const quality = file.quality;
    // An added or removed lesson has one side to show; a changed one shows its quality when it moved.
    if (quality && file.status !== 'changed')
        lines.push([0, `quality: ${qualityText(file.status === 'added' ? quality.head : quality.base)}`]);
    else if (quality && qualityText(quality.base) !== qualityText(quality.head))
        lines.push([0, `quality: ${qualityText(quality.base)} -> ${qualityText(quality.head)}`]);
    return lines;
}
function itemLines(item) {
    if (item.change === 'added')
        return [[0, `item ${item.head_position} added (${item.type}): ${itemText(item.head)}`]];
    if (item.change === 'removed')
        return [[0, `item ${item.base_position} removed (${item.type}): ${itemText(item.base)}`]];
    const position = item.base_position === item.head_position ? `item ${item.head_position}` : `item ${item.base_position} (now ${item.head_position})`;
    return [[0, `${position} changed (${item.type})`], ...item.fields.map((change) => [1, `${change.field}: ${quoted(change.base)} -> ${quoted(change.head)}`])];
}
function qualityText(quality) {
    if (!quality)
        return 'no record';
    const validity = quality.valid ? 'valid' : `invalid (${quality.errors.length} schema error(s))`;
    return `${validity}, mobile ${shown(quality.mobile_optimization_score)}, persona ${shown(quality.ari_persona_consistency)}`;
}
const ordered = (sources) => STATUS_ORDER.flatMap((status) => sources.filter((source) => source.status === status));
const differing = (source) => (source.files ?? []).filter((file) => file.status !== 'unchanged');
/** What names a run: its session, model and digest, and whether it failed. Raw text: the markdown view escapes it. */
function runIdentity(pkg) {
    const facts = [`session ${pkg.session_id ?? 'unknown'}`, `model ${pkg.model ?? 'unknown'}`, `digest ${pkg.digest?.slice(0, 12) ?? 'unknown'}`];
    if (pkg.success === false)
        facts.push('the run failed');
    return facts.join(', ');
}
function packageLine(role, pkg) {
    return `${role} ${pkg.path} (${runIdentity(pkg)}${pkg.compressed ? ', compressed logs' : ''})`;
}
const BUDGET_MARKS = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN' };
function renderComparisonText(comparison, checks) {
    const lines = [packageLine('base', comparison.base), packageLine('head', comparison.head), '', `sources: ${countsLine(comparison)}`];
    if (checks.length)
        lines.push('', 'budgets', ...checks.map((check) => `  ${BUDGET_MARKS[check.status].padEnd(8)} ${check.message}`));
    const rows = [['', 'base', 'head', 'change'], ...metricRows(comparison)];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
    lines.push('', ...rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd()));
    lines.push('');
    for (const source of ordered(comparison.sources)) {
        lines.push(`${source.status.padEnd(10)} ${source.source}`);
        for (const file of differing(source)) {
            lines.push(`  ${file.status.padEnd(9)} ${file.file}`);
            for (const [depth, text] of supertaskLines(file))
                lines.push(`${'  '.repeat(depth + 3)}${text}`);
        }
    }
    for (const issue of comparison.quality_issues.new ?? [])
        lines.push(`new issue ${issueText(issue)}`);
    return `${lines.join('\n')}\n`;
}
function issueText(issue) {
    return `${issue.severity ?? 'issue'} ${issue.rule}${issue.file ? ` in ${issue.file}` : ''}${issue.message ? `: ${issue.message}` : ''}`;
}
const MARKDOWN_MARKS = { pass: '✅', fail: '❌', unknown: '❔' };
/** The comparison in GitHub markdown, every text from a package escaped, cut to `limit` when longer. */
function renderComparisonMarkdown(comparison, checks, { limit, measure }) {
    const e = markdown/* escapeInline */.VV;
    const verdict = checks.find((check) => check.status === 'fail') ?? checks.find((check) => check.status === 'unknown') ?? checks[0];
    const lines = [
        `## ${verdict ? `${MARKDOWN_MARKS[verdict.status]} ` : ''}Compared with the base run`,
        '',
        `Base: ${e(runIdentity(comparison.base))}  `,
        `Head: ${e(runIdentity(comparison.head))}`,
        '',
        `Sources: **${comparison.counts.changed} changed**, ${comparison.counts.added} added, ${comparison.counts.removed} removed, ${comparison.counts.unchanged} unchanged`,
    ];
    if (checks.length)
        lines.push('', '### Budgets', '', ...checks.map((check) => `- ${MARKDOWN_MARKS[check.status]} ${e(check.message)}`));
    lines.push('', '| | base | head | change |', '| --- | ---: | ---: | ---: |', ...metricRows(comparison).map((row) => `| ${row.map(e).join(' | ')} |`));
    const issues = comparison.quality_issues.new ?? [];
    if (issues.length)
        lines.push('', '### New quality issues', '', ...issues.map((issue) => `- ${e(issueText(issue))}`));
    const differ = ordered(comparison.sources).filter((source) => source.status !== 'unchanged');
    if (differ.length)
        lines.push('', '### Sources', '', '| source | change |', '| --- | --- |', ...differ.map((source) => `| ${e(source.source)} | ${source.status} |`));
    // Unchanged sources are named, folded, before the details: nothing more is said of them.
    const unchanged = comparison.sources.filter((source) => source.status === 'unchanged');
    if (unchanged.length)
        lines.push('', `<details><summary>${unchanged.length} unchanged</summary>`, '', unchanged.map((source) => e(source.source)).join(', '), '', '</details>');
    for (const source of differ) {
        lines.push('', `<details><summary>${e(source.source)}: ${source.status}</summary>`, '');
        for (const file of differing(source)) {
            lines.push(`- ${e(file.file)}: ${file.status}`);
            for (const [depth, text] of supertaskLines(file))
                lines.push(`${'  '.repeat(depth + 1)}- ${e(text)}`);
        }
        lines.push('', '</details>');
    }
    return (0,markdown/* fitMarkdown */.DJ)(`${lines.join('\n')}\n`, limit, measure, 'The comparison was cut to fit here; `lyfe-kt compare --json` on the two packages gives all of it.');
}

// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/compare.js







/** `--markdown` fits a pull-request comment, GitHub's smallest limit (a job summary takes 1 MiB). */
const MARKDOWN_LIMIT_CHARS = 65_536;
/** A budget's parser as commander wants it: a bad value is a usage error with commander's message. */
function compare_option(parse) {
    return (value) => {
        try {
            return parse(value);
        }
        catch (error) {
            if (error instanceof errors/* LyfeError */.L0)
                throw new esm/* InvalidArgumentError */.Di(error.message);
            throw error;
        }
    };
}
function registerCompareCommand(program) {
    program
        .command('compare <base-package> <head-package>')
        .description('what changed from one package to another: each source added, removed, changed or unchanged, the lessons diffed, the run\'s numbers side by side; budgets make a regression exit 4')
        .addOption(new esm/* Option */.c$('--json', 'print the comparison as JSON').conflicts('markdown'))
        .option('--markdown', `print it as GitHub markdown, escaped, at most ${MARKDOWN_LIMIT_CHARS} characters (a pull-request comment)`)
        .option('--max-quality-drop <n>', 'fail (exit 4) when a quality metric drops by more than n (0 to 1)', compare_option(parseQualityDrop))
        .option('--max-cost-increase <usd|n%>', 'fail (exit 4) when the cost rises by more than this, in US dollars or percent of the base cost', compare_option(parseCostIncrease))
        .option('--max-new-issues <n>', 'fail (exit 4) when the head run has more than n quality issues the base run does not', compare_option(parseNewIssues))
        .action((base, head, options) => {
        const comparison = comparePackages(base, head);
        const checks = checkBudgets(comparison, options);
        if (options.json)
            (0,common/* printJson */.Q2)({ ...comparison, budgets: checks });
        else if (options.markdown)
            process.stdout.write(renderComparisonMarkdown(comparison, checks, { limit: MARKDOWN_LIMIT_CHARS, measure: markdown/* chars */.Wn }));
        else
            process.stdout.write(renderComparisonText(comparison, checks));
        const exceeded = budgetError(checks, head);
        if (exceeded)
            throw exceeded;
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

/***/ 3478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ listMarkdown),
/* harmony export */   Zt: () => (/* binding */ markdownName),
/* harmony export */   p0: () => (/* binding */ readAllMarkdown),
/* harmony export */   pf: () => (/* binding */ listMarkdownFiles),
/* harmony export */   yv: () => (/* binding */ parseFrontmatter)
/* harmony export */ });
/* unused harmony export readMarkdown */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
/* harmony import */ var _records_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9567);





const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * Splits YAML frontmatter from the body. A text that opens with `---` but never closes it, or whose
 * YAML does not parse to a mapping, is an error: silently treating it as body would feed the
 * model a broken header.
 */
function parseFrontmatter(text, file) {
    if (!/^---\r?\n/.test(text))
        return { frontmatter: {}, body: text };
    const match = FRONTMATTER.exec(text);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the YAML frontmatter opened with `---` is never closed', {
            file,
            fix: 'Add a line with `---` after the frontmatter, or remove the opening `---`',
        });
    }
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(match[1] ?? '');
    }
    catch (error) {
        const where = error instanceof yaml__WEBPACK_IMPORTED_MODULE_2__/* .YAMLParseError */ .XT && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
        const reason = error.message.split('\n')[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`the YAML frontmatter is broken${where}: ${reason}`, { file, fix: 'Fix the YAML between the two `---` lines', cause: error });
    }
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the YAML frontmatter is not a mapping of `key: value` lines', { file, fix: 'Write the frontmatter as `key: value` lines' });
    }
    return { frontmatter: data, body: text.slice(match[0].length) };
}
/** What a markdown file's name ends with. */
const MARKDOWN = /\.(md|markdown)$/i;
/** Name of a markdown file without its folder and `.md` (or `.markdown`). */
function markdownName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file).replace(MARKDOWN, '');
}
/** Reads one markdown input, with an error naming the file and the fix for each way it can be unusable. */
function readMarkdown(file, limits = {}) {
    let bytes;
    try {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file);
        if (stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a directory, not a markdown file', { file, fix: 'Use the `directory` form of the command for folders' });
        }
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is not a regular file', { file, fix: 'Give a markdown file saved on disk' });
        if (limits.maxBytes !== undefined && stat.size > limits.maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`is ${stat.size} bytes, over the input limit of ${limits.maxBytes} bytes`, {
                file,
                fix: 'Split the article into smaller ones, or raise the limit with --max-input-size',
                exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.usage,
            });
        }
        bytes = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such file', { file, fix: 'Check the path; it is read relative to the current directory' });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be read (${code ?? error.message})`, { file, fix: 'Check the file permissions', cause: error });
    }
    if (bytes.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the file is empty', { file, fix: 'Write the article into it, or remove it from the input' });
    if (bytes.includes(0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a binary file (it contains NUL bytes), not markdown text', { file, fix: 'Give a UTF-8 markdown (.md) file' });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is not UTF-8 text', { file, fix: 'Re-save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)', cause: error });
    }
    const { frontmatter, body } = parseFrontmatter(text, file);
    if (body.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(text.trim() === '' ? 'the file is empty' : 'the file has frontmatter but no text', {
            file,
            fix: 'Write the article into it, or remove it from the input',
        });
    }
    return { file, name: markdownName(file), text, frontmatter, body };
}
/**
 * The `.md` and `.markdown` files inside `dir`, sorted by path (code point order, the same on every
 * machine): those directly inside it, or with `recursive` those of its subfolders as well.
 */
function listMarkdownFiles(dir, options = {}) {
    let entries;
    try {
        entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir, { withFileTypes: true, recursive: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such directory', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
        if (code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('is a file, not a directory', { file: dir, fix: 'Use the `file` form of the command for one file' });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`cannot be read (${code ?? error.message})`, { file: dir, fix: 'Check the folder permissions', cause: error });
    }
    const found = entries
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name))
        .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(entry.parentPath, entry.name))
        .sort(_records_values_js__WEBPACK_IMPORTED_MODULE_4__/* .byCodeUnits */ .CA);
    const top = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    const atTop = (file) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file)) === top;
    const listing = options.recursive
        ? { files: found, skipped: [] }
        : { files: found.filter(atTop), skipped: found.filter((file) => !atTop(file)) };
    if (listing.files.length === 0) {
        const inSubfolders = listing.skipped.length ? ` (${listing.skipped.length} in subfolders)` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`contains no .md files${inSubfolders}`, {
            file: dir,
            fix: listing.skipped.length ? 'Pass --recursive to take the files of its subfolders' : 'Put the markdown articles (*.md) in it, or point to the right folder',
        });
    }
    return listing;
}
/** The `.md` and `.markdown` files directly inside `dir`, sorted by name. */
function listMarkdown(dir) {
    return listMarkdownFiles(dir).files;
}
/**
 * Reads every input before anything is written, and refuses two inputs that would write the same
 * outputs. Inputs already read (a stage checks them before it starts) are taken as they are:
 * parsing a template's YAML frontmatter is a stage's largest cost before its first call.
 */
function readAllMarkdown(files, limits = {}) {
    const inputs = files.map((file) => (typeof file === 'string' ? readMarkdown(file, limits) : file));
    const seen = new Map();
    for (const input of inputs) {
        const other = seen.get(input.name);
        if (other !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`has the same name as ${other}, so both would write the same outputs`, { file: input.file, fix: 'Rename one of them' });
        }
        seen.set(input.name, input.file);
    }
    return inputs;
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ isLogRecord),
/* harmony export */   cz: () => (/* binding */ forEachRecord),
/* harmony export */   pF: () => (/* binding */ parseRecordLine)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3940);

/** Record validation: which lines of a global file are records, whatever else shares the file. */
const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);
/** Whether a parsed value has the shape of a record (the fields every view relies on). */
function isLogRecord(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return false;
    const r = value;
    return (typeof r.session === 'string' &&
        typeof r.time === 'string' &&
        typeof r.event === 'string' &&
        typeof r.stage === 'string' &&
        typeof r.level === 'string' &&
        LEVELS.has(r.level));
}
/** The record on a line, or undefined for a line that is not one. */
function parseRecordLine(chunk, start, end) {
    let value;
    try {
        value = JSON.parse(chunk.toString('utf8', start, end));
    }
    catch {
        return undefined;
    }
    return isLogRecord(value) ? value : undefined;
}
/** Every record of a global file, of every session, in file order; foreign lines are counted. */
function forEachRecord(file, onRecord) {
    const result = { records: 0, foreign: 0 };
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .scanLines */ .JH)(file, undefined, (chunk, start, end) => {
        const parsed = parseRecordLine(chunk, start, end);
        if (parsed) {
            result.records += 1;
            onRecord(parsed);
        }
        else {
            result.foreign += 1;
        }
    }, () => {
        result.foreign += 1;
    });
    return result;
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ roundMetric),
/* harmony export */   p: () => (/* binding */ aggregateQuality)
/* harmony export */ });
/**
 * The run-level quality metrics: one definition for every report of a run. The pipeline's
 * `generation_report.json` aggregates the outputs it just scored; the session model aggregates
 * the same per-output scores from the `file.result` records; both call this, so the two agree.
 * The per-output formulas are in `pipeline/metrics.ts`; docs/metrics.md gives both.
 */
/** Every metric, per output and per run, is rounded to three decimals. */
const roundMetric = (value) => Math.round(value * 1000) / 1000;
/** A running mean: added to one value at a time, so that no list of scores is kept. */
class Mean {
    sum = 0;
    count = 0;
    add(value) {
        if (value === null)
            return;
        this.sum += value;
        this.count += 1;
    }
    value() {
        return this.count ? roundMetric(this.sum / this.count) : null;
    }
}
/**
 * The run's metrics: schema compliance over all outputs, the two scores as means of the
 * per-output scores. Every metric is null when nothing was generated: a run that made nothing has
 * no quality to measure, which 0 would misreport as the worst quality.
 */
function aggregateQuality(outputs) {
    let total = 0;
    let valid = 0;
    const mobile = new Mean();
    const persona = new Mean();
    for (const output of outputs) {
        total += 1;
        if (output.valid)
            valid += 1;
        mobile.add(output.mobile_optimization_score);
        persona.add(output.ari_persona_consistency);
    }
    return {
        schema_compliance: total ? roundMetric(valid / total) : null,
        mobile_optimization_score: mobile.value(),
        ari_persona_consistency: persona.value(),
    };
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ scanSpans),
/* harmony export */   JH: () => (/* binding */ scanLines),
/* harmony export */   of: () => (/* binding */ scanLineRanges),
/* harmony export */   oy: () => (/* binding */ openIfExists)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/**
 * The line scanner under every reader of the global record files. It streams a file (or the byte
 * ranges of it a session's index names) in chunks with positioned reads into one reused buffer
 * and looks at raw bytes only: with a needle, the needle is searched across the whole chunk, so
 * lines without it are never looked at one by one. A whole 1 GiB file costs about twice what
 * `grep -F` costs, in flat memory; a session's ranges cost about its own size. One thread: on two cores a worker thread scanning half of the file was measured slower
 * than this, with and without a second process loading a core (docs/performance.md).
 */
/** Size of the reused read buffer of a whole-file scan; it only grows for a single line longer than this. */
const CHUNK_BYTES = 1024 * 1024;
/** The same for reading ranges: most are a few lines long, and a long one is read in several chunks. */
const SPAN_CHUNK_BYTES = 256 * 1024;
/**
 * The ranges that hold whole lines are read one after another into a buffer of this size, and
 * their lines visited a buffer at a time: one read per range, one search per buffer.
 */
const BATCH_BYTES = 256 * 1024;
/** What is read at a time past the end of a range to finish its last line. */
const PAST_SPAN_BYTES = 64 * 1024;
/** What is read at a time looking back for the start of a line. */
const BACK_BYTES = 4096;
const NEWLINE = 0x0a;
/** The file opened for reading (or with `flags`), or `undefined` when it (or, to create it, its folder) does not exist. */
function openIfExists(file, flags = 'r') {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, flags);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** `region` ends with a newline. */
function visitAll(region, visit) {
    let start = 0;
    while (start < region.length) {
        const end = region.indexOf(NEWLINE, start);
        if (end > start)
            visit(region, start, end, -1);
        start = end + 1;
    }
}
/** `region` ends with a newline. */
function visitMatching(region, needle, visit) {
    let from = 0;
    for (;;) {
        const hit = region.indexOf(needle, from);
        if (hit < 0)
            return;
        // Searched back in a loop: the line's start is a few bytes before the session in a record.
        let start = hit;
        while (start > 0 && region[start - 1] !== NEWLINE)
            start -= 1;
        const end = region.indexOf(NEWLINE, hit + needle.length);
        visit(region, start, end, hit);
        from = end + 1;
    }
}
/**
 * Visits the lines that start in `[from, to)` of the open file, reading on past `to` to the end of
 * the last one; returns the byte after the last line visited (or after the tail), or `undefined`
 * when `aligned` asked for byte `from` to be a newline and it is not. A line cut by a chunk
 * boundary is moved to the front of the buffer and completed by the next read; nothing is
 * concatenated. Within a span only what is left of it is read, so that a short span costs one
 * short read.
 */
function scanSpan(fd, from, to, needle, visit, onTail, read, aligned) {
    let buffer = read.bytes;
    /** The file offset of `buffer[0]`. */
    let base = from;
    let position = from;
    let held = 0;
    const visitRegion = (region) => (needle ? visitMatching(region, needle, visit) : visitAll(region, visit));
    for (;;) {
        if (held === buffer.length) {
            const larger = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(larger, 0, 0, held);
            read.bytes = buffer = larger;
        }
        const room = buffer.length - held;
        const wanted = position < to ? Math.min(room, to - position) : Math.min(room, PAST_SPAN_BYTES);
        const count = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, held, wanted, position);
        if (count === 0)
            break;
        if (aligned && position === from && buffer[0] !== NEWLINE)
            return undefined;
        position += count;
        const filled = held + count;
        if (position >= to) {
            // The buffer holds byte `to - 1`: the span ends with the line holding it (most often the
            // range ends a line, and that byte is its newline).
            const last = Math.max(0, to - 1 - base);
            const cut = buffer[last] === NEWLINE ? last : buffer.subarray(0, filled).indexOf(NEWLINE, last);
            if (cut >= 0) {
                visitRegion(buffer.subarray(0, cut + 1));
                return base + cut + 1;
            }
        }
        // Search from the bytes just read: the held part has no newline in it.
        const lastNewline = buffer.lastIndexOf(NEWLINE, filled - 1);
        if (lastNewline < held) {
            held = filled;
            continue;
        }
        // A view ending at the last newline keeps `indexOf` out of the stale bytes beyond it.
        visitRegion(buffer.subarray(0, lastNewline + 1));
        buffer.copyWithin(0, lastNewline + 1, filled);
        held = filled - lastNewline - 1;
        base += lastNewline + 1;
    }
    if (held > 0 && (!needle || buffer.subarray(0, held).includes(needle)))
        onTail(buffer, 0, held, -1);
    return base + held;
}
/** The start of the line holding byte `at - 1`, not before `floor` (a line start). */
function lineStartBefore(fd, at, floor) {
    const block = Buffer.allocUnsafe(BACK_BYTES);
    let end = at;
    while (end > floor) {
        const start = Math.max(floor, end - BACK_BYTES);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, block, 0, end - start, start);
        const newline = block.subarray(0, end - start).lastIndexOf(NEWLINE);
        if (newline >= 0)
            return start + newline + 1;
        end = start;
    }
    return floor;
}
/** `source` is a file name, or a descriptor open for reading, which is left open. */
function withFile(source, use) {
    if (typeof source === 'number')
        return use(source);
    const fd = openIfExists(source);
    if (fd === undefined)
        return;
    try {
        use(fd);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * Calls `visit` for every complete line of `file` (in file order), or with `needle` only for the
 * lines that contain those bytes. A missing file has no lines. `onTail` receives the bytes after
 * the last newline, if any: a line still being written, or cut short by a crash (with a needle,
 * only when they contain it). Lines appended while the scan runs are read too.
 */
function scanLines(file, needle, visit, onTail) {
    withFile(file, (fd) => scanSpan(fd, 0, Infinity, needle, visit, onTail, { bytes: Buffer.allocUnsafe(CHUNK_BYTES) }, false));
}
/**
 * The same visits as `scanLines` with the same needle, for the byte ranges `ranges` (`[start, end)`
 * pairs, in the order to visit) of the open file, each made of whole lines: a session's copy of its
 * lines (session-index.ts), read in large chunks.
 */
function scanLineRanges(fd, ranges, needle, visit, onTail) {
    const read = { bytes: Buffer.allocUnsafe(CHUNK_BYTES) };
    for (let i = 0; i < ranges.length; i += 2)
        scanSpan(fd, ranges[i], ranges[i + 1], needle, visit, onTail, read, false);
}
/**
 * The same visits as `scanLines` with the same needle, for the lines that start in the byte
 * ranges `spans` (`[start, end)` pairs, sorted, disjoint, `end` possibly `Infinity`): each line
 * whole, once, in file order, even where a range starts or ends inside a line.
 */
function scanSpans(file, spans, needle, visit, onTail) {
    withFile(file, (fd) => {
        const read = { bytes: Buffer.allocUnsafe(SPAN_CHUNK_BYTES) };
        // Ranges of whole lines, one after another: `batch[0]` is a newline, `batch[1, used)` the lines.
        const batch = Buffer.allocUnsafe(BATCH_BYTES);
        batch[0] = NEWLINE;
        let used = 1;
        const visitBatch = () => {
            if (used > 1)
                visitMatching(batch.subarray(1, used), needle, visit);
            used = 1;
        };
        /** Lines before this byte were visited (or passed over) already. */
        let done = 0;
        for (let i = 0; i < spans.length; i += 2) {
            const start = spans[i];
            const end = spans[i + 1];
            if (end <= done)
                continue;
            if (start > done && start > 0 && end - start < BATCH_BYTES) {
                if (used + end - start > BATCH_BYTES)
                    visitBatch();
                // The byte before the range is read over the newline ending the last one: the range holds
                // whole lines when that byte and its own last byte are newlines (most ranges: the writer's
                // lines); then its lines wait in the batch. Otherwise the newline is put back and the range
                // is read on its own.
                const wanted = end - start + 1;
                const at = used - 1;
                if (node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, batch, at, wanted, start - 1) === wanted && batch[at] === NEWLINE && batch[at + wanted - 1] === NEWLINE) {
                    used += wanted - 1;
                    done = end;
                    continue;
                }
                batch[at] = NEWLINE;
            }
            // The lines waiting in the batch come first: they are before this range.
            visitBatch();
            // A range starting past `done` is read from the byte before it, which must end a line.
            done =
                (start > done ? scanSpan(fd, start - 1, end, needle, visit, onTail, read, true) : undefined) ??
                    scanSpan(fd, start > done ? lineStartBefore(fd, start, done) : done, end, needle, visit, onTail, read, false);
        }
        visitBatch();
    });
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sV: () => (/* binding */ Events),
  b: () => (/* binding */ RecordFiles),
  an: () => (/* reexport */ STAGES)
});

;// CONCATENATED MODULE: ./dist/lib/session/stages.js
/** Stages that tag records, in pipeline order. `session` is for records about the session itself. */
const STAGES = ['session', 'preprocess', 'generate', 'package'];

;// CONCATENATED MODULE: ./dist/lib/records/types.js

/** Names of the record events; views switch on these, never on `msg`. */
const Events = {
    sessionStart: 'session.start',
    sessionEnd: 'session.end',
    stageStart: 'stage.start',
    stageEnd: 'stage.end',
    fileResult: 'file.result',
    /** Written when an attempt is sent: a process killed mid-call still shows which call was in flight. */
    llmRequest: 'llm.request',
    llmAttempt: 'llm.attempt',
    stepOutput: 'step.output',
    warning: 'warning',
    error: 'error',
};
/** File names of the global record files inside the log directory. */
const RecordFiles = {
    processing: 'processing.jsonl',
    prompts: 'prompts.jsonl',
};


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ byCodeUnits),
/* harmony export */   XP: () => (/* binding */ round4),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lT: () => (/* binding */ countText)
/* harmony export */ });
/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`), and their plain renderings. */
/** A finite number, else null. */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A non-empty string, else null. */
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
const round4 = (value) => Math.round(value * 10_000) / 10_000;
/** Strings in code-unit order: the same on every machine, whatever its locale, and without loading ICU's collation. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * A count with thousands separators, `12345` → `12,345`: the text of `toLocaleString('en-US')`,
 * without loading ICU's number formats, which the first call in a process does (11 ms and more,
 * a large part of packaging a small run). Counts are whole numbers; anything else goes to ICU.
 */
const countText = (n) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));


/***/ })

};
