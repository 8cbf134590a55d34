export const id = 225;
export const ids = [225,41];
export const modules = {

/***/ 7041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ readPackageLogs),
/* harmony export */   YO: () => (/* binding */ archiveLogs),
/* harmony export */   bz: () => (/* binding */ digestArchive),
/* harmony export */   readPackageRecords: () => (/* binding */ readPackageRecords),
/* harmony export */   uM: () => (/* binding */ removeArchivedLogs)
/* harmony export */ });
/* unused harmony export readArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9517);
/* harmony import */ var _records_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(766);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5046);
/* harmony import */ var _text_logs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9894);









/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = 1024 * 1024;
const TAR_BLOCK = 512;
/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name, size, mtime) {
    const block = Buffer.alloc(TAR_BLOCK);
    if (new tar__WEBPACK_IMPORTED_MODULE_4__/* .Header */ .Y9({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
    }
    return block;
}
/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
async function archiveLogs(logsDir, thread, written, mtime) {
    const members = [];
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        const plain = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        let member = written.get(name);
        if (!member?.gzip) {
            if (!member && !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(plain))
                continue;
            member = await thread.fromFile(plain, { gzip: (0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name) });
        }
        members.push([name, { ...member, gzip: member.gzip }]);
    }
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX);
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(archive, 'w');
    try {
        let padding = 0;
        for (const [name, member] of members) {
            await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])));
            for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(member.gzip, { highWaterMark: READ_BYTES }))
                await out.write(chunk);
            padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
        }
        // The end of a tar archive: two empty blocks.
        await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.alloc(padding + 2 * TAR_BLOCK)));
    }
    finally {
        await out.close();
    }
    return {
        before: members.reduce((total, [, member]) => total + member.bytes, 0),
        after: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(archive).size,
        members: new Map(members.map(([name, { sha256, bytes }]) => [name, { sha256, bytes }])),
    };
}
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
function removeArchivedLogs(logsDir, archived) {
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync((0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name), { force: true });
        if (archived)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name), { force: true });
    }
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar__WEBPACK_IMPORTED_MODULE_4__.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`the compressed logs cannot be read: ${error.message}`, {
            file,
            fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
            cause: error,
        });
    }
}
/** The files of a `records.tar.gz`, by name. */
function readArchive(file) {
    const files = new Map();
    visitArchive(file, (entry) => {
        const chunks = [];
        entry.on('data', (chunk) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
    });
    return files;
}
/** The sha256 and size of each member of a `records.tar.gz`, hashed as it is read: no member is held whole. */
function digestArchive(file) {
    const digests = new Map();
    visitArchive(file, (entry) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        entry.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        entry.on('end', () => digests.set(entry.path, { sha256: hash.digest('hex'), bytes }));
    });
    return digests;
}
function readPackageLogs(packageDir) {
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(packageDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LOGS_DIR */ .c6);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(logsDir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(logsDir).sort()) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).isFile())
            continue;
        if (name === _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX) {
            compressed = true;
            for (const [member, content] of readArchive(file))
                files.set(member, content);
        }
        else {
            files.set(name, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file));
        }
    }
    return { compressed, files };
}
function parseJsonl(content, name, packageDir) {
    if (!content)
        return [];
    const records = [];
    const lines = content.toString('utf8').split('\n');
    lines.forEach((line, index) => {
        if (!line)
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            value = undefined;
        }
        if (!(0,_records_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .isLogRecord */ .Y9)(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
function readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
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

/***/ 3932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mz: () => (/* reexport */ RecordLocator),
  $G: () => (/* reexport */ detectQualityIssues),
  Hu: () => (/* reexport */ quality_issues_types/* failsOn */.Hu),
  AY: () => (/* binding */ qualityCounts),
  JI: () => (/* binding */ qualityIssuesSection),
  S1: () => (/* binding */ sessionQualityReport),
  $Q: () => (/* binding */ writePackageQualityReport)
});

// UNUSED EXPORTS: FAIL_ON_LEVELS, RuleIds, SEVERITIES, SUMMARY_TOP_ISSUES, readQualityReport, renderQualityReport

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-read.js
var session_read = __webpack_require__(4866);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/pipeline/language.js
var language = __webpack_require__(3525);
// EXTERNAL MODULE: ./dist/lib/pipeline/schema.js
var schema = __webpack_require__(1560);
// EXTERNAL MODULE: ./dist/lib/pipeline/template.js
var pipeline_template = __webpack_require__(1093);
// EXTERNAL MODULE: ./dist/lib/records/redact.js
var redact = __webpack_require__(4020);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(6689);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/types.js
var quality_issues_types = __webpack_require__(5817);
;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/call-rules.js




/**
 * The rules over the session's LLM calls. What a call was (its attempts, outcome, tokens and
 * latency) is the session model's; the prompt-audit records, fed one at a time in the order of
 * `logs/prompts.jsonl`, only locate each attempt (its line) and say what the model's summary
 * leaves out: why an attempt was retried, and whether its answer was cut off.
 */
/** A call at least this many times the run's median, in latency or in tokens, is far off it... */
const OUTLIER_FACTOR = 3;
/** ...when it is also this much above the median: a few hundred milliseconds more is no news. */
const OUTLIER_MIN_EXCESS = { latency_ms: 5000, tokens: 2000 };
/** Fewer calls than this make no median worth comparing with. */
const OUTLIER_MIN_CALLS = 4;
const ref = (line) => ({ log: constants/* LogFiles */.aE.promptRecords, line });
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Where each call's records are in `prompts.jsonl`. */
class CallRecordIndex {
    calls = new Map();
    line = 0;
    /** The next record of `prompts.jsonl`. */
    add(record) {
        this.line += 1;
        if (record.event !== types/* Events */.sV.llmAttempt && record.event !== types/* Events */.sV.llmRequest)
            return;
        const data = record.data ?? {};
        const callId = (0,values/* str */.gx)(data.call_id);
        if (!callId)
            return;
        let call = this.calls.get(callId);
        if (!call) {
            call = { attempts: [], pending: null };
            this.calls.set(callId, call);
        }
        if (record.event === types/* Events */.sV.llmRequest) {
            call.pending = this.line;
            return;
        }
        call.pending = null;
        call.attempts.push({
            attempt: typeof data.attempt === 'number' ? data.attempt : call.attempts.length + 1,
            outcome: (0,values/* str */.gx)(data.outcome) ?? 'unknown',
            reason: (0,values/* str */.gx)(data.reason),
            truncated: data.truncated === true || data.finish_reason === 'length',
            line: this.line,
        });
    }
    /** The call's records: every attempt, and the request left unanswered if any. */
    of(callId) {
        return this.calls.get(callId) ?? { attempts: [], pending: null };
    }
    /** The line of the call's accepted attempt, the reply its output was made from. */
    acceptedLine(callId) {
        return this.calls.get(callId)?.attempts.findLast((attempt) => attempt.outcome === 'ok')?.line;
    }
}
/** The findings over the session model's calls, located by `index`. */
function checkCalls(calls, index) {
    const findings = [];
    for (const call of calls) {
        const records = index.of(call.call_id);
        const lines = records.attempts.map((attempt) => attempt.line);
        const file = call.output[0] ?? call.input[0] ?? null;
        const subject = file ?? 'this run';
        const finding = (rule, severity, at, message) => {
            findings.push({ rule, severity, file, path: null, message, records: at.map(ref), call_id: call.call_id });
        };
        if (call.outcome === 'unfinished') {
            finding(quality_issues_types/* RuleIds */.Tu.callFailed, 'error', records.pending === null ? lines : [...lines, records.pending], `The ${call.purpose} call for ${subject} was never answered: the run stopped while it waited for the model.`);
        }
        else if (call.outcome === 'failed') {
            const reason = records.attempts.at(-1)?.reason;
            finding(quality_issues_types/* RuleIds */.Tu.callFailed, 'error', lines, `The ${call.purpose} call for ${subject} failed after ${plural(call.attempts, 'attempt')}${reason ? `: ${reason}` : ''}.`);
        }
        else if (call.attempts > 1) {
            const reasons = [...new Set(records.attempts.filter((a) => a.outcome === 'retry').map((a) => a.reason).filter((reason) => reason !== null))];
            finding(quality_issues_types/* RuleIds */.Tu.callRetried, 'info', lines, `The model had to be asked ${call.attempts} times for ${file ?? call.purpose}${reasons.length ? ` (${reasons.slice(0, 2).join('; ')})` : ''}.`);
        }
        const last = records.attempts.at(-1);
        for (const attempt of records.attempts.filter((a) => a.truncated)) {
            const kept = attempt === last && call.outcome === 'ok';
            finding(quality_issues_types/* RuleIds */.Tu.responseTruncated, 'warning', [attempt.line], `The model's answer to attempt ${attempt.attempt} for ${file ?? call.purpose} was cut off by the token limit${kept ? ', and that cut-off answer was kept' : ''}.`);
        }
    }
    findings.push(...outliers(calls, index));
    return findings;
}
function outliers(calls, index) {
    const answered = calls.filter((call) => call.outcome !== 'unfinished');
    if (answered.length < OUTLIER_MIN_CALLS)
        return [];
    const measures = [
        { key: 'latency_ms', rule: quality_issues_types/* RuleIds */.Tu.callSlow, show: (v) => `${(v / 1000).toFixed(1)} s`, verb: 'took' },
        { key: 'tokens', rule: quality_issues_types/* RuleIds */.Tu.callLarge, show: (v) => `${(0,values/* countText */.lT)(v)} tokens`, verb: 'used' },
    ];
    const findings = [];
    for (const measure of measures) {
        const middle = median(answered.map((call) => call[measure.key]));
        for (const call of answered) {
            const value = call[measure.key];
            if (value < OUTLIER_FACTOR * middle || value - middle < OUTLIER_MIN_EXCESS[measure.key])
                continue;
            const file = call.output[0] ?? call.input[0] ?? null;
            findings.push({
                rule: measure.rule,
                severity: 'info',
                file,
                path: null,
                message: `The ${call.purpose} call for ${file ?? 'this run'} ${measure.verb} ${measure.show(value)}, ${Math.round(value / Math.max(middle, 1))} times the run's median of ${measure.show(middle)}.`,
                records: index.of(call.call_id).attempts.map((attempt) => ref(attempt.line)),
                call_id: call.call_id,
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(6703);
// EXTERNAL MODULE: ./dist/lib/pipeline/metrics.js
var metrics = __webpack_require__(9934);
;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/output-rules.js





/** A run of this many words found as it is in the source is copied text, longer than a quotation keeps (a quote card holds at most 200 characters, about 30 words, and is a quotation by its type). */
const COPIED_RUN_WORDS = 20;
const LIMIT_NAMES = {
    content: 'card text',
    tip: 'tip',
    quote: 'quote',
    question: 'quiz question',
    option: 'quiz option',
    explanation: 'quiz explanation',
};
const itemPath = (index, field, sub) => `$.flexibleItems[${index}]${field ? `.${field}` : ''}${sub === undefined ? '' : `[${sub}]`}`;
const quoted = (text, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
/** Letters and digits only, lower case: two texts that differ only in spacing, case or punctuation are the same text. */
const normalized = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const schemaInvalid = (output, value) => {
    const errors = (0,schema/* validateSupertask */.H4)(value, output.schemaVersion);
    if (errors.length === 0)
        return [];
    return [
        {
            rule: quality_issues_types/* RuleIds */.Tu.schemaInvalid,
            severity: 'error',
            path: null,
            message: `The lesson breaks the supertask format v${output.schemaVersion} in ${errors.length} place${errors.length === 1 ? '' : 's'} (first: ${errors[0]}), so the app may refuse or misshow it.`,
        },
    ];
};
/** Every text with a mobile limit, with where it is and the limit's name. */
function limitedTexts(items) {
    const texts = [];
    items.forEach((item, index) => {
        const list = (field, values, range, name) => {
            if (Array.isArray(values))
                values.forEach((text, sub) => texts.push({ text, range, name, path: itemPath(index, field, sub) }));
        };
        if (item.type === 'content') {
            texts.push({ text: item.content, range: limits/* MobileLimits */.Dk.content, name: 'content', path: itemPath(index, 'content') });
            list('tips', item.tips, limits/* MobileLimits */.Dk.tip, 'tip');
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: limits/* MobileLimits */.Dk.quote, name: 'quote', path: itemPath(index, 'content') });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: limits/* MobileLimits */.Dk.question, name: 'question', path: itemPath(index, 'question') });
            list('options', item.options, limits/* MobileLimits */.Dk.option, 'option');
            texts.push({ text: item.explanation, range: limits/* MobileLimits */.Dk.explanation, name: 'explanation', path: itemPath(index, 'explanation') });
        }
    });
    return texts;
}
const overMobileLimit = (_output, value) => {
    const findings = [];
    const items = (0,metrics/* itemsOf */.S3)(value);
    if (items.length > limits/* MobileLimits */.Dk.items.max) {
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.overMobileLimit,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `The lesson has ${items.length} items; a mobile lesson holds at most ${limits/* MobileLimits */.Dk.items.max}.`,
        });
    }
    const duration = value?.estimatedDuration;
    if (typeof duration === 'number' && duration > limits/* MobileLimits */.Dk.duration.max) {
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.overMobileLimit,
            severity: 'warning',
            path: '$.estimatedDuration',
            message: `The lesson is estimated at ${Math.round(duration / 60)} minutes (${duration} s); a mobile lesson takes at most ${limits/* MobileLimits */.Dk.duration.max / 60} minutes.`,
        });
    }
    for (const { text, range, name, path } of limitedTexts(items)) {
        if (typeof text !== 'string' || text.length <= range.max)
            continue;
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.overMobileLimit,
            severity: 'warning',
            path,
            message: `A ${LIMIT_NAMES[name]} is ${text.length} characters long; a phone screen fits at most ${range.max}: ${quoted(text)}.`,
        });
    }
    return findings;
};
const quizRules = (_output, value) => {
    const findings = [];
    (0,metrics/* itemsOf */.S3)(value).forEach((item, index) => {
        if (item.type !== 'quiz' || !Array.isArray(item.options))
            return;
        const options = item.options;
        const question = typeof item.question === 'string' ? quoted(item.question) : `number ${index + 1}`;
        const answer = item.correctAnswer;
        if (!(typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < options.length)) {
            findings.push({
                rule: quality_issues_types/* RuleIds */.Tu.quizAnswerNotAnOption,
                severity: 'error',
                path: itemPath(index, 'correctAnswer'),
                message: `The quiz ${question} marks answer ${JSON.stringify(answer)} as correct, but its options are numbered 0 to ${options.length - 1}: no learner can answer it right.`,
            });
        }
        const seen = new Map();
        options.forEach((option, sub) => {
            if (typeof option !== 'string')
                return;
            const key = normalized(option);
            const first = seen.get(key);
            if (first === undefined)
                seen.set(key, sub);
            else {
                findings.push({
                    rule: quality_issues_types/* RuleIds */.Tu.quizOptionsRepeat,
                    severity: 'error',
                    path: itemPath(index, 'options', sub),
                    message: `The quiz ${question} offers the same option twice (${first + 1} and ${sub + 1}: ${quoted(option)}).`,
                });
            }
        });
    });
    return findings;
};
/** The text an item is about: a card's or quote's text, a quiz's question. */
function mainText(item) {
    const text = item.type === 'quiz' ? item.question : item.content;
    return typeof text === 'string' && text.trim() ? text : undefined;
}
const duplicatedItem = (_output, value) => {
    const findings = [];
    const seen = new Map();
    (0,metrics/* itemsOf */.S3)(value).forEach((item, index) => {
        const text = mainText(item);
        if (!text)
            return;
        const key = normalized(text);
        const first = seen.get(key);
        if (first === undefined)
            seen.set(key, index);
        else {
            findings.push({
                rule: quality_issues_types/* RuleIds */.Tu.duplicatedItem,
                severity: 'warning',
                path: itemPath(index),
                message: `Item ${index + 1} repeats item ${first + 1}: ${quoted(text)}.`,
            });
        }
    });
    return findings;
};
function allTexts(item) {
    const texts = [item.content, item.question, item.explanation, ...(Array.isArray(item.tips) ? item.tips : []), ...(Array.isArray(item.options) ? item.options : [])];
    return texts.filter((text) => typeof text === 'string');
}
const languageDiffers = (output, value) => {
    const expected = output.sourceLanguage;
    const written = (0,language/* detectLanguage */.od)((0,metrics/* itemsOf */.S3)(value).flatMap(allTexts).join(' '));
    if (!expected || !written || written === expected)
        return [];
    return [
        {
            rule: quality_issues_types/* RuleIds */.Tu.languageDiffers,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `The lesson is written in ${language/* LanguageNames */.l4[written]}, but its source article is in ${language/* LanguageNames */.l4[expected]}.`,
        },
    ];
};
const personaMarkersMissing = (output, value) => {
    const spoken = (0,metrics/* itemsOf */.S3)(value)
        .map(metrics/* spokenText */._K)
        .filter((text) => text !== undefined && text.trim() !== '');
    if (spoken.length === 0)
        return [];
    const markers = output.sourceLanguage ? [metrics/* VOICE_MARKERS */.Ln[output.sourceLanguage]] : Object.values(metrics/* VOICE_MARKERS */.Ln);
    if (spoken.some((text) => markers.some((marker) => marker.test(text))))
        return [];
    return [
        {
            rule: quality_issues_types/* RuleIds */.Tu.personaMarkersMissing,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `None of the ${spoken.length} cards and quizzes speaks to the learner the way Ari does ("you", "try", "notice"...): the lesson reads as a summary, not as coaching.`,
        },
    ];
};
/**
 * Whether `text` holds COPIED_RUN_WORDS words in a row as the source has them (`source`, its words;
 * `at`, where each word is in it). Each word of the text is looked up where the source has it and
 * the run followed from there: the source's runs are never all made, as keys, for every output.
 */
function copiesRun(text, source, at) {
    const list = (0,language/* words */.aL)(text);
    for (let start = 0; start + COPIED_RUN_WORDS <= list.length; start++) {
        for (const from of at.get(list[start]) ?? []) {
            let length = 1;
            while (length < COPIED_RUN_WORDS && source[from + length] === list[start + length])
                length++;
            if (length === COPIED_RUN_WORDS)
                return true;
        }
    }
    return false;
}
const copiedFromSource = (output, value) => {
    if (!output.source)
        return [];
    const source = (0,language/* words */.aL)(output.source);
    if (source.length < COPIED_RUN_WORDS)
        return [];
    const at = new Map();
    source.forEach((word, index) => {
        const places = at.get(word);
        if (places)
            places.push(index);
        else
            at.set(word, [index]);
    });
    const findings = [];
    (0,metrics/* itemsOf */.S3)(value).forEach((item, index) => {
        // A quote card is a quotation by its type; the rest should be written for the learner.
        if (item.type === 'quote')
            return;
        const copied = allTexts(item).find((text) => copiesRun(text, source, at));
        if (!copied)
            return;
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.copiedFromSource,
            severity: 'warning',
            path: itemPath(index),
            message: `Item ${index + 1} copies ${COPIED_RUN_WORDS} or more words in a row from the source article, more than a quotation: ${quoted(copied)}.`,
        });
    });
    return findings;
};
const CHECKS = [schemaInvalid, overMobileLimit, quizRules, duplicatedItem, languageDiffers, personaMarkersMissing, copiedFromSource];
/** Every finding of every output rule on one generated file. */
function checkOutput(output) {
    const located = (finding) => ({ ...finding, file: output.file, records: output.records, call_id: output.callId });
    let value;
    try {
        value = JSON.parse(output.text);
    }
    catch (error) {
        return [
            located({
                rule: quality_issues_types/* RuleIds */.Tu.schemaInvalid,
                severity: 'error',
                path: null,
                message: `The lesson file is not readable JSON (${error.message}), so the app cannot open it.`,
            }),
        ];
    }
    return CHECKS.flatMap((check) => check(output, value).map(located));
}

