export const id = 932;
export const ids = [932];
export const modules = {

/***/ 3932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mz: () => (/* reexport */ RecordLocator),
  $G: () => (/* reexport */ detectQualityIssues),
  iP: () => (/* binding */ packageQualityReport),
  AY: () => (/* reexport */ quality_issues_types/* qualityCounts */.AY),
  yI: () => (/* reexport */ quality_issues_report/* renderQualityReport */.yI),
  sessionQualityReport: () => (/* binding */ sessionQualityReport)
});

// UNUSED EXPORTS: FAIL_ON_LEVELS, RuleIds, SEVERITIES, SUMMARY_TOP_ISSUES, failsOn, qualityIssuesSection, readQualityReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/records/session-read.js
var session_read = __webpack_require__(4866);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
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
function indexSource(source) {
    const list = (0,language/* words */.aL)(source);
    const at = new Map();
    list.forEach((word, index) => {
        const places = at.get(word);
        if (places)
            places.push(index);
        else
            at.set(word, [index]);
    });
    return { words: list, at };
}
const copiedFromSource = (output, value) => {
    if (!output.source)
        return [];
    const { words: source, at } = output.sourceIndex ?? indexSource(output.source);
    if (source.length < COPIED_RUN_WORDS)
        return [];
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
        let known = templates.get(name);
        if (known === undefined) {
            const text = readIfPresent(external_node_path_.join(inputs.templateDir, name));
            const parsed = inputs.parsedTemplates?.get(name);
            const template = text === null ? null : parsed?.text === text ? (0,pipeline_template/* templateParts */.Di)(parsed) : (0,pipeline_template/* parseTemplate */.QC)(text, name);
            known = template && { template, sourceIndex: indexSource(template.source), language: template.language ?? (0,language/* detectLanguage */.od)(template.source) };
            templates.set(name, known);
        }
        return known;
    };
    for (const output of summary.outputs) {
        const text = readIfPresent(external_node_path_.join(inputs.outputDir, output.file));
        if (text === null)
            continue;
        const known = output.input === null ? null : templateOf(output.input);
        const template = known?.template;
        const resultLine = resultLines.get(output.file);
        const accepted = output.call_id ? calls.acceptedLine(output.call_id) : undefined;
        findings.push(...checkOutput({
            file: output.file,
            text,
            schemaVersion: (0,schema/* isSchemaVersion */.Cl)(output.schema_version) ? output.schema_version : schema/* DEFAULT_SCHEMA_VERSION */.jK,
            source: template?.source,
            sourceIndex: known?.sourceIndex,
            sourceLanguage: known?.language,
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

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/report.js
var quality_issues_report = __webpack_require__(764);
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
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `parsedTemplates`: see `QualityInputs`.
 */
function packageQualityReport(packageDir, summary, records, parsedTemplates) {
    return detectQualityIssues({
        summary,
        records,
        outputDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.output),
        templateDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.preprocessed),
        parsedTemplates,
    });
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ qualityIssuesSection),
/* harmony export */   yI: () => (/* binding */ renderQualityReport)
/* harmony export */ });
/* unused harmony exports readQualityReport, SUMMARY_TOP_ISSUES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5046);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5817);
/**
 * A package's `logs/quality_issues.json` as a file: read, written and summed up in
 * `execution_summary.md`. Apart from the detection (`detect.ts`), so that what only shows a report
 * (the action's report step, the summary) does not load the rules.
 */





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
const SEVERITY_ICONS = { error: '❌', warning: '⚠️', info: 'ℹ️' };
/** How many issues `execution_summary.md` lists; all of them are in `quality_issues.json`. */
const SUMMARY_TOP_ISSUES = 10;
/** The `## Quality Issues` section of `execution_summary.md`: the counts, then the most severe issues, each with its file. */
function qualityIssuesSection(report) {
    const lines = ['## Quality Issues', `- **Found**: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .qualityCounts */ .AY)(report.counts)}${report.issues.length ? ` (every one in \`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .LogFiles */ .aE.qualityIssues}\`, with the records that show it; open \`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .LogFiles */ .aE.viewer}\` to follow them)` : ''}`];
    for (const issue of report.issues.slice(0, SUMMARY_TOP_ISSUES)) {
        const where = issue.file ? ` in ${issue.file}${issue.path ? ` at ${issue.path}` : ''}` : '';
        lines.push(`- ${SEVERITY_ICONS[issue.severity]} **${issue.id} ${issue.rule}**${where}: ${issue.message}`);
    }
    if (report.issues.length > SUMMARY_TOP_ISSUES)
        lines.push(`- … and ${report.issues.length - SUMMARY_TOP_ISSUES} more in \`${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .LogFiles */ .aE.qualityIssues}\``);
    return lines;
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
 * as the file holds them (valid only during the call) before it is let go. With `events`, only
 * the records of those events are read: a model of part of the session (`OUTCOME_EVENTS` gives
 * its outcome at a fraction of the cost of reading every record).
 */
function readSessionModel(logDir, sessionId, options = {}) {
    const model = new _session_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SessionModel */ .IV({ prices: options.prices });
    let skipped = 0;
    const notes = [];
    for (const kind of options.kinds ?? _session_model_js__WEBPACK_IMPORTED_MODULE_1__/* .STREAMS_IN_ORDER */ .fc) {
        const add = (record, line) => {
            options.visit?.(record, kind, line);
            model.add(record, kind);
        };
        const result = (0,_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachSessionRecord */ ._F)(logDir, sessionId, kind, add, options.events);
        skipped += result.skipped;
        if (result.note)
            notes.push(result.note);
    }
    return { summary: model.result(), skipped, notes };
}


/***/ })

};