;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/detect.js













/**
 * Where the records that show an issue are, in the package's `logs/*.jsonl`: handed every record
 * of the session, in each stream's order, during the pass that writes those files.
 */
class RecordLocator {
    /** The line of the last `file.result` of each output: the one the model took the output from. */
    resultLines = new Map();
    calls = new CallRecordIndex();
    processingLines = 0;
    /** The locator of records already in memory. */
    static of(records) {
        const locator = new RecordLocator();
        for (const kind of ['processing', 'prompts'])
            for (const record of records[kind])
                locator.add(record, kind);
        return locator;
    }
    add(record, kind) {
        if (kind === 'prompts') {
            this.calls.add(record);
            return;
        }
        this.processingLines += 1;
        if (record.event === types/* Events */.sV.fileResult)
            for (const file of record.output ?? [])
                this.resultLines.set(file, this.processingLines);
    }
}
/** A file the rules were asked to read, absent: null; any other failure to read it is the user's to fix. */
function readIfPresent(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new errors/* LyfeError */.L0(`cannot read it to look for quality issues: ${error.message}`, { file, fix: 'Check its permissions, then run again', cause: error });
    }
}
const rank = (issue) => quality_issues_types/* SEVERITIES */.oC.indexOf(issue.severity);
/**
 * Runs every rule over the session's generated files (read as they are now) and its LLM calls.
 */
function detectQualityIssues(inputs) {
    const { summary } = inputs;
    const { resultLines, calls } = inputs.records;
    const findings = [];
    const templates = new Map();
    const templateOf = (name) => {
        let template = templates.get(name);
        if (template === undefined) {
            const text = readIfPresent(external_node_path_.join(inputs.templateDir, name));
            template = text === null ? null : (0,pipeline_template/* parseTemplate */.QC)(text, name);
            templates.set(name, template);
        }
        return template;
    };
    for (const output of summary.outputs) {
        const text = readIfPresent(external_node_path_.join(inputs.outputDir, output.file));
        if (text === null)
            continue;
        const template = output.input === null ? null : templateOf(output.input);
        const resultLine = resultLines.get(output.file);
        const accepted = output.call_id ? calls.acceptedLine(output.call_id) : undefined;
        findings.push(...checkOutput({
            file: output.file,
            text,
            schemaVersion: (0,schema/* isSchemaVersion */.Cl)(output.schema_version) ? output.schema_version : schema/* DEFAULT_SCHEMA_VERSION */.jK,
            source: template?.source,
            sourceLanguage: template ? (template.language ?? (0,language/* detectLanguage */.od)(template.source)) : undefined,
            records: [
                ...(resultLine ? [{ log: constants/* LogFiles */.aE.processingRecords, line: resultLine }] : []),
                ...(accepted ? [{ log: constants/* LogFiles */.aE.promptRecords, line: accepted }] : []),
            ],
            callId: output.call_id,
        }));
    }
    findings.push(...checkCalls(summary.calls, calls));
    return report(summary.session_id || null, findings);
}
/**
 * Most severe first, then by file and rule (in code-unit order, so that every machine numbers them alike), in the order found; numbered `Q1`... in that order.
 * Messages quote the generated files, which are not redacted as records are: they are here, since
 * the report goes into the logs, the summary and the viewer.
 */
function report(sessionId, findings) {
    const sorted = findings
        .map((finding, order) => ({ finding, order }))
        .sort((a, b) => rank(a.finding) - rank(b.finding) || (0,values/* byCodeUnits */.CA)(a.finding.file ?? '', b.finding.file ?? '') || (0,values/* byCodeUnits */.CA)(a.finding.rule, b.finding.rule) || a.order - b.order);
    const issues = sorted.map(({ finding }, index) => ({ id: `Q${index + 1}`, ...finding, message: (0,redact/* redactText */.Rd)(finding.message) }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues)
        counts[issue.severity] += 1;
    return { session_id: sessionId, counts, issues };
}

;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/index.js








/**
 * The quality issues of a session not yet packaged (as `generate --fail-on` sees it): its records
 * from the global record files, its outputs in `outputDir`, its templates in `templateDir`.
 */
function sessionQualityReport(options) {
    const records = new RecordLocator();
    const { summary } = (0,session_read/* readSessionModel */.W)(options.logDir, options.sessionId, { visit: (record, kind) => records.add(record, kind) });
    return detectQualityIssues({ summary, records, outputDir: options.outputDir, templateDir: options.templateDir });
}
/** A package's `logs/quality_issues.json`; null for a package made before there was one. */
function readQualityReport(packageDir) {
    const file = path.join(packageDir, LOGS_DIR, LogFiles.qualityIssues);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new LyfeError(`cannot read it: ${error.message}`, { file, fix: 'Check its permissions', cause: error });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`it is not JSON: ${error.message}`, { file, fix: 'Run `lyfe-kt verify` on the package to see what changed', cause: error });
    }
}
/** `logs/quality_issues.json`; its contract is `schema/quality_issues.schema.json`. */
function renderQualityReport(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const quality_issues_plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
function qualityCounts(counts) {
    const { error, warning, info } = counts;
    if (error + warning + info === 0)
        return 'none';
    return [error ? quality_issues_plural(error, 'error') : '', warning ? quality_issues_plural(warning, 'warning') : '', info ? quality_issues_plural(info, 'note') : ''].filter(Boolean).join(', ');
}
/**
 * Finds the quality issues of a package being assembled in `packageDir` (its outputs and
 * templates, its records located while its record files were written) and writes them to
 * `logs/quality_issues.json`.
 */
function writePackageQualityReport(packageDir, summary, records) {
    const logsDir = external_node_path_.join(packageDir, constants/* LOGS_DIR */.c6);
    const report = detectQualityIssues({
        summary,
        records,
        outputDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.output),
        templateDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.preprocessed),
    });
    external_node_fs_.writeFileSync(external_node_path_.join(logsDir, constants/* LogFiles */.aE.qualityIssues), renderQualityReport(report));
    return report;
}
const SEVERITY_ICONS = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
const SUMMARY_TOP_ISSUES = 10;
/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
function qualityIssuesSection(report) {
    const lines = ['## Quality Issues', `- **Found**: ${qualityCounts(report.counts)}${report.issues.length ? ` (every one in \`${constants/* LogFiles */.aE.qualityIssues}\`, with the records that show it; open \`${constants/* LogFiles */.aE.viewer}\` to follow them)` : ''}`];
    for (const issue of report.issues.slice(0, SUMMARY_TOP_ISSUES)) {
        const where = issue.file ? ` in ${issue.file}${issue.path ? ` at ${issue.path}` : ''}` : '';
        lines.push(`- ${SEVERITY_ICONS[issue.severity]} **${issue.id} ${issue.rule}**${where}: ${issue.message}`);
    }
    if (report.issues.length > SUMMARY_TOP_ISSUES)
        lines.push(`- … and ${report.issues.length - SUMMARY_TOP_ISSUES} more in \`${constants/* LogFiles */.aE.qualityIssues}\``);
    return lines;
}


/***/ }),

/***/ 5817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 9894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RecordLogsWriter),
/* harmony export */   T: () => (/* binding */ memberGzip)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _records_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);



/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
const memberGzip = (logsDir, name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, `.${name}.gz`);
const NEWLINE = Buffer.from('\n');
/** A record as a line of a `*.jsonl`: the bytes it was read from, which parsing spares serializing again. */
function writeRecord(sink, record, line) {
    if (line) {
        sink.write(line);
        sink.write(NEWLINE);
    }
    else
        sink.write(`${JSON.stringify(record)}\n`);
}
/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer.
 */
class RecordLogsWriter {
    sinks = new Map();
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    /** How many records each stream holds, processing first (the viewer is told). */
    counts = { processing: 0, prompts: 0 };
    constructor(logsDir, thread, { compress }) {
        const open = (name, jsonl) => {
            const target = compress ? { gzip: memberGzip(logsDir, name) } : { plain: node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, name), ...(jsonl ? { gzip: memberGzip(logsDir, name) } : {}) };
            const sink = thread.open(target);
            this.sinks.set(name, sink);
            return sink;
        };
        this.processingLog = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processing, false);
        this.processingJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processingRecords, true);
        this.promptsAudit = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptsAudit, false);
        this.promptsJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptRecords, true);
    }
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record, line) {
        this.counts.processing += 1;
        this.processingLog.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRecordLine */ .zH)(record)}\n`);
        writeRecord(this.processingJsonl, record, line);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record, line) {
        this.counts.prompts += 1;
        this.promptsAudit.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAttempt */ .lZ)(record)}\n\n`);
        writeRecord(this.promptsJsonl, record, line);
    }
    /** Hands over the rest at once; resolves once every file is complete. */
    async close() {
        // Every sink hands over its rest now, before this returns: the thread finishes them together.
        const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()]);
        return new Map(await Promise.all(closed));
    }
}


/***/ }),

/***/ 802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JY: () => (/* binding */ writeLogsViewer),
  f7: () => (/* binding */ writeViewerPage)
});

// UNUSED EXPORTS: writePage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./dist/lib/version.js
var version = __webpack_require__(1280);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/records/cost.js + 1 modules
var cost = __webpack_require__(1830);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(9567);
;// CONCATENATED MODULE: ./dist/lib/package/viewer/data.js


const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
function duration(seconds) {
    if (seconds === null)
        return 'unknown';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    const whole = Math.round(seconds);
    const parts = [Math.floor(whole / 3600) && `${Math.floor(whole / 3600)} h`, Math.floor((whole % 3600) / 60) && `${Math.floor((whole % 3600) / 60)} min`, whole % 60 && `${whole % 60} s`];
    return parts.filter(Boolean).join(' ') || '0 s';
}
/** The numbers the PRD's execution summary puts first: usage, then quality. */
function summaryNumbers(session, quality) {
    const { ai, quality: q } = session;
    return [
        { label: 'Result', value: session.success ? 'success' : 'failed' },
        { label: 'Total Duration', value: duration(session.duration_seconds) },
        { label: 'Stages', value: session.stages_executed.join(', ') || 'none' },
        { label: 'Supertasks', value: `${session.outputs.length}${q.invalid_files ? ` (${q.invalid_files} invalid)` : ''}` },
        { label: 'Total API Calls', value: (0,values/* countText */.lT)(ai.total_api_calls) },
        { label: 'Total Tokens', value: (0,values/* countText */.lT)(ai.total_tokens) },
        { label: 'Model', value: ai.model ?? 'none' },
        { label: 'Success Rate', value: percent(ai.success_rate) },
        { label: 'Cost', value: (0,cost/* costText */.rs)(ai.cost) },
        { label: 'Schema Compliance', value: percent(q.schema_compliance) },
        { label: 'Mobile Optimization Score', value: score(q.mobile_optimization_score) },
        { label: 'Ari Persona Consistency', value: percent(q.ari_persona_consistency) },
        { label: 'Quality Issues', value: `${quality.counts.error} errors, ${quality.counts.warning} warnings, ${quality.counts.info} notes` },
    ];
}

;// CONCATENATED MODULE: ./dist/lib/package/viewer/script.js
/**
 * The viewer page's script, run by the browser from the page itself (no module, no network).
 * It reads three embedded blocks, each gzip then base64: `#lyfe-data` (the ViewerData of data.ts),
 * `#lyfe-processing` and `#lyfe-prompts` (the package's processing.jsonl and prompts.jsonl), inflates them with
 * the browser's DecompressionStream, and renders. Every text from the records is put in the page
 * with `textContent`: model output is shown, never run. Kept free of template literals so that it
 * can live in this string.
 */
const VIEWER_SCRIPT = String.raw `
'use strict';
(function () {
  var ROW = 24;
  var MAX_TABLE_ROWS = 2000;
  var MAX_TIMELINE_CALLS = 400;
  var PRINT_ROWS = 5000;
  var root = document.documentElement;
  var $ = function (id) { return document.getElementById(id); };

  /** An element with its text (as text, never markup) and children. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (attrs[key] === undefined || attrs[key] === null || attrs[key] === false) continue;
      if (key === 'text') node.textContent = String(attrs[key]);
      else if (key === 'class') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); });
    return node;
  }
  /** A link inside the page: the only hrefs the page makes start with '#'. */
  function link(route, text, cls) { return el('a', { href: '#' + route, text: text, class: cls }); }
  function route(kind, id) { return kind + '/' + encodeURIComponent(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmtInt(n) { return Number(n || 0).toLocaleString('en-US'); }
  function fmtMs(ms) { return ms === null || ms === undefined ? '-' : ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(1) + ' s'; }

  function inflate(id) {
    var text = $(id).textContent.replace(/\s+/g, '');
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text();
  }

  var data, records = [], order = [], calls = Object.create(null), byFile = Object.create(null), shown = [], active = -1;

  function status(text) { $('status').textContent = text; }

  function load() {
    if (typeof DecompressionStream === 'undefined') {
      status('This browser cannot open the embedded session (it has no DecompressionStream). Open the page in a current browser, or read logs/processing.log and logs/prompts_audit.log.');
      root.dataset.state = 'failed';
      return;
    }
    Promise.all([inflate('lyfe-data'), inflate('lyfe-processing'), inflate('lyfe-prompts')]).then(function (texts) {
      data = JSON.parse(texts[0]);
      indexModel();
      index(texts[1] + texts[2]);
      render();
      status('');
      root.dataset.state = 'ready';
    }).catch(function (error) {
      status('The embedded session could not be read: ' + error.message);
      root.dataset.state = 'failed';
    });
  }

  /** Parses every record once, and indexes them by call and by file; the list shows them by time. */
  function index(text) {
    var lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    var nProcessing = data.records.processing;
    for (var i = 0; i < lines.length; i++) {
      var r;
      try { r = JSON.parse(lines[i]); } catch (e) { r = { time: '', level: 'error', stage: '?', event: 'unreadable', msg: lines[i] }; }
      r._i = i;
      r._log = i < nProcessing ? 'processing.jsonl' : 'prompts.jsonl';
      r._line = i < nProcessing ? i + 1 : i - nProcessing + 1;
      r._raw = lines[i];
      r._files = (r.input || []).concat(r.output || []);
      var d = r.data || {};
      r._outcome = r.event === 'llm.attempt' ? d.outcome : r.event === 'stage.end' ? d.status : r.event === 'file.result' ? (d.valid === false || d.ok === false ? 'failed' : 'ok') : '';
      records.push(r);
      if (d.call_id && (r.event === 'llm.attempt' || r.event === 'llm.request')) {
        var c = calls[d.call_id] || (calls[d.call_id] = { requests: [], attempts: [] });
        (r.event === 'llm.attempt' ? c.attempts : c.requests).push(i);
      }
      r._files.forEach(function (f) { (byFile[f] || (byFile[f] = [])).push(i); });
    }
    order = records.map(function (r) { return r._i; });
    order.sort(function (a, b) {
      var x = records[a], y = records[b];
      return x.time < y.time ? -1 : x.time > y.time ? 1 : a - b;
    });
  }

  function recordIndex(ref) { return ref.log === 'processing.jsonl' ? ref.line - 1 : data.records.processing + ref.line - 1; }
  // Keyed by names from the records: no prototype, so a file called "constructor" is just a key.
  var callById = Object.create(null), outputByFile = Object.create(null), callsByOutput = Object.create(null);
  /** The model's calls and outputs by id and file, and each file's calls: its output's call first. */
  function indexModel() {
    data.session.calls.forEach(function (c) {
      callById[c.call_id] = c;
      c.output.forEach(function (f) { (callsByOutput[f] || (callsByOutput[f] = [])).push(c.call_id); });
    });
    data.session.outputs.forEach(function (o) {
      outputByFile[o.file] = o;
      var ids = callsByOutput[o.file] || (callsByOutput[o.file] = []);
      if (o.call_id && ids.indexOf(o.call_id) !== 0) callsByOutput[o.file] = [o.call_id].concat(ids.filter(function (id) { return id !== o.call_id; }));
    });
  }
  function callOf(id) { return callById[id]; }
  function outputOf(file) { return outputByFile[file]; }
  function callsForFile(file) { return callsByOutput[file] || []; }

  function render() {
    var s = data.session;
    document.title = data.title + ' - lyfe-kt viewer';
    $('title').textContent = data.title;
    $('session').textContent = 'Session ' + s.session_id + ' - ' + (s.start_time || '?') + ' to ' + (s.end_time || '?');
    var outcome = $('outcome');
    outcome.textContent = s.success ? 'success' : 'failed';
    outcome.className = 'badge ' + (s.success ? 'ok' : 'failed');
    var numbers = clear($('numbers'));
    data.numbers.forEach(function (n) { numbers.appendChild(el('div', null, [el('dt', { text: n.label }), el('dd', { text: n.value })])); });
    renderIssues();
    renderTimeline();
    renderOutputs();
    renderCalls();
    renderFilters();
    applyFilters();
    onRoute();
  }

  function issueItem(issue) {
    return el('li', null, [
      el('span', { class: 'badge ' + issue.severity, text: issue.severity }), ' ',
      link(route('issue', issue.id), issue.id), ' ',
      el('span', { class: 'muted', text: issue.rule }), ' ',
      issue.file ? link(route('output', issue.file), issue.file) : null, ': ',
      el('span', { text: issue.message }),
    ]);
  }

  function renderIssues() {
    var q = data.quality;
    $('issues-title').textContent = 'Quality issues (' + q.counts.error + ' errors, ' + q.counts.warning + ' warnings, ' + q.counts.info + ' notes)';
    var list = clear($('issue-list'));
    if (q.issues.length === 0) list.appendChild(el('li', { class: 'muted', text: 'No quality issue was found.' }));
    q.issues.forEach(function (issue) { list.appendChild(issueItem(issue)); });
  }

  function timeOf(iso) { var t = Date.parse(iso); return isFinite(t) ? t : NaN; }

  function renderTimeline() {
    var s = data.session;
    var body = clear($('timeline-body'));
    var start = timeOf(s.start_time), end = timeOf(s.end_time);
    if (!isFinite(start) || !isFinite(end) || end <= start) { body.appendChild(el('p', { class: 'muted', text: 'The session has no time span to draw.' })); return; }
    var span = end - start;
    function place(node, from, to) {
      node.style.left = Math.max(0, (from - start) / span * 100) + '%';
      node.style.width = Math.max(0.2, (to - from) / span * 100) + '%';
      return node;
    }
    function lane(label, bars) {
      var track = el('div', { class: 'track' }, bars);
      return el('div', { class: 'lane' }, [el('div', { class: 'label', text: label, title: label }), track]);
    }
    s.stages.forEach(function (run) {
      var from = timeOf(run.start_time);
      var to = run.end_time ? timeOf(run.end_time) : end;
      var bar = place(el('span', { class: 'bar ' + run.status, title: run.stage + ' (process ' + run.pid + '): ' + run.status + ', ' + fmtMs(run.duration_ms) }), from, to);
      body.appendChild(lane(run.stage + ' #' + run.pid, [bar]));
    });
    var ids = Object.keys(calls);
    ids.slice(0, MAX_TIMELINE_CALLS).forEach(function (id) {
      var c = calls[id];
      var first = records[c.requests[0] !== undefined ? c.requests[0] : c.attempts[0]];
      var lastAttempt = c.attempts.length ? records[c.attempts[c.attempts.length - 1]] : null;
      var from = timeOf(first.time);
      var to = lastAttempt ? timeOf(lastAttempt.time) : end;
      var summary = callOf(id);
      var label = (summary ? summary.purpose : id) + ' ' + (first._files[first._files.length - 1] || '');
      var bar = place(el('a', { class: 'bar', href: '#' + route('call', id), title: label + ': ' + c.attempts.length + ' attempt(s), ' + (summary ? summary.outcome : '?') }), from, to);
      var total = 0;
      c.attempts.forEach(function (i) { total += (records[i].data || {}).latency_ms || 0; });
      c.attempts.forEach(function (i) {
        var d = records[i].data || {};
        var seg = el('span', { class: 'seg ' + d.outcome });
        seg.style.width = (total ? (d.latency_ms || 0) / total * 100 : 100 / c.attempts.length) + '%';
        bar.appendChild(seg);
      });
      body.appendChild(lane(label, [bar]));
    });
    if (ids.length > MAX_TIMELINE_CALLS) body.appendChild(el('p', { class: 'muted', text: 'The first ' + MAX_TIMELINE_CALLS + ' of ' + ids.length + ' calls are drawn; the table below lists them.' }));
  }

  function table(node, head, rows, note) {
    clear(node);
    node.appendChild(el('thead', null, [el('tr', null, head.map(function (h) { return el('th', { text: h }); }))]));
    var tbody = el('tbody');
    rows.slice(0, MAX_TABLE_ROWS).forEach(function (cells) { tbody.appendChild(el('tr', null, cells.map(function (c) { return el('td', null, [c]); }))); });
    node.appendChild(tbody);
    if (rows.length > MAX_TABLE_ROWS) node.appendChild(el('caption', { class: 'muted', text: 'The first ' + MAX_TABLE_ROWS + ' of ' + rows.length + ' ' + note + '; filter the records below for the rest.' }));
  }

  function renderOutputs() {
    table($('output-table'), ['Output', 'Valid', 'Mobile', 'Persona', 'Made by'], data.session.outputs.map(function (o) {
      var made = el('span');
      callsForFile(o.file).forEach(function (id) { made.appendChild(link(route('call', id), id)); made.appendChild(document.createTextNode(' ')); });
      return [link(route('output', o.file), o.file), el('span', { class: o.valid ? 'ok' : 'failed', text: o.valid ? 'yes' : 'no (' + o.errors.length + ')' }),
        String(o.mobile_optimization_score === null ? 'n/a' : o.mobile_optimization_score), String(o.ari_persona_consistency === null ? 'n/a' : o.ari_persona_consistency), made];
    }), 'outputs');
  }

  function renderCalls() {
    table($('call-table'), ['Call', 'Purpose', 'Model', 'Attempts', 'Outcome', 'Tokens', 'Latency', 'Output'], data.session.calls.map(function (c) {
      return [link(route('call', c.call_id), c.call_id), c.purpose, c.model, String(c.attempts), el('span', { class: c.outcome, text: c.outcome }), fmtInt(c.tokens), fmtMs(c.latency_ms), c.output.join(', ')];
    }), 'calls');
  }

  // ---- the record list: filters, search, a virtualised list ----
  var filters = { stage: '', level: '', file: '', outcome: '', text: '' };

  function options(select, values) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); });
  }

  function renderFilters() {
    var stages = Object.create(null), levels = Object.create(null), outcomes = Object.create(null);
    records.forEach(function (r) { stages[r.stage] = 1; levels[r.level] = 1; if (r._outcome) outcomes[r._outcome] = 1; });
    options($('f-stage'), Object.keys(stages).sort());
    options($('f-level'), ['debug', 'info', 'warn', 'error'].filter(function (l) { return levels[l]; }));
    options($('f-file'), Object.keys(byFile).sort());
    options($('f-outcome'), Object.keys(outcomes).sort());
    ['stage', 'level', 'file', 'outcome'].forEach(function (name) {
      $('f-' + name).addEventListener('change', function (e) { filters[name] = e.target.value; applyFilters(); });
    });
    var timer;
    $('f-text').addEventListener('input', function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { filters.text = e.target.value.trim().toLowerCase(); applyFilters(); }, 120);
    });
  }

  function setFilter(name, value) {
    filters[name] = value;
    $('f-' + name).value = value;
    applyFilters();
  }

  function applyFilters() {
    var f = filters;
    shown = order.filter(function (i) {
      var r = records[i];
      if (f.stage && r.stage !== f.stage) return false;
      if (f.level && r.level !== f.level) return false;
      if (f.outcome && r._outcome !== f.outcome) return false;
      if (f.file && r._files.indexOf(f.file) < 0) return false;
      if (f.text && r._raw.toLowerCase().indexOf(f.text) < 0) return false;
      return true;
    });
    $('count').textContent = fmtInt(shown.length) + ' of ' + fmtInt(records.length) + ' records';
    active = Math.min(active, shown.length - 1);
    var list = $('record-list');
    $('spacer').style.height = shown.length * ROW + 'px';
    list.scrollTop = 0;
    drawRows();
  }

  function rowText(r) {
    var d = r.data || {};
    var extra = r.event === 'llm.attempt' ? ' [' + d.outcome + ', ' + fmtMs(d.latency_ms) + ']' : '';
    return (r.time || '').slice(11, 23) + '  ' + r.level.toUpperCase().padEnd(5) + ' ' + r.stage.padEnd(10) + ' ' + r.event.padEnd(12) + ' ' + (r._files.length ? r._files.join(',') + '  ' : '') + r.msg + extra;
  }

  var drawn = null;
  function drawRows(all) {
    var list = $('record-list');
    var first = all ? 0 : Math.max(0, Math.floor(list.scrollTop / ROW) - 10);
    var last = all ? Math.min(shown.length, PRINT_ROWS) : Math.min(shown.length, Math.ceil((list.scrollTop + list.clientHeight) / ROW) + 10);
    var rows = clear($('rows'));
    for (var k = first; k < last; k++) {
      var r = records[shown[k]];
      var row = el('div', { class: 'row' + (k === active ? ' active' : '') + (r.level === 'error' || r.level === 'warn' ? ' ' + r.level : ''), role: 'option', 'data-k': k, 'aria-selected': k === active ? 'true' : 'false', text: rowText(r) });
      row.style.top = k * ROW + 'px';
      rows.appendChild(row);
    }
    drawn = [first, last];
  }

  function activate(k, open) {
    if (shown.length === 0) return;
    active = Math.max(0, Math.min(shown.length - 1, k));
    var list = $('record-list');
    if (active * ROW < list.scrollTop) list.scrollTop = active * ROW;
    else if ((active + 1) * ROW > list.scrollTop + list.clientHeight) list.scrollTop = (active + 1) * ROW - list.clientHeight;
    drawRows();
    if (open) location.hash = route('record', records[shown[active]]._log + ':' + records[shown[active]]._line);
  }

  function wireList() {
    var list = $('record-list');
    var pending = false;
    list.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; drawRows(); });
    });
    list.addEventListener('click', function (e) {
      var row = e.target.closest('.row');
      if (row) activate(Number(row.getAttribute('data-k')), true);
    });
    list.addEventListener('keydown', function (e) {
      var page = Math.max(1, Math.floor(list.clientHeight / ROW) - 1);
      var moves = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, j: 1, k: -1 };
      if (e.key in moves) activate((active < 0 ? 0 : active) + moves[e.key], false);
      else if (e.key === 'Home') activate(0, false);
      else if (e.key === 'End') activate(shown.length - 1, false);
      else if (e.key === 'Enter' && active >= 0) activate(active, true);
      else return;
      e.preventDefault();
    });
    document.addEventListener('keydown', function (e) {
      var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
      if (e.key === '/' && !typing) { e.preventDefault(); $('f-text').focus(); }
      else if (e.key === 'Escape' && !$('detail').hidden) { e.preventDefault(); closeDetail(); }
    });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    window.addEventListener('beforeprint', function () { drawRows(true); });
    window.addEventListener('afterprint', function () { drawRows(); });
  }

  // ---- details: a call, an output, a record, an issue ----
  function kv(pairs) {
    var dl = el('dl', { class: 'kv' });
    pairs.forEach(function (p) { if (p) { dl.appendChild(el('dt', { text: p[0] })); dl.appendChild(el('dd', null, [typeof p[1] === 'string' ? p[1] : p[1]])); } });
    return dl;
  }
  function pre(text) { return el('pre', { text: text }); }
  function recordLink(i) { var r = records[i]; return link(route('record', r._log + ':' + r._line), r._log + ':' + r._line); }
  function issuesFor(test) { return data.quality.issues.filter(test); }
  function issueList(list) { var ol = el('ol', { class: 'issues' }); list.forEach(function (i) { ol.appendChild(issueItem(i)); }); return ol; }

  function showCall(id) {
    var c = callOf(id), idx = calls[id] || { requests: [], attempts: [] };
    var body = [el('h2', { text: 'Call ' + id })];
    if (c) {
      var outs = el('span');
      c.output.forEach(function (f) { outs.appendChild(link(route('output', f), f)); outs.appendChild(document.createTextNode(' ')); });
      body.push(kv([['Purpose', c.purpose], ['Stage', c.stage], ['Provider', c.provider + ' / ' + c.model], ['Outcome', el('span', { class: c.outcome, text: c.outcome })],
        ['Attempts', String(c.attempts)], ['Tokens', fmtInt(c.tokens)], ['Latency', fmtMs(c.latency_ms)], ['Input', c.input.join(', ') || '-'], ['Produced', outs]]));
    }
    var found = issuesFor(function (i) { return i.call_id === id; });
    if (found.length) body.push(el('h3', { text: 'Quality issues' }), issueList(found));
    idx.attempts.forEach(function (i) {
      var r = records[i], d = r.data || {};
      var usage = d.usage || {};
      body.push(el('h3', null, ['Attempt ' + d.attempt + ' ', el('span', { class: 'badge ' + d.outcome, text: d.outcome }), ' ', recordLink(i)]));
      body.push(kv([['Time', r.time], ['Latency', fmtMs(d.latency_ms)], ['Tokens', fmtInt(usage.prompt_tokens) + ' prompt + ' + fmtInt(usage.completion_tokens) + ' completion'],
        d.finish_reason ? ['Finish reason', d.finish_reason + (d.truncated ? ' (cut off by the token limit)' : '')] : null, d.reason ? ['Reason', d.reason] : null,
        d.http_status ? ['HTTP status', String(d.http_status)] : null, ['Params', JSON.stringify(d.params || {})]]));
      (d.messages || []).forEach(function (m) { body.push(el('div', { class: 'muted', text: m.role }), pre(m.content)); });
      body.push(el('div', { class: 'muted', text: 'response' }), pre(d.response === null || d.response === undefined ? '(no response)' : d.response));
    });
    if (idx.attempts.length === 0 && idx.requests.length) body.push(el('p', { class: 'failed', text: 'Sent, never answered: the process stopped during the call.' }), recordLink(idx.requests[idx.requests.length - 1]));
    openDetail(body);
  }

  function showOutput(file) {
    var o = outputOf(file);
    var body = [el('h2', { text: file })];
    if (o) {
      body.push(kv([['Valid', el('span', { class: o.valid ? 'ok' : 'failed', text: o.valid ? 'yes' : 'no' })], ['Level', o.level || '-'], ['From', o.input || '-'],
        ['Mobile score', String(o.mobile_optimization_score)], ['Persona', String(o.ari_persona_consistency)], ['Schema', o.schema_version || '-']]));
      if (o.errors.length) body.push(el('h3', { text: 'Schema errors' }), pre(o.errors.join('\n')));
    }
    var made = el('ul');
    callsForFile(file).forEach(function (id) { var c = callOf(id); made.appendChild(el('li', null, [link(route('call', id), id), ' ' + (c ? c.purpose + ', ' + c.attempts + ' attempt(s), ' + c.outcome : '')])); });
    body.push(el('h3', { text: 'Made by' }), made);
    var found = issuesFor(function (i) { return i.file === file; });
    if (found.length) body.push(el('h3', { text: 'Quality issues' }), issueList(found));
    var filter = el('button', { type: 'button', text: 'Show its ' + (byFile[file] || []).length + ' records in the list' });
    filter.addEventListener('click', function () { setFilter('file', file); closeDetail(); $('record-list').focus(); });
    body.push(el('p', null, [filter]));
    openDetail(body);
  }

  function showRecord(ref) {
    var parts = ref.split(':');
    var i = recordIndex({ log: parts[0], line: Number(parts[1]) });
    var r = records[i];
    if (!r) return openDetail([el('p', { text: 'No record ' + ref + ' in this session.' })]);
    var body = [el('h2', { text: r._log + ' line ' + r._line })];
    var d = r.data || {};
    if (d.call_id) body.push(el('p', null, ['Call ', link(route('call', d.call_id), d.call_id)]));
    body.push(el('p', null, r._files.map(function (f) { return outputOf(f) ? link(route('output', f), f + ' ') : el('span', { text: f + ' ' }); })));
    var shownRecord = {};
    for (var key in r) if (key.charAt(0) !== '_') shownRecord[key] = r[key];
    body.push(pre(JSON.stringify(shownRecord, null, 2)));
    var k = shown.indexOf(i);
    if (k >= 0) { active = k; drawRows(); }
    openDetail(body);
  }

  function showIssue(id) {
    var issue = data.quality.issues.find(function (i) { return i.id === id; });
    if (!issue) return openDetail([el('p', { text: 'No issue ' + id + '.' })]);
    var evidence = el('ul');
    issue.records.forEach(function (ref) {
      var i = recordIndex(ref), r = records[i];
      evidence.appendChild(el('li', null, [recordLink(i), r ? ' ' + r.event + ': ' + r.msg : '']));
    });
    openDetail([el('h2', { text: issue.id + ' ' + issue.rule }), kv([['Severity', el('span', { class: 'badge ' + issue.severity, text: issue.severity })],
      ['File', issue.file ? link(route('output', issue.file), issue.file) : '-'], ['Where', issue.path || '-'], ['Call', issue.call_id ? link(route('call', issue.call_id), issue.call_id) : '-']]),
      el('p', { text: issue.message }), el('h3', { text: 'Evidence' }), evidence]);
  }

  function openDetail(children) {
    var body = clear($('detail-body'));
    children.forEach(function (c) { body.appendChild(c); });
    $('detail').hidden = false;
    $('detail').scrollTop = 0;
  }
  function closeDetail() {
    $('detail').hidden = true;
    if (location.hash) history.pushState(null, '', location.pathname + location.search);
  }

  function onRoute() {
    var hash = location.hash.slice(1);
    var slash = hash.indexOf('/');
    if (slash < 0) { $('detail').hidden = true; return; }
    var kind = hash.slice(0, slash), id = decodeURIComponent(hash.slice(slash + 1));
    if (kind === 'call') showCall(id);
    else if (kind === 'output') showOutput(id);
    else if (kind === 'record') showRecord(id);
    else if (kind === 'issue') showIssue(id);
  }

  window.addEventListener('hashchange', function () { if (data) onRoute(); });
  window.addEventListener('popstate', function () { if (data) onRoute(); });
  $('detail-close').addEventListener('click', closeDetail);
  wireList();
  load();
})();
`;

;// CONCATENATED MODULE: ./dist/lib/package/viewer/style.js
/** The viewer page's stylesheet: light and dark follow the system setting; print shows everything, unfolded. */
const VIEWER_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
  --ok: #1a7f37; --warn: #9a6700; --error: #cf222e; --info: #0969da; --select: #ddf4ff;
  --row: 24px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
    --ok: #3fb950; --warn: #d29922; --error: #f85149; --info: #4493f8; --select: #1f3a5f;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
header, main > section { padding: 12px 20px; }
header { border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; }
.ok { color: var(--ok); } .retry, .warn, .warning { color: var(--warn); } .failed, .error, .unfinished { color: var(--error); } .info, .debug { color: var(--info); }
nav { position: sticky; top: 0; z-index: 2; display: flex; gap: 16px; padding: 6px 20px; background: var(--bg); border-bottom: 1px solid var(--line); }
.numbers { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px; margin: 10px 0 0; }
.numbers div { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.numbers dt { font-size: 12px; color: var(--muted); }
.numbers dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
ol.issues { margin: 0; padding-left: 0; list-style: none; }
ol.issues li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.timeline { position: relative; border: 1px solid var(--line); border-radius: 6px; padding: 4px 0; }
.lane { position: relative; height: 22px; margin: 2px 0; }
.lane .label { position: absolute; left: 8px; width: 180px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; font-size: 12px; line-height: 22px; }
.lane .track { position: absolute; left: 196px; right: 8px; top: 3px; bottom: 3px; }
.bar { position: absolute; top: 0; bottom: 0; min-width: 3px; border-radius: 3px; background: var(--accent); opacity: .85; border: 0; padding: 0; cursor: pointer; display: flex; overflow: hidden; }
.bar.ok { background: var(--ok); } .bar.failed, .bar.unfinished { background: var(--error); }
.bar .seg { height: 100%; border-right: 1px solid var(--bg); }
.seg.ok { background: var(--ok); } .seg.retry { background: var(--warn); } .seg.failed { background: var(--error); }
form.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
form.filters label { font-size: 12px; color: var(--muted); display: flex; gap: 4px; align-items: center; }
select, input, button { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 6px; }
button { cursor: pointer; }
input[type=search] { min-width: 240px; }
.list { position: relative; height: 60vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; font: 12px/var(--row) ui-monospace, SFMono-Regular, Menlo, monospace; }
.list .row { position: absolute; left: 0; right: 0; height: var(--row); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 0 8px; cursor: pointer; }
.list .row:hover { background: var(--panel); }
.list .row.active { background: var(--select); }
.list .row span { margin-right: 10px; }
aside { position: fixed; top: 0; right: 0; bottom: 0; width: min(720px, 100vw); overflow: auto; background: var(--bg); border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgba(0,0,0,.15); padding: 12px 20px; z-index: 3; }
aside .close { float: right; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 4px 0; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; max-height: 60vh; overflow: auto; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.kv dt { color: var(--muted); } .kv dd { margin: 0; overflow-wrap: anywhere; }
#status { padding: 12px 20px; }
@media print {
  nav, form.filters, aside .close, #status:empty { display: none; }
  aside { position: static; width: auto; box-shadow: none; border: 0; }
  .list { height: auto; overflow: visible; }
  .list .row { position: static; }
  pre { max-height: none; }
  header { background: none; }
}
`;

;// CONCATENATED MODULE: ./dist/lib/package/viewer/page.js










const NEWLINE = 0x0a;
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const DATA_TYPE = 'application/x-lyfe-kt+gzip;base64';
/** How much of a gzip member is read at a time. */
const READ_BYTES = 64 * 1024;
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Base64 of a byte stream, three bytes at a time across chunk boundaries. */
async function* base64(chunks) {
    let carry = Buffer.alloc(0);
    for await (const chunk of chunks) {
        const all = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const cut = all.length - (all.length % 3);
        yield all.subarray(0, cut).toString('base64');
        carry = all.subarray(cut);
    }
    yield carry.toString('base64');
}
function head(title) {
    const name = escapeHtml(title);
    return `<!doctype html>
<html lang="en" data-state="loading">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="lyfe-kt ${escapeHtml(version/* VERSION */.x)}">
<title>${name} - lyfe-kt viewer</title>
<style>${VIEWER_STYLE}</style>
</head>
<body>
<header>
<h1 id="title">${name}</h1>
<p><span id="outcome" class="badge"></span> <span id="session" class="muted"></span></p>
<dl id="numbers" class="numbers"></dl>
</header>
<nav aria-label="Sections"><a href="#issues">Quality issues</a><a href="#timeline">Timeline</a><a href="#outputs">Outputs</a><a href="#calls">Calls</a><a href="#records">Records</a></nav>
<div id="status" role="status">Opening the session…</div>
<main>
<section id="issues"><h2 id="issues-title">Quality issues</h2><ol id="issue-list" class="issues"></ol></section>
<section id="timeline"><h2>Timeline</h2><div id="timeline-body" class="timeline"></div></section>
<section id="outputs"><h2>Outputs</h2><table id="output-table"></table></section>
<section id="calls"><h2>LLM calls</h2><table id="call-table"></table></section>
<section id="records"><h2>Records</h2>
<form id="filters" class="filters">
<label>Stage <select id="f-stage"><option value="">all</option></select></label>
<label>Level <select id="f-level"><option value="">all</option></select></label>
<label>File <select id="f-file"><option value="">all</option></select></label>
<label>Outcome <select id="f-outcome"><option value="">all</option></select></label>
<label>Search <input id="f-text" type="search" placeholder="text in any record (press /)"></label>
<span id="count" class="muted"></span>
</form>
<div id="record-list" class="list" tabindex="0" role="listbox" aria-label="Records (arrow keys move, Enter opens)"><div id="spacer"></div><div id="rows"></div></div>
</section>
</main>
<aside id="detail" hidden aria-label="Details"><button id="detail-close" class="close" type="button">Close (Esc)</button><div id="detail-body"></div></aside>
<script type="${DATA_TYPE}" id="lyfe-processing">`;
}
/** The gzip of `source`, whose lines are counted into `counted` as they pass. */
async function* gzipLines(source, counted) {
    async function* bytes() {
        for await (const chunk of source) {
            const buffer = Buffer.from(chunk);
            for (let at = buffer.indexOf(NEWLINE); at >= 0; at = buffer.indexOf(NEWLINE, at + 1))
                counted.lines += 1;
            yield buffer;
        }
    }
    const gzip = (0,external_node_zlib_.createGzip)();
    const feeding = (0,promises_.pipeline)(external_node_stream_.Readable.from(bytes()), gzip);
    feeding.catch(() => undefined); // its failure also fails the reading below, which reports it
    yield* gzip;
    await feeding;
}
/** The bytes of `file`, READ_BYTES at a time as they are taken: a file of any size is never held whole. */
function* fileChunks(file) {
    const fd = external_node_fs_.openSync(file, 'r');
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafe(READ_BYTES);
            const count = external_node_fs_.readSync(fd, chunk, 0, READ_BYTES, null);
            if (count === 0)
                return;
            yield chunk.subarray(0, count);
        }
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Writes the page to `file` (through a temporary file beside it, renamed into place). */
function writeViewerPage(file, view, records) {
    const processing = { lines: 0 };
    const prompts = { lines: 0 };
    return writePage(file, view, {
        processing: gzipLines(records.processing, processing),
        prompts: gzipLines(records.prompts, prompts),
        get counts() {
            return { processing: processing.lines, prompts: prompts.lines };
        },
    });
}
/** Writes the page of records already compressed; `records.counts` is read once both are embedded. */
async function writePage(file, view, records) {
    async function* page() {
        yield head(view.title);
        yield* base64(records.processing);
        yield `</script>\n<script type="${DATA_TYPE}" id="lyfe-prompts">`;
        yield* base64(records.prompts);
        const data = { ...view, numbers: summaryNumbers(view.session, view.quality), records: records.counts };
        yield `</script>\n<script type="${DATA_TYPE}" id="lyfe-data">${(0,external_node_zlib_.gzipSync)(JSON.stringify(data)).toString('base64')}</script>\n`;
        yield `<script>${VIEWER_SCRIPT}</script>\n</body>\n</html>\n`;
    }
    // Written a part at a time as the parts come, with plain writes: for the few kB of a small session,
    // a write stream's opening, callbacks and closing cost more than the page itself.
    const temp = `${file}.${process.pid}.tmp`;
    try {
        const fd = external_node_fs_.openSync(temp, 'w');
        try {
            for await (const part of page())
                external_node_fs_.writeFileSync(fd, part);
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
        external_node_fs_.renameSync(temp, file);
    }
    catch (error) {
        external_node_fs_.rmSync(temp, { force: true });
        throw error;
    }
}
/** The viewer of a package's `logs/`, from the gzip members its two `*.jsonl` were written into. */
function writeLogsViewer(logsDir, view, members) {
    return writePage(external_node_path_.join(logsDir, constants/* LogFiles */.aE.viewer), view, {
        processing: fileChunks(members.processing),
        prompts: fileChunks(members.prompts),
        counts: members.counts,
    });
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

/***/ 3525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ LanguageRegions),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   aX: () => (/* binding */ languageCode),
/* harmony export */   l4: () => (/* binding */ LanguageNames),
/* harmony export */   od: () => (/* binding */ detectLanguage)
/* harmony export */ });
const LanguageNames = { pt: 'portuguese', en: 'english' };
const LanguageRegions = { pt: 'Brazil', en: 'Global' };
const FUNCTION_WORDS = {
    pt: new Set('o os as de da do das dos em no na nos nas um uma uns umas que e é não para com por mais como mas ao se sua seu suas seus você também muito são está isso esta este pelo pela até sem sobre ou quando mesmo já nossa nosso'.split(' ')),
    en: new Set('the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what which where when how its their our we they'.split(' ')),
};
/** Words as lower-case letter runs (accents kept). */
function words(text) {
    return text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
/** Counts of function words of each language; diacritics only Portuguese uses count too. */
function languageScores(text) {
    const scores = { pt: 0, en: 0 };
    for (const word of words(text)) {
        if (FUNCTION_WORDS.pt.has(word))
            scores.pt++;
        if (FUNCTION_WORDS.en.has(word))
            scores.en++;
        if (/[ãõçâêô]/u.test(word))
            scores.pt++;
    }
    return scores;
}
/** `undefined` when the text has no evidence either way (too short, or numbers only). */
function detectLanguage(text) {
    const { pt, en } = languageScores(text);
    if (pt === en)
        return undefined;
    return pt > en ? 'pt' : 'en';
}
/** `portuguese`/`pt`/`pt-BR`/`english`/`en`... to a code; anything else is unknown. */
function languageCode(value) {
    if (typeof value !== 'string')
        return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'portuguese' || lower === 'português' || lower.startsWith('pt'))
        return 'pt';
    if (lower === 'english' || lower === 'inglês' || lower.startsWith('en'))
        return 'en';
    return undefined;
}


/***/ }),

/***/ 6703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   Dk: () => (/* binding */ MobileLimits),
/* harmony export */   Yf: () => (/* binding */ DIMENSIONS),
/* harmony export */   fJ: () => (/* binding */ ARCHETYPES),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/**
 * The mobile limits of supertask schema v1.1, in one place for the code that writes to them (the
 * offline provider) and the code that scores against them (metrics). A test holds them equal to
 * `schema/supertask_schema_v1.1.json`, so the two cannot drift apart.
 */
const MobileLimits = {
    items: { min: 3, max: 8 },
    duration: { min: 180, max: 600 },
    content: { min: 50, max: 300 },
    tip: { min: 20, max: 150 },
    tips: { min: 0, max: 5 },
    quote: { min: 20, max: 200 },
    author: { min: 1, max: 100 },
    question: { min: 15, max: 120 },
    option: { min: 3, max: 60 },
    options: { min: 2, max: 5 },
    explanation: { min: 30, max: 250 },
    title: { min: 1, max: 200 },
};
function within(length, range) {
    return length >= range.min && length <= range.max;
}
const DIMENSIONS = ['physicalHealth', 'mentalHealth', 'relationships', 'work', 'spirituality'];
const ARCHETYPES = ['warrior', 'explorer', 'sage', 'ruler'];
const LEVELS = ['beginner', 'advanced'];


/***/ }),

/***/ 9934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ VOICE_MARKERS),
/* harmony export */   O2: () => (/* binding */ mobileOptimizationScore),
/* harmony export */   S3: () => (/* binding */ itemsOf),
/* harmony export */   _K: () => (/* binding */ spokenText),
/* harmony export */   t4: () => (/* binding */ ariPersonaConsistency)
/* harmony export */ });
/* unused harmony export FORBIDDEN_PATTERNS */
/* harmony import */ var _records_quality_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3525);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6703);



function itemsOf(supertask) {
    const items = supertask?.flexibleItems;
    return Array.isArray(items) ? items.filter((item) => item !== null && typeof item === 'object') : [];
}
/** 1 inside the range; outside, the fraction of the way: too few `n/min`, too many `max/n`. */
function rangeFit(value, range) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        return 0;
    if (value < range.min)
        return value / range.min;
    if (value > range.max)
        return range.max / value;
    return 1;
}
/** Every text of a supertask that has a mobile length limit, with that limit. */
function limitedTexts(items) {
    const texts = [];
    for (const item of items) {
        if (item.type === 'content') {
            texts.push({ text: item.content, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.content });
            if (Array.isArray(item.tips))
                for (const tip of item.tips)
                    texts.push({ text: tip, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.tip });
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.quote });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.question });
            if (Array.isArray(item.options))
                for (const option of item.options)
                    texts.push({ text: option, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.option });
            texts.push({ text: item.explanation, range: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.explanation });
        }
    }
    return texts;
}
/**
 * How well one supertask fits a phone, 0–1:
 * `0.25 · items + 0.25 · duration + 0.5 · texts`, where items and duration are range fits of
 * the item count (3–8) and `estimatedDuration` (180–600 s), and texts is the share of limited
 * texts (card, tip, quote, question, option, explanation) within their v1.1 length limits.
 */
function mobileOptimizationScore(supertask) {
    const items = itemsOf(supertask);
    const texts = limitedTexts(items);
    const textFit = texts.length ? texts.filter(({ text, range }) => typeof text === 'string' && (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(text.length, range)).length / texts.length : 0;
    const duration = supertask?.estimatedDuration;
    return (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_2__/* .roundMetric */ .V)(0.25 * rangeFit(items.length, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.items) + 0.25 * rangeFit(duration, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MobileLimits */ .Dk.duration) + 0.5 * textFit);
}
/** Words that mark Ari's way of addressing the reader: second person and invitations. */
const VOICE_MARKERS = {
    pt: /(?<![\p{L}])(você|vocês|seu|sua|seus|suas|vamos|experimente|tente|lembre|perceba|pergunte)(?![\p{L}])/iu,
    en: /(?<![\p{L}])(you|your|yours|yourself|let's|try|notice|remember|ask yourself)(?![\p{L}])/iu,
};
/** What Ari never writes on a card: AI self-reference, placeholders, markdown left in the text. */
const FORBIDDEN_PATTERNS = [
    /\b(as an ai|language model|i am an ai|i'm an ai)\b/i,
    /\b(como (uma )?ia|modelo de linguagem|sou uma ia)\b/i,
    /\b(TODO|TBD|FIXME)\b/,
    /lorem ipsum|placeholder|\[insert|\{\{|\}\}/i,
    /^#{1,6}\s|\n#{1,6}\s/,
    /\*\*/,
];
function itemTexts(item) {
    const texts = [item.content, item.question, item.explanation, ...(Array.isArray(item.tips) ? item.tips : []), ...(Array.isArray(item.options) ? item.options : [])];
    return texts.filter((text) => typeof text === 'string');
}
/** The texts an item speaks to the reader with: a card's text and tips, a quiz's question and explanation. Quotes are someone else's words. */
function spokenText(item) {
    if (item.type === 'content')
        return [item.content, ...(Array.isArray(item.tips) ? item.tips : [])].filter((t) => typeof t === 'string').join(' ');
    if (item.type === 'quiz')
        return [item.question, item.explanation].filter((t) => typeof t === 'string').join(' ');
    return undefined;
}
/**
 * How consistently a supertask speaks as Ari, 0–1: the mean of four parts.
 * - author: share of content cards whose author is "Ari".
 * - voice: share of spoken items (cards, quizzes) with a second-person or invitation marker,
 *   doubled and capped at 1 (half the items in Ari's voice is full marks: cards may quote the source).
 * - language: share of items whose detected language is the expected one (the source's, else
 *   the declared `metadata.language`); an item too short to tell counts as a match.
 * - clean: 1 when no text matches a forbidden pattern, else 0.
 */
function ariPersonaConsistency(supertask, sourceLanguage) {
    const items = itemsOf(supertask);
    if (items.length === 0)
        return 0;
    const cards = items.filter((item) => item.type === 'content');
    const author = cards.length ? cards.filter((item) => item.author === 'Ari').length / cards.length : 0;
    const spoken = items.map(spokenText).filter((text) => text !== undefined);
    const metadata = supertask.metadata;
    const expected = sourceLanguage ?? (0,_language_js__WEBPACK_IMPORTED_MODULE_0__/* .languageCode */ .aX)(metadata?.language);
    const markers = expected ? [VOICE_MARKERS[expected]] : Object.values(VOICE_MARKERS);
    const voiced = spoken.filter((text) => markers.some((marker) => marker.test(text)));
    const voice = spoken.length ? Math.min(1, (2 * voiced.length) / spoken.length) : 0;
    const languages = items.map((item) => (0,_language_js__WEBPACK_IMPORTED_MODULE_0__/* .detectLanguage */ .od)(itemTexts(item).join(' ')));
    const language = expected ? languages.filter((detected) => detected === undefined || detected === expected).length / items.length : 0;
    const clean = items.some((item) => itemTexts(item).some((text) => FORBIDDEN_PATTERNS.some((pattern) => pattern.test(text)))) ? 0 : 1;
    return (0,_records_quality_js__WEBPACK_IMPORTED_MODULE_2__/* .roundMetric */ .V)((author + voice + language + clean) / 4);
}


/***/ }),

/***/ 8340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ markdownBlocks),
/* harmony export */   PC: () => (/* binding */ splitSentences),
/* harmony export */   ZF: () => (/* binding */ contentWords),
/* harmony export */   c6: () => (/* binding */ stableHash),
/* harmony export */   f4: () => (/* binding */ termFrequencies),
/* harmony export */   iE: () => (/* binding */ windowAround),
/* harmony export */   vY: () => (/* binding */ fitText),
/* harmony export */   x4: () => (/* binding */ isStopword),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony export plain */
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3525);

const STOPWORDS = new Set((
// Portuguese
'o os as de da do das dos em no na nos nas um uma uns umas que e é não para com por mais como mas ao aos à às se sua seu suas seus você vocês ' +
    'também muito muita muitos muitas são está estão isso esta este essa esse pelo pela pelos pelas até sem sobre ou quando mesmo já nossa nosso ' +
    'ser ter fazer pode podem deve cada outro outros outra outras todo todos toda todas sempre nada algo ainda menos apenas assim então porque ' +
    'tem têm foi era há seja sejam tão quanto onde qual quais pois depois antes entre também mas nem lhe eles elas ele ela nós isto aquilo ' +
    // English
    'the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what ' +
    'which where when how its their our we they them there here into about also just than then too very will would should could may might must ' +
    'do does did done been being some any all each every other such only own same so no nor if while because through over under again further ' +
    "one two three things thing today it's here's there's don't can't you're").split(' '));
/** Content words: not function words, at least four letters. */
function contentWords(text) {
    return (0,_language_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word));
}
function isStopword(word) {
    return STOPWORDS.has(word.toLowerCase());
}
/** Inline markdown to plain text: emphasis, code, links and images, HTML tags. */
function plain(inline) {
    return inline
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
function emphasisOf(inline) {
    return [...inline.matchAll(/(\*\*|__)(.+?)\1/g)].map((match) => plain(match[2] ?? '')).filter((phrase) => phrase.length > 0);
}
/** Sentence ends: `.`, `!`, `?`, `…` followed by space and a capital, digit or opening quote. */
function splitSentences(text) {
    return text
        .split(/(?<=[.!?…])\s+(?=["“'(\p{Lu}\d])/u)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length > 0);
}
/** A list item becomes a sentence: it gets the full stop its author left out. */
function asSentence(text) {
    return /[.!?…:;]$/.test(text) ? text : `${text}.`;
}
function markdownBlocks(body) {
    const blocks = [];
    let paragraph = [];
    let list;
    let quote;
    let fenced = false;
    const flushParagraph = () => {
        if (paragraph.length === 0)
            return;
        let inline = paragraph.join(' ');
        const signed = /^(\*\*|__)([^\s*_]+)\1\s+(?=\p{Lu})/u.exec(inline);
        if (signed)
            inline = inline.slice(signed[0].length);
        const block = { kind: 'paragraph', level: 0, sentences: splitSentences(plain(inline)), emphasis: emphasisOf(inline) };
        if (signed)
            block.signature = signed[2];
        blocks.push(block);
        paragraph = [];
    };
    const flushList = () => {
        if (!list)
            return;
        const items = list;
        list = undefined;
        const previous = blocks.at(-1);
        const sentences = items.map((item) => asSentence(plain(item))).filter((item) => item.length > 1);
        const emphasis = items.flatMap(emphasisOf);
        // A lead-in that ends with a colon belongs to its list: "Here is where: 1. ... 2. ..."
        if (previous?.kind === 'paragraph' && previous.sentences.at(-1)?.endsWith(':')) {
            previous.kind = 'list';
            previous.sentences.push(...sentences);
            previous.emphasis.push(...emphasis);
        }
        else {
            blocks.push({ kind: 'list', level: 0, sentences, emphasis });
        }
    };
    const flushQuote = () => {
        if (!quote)
            return;
        const inline = quote.join(' ');
        blocks.push({ kind: 'quote', level: 0, sentences: [plain(inline)], emphasis: emphasisOf(inline) });
        quote = undefined;
    };
    const flush = () => {
        flushParagraph();
        flushList();
        flushQuote();
    };
    for (const raw of body.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (/^\s*(```|~~~)/.test(line)) {
            flush();
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const heading = /^(#{1,6})\s+(.*)$/.exec(line);
        const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
        const quoted = /^\s*>\s?(.*)$/.exec(line);
        if (line.trim() === '' || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\|/.test(line) || /^\s*<!--/.test(line)) {
            flushParagraph();
            flushQuote();
            continue;
        }
        if (heading) {
            flush();
            const text = plain(heading[2] ?? '').replace(/\s*#+$/, '');
            if (text)
                blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, sentences: [text], emphasis: [] });
        }
        else if (item) {
            flushParagraph();
            flushQuote();
            list ??= [];
            list.push(item[1] ?? '');
        }
        else if (quoted) {
            flushParagraph();
            flushList();
            quote ??= [];
            quote.push(quoted[1] ?? '');
        }
        else if (list && /^\s+\S/.test(raw)) {
            list[list.length - 1] += ` ${line.trim()}`;
        }
        else {
            flushList();
            flushQuote();
            paragraph.push(line.trim());
        }
    }
    flush();
    return blocks;
}
/**
 * Shortens `text` to at most `max` characters at the latest sentence end, else clause boundary,
 * else word boundary, marking a cut with `…`. Text already short enough is returned as is.
 */
function fitText(text, max) {
    if (text.length <= max)
        return text;
    const head = text.slice(0, max - 1);
    const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
    if (sentenceEnd >= max / 2)
        return head.slice(0, sentenceEnd + 1);
    const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' - '), head.lastIndexOf(': '));
    const cut = clause >= max / 2 ? clause : head.lastIndexOf(' ');
    return `${head.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—-]+$/, '')}…`;
}
/** Cuts `text` to a window of whole words around `[start, end)` that fits in `max`, marking cuts with `…`. */
function windowAround(text, start, end, max) {
    if (text.length <= max)
        return text;
    let from = start;
    let to = end;
    // Grow one word at a time, alternating sides, while the window still fits.
    for (let grew = true; grew;) {
        grew = false;
        const before = text.lastIndexOf(' ', from - 2);
        const nextFrom = before < 0 ? 0 : before + 1;
        if (from > 0 && to - nextFrom + 2 <= max) {
            from = nextFrom;
            grew = true;
        }
        const after = text.indexOf(' ', to + 1);
        const nextTo = after < 0 ? text.length : after;
        if (to < text.length && nextTo - from + 2 <= max) {
            to = nextTo;
            grew = true;
        }
    }
    return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
/** FNV-1a: a stable 32-bit hash, so that "random" choices are the same on every run. */
function stableHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}
/** How often each content word occurs in the sentences. */
function termFrequencies(sentences) {
    const counts = new Map();
    for (const sentence of sentences)
        for (const word of contentWords(sentence))
            counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
}
function slug(text) {
    return (text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'content');
}


/***/ }),

/***/ 1560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ isSchemaVersion),
/* harmony export */   H4: () => (/* binding */ validateSupertask),
/* harmony export */   e$: () => (/* binding */ loadSchema),
/* harmony export */   jK: () => (/* binding */ DEFAULT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSIONS, schemaPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
/* harmony import */ var _validators_generated_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4207);





const SCHEMA_VERSIONS = ['1.0', '1.1'];
const DEFAULT_SCHEMA_VERSION = '1.1';
/**
 * The repository root: the nearest folder above this module whose package.json is lyfe-kt's.
 * This module runs from src/pipeline (vitest), dist/lib/pipeline (the library) and dist/cli
 * (the bundle), so a fixed relative path would be wrong in two of the three.
 */
function packageRoot() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        try {
            const manifest = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'package.json'), 'utf8'));
            if (manifest.name === 'lyfe-kt')
                return dir;
        }
        catch {
            // no package.json here: keep walking up
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('cannot find the lyfe-kt package folder holding schema/', { fix: 'Reinstall lyfe-kt' });
        dir = parent;
    }
}
function schemaPath(version) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(packageRoot(), 'schema', `supertask_schema_v${version}.json`);
}
const schemas = new Map();
/** Compiled from the shipped schemas at build time (scripts/validators.mjs). */
const validators = { '1.0': _validators_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .validateSupertask_1_0 */ .SQ, '1.1': _validators_generated_js__WEBPACK_IMPORTED_MODULE_4__/* .validateSupertask_1_1 */ .Lc };
/** The JSON Schema of a version, as shipped in `schema/`. */
function loadSchema(version) {
    let schema = schemas.get(version);
    if (!schema) {
        schema = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(schemaPath(version), 'utf8'));
        schemas.set(version, schema);
    }
    return schema;
}
/** `/flexibleItems/0/content` -> `$.flexibleItems[0].content` */
function jsonPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${acc}.${part}` : `${acc}[${JSON.stringify(part)}]`), '$');
}
function valueAt(root, pointer) {
    let value = root;
    for (const part of pointer.split('/').slice(1)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return value;
}
function describe(error, root) {
    const where = jsonPath(error.instancePath);
    const value = valueAt(root, error.instancePath);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${where}: missing required property "${String(params.missingProperty)}"`;
        case 'additionalProperties':
            return `${where}: unexpected property "${String(params.additionalProperty)}"`;
        case 'maxLength':
        case 'minLength':
            return `${where}: ${error.message} (has ${typeof value === 'string' ? value.length : '?'})`;
        case 'maxItems':
        case 'minItems':
            return `${where}: ${error.message} (has ${Array.isArray(value) ? value.length : '?'})`;
        case 'maximum':
        case 'minimum':
            return `${where}: must be ${String(params.comparison)} ${String(params.limit)} (is ${JSON.stringify(value)})`;
        case 'enum':
            return `${where}: must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')} (is ${JSON.stringify(value)})`;
        case 'const':
            return `${where}: must be ${JSON.stringify(params.allowedValue)} (is ${JSON.stringify(value)})`;
        default:
            return `${where}: ${error.message ?? error.keyword}`;
    }
}
/**
 * Reduces the errors of a `oneOf` over item types to those of the branch the item says it is
 * (its `type`): otherwise a quote with a long text reports every rule of content cards and
 * quizzes as well, and the one that matters is lost.
 */
function relevantErrors(errors, root, schema) {
    const branches = (schema.properties?.flexibleItems?.items?.oneOf ?? []).map((branch) => branch.properties?.type?.const);
    const itemPath = /^\/flexibleItems\/(\d+)/;
    const branchOf = (error) => {
        const match = /\/flexibleItems\/items\/oneOf\/(\d+)\//.exec(error.schemaPath);
        return match ? Number(match[1]) : undefined;
    };
    const kept = [];
    const unknownTypes = new Set();
    for (const error of errors) {
        const item = itemPath.exec(error.instancePath);
        if (!item) {
            kept.push(error);
            continue;
        }
        const type = valueAt(root, `/flexibleItems/${item[1]}`)?.type;
        const wanted = branches.indexOf(typeof type === 'string' ? type : undefined);
        if (wanted < 0) {
            unknownTypes.add(item[1]);
            continue;
        }
        if (error.keyword === 'oneOf' || branchOf(error) !== wanted)
            continue;
        kept.push(error);
    }
    for (const index of unknownTypes) {
        kept.push({
            keyword: 'enum',
            instancePath: `/flexibleItems/${index}/type`,
            schemaPath: '#/properties/flexibleItems/items/oneOf',
            params: { allowedValues: branches },
            message: 'must be an item type',
        });
    }
    return kept;
}
/** Human-readable errors of `value` against the supertask schema `version`, each with its JSON path; empty when valid. */
function validateSupertask(value, version) {
    const validate = validators[version];
    if (validate(value))
        return [];
    const errors = relevantErrors(validate.errors ?? [], value, loadSchema(version)).map((error) => describe(error, value));
    return [...new Set(errors)];
}
function isSchemaVersion(value) {
    return SCHEMA_VERSIONS.includes(value);
}


/***/ }),

/***/ 1093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ templateParts),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* unused harmony export Headings */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3478);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3525);
/* harmony import */ var _offline_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8340);




/**
 * The filled template: the interface between preprocess and generate. YAML frontmatter for the
 * supertask's fixed fields, then sections a person can read and edit before generating. The
 * source itself is kept in it (headings demoted under its own section), so that generate needs
 * nothing but this file.
 */
const Headings = {
    en: { content: 'Content', overview: 'Overview', keyIdeas: 'Key Ideas', keyIdea: 'Key Idea', quotes: 'Quotes', coaching: "Ari's Coaching", source: 'Source Text' },
    pt: { content: 'Conteúdo', overview: 'Visão Geral', keyIdeas: 'Conceitos-Chave', keyIdea: 'Conceito-Chave', quotes: 'Citações', coaching: 'Coaching do Ari', source: 'Texto-Fonte' },
};
function demoteHeadings(markdown, by) {
    return markdown.replace(/^(#{1,6})(\s)/gm, (_, hashes, space) => `${'#'.repeat(Math.min(6, hashes.length + by))}${space}`);
}
function renderTemplate(analysis, source) {
    const headings = Headings[(0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .languageCode */ .aX)(analysis.language) ?? 'en'];
    const frontmatter = {
        title: analysis.title,
        description: analysis.description,
        dimension: analysis.dimension,
        archetype: analysis.archetype,
        related_to_type: 'GENERIC',
        related_to_id: (0,_offline_text_js__WEBPACK_IMPORTED_MODULE_3__/* .slug */ .yR)(source.name),
        language: analysis.language,
        region: analysis.region,
        complexity_level: analysis.ari_analysis.content_analysis.complexity_level,
        learning_objectives: analysis.learning_objectives,
        tags: analysis.tags,
        source_file: `${source.name}.md`,
    };
    const lines = ['---', (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(frontmatter, { lineWidth: 0 }).trimEnd(), '---', '', `# ${headings.content}`, '', `## ${headings.overview}`, '', analysis.description, ''];
    lines.push(`## ${headings.keyIdeas}`, '');
    analysis.key_ideas.forEach((idea, index) => lines.push(`### ${headings.keyIdea} ${index + 1}`, '', idea, ''));
    if (analysis.quotes.length > 0) {
        lines.push(`## ${headings.quotes}`, '');
        for (const quote of analysis.quotes)
            lines.push(`> "${quote.text}" - ${quote.author}`, '');
    }
    if (analysis.coaching_opportunities.length > 0) {
        lines.push(`## ${headings.coaching}`, '');
        for (const hook of analysis.coaching_opportunities)
            lines.push(`- **${hook.suggestion}** ${hook.coaching_prompt}`);
        lines.push('');
    }
    lines.push(`## ${headings.source}`, '', demoteHeadings(source.body.trim(), 2), '');
    return lines.join('\n');
}
const sectionNames = new Map(Object.values(Headings).flatMap((names) => ['overview', 'keyIdeas', 'quotes', 'coaching', 'source'].map((key) => [names[key].toLowerCase(), key])));
const QUOTE = /^>?\s*["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** Reads a filled template back into its parts. Sections it does not know are left in `source` only when it has no source section. */
function parseTemplate(text, file) {
    return templateParts((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFrontmatter */ .yv)(text, file));
}
/** `parseTemplate` of a template whose frontmatter was already split from its body (by `readMarkdown`). */
function templateParts({ frontmatter, body }) {
    const sections = new Map();
    let current;
    let title;
    for (const line of body.split(/\r?\n/)) {
        const h2 = /^##\s+(.+?)\s*$/.exec(line);
        if (h2) {
            const key = sectionNames.get((h2[1] ?? '').toLowerCase());
            current = key ? [] : undefined;
            if (key)
                sections.set(key, current);
            continue;
        }
        const h1 = /^#\s+(.+?)\s*$/.exec(line);
        if (h1 && !title && !current)
            title = h1[1];
        current?.push(line);
    }
    const section = (key) => sections.get(key)?.join('\n').trim();
    const keyIdeas = (section('keyIdeas') ?? '')
        .split(/^###\s+.*$/m)
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part.length > 0);
    const quotes = (section('quotes') ?? '')
        .split(/\r?\n/)
        .map((line) => QUOTE.exec(line.trim()))
        .filter((match) => match !== null)
        .map((match) => ({ text: (match[1] ?? '').trim(), author: (match[2] ?? '').trim() }));
    const coaching = (section('coaching') ?? '')
        .split(/\r?\n/)
        .map((line) => /^\s*[-*]\s+\*\*(.+?)\*\*\s*(.*)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ suggestion: (match[1] ?? '').trim(), prompt: (match[2] ?? '').trim() }));
    return {
        frontmatter,
        language: (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .languageCode */ .aX)(frontmatter.language),
        title: typeof frontmatter.title === 'string' && frontmatter.title.trim() ? frontmatter.title.trim() : title,
        overview: section('overview'),
        keyIdeas,
        quotes,
        coaching,
        source: section('source') ?? body,
    };
}


/***/ }),

/***/ 4207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ validateAnalysisReply),
/* harmony export */   Lc: () => (/* binding */ validateSupertask_1_1),
/* harmony export */   SQ: () => (/* binding */ validateSupertask_1_0)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(779);

const runtime0 = ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__?.__esModule ? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ : /*#__PURE__*/ (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __webpack_require__.t(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__, 2)));

const runtime2 = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__?.__esModule ? ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__ : /*#__PURE__*/ (ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __webpack_require__.t(ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__, 2)));
const schema11 = { "type": "object", "required": ["title", "description", "language", "region", "dimension", "archetype", "key_ideas", "quotes", "learning_objectives", "tags", "ari_analysis", "coaching_opportunities"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": { "type": "string", "minLength": 1 }, "language": { "enum": ["portuguese", "english"] }, "region": { "type": "string", "minLength": 1 }, "dimension": { "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"] }, "archetype": { "enum": ["warrior", "explorer", "sage", "ruler"] }, "key_ideas": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "maxItems": 8 }, "quotes": { "type": "array", "maxItems": 5, "items": { "type": "object", "required": ["text", "author"], "properties": { "text": { "type": "string", "minLength": 1 }, "author": { "type": "string", "minLength": 1 } } } }, "learning_objectives": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tags": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "ari_analysis": { "type": "object", "required": ["applicable_frameworks", "total_frameworks_identified", "content_analysis"], "properties": { "applicable_frameworks": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "evidence": { "type": "string" } } } }, "total_frameworks_identified": { "type": "integer", "minimum": 0 }, "content_analysis": { "type": "object", "required": ["word_count", "primary_themes", "complexity_level", "language"], "properties": { "word_count": { "type": "integer", "minimum": 0 }, "primary_themes": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "complexity_level": { "enum": ["beginner", "intermediate", "advanced"] }, "language": { "enum": ["portuguese", "english"] } } } } }, "coaching_opportunities": { "type": "array", "items": { "type": "object", "required": ["type", "framework", "suggestion", "coaching_prompt"], "properties": { "type": { "type": "string", "minLength": 1 }, "framework": { "type": "string", "minLength": 1 }, "suggestion": { "type": "string", "minLength": 1 }, "coaching_prompt": { "type": "string", "minLength": 1 } } } } } };
const func2 = runtime0.default;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.description === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.language === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.region === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.key_ideas === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key_ideas" }, message: "must have required property '" + "key_ideas" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.quotes === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quotes" }, message: "must have required property '" + "quotes" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.learning_objectives === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "learning_objectives" }, message: "must have required property '" + "learning_objectives" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    if (data.tags === undefined) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property '" + "tags" + "'" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    if (data.ari_analysis === undefined) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ari_analysis" }, message: "must have required property '" + "ari_analysis" + "'" };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    if (data.coaching_opportunities === undefined) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coaching_opportunities" }, message: "must have required property '" + "coaching_opportunities" + "'" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err13 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data1 = data.description;
        if (typeof data1 === "string") {
            if (func2(data1) < 1) {
                const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.language !== undefined) {
        let data2 = data.language;
        if (!((data2 === "portuguese") || (data2 === "english"))) {
            const err17 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema11.properties.language.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.region !== undefined) {
        let data3 = data.region;
        if (typeof data3 === "string") {
            if (func2(data3) < 1) {
                const err18 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data4 = data.dimension;
        if (!(((((data4 === "physicalHealth") || (data4 === "mentalHealth")) || (data4 === "relationships")) || (data4 === "work")) || (data4 === "spirituality"))) {
            const err20 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema11.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data5 = data.archetype;
        if (!((((data5 === "warrior") || (data5 === "explorer")) || (data5 === "sage")) || (data5 === "ruler"))) {
            const err21 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema11.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.key_ideas !== undefined) {
        let data6 = data.key_ideas;
        if (Array.isArray(data6)) {
            if (data6.length > 8) {
                const err22 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data6.length < 1) {
                const err23 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                        const err24 = { instancePath: instancePath + "/key_ideas/" + i0, schemaPath: "#/properties/key_ideas/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/key_ideas/" + i0, schemaPath: "#/properties/key_ideas/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/key_ideas", schemaPath: "#/properties/key_ideas/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.quotes !== undefined) {
        let data8 = data.quotes;
        if (Array.isArray(data8)) {
            if (data8.length > 5) {
                const err27 = { instancePath: instancePath + "/quotes", schemaPath: "#/properties/quotes/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data9 = data8[i1];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.text === undefined) {
                        const err28 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property '" + "text" + "'" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data9.author === undefined) {
                        const err29 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data9.text !== undefined) {
                        let data10 = data9.text;
                        if (typeof data10 === "string") {
                            if (func2(data10) < 1) {
                                const err30 = { instancePath: instancePath + "/quotes/" + i1 + "/text", schemaPath: "#/properties/quotes/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/quotes/" + i1 + "/text", schemaPath: "#/properties/quotes/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data9.author !== undefined) {
                        let data11 = data9.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) < 1) {
                                const err32 = { instancePath: instancePath + "/quotes/" + i1 + "/author", schemaPath: "#/properties/quotes/items/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/quotes/" + i1 + "/author", schemaPath: "#/properties/quotes/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/quotes/" + i1, schemaPath: "#/properties/quotes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/quotes", schemaPath: "#/properties/quotes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.learning_objectives !== undefined) {
        let data12 = data.learning_objectives;
        if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (typeof data13 === "string") {
                    if (func2(data13) < 1) {
                        const err36 = { instancePath: instancePath + "/learning_objectives/" + i2, schemaPath: "#/properties/learning_objectives/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/learning_objectives/" + i2, schemaPath: "#/properties/learning_objectives/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/learning_objectives", schemaPath: "#/properties/learning_objectives/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.tags !== undefined) {
        let data14 = data.tags;
        if (Array.isArray(data14)) {
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data15 = data14[i3];
                if (typeof data15 === "string") {
                    if (func2(data15) < 1) {
                        const err39 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
        }
        else {
            const err41 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.ari_analysis !== undefined) {
        let data16 = data.ari_analysis;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.applicable_frameworks === undefined) {
                const err42 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "applicable_frameworks" }, message: "must have required property '" + "applicable_frameworks" + "'" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data16.total_frameworks_identified === undefined) {
                const err43 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "total_frameworks_identified" }, message: "must have required property '" + "total_frameworks_identified" + "'" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if (data16.content_analysis === undefined) {
                const err44 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/required", keyword: "required", params: { missingProperty: "content_analysis" }, message: "must have required property '" + "content_analysis" + "'" };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            if (data16.applicable_frameworks !== undefined) {
                let data17 = data16.applicable_frameworks;
                if (Array.isArray(data17)) {
                    const len4 = data17.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data18 = data17[i4];
                        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            if (data18.name === undefined) {
                                const err45 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4, schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (data18.name !== undefined) {
                                let data19 = data18.name;
                                if (typeof data19 === "string") {
                                    if (func2(data19) < 1) {
                                        const err46 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/name", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err46];
                                        }
                                        else {
                                            vErrors.push(err46);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err47 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/name", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            if (data18.evidence !== undefined) {
                                if (typeof data18.evidence !== "string") {
                                    const err48 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4 + "/evidence", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks/" + i4, schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err50 = { instancePath: instancePath + "/ari_analysis/applicable_frameworks", schemaPath: "#/properties/ari_analysis/properties/applicable_frameworks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            if (data16.total_frameworks_identified !== undefined) {
                let data21 = data16.total_frameworks_identified;
                if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                    const err51 = { instancePath: instancePath + "/ari_analysis/total_frameworks_identified", schemaPath: "#/properties/ari_analysis/properties/total_frameworks_identified/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (typeof data21 == "number") {
                    if (data21 < 0 || isNaN(data21)) {
                        const err52 = { instancePath: instancePath + "/ari_analysis/total_frameworks_identified", schemaPath: "#/properties/ari_analysis/properties/total_frameworks_identified/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            if (data16.content_analysis !== undefined) {
                let data22 = data16.content_analysis;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.word_count === undefined) {
                        const err53 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "word_count" }, message: "must have required property '" + "word_count" + "'" };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                    if (data22.primary_themes === undefined) {
                        const err54 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "primary_themes" }, message: "must have required property '" + "primary_themes" + "'" };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                    if (data22.complexity_level === undefined) {
                        const err55 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "complexity_level" }, message: "must have required property '" + "complexity_level" + "'" };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                    if (data22.language === undefined) {
                        const err56 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                    if (data22.word_count !== undefined) {
                        let data23 = data22.word_count;
                        if (!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) {
                            const err57 = { instancePath: instancePath + "/ari_analysis/content_analysis/word_count", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/word_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (typeof data23 == "number") {
                            if (data23 < 0 || isNaN(data23)) {
                                const err58 = { instancePath: instancePath + "/ari_analysis/content_analysis/word_count", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/word_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data22.primary_themes !== undefined) {
                        let data24 = data22.primary_themes;
                        if (Array.isArray(data24)) {
                            const len5 = data24.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data25 = data24[i5];
                                if (typeof data25 === "string") {
                                    if (func2(data25) < 1) {
                                        const err59 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes/" + i5, schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err60 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes/" + i5, schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err61 = { instancePath: instancePath + "/ari_analysis/content_analysis/primary_themes", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/primary_themes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                    if (data22.complexity_level !== undefined) {
                        let data26 = data22.complexity_level;
                        if (!(((data26 === "beginner") || (data26 === "intermediate")) || (data26 === "advanced"))) {
                            const err62 = { instancePath: instancePath + "/ari_analysis/content_analysis/complexity_level", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/complexity_level/enum", keyword: "enum", params: { allowedValues: schema11.properties.ari_analysis.properties.content_analysis.properties.complexity_level.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                    if (data22.language !== undefined) {
                        let data27 = data22.language;
                        if (!((data27 === "portuguese") || (data27 === "english"))) {
                            const err63 = { instancePath: instancePath + "/ari_analysis/content_analysis/language", schemaPath: "#/properties/ari_analysis/properties/content_analysis/properties/language/enum", keyword: "enum", params: { allowedValues: schema11.properties.ari_analysis.properties.content_analysis.properties.language.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err64 = { instancePath: instancePath + "/ari_analysis/content_analysis", schemaPath: "#/properties/ari_analysis/properties/content_analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
        }
        else {
            const err65 = { instancePath: instancePath + "/ari_analysis", schemaPath: "#/properties/ari_analysis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err65];
            }
            else {
                vErrors.push(err65);
            }
            errors++;
        }
    }
    if (data.coaching_opportunities !== undefined) {
        let data28 = data.coaching_opportunities;
        if (Array.isArray(data28)) {
            const len6 = data28.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data29 = data28[i6];
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.type === undefined) {
                        const err66 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                    if (data29.framework === undefined) {
                        const err67 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property '" + "framework" + "'" };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                    if (data29.suggestion === undefined) {
                        const err68 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "suggestion" }, message: "must have required property '" + "suggestion" + "'" };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                    if (data29.coaching_prompt === undefined) {
                        const err69 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/required", keyword: "required", params: { missingProperty: "coaching_prompt" }, message: "must have required property '" + "coaching_prompt" + "'" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                    if (data29.type !== undefined) {
                        let data30 = data29.type;
                        if (typeof data30 === "string") {
                            if (func2(data30) < 1) {
                                const err70 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/type", schemaPath: "#/properties/coaching_opportunities/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err71 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/type", schemaPath: "#/properties/coaching_opportunities/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                    }
                    if (data29.framework !== undefined) {
                        let data31 = data29.framework;
                        if (typeof data31 === "string") {
                            if (func2(data31) < 1) {
                                const err72 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/framework", schemaPath: "#/properties/coaching_opportunities/items/properties/framework/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err73 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/framework", schemaPath: "#/properties/coaching_opportunities/items/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                    if (data29.suggestion !== undefined) {
                        let data32 = data29.suggestion;
                        if (typeof data32 === "string") {
                            if (func2(data32) < 1) {
                                const err74 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/suggestion", schemaPath: "#/properties/coaching_opportunities/items/properties/suggestion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err75 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/suggestion", schemaPath: "#/properties/coaching_opportunities/items/properties/suggestion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    if (data29.coaching_prompt !== undefined) {
                        let data33 = data29.coaching_prompt;
                        if (typeof data33 === "string") {
                            if (func2(data33) < 1) {
                                const err76 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/coaching_prompt", schemaPath: "#/properties/coaching_opportunities/items/properties/coaching_prompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err77 = { instancePath: instancePath + "/coaching_opportunities/" + i6 + "/coaching_prompt", schemaPath: "#/properties/coaching_opportunities/items/properties/coaching_prompt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err78 = { instancePath: instancePath + "/coaching_opportunities/" + i6, schemaPath: "#/properties/coaching_opportunities/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
        }
        else {
            const err79 = { instancePath: instancePath + "/coaching_opportunities", schemaPath: "#/properties/coaching_opportunities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err79];
            }
            else {
                vErrors.push(err79);
            }
            errors++;
        }
    }
}
else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err80];
    }
    else {
        vErrors.push(err80);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://lyfe.app/schemas/supertask/v1.0", "title": "Lyfe Supertask Format v1.0", "description": "JSON Schema for Lyfe supertask knowledge tasks format version 1.0", "type": "object", "required": ["title", "dimension", "archetype", "relatedToType", "relatedToId", "estimatedDuration", "coinsReward", "flexibleItems", "metadata"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The title of the supertask" }, "dimension": { "type": "string", "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"], "description": "The life dimension this task addresses" }, "archetype": { "type": "string", "enum": ["warrior", "explorer", "sage", "ruler"], "description": "The user archetype this task is designed for" }, "relatedToType": { "type": "string", "enum": ["HABITBP", "GENERIC"], "description": "The type of content this task relates to" }, "relatedToId": { "type": "string", "minLength": 1, "description": "The ID of the related content" }, "estimatedDuration": { "type": "integer", "minimum": 60, "maximum": 7200, "description": "Estimated duration in seconds" }, "coinsReward": { "type": "integer", "minimum": 1, "maximum": 1000, "description": "Coins reward for completing the task" }, "flexibleItems": { "type": "array", "minItems": 1, "maxItems": 20, "description": "Array of content items with different types", "items": { "oneOf": [{ "type": "object", "required": ["type", "content"], "properties": { "type": { "const": "content" }, "content": { "type": "string", "minLength": 10, "maxLength": 5000, "description": "The main content text" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Optional author of the content" }, "tips": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 500 }, "maxItems": 10, "description": "Optional array of tips" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "content", "author"], "properties": { "type": { "const": "quote" }, "content": { "type": "string", "minLength": 10, "maxLength": 1000, "description": "The quote text" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Author of the quote" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "question", "options", "correctAnswer", "explanation"], "properties": { "type": { "const": "quiz" }, "question": { "type": "string", "minLength": 10, "maxLength": 500, "description": "The quiz question" }, "options": { "type": "array", "minItems": 2, "maxItems": 5, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "Array of answer options" }, "correctAnswer": { "type": "integer", "minimum": 0, "description": "Index of the correct answer (0-based)" }, "explanation": { "type": "string", "minLength": 10, "maxLength": 1000, "description": "Explanation of the correct answer" } }, "additionalProperties": false }] } }, "metadata": { "type": "object", "required": ["language", "region", "created_at", "updated_at", "version"], "properties": { "language": { "type": "string", "enum": ["portuguese", "english", "spanish"], "description": "Content language" }, "region": { "type": "string", "minLength": 1, "description": "Target region" }, "created_at": { "type": "string", "format": "date-time", "description": "Creation timestamp in ISO 8601 format" }, "updated_at": { "type": "string", "format": "date-time", "description": "Last update timestamp in ISO 8601 format" }, "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$", "description": "Version number in semantic versioning format" }, "generated_by": { "type": "string", "description": "Tool that generated this content" }, "generation_timestamp": { "type": "string", "format": "date-time", "description": "Generation timestamp" }, "ari_persona_applied": { "type": "boolean", "description": "Whether Ari persona was applied" }, "difficulty_level": { "type": "string", "enum": ["beginner", "intermediate", "advanced"], "description": "Difficulty level of the content" }, "source_template": { "type": "string", "description": "Source template filename" } }, "additionalProperties": true } }, "additionalProperties": false };
const func17 = Object.prototype.hasOwnProperty;
const formats0 = runtime2.fullFormats["date-time"];
const pattern0 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://lyfe.app/schemas/supertask/v1.0" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.relatedToType === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToType" }, message: "must have required property '" + "relatedToType" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.relatedToId === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToId" }, message: "must have required property '" + "relatedToId" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.estimatedDuration === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimatedDuration" }, message: "must have required property '" + "estimatedDuration" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.coinsReward === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coinsReward" }, message: "must have required property '" + "coinsReward" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.flexibleItems === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexibleItems" }, message: "must have required property '" + "flexibleItems" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.metadata === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func17.call(schema12.properties, key0))) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data1 = data.dimension;
        if (typeof data1 !== "string") {
            const err13 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(((((data1 === "physicalHealth") || (data1 === "mentalHealth")) || (data1 === "relationships")) || (data1 === "work")) || (data1 === "spirituality"))) {
            const err14 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema12.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data2 = data.archetype;
        if (typeof data2 !== "string") {
            const err15 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (!((((data2 === "warrior") || (data2 === "explorer")) || (data2 === "sage")) || (data2 === "ruler"))) {
            const err16 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema12.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.relatedToType !== undefined) {
        let data3 = data.relatedToType;
        if (typeof data3 !== "string") {
            const err17 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (!((data3 === "HABITBP") || (data3 === "GENERIC"))) {
            const err18 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/enum", keyword: "enum", params: { allowedValues: schema12.properties.relatedToType.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.relatedToId !== undefined) {
        let data4 = data.relatedToId;
        if (typeof data4 === "string") {
            if (func2(data4) < 1) {
                const err19 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.estimatedDuration !== undefined) {
        let data5 = data.estimatedDuration;
        if (!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) {
            const err21 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data5 == "number") {
            if (data5 > 7200 || isNaN(data5)) {
                const err22 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7200 }, message: "must be <= 7200" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data5 < 60 || isNaN(data5)) {
                const err23 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 60 }, message: "must be >= 60" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data.coinsReward !== undefined) {
        let data6 = data.coinsReward;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err24 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 > 1000 || isNaN(data6)) {
                const err25 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err26 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    if (data.flexibleItems !== undefined) {
        let data7 = data.flexibleItems;
        if (Array.isArray(data7)) {
            if (data7.length > 20) {
                const err27 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data7.length < 1) {
                const err28 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                const _errs19 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs20 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err29 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err30 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    for (const key1 in data8) {
                        if (!((((key1 === "type") || (key1 === "content")) || (key1 === "author")) || (key1 === "tips"))) {
                            const err31 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("content" !== data8.type) {
                            const err32 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "content" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data10 = data8.content;
                        if (typeof data10 === "string") {
                            if (func2(data10) > 5000) {
                                const err33 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/maxLength", keyword: "maxLength", params: { limit: 5000 }, message: "must NOT have more than 5000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                            if (func2(data10) < 10) {
                                const err34 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data11 = data8.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) > 100) {
                                const err36 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func2(data11) < 1) {
                                const err37 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data8.tips !== undefined) {
                        let data12 = data8.tips;
                        if (Array.isArray(data12)) {
                            if (data12.length > 10) {
                                const err39 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            const len1 = data12.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data13 = data12[i1];
                                if (typeof data13 === "string") {
                                    if (func2(data13) > 500) {
                                        const err40 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (func2(data13) < 1) {
                                        const err41 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                }
                const _errs32 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err45 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err46 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (data8.author === undefined) {
                        const err47 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    for (const key2 in data8) {
                        if (!(((key2 === "type") || (key2 === "content")) || (key2 === "author"))) {
                            const err48 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("quote" !== data8.type) {
                            const err49 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "quote" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data15 = data8.content;
                        if (typeof data15 === "string") {
                            if (func2(data15) > 1000) {
                                const err50 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (func2(data15) < 10) {
                                const err51 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err52 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data16 = data8.author;
                        if (typeof data16 === "string") {
                            if (func2(data16) > 100) {
                                const err53 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                            if (func2(data16) < 1) {
                                const err54 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
                var _valid0 = _errs32 === errors;
                if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                    }
                    const _errs40 = errors;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.type === undefined) {
                            const err57 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (data8.question === undefined) {
                            const err58 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "question" }, message: "must have required property '" + "question" + "'" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        if (data8.options === undefined) {
                            const err59 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                        if (data8.correctAnswer === undefined) {
                            const err60 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "correctAnswer" }, message: "must have required property '" + "correctAnswer" + "'" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        if (data8.explanation === undefined) {
                            const err61 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "explanation" }, message: "must have required property '" + "explanation" + "'" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        for (const key3 in data8) {
                            if (!(((((key3 === "type") || (key3 === "question")) || (key3 === "options")) || (key3 === "correctAnswer")) || (key3 === "explanation"))) {
                                const err62 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data8.type !== undefined) {
                            if ("quiz" !== data8.type) {
                                const err63 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "quiz" }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data8.question !== undefined) {
                            let data18 = data8.question;
                            if (typeof data18 === "string") {
                                if (func2(data18) > 500) {
                                    const err64 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func2(data18) < 10) {
                                    const err65 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data8.options !== undefined) {
                            let data19 = data8.options;
                            if (Array.isArray(data19)) {
                                if (data19.length > 5) {
                                    const err67 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (data19.length < 2) {
                                    const err68 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                const len2 = data19.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data20 = data19[i2];
                                    if (typeof data20 === "string") {
                                        if (func2(data20) > 200) {
                                            const err69 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err69];
                                            }
                                            else {
                                                vErrors.push(err69);
                                            }
                                            errors++;
                                        }
                                        if (func2(data20) < 1) {
                                            const err70 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err71 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err72 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data8.correctAnswer !== undefined) {
                            let data21 = data8.correctAnswer;
                            if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                                const err73 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            if (typeof data21 == "number") {
                                if (data21 < 0 || isNaN(data21)) {
                                    const err74 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data8.explanation !== undefined) {
                            let data22 = data8.explanation;
                            if (typeof data22 === "string") {
                                if (func2(data22) > 1000) {
                                    const err75 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                if (func2(data22) < 10) {
                                    const err76 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid0 = _errs40 === errors;
                    if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 2];
                    }
                    else {
                        if (_valid0) {
                            valid3 = true;
                            passing0 = 2;
                        }
                    }
                }
                if (!valid3) {
                    const err79 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err80 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data23 = data.metadata;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.language === undefined) {
                const err81 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
            if (data23.region === undefined) {
                const err82 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
                if (vErrors === null) {
                    vErrors = [err82];
                }
                else {
                    vErrors.push(err82);
                }
                errors++;
            }
            if (data23.created_at === undefined) {
                const err83 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            if (data23.updated_at === undefined) {
                const err84 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property '" + "updated_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data23.version === undefined) {
                const err85 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            if (data23.language !== undefined) {
                let data24 = data23.language;
                if (typeof data24 !== "string") {
                    const err86 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (!(((data24 === "portuguese") || (data24 === "english")) || (data24 === "spanish"))) {
                    const err87 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/enum", keyword: "enum", params: { allowedValues: schema12.properties.metadata.properties.language.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data23.region !== undefined) {
                let data25 = data23.region;
                if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                        const err88 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
                else {
                    const err89 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data23.created_at !== undefined) {
                let data26 = data23.created_at;
                if (typeof data26 === "string") {
                    if (!(formats0.validate(data26))) {
                        const err90 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                else {
                    const err91 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data23.updated_at !== undefined) {
                let data27 = data23.updated_at;
                if (typeof data27 === "string") {
                    if (!(formats0.validate(data27))) {
                        const err92 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                else {
                    const err93 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
            if (data23.version !== undefined) {
                let data28 = data23.version;
                if (typeof data28 === "string") {
                    if (!pattern0.test(data28)) {
                        const err94 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: "must match pattern \"" + "^\\d+\\.\\d+(\\.\\d+)?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                else {
                    const err95 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
            if (data23.generated_by !== undefined) {
                if (typeof data23.generated_by !== "string") {
                    const err96 = { instancePath: instancePath + "/metadata/generated_by", schemaPath: "#/properties/metadata/properties/generated_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
            if (data23.generation_timestamp !== undefined) {
                let data30 = data23.generation_timestamp;
                if (typeof data30 === "string") {
                    if (!(formats0.validate(data30))) {
                        const err97 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                else {
                    const err98 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
            }
            if (data23.ari_persona_applied !== undefined) {
                if (typeof data23.ari_persona_applied !== "boolean") {
                    const err99 = { instancePath: instancePath + "/metadata/ari_persona_applied", schemaPath: "#/properties/metadata/properties/ari_persona_applied/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
            if (data23.difficulty_level !== undefined) {
                let data32 = data23.difficulty_level;
                if (typeof data32 !== "string") {
                    const err100 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
                if (!(((data32 === "beginner") || (data32 === "intermediate")) || (data32 === "advanced"))) {
                    const err101 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/enum", keyword: "enum", params: { allowedValues: schema12.properties.metadata.properties.difficulty_level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err101];
                    }
                    else {
                        vErrors.push(err101);
                    }
                    errors++;
                }
            }
            if (data23.source_template !== undefined) {
                if (typeof data23.source_template !== "string") {
                    const err102 = { instancePath: instancePath + "/metadata/source_template", schemaPath: "#/properties/metadata/properties/source_template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
            }
        }
        else {
            const err103 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err103];
            }
            else {
                vErrors.push(err103);
            }
            errors++;
        }
    }
}
else {
    const err104 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err104];
    }
    else {
        vErrors.push(err104);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://lyfe.app/schemas/supertask/v1.1", "title": "Lyfe Supertask Format v1.1 - Mobile Optimized", "description": "JSON Schema for Lyfe supertask knowledge tasks format version 1.1 with mobile-first constraints", "type": "object", "required": ["title", "dimension", "archetype", "relatedToType", "relatedToId", "estimatedDuration", "coinsReward", "flexibleItems", "metadata"], "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The title of the supertask" }, "dimension": { "type": "string", "enum": ["physicalHealth", "mentalHealth", "relationships", "work", "spirituality"], "description": "The life dimension this task addresses" }, "archetype": { "type": "string", "enum": ["warrior", "explorer", "sage", "ruler"], "description": "The user archetype this task is designed for" }, "relatedToType": { "type": "string", "enum": ["HABITBP", "GENERIC"], "description": "The type of content this task relates to" }, "relatedToId": { "type": "string", "minLength": 1, "description": "The ID of the related content" }, "estimatedDuration": { "type": "integer", "minimum": 180, "maximum": 600, "description": "Estimated duration in seconds (3-10 minutes for mobile)" }, "coinsReward": { "type": "integer", "minimum": 1, "maximum": 1000, "description": "Coins reward for completing the task" }, "flexibleItems": { "type": "array", "minItems": 3, "maxItems": 8, "description": "Array of content items optimized for mobile screens", "items": { "oneOf": [{ "type": "object", "required": ["type", "content"], "properties": { "type": { "const": "content" }, "content": { "type": "string", "minLength": 50, "maxLength": 300, "description": "Main content text optimized for mobile (50-300 chars)" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Optional author of the content" }, "tips": { "type": "array", "items": { "type": "string", "minLength": 20, "maxLength": 150 }, "maxItems": 5, "description": "Optional array of tips (mobile-optimized)" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "content", "author"], "properties": { "type": { "const": "quote" }, "content": { "type": "string", "minLength": 20, "maxLength": 200, "description": "Quote text optimized for mobile (20-200 chars)" }, "author": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Author of the quote" } }, "additionalProperties": false }, { "type": "object", "required": ["type", "question", "options", "correctAnswer", "explanation"], "properties": { "type": { "const": "quiz" }, "question": { "type": "string", "minLength": 15, "maxLength": 120, "description": "Quiz question optimized for mobile (15-120 chars)" }, "options": { "type": "array", "minItems": 2, "maxItems": 5, "items": { "type": "string", "minLength": 3, "maxLength": 60 }, "description": "Answer options optimized for mobile (3-60 chars each)" }, "correctAnswer": { "type": "integer", "minimum": 0, "description": "Index of the correct answer (0-based)" }, "explanation": { "type": "string", "minLength": 30, "maxLength": 250, "description": "Explanation optimized for mobile (30-250 chars)" } }, "additionalProperties": false }] } }, "metadata": { "type": "object", "required": ["language", "region", "created_at", "updated_at", "version"], "properties": { "language": { "type": "string", "enum": ["portuguese", "english", "spanish"], "description": "Content language" }, "region": { "type": "string", "minLength": 1, "description": "Target region" }, "created_at": { "type": "string", "format": "date-time", "description": "Creation timestamp in ISO 8601 format" }, "updated_at": { "type": "string", "format": "date-time", "description": "Last update timestamp in ISO 8601 format" }, "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$", "description": "Version number in semantic versioning format" }, "generated_by": { "type": "string", "description": "Tool that generated this content" }, "generation_timestamp": { "type": "string", "format": "date-time", "description": "Generation timestamp" }, "ari_persona_applied": { "type": "boolean", "description": "Whether Ari persona was applied" }, "difficulty_level": { "type": "string", "enum": ["beginner", "intermediate", "advanced"], "description": "Difficulty level of the content" }, "source_template": { "type": "string", "description": "Source template filename" }, "mobile_optimization_score": { "type": "number", "minimum": 0, "maximum": 1, "description": "Mobile optimization score (0.0-1.0)" } }, "additionalProperties": true } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://lyfe.app/schemas/supertask/v1.1" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.dimension === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimension" }, message: "must have required property '" + "dimension" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.archetype === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property '" + "archetype" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.relatedToType === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToType" }, message: "must have required property '" + "relatedToType" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.relatedToId === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relatedToId" }, message: "must have required property '" + "relatedToId" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.estimatedDuration === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "estimatedDuration" }, message: "must have required property '" + "estimatedDuration" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.coinsReward === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coinsReward" }, message: "must have required property '" + "coinsReward" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.flexibleItems === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flexibleItems" }, message: "must have required property '" + "flexibleItems" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.metadata === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func17.call(schema13.properties, key0))) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data0 = data.title;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.dimension !== undefined) {
        let data1 = data.dimension;
        if (typeof data1 !== "string") {
            const err13 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(((((data1 === "physicalHealth") || (data1 === "mentalHealth")) || (data1 === "relationships")) || (data1 === "work")) || (data1 === "spirituality"))) {
            const err14 = { instancePath: instancePath + "/dimension", schemaPath: "#/properties/dimension/enum", keyword: "enum", params: { allowedValues: schema13.properties.dimension.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.archetype !== undefined) {
        let data2 = data.archetype;
        if (typeof data2 !== "string") {
            const err15 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (!((((data2 === "warrior") || (data2 === "explorer")) || (data2 === "sage")) || (data2 === "ruler"))) {
            const err16 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema13.properties.archetype.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.relatedToType !== undefined) {
        let data3 = data.relatedToType;
        if (typeof data3 !== "string") {
            const err17 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (!((data3 === "HABITBP") || (data3 === "GENERIC"))) {
            const err18 = { instancePath: instancePath + "/relatedToType", schemaPath: "#/properties/relatedToType/enum", keyword: "enum", params: { allowedValues: schema13.properties.relatedToType.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.relatedToId !== undefined) {
        let data4 = data.relatedToId;
        if (typeof data4 === "string") {
            if (func2(data4) < 1) {
                const err19 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/relatedToId", schemaPath: "#/properties/relatedToId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.estimatedDuration !== undefined) {
        let data5 = data.estimatedDuration;
        if (!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) {
            const err21 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
        if (typeof data5 == "number") {
            if (data5 > 600 || isNaN(data5)) {
                const err22 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (data5 < 180 || isNaN(data5)) {
                const err23 = { instancePath: instancePath + "/estimatedDuration", schemaPath: "#/properties/estimatedDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 180 }, message: "must be >= 180" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data.coinsReward !== undefined) {
        let data6 = data.coinsReward;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err24 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 > 1000 || isNaN(data6)) {
                const err25 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
                const err26 = { instancePath: instancePath + "/coinsReward", schemaPath: "#/properties/coinsReward/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    if (data.flexibleItems !== undefined) {
        let data7 = data.flexibleItems;
        if (Array.isArray(data7)) {
            if (data7.length > 8) {
                const err27 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data7.length < 3) {
                const err28 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/minItems", keyword: "minItems", params: { limit: 3 }, message: "must NOT have fewer than 3 items" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data8 = data7[i0];
                const _errs19 = errors;
                let valid3 = false;
                let passing0 = null;
                const _errs20 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err29 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err30 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    for (const key1 in data8) {
                        if (!((((key1 === "type") || (key1 === "content")) || (key1 === "author")) || (key1 === "tips"))) {
                            const err31 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("content" !== data8.type) {
                            const err32 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "content" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data10 = data8.content;
                        if (typeof data10 === "string") {
                            if (func2(data10) > 300) {
                                const err33 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                            if (func2(data10) < 50) {
                                const err34 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/minLength", keyword: "minLength", params: { limit: 50 }, message: "must NOT have fewer than 50 characters" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data11 = data8.author;
                        if (typeof data11 === "string") {
                            if (func2(data11) > 100) {
                                const err36 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            if (func2(data11) < 1) {
                                const err37 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err38 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data8.tips !== undefined) {
                        let data12 = data8.tips;
                        if (Array.isArray(data12)) {
                            if (data12.length > 5) {
                                const err39 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            const len1 = data12.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data13 = data12[i1];
                                if (typeof data13 === "string") {
                                    if (func2(data13) > 150) {
                                        const err40 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/maxLength", keyword: "maxLength", params: { limit: 150 }, message: "must NOT have more than 150 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                    if (func2(data13) < 20) {
                                        const err41 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips/" + i1, schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/tips", schemaPath: "#/properties/flexibleItems/items/oneOf/0/properties/tips/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                }
                const _errs32 = errors;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.type === undefined) {
                        const err45 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (data8.content === undefined) {
                        const err46 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "content" }, message: "must have required property '" + "content" + "'" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (data8.author === undefined) {
                        const err47 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    for (const key2 in data8) {
                        if (!(((key2 === "type") || (key2 === "content")) || (key2 === "author"))) {
                            const err48 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data8.type !== undefined) {
                        if ("quote" !== data8.type) {
                            const err49 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "quote" }, message: "must be equal to constant" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data8.content !== undefined) {
                        let data15 = data8.content;
                        if (typeof data15 === "string") {
                            if (func2(data15) > 200) {
                                const err50 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (func2(data15) < 20) {
                                const err51 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err52 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/content", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/content/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                    }
                    if (data8.author !== undefined) {
                        let data16 = data8.author;
                        if (typeof data16 === "string") {
                            if (func2(data16) > 100) {
                                const err53 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                            if (func2(data16) < 1) {
                                const err54 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/author", schemaPath: "#/properties/flexibleItems/items/oneOf/1/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
                var _valid0 = _errs32 === errors;
                if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                }
                else {
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 1;
                    }
                    const _errs40 = errors;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.type === undefined) {
                            const err57 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                        if (data8.question === undefined) {
                            const err58 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "question" }, message: "must have required property '" + "question" + "'" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        if (data8.options === undefined) {
                            const err59 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'" };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                        if (data8.correctAnswer === undefined) {
                            const err60 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "correctAnswer" }, message: "must have required property '" + "correctAnswer" + "'" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        if (data8.explanation === undefined) {
                            const err61 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/required", keyword: "required", params: { missingProperty: "explanation" }, message: "must have required property '" + "explanation" + "'" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        for (const key3 in data8) {
                            if (!(((((key3 === "type") || (key3 === "question")) || (key3 === "options")) || (key3 === "correctAnswer")) || (key3 === "explanation"))) {
                                const err62 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data8.type !== undefined) {
                            if ("quiz" !== data8.type) {
                                const err63 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/type", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "quiz" }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data8.question !== undefined) {
                            let data18 = data8.question;
                            if (typeof data18 === "string") {
                                if (func2(data18) > 120) {
                                    const err64 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func2(data18) < 15) {
                                    const err65 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/minLength", keyword: "minLength", params: { limit: 15 }, message: "must NOT have fewer than 15 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/question", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data8.options !== undefined) {
                            let data19 = data8.options;
                            if (Array.isArray(data19)) {
                                if (data19.length > 5) {
                                    const err67 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
                                    if (vErrors === null) {
                                        vErrors = [err67];
                                    }
                                    else {
                                        vErrors.push(err67);
                                    }
                                    errors++;
                                }
                                if (data19.length < 2) {
                                    const err68 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                const len2 = data19.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data20 = data19[i2];
                                    if (typeof data20 === "string") {
                                        if (func2(data20) > 60) {
                                            const err69 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err69];
                                            }
                                            else {
                                                vErrors.push(err69);
                                            }
                                            errors++;
                                        }
                                        if (func2(data20) < 3) {
                                            const err70 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err70];
                                            }
                                            else {
                                                vErrors.push(err70);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err71 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options/" + i2, schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err72 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/options", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                        }
                        if (data8.correctAnswer !== undefined) {
                            let data21 = data8.correctAnswer;
                            if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                                const err73 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            if (typeof data21 == "number") {
                                if (data21 < 0 || isNaN(data21)) {
                                    const err74 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/correctAnswer", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/correctAnswer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data8.explanation !== undefined) {
                            let data22 = data8.explanation;
                            if (typeof data22 === "string") {
                                if (func2(data22) > 250) {
                                    const err75 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/maxLength", keyword: "maxLength", params: { limit: 250 }, message: "must NOT have more than 250 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                                if (func2(data22) < 30) {
                                    const err76 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/minLength", keyword: "minLength", params: { limit: 30 }, message: "must NOT have fewer than 30 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/flexibleItems/" + i0 + "/explanation", schemaPath: "#/properties/flexibleItems/items/oneOf/2/properties/explanation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid0 = _errs40 === errors;
                    if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 2];
                    }
                    else {
                        if (_valid0) {
                            valid3 = true;
                            passing0 = 2;
                        }
                    }
                }
                if (!valid3) {
                    const err79 = { instancePath: instancePath + "/flexibleItems/" + i0, schemaPath: "#/properties/flexibleItems/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err80 = { instancePath: instancePath + "/flexibleItems", schemaPath: "#/properties/flexibleItems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
    }
    if (data.metadata !== undefined) {
        let data23 = data.metadata;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.language === undefined) {
                const err81 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'" };
                if (vErrors === null) {
                    vErrors = [err81];
                }
                else {
                    vErrors.push(err81);
                }
                errors++;
            }
            if (data23.region === undefined) {
                const err82 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'" };
                if (vErrors === null) {
                    vErrors = [err82];
                }
                else {
                    vErrors.push(err82);
                }
                errors++;
            }
            if (data23.created_at === undefined) {
                const err83 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            if (data23.updated_at === undefined) {
                const err84 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property '" + "updated_at" + "'" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data23.version === undefined) {
                const err85 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            if (data23.language !== undefined) {
                let data24 = data23.language;
                if (typeof data24 !== "string") {
                    const err86 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (!(((data24 === "portuguese") || (data24 === "english")) || (data24 === "spanish"))) {
                    const err87 = { instancePath: instancePath + "/metadata/language", schemaPath: "#/properties/metadata/properties/language/enum", keyword: "enum", params: { allowedValues: schema13.properties.metadata.properties.language.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data23.region !== undefined) {
                let data25 = data23.region;
                if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                        const err88 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
                else {
                    const err89 = { instancePath: instancePath + "/metadata/region", schemaPath: "#/properties/metadata/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data23.created_at !== undefined) {
                let data26 = data23.created_at;
                if (typeof data26 === "string") {
                    if (!(formats0.validate(data26))) {
                        const err90 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                else {
                    const err91 = { instancePath: instancePath + "/metadata/created_at", schemaPath: "#/properties/metadata/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data23.updated_at !== undefined) {
                let data27 = data23.updated_at;
                if (typeof data27 === "string") {
                    if (!(formats0.validate(data27))) {
                        const err92 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                else {
                    const err93 = { instancePath: instancePath + "/metadata/updated_at", schemaPath: "#/properties/metadata/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
            if (data23.version !== undefined) {
                let data28 = data23.version;
                if (typeof data28 === "string") {
                    if (!pattern0.test(data28)) {
                        const err94 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: "must match pattern \"" + "^\\d+\\.\\d+(\\.\\d+)?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                else {
                    const err95 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err95];
                    }
                    else {
                        vErrors.push(err95);
                    }
                    errors++;
                }
            }
            if (data23.generated_by !== undefined) {
                if (typeof data23.generated_by !== "string") {
                    const err96 = { instancePath: instancePath + "/metadata/generated_by", schemaPath: "#/properties/metadata/properties/generated_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
            if (data23.generation_timestamp !== undefined) {
                let data30 = data23.generation_timestamp;
                if (typeof data30 === "string") {
                    if (!(formats0.validate(data30))) {
                        const err97 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                else {
                    const err98 = { instancePath: instancePath + "/metadata/generation_timestamp", schemaPath: "#/properties/metadata/properties/generation_timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err98];
                    }
                    else {
                        vErrors.push(err98);
                    }
                    errors++;
                }
            }
            if (data23.ari_persona_applied !== undefined) {
                if (typeof data23.ari_persona_applied !== "boolean") {
                    const err99 = { instancePath: instancePath + "/metadata/ari_persona_applied", schemaPath: "#/properties/metadata/properties/ari_persona_applied/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
            if (data23.difficulty_level !== undefined) {
                let data32 = data23.difficulty_level;
                if (typeof data32 !== "string") {
                    const err100 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
                if (!(((data32 === "beginner") || (data32 === "intermediate")) || (data32 === "advanced"))) {
                    const err101 = { instancePath: instancePath + "/metadata/difficulty_level", schemaPath: "#/properties/metadata/properties/difficulty_level/enum", keyword: "enum", params: { allowedValues: schema13.properties.metadata.properties.difficulty_level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err101];
                    }
                    else {
                        vErrors.push(err101);
                    }
                    errors++;
                }
            }
            if (data23.source_template !== undefined) {
                if (typeof data23.source_template !== "string") {
                    const err102 = { instancePath: instancePath + "/metadata/source_template", schemaPath: "#/properties/metadata/properties/source_template/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
            }
            if (data23.mobile_optimization_score !== undefined) {
                let data34 = data23.mobile_optimization_score;
                if (typeof data34 == "number") {
                    if (data34 > 1 || isNaN(data34)) {
                        const err103 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                        if (vErrors === null) {
                            vErrors = [err103];
                        }
                        else {
                            vErrors.push(err103);
                        }
                        errors++;
                    }
                    if (data34 < 0 || isNaN(data34)) {
                        const err104 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
                else {
                    const err105 = { instancePath: instancePath + "/metadata/mobile_optimization_score", schemaPath: "#/properties/metadata/properties/mobile_optimization_score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
            }
        }
        else {
            const err106 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err106];
            }
            else {
                vErrors.push(err106);
            }
            errors++;
        }
    }
}
else {
    const err107 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err107];
    }
    else {
        vErrors.push(err107);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const validateAnalysisReply = validate10;
const validateSupertask_1_0 = validate11;
const validateSupertask_1_1 = validate12;


/***/ }),

/***/ 1851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ sessionNeedle),
/* harmony export */   Ss: () => (/* binding */ filterSessionLines),
/* harmony export */   _F: () => (/* binding */ forEachSessionRecord),
/* harmony export */   db: () => (/* binding */ hasBytesAt),
/* harmony export */   mR: () => (/* binding */ recordFile)
/* harmony export */ });
/* unused harmony export readSessionRecords */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3940);
/* harmony import */ var _session_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9708);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);






/**
 * One session out of a global record file. The file holds many sessions, interleaved, written by
 * concurrent processes, plus lines that are not ours (the old tool's text, a line torn by a crash,
 * an unterminated tail). The session is found in the raw bytes first; a line is parsed only when
 * its bytes leave a doubt about being one whole record of the writer. The session's index
 * (session-index.ts) says which parts of the file to read; without a usable one, the whole file is
 * scanned, with the same result.
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
/** How every line of our writer begins: `level`, then `time`, then the record's own keys (the fields and order of pino's lines). */
const LEVEL_OPEN = Buffer.from('{"level":"');
const TIME_KEY = Buffer.from('","time":"');
const LONGEST_LEVEL = 5;
/** What the writer puts right after the session: the stage, then the event. */
const STAGE_KEY = Buffer.from(',"stage":"');
const EVENT_KEY = Buffer.from('","event":"');
function recordFile(logDir, kind) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logDir, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RecordFiles */ .b[kind]);
}
/** The bytes a record of `sessionId` carries; JSON string contents escape `"`, so values never fake it. */
function sessionNeedle(sessionId) {
    return Buffer.from(`"session":"${sessionId}"`);
}
/**
 * Whether `chunk` holds `bytes` at `at`. A loop, not `Buffer#compare`: for the few bytes compared
 * on every line of a session, the call costs more than the comparison.
 */
function hasBytesAt(chunk, at, bytes) {
    if (at < 0 || at + bytes.length > chunk.length)
        return false;
    for (let i = 0; i < bytes.length; i++)
        if (chunk[at + i] !== bytes[i])
            return false;
    return true;
}
/** The first quote at or after `from` and before `to`, or -1: a loop, for the few bytes of a level, a time or a stage. */
function quoteIn(chunk, from, to) {
    for (let i = from; i < to; i++)
        if (chunk[i] === QUOTE)
            return i;
    return -1;
}
/**
 * True when the line is, beyond doubt, one whole record written by our writer whose top-level
 * session is the one at `hit`: `{"level":"<level>","time":"<iso>",` right before the session
 * key, a closing brace at the end, and no second record start inside (two records glued by a
 * torn write). Lines that fail this are not rejected: the caller parses them to decide.
 */
function isWriterLineAt(chunk, start, end, hit) {
    if (chunk[end - 1] !== CLOSE_BRACE || chunk[hit - 1] !== COMMA || chunk[hit - 2] !== QUOTE)
        return false;
    if (!hasBytesAt(chunk, start, LEVEL_OPEN))
        return false;
    const levelEnd = start + LEVEL_OPEN.length;
    const time = quoteIn(chunk, levelEnd, Math.min(hit, levelEnd + LONGEST_LEVEL + 1));
    if (time < 0 || !hasBytesAt(chunk, time, TIME_KEY))
        return false;
    // The ISO time holds no quote: the first quote after its opening must be the one closing it.
    const timeValue = time + TIME_KEY.length;
    if (timeValue > hit - 2 || quoteIn(chunk, timeValue, hit - 2) >= 0)
        return false;
    // Searched from the session on (the bytes before it were just read as the line's first record):
    // the search stops at the next record's start, most often the next line's.
    const next = chunk.indexOf(LEVEL_OPEN, hit);
    return next < 0 || next > end;
}
/**
 * Where the event name of a writer's line starts, the session's value ending at `afterSession`:
 * the writer puts `,"stage":"<stage>","event":"` there. -1 when the bytes are not those.
 */
function eventAt(chunk, end, afterSession) {
    if (!hasBytesAt(chunk, afterSession, STAGE_KEY))
        return -1;
    // The first quote closes the stage: in the writer's JSON, `","event":"` cannot be inside a string.
    const stageEnd = quoteIn(chunk, afterSession + STAGE_KEY.length, end);
    if (stageEnd < 0 || !hasBytesAt(chunk, stageEnd, EVENT_KEY))
        return -1;
    return stageEnd + EVENT_KEY.length;
}
/** Streams the lines of `file` that are records of `sessionId`, in file order, as raw bytes. */
function filterSessionLines(file, sessionId, visit, options = {}) {
    const needle = sessionNeedle(sessionId);
    const result = { lines: 0, skipped: 0 };
    const onLine = (chunk, start, end, hit) => {
        if (isWriterLineAt(chunk, start, end, hit)) {
            result.lines += 1;
            visit(chunk, start, end, eventAt(chunk, end, hit + needle.length));
        }
        else if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecordLine */ .pF)(chunk, start, end)?.session === sessionId) {
            result.lines += 1;
            visit(chunk, start, end, -1);
        }
        else {
            result.skipped += 1;
        }
    };
    const onTail = () => {
        result.skipped += 1;
    };
    if (options.scan) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .J)(file, needle, onLine, onTail);
        return result;
    }
    const indexFile = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionIndexFile */ .xx)(file, sessionId);
    // The index first, then the file: every range the index holds was written after its lines.
    const text = (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndexText */ .Gw)(indexFile);
    const stats = text === undefined ? undefined : node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file, { throwIfNoEntry: false });
    const plan = text === undefined || !stats ? undefined : (0,_session_index_js__WEBPACK_IMPORTED_MODULE_4__/* .planFromIndex */ .e3)(text, stats.ino, stats.size, indexFile);
    if (plan?.usable) {
        (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanSpans */ .B)(file, plan.spans, needle, onLine, onTail);
        if (plan.note)
            result.note = plan.note;
        return result;
    }
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanLines */ .J)(file, needle, onLine, onTail);
    if (plan)
        result.note = plan.note;
    else if (result.lines > 0)
        result.note = `session ${sessionId} has no index ${indexFile} (its records were written by an older lyfe-kt or another tool): ${file} was scanned whole`;
    return result;
}
/**
 * Visits the records of the session in one global file, in file order, each with its line's bytes
 * (valid only during the call); returns how many lines mention the session without being one of
 * its records, and the filter's note.
 */
function forEachSessionRecord(logDir, sessionId, kind, visit) {
    let unparsed = 0;
    const result = filterSessionLines(recordFile(logDir, kind), sessionId, (chunk, start, end) => {
        const record = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecordLine */ .pF)(chunk, start, end);
        if (record)
            visit(record, chunk.subarray(start, end));
        else
            unparsed += 1;
    });
    return { ...result, skipped: result.skipped + unparsed };
}
/** The records of one session in one global file, in file order. A missing file has none. */
function readSessionRecords(logDir, sessionId, kind) {
    const records = [];
    const { skipped } = forEachSessionRecord(logDir, sessionId, kind, (record) => records.push(record));
    return { records, skipped };
}


/***/ }),

/***/ 4020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ redactValue),
/* harmony export */   Rd: () => (/* binding */ redactText)
/* harmony export */ });
/* unused harmony exports REDACTED, looksLikeCredential, refreshSecrets */
/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of the environment
 * variables that hold credentials, credential shapes wherever they appear (provider keys, bearer
 * tokens, `api_key=` pairs, the user part of a URL), and fields named like credentials. Ordinary
 * values stay: `GIT_AUTHOR_NAME` is not a secret, and an article that names its author keeps the name.
 */
const REDACTED = '[REDACTED]';
/** Variables that hold a credential whatever their value looks like (action inputs arrive as `INPUT_<NAME>`). */
const KNOWN_SECRET_NAMES = new Set([
    'OPENAI_API_KEY',
    'AZURE_OPENAI_API_KEY',
    'ANTHROPIC_API_KEY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'NPM_TOKEN',
    'NODE_AUTH_TOKEN',
    'INPUT_OPENAI-API-KEY',
    'INPUT_GITHUB-TOKEN',
]);
/** A whole word of a variable name (split at `_`, `-`, `.`) that says it may hold a credential. */
const SECRET_NAME_WORDS = new Set(['KEY', 'APIKEY', 'TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'AUTH', 'CREDENTIAL', 'CREDENTIALS', 'PAT']);
const SECRET_KEY_FIELD = /^(authorization|api[-_]?key|x-api-key|token|password|secret)$/i;
/** Shorter values are too likely to occur in ordinary text to be replaced everywhere. */
const MIN_SECRET_LENGTH = 8;
/**
 * A value that could be a credential: one word, no path, and not a plain word (a digit, or a
 * capital after the first letter). `Ana Souza`, `/run/user/1000/agent.sock` and `enabled` are not.
 */
function looksLikeCredential(value) {
    return value.length >= MIN_SECRET_LENGTH && !/\s/.test(value) && !/^[/~.]/.test(value) && /\d|.[A-Z]/.test(value);
}
function isSecretName(name) {
    return KNOWN_SECRET_NAMES.has(name.toUpperCase()) || name.toUpperCase().split(/[_.-]+/).some((word) => SECRET_NAME_WORDS.has(word));
}
/**
 * A word after `Bearer`/`Basic` or after `api_key=` is a credential only if it does not read like
 * prose: "Basic breathing", "bearer of" and "password: choose one" stay.
 */
const credentialAfter = (match, head, token) => (looksLikeCredential(token) || /=$/.test(token) ? `${head}${REDACTED}` : match);
/** Credential shapes, each with what replaces a match (the header name of an `Authorization:` stays). */
const SHAPES = [
    [/(Authorization["']?\s*[:=]\s*["']?)[^\s"',}]+(\s+[^\s"',}]+)?/gi, `$1${REDACTED}`],
    [/\b()(?:Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfter],
    [/\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|passwd)["']?\s*[:=]\s*["']?)([^\s"',}&]{8,})/gi, credentialAfter],
    // The user part of a URL (`https://user:password@host`, `https://<token>@host`).
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, `$1${REDACTED}@`],
    [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
    [/\bAKIA[0-9A-Z]{16}\b/g, REDACTED],
    [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
    [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED],
];
/**
 * What every shape above starts with, or holds (case aside): a text without any of these matches
 * none of them, and one search for them costs a fraction of trying each shape (the writer
 * redacts every string of every record).
 */
const SHAPE_HINT = /authorization|bearer|basic|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|passw|:\/\/|sk-|gh[pousr]_|github_pat_|akia|aiza|xox[abprs]-/i;
let envSecrets;
/**
 * Values of the environment variables that hold credentials, longest first: every value of a known
 * name, and the values that look like credentials of names with a secret word. Read once per process.
 */
function secretsFromEnv() {
    if (!envSecrets) {
        envSecrets = Object.entries(process.env)
            .filter((entry) => entry[1] !== undefined && entry[1].length >= MIN_SECRET_LENGTH)
            .filter(([name, value]) => KNOWN_SECRET_NAMES.has(name.toUpperCase()) || (isSecretName(name) && looksLikeCredential(value)))
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
    }
    return envSecrets;
}
/** For tests and long-lived hosts whose environment changes. */
function refreshSecrets() {
    envSecrets = undefined;
}
function redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    if (!SHAPE_HINT.test(out))
        return out;
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A deep copy of `value` with every string redacted and secret-named fields blanked. */
function redactValue(value) {
    return walk(value);
}
function walk(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(walk);
    if (value && typeof value === 'object') {
        if (value instanceof Error)
            return { name: value.name, message: redactText(value.message) };
        const out = {};
        for (const [key, inner] of Object.entries(value)) {
            out[key] = SECRET_KEY_FIELD.test(key) && typeof inner === 'string' && inner !== '' ? REDACTED : walk(inner);
        }
        return out;
    }
    return value;
}


/***/ }),

/***/ 9708:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ rangesEntry),
/* harmony export */   Gw: () => (/* binding */ readIndexText),
/* harmony export */   HH: () => (/* binding */ closeEntry),
/* harmony export */   e3: () => (/* binding */ planFromIndex),
/* harmony export */   vW: () => (/* binding */ openEntry),
/* harmony export */   xx: () => (/* binding */ sessionIndexFile),
/* harmony export */   zB: () => (/* binding */ unindexedEntry)
/* harmony export */ });
/* unused harmony export INDEX_FOLDER */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _session_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8194);
/* harmony import */ var _session_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82);




/**
 * The session index: beside each global record file, for each session, a small file saying which
 * byte ranges of the global file hold the session's lines, so that reading one session costs its
 * own size instead of the whole file. The global file stays the complete record and the truth:
 * the index only says where to look, the reader still checks every line it is pointed to, and an
 * index it cannot trust sends it back to scanning.
 *
 * `<logDir>/index/<session>.<kind>.idx` holds text lines, each appended with one `write(2)`:
 *   `o <writer> <inode> <offset>`   a writer (one process) starts writing the session's lines to the
 *                                   global file `<inode>`, all at or after byte `<offset>`; written
 *                                   before its first line reaches the global file
 *   `r <writer> <start> <end> ...`  byte ranges `[start, end)` holding lines of the writer
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 */
const INDEX_FOLDER = 'index';
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
function sessionIndexFile(recordFile, sessionId) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(recordFile), INDEX_FOLDER, `${sessionId}.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(recordFile, '.jsonl')}.idx`);
}
let thisWriter;
/**
 * This process, as the index names it: the pid says whether it still runs, the rest tells reused
 * pids apart. Made at the first entry: readers do not pay for the random bytes.
 */
const writerId = () => (thisWriter ??= `${process.pid}-${(0,_session_id_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .nw)(4)}`);
const openEntry = (inode, offset) => `o ${writerId()} ${inode} ${offset}\n`;
const rangesEntry = (ranges) => `r ${writerId()} ${ranges.join(' ')}\n`;
const closeEntry = () => `c ${writerId()}\n`;
const unindexedEntry = () => `x ${writerId()}\n`;
/** Ranges closer than this are read as one span: reading the bytes between costs less than another read. */
const MERGE_GAP = 4 * 1024;
/** Adds the range `[start, end)` to the writer's spans; a writer's ranges come in file order, so it merges with the last or follows it. */
function addRange(state, start, end) {
    const spans = state.spans;
    const last = spans.length - 1;
    if (last > 0 && start < spans[last - 1]) {
        state.unsorted = true;
        spans.push(start, end);
    }
    else if (last > 0 && start <= spans[last] + MERGE_GAP) {
        if (end > spans[last])
            spans[last] = end;
    }
    else {
        spans.push(start, end);
    }
}
/** The spans of several writers (or of one whose ranges came out of order): sorted, and merged as `addRange` merges. */
function sortAndMerge(pairs) {
    const order = [];
    for (let i = 0; i < pairs.length; i += 2)
        order.push(i);
    order.sort((a, b) => pairs[a] - pairs[b]);
    const merged = { spans: [], unsorted: false };
    for (const i of order)
        addRange(merged, pairs[i], pairs[i + 1]);
    return merged.spans;
}
const SPACE = 0x20;
const ZERO = 0x30;
const NINE = 0x39;
/**
 * Appends the numbers of `text[from, end)` (whole numbers, one space between two) to `into` and
 * returns how many, or -1 when the text is not that.
 */
function parseNumbers(text, from, end, into) {
    let count = 0;
    let value = -1;
    for (let i = from; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= ZERO && code <= NINE)
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
        else if (code === SPACE && value >= 0 && value <= Number.MAX_SAFE_INTEGER) {
            into.push(value);
            count += 1;
            value = -1;
        }
        else
            return -1;
    }
    if (value < 0)
        return from < end ? -1 : count;
    if (value > Number.MAX_SAFE_INTEGER)
        return -1;
    into.push(value);
    return count + 1;
}
const NOT_AN_ENTRY = 1;
const PAST_THE_END = 2;
/**
 * Adds the ranges of an `r` line, its numbers `text[from, end)` (pairs of whole numbers, one space
 * between two), to the writer's spans as they are parsed: no list of the line's numbers, one loop
 * over its characters. A long session's index holds tens of thousands of numbers, and this runs
 * once per read, before the code is warm. Returns 0, NOT_AN_ENTRY, or PAST_THE_END for a range
 * beyond the file's `size` or ending before it starts.
 */
function addRanges(text, from, end, state, size) {
    let value = -1;
    let start = -1;
    for (let i = from; i <= end; i++) {
        // The line's end ends its last number as a space would.
        const code = i < end ? text.charCodeAt(i) : SPACE;
        if (code >= ZERO && code <= NINE) {
            value = (value < 0 ? 0 : value * 10) + code - ZERO;
            continue;
        }
        if (code !== SPACE || value < 0 || value > Number.MAX_SAFE_INTEGER)
            return NOT_AN_ENTRY;
        if (start < 0)
            start = value;
        else {
            if (start > value || value > size)
                return PAST_THE_END;
            addRange(state, start, value);
            if (value > state.from)
                state.from = value;
            start = -1;
        }
        value = -1;
    }
    return start < 0 && from < end ? 0 : NOT_AN_ENTRY;
}
const notAnEntry = (text, start, end) => `has a line that is not an entry (${JSON.stringify(text.slice(start, Math.min(end, start + 80)))})`;
const PAST_THE_END_NOTE = 'points past the end of the record file (it was cut)';
/**
 * The plan for reading the session from a global file of `inode` and `size` bytes, from its index
 * text (read before the file's size was taken, so that every range in it is within the file).
 * Each line is `<type> <writer>[ <number>]...`.
 */
function planFromIndex(text, inode, size, indexFile) {
    const damaged = (why) => ({ usable: false, note: `the session index ${indexFile} ${why}: the whole record file was scanned` });
    if (text.length > 0 && !text.endsWith('\n'))
        return damaged('ends in a cut line');
    const writers = new Map();
    const numbers = [];
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
        end = text.indexOf('\n', start);
        if (end === start)
            continue;
        const writerEnd = text.indexOf(' ', start + 2);
        if (text.charCodeAt(start + 1) !== SPACE || writerEnd === start + 2)
            return damaged(notAnEntry(text, start, end));
        const numbersStart = writerEnd < 0 || writerEnd > end ? end : writerEnd + 1;
        const type = text[start];
        let state = writers.get(text.slice(start + 2, numbersStart === end ? end : writerEnd));
        if (type === 'r' && state) {
            // The most frequent line by far: its ranges go straight into the writer's spans.
            const problem = addRanges(text, numbersStart, end, state, size);
            if (problem === NOT_AN_ENTRY)
                return damaged(notAnEntry(text, start, end));
            if (problem === PAST_THE_END)
                return damaged(PAST_THE_END_NOTE);
            continue;
        }
        numbers.length = 0;
        const count = parseNumbers(text, numbersStart, end, numbers);
        if (count < 0)
            return damaged(notAnEntry(text, start, end));
        if (type === 'o' && count === 2) {
            if (numbers[0] !== inode)
                return damaged('was written for another record file (it was replaced or moved)');
            if (numbers[1] > size)
                return damaged(PAST_THE_END_NOTE);
            if (!state) {
                const writer = text.slice(start + 2, writerEnd);
                state = { pid: Number.parseInt(writer, 10), closed: false, from: numbers[1], spans: [], unsorted: false };
                writers.set(writer, state);
            }
            state.closed = false;
            state.from = Math.max(state.from, numbers[1]);
        }
        else if (type === 'c' && state && count === 0) {
            state.closed = true;
        }
        else if (type === 'x' && count === 0) {
            return damaged('says the session has lines written without it (by an older lyfe-kt or another tool)');
        }
        else {
            return damaged(notAnEntry(text, start, end));
        }
    }
    let stopped;
    for (const state of writers.values()) {
        if (state.closed)
            continue;
        // Still writing, or stopped without closing: its last lines are somewhere after `from`.
        addRange(state, state.from, Infinity);
        if (!(0,_session_process_js__WEBPACK_IMPORTED_MODULE_3__/* .processAlive */ .F)(state.pid) && (!stopped || state.from < stopped.from))
            stopped = { pid: state.pid, from: state.from };
    }
    const note = stopped
        ? `a writer of the session (pid ${stopped.pid}) stopped without closing ${indexFile}: the record file was scanned from byte ${stopped.from} to its end`
        : undefined;
    // One writer (the usual case): its spans are the plan; several: theirs together, sorted.
    const states = [...writers.values()];
    const spans = states.length === 1 && !states[0].unsorted ? states[0].spans : sortAndMerge(states.flatMap((state) => state.spans));
    return { usable: true, spans, note };
}
/** The index text of the session, or undefined when it has none. */
function readIndexText(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'latin1');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 4866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readSessionModel)
/* harmony export */ });
/* harmony import */ var _filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1851);
/* harmony import */ var _session_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8169);


/**
 * The session's model from the streams `kinds` (both by default, processing first), each record
 * also handed to `visit` (to render it, or to keep the few a view needs) with its line's bytes
 * as the file holds them (valid only during the call) before it is let go.
 */
function readSessionModel(logDir, sessionId, options = {}) {
    const model = new _session_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionModel */ .IV({ prices: options.prices });
    let skipped = 0;
    const notes = [];
    for (const kind of options.kinds ?? _session_model_js__WEBPACK_IMPORTED_MODULE_1__/* .STREAMS_IN_ORDER */ .fc) {
        const result = (0,_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachSessionRecord */ ._F)(logDir, sessionId, kind, (record, line) => {
            options.visit?.(record, kind, line);
            model.add(record, kind);
        });
        skipped += result.skipped;
        if (result.note)
            notes.push(result.note);
    }
    return { summary: model.result(), skipped, notes };
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ assertSessionId),
/* harmony export */   OZ: () => (/* binding */ newSessionId),
/* harmony export */   UP: () => (/* binding */ begunHere),
/* harmony export */   nw: () => (/* binding */ randomHex)
/* harmony export */ });
/* unused harmony exports actionsSessionId, isSessionId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9517);

const LOCAL = /^sess_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}_[0-9a-f]{8}$/;
const ACTIONS = /^gha_\d+_\d+(_[A-Za-z0-9][A-Za-z0-9.-]{0,63})?$/;
/** The ids `newSessionId` made in this process. */
const made = new Set();
/**
 * `bytes` random bytes in hex, from the global Web Crypto: `node:crypto` is loaded when the first
 * is made, not when this module is (`lyfe-kt logs` never makes one).
 */
function randomHex(bytes) {
    return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
/** `sess_YYYY-MM-DD_HH-MM-SS_<8 hex>`, in UTC. */
function newSessionId(now = new Date()) {
    const iso = now.toISOString(); // 2025-01-18T17:30:45.123Z
    const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '-')}`;
    const id = `sess_${stamp}_${randomHex(4)}`;
    made.add(id);
    return id;
}
/** Whether this process made `id` (`newSessionId`): no record of such a session was written before it. */
function begunHere(id) {
    return made.has(id);
}
/** `gha_<run_id>_<run_attempt>[_<job or shard key>]`; the key is sanitised to `[A-Za-z0-9.-]`. */
function actionsSessionId(runId, runAttempt, key) {
    const suffix = key ? `_${key.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64)}` : '';
    return assertSessionId(`gha_${runId}_${runAttempt}${suffix === '_' ? '' : suffix}`);
}
function isSessionId(value) {
    return LOCAL.test(value) || ACTIONS.test(value);
}
function assertSessionId(value, source = 'session id') {
    if (!isSessionId(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LyfeError */ .L0(`${source} ${JSON.stringify(value)} is not a session id`, {
            fix: 'Use the form sess_YYYY-MM-DD_HH-MM-SS_<8 hex> (see `lyfe-kt logs --list`) or gha_<run_id>_<attempt>[_<key>]',
            exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage,
        });
    }
    return value;
}


/***/ }),

/***/ 82:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ processAlive)
/* harmony export */ });
/**
 * Whether a process of this machine is running (signal 0 only asks). A pid from another host, or
 * reused since, may mislead: callers use it for liveness hints (a running session, a stale lock).
 */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ })

};
