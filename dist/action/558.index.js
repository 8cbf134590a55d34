export const id = 558;
export const ids = [558];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 90558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UE: () => (/* binding */ MissingShards),
  Pi: () => (/* binding */ NotOneRun),
  kg: () => (/* binding */ mergePackages),
  qh: () => (/* binding */ shardOfPackage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(99517);
// EXTERNAL MODULE: ./dist/lib/files.js
var files = __webpack_require__(72395);
// EXTERNAL MODULE: ./dist/lib/records/cost.js + 1 modules
var cost = __webpack_require__(11830);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js + 1 modules
var session_model = __webpack_require__(61129);
// EXTERNAL MODULE: ./dist/lib/records/values.js
var values = __webpack_require__(39567);
// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(48194);
// EXTERNAL MODULE: ./dist/lib/package/archive.js + 1 modules
var archive = __webpack_require__(34349);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./dist/lib/records/session-read.js
var session_read = __webpack_require__(84866);
// EXTERNAL MODULE: ./dist/lib/records/filter.js
var filter = __webpack_require__(21851);
// EXTERNAL MODULE: ./dist/lib/records/parse.js
var parse = __webpack_require__(80766);
// EXTERNAL MODULE: ./dist/lib/records/types.js + 1 modules
var types = __webpack_require__(16689);
// EXTERNAL MODULE: ./dist/lib/session/process.js
var session_process = __webpack_require__(80082);
;// CONCATENATED MODULE: ./dist/lib/records/sessions.js







function sessionStatus(summary) {
    const unfinished = summary.stages.filter((run) => run.status === 'unfinished');
    // Ended by a packaging that has not ended (read from a log folder: `SessionModelOptions.wholeLog`):
    // it is still running, or was stopped, and its package may not be there.
    const packaging = summary.stages.filter((run) => run.stage === 'package').at(-1);
    if (summary.ended && packaging?.status !== 'unfinished')
        return summary.success ? 'succeeded' : 'failed';
    // As `package` judges it: a zombie, or another process reusing the pid since, is no stage running.
    if (unfinished.some((run) => processRunning(run.pid, Date.parse(run.start_time))))
        return 'running';
    return summary.stages.length > 0 && unfinished.length === 0 ? 'open' : 'interrupted';
}
const unique = (values) => [...new Set(values)];
/** A line of `logs --list`, from the session's model. */
function sessionListing(summary) {
    return {
        session: summary.session_id,
        start: summary.start_time ?? '',
        end: summary.end_time ?? '',
        status: sessionStatus(summary),
        stages: unique(summary.stages.map((run) => run.stage)),
        failed_stages: unique(summary.stages.filter((run) => run.status === 'failed').map((run) => run.stage)),
        records: summary.counts.processing_records + summary.counts.prompt_records,
        errors: summary.counts.errors,
        warnings: summary.counts.warnings,
        llm_calls: summary.ai.calls,
        attempts: summary.ai.total_api_calls,
        tokens: summary.ai.total_tokens,
    };
}
/** Every session found in the global record files of `logDir`, newest first. */
function listSessions(logDir) {
    const models = new Map();
    let skipped = 0;
    for (const kind of STREAMS_IN_ORDER) {
        const result = forEachRecord(recordFile(logDir, kind), (record) => {
            let model = models.get(record.session);
            if (!model) {
                model = new SessionModel({ wholeLog: true });
                models.set(record.session, model);
            }
            model.add(record, kind);
        });
        skipped += result.foreign;
    }
    // Reversed first, so that sessions starting in the same millisecond keep newest-first too.
    const sessions = [...models.values()].map((model) => sessionListing(model.result())).reverse();
    sessions.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
    return { sessions, skipped };
}
/** The records that decide whether a session has ended. */
const END_EVENTS = new Set([types/* Events */.sV.sessionEnd, types/* Events */.sV.stageStart, types/* Events */.sV.stageEnd]);
/**
 * Whether the session has ended, as its model says (`SessionSummary.ended`), from its session and
 * stage records alone: read through its index, or, when it has none (logs restored without their
 * `index/` folder, or written by an older lyfe-kt), by a scan of the record file, which the writer's
 * own search for earlier lines of the session then spares (`searchedFor`). A session this process
 * began has no records yet: it is not searched for.
 */
function sessions_sessionEnded(logDir, sessionId) {
    if (begunHere(sessionId))
        return false;
    return readSessionModel(logDir, sessionId, { kinds: ['processing'], events: END_EVENTS }).summary.ended;
}
/**
 * Whether the global files of `logDir` hold any record of the session: a line of it, found through
 * its index (read only up to the first line), else by a scan. An index alone is no record: the
 * record files may have been removed, emptied or rotated since, and their session indexes left.
 */
function sessions_sessionHasRecords(logDir, sessionId) {
    return STREAMS_IN_ORDER.some((kind) => {
        try {
            filterSessionLines(recordFile(logDir, kind), sessionId, () => {
                throw FOUND;
            });
            return false;
        }
        catch (error) {
            if (error === FOUND)
                return true;
            throw error;
        }
    });
}
/** Stops a read at the session's first line. */
const FOUND = Symbol('found');

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./dist/lib/session/context.js

const storage = new external_node_async_hooks_.AsyncLocalStorage();
function context_runInSession(context, fn) {
    return storage.run(context, fn);
}
function currentSession() {
    return storage.getStore();
}
function context_requireSession() {
    const context = storage.getStore();
    if (!context)
        throw new Error('no session: records can only be written inside runInSession()');
    return context;
}

;// CONCATENATED MODULE: ./dist/lib/records/redact.js
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
/**
 * An `Authorization:` value, a credential (`<key>`) or a scheme and one (`Bearer <token>`), is one
 * if either word looks like a credential: "authorization: know the difference" is prose.
 */
const headerValue = (match, head, first, second = '') => looksLikeCredential(first) || looksLikeCredential(second.trim()) || /=$/.test(second) ? `${head}${REDACTED}` : match;
/**
 * Credential shapes, each with what replaces a match (the header name of an `Authorization:` stays).
 * A pair's quotes may be escaped (`{\"api_key\": \"...\"}` in a JSON reply that quotes a sample): the
 * value ends before the backslash of its closing quote, which stays.
 */
const SHAPES = [
    ...startAfterEscapes([
        [/(Authorization\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}\\]+)(\s+[^\s"',}\\]+)?/gi, headerValue],
        [/\b()Bearer\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfter],
        // A `Basic` credential is base64, a whole word of it: "Basic 10-minute routine" and "Basic Covid-19 hygiene" are prose.
        [/\b()Basic\s+([A-Za-z0-9+/]{8,}={0,2})(?![\w~-])/gi, credentialAfter],
        [/\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|passwd)\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}&\\]{8,})/gi, credentialAfter],
        // A URL query parameter named like a credential (`?key=`, `&token=`, `&sig=`, `X-Amz-Signature=`), up to the
        // end of its value or a sentence's period: `?key=value-words` and `?page=2` stay.
        [/([?&](?:[\w-]*[_-])?(?:key|token|secret|sig|signature)=)([\w.~+/=%-]*[\w~+/=%-])/gi, credentialAfter],
        [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
        [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
        [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
        [/\bAKIA[0-9A-Z]{16}\b/g, REDACTED],
        [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
        [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED],
        // A JSON Web Token: a JSON header (`{"` is `eyJ` in base64url), its claims and its signature, empty when unsigned.
        [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED],
    ]),
    // The user part of a URL (`https://user:password@host`, `https://<token>@host`). After an escape,
    // its scheme starts at the escape's letter (`\nhttps://` gives `nhttps://`), and the user part goes
    // all the same: its `\b` stays as it is, which keeps the search for a start fast.
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, `$1${REDACTED}@`],
];
/**
 * The shapes with their leading `\b` holding right after an escape of a JSON string too (`\n`,
 * `\t`, `\u001b`): a string may hold JSON text (a model's reply is recorded as the text it sent),
 * where a key on a line of its own stands after the letter of `\n`, not after a word's end. The
 * start is "not after a word character, unless it is an escape's": one negative lookbehind, which
 * costs what `\b` does (a lookbehind of either case is ten times slower).
 */
function startAfterEscapes(shapes) {
    const start = String.raw `(?<!(?<!\\|\\u[0-9A-Fa-f]{0,3})\w)`;
    return shapes.map(([shape, replacement]) => [new RegExp(shape.source.replace(/^\\b/, start), shape.flags), replacement]);
}
/**
 * What every shape above but a query's and a JSON Web Token's starts with, or holds (case aside): a
 * text without any of these matches none of them, and one search for them costs a fraction of
 * trying each shape (the writer redacts every string of every record). A URL is a hint only with a user part (`://…@`): the
 * links of a prompt (a schema's `http://json-schema.org/…`) do not send it through every shape.
 */
const SHAPE_HINT = /authorization|bearer|basic|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|passw|:\/\/[^\s/?#@"']+@|sk-|gh[pousr]_|github_pat_|akia|aiza|xox[abprs]-/i;
/**
 * A URL query parameter named like a credential, looked for apart: as one more alternative of
 * `SHAPE_HINT`, it made V8's search of every string two to three times slower, and a text without
 * `=` (most of them) has no such parameter.
 */
const QUERY_HINT = /[?&][\w-]*(?:key|token|secret|sig)/i;
/**
 * Whether `text` may hold a credential shape: when not, it is as it is, without trying each shape.
 * A JSON Web Token's `eyJ` (one case only) is looked for apart too, and only in a text with a `J`:
 * a search for one character, like the `=` of a query, costs next to nothing, one for `eyJ` as much
 * as half of `SHAPE_HINT`'s.
 */
function mayHoldShape(text) {
    return SHAPE_HINT.test(text) || (text.includes('J') && text.includes('eyJ')) || (text.includes('=') && QUERY_HINT.test(text));
}
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
/**
 * The redacted copies of deep-frozen objects (frozen, and every object inside them too), by
 * object: their strings cannot change, so neither can their copy (a request's response schema is
 * one such object, sent with every call of its kind). The copies are frozen as well.
 */
let frozenCopies = new WeakMap();
/** For tests and long-lived hosts whose environment changes. */
function refreshSecrets() {
    envSecrets = undefined;
    frozenCopies = new WeakMap();
}
function redact_redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    if (!mayHoldShape(out))
        return out;
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A part of a secret this long, or longer, is a part of it wherever it stands (a window of the secrets' forms). */
const FRAGMENT_LENGTH = 8;
/** Secrets this long or longer are redacted by their parts too: a shorter one's parts are too likely in ordinary text. */
const FRAGMENTED_LENGTH = 16;
/** A run of the characters a key, its percent-encoding or its base64 is written with. */
const TOKEN_RUN = /[A-Za-z0-9._~+/=%-]+/g;
/**
 * The forms a server may quote a secret in: as it is, percent-encoded, base64'd (and base64url'd);
 * for a `Basic <base64>` value, its decoded `user:password` and the password.
 */
function secretForms(secret) {
    const forms = [secret, encodeURIComponent(secret)];
    const bytes = Buffer.from(secret);
    forms.push(bytes.toString('base64'), bytes.toString('base64url'));
    const basic = /^basic\s+([A-Za-z0-9+/=_-]+)$/i.exec(secret.trim());
    if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const password = decoded.slice(decoded.indexOf(':') + 1);
        forms.push(decoded, password, encodeURIComponent(decoded), encodeURIComponent(password));
    }
    return forms.filter((form) => form.length >= Math.min(MIN_SECRET_LENGTH, secret.length));
}
/**
 * The base64 text a secret gives inside a longer base64'd text (a `Basic` header of `user:<key>`),
 * at each of the three places it may start in a group of three bytes: the characters that do not
 * depend on the bytes around it.
 */
function base64Interiors(secret) {
    return [1, 2].map((offset) => {
        const text = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString('base64');
        return text.slice(4, -4);
    });
}
/**
 * `text` without any of `secrets` as a server may quote it back (in an error, a collector's
 * message): each in any of its forms (`secretForms`), and, for a secret of 16 characters or more,
 * any run of key characters that shares 8 characters in a row with one of its forms, so a key
 * quoted in part (`sk-proj-abc1...`), cut across lines, or base64'd inside a `Basic` value is gone too.
 */
function redactEchoes(text, secrets) {
    const given = secrets.filter(Boolean);
    if (!given.length)
        return text;
    const forms = [...new Set(given.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    const windows = new Set();
    for (const secret of given.filter((value) => value.length >= FRAGMENTED_LENGTH)) {
        for (const form of [...secretForms(secret), ...base64Interiors(secret)]) {
            for (let at = 0; at + FRAGMENT_LENGTH <= form.length; at++)
                windows.add(form.slice(at, at + FRAGMENT_LENGTH));
        }
    }
    if (!windows.size)
        return out;
    return out.replace(TOKEN_RUN, (run) => {
        if (run.length < FRAGMENT_LENGTH || run === REDACTED)
            return run;
        for (let at = 0; at + FRAGMENT_LENGTH <= run.length; at++)
            if (windows.has(run.slice(at, at + FRAGMENT_LENGTH)))
                return REDACTED;
        return run;
    });
}
/**
 * A deep copy of `value` with every string redacted and secret-named fields blanked, holding what
 * its JSON text holds: `JSON.parse(JSON.stringify(copy))` equals the copy. So the record that the
 * writer's listeners see is the record its line reads back as (see writer.ts `onRecord`). As in
 * JSON, `toJSON` gives an object's value, a value JSON has no text for (`undefined`, a function, a
 * symbol) is left out of an object and `null` in an array, a number that is not finite is `null`,
 * and -0 is 0; an error is its name and redacted message.
 */
function redact_redactValue(value) {
    const copy = walk(value, '');
    return (copy === NO_TEXT ? undefined : copy);
}
/** What `walk` gives for a value that JSON has no text for. */
const NO_TEXT = Symbol('no JSON text');
/** `called`: `value` is what a `toJSON` returned, whose own `toJSON` JSON does not call again. */
function walk(value, key, called = false) {
    switch (typeof value) {
        case 'string':
            return redact_redactText(value);
        case 'number':
            return Number.isFinite(value) ? value + 0 : null;
        case 'boolean':
        case 'bigint':
            return value;
        case 'undefined':
        case 'function':
        case 'symbol':
            return NO_TEXT;
    }
    if (value === null)
        return null;
    const object = value;
    const known = frozenCopies.get(object);
    if (known)
        return known;
    // Errors and boxed values are never plain objects or arrays: most values skip these checks.
    const plain = isPlain(object);
    if (!plain && object instanceof Error)
        return { name: object.name, message: redact_redactText(object.message) };
    const toJSON = object.toJSON;
    if (!called && typeof toJSON === 'function')
        return walk(toJSON.call(object, String(key)), key, true);
    if (!plain && (object instanceof Number || object instanceof String || object instanceof Boolean))
        return walk(object.valueOf(), key);
    let out;
    if (Array.isArray(object)) {
        out = new Array(object.length);
        for (let index = 0; index < object.length; index++) {
            const inner = walk(object[index], index);
            out[index] = inner === NO_TEXT ? null : inner;
        }
    }
    else {
        out = {};
        for (const [name, inner] of Object.entries(object)) {
            let copied = walk(inner, name);
            if (copied === NO_TEXT)
                continue;
            // Blanked as its text: a boxed string, or an object whose `toJSON` gives one, is a string in the line.
            if (typeof copied === 'string' && copied !== '' && SECRET_KEY_FIELD.test(name))
                copied = REDACTED;
            // An own `__proto__` (a parsed reply may have one) stays a field, as in the JSON text, not the copy's prototype.
            if (name === '__proto__')
                Object.defineProperty(out, name, { value: copied, enumerable: true, writable: true, configurable: true });
            else
                out[name] = copied;
        }
    }
    // Reached after a `toJSON` (`called`), an object may have one itself: only those without are copied once.
    if (!called && deepFrozen(object))
        frozenCopies.set(object, Object.freeze(out));
    return out;
}
function isPlain(object) {
    const prototype = Object.getPrototypeOf(object);
    return prototype === Object.prototype || prototype === Array.prototype;
}
/**
 * Whether `value`, just walked, can be copied once: frozen, its properties plain values (a getter's
 * value can change however frozen the object is), and its objects deep-frozen (walked first, each
 * has its copy by now).
 */
function deepFrozen(value) {
    if (!Object.isFrozen(value))
        return false;
    return Object.values(Object.getOwnPropertyDescriptors(value)).every((property) => 'value' in property && (!property.value || typeof property.value !== 'object' || frozenCopies.has(property.value)));
}

// EXTERNAL MODULE: ./dist/lib/records/scan.js
var scan = __webpack_require__(63940);
// EXTERNAL MODULE: ./dist/lib/records/session-index.js
var session_index = __webpack_require__(79708);
;// CONCATENATED MODULE: ./dist/lib/records/writer.js










/**
 * The single writer of records. Each record is one JSON line (`level`, `time` first, `msg` last,
 * as pino writes them) and one `write(2)` of that whole line to a file opened with O_APPEND,
 * synchronously: concurrent processes never tear each other's lines, and a process killed with
 * SIGKILL loses at most the line it was writing. Beside the global files, each session's index
 * (session-index.ts) says where its lines are.
 */
/** Lines written, or bytes, before the ranges they went to are appended to the sessions' indexes (and the lines to their copies). */
const FLUSH_LINES = 1024;
const FLUSH_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** A session's buffer of kept lines starts at this size; one that grew past it is let go at the flush. */
const LINES_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
const NO_LINES = Buffer.alloc(0);
const NEWLINE = 0x0a;
/**
 * Opens a record file for appending, and ends its last line first when a write that failed half
 * way (a full disk, a killed process) left it without a newline: this process's first record
 * then starts a line of its own instead of being glued to the torn one and lost. Readers skip and
 * count the torn line. A line another process is still writing looks the same for an instant (a
 * long line is copied a page at a time): ending it then leaves an empty line, which the scanner
 * skips, never a lost or torn record.
 */
function openRecordFile(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'a+');
    if (!startsLine(fd, fs.fstatSync(fd).size))
        fs.writeSync(fd, '\n');
    return fd;
}
/** Whether byte `at` of the file starts a line (the file's start, or just after a newline). */
function startsLine(fd, at) {
    if (at === 0)
        return true;
    const before = Buffer.alloc(1);
    return fs.readSync(fd, before, 0, 1, at - 1) === 1 && before[0] === NEWLINE;
}
/**
 * A global record file open for appending, and where this process's lines went in it. Offsets are
 * counted from the file's size when last looked at, as if no other process wrote since; every
 * `FLUSH_LINES` lines the size is looked at again: when it is what this process's own lines make it,
 * no other process wrote in between and the counted ranges are exact; else each session gets the
 * whole stretch since the last look, which holds its lines and others'. The index then has the
 * ranges. So the index costs one `fstat` per `FLUSH_LINES` lines and one write per session per
 * flush, and is exact when this process writes alone, coarser (never wrong) when others write too.
 * When exact, and the stretch starts a line (nothing torn before it that its first line is glued
 * to), each session's lines of the stretch are also appended to its copy with one write, and its
 * `k` entry says where they are there: a reader then reads the copy, not a range per line.
 */
class RecordFile {
    file;
    fd;
    inode;
    /** The file's size when last looked at. */
    checked;
    /** `checked` plus what this process wrote since. */
    expected;
    /** A write that failed half way: this stretch's ranges are not exact. */
    uncertain = false;
    /** Ranges `[start, end)` written since `checked`, per session, assuming no other writer, and the lines. */
    pending = new Map();
    pendingLines = 0;
    pendingBytes = 0;
    /** The index files of the sessions this process writes, open for appending; undefined: the session has no index. */
    indexes = new Map();
    /** The sessions' copies this process appends to, and their sizes after its last write. */
    copies = new Map();
    /** The sessions this process has written lines of to the file. */
    written = new Set();
    /** Sessions whose index this process opened again after it closed it (the packaging stage records its own end after the session's). */
    reopened = new Set();
    /** The device of the file, with `inode` what tells it apart from another spelling's. */
    device;
    constructor(file) {
        this.file = file;
        this.fd = openRecordFile(file);
        const stats = fs.fstatSync(this.fd);
        this.device = stats.dev;
        this.inode = stats.ino;
        this.checked = this.expected = stats.size;
    }
    /** Whether `stats` are those of the file this writer appends to. */
    is(stats) {
        return stats.dev === this.device && stats.ino === this.inode;
    }
    /** Whether no session's lines are being written: every index this writer opened is closed. */
    idle() {
        return this.indexes.size === 0;
    }
    /** Whether the file at `name` is still the one this writer appends to (not removed, moved away or replaced since). */
    isAt(name) {
        const stats = fs.statSync(name, { throwIfNoEntry: false });
        return stats !== undefined && this.is(stats);
    }
    /** Closes the file and whatever this writer still holds open of it. */
    release() {
        this.close();
        fs.closeSync(this.fd);
    }
    append(sessionId, line) {
        const length = Buffer.byteLength(line);
        if (!this.indexes.has(sessionId))
            this.openIndex(sessionId);
        const pending = this.indexes.get(sessionId) === undefined ? undefined : this.pendingOf(sessionId);
        const start = this.expected;
        // Lines of a session that follow each other are one range, read with one read: they need no
        // copy. From its first line after another session's, the session keeps its lines' bytes.
        if (pending && !pending.kept && pending.ranges.length > 0 && pending.ranges[pending.ranges.length - 1] !== start)
            this.keep(pending);
        let written = 0;
        try {
            if (pending?.kept) {
                // Encoded once, after the kept lines, and written from there: the copy is the same bytes.
                room(pending, length);
                pending.lines.write(line, pending.bytes);
                while (written < length)
                    written += fs.writeSync(this.fd, pending.lines, pending.bytes + written, length - written);
            }
            else {
                // The string is written as it is (Node encodes it on the way out, without a Buffer on the
                // heap); only a write cut short continues from the bytes.
                written = fs.writeSync(this.fd, line);
                if (written < length) {
                    const bytes = Buffer.from(line);
                    while (written < length)
                        written += fs.writeSync(this.fd, bytes, written);
                }
            }
        }
        finally {
            if (written < length)
                this.uncertain = true;
            this.expected += written;
            // A line of a session without an index still counts in `expected`, for the others' ranges.
            if (pending) {
                const ranges = pending.ranges;
                if (ranges[ranges.length - 1] === start)
                    ranges[ranges.length - 1] = this.expected;
                else
                    ranges.push(start, this.expected);
                if (pending.kept)
                    pending.bytes += written;
            }
            this.pendingLines += 1;
            this.pendingBytes += written;
        }
        if (this.pendingLines >= FLUSH_LINES || this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    pendingOf(sessionId) {
        let pending = this.pending.get(sessionId);
        if (!pending) {
            pending = { ranges: [], kept: false, lines: NO_LINES, bytes: 0 };
            this.pending.set(sessionId, pending);
        }
        return pending;
    }
    /** Starts keeping the session's lines: those of this stretch so far, one range, are read back. */
    keep(pending) {
        const [start, end] = pending.ranges;
        room(pending, end - start);
        pending.bytes = fs.readSync(this.fd, pending.lines, 0, end - start, start);
        // Not all there: the file changed under this process, and this stretch gets no copy.
        if (pending.bytes !== end - start)
            this.uncertain = true;
        pending.kept = true;
    }
    /**
     * Before the session's first line in this process: its index says from where this process
     * writes it. A session with no index yet may already have lines written without one (by an
     * older lyfe-kt, another tool, or a `--session` given to a new run): an index begun now would
     * hide them from readers, so the file is searched for them once (about half what `grep` costs),
     * and when it holds any, the index says so (readers scan) and this process indexes no line of
     * the session. A session this process began has no earlier line until this process writes one:
     * it is not searched for the first time, but is when its index is begun again (the index folder
     * was removed while this process wrote, and the session is written after its `c`). Bytes
     * of the file a reader of this process scanned whole for the session are not searched again
     * (`searchedFor`). An empty index is one whose first entry was lost (an `x` too: a writer killed
     * between creating it and writing, a full disk): it is searched for as if it had none.
     */
    openIndex(sessionId) {
        const file = sessionIndexFile(this.file, sessionId);
        let earlier = false;
        if (!indexBegun(file) && (!begunHere(sessionId) || this.written.has(sessionId))) {
            const found = () => void (earlier = true);
            const searched = searchedFor(this.file, sessionId, this.inode, fs.fstatSync(this.fd).size);
            if (searched?.found)
                earlier = true;
            else if (searched)
                scanSpans(this.file, [searched.size, Infinity], sessionNeedle(sessionId), found, found);
            else
                scanLines(this.file, sessionNeedle(sessionId), found, found);
            // Looked for again after the search: a writer that began the index meanwhile wrote its `o`
            // before its lines, so lines found then may be its own; and it searched the file itself
            // first, so lines written without an index before it are in its `x`.
            if (earlier && indexBegun(file))
                earlier = false;
        }
        if (this.written.has(sessionId))
            this.reopened.add(sessionId);
        this.written.add(sessionId);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        if (earlier) {
            fs.appendFileSync(file, unindexedEntry());
            this.indexes.set(sessionId, undefined);
            return;
        }
        const fd = fs.openSync(file, 'a');
        fs.writeSync(fd, openEntry(this.inode, this.expected));
        this.indexes.set(sessionId, fd);
    }
    /** Appends the ranges written since the last flush to the sessions' indexes. */
    flush() {
        if (this.pendingLines === 0)
            return;
        const size = fs.fstatSync(this.fd).size;
        const exact = size === this.expected && !this.uncertain;
        // A stretch in which no session's lines were interleaved with others' needs no copy, nor this look.
        const copied = exact && [...this.pending.values()].some((pending) => pending.kept) && startsLine(this.fd, this.checked);
        for (const [sessionId, pending] of this.pending) {
            const ranges = pending.ranges;
            if (ranges.length === 0)
                continue;
            const copy = copied && pending.kept ? this.copy(sessionId, pending) : undefined;
            const entry = copy !== undefined ? copiedEntry(copy.inode, copy.from, copy.from + pending.bytes, ranges[0], ranges[ranges.length - 1]) : rangesEntry(exact ? ranges : [this.checked, size]);
            fs.writeSync(this.indexes.get(sessionId), entry);
            pending.ranges = [];
            pending.kept = false;
            pending.bytes = 0;
            if (pending.lines.length > LINES_BYTES)
                pending.lines = NO_LINES;
        }
        this.pendingLines = 0;
        this.pendingBytes = 0;
        this.uncertain = false;
        this.checked = this.expected = size;
    }
    /**
     * Appends the session's pending lines to its copy; returns the copy's inode and where they start
     * there, or `undefined` when they are not all there right after this process's last write
     * (another process appended to the copy meanwhile, or the write stopped short): then the index
     * has their ranges instead.
     */
    copy(sessionId, pending) {
        let copy = this.copies.get(sessionId);
        if (!copy) {
            const fd = openIfExists(sessionCopyFile(this.file, sessionId), 'a');
            // The index folder was removed while this process wrote: its index is gone too.
            if (fd === undefined)
                return undefined;
            const stats = fs.fstatSync(fd);
            copy = { fd, inode: stats.ino, size: stats.size };
            this.copies.set(sessionId, copy);
        }
        const from = copy.size;
        const written = fs.writeSync(copy.fd, pending.lines, 0, pending.bytes);
        copy.size = fs.fstatSync(copy.fd).size;
        return written === pending.bytes && copy.size === from + written ? { inode: copy.inode, from } : undefined;
    }
    /**
     * At the end of a stage of the session: the indexes catch up, and an index opened again after it
     * was closed (the packaging stage's end, after the session's) is closed again, which a process
     * that goes on (a script calling the API, a dev server) would otherwise hold open, unclosed, for
     * as long as it runs: readers take a writer without its `c` for one still writing.
     */
    endStage(sessionId) {
        if (this.reopened.delete(sessionId))
            this.close(sessionId);
        else
            this.flush();
    }
    /** Says in the session's index (or every session's) that all of this process's lines are in it. */
    close(sessionId) {
        this.flush();
        for (const [id, fd] of this.indexes) {
            if (sessionId !== undefined && id !== sessionId)
                continue;
            if (fd !== undefined) {
                fs.writeSync(fd, closeEntry());
                fs.closeSync(fd);
            }
            this.indexes.delete(id);
            this.pending.delete(id);
            const copy = this.copies.get(id);
            if (copy)
                fs.closeSync(copy.fd);
            this.copies.delete(id);
        }
    }
}
/** Whether the session's index has been begun: it exists and holds an entry. */
function indexBegun(file) {
    return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}
/** Makes room in the session's kept bytes for `length` more. */
function room(pending, length) {
    if (pending.bytes + length <= pending.lines.length)
        return;
    const larger = Buffer.allocUnsafe(Math.max(LINES_BYTES, 2 * pending.lines.length, pending.bytes + length));
    pending.lines.copy(larger, 0, 0, pending.bytes);
    pending.lines = larger;
}
const writer_files = new Map();
/**
 * The absolute path of the record file of `kind` in `logDir`, from the working directory: resolved
 * once per folder, working directory and kind, not for every record (`path.resolve` took about a
 * twentieth of the writer's time in a run).
 */
const resolved = new Map();
function recordPath(logDir, kind) {
    const key = `${kind}\0${process.cwd()}\0${logDir}`;
    let name = resolved.get(key);
    if (name === undefined) {
        name = recordFile(logDir, kind);
        // A host that writes to many folders in turn keeps a few.
        if (resolved.size >= 64)
            resolved.clear();
        resolved.set(key, name);
    }
    return name;
}
let closingOnExit = false;
/** Every index is closed when the process exits normally; one killed leaves its index open, and readers scan its last lines. */
function closeAll() {
    for (const file of writer_files.values())
        file.close();
}
/**
 * The one writer of each record file, whichever spelling of its folder (`logs`, `./logs`, absolute,
 * through a symbolic link) a caller gives: two writers of one file in one process would share the
 * process's name in the index, and a killed process's lines of one could be left out by the other's
 * ranges. Between sessions (no session's lines being written to it), a writer whose file is no
 * longer at its path is let go: a process that goes on (a script calling the API, a dev server)
 * whose log folder was removed, or whose record file was moved away, since its last session writes
 * the next session's lines to the file the path names now, not to one that no reader finds.
 */
function recordFileFor(logDir, kind) {
    const name = recordPath(logDir, kind);
    let file = writer_files.get(name);
    if (file?.idle() && !file.isAt(name)) {
        const gone = file;
        for (const [spelling, open] of writer_files)
            if (open === gone)
                writer_files.delete(spelling);
        gone.release();
        file = undefined;
    }
    if (!file) {
        if (!closingOnExit) {
            process.once('exit', closeAll);
            closingOnExit = true;
        }
        const stats = fs.statSync(name, { throwIfNoEntry: false });
        file = (stats && [...writer_files.values()].find((open) => open.is(stats))) ?? new RecordFile(name);
        writer_files.set(name, file);
    }
    return file;
}
const listeners = new Set();
/**
 * Lets code in this process see each record as it is written, exactly as written (redacted), with
 * its line as it went into the record file (newline included), instead of reading the global files
 * back. The record is what its line parses to (`redactValue` copies the data as JSON holds it), so
 * it serves as the parsed line. Returns the function that stops listening.
 */
function onRecord(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
}
function write(kind, level, event, msg, fields = {}) {
    const context = requireSession();
    // Keys in the order of the line; `msg` is set last, after the optional fields, as pino writes it.
    const written = { level, time: new Date().toISOString(), session: context.sessionId, stage: fields.stage ?? context.stage, event, pid: process.pid };
    // Copies: a caller that changes its list later does not change the record its listeners hold.
    if (fields.input?.length)
        written.input = fields.input.slice();
    if (fields.output?.length)
        written.output = fields.output.slice();
    if (fields.data)
        written.data = redactValue(fields.data);
    written.msg = redactText(msg);
    const line = `${JSON.stringify(written)}\n`;
    try {
        recordFileFor(context.logDir, kind).append(context.sessionId, line);
    }
    catch (error) {
        throw unwritten(path.join(context.logDir, RecordFiles[kind]), 'a record', "the run's records stop before this one", context.logDir, error);
    }
    for (const listener of listeners)
        listener(kind, written, line);
    // At the end of a stage or session, the indexes catch up, so that readers find the lines by them.
    try {
        if (event === Events.sessionEnd)
            for (const file of writer_files.values())
                file.close(context.sessionId);
        else if (event === Events.stageEnd)
            for (const file of writer_files.values())
                file.endStage(context.sessionId);
    }
    catch (error) {
        throw unwritten(path.join(context.logDir, INDEX_FOLDER), 'a session index', 'the records are written, and read without it', context.logDir, error);
    }
}
/** A record (or its index) that a full disk or a permission kept out of its file: which file, and what to do. */
function unwritten(file, what, then, logDir, error) {
    if (error instanceof LyfeError)
        return error;
    const code = error.code ?? error.message;
    return new LyfeError(`${what} could not be written (${code})`, {
        file,
        fix: `Free space on the disk of ${logDir} (or fix its permissions): ${then}`,
        cause: error,
    });
}
/** A processing record in the current session and stage. */
function writer_record(level, event, msg, fields) {
    write('processing', level, event, msg, fields);
}
/** A prompt-audit record in the current session and stage. */
function auditRecord(level, event, msg, fields) {
    write('prompts', level, event, msg, fields);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./dist/lib/stage/git.js



/**
 * The commit checked out where the command runs, for the session's start record: what `git
 * rev-parse HEAD` prints, or undefined outside a repository (or on a branch with no commit yet).
 *
 * Read from the repository's files when its layout is the common one (a `.git` folder, or a `.git`
 * file naming a worktree's, with HEAD on a commit or on a branch stored loose or in `packed-refs`),
 * which spares every session a child process; anything else (GIT_DIR and its kin set, refs in a
 * reftable, a HEAD this reading does not know) is asked of git itself.
 */
function git_gitCommit(cwd = process.cwd()) {
    let read = FROM_GIT;
    try {
        if (!GIT_ENVIRONMENT.some((name) => process.env[name]))
            read = readCommit(cwd);
    }
    catch {
        // A file that could not be read: git may still know.
    }
    return read === FROM_GIT ? askGit(cwd) : read;
}
/** Variables that move the repository away from where the files say: git alone knows then. */
const GIT_ENVIRONMENT = (/* unused pure expression or super */ null && (['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM']));
const FROM_GIT = Symbol('ask git');
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const PER_WORKTREE = (/* unused pure expression or super */ null && (['refs/bisect/', 'refs/worktree/', 'refs/rewritten/']));
/** Symbolic refs followed before giving up (git's own limit is 5). */
const MAX_REF_DEPTH = 5;
function askGit(cwd) {
    try {
        return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
function readText(file) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The `.git` folder of the repository holding `cwd`, as git finds it (not across a file system boundary); undefined outside one. */
function gitDirOf(cwd) {
    let dir = path.resolve(cwd);
    const device = fs.statSync(dir).dev;
    for (;;) {
        const dotGit = path.join(dir, '.git');
        const stats = fs.statSync(dotGit, { throwIfNoEntry: false });
        if (stats?.isDirectory())
            return dotGit;
        if (stats?.isFile()) {
            const target = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '')?.[1];
            return target ? path.resolve(dir, target.trim()) : FROM_GIT;
        }
        // A bare repository, which has no `.git`: git reads it.
        if (fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects')))
            return FROM_GIT;
        const parent = path.dirname(dir);
        if (parent === dir || fs.statSync(parent).dev !== device)
            return undefined;
        dir = parent;
    }
}
function readCommit(cwd) {
    const gitDir = gitDirOf(cwd);
    if (gitDir === undefined || gitDir === FROM_GIT)
        return gitDir;
    // A worktree's own HEAD, and the refs it shares with the main repository.
    const commonDir = path.resolve(gitDir, readText(path.join(gitDir, 'commondir'))?.trim() ?? '.');
    if (fs.existsSync(path.join(commonDir, 'reftable')))
        return FROM_GIT;
    let value = readText(path.join(gitDir, 'HEAD'))?.trim();
    for (let depth = 0; depth < MAX_REF_DEPTH && value !== undefined; depth++) {
        if (OBJECT_ID.test(value))
            return value;
        const ref = /^ref: (refs\/\S+)$/.exec(value)?.[1];
        // Refs of one worktree only live beside its HEAD: left to git, as anything unexpected.
        if (!ref || ref.split('/').includes('..') || PER_WORKTREE.some((prefix) => ref.startsWith(prefix)))
            return FROM_GIT;
        value = readText(path.join(commonDir, ref))?.trim() ?? packedRef(commonDir, ref);
        // A branch with no commit yet: git says HEAD is unknown.
        if (value === undefined)
            return undefined;
    }
    return FROM_GIT;
}
function packedRef(commonDir, ref) {
    for (const line of (readText(path.join(commonDir, 'packed-refs')) ?? '').split('\n')) {
        const [id, name] = line.split(' ');
        if (name === ref && id && OBJECT_ID.test(id))
            return id;
    }
    return undefined;
}

// EXTERNAL MODULE: ./dist/lib/session/store.js
var store = __webpack_require__(87182);
;// CONCATENATED MODULE: ./dist/lib/stage/run-stage.js








/** How long an interrupted stage waits for its work to stop before it ends anyway. */
const STOPPING_MS = 2000;
/**
 * `work`, or the signal's reason once it aborts: what the stage was doing is cancelled through the
 * same signal, and is given `STOPPING_MS` to stop (calls in flight record their interrupted
 * attempts, a level answered beside one stopped is written), so that the stage's end comes after
 * its last records; then it ends and says why, whatever it still waits for.
 */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        let stopping = false;
        const onAbort = () => {
            stopping = true;
            const stop = () => reject(signal.reason);
            const late = setTimeout(stop, STOPPING_MS);
            late.unref();
            void work.then(stop, stop).finally(() => clearTimeout(late));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        void work
            .then((value) => stopping || resolve(value), (error) => stopping || reject(error))
            .finally(() => signal.removeEventListener('abort', onAbort));
        if (signal.aborted)
            onAbort();
    });
}
/**
 * Runs one pipeline stage inside its session: joins (or begins) the work folder's session, writes
 * the stage's start and end records, and records a failure with its cause before rethrowing it.
 */
async function run_stage_runStage(options, fn) {
    const { session, started } = resolveSession(options.workDir, { override: options.session, fresh: options.fresh, joinKept: options.joinKept });
    options.began?.(session);
    const context = { sessionId: session.session_id, stage: options.stage, logDir: options.logDir };
    return runInSession(context, async () => {
        if (started) {
            record('info', Events.sessionStart, `session ${session.session_id} started`, {
                stage: 'session',
                data: {
                    argv: process.argv.slice(2),
                    tool_version: VERSION,
                    node_version: process.version,
                    cwd: process.cwd(),
                    git_commit: gitCommit(),
                    ...options.sessionInfo,
                },
            });
        }
        const stats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
        const begin = performance.now();
        record('info', Events.stageStart, `${options.stage} started`);
        const end = (status, error) => {
            const data = {
                status,
                duration_ms: Math.round(performance.now() - begin),
                files_in: stats.filesIn,
                files_out: stats.filesOut,
                files_invalid: stats.filesInvalid,
            };
            if (error)
                data.error = error;
            record(status === 'ok' ? 'info' : 'error', Events.stageEnd, `${options.stage} ${status}`, { data: { ...data } });
        };
        try {
            const result = await untilAborted(fn(stats), options.signal);
            end('ok');
            return { session, result, stats };
        }
        catch (error) {
            const text = errorText(error);
            // The parts of the error stay apart in `data`, so that no view has to take the line apart again.
            const known = error instanceof LyfeError ? error : undefined;
            try {
                record('error', Events.error, text, {
                    input: known?.file ? [path.basename(known.file)] : undefined,
                    data: { error: known ? known.message : text, file: known?.file, fix: known?.fix },
                });
                end('failed', text);
            }
            catch {
                // The records cannot be written (a full disk): the stage's own error is what to report.
            }
            throw error;
        }
    });
}

;// CONCATENATED MODULE: ./dist/lib/version.js
/** The tool's version; a test keeps it equal to package.json's. */
const version_VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./dist/lib/package/gzip-thread.js





/** How many bytes may be handed over and not yet taken by the worker's streams. */
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;
/** The level of `tar czf`. */
const GZIP_LEVEL = 6;
/** Below this much, the members are written in place: the worker is not started. */
const HELD_BYTES = 8 * 1024 * 1024;
const BUFFER_BYTES = 1024 * 1024;
/**
 * How much compressed output zlib gives at a time. Each piece is a round trip from libuv's pool to
 * the worker's event loop before zlib goes on; with zlib's default of 16 KiB, a stream waited for
 * the worker more than it compressed when both cores were busy (docs/performance.md).
 */
const GZIP_CHUNK_BYTES = 256 * 1024;
/** Slots of the shared control array. */
const IN_FLIGHT = 0;
const FAILED = 1;
/** How long one wait lasts before the renderer looks again; the worker wakes it before. */
const WAIT_MS = 1000;
/**
 * Writes `parts` one after the other into the file `to`, hashing what it writes. Run here and by
 * the worker (which is given its source text), so it refers to nothing outside itself but the
 * modules it is given.
 */
async function concatParts(modules, to, parts) {
    const out = await modules.fs.promises.open(to, 'w');
    const hash = modules.createHash('sha256');
    let bytes = 0;
    const write = async (data) => {
        hash.update(data);
        bytes += data.length;
        for (let done = 0; done < data.length;)
            done += (await out.write(data, done)).bytesWritten;
    };
    try {
        for (const part of parts) {
            if (typeof part !== 'string')
                await write(part);
            else
                for await (const chunk of modules.fs.createReadStream(part, { highWaterMark: 1024 * 1024 }))
                    await write(chunk);
        }
    }
    finally {
        await out.close();
    }
    return { sha256: hash.digest('hex'), bytes };
}
/**
 * The worker, run from its source text (a worker built from a file would need that file beside the
 * bundle), so it refers to nothing outside itself: Node's modules come from `getBuiltinModule`,
 * the constants come in `workerData`, and `concat` is `concatParts`, given as source text too.
 */
function memberWorker(concat) {
    const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const crypto = process.getBuiltinModule('node:crypto');
    const { finished } = process.getBuiltinModule('node:stream/promises');
    const { control, inFlight, failedSlot, level, chunkSize, bufferBytes, returns } = workerData;
    const port = parentPort;
    /** How many chunks of a file (`fromFile`) are compressed at once. */
    const FILE_CHUNKS = 4;
    const members = new Map();
    /** Stops the renderer's waiting: nothing more will be taken. */
    const stop = () => {
        Atomics.store(control, failedSlot, 1);
        Atomics.notify(control, inFlight);
    };
    const reported = new Set();
    /** Says why a member failed, once: its stream's own error, and its file (a failed write's error names none). */
    const failed = (id, error, file) => {
        stop();
        if (reported.has(id))
            return;
        reported.add(id);
        port.postMessage({ id, error: error?.message ?? String(error), file: error?.path ?? file });
    };
    // Anything else that goes wrong here stops the renderer too, with its reason: were this thread
    // to die instead, the renderer, blocked in its wait, would never hear of it and wait for good.
    process.on('uncaughtException', (error) => failed(-1, error));
    process.on('unhandledRejection', (error) => failed(-1, error));
    const writeTo = (out, chunk) => new Promise((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
    const plainFile = (id, file) => {
        const out = fs.createWriteStream(file);
        // A failed write or end comes with the file stream's 'error', which is what is reported.
        out.on('error', (error) => failed(id, error, file));
        const ended = finished(out);
        ended.catch(() => undefined);
        return {
            write: (chunk) => writeTo(out, chunk),
            end: () => {
                out.end();
                return ended;
            },
        };
    };
    /** A gzip header as zlib writes it: deflate, no name, no time, Unix. */
    const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    /** An empty last block, which ends the deflate stream. */
    const lastBlock = zlib.deflateRawSync(Buffer.alloc(0));
    /** Deflate's window: how far back a match may reach. */
    const WINDOW = 32 * 1024;
    /**
     * A gzip member compressed a chunk at a time, several chunks at once on libuv's pool, as pigz
     * does: each chunk is raw deflate ending on a byte boundary (a sync flush), with the 32 KiB
     * before it as its dictionary, so that the chunks joined are one deflate stream, as small as one
     * compressor's. One zlib stream would compress on one core at a time, and wait for this thread
     * between pieces; chunks keep both cores busy whatever else the process does.
     */
    const gzipFile = (id, file) => {
        const out = fs.createWriteStream(file);
        out.on('error', (error) => failed(id, error, file));
        const ended = finished(out);
        ended.catch(() => undefined);
        out.write(header);
        let crc = 0;
        let size = 0;
        /** The last WINDOW bytes handed over (a copy: the chunks' buffers go back to be filled again). */
        let window;
        /** The compressed chunks, written in order. */
        let written = Promise.resolve();
        return {
            write: (chunk) => {
                crc = zlib.crc32(chunk, crc);
                size += chunk.length;
                const dictionary = window;
                const compressed = new Promise((resolve, reject) => zlib.deflateRaw(chunk, { level, chunkSize, dictionary, finishFlush: zlib.constants.Z_SYNC_FLUSH }, (error, data) => (error ? reject(error) : resolve(data))));
                const joined = dictionary && chunk.length < WINDOW ? Buffer.concat([dictionary, chunk]) : chunk;
                window = Buffer.from(joined.subarray(Math.max(0, joined.length - WINDOW)));
                compressed.catch((error) => failed(id, error));
                written = written.then(async () => writeTo(out, await compressed));
                // A write that fails comes with the file stream's 'error', which names the cause: that is what is reported.
                written.catch(() => undefined);
                // Taken once written: what waits to be written counts as in flight, which bounds it.
                return written;
            },
            end: async () => {
                await written;
                const trailer = Buffer.alloc(8);
                trailer.writeUInt32LE(crc >>> 0, 0);
                trailer.writeUInt32LE(size % 2 ** 32, 4);
                out.end(Buffer.concat([lastBlock, trailer]));
                return ended;
            },
        };
    };
    const open = (id, target) => {
        const hash = target.plain === undefined ? undefined : crypto.createHash('sha256');
        let bytes = 0;
        const sinks = [];
        if (target.plain)
            sinks.push(plainFile(id, target.plain));
        if (target.gzip)
            sinks.push(gzipFile(id, target.gzip));
        return {
            write: (chunk) => {
                hash?.update(chunk);
                bytes += chunk.length;
                return Promise.all(sinks.map((sink) => sink.write(chunk))).then(() => undefined);
            },
            end: async () => {
                await Promise.all(sinks.map((sink) => sink.end()));
                return hash ? { sha256: hash.digest('hex'), bytes } : { bytes };
            },
        };
    };
    port.on('message', (request) => {
        const { id } = request;
        if (request.op === 'open')
            members.set(id, open(id, request.target));
        else if (request.op === 'data') {
            const length = request.length;
            members
                .get(id)
                .write(Buffer.from(request.chunk, 0, length))
                .then(() => {
                // The buffer goes back to be filled again before the renderer is told there is room.
                if (request.chunk.byteLength === bufferBytes)
                    returns.postMessage(request.chunk, [request.chunk]);
                Atomics.sub(control, inFlight, length);
                Atomics.notify(control, inFlight);
            }, stop);
        }
        else if (request.op === 'end') {
            const member = members.get(id);
            members.delete(id);
            member.end().then((done) => port.postMessage({ id, done }), stop);
        }
        else if (request.op === 'concat') {
            concat({ fs, createHash: crypto.createHash }, request.to, request.parts).then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
        else {
            const member = open(id, request.target);
            (async () => {
                // A few chunks compressed at once, as the renderer's are.
                const writing = [];
                for await (const chunk of fs.createReadStream(request.from, { highWaterMark: bufferBytes })) {
                    writing.push(member.write(chunk));
                    if (writing.length >= FILE_CHUNKS)
                        await writing.shift();
                }
                await Promise.all(writing);
                return member.end();
            })().then((done) => port.postMessage({ id, done }), (error) => failed(id, error));
        }
    });
}
const FIX = 'Free space or fix the permissions of the packages folder, then package again';
/** A gzip stream compressing on libuv's pool, and its member once it ends. */
function gzipStream() {
    const stream = (0,external_node_zlib_.createGzip)({ level: GZIP_LEVEL });
    const member = new Promise((resolve, reject) => {
        const out = [];
        stream.on('data', (data) => out.push(data));
        stream.on('end', () => resolve(Buffer.concat(out)));
        stream.on('error', reject);
    });
    member.catch(() => undefined); // awaited by whoever places the member; a stream given up is never awaited
    return { stream, member };
}
/** The gzip member of `chunks`, compressed on libuv's pool a chunk at a time, without joining them first. */
function gzipChunks(chunks) {
    const { stream, member } = gzipStream();
    for (const chunk of chunks)
        stream.write(chunk);
    stream.end();
    return member;
}
function digestOf(chunks) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const chunk of chunks)
        hash.update(chunk);
    return { sha256: hash.digest('hex'), bytes: chunks.reduce((total, chunk) => total + chunk.length, 0) };
}
/**
 * A member written here from the bytes held for it: a session too small to be worth a thread. Its
 * gzip member (`gzipped`, compressed on libuv's pool, on another core, while this thread goes on
 * with the package) is written only when it is the file's only copy (the archive reads it); beside
 * the plain file it is only the viewer's, which takes it from memory. The held chunks are written
 * and compressed as they are: joining them would copy every byte once more, into memory touched
 * for the first time, which costs as much as the copy itself on some machines. `digest` is taken
 * once the writes are under way.
 */
async function writeHeld(target, held, gzipped, digest) {
    try {
        const writing = Promise.all([gzipped, target.plain === undefined ? undefined : external_node_fs_.promises.writeFile(target.plain, held)]);
        const written = digest();
        const [member] = await writing;
        if (!member)
            return written;
        if (target.plain)
            return { ...written, gzipped: member };
        await external_node_fs_.promises.writeFile(target.gzip, member);
        return { ...written, gzip: target.gzip };
    }
    catch (error) {
        // A failed write names no file: the member's own is the one (its gzip member is written only without a plain file).
        const file = error.path ?? target.plain ?? target.gzip;
        throw new errors/* LyfeError */.L0(`a log file could not be written: ${error.message}`, { file, fix: FIX, cause: error });
    }
}
/**
 * Any number of members written at once. The bytes are held here until HELD_BYTES are handed
 * over: a session smaller than that is written in place when its members end (a worker takes
 * longer to start than such a session takes to write); a larger one starts the worker, which
 * takes the held bytes and the rest. `close` when done.
 */
class MemberThread {
    idle;
    control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    worker;
    /**
     * The MiB buffers the worker is done with, handed back to be filled again: the renderer takes
     * them synchronously (`receiveMessageOnPort`), so the same few buffers go round instead of a new
     * one per MiB whose memory waits, dead, for the worker's next garbage collection.
     */
    returned;
    /** The members opened before the worker started, with the bytes handed to each. */
    held = new Map();
    heldBytes = 0;
    waiting = new Map();
    failure;
    nextId = 0;
    /** What is written in place (members, `concat`): `close` waits for it, so that no write outlives the packaging that failed. */
    inPlace = [];
    /** What the renderer is thrown once the worker takes nothing more; `reason` swaps it for the worker's own error. */
    stopped = new errors/* LyfeError */.L0('a log file could not be written', { fix: FIX });
    reported;
    report;
    /**
     * `idle`, when given, is work the renderer does instead of waiting for room: one small piece per
     * call, and false once none is left. The gzip streams are the slower side of the render, so the
     * renderer waits for them most of the time.
     */
    constructor(idle) {
        this.idle = idle;
        this.reported = new Promise((resolve) => (this.report = resolve));
    }
    /** Starts the worker and hands it every member opened so far, with the bytes held for it. */
    start() {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        port1.unref();
        this.returned = port1;
        const worker = new external_node_worker_threads_.Worker(`(${memberWorker.toString()})(${concatParts.toString()})`, {
            eval: true,
            workerData: { control: this.control, inFlight: IN_FLIGHT, failedSlot: FAILED, level: GZIP_LEVEL, chunkSize: GZIP_CHUNK_BYTES, bufferBytes: BUFFER_BYTES, returns: port2 },
            transferList: [port2],
        });
        worker.on('message', (reply) => {
            if ('done' in reply) {
                this.waiting.get(reply.id)?.resolve(reply.done);
                this.waiting.delete(reply.id);
            }
            else {
                // Every request waiting fails with it, this one's too.
                this.fail(new errors/* LyfeError */.L0(`a log file could not be written: ${reply.error}`, { file: reply.file, fix: FIX }));
            }
        });
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', () => this.fail(new Error('the thread writing the log files stopped')));
        this.worker = worker;
        for (const [id, { target, chunks }] of this.held) {
            worker.postMessage({ op: 'open', id, target });
            for (const chunk of chunks)
                this.post(id, chunk);
        }
        this.held.clear();
        this.heldBytes = 0;
        return worker;
    }
    /** A MiB buffer to fill: one the worker handed back, or a new one. */
    buffer() {
        const returned = this.returned && (0,external_node_worker_threads_.receiveMessageOnPort)(this.returned);
        return returned ? Buffer.from(returned.message) : Buffer.allocUnsafeSlow(BUFFER_BYTES);
    }
    post(id, chunk) {
        Atomics.add(this.control, IN_FLIGHT, chunk.length);
        this.worker.postMessage({ op: 'data', id, chunk: chunk.buffer, length: chunk.length }, [chunk.buffer]);
    }
    fail(error) {
        this.failure ??= error;
        this.report(this.failure);
        for (const waiting of this.waiting.values())
            waiting.reject(this.failure);
        this.waiting.clear();
    }
    /** What the worker says of request `id` once done: a member as written, or (`concat`) a file's digest. */
    reply(id) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => this.waiting.set(id, { resolve: resolve, reject }));
    }
    /**
     * Hands `length` bytes of `chunk` (an ArrayBuffer of its own, whose memory goes with them) to
     * member `id`: held, or to the worker once it has room.
     */
    send(id, chunk, length) {
        if (Atomics.load(this.control, FAILED))
            throw this.stopped;
        const bytes = Buffer.from(chunk, 0, length);
        const held = this.held.get(id);
        if (!this.worker && held) {
            held.chunks.push(bytes);
            this.heldBytes += length;
            if (this.heldBytes >= HELD_BYTES)
                this.start();
            return;
        }
        for (let inFlight = Atomics.load(this.control, IN_FLIGHT); inFlight >= IN_FLIGHT_BYTES; inFlight = Atomics.load(this.control, IN_FLIGHT)) {
            if (Atomics.load(this.control, FAILED))
                throw this.stopped;
            if (this.idle?.())
                continue;
            this.idle = undefined;
            Atomics.wait(this.control, IN_FLIGHT, inFlight, WAIT_MS);
        }
        this.post(id, bytes);
    }
    /** A member written from the bytes handed to the returned sink. */
    open(target) {
        const id = this.nextId++;
        if (this.worker)
            this.worker.postMessage({ op: 'open', id, target });
        else
            this.held.set(id, { target, chunks: [] });
        return new MemberSink(this, id, target);
    }
    /** Resolves once the member is complete: written in place (see `writeHeld`), or by the worker (its files are the sink's target). */
    end(id) {
        const held = this.held.get(id);
        if (held) {
            this.held.delete(id);
            this.heldBytes -= held.chunks.reduce((total, chunk) => total + chunk.length, 0);
            const written = writeHeld(held.target, held.chunks, held.target.gzip === undefined ? undefined : gzipChunks(held.chunks), () => digestOf(held.chunks));
            this.inPlace.push(written);
            return written;
        }
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'end', id });
        return reply;
    }
    /** A member rendered before (see `HeldMember`), written in place to `target`: `close` waits for it as for the others. */
    place(member, target) {
        const written = member.place(target);
        this.inPlace.push(written);
        return written;
    }
    /** A member written from an existing file (`target` is where its copies go), by the worker. */
    async fromFile(from, target) {
        const worker = this.worker ?? this.start();
        const id = this.nextId++;
        const reply = this.reply(id);
        worker.postMessage({ op: 'file', id, from, target });
        return { ...(await reply), gzip: target.gzip };
    }
    /**
     * Writes `parts` one after the other into the file `to` (see `concatParts`): by the worker when it
     * runs, so that this thread goes on meanwhile.
     */
    async concat(to, parts) {
        if (!this.worker) {
            const written = concatParts({ fs: external_node_fs_, createHash: external_node_crypto_.createHash }, to, parts);
            this.inPlace.push(written);
            return written;
        }
        const id = this.nextId++;
        const reply = this.reply(id);
        this.worker.postMessage({ op: 'concat', id, to, parts: [...parts] });
        return reply;
    }
    /** The worker's own error (naming the file) for `error`, when `error` only says the renderer was stopped. */
    reason(error) {
        return error === this.stopped ? this.reported : Promise.resolve(error);
    }
    async close() {
        await Promise.allSettled(this.inPlace);
        await this.worker?.terminate();
        this.returned?.close();
    }
}
/** Text written into MiB buffers, each handed on (`hand`) once full. */
class ChunkWriter {
    /** The buffer being filled: taken at the first write after a flush. */
    buffer;
    used = 0;
    /** The buffer to fill next, BUFFER_BYTES long. */
    next() {
        return Buffer.allocUnsafeSlow(BUFFER_BYTES);
    }
    write(data) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: the bound spares measuring a text first.
        const most = typeof data === 'string' ? data.length * 3 : data.length;
        if (this.used + most > BUFFER_BYTES)
            this.flush();
        if (most > BUFFER_BYTES) {
            const own = new Uint8Array(Buffer.byteLength(data));
            if (typeof data === 'string')
                Buffer.from(own.buffer).write(data);
            else
                own.set(data);
            this.hand(own.buffer, own.length);
            return;
        }
        this.buffer ??= this.next();
        if (typeof data === 'string')
            this.used += this.buffer.write(data, this.used);
        else
            this.used += data.copy(this.buffer, this.used);
    }
    flush() {
        if (!this.buffer || this.used === 0)
            return;
        this.hand(this.buffer.buffer, this.used);
        this.buffer = undefined;
        this.used = 0;
    }
}
/** What the renderer writes a member through: text into a MiB buffer, handed over when full. */
class MemberSink extends ChunkWriter {
    thread;
    id;
    target;
    constructor(thread, id, target) {
        super();
        this.thread = thread;
        this.id = id;
        this.target = target;
    }
    hand(chunk, length) {
        this.thread.send(this.id, chunk, length);
    }
    next() {
        return this.thread.buffer();
    }
    /** Hands over what is buffered; resolves once the member's files are complete. */
    async close() {
        try {
            this.flush();
        }
        catch (error) {
            throw await this.thread.reason(error);
        }
        const written = await this.thread.end(this.id);
        return written.gzipped || written.gzip ? written : { ...written, gzip: this.target.gzip };
    }
}
/**
 * A member rendered before its package has a folder (see early-prompts.ts): its bytes held in
 * memory as they come, hashed, and with `gzip` compressed on libuv's pool meanwhile; written once
 * `place` is told where. `end` first.
 */
class HeldMember extends ChunkWriter {
    chunks = [];
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    gzip;
    digest;
    constructor({ gzip }) {
        super();
        this.gzip = gzip ? gzipStream() : undefined;
    }
    hand(chunk, length) {
        const bytes = Buffer.from(chunk, 0, length);
        this.hash.update(bytes);
        this.bytes += length;
        this.chunks.push(bytes);
        this.gzip?.stream.write(bytes);
    }
    /** No more bytes: the member's digest. */
    end() {
        if (!this.digest) {
            this.flush();
            this.gzip?.stream.end();
            this.digest = { sha256: this.hash.digest('hex'), bytes: this.bytes };
        }
        return this.digest;
    }
    /** Writes the member to `target` as `MemberThread` would have (its gzip member compressed now if it was not meanwhile). */
    place(target) {
        const digest = this.end();
        const gzipped = target.gzip === undefined ? undefined : (this.gzip?.member ?? gzipChunks(this.chunks));
        return writeHeld(target, this.chunks, gzipped, () => digest);
    }
    /**
     * Whether the member's bytes are exactly those handed to the returned `next`, in order (each a
     * `[start, end)` of its chunk), once `done` is asked: compared as they come, not hashed. `end` first.
     */
    comparer() {
        const chunks = this.chunks;
        let index = 0;
        let at = 0;
        let same = true;
        return {
            next: (chunk, start, end) => {
                while (same && start < end) {
                    const held = chunks[index];
                    if (!held) {
                        same = false;
                        break;
                    }
                    const length = Math.min(end - start, held.length - at);
                    same = Buffer.compare(held.subarray(at, at + length), chunk.subarray(start, start + length)) === 0;
                    start += length;
                    at += length;
                    if (at === held.length) {
                        index += 1;
                        at = 0;
                    }
                }
            },
            done: () => same && index === chunks.length && at === 0,
        };
    }
    /** Lets the bytes go, unwritten. */
    discard() {
        this.gzip?.stream.destroy();
        this.chunks = [];
    }
}

;// CONCATENATED MODULE: ./dist/lib/pipeline/report-files.js
/** The names of the reports `generate` writes, in a module of their own: packaging names them without loading the pipeline. */
const REPORT_JSON = 'generation_report.json';
const REPORT_MARKDOWN = 'generation_report.md';
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
const report_files_REPORT_FILES = new Set([REPORT_JSON, REPORT_MARKDOWN]);

// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(65046);
// EXTERNAL MODULE: ./dist/lib/package/execution-summary.js
var execution_summary = __webpack_require__(50676);
// EXTERNAL MODULE: ./dist/lib/package/markdown.js + 1 modules
var markdown = __webpack_require__(28947);
// EXTERNAL MODULE: ./dist/lib/package/summary-escape.js
var summary_escape = __webpack_require__(10015);
// EXTERNAL MODULE: ./dist/lib/package/manifest.js
var package_manifest = __webpack_require__(87470);
;// CONCATENATED MODULE: ./dist/lib/package/metadata.js
/** `2025-01-18T17:30:45.123Z` → `2025-01-18T17:30:45Z`, the PRD's form. */
const prdTime = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
/**
 * The packaging that made a package of session `sessionId`: the one that recorded the session's end
 * (at `end`; a shard's, as its entry gives it, to the second), where the package's copy of its
 * records stops (the session model closes that packaging there). What it wrote, the package's
 * files, is known only once they are written: no record in the package can say it.
 */
function packagingOf(summary, sessionId, end) {
    const endsThere = (time) => end !== null && (Date.parse(time) === Date.parse(end) || prdTime(time) === end);
    return summary.stages.findLast((run) => run.stage === 'package' && run.status === 'ok' && run.session === sessionId && run.end_time !== null && endsThere(run.end_time));
}
/** The files each packaging wrote: the package's own, or in a merged package each shard's (a merged package was made by no packaging of its sessions). */
function packagedFiles(summary, pkg, shards) {
    const made = shards ? shards.map((entry) => [entry.session_id, entry.end_time, entry.files]) : pkg ? [[summary.session_id, summary.end_time, pkg.files]] : [];
    return new Map(made.flatMap(([session, end, files]) => {
        const run = packagingOf(summary, session, end);
        return run ? [[run, files]] : [];
    }));
}
/**
 * The metadata of a session (with the shard it ran, if any), or with `shards` of a merged package:
 * the PRD's fields over all of them, and one entry per shard.
 */
function executionMetadata(summary, pkg, shards) {
    const failure = summary.failures[0];
    const packaged = packagedFiles(summary, pkg, shards);
    const metadata = {
        session_id: summary.session_id,
        execution: {
            start_time: prdTime(summary.start_time),
            end_time: prdTime(summary.end_time),
            duration_seconds: summary.duration_seconds,
            stages_executed: summary.stages_executed,
            success: summary.success,
            stages: summary.stages.map((run) => ({
                stage: run.stage,
                status: run.status,
                pid: run.pid,
                start_time: run.start_time,
                end_time: run.end_time,
                duration_ms: run.duration_ms,
                files_in: run.files_in,
                files_out: packaged.get(run) ?? run.files_out,
                files_invalid: run.files_invalid,
                ...(run.error ? { error: run.error } : {}),
            })),
            error: failure ? { kind: failure.kind, stage: failure.stage, file: failure.file, message: failure.message, time: failure.time } : null,
            problems: summary.problems,
        },
        content: {
            input_files: summary.input_files,
            output_files: summary.output_files,
            schema_version: summary.schema_version,
            levels: summary.levels,
            invalid_files: summary.outputs.filter((output) => !output.valid).map((output) => output.file),
        },
        ai_usage: {
            total_api_calls: summary.ai.total_api_calls,
            total_tokens: summary.ai.total_tokens,
            model: summary.ai.model,
            success_rate: summary.ai.success_rate,
            provider: summary.ai.provider,
            models: summary.ai.models,
            providers: summary.ai.providers,
            calls: summary.ai.calls,
            retries: summary.ai.retries,
            failed_calls: summary.ai.failed_calls,
            unfinished_calls: summary.ai.unfinished_calls,
            prompt_tokens: summary.ai.prompt_tokens,
            completion_tokens: summary.ai.completion_tokens,
            latency_ms: summary.ai.latency_ms,
            cached_tokens: summary.ai.cached_tokens,
            reasoning_tokens: summary.ai.reasoning_tokens,
            // null when some billed call has no price: `cost.known_usd` and `cost.unknown_calls` say how much is known.
            cost_usd: summary.ai.cost.usd,
            cost: {
                known_usd: summary.ai.cost.known_usd,
                unknown_calls: summary.ai.cost.unknown_calls,
                unbilled_calls: summary.ai.cost.unbilled_calls,
                stages: summary.ai.cost.stages,
                prices: summary.ai.cost.prices,
            },
        },
        quality_metrics: {
            schema_compliance: summary.quality.schema_compliance,
            mobile_optimization_score: summary.quality.mobile_optimization_score,
            ari_persona_consistency: summary.quality.ari_persona_consistency,
            valid_files: summary.quality.valid_files,
            invalid_files: summary.quality.invalid_files,
        },
        records: { processing: summary.counts.processing_records, prompts: summary.counts.prompt_records, warnings: summary.counts.warnings, errors: summary.counts.errors },
    };
    if (shards)
        metadata.shards = shards;
    else if (summary.session_info.shard)
        metadata.shard = summary.session_info.shard;
    if (pkg)
        metadata.package = pkg;
    return metadata;
}
function renderMetadata(summary, pkg, shards) {
    return `${JSON.stringify(executionMetadata(summary, pkg, shards), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./dist/lib/pipeline/language.js
const LanguageNames = { pt: 'portuguese', en: 'english' };
/** The region a source of each language is written for when it declares none. */
const LanguageRegions = { pt: 'Brazil', en: 'Global' };
/**
 * Not `do` and `no` (`de o`, `em o`): English writes them as often ("Do it daily", "No snooze"), and
 * they made short English texts, a quote or a quiz's options, read as Portuguese.
 */
const FUNCTION_WORDS = {
    pt: new Set('o os as de da das dos em na nos nas um uma uns umas que e é não para com por mais como mas ao se sua seu suas seus você também muito são está isso esta este pelo pela até sem sobre ou quando mesmo já nossa nosso'.split(' ')),
    en: new Set('the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what which where when how its their our we they'.split(' ')),
};
/** Words as lower-case letter runs (accents kept). */
function language_words(text) {
    return text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
/** Counts of function words of each language; diacritics only Portuguese uses count too. */
function languageScores(text) {
    const scores = { pt: 0, en: 0 };
    for (const word of language_words(text)) {
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
function language_detectLanguage(text) {
    const { pt, en } = languageScores(text);
    if (pt === en)
        return undefined;
    return pt > en ? 'pt' : 'en';
}
/** `portuguese`/`pt`/`pt-BR`/`english`/`en`... to a code; anything else is unknown. */
function language_languageCode(value) {
    if (typeof value !== 'string')
        return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'portuguese' || lower === 'português' || lower.startsWith('pt'))
        return 'pt';
    if (lower === 'english' || lower === 'inglês' || lower.startsWith('en'))
        return 'en';
    return undefined;
}
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
/** The region of a language tag in English (`pt-PT` and `pt_PT` are Portugal); undefined for a tag of none, or no tag. */
function tagRegion(tag) {
    let region;
    try {
        region = new Intl.Locale(tag.trim().replace('_', '-')).region;
    }
    catch (error) {
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
    return region && REGION_NAMES.of(region);
}
/**
 * The region of a source in `language`: the one its frontmatter declares, as its `region` or as
 * its language tag's (`language: pt-PT` is Portugal, not Brazil), else its language's default.
 */
function sourceRegion(frontmatter, language) {
    const { region, language: tag } = frontmatter;
    if (typeof region === 'string' && region.trim())
        return region.trim();
    const tagged = typeof tag === 'string' && language_languageCode(tag) === language ? tagRegion(tag) : undefined;
    return tagged ?? LanguageRegions[language];
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./dist/lib/pipeline/validators.generated.js

const runtime0 = ucs2length?.__esModule ? ucs2length : ucs2length_namespaceObject;

const runtime2 = formats?.__esModule ? formats : formats_namespaceObject;
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
const validateAnalysisReply = (/* unused pure expression or super */ null && (validate10));
const validateSupertask_1_0 = validate11;
const validateSupertask_1_1 = validate12;

;// CONCATENATED MODULE: ./dist/lib/pipeline/schema.js





const SCHEMA_VERSIONS = ['1.0', '1.1'];
const DEFAULT_SCHEMA_VERSION = '1.1';
/**
 * The repository root: the nearest folder above this module whose package.json is lyfe-kt's.
 * This module runs from src/pipeline (vitest), dist/lib/pipeline (the library) and dist/cli
 * (the bundle), so a fixed relative path would be wrong in two of the three.
 */
function packageRoot() {
    let dir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        try {
            const manifest = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(dir, 'package.json'), 'utf8'));
            if (manifest.name === 'lyfe-kt')
                return dir;
        }
        catch {
            // no package.json here: keep walking up
        }
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            throw new errors/* LyfeError */.L0('cannot find the lyfe-kt package folder holding schema/', { fix: 'Reinstall lyfe-kt' });
        dir = parent;
    }
}
function schemaPath(version) {
    return external_node_path_.join(packageRoot(), 'schema', `supertask_schema_v${version}.json`);
}
const schemas = new Map();
/** Compiled from the shipped schemas at build time (scripts/validators.mjs). */
const validators = { '1.0': validateSupertask_1_0, '1.1': validateSupertask_1_1 };
/** The JSON Schema of a version, as shipped in `schema/`. */
function loadSchema(version) {
    let schema = schemas.get(version);
    if (!schema) {
        schema = JSON.parse(external_node_fs_.readFileSync(schemaPath(version), 'utf8'));
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

// EXTERNAL MODULE: ./dist/lib/pipeline/inputs.js
var inputs = __webpack_require__(13478);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./dist/lib/pipeline/offline/text.js

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
    return words(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word));
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
function text_slug(text) {
    return (text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'content');
}

;// CONCATENATED MODULE: ./dist/lib/pipeline/template.js




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
/** A line that opens or closes a fenced code block (CommonMark): up to 3 spaces, then 3 or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * Says of each line, read in order, whether it is in a fenced code block (its fences included): a `#`
 * line there is code, not a heading. A fence is closed by a line of at least as many of its
 * characters and nothing else; one never closed runs to the end, as CommonMark reads it.
 */
function fencedCode() {
    let open;
    return (line) => {
        const fence = FENCE.exec(line);
        if (open === undefined) {
            // A backtick fence's info string may not hold a backtick: such a line is inline code.
            if (fence && !(fence[1].startsWith('`') && fence[2].includes('`')))
                open = fence[1];
            return open !== undefined;
        }
        if (fence && fence[1][0] === open[0] && fence[1].length >= open.length && fence[2].trim() === '')
            open = undefined;
        return true;
    };
}
/** The article's headings `by` levels down (at most to 6), under the template's own; its fenced code as written. */
function demoteHeadings(markdown, by) {
    const inCode = fencedCode();
    return markdown
        .split('\n')
        .map((line) => (inCode(line) ? line : line.replace(/^(#{1,6})(\s|$)/, (_, hashes, space) => `${'#'.repeat(Math.min(6, hashes.length + by))}${space}`)))
        .join('\n');
}
function renderTemplate(analysis, source) {
    const headings = Headings[languageCode(analysis.language) ?? 'en'];
    const fields = {
        title: analysis.title,
        description: analysis.description,
        dimension: analysis.dimension,
        archetype: analysis.archetype,
        related_to_type: 'GENERIC',
        related_to_id: slug(source.name),
        language: analysis.language,
        region: analysis.region,
        complexity_level: analysis.ari_analysis.content_analysis.complexity_level,
        learning_objectives: analysis.learning_objectives,
        tags: analysis.tags,
        source_file: `${source.name}.md`,
    };
    // What the YAML reads back as: a field the analysis left undefined (one kept although invalid) is not written.
    const frontmatter = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const header = `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n`;
    const lines = ['', `# ${headings.content}`, '', `## ${headings.overview}`, '', analysis.description, ''];
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
    const body = lines.join('\n');
    return { text: header + body, frontmatter, body };
}
const sectionNames = new Map(Object.values(Headings).flatMap((names) => ['overview', 'keyIdeas', 'quotes', 'coaching', 'source'].map((key) => [names[key].toLowerCase(), key])));
const QUOTE = /^>?\s*["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** Reads a filled template back into its parts. Sections it does not know are left in `source` only when it has no source section. */
function parseTemplate(text, file) {
    return template_templateParts((0,inputs/* parseFrontmatter */.yv)(text, file));
}
/** `parseTemplate` of a template whose frontmatter was already split from its body (by `readMarkdown`). */
function template_templateParts({ frontmatter, body }) {
    const sections = new Map();
    let current;
    let title;
    // The source's fenced code is kept as written (`demoteHeadings`): a `## ` line in it is code, not a section of the template.
    let inSourceCode;
    for (const line of body.split(/\r?\n/)) {
        if (inSourceCode?.(line)) {
            current?.push(line);
            continue;
        }
        const h2 = /^##\s+(.+?)\s*$/.exec(line);
        if (h2) {
            const key = sectionNames.get((h2[1] ?? '').toLowerCase());
            current = key ? [] : undefined;
            inSourceCode = key === 'source' ? fencedCode() : undefined;
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
        language: language_languageCode(frontmatter.language),
        title: (0,inputs/* frontmatterText */.GJ)(frontmatter.title) ?? title,
        overview: section('overview'),
        keyIdeas,
        quotes,
        coaching,
        source: section('source') ?? body,
    };
}

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/types.js
var quality_issues_types = __webpack_require__(95817);
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
            source: (0,values/* str */.gx)(data.source),
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
/** The file a call's issues are about: its output once it was answered, else (it produced none) its input. */
const fileOf = (call) => (call.outcome === 'ok' ? call.output[0] : undefined) ?? call.input[0] ?? null;
/** The findings over the session model's calls, located by `index`. */
function checkCalls(calls, index) {
    const findings = [];
    for (const call of calls) {
        const records = index.of(call.call_id);
        const lines = records.attempts.map((attempt) => attempt.line);
        const file = fileOf(call);
        const subject = file ?? 'this run';
        const finding = (rule, severity, at, message) => {
            findings.push({ rule, severity, file, path: null, message, records: at.map(ref), call_id: call.call_id });
        };
        const last = records.attempts.at(-1);
        if (call.outcome === 'unfinished' && records.pending === null && last?.outcome === 'retry') {
            // Its last attempt asked for another, which was never sent: the run stopped in between.
            finding(quality_issues_types/* RuleIds */.Tu.callFailed, 'error', lines, `The ${call.purpose} call for ${subject} was stopped while it waited to try again, after ${(0,values/* plural */.LS)(call.attempts, 'attempt')}${last.reason ? ` (the last: ${last.reason})` : ''}.`);
        }
        else if (call.outcome === 'unfinished') {
            finding(quality_issues_types/* RuleIds */.Tu.callFailed, 'error', records.pending === null ? lines : [...lines, records.pending], `The ${call.purpose} call for ${subject} was never answered: the run stopped while it waited for the model.`);
        }
        else if (call.outcome === 'failed') {
            const reason = records.attempts.at(-1)?.reason;
            finding(quality_issues_types/* RuleIds */.Tu.callFailed, 'error', lines, `The ${call.purpose} call for ${subject} failed after ${(0,values/* plural */.LS)(call.attempts, 'attempt')}${reason ? `: ${reason.replace(/\.$/, '')}` : ''}.`);
        }
        else if (call.attempts > 1) {
            const reasons = [...new Set(records.attempts.filter((a) => a.outcome === 'retry').map((a) => a.reason).filter((reason) => reason !== null))];
            // Replies from the build cache or a replay: the model was asked when they were recorded, not in this run.
            const recorded = records.attempts.length > 0 && records.attempts.every((a) => a.source === 'cache' || a.source === 'replay') ? records.attempts[0].source : null;
            const when = recorded === 'cache' ? ' when these replies were recorded; this build took them from the cache and sent no request' : recorded === 'replay' ? ' when these replies were recorded; this replay sent no request' : '';
            finding(quality_issues_types/* RuleIds */.Tu.callRetried, 'info', lines, `The model had to be asked ${call.attempts} times for ${file ?? call.purpose}${reasons.length ? ` (${reasons.slice(0, 2).join('; ')})` : ''}${when}.`);
        }
        for (const attempt of records.attempts.filter((a) => a.truncated)) {
            const kept = attempt === last && call.outcome === 'ok';
            finding(quality_issues_types/* RuleIds */.Tu.responseTruncated, 'warning', [attempt.line], `The model's answer to attempt ${attempt.attempt} of the ${call.purpose} call for ${subject} was cut off by the token limit${kept ? ', and that cut-off answer was kept' : ''}: raise the limit with --max-completion-tokens.`);
        }
    }
    findings.push(...outliers(calls, index));
    return findings;
}
function outliers(calls, index) {
    // Only calls the model answered: an error or a call stopped by Ctrl-C has no tokens, and no wait for a reply, to compare.
    const answered = calls.filter((call) => call.answered);
    if (answered.length < OUTLIER_MIN_CALLS)
        return [];
    const measures = [
        // A call's latency is its attempts' waits for the model, not the pauses between them.
        { key: 'latency_ms', rule: quality_issues_types/* RuleIds */.Tu.callSlow, show: (v) => `${(v / 1000).toFixed(1)} s`, says: (shown) => `waited ${shown} for the model` },
        { key: 'tokens', rule: quality_issues_types/* RuleIds */.Tu.callLarge, show: (v) => `${(0,values/* countText */.lT)(v)} tokens`, says: (shown) => `used ${shown}` },
    ];
    const findings = [];
    for (const measure of measures) {
        const middle = median(answered.map((call) => call[measure.key]));
        for (const call of answered) {
            const value = call[measure.key];
            if (value < OUTLIER_FACTOR * middle || value - middle < OUTLIER_MIN_EXCESS[measure.key])
                continue;
            const file = fileOf(call);
            findings.push({
                rule: measure.rule,
                severity: 'info',
                file,
                path: null,
                message: `The ${call.purpose} call for ${file ?? 'this run'} ${measure.says(measure.show(value))}, ${Math.round(value / Math.max(middle, 1))} times the run's median of ${measure.show(middle)}.`,
                records: index.of(call.call_id).attempts.map((attempt) => ref(attempt.line)),
                call_id: call.call_id,
            });
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./dist/lib/pipeline/limits.js
var limits = __webpack_require__(76703);
;// CONCATENATED MODULE: ./dist/lib/pipeline/metrics.js



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
            texts.push({ text: item.content, range: MobileLimits.content });
            if (Array.isArray(item.tips))
                for (const tip of item.tips)
                    texts.push({ text: tip, range: MobileLimits.tip });
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: MobileLimits.quote });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: MobileLimits.question });
            if (Array.isArray(item.options))
                for (const option of item.options)
                    texts.push({ text: option, range: MobileLimits.option });
            texts.push({ text: item.explanation, range: MobileLimits.explanation });
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
    const textFit = texts.length ? texts.filter(({ text, range }) => typeof text === 'string' && within(textLength(text), range)).length / texts.length : 0;
    const duration = supertask?.estimatedDuration;
    return round(0.25 * rangeFit(items.length, MobileLimits.items) + 0.25 * rangeFit(duration, MobileLimits.duration) + 0.5 * textFit);
}
/** Words that mark Ari's way of addressing the reader: second person and invitations. */
const VOICE_MARKERS = {
    pt: /(?<![\p{L}])(você|vocês|seu|sua|seus|suas|vamos|experimente|tente|lembre|perceba|pergunte)(?![\p{L}])/iu,
    en: /(?<![\p{L}])(you|your|yours|yourself|let's|try|notice|remember|ask yourself)(?![\p{L}])/iu,
};
/** What Ari never writes on a card, and what each is: AI self-reference, placeholders, markdown left in the text. */
const FORBIDDEN_TEXTS = [
    // A language model is the writer only when it says it is one: a lesson may be about language models.
    { pattern: /\b(as an ai|i am (just |only )?an ai|i['’]m (just |only )?an ai|(as|i am|i['’]m) (just |only )?an? (ai |large )?language model)\b/i, what: 'the writer calling itself an AI' },
    { pattern: /\b(como uma ia|sou (apenas |só )?uma ia|(sou|como) (apenas |só )?um (grande )?modelo de linguagem)\b/i, what: 'the writer calling itself an AI' },
    // Accented words end where \b cannot tell: "inteligência" is matched whole, up to the space after it.
    { pattern: /(^|[^\p{L}])(sou (apenas |só )?(uma inteligência artificial|um assistente virtual|um assistente de ia))(?![\p{L}])/iu, what: 'the writer calling itself an AI' },
    // "IA" alone only in capitals: "como ia" is also the verb ir ("como ia a semana", how the week was going).
    { pattern: /\b[Cc]omo IA\b/, what: 'the writer calling itself an AI' },
    { pattern: /\b(TODO|TBD|FIXME)\b/, what: 'a note left for later' },
    { pattern: /lorem ipsum|placeholder|\[insert|\{\{|\}\}/i, what: 'placeholder text' },
    { pattern: /^#{1,6}\s|\n#{1,6}\s/, what: 'a markdown heading' },
    { pattern: /\*\*/, what: 'markdown bold' },
    // Bold with underscores (`__word__`); not a blank to fill in (`____`, `__ : __`).
    { pattern: /(?<![\p{L}\p{N}_])__(?=[^\s_])[^_\n]*[^\s_]__(?![\p{L}\p{N}_])/u, what: 'markdown bold' },
    // The tags a model writes for emphasis or layout; the app shows text, so a learner would see them. Attributes are
    // quoted (`<a href="...">`): "a < b" and "0<a e b>1" are no tags.
    { pattern: /<\/?(?:a|b|blockquote|br|code|del|div|em|h[1-6]|hr|i|img|li|mark|ol|p|pre|small|span|strong|sub|sup|u|ul)(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/i, what: 'HTML markup' },
    // A model that declined the task writes its refusal where the lesson's text goes, as the text's first words; the
    // same words further in are a line the lesson gives the learner to say ('Try saying: "I'm sorry, but I can't..."').
    { pattern: /^\s*(?:(?:(?:i['’]m |i am )?sorry|i apologi[sz]e),?\s+(?:but\s+)?i(?:\s+can(?:['’]|no)t|\s+am unable to|['’]m unable to)\b|i(?:\s+can(?:['’]|no)t|\s+am unable to|['’]m unable to)\s+(?:assist|help)\s+with\s+(?:that|this)\b)/i, what: 'a refusal of the task' },
    { pattern: /^\s*(?:(?:desculpe|lamento|sinto muito),?\s+(?:mas\s+)?não\s+(?:posso|consigo)|não\s+(?:posso|consigo)\s+ajudar\s+com\s+(?:isso|esse pedido|essa solicitação))(?![\p{L}])/iu, what: 'a refusal of the task' },
    // Spaces or dots long enough for the schema's minimum length: a card or a tip with nothing to read.
    { pattern: /^[\s\p{P}]*$/u, what: 'no words at all' },
];
const FORBIDDEN_PATTERNS = FORBIDDEN_TEXTS.map((forbidden) => forbidden.pattern);
/** Every text of an item with where it is: a card's text and tips, a quiz's question, options and explanation. */
function itemFields(item) {
    const fields = [];
    for (const field of ['content', 'question', 'explanation']) {
        const text = item[field];
        if (typeof text === 'string')
            fields.push({ field, text });
    }
    for (const field of ['tips', 'options']) {
        const list = item[field];
        if (Array.isArray(list))
            list.forEach((text, sub) => typeof text === 'string' && fields.push({ field, sub, text }));
    }
    return fields;
}
/** Every text of an item: a card's text and tips, a quiz's question, options and explanation. */
function itemTexts(item) {
    return itemFields(item).map(({ text }) => text);
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
    const expected = sourceLanguage ?? languageCode(metadata?.language);
    const markers = expected ? [VOICE_MARKERS[expected]] : Object.values(VOICE_MARKERS);
    const voiced = spoken.filter((text) => markers.some((marker) => marker.test(text)));
    const voice = spoken.length ? Math.min(1, (2 * voiced.length) / spoken.length) : 0;
    const languages = items.map((item) => detectLanguage(itemTexts(item).join(' ')));
    const language = expected ? languages.filter((detected) => detected === undefined || detected === expected).length / items.length : 0;
    const clean = items.some((item) => itemTexts(item).some((text) => FORBIDDEN_PATTERNS.some((pattern) => pattern.test(text)))) ? 0 : 1;
    return round((author + voice + language + clean) / 4);
}

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
/** `quoted`, from a few words before `at` when it is further in than the quote would reach: what is there shows. */
const quotedAt = (text, at, max = 60) => {
    const start = at < max - 20 ? 0 : at - 20;
    return start === 0 ? quoted(text, max) : quoted(`…${text.slice(start)}`, max);
};
/**
 * Letters, digits and symbols only, lower case: two texts that differ only in spacing, case or punctuation are the
 * same text. Symbols (< > + € and %, emoji) and a minus sign before a number are kept: "< 7 horas" is not "> 7 horas".
 */
const normalized = (text) => text
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])-(?=\p{N})/gu, '−')
    .replace(/[^\p{L}\p{N}\p{S}%]+/gu, ' ')
    .trim();
const schemaInvalid = (output, value) => {
    const errors = validateSupertask(value, output.schemaVersion);
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
function output_rules_limitedTexts(items) {
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
    const items = itemsOf(value);
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
    for (const { text, range, name, path } of output_rules_limitedTexts(items)) {
        if (typeof text !== 'string')
            continue;
        const length = (0,limits/* textLength */.sc)(text);
        if (length <= range.max)
            continue;
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.overMobileLimit,
            severity: 'warning',
            path,
            message: `A ${LIMIT_NAMES[name]} is ${length} characters long; a phone screen fits at most ${range.max}: ${quoted(text)}.`,
        });
    }
    return findings;
};
const quizRules = (_output, value) => {
    const findings = [];
    itemsOf(value).forEach((item, index) => {
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
                message: `The quiz ${question} marks ${answer === undefined || answer === null ? 'no answer' : `answer ${JSON.stringify(answer)}`} as correct, but ${options.length === 0 ? 'it has no options' : `its options are numbered 0 to ${options.length - 1}`}: no learner can answer it right.`,
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
    itemsOf(value).forEach((item, index) => {
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
const languageDiffers = (output, value) => {
    const expected = output.sourceLanguage;
    const written = language_detectLanguage(itemsOf(value).flatMap(itemTexts).join(' '));
    if (!expected || !written || written === expected)
        return [];
    return [
        {
            rule: quality_issues_types/* RuleIds */.Tu.languageDiffers,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `The lesson is written in ${LanguageNames[written]}, but its source article is in ${LanguageNames[expected]}.`,
        },
    ];
};
/** A few of each language's `VOICE_MARKERS`, as the message names them: the markers looked for are the source's. */
const MARKER_EXAMPLES = { pt: '"você", "tente", "perceba"', en: '"you", "try", "notice"' };
const personaMarkersMissing = (output, value) => {
    const spoken = itemsOf(value)
        .map(spokenText)
        .filter((text) => text !== undefined && text.trim() !== '');
    if (spoken.length === 0)
        return [];
    const markers = output.sourceLanguage ? [VOICE_MARKERS[output.sourceLanguage]] : Object.values(VOICE_MARKERS);
    if (spoken.some((text) => markers.some((marker) => marker.test(text))))
        return [];
    return [
        {
            rule: quality_issues_types/* RuleIds */.Tu.personaMarkersMissing,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `None of the ${spoken.length} cards and quizzes speaks to the learner the way Ari does (${output.sourceLanguage ? `${MARKER_EXAMPLES[output.sourceLanguage]}... in ${LanguageNames[output.sourceLanguage]}, the source's language` : `${Object.values(MARKER_EXAMPLES).join(', ')}...`}): the lesson reads as a summary, not as coaching.`,
        },
    ];
};
/**
 * Whether `text` holds COPIED_RUN_WORDS words in a row as the source has them (`source`, its words;
 * `at`, where each word is in it). Each word of the text is looked up where the source has it and
 * the run followed from there: the source's runs are never all made, as keys, for every output.
 */
function copiesRun(text, source, at) {
    const list = language_words(text);
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
    const list = language_words(source);
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
    itemsOf(value).forEach((item, index) => {
        // A quote card is a quotation by its type; the rest should be written for the learner.
        if (item.type === 'quote')
            return;
        const copied = itemFields(item).find(({ text }) => copiesRun(text, source, at));
        if (!copied)
            return;
        findings.push({
            rule: quality_issues_types/* RuleIds */.Tu.copiedFromSource,
            severity: 'warning',
            path: itemPath(index, copied.field, copied.sub),
            message: `Item ${index + 1} copies ${COPIED_RUN_WORDS} or more words in a row from the source article, more than a quotation: ${quoted(copied.text)}.`,
        });
    });
    return findings;
};
/** Text Ari never writes (`FORBIDDEN_TEXTS`), quotes included: a learner would read it as it is. */
const forbiddenText = (_output, value) => {
    const findings = [];
    itemsOf(value).forEach((item, index) => {
        for (const { field, sub, text } of itemFields(item)) {
            for (const { pattern, what } of FORBIDDEN_TEXTS) {
                const match = pattern.exec(text);
                if (!match)
                    continue;
                findings.push({ rule: quality_issues_types/* RuleIds */.Tu.forbiddenText, severity: 'error', path: itemPath(index, field, sub), message: `Item ${index + 1} holds ${what}, which a learner would read as it is: ${quotedAt(text, match.index)}.` });
                return;
            }
        }
    });
    return findings;
};
const CHECKS = [schemaInvalid, overMobileLimit, quizRules, duplicatedItem, languageDiffers, personaMarkersMissing, copiedFromSource, forbiddenText];
/** Every finding of every output rule on one generated file's text, not yet located. */
function output_rules_outputFindings(output) {
    let value;
    try {
        value = JSON.parse(output.text);
    }
    catch (error) {
        return [
            {
                rule: quality_issues_types/* RuleIds */.Tu.schemaInvalid,
                severity: 'error',
                path: null,
                message: `The lesson file is not readable JSON (${error.message}), so the app cannot open it.`,
            },
        ];
    }
    return CHECKS.flatMap((check) => check(output, value));
}
/** Findings of the output rules located at their file, its records and its call. */
function locateFindings(findings, where) {
    return findings.map((finding) => ({ ...finding, file: where.file, records: where.records, call_id: where.callId }));
}
/** Every finding of every output rule on one generated file, located. */
function checkOutput(output) {
    return locateFindings(output_rules_outputFindings(output), output);
}

;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/detect.js
















/**
 * Where the records that show an issue are, in the package's `logs/*.jsonl`: handed every record
 * of the session, in each stream's order, during the pass that writes those files.
 */
class detect_RecordLocator {
    /** The line of the last `file.result` of each output: the one the model took the output from. */
    resultLines = new Map();
    /**
     * The lessons of `03_output/` packaged though the session did not write them (by their path in
     * it), and their name and the line in the warning record that names them.
     */
    notWritten = new Map();
    calls = new CallRecordIndex();
    processingLines = 0;
    /** The locator of records already in memory. */
    static of(records) {
        const locator = new detect_RecordLocator();
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
        if (record.event === types/* Events */.sV.warning && record.msg === constants/* NOT_WRITTEN_BY_SESSION */.vj) {
            for (const file of record.input ?? []) {
                if (file.startsWith(`${constants/* WorkFolders */.BM.output}/`) && file.endsWith('.json'))
                    this.notWritten.set(file.slice(constants/* WorkFolders */.BM.output.length + 1), { name: file, line: this.processingLines });
            }
        }
    }
}
function knownTemplate(template) {
    return { template, sourceIndex: indexSource(template.source), language: template.language ?? language_detectLanguage(template.source) };
}
const judgedAgainst = (text, schemaVersion, known) => ({
    text,
    schemaVersion,
    source: known?.template.source,
    sourceIndex: known?.sourceIndex,
    sourceLanguage: known?.language,
});
/**
 * How much text (in UTF-16 units) the checks run ahead may hold, outputs and templates together:
 * each output checked is held until the rules compare it with the package's copy, and those past
 * this are left to the rules, which read them one at a time.
 */
const AHEAD_TEXT_UNITS = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * How many templates, parsed and their source indexed (several times the template's size), the
 * checks keep for the outputs still to come: the levels of a file are written close together, and
 * a template used again after this many others is parsed and indexed again.
 */
const TEMPLATES_HELD = 64;
/**
 * The output rules run on each generated file as `run` writes it, while the other calls are in
 * flight, instead of all at once when the run is packaged (where they wait for nothing else).
 * `checked` goes to the package's rules as `checkedOutputs`. What is held stays bounded however
 * many files the run writes: the texts of the outputs checked up to `textUnits` (those past it are
 * left to the package's rules, which check them from the files), and the last `templates` templates.
 */
class OutputChecks {
    checked = new Map();
    templates = new Map();
    held = 0;
    textUnits;
    templatesHeld;
    constructor(bounds = {}) {
        this.textUnits = bounds.textUnits ?? AHEAD_TEXT_UNITS;
        this.templatesHeld = bounds.templates ?? TEMPLATES_HELD;
    }
    /** How many templates are held for the outputs to come. */
    get templatesKept() {
        return this.templates.size;
    }
    add(output, text, template, schemaVersion) {
        if (this.held + text.length > this.textUnits)
            return;
        try {
            let known = this.templates.get(template.text);
            if (known)
                this.templates.delete(template.text);
            else
                known = knownTemplate(templateParts(template));
            // The most recently used last: the first is the one let go.
            this.templates.set(template.text, known);
            if (this.templates.size > this.templatesHeld)
                this.templates.delete(this.templates.keys().next().value);
            this.checked.set(output, { text, templateText: template.text, schemaVersion, findings: outputFindings(judgedAgainst(text, schemaVersion, known)) });
            this.held += text.length;
        }
        catch {
            // Never the generation's failure: the package's rules check this output again, and say what failed there.
        }
    }
}
const schemaVersionOf = (output) => (isSchemaVersion(output.schema_version) ? output.schema_version : DEFAULT_SCHEMA_VERSION);
/**
 * The output rules of `outputs` run ahead, one output per `step`, by whoever has time before the
 * quality issues are wanted (packaging, while it waits for its gzip threads). `checked` holds the
 * outputs `known` already and, as steps are taken, the others: it is given to
 * `detectQualityIssues` as `checkedOutputs`, which takes each finding only while the output and its
 * template are the texts checked. Nothing here fails: an output or template that cannot be read or
 * parsed is left for `detectQualityIssues`, which says why. The texts held are bounded by `textUnits`.
 */
function detect_outputChecksAhead(outputs, folders, known = new Map(), textUnits = AHEAD_TEXT_UNITS) {
    // Its own bound (`held` below) counts the templates read as well as the outputs.
    const checks = new OutputChecks({ textUnits: Number.POSITIVE_INFINITY });
    for (const [file, checked] of known)
        checks.checked.set(file, checked);
    const unchecked = outputs.filter((output) => !known.has(output.file));
    let held = 0;
    const templates = new Map();
    const templateOf = (name) => {
        let template = templates.get(name);
        if (template === undefined) {
            const file = inFolder(folders.templateDir, name);
            try {
                if (file === null)
                    throw new Error('not a file of the folder');
                const text = fs.readFileSync(file, 'utf8');
                template = { file, name, text, ...parseFrontmatter(text, file) };
                held += text.length;
            }
            catch {
                template = null;
            }
            templates.set(name, template);
        }
        return template;
    };
    let next = 0;
    const step = () => {
        const output = unchecked[next++];
        if (!output || held > textUnits)
            return false;
        const template = output.input === null ? null : templateOf(output.input);
        if (!template)
            return true;
        const file = inFolder(folders.outputDir, output.file);
        if (file === null)
            return true;
        let text;
        try {
            text = fs.readFileSync(file, 'utf8');
        }
        catch {
            return true;
        }
        checks.add(output.file, text, template, schemaVersionOf(output));
        held += text.length;
        return true;
    };
    return { checked: checks.checked, step };
}
/**
 * The file `name` of `dir`, for a name the records give (a package's records say what their maker
 * wrote): null for anything but a plain file name (`../../x.md`), which names no file of the folder.
 */
function inFolder(dir, name) {
    return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !name.includes('\0') && external_node_path_.basename(name) === name ? external_node_path_.join(dir, name) : null;
}
/** A file the rules were asked to read, absent (or no file of its folder: null); any other failure to read it is the user's to fix. */
function readIfPresent(file) {
    if (file === null)
        return null;
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
function detect_detectQualityIssues(inputs) {
    const { summary } = inputs;
    const { resultLines, calls } = inputs.records;
    const findings = [];
    // Each template is read once, and parsed, its source indexed and its language known once for its outputs (a file's levels) when one is checked here.
    const templateTexts = new Map();
    const templateTextOf = (name) => {
        if (!templateTexts.has(name))
            templateTexts.set(name, readIfPresent(inFolder(inputs.templateDir, name)));
        return templateTexts.get(name);
    };
    const templates = new Map();
    const templateOf = (name) => {
        let known = templates.get(name);
        if (known === undefined) {
            const text = templateTextOf(name);
            const parsed = inputs.parsedTemplates?.get(name);
            const template = text === null ? null : parsed?.text === text ? template_templateParts(parsed) : parseTemplate(text, name);
            known = template && knownTemplate(template);
            templates.set(name, known);
        }
        return known;
    };
    for (const output of summary.outputs) {
        const text = readIfPresent(inFolder(inputs.outputDir, output.file));
        if (text === null)
            continue;
        const schemaVersion = schemaVersionOf(output);
        const checked = inputs.checkedOutputs?.get(output.file);
        const asChecked = checked && output.input !== null && checked.text === text && checked.schemaVersion === schemaVersion && checked.templateText === templateTextOf(output.input);
        const resultLine = resultLines.get(output.file);
        const accepted = output.call_id ? calls.acceptedLine(output.call_id) : undefined;
        const located = {
            file: output.file,
            records: [
                ...(resultLine ? [{ log: constants/* LogFiles */.aE.processingRecords, line: resultLine }] : []),
                ...(accepted ? [{ log: constants/* LogFiles */.aE.promptRecords, line: accepted }] : []),
            ],
            callId: output.call_id,
        };
        const own = asChecked ? checked.findings : output_rules_outputFindings(judgedAgainst(text, schemaVersion, output.input === null ? null : templateOf(output.input)));
        findings.push(...locateFindings(own, located));
        // What the records say of the file (valid, scores) is of the file as generated: one changed since is said to be.
        if (!asChecked && output.sha256 && (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') !== output.sha256) {
            findings.push({
                rule: quality_issues_types/* RuleIds */.Tu.outputChanged,
                severity: 'warning',
                file: output.file,
                path: null,
                message: `The file was changed after it was generated: what the records say of it (${output.valid ? 'valid' : 'invalid'}, its scores) is of the file as generated, and the rules here judge it as it is now.`,
                records: located.records.slice(0, 1),
                call_id: output.call_id,
            });
        }
    }
    // A lesson the package took from 03_output/ though the session did not write it ships with it all
    // the same: judged as it is, against the template of its name and the run's schema version.
    const generated = new Set(summary.outputs.map((output) => output.file));
    const versions = new Set(summary.outputs.map(schemaVersionOf));
    const runVersion = versions.size === 1 ? [...versions][0] : DEFAULT_SCHEMA_VERSION;
    for (const [file, { name, line }] of inputs.records.notWritten) {
        if (generated.has(file))
            continue;
        // The name a record gives, under the folder (a foreign file may sit in a subfolder of it).
        const text = readIfPresent(!file.includes('\0') && (0,files/* isWithin */.UO)(inputs.outputDir, external_node_path_.join(inputs.outputDir, file)) ? external_node_path_.join(inputs.outputDir, file) : null);
        if (text === null)
            continue;
        const template = `${external_node_path_.posix.basename(file).replace(/(_(beginner|advanced))?\.json$/, '')}.md`;
        const known = templateTextOf(template) === null ? null : templateOf(template);
        const own = output_rules_outputFindings(judgedAgainst(text, runVersion, known)).map((finding) => ({
            ...finding,
            message: `${finding.message} The file was not written by this session: it was packaged as it was found in the work folder.`,
        }));
        // Named as its record names it (`03_output/<file>`): the viewer finds the file's records by that name.
        findings.push(...locateFindings(own, { file: name, records: [{ log: constants/* LogFiles */.aE.processingRecords, line }], callId: null }));
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
    const issues = sorted.map(({ finding }, index) => ({ id: `Q${index + 1}`, ...finding, message: redact_redactText(finding.message) }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of issues)
        counts[issue.severity] += 1;
    return { session_id: sessionId, counts, issues };
}

// EXTERNAL MODULE: ./dist/lib/package/quality-issues/report.js
var quality_issues_report = __webpack_require__(90764);
;// CONCATENATED MODULE: ./dist/lib/package/quality-issues/index.js







/**
 * The quality issues of a session not yet packaged (as `generate --fail-on` sees it): its records
 * from the global record files, its outputs in `outputDir`, its templates in `templateDir`.
 */
function sessionQualityReport(options) {
    const records = new RecordLocator();
    const { summary } = readSessionModel(options.logDir, options.sessionId, { visit: (record, kind) => records.add(record, kind) });
    return detectQualityIssues({ summary, records, outputDir: options.outputDir, templateDir: options.templateDir });
}
/**
 * The quality issues of a package being assembled in `packageDir` (its outputs and templates, its
 * records located while its record files were written), for `logs/quality_issues.json`.
 * `known`: what the run already read and checked (`parsedTemplates`, `checkedOutputs`: see `QualityInputs`).
 */
function packageQualityReport(packageDir, summary, records, known = {}) {
    return detect_detectQualityIssues({
        summary,
        records,
        outputDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.output),
        templateDir: external_node_path_.join(packageDir, constants/* WorkFolders */.BM.preprocessed),
        ...known,
    });
}

// EXTERNAL MODULE: ./dist/lib/package/text-logs.js
var text_logs = __webpack_require__(9894);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./dist/lib/package/viewer/data.js



const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
/** The numbers the PRD's execution summary puts first: usage, then quality. */
function summaryNumbers(session, quality) {
    const { ai, quality: q } = session;
    return [
        { label: 'Result', value: session.success ? 'success' : 'failed' },
        { label: 'Total Duration', value: (0,execution_summary/* totalDuration */.Hn)(session) },
        { label: 'Stages', value: session.stages_executed.join(', ') || 'none' },
        { label: 'Supertasks', value: `${session.outputs.length}${q.invalid_files ? ` (${q.invalid_files} invalid)` : ''}` },
        { label: 'Total API Calls', value: (0,values/* countText */.lT)(ai.total_api_calls) },
        { label: 'Total Tokens', value: (0,values/* countText */.lT)(ai.total_tokens) },
        { label: 'Model', value: (0,execution_summary/* modelText */.ZW)(session) },
        { label: 'Success Rate', value: percent(ai.success_rate) },
        { label: 'Cost', value: (0,cost/* costText */.rs)(ai.cost) },
        { label: 'Schema Compliance', value: percent(q.schema_compliance) },
        { label: 'Mobile Optimization Score', value: score(q.mobile_optimization_score) },
        { label: 'Ari Persona Consistency', value: percent(q.ari_persona_consistency) },
        { label: 'Quality Issues', value: `${(0,values/* plural */.LS)(quality.counts.error, 'error')}, ${(0,values/* plural */.LS)(quality.counts.warning, 'warning')}, ${(0,values/* plural */.LS)(quality.counts.info, 'note')}` },
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
  // An output's scores as execution_summary.md writes them: the mobile score to 2 places, the persona as a percentage.
  function fmtScore(v) { return v === null || v === undefined ? 'n/a' : v.toFixed(2); }
  function fmtPercent(v) { return v === null || v === undefined ? 'n/a' : Math.round(v * 1000) / 10 + '%'; }
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
      index(texts[1], texts[2]);
      render();
      status('');
      root.dataset.state = 'ready';
    }).catch(function (error) {
      status('The embedded session could not be read: ' + error.message);
      root.dataset.state = 'failed';
    });
  }

  /** The lines of one record file; its last may have no newline after it (an old package's file). */
  function linesOf(text) {
    var lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  // How many records processing.jsonl holds: the first records, before prompts.jsonl's.
  var nProcessing = 0;

  /**
   * Parses every record once, and indexes them by call and by file; the list shows them by time.
   * Each file is split on its own: joined, a file without a final newline would run its last
   * record into the other's first.
   */
  function index(processingText, promptsText) {
    var processingLines = linesOf(processingText);
    var lines = processingLines.concat(linesOf(promptsText));
    nProcessing = processingLines.length;
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

  /** The index of a record by its file and line; -1 for a line its file has not (a kept address, a mistyped one). */
  function recordIndex(ref) {
    var first = ref.log === 'processing.jsonl' ? 0 : ref.log === 'prompts.jsonl' ? nProcessing : -1;
    var count = first === 0 ? nProcessing : records.length - nProcessing;
    return first >= 0 && Number.isInteger(ref.line) && ref.line >= 1 && ref.line <= count ? first + ref.line - 1 : -1;
  }
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

  function plural(n, one) { return n + ' ' + one + (n === 1 ? '' : 's'); }

  function renderIssues() {
    var q = data.quality;
    $('issues-title').textContent = 'Quality issues (' + plural(q.counts.error, 'error') + ', ' + plural(q.counts.warning, 'warning') + ', ' + plural(q.counts.info, 'note') + ')';
    var list = clear($('issue-list'));
    if (q.issues.length === 0) list.appendChild(el('li', { class: 'muted', text: 'No quality issue was found.' }));
    q.issues.forEach(function (issue) { list.appendChild(issueItem(issue)); });
  }

  function timeOf(iso) { var t = Date.parse(iso); return isFinite(t) ? t : NaN; }

  /**
   * The time of the last record of a stage run with no end: the records of its session, process and
   * stage from its start on, up to the next run of that stage in that process, if any.
   */
  function lastRecordOf(run, runs) {
    var from = timeOf(run.start_time), until = Infinity;
    runs.forEach(function (other) {
      var start = timeOf(other.start_time);
      if (other !== run && other.session === run.session && other.pid === run.pid && other.stage === run.stage && start > from && start < until) until = start;
    });
    var last = from;
    records.forEach(function (r) {
      if (r.session !== run.session || r.pid !== run.pid || r.stage !== run.stage) return;
      var t = timeOf(r.time);
      if (t > last && t < until) last = t;
    });
    return last;
  }

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
      var label = run.stage + ' #' + run.pid;
      var title = run.stage + ' (process ' + run.pid + '): ' + run.status + ', ' + fmtMs(run.duration_ms);
      var to;
      if (run.end_time) to = timeOf(run.end_time);
      else {
        // No end record (its process was stopped): it ran as long as it wrote records, not until the session ended.
        to = lastRecordOf(run, s.stages);
        label += ' (never ended)';
        title = run.stage + ' (process ' + run.pid + '): never ended (no end record); its last record ' + fmtMs(to - from) + ' after its start';
      }
      body.appendChild(lane(label, [place(el('span', { class: 'bar ' + run.status, title: title }), from, to)]));
    });
    var ids = Object.keys(calls);
    ids.slice(0, MAX_TIMELINE_CALLS).forEach(function (id) {
      var c = calls[id];
      var first = records[c.requests[0] !== undefined ? c.requests[0] : c.attempts[0]];
      var lastAttempt = c.attempts.length ? records[c.attempts[c.attempts.length - 1]] : null;
      // One request record before each attempt: a request with no attempt after it was in flight when the process stopped.
      var inFlight = c.requests.length > c.attempts.length ? records[c.requests[c.requests.length - 1]] : null;
      var from = timeOf(first.time);
      var to = lastAttempt && !inFlight ? timeOf(lastAttempt.time) : end;
      var summary = callOf(id);
      var label = (summary ? summary.purpose : id) + ' ' + (first._files[first._files.length - 1] || '');
      var bar = place(el('a', { class: 'bar', href: '#' + route('call', id), title: label + ': ' + c.attempts.length + ' attempt(s), ' + (summary ? summary.outcome : '?') }), from, to);
      // Each attempt's share of the bar is its latency; the attempt in flight takes it from its sending to the end.
      var parts = c.attempts.map(function (i) { var d = records[i].data || {}; return { outcome: d.outcome, ms: d.latency_ms || 0 }; });
      if (inFlight) parts.push({ outcome: 'unanswered', ms: Math.max(0, end - timeOf(inFlight.time)) || 0 });
      var total = 0;
      parts.forEach(function (p) { total += p.ms; });
      parts.forEach(function (p) {
        var seg = el('span', { class: 'seg ' + p.outcome });
        seg.style.width = (total ? p.ms / total * 100 : 100 / parts.length) + '%';
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
        fmtScore(o.mobile_optimization_score), fmtPercent(o.ari_persona_consistency), made];
    }), 'outputs');
  }

  /**
   * The files a call produced: those its answer was written to (the model's 'written'). A call that
   * failed or was stopped produced nothing, nor did one answered whose process stopped before it
   * wrote the answer (a template's other level still in flight): they only were for their files.
   */
  function producedBy(c) { return c.outcome === 'ok' ? c.output.filter(function (f) { return c.written.indexOf(f) >= 0; }) : []; }
  function callOutput(c) {
    var made = producedBy(c);
    if (made.length) return made.join(', ');
    return (c.outcome === 'ok' ? 'none written' : 'none') + ' (was for ' + c.output.join(', ') + ')';
  }

  function renderCalls() {
    table($('call-table'), ['Call', 'Purpose', 'Model', 'Attempts', 'Outcome', 'Tokens', 'Latency', 'Output'], data.session.calls.map(function (c) {
      return [link(route('call', c.call_id), c.call_id), c.purpose, c.model, String(c.attempts), el('span', { class: c.outcome, text: c.outcome }), fmtInt(c.tokens), fmtMs(c.latency_ms), callOutput(c)];
    }), 'calls');
  }

  // ---- the record list: filters, search, a virtualised list ----
  var filters = { stage: '', level: '', file: '', outcome: '', text: '' };
  // A search typed is applied a moment after the last key.
  var searchTimer;

  function options(select, values) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); });
  }

  function renderFilters() {
    var stages = Object.create(null), levels = Object.create(null), outcomes = Object.create(null);
    records.forEach(function (r) { stages[r.stage] = 1; levels[r.level] = 1; if (r._outcome) outcomes[r._outcome] = 1; });
    options($('f-stage'), Object.keys(stages).sort());
    // A level keeps the records of that level and above, as lyfe-kt logs --level does.
    ['debug', 'info', 'warn', 'error'].filter(function (l) { return levels[l]; }).forEach(function (l) {
      $('f-level').appendChild(el('option', { value: l, text: l === 'error' ? l : l + ' and above' }));
    });
    options($('f-file'), Object.keys(byFile).sort());
    options($('f-outcome'), Object.keys(outcomes).sort());
    ['stage', 'level', 'file', 'outcome'].forEach(function (name) {
      $('f-' + name).addEventListener('change', function (e) { filters[name] = e.target.value; applyFilters(); });
    });
    $('f-text').addEventListener('input', function (e) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () { filters.text = searchable(e.target.value).trim(); applyFilters(); }, 120);
    });
  }

  /** The list of one filter's records, all of them: the other filters are cleared, as their controls say. */
  function filterOnly(name, value) {
    clearTimeout(searchTimer);
    for (var key in filters) {
      filters[key] = key === name ? value : '';
      $('f-' + key).value = filters[key];
    }
    applyFilters();
  }

  /**
   * A text as the search compares it: lower-cased, each run of spaces and line breaks one space. The
   * search box turns the line breaks of a phrase pasted into it into spaces: a phrase copied over
   * the lines of a prompt is found.
   */
  function searchable(text) { return text.toLowerCase().replace(/\s+/g, ' '); }

  /**
   * What the search looks in: the text of a record's values as the viewer shows them (a quoted
   * phrase of a prompt, its lines), not its JSON line (no key names, no escapes), made searchable
   * at the record's first search; a value ends at a line break, which no search holds.
   */
  function searchText(r) {
    if (r._search === undefined) {
      var parts = [];
      var walk = function (value, top) {
        if (value === null || value === undefined) return;
        if (typeof value !== 'object') { parts.push(searchable(String(value))); return; }
        for (var key in value) {
          // The viewer's own fields of a record begin with _.
          if (Object.prototype.hasOwnProperty.call(value, key) && !(top && key.charAt(0) === '_')) walk(value[key], false);
        }
      };
      walk(r, true);
      r._search = parts.join('\n');
    }
    return r._search;
  }

  // The ranks of lyfe-kt logs --level: a level it does not know counts as an error.
  var LEVEL_RANK = { debug: 0, info: 1, warn: 2, error: 3 };
  function levelRank(level) { return Object.prototype.hasOwnProperty.call(LEVEL_RANK, level) ? LEVEL_RANK[level] : LEVEL_RANK.error; }

  function applyFilters() {
    var f = filters;
    shown = order.filter(function (i) {
      var r = records[i];
      if (f.stage && r.stage !== f.stage) return false;
      if (f.level && levelRank(r.level) < LEVEL_RANK[f.level]) return false;
      if (f.outcome && r._outcome !== f.outcome) return false;
      if (f.file && r._files.indexOf(f.file) < 0) return false;
      if (f.text && searchText(r).indexOf(f.text) < 0) return false;
      return true;
    });
    $('count').textContent = fmtInt(shown.length) + ' of ' + fmtInt(records.length) + ' records';
    // The rows are others now: none is active until a key or a click chooses one.
    active = -1;
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
      // Only the rows in view are drawn: each says where it is in the whole list.
      var row = el('div', { class: 'row' + (k === active ? ' active' : '') + (r.level === 'error' || r.level === 'warn' ? ' ' + r.level : ''), role: 'option', id: 'row-' + k, 'data-k': k,
        'aria-selected': k === active ? 'true' : 'false', 'aria-posinset': k + 1, 'aria-setsize': shown.length, text: rowText(r) });
      row.style.top = k * ROW + 'px';
      rows.appendChild(row);
    }
    drawn = [first, last];
    // The list keeps the focus; a screen reader reads the row the keys moved to as its active descendant.
    if (active >= first && active < last) list.setAttribute('aria-activedescendant', 'row-' + active);
    else list.removeAttribute('aria-activedescendant');
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
      // With no active row yet (a new list), the first move goes to the first row.
      if (e.key in moves) activate(active < 0 ? 0 : active + moves[e.key], false);
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
    // An address kept from another session, or mistyped: said so, not shown as an empty call.
    if (!c && !calls[id]) return openDetail([el('p', { text: 'No call ' + id + ' in this session.' })]);
    var body = [el('h2', { text: 'Call ' + id })];
    if (c) {
      var made = producedBy(c), outs = el('span');
      (made.length ? made : c.output).forEach(function (f) { outs.appendChild(link(route('output', f), f)); outs.appendChild(document.createTextNode(' ')); });
      body.push(kv([['Purpose', c.purpose], ['Stage', c.stage], ['Provider', c.provider + ' / ' + c.model], ['Outcome', el('span', { class: c.outcome, text: c.outcome })],
        ['Attempts', String(c.attempts)], ['Tokens', fmtInt(c.tokens)], ['Latency', fmtMs(c.latency_ms)], ['Input', c.input.join(', ') || '-'], [made.length ? 'Produced' : 'Was for', outs]]));
      if (c.outcome === 'ok' && !made.length) body.push(el('p', { class: 'failed', text: 'Answered, but no file was written from the answer: its stage stopped or failed first.' }));
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
    // One request record before each attempt: a request with no attempt after it was never answered.
    if (idx.requests.length > idx.attempts.length) {
      var sent = records[idx.requests[idx.requests.length - 1]];
      body.push(el('p', { class: 'failed', text: 'Attempt ' + ((sent.data || {}).attempt || idx.requests.length) + ' was sent and never answered: the process stopped during the call.' }), recordLink(idx.requests[idx.requests.length - 1]));
    }
    openDetail(body);
  }

  function showOutput(file) {
    var o = outputOf(file);
    // A file the session only read is shown with its records; one it never names is not there.
    if (!o && !callsForFile(file).length && !byFile[file]) return openDetail([el('p', { text: 'No file ' + file + ' in this session.' })]);
    var body = [el('h2', { text: file })];
    if (o) {
      body.push(kv([['Valid', el('span', { class: o.valid ? 'ok' : 'failed', text: o.valid ? 'yes' : 'no' })], ['Level', o.level || '-'], ['From', o.input || '-'],
        ['Mobile score', fmtScore(o.mobile_optimization_score)], ['Persona', fmtPercent(o.ari_persona_consistency)], ['Schema', o.schema_version || '-']]));
      if (o.errors.length) body.push(el('h3', { text: 'Schema errors' }), pre(o.errors.join('\n')));
    }
    var made = el('ul'), written = false;
    callsForFile(file).forEach(function (id) {
      var c = callOf(id);
      if (c && producedBy(c).indexOf(file) >= 0) written = true;
      made.appendChild(el('li', null, [link(route('call', id), id), ' ' + (c ? c.purpose + ', ' + c.attempts + ' attempt(s), ' + c.outcome : '')]));
    });
    body.push(el('h3', { text: written || !callsForFile(file).length ? 'Made by' : 'Calls for it (none wrote it)' }), made);
    var found = issuesFor(function (i) { return i.file === file; });
    if (found.length) body.push(el('h3', { text: 'Quality issues' }), issueList(found));
    var filter = el('button', { type: 'button', text: 'Show its ' + (byFile[file] || []).length + ' records in the list' });
    filter.addEventListener('click', function () { filterOnly('file', file); closeDetail(); $('record-list').focus(); });
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

  // What had the focus when the details opened: Escape gives it back. Following links inside the details keeps it.
  var opener = null;
  function openDetail(children) {
    var detail = $('detail');
    var from = document.activeElement;
    if (detail.hidden || !detail.contains(from)) opener = from && from !== document.body && !detail.contains(from) ? from : null;
    var body = clear($('detail-body'));
    children.forEach(function (c) { body.appendChild(c); });
    detail.hidden = false;
    detail.scrollTop = 0;
    // The details take the focus, so that the keyboard (and a screen reader) is where they are.
    detail.focus({ preventScroll: true });
  }
  function closeDetail() {
    var detail = $('detail');
    var had = detail.contains(document.activeElement) || document.activeElement === document.body;
    detail.hidden = true;
    if (location.hash) history.pushState(null, '', location.pathname + location.search);
    if (had && opener && document.contains(opener)) opener.focus({ preventScroll: true });
    opener = null;
  }

  function onRoute() {
    var hash = location.hash.slice(1);
    var slash = hash.indexOf('/');
    if (slash < 0) { $('detail').hidden = true; return; }
    var kind = hash.slice(0, slash), id;
    // An address cut or typed by hand (#call/%E0) is no item's: said so, never thrown.
    try { id = decodeURIComponent(hash.slice(slash + 1)); } catch (e) { return openDetail([el('p', { text: 'No such item in this session: ' + hash })]); }
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
.bar.ok { background: var(--ok); } .bar.failed { background: var(--error); }
.bar.unfinished { background: repeating-linear-gradient(45deg, var(--error) 0 4px, transparent 4px 8px); border: 1px dashed var(--error); }
.bar .seg { height: 100%; border-right: 1px solid var(--bg); }
.seg.ok { background: var(--ok); } .seg.retry { background: var(--warn); } .seg.failed { background: var(--error); }
.seg.unanswered { background: repeating-linear-gradient(45deg, var(--error) 0 4px, transparent 4px 8px); }
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
  /* The rows printed follow one another from the list's top: the spacer that gives the screen's list its full height is left out. */
  #spacer { display: none; }
  .list .row { position: static; }
  pre { max-height: none; }
  header { background: none; }
}
`;

;// CONCATENATED MODULE: ./dist/lib/package/viewer/page.js












const page_NEWLINE = 0x0a;
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const DATA_TYPE = 'application/x-lyfe-kt+gzip;base64';
/**
 * How much of a gzip member is read at a time: a multiple of 3, so that every chunk but the last
 * is base64-encoded as it is, with no bytes carried over and copied into the next.
 */
const READ_BYTES = 3 * 64 * 1024;
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
<meta name="generator" content="lyfe-kt ${escapeHtml(version_VERSION)}">
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
<aside id="detail" hidden aria-label="Details" tabindex="-1"><button id="detail-close" class="close" type="button">Close (Esc)</button><div id="detail-body"></div></aside>
<script type="${DATA_TYPE}" id="lyfe-processing">`;
}
/** The gzip of `source`, whose lines are counted into `counted` as they pass (a last one without a newline too). */
async function* gzipLines(source, counted) {
    async function* bytes() {
        let last = page_NEWLINE;
        for await (const chunk of source) {
            const buffer = Buffer.from(chunk);
            for (let at = buffer.indexOf(page_NEWLINE); at >= 0; at = buffer.indexOf(page_NEWLINE, at + 1))
                counted.lines += 1;
            if (buffer.length)
                last = buffer[buffer.length - 1];
            yield buffer;
        }
        if (last !== page_NEWLINE)
            counted.lines += 1;
    }
    const gzip = createGzip();
    const feeding = pipeline(Readable.from(bytes()), gzip);
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
const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/**
 * The page's block of what it shows besides the records, gzip-compressed (on libuv's pool, while
 * the caller goes on) and base64-encoded.
 */
async function viewerDataBlock(view, counts) {
    const data = { ...view, numbers: summaryNumbers(view.session, view.quality), records: counts };
    return (await gzipAsync(JSON.stringify(data))).toString('base64');
}
/** Writes the page to `file` (through a temporary file beside it, renamed into place). */
function writeViewerPage(file, view, records) {
    const processing = { lines: 0 };
    const prompts = { lines: 0 };
    return writePage(file, view.title, { processing: gzipLines(records.processing, processing), prompts: gzipLines(records.prompts, prompts) }, 
    // Made once both streams are embedded, and their lines counted.
    () => viewerDataBlock(view, { processing: processing.lines, prompts: prompts.lines }));
}
/** What comes between the page's three embedded blocks, and after the last one: the page's own script. */
const PROMPTS_BLOCK = `</script>\n<script type="${DATA_TYPE}" id="lyfe-prompts">`;
const DATA_BLOCK = `</script>\n<script type="${DATA_TYPE}" id="lyfe-data">`;
const TAIL = `</script>\n<script>${VIEWER_SCRIPT}</script>\n</body>\n</html>\n`;
/**
 * Writes the page of records already compressed, with `data` (see `viewerDataBlock`), asked for
 * once both are embedded. Resolves with the digest of the page as written (a package's manifest takes it).
 */
async function writePage(file, title, records, data) {
    async function* page() {
        yield head(title);
        yield* base64(records.processing);
        yield PROMPTS_BLOCK;
        yield* base64(records.prompts);
        yield `${DATA_BLOCK}${await data()}`;
        yield TAIL;
    }
    // Written a part at a time as the parts come, with plain writes: for the few kB of a small session,
    // a write stream's opening, callbacks and closing cost more than the page itself.
    const temp = `${file}.${process.pid}.tmp`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    try {
        const fd = external_node_fs_.openSync(temp, 'w');
        try {
            for await (const part of page()) {
                const data = Buffer.from(part);
                external_node_fs_.writeFileSync(fd, data);
                hash.update(data);
                bytes += data.length;
            }
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
        external_node_fs_.renameSync(temp, file);
        return { sha256: hash.digest('hex'), bytes };
    }
    catch (error) {
        external_node_fs_.rmSync(temp, { force: true });
        throw error;
    }
}
const memberChunks = (member) => (typeof member === 'string' ? fileChunks(member) : [member]);
/** The viewer of a package's `logs/`, from the gzip members its two `*.jsonl` were written into and its `viewerDataBlock`. */
function writeLogsViewer(logsDir, title, members, data) {
    return writePage(external_node_path_.join(logsDir, constants/* LogFiles */.aE.viewer), title, { processing: memberChunks(members.processing), prompts: memberChunks(members.prompts) }, () => data);
}
/** The bytes of base64 text: the only ones the page's embedded blocks may hold. */
const BASE64_BYTES = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=')
    BASE64_BYTES[c.charCodeAt(0)] = 1;
const TITLE_OPEN = Buffer.from('<title>');
const TITLE_CLOSE = Buffer.from(' - lyfe-kt viewer</title>');
/**
 * Whether `page` is, byte for byte, a page this lyfe-kt writes: the head it writes for the title
 * the page names (its Content-Security-Policy, its style), three blocks of nothing but base64, and
 * its own script, then nothing. Such a page runs no script but lyfe-kt's, which shows every text
 * of its blocks as text. A page made by hand (a package from a fork's pull request may carry one,
 * and a manifest made to match), or by another version of lyfe-kt, is not. Reads the page once,
 * without inflating its blocks: a page of 100,000 records is checked in milliseconds.
 */
function isViewerPage(page) {
    const open = page.indexOf(TITLE_OPEN);
    const close = open < 0 ? -1 : page.indexOf(TITLE_CLOSE, open);
    if (close < 0)
        return false;
    const title = page.toString('utf8', open + TITLE_OPEN.length, close).replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    let at = 0;
    const expect = (text) => {
        const bytes = Buffer.from(text);
        if (!page.subarray(at, at + bytes.length).equals(bytes))
            return false;
        at += bytes.length;
        return true;
    };
    const skipBase64 = () => {
        while (at < page.length && BASE64_BYTES[page[at]])
            at++;
    };
    if (!expect(head(title)))
        return false;
    skipBase64();
    if (!expect(PROMPTS_BLOCK))
        return false;
    skipBase64();
    if (!expect(DATA_BLOCK))
        return false;
    skipBase64();
    return expect(TAIL) && at === page.length;
}

// EXTERNAL MODULE: ./dist/lib/package/title.js
var package_title = __webpack_require__(66537);
;// CONCATENATED MODULE: ./dist/lib/package/packaged-work.js








/** The manifest of the package `mark` names, when the folder there is that package; undefined when the rename never happened. */
function markedPackage(mark) {
    return markedPackageThere(mark) ? readManifest(mark.path) : undefined;
}
/**
 * Removes the work files the package holds, each only when its bytes are the package's (by the
 * manifest's hash), and the half-written files of killed writes, then the work folders left empty;
 * returns what it left.
 */
function removePackagedWork(workDir, manifest) {
    const left = [];
    const visit = (relative) => {
        let entries;
        try {
            entries = fs.readdirSync(path.join(workDir, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            throw error;
        }
        for (const entry of entries) {
            const name = `${relative}/${entry.name}`;
            const file = path.join(workDir, name);
            if (entry.isDirectory())
                visit(name);
            else if (UNFINISHED_WRITE.test(entry.name) || (manifest.files[name] && fs.statSync(file).isFile() && entryOf(fs.readFileSync(file)).sha256 === manifest.files[name].sha256)) {
                fs.rmSync(file, { force: true });
            }
            else
                left.push(name);
        }
        if (fs.readdirSync(path.join(workDir, relative)).length === 0)
            fs.rmdirSync(path.join(workDir, relative));
    };
    for (const folder of WorkFolderNames)
        visit(folder);
    return left.sort();
}
/**
 * Finishes the packaging of `workDir` when its session file says its run was packaged: the work
 * files in the package are removed and the session file cleared. Files kept by `--keep-work` stay
 * when `keep` (a `package --keep-work`, or one naming their session): the package is only found.
 * A mark whose package is not there (the packager was stopped before the rename, or the package
 * was removed) is dropped: the run is packaged again. Undefined when there was nothing to finish
 * (or the session file is damaged).
 */
function packaged_work_finishPackaging(workDir, { keep = false, dropped } = {}) {
    let session;
    try {
        session = readWorkSession(workDir);
    }
    catch (error) {
        // A damaged file names no package: the caller deals with it as before (`--session` replaces it).
        if (error instanceof DamagedSessionFile)
            return undefined;
        throw error;
    }
    const mark = session?.packaged;
    if (!session || !mark)
        return undefined;
    const manifest = markedPackage(mark);
    if (!manifest) {
        markWorkSession(workDir, session, undefined);
        dropped?.(mark);
        return undefined;
    }
    if (mark.keep_work && keep)
        return { session_id: session.session_id, mark, manifest, emptied: false, left: [] };
    const left = removePackagedWork(workDir, manifest);
    clearWorkSession(workDir);
    return { session_id: session.session_id, mark, manifest, emptied: true, left };
}
/** What a warning says of a finished packaging. */
function packaged_work_finishedPackagingWarning(finished) {
    const left = finished.left.length ? `; left in the work folder, not in the package as they are: ${someNames(finished.left)}` : '';
    if (!finished.mark.keep_work) {
        return `this run was packaged already, into ${finished.mark.path}, by a \`lyfe-kt package\` that was stopped before it finished with the work folder: it is emptied now, and no second package was made${left}`;
    }
    const kept = `this run was packaged already, into ${finished.mark.path}, its files kept (--keep-work)`;
    if (finished.emptied)
        return `${kept}: they are removed from the work folder now, and no second package was made${left}`;
    return `${kept}: no second package was made (\`lyfe-kt package --session ${finished.session_id}\` makes one)`;
}
/** Whether `dir` is a package: it holds a manifest of lyfe-kt's format (another tool's `manifest.json` is not one). */
function isPackage(dir) {
    let manifest;
    try {
        manifest = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(dir, constants/* MANIFEST_FILE */.h1), 'utf8'));
    }
    catch {
        return false;
    }
    return manifest?.format === package_manifest/* MANIFEST_FORMAT */.Sn;
}
/** The package that is `dir` or holds it, at any depth, if any: its absolute path. */
function packageHolding(dir) {
    for (let at = external_node_path_.resolve(dir);; at = external_node_path_.dirname(at)) {
        if (isPackage(at))
            return at;
        if (external_node_path_.dirname(at) === at)
            return undefined;
    }
}
/**
 * Refuses a package folder given as the work folder (`--work-dir packages/x`, LYFE_KT_WORK_DIR set
 * to one), or a stage's output folder in a package (`generate directory pkg/02_preprocessed
 * pkg/03_output`): `package` would move its files into a new package, and a stage would write into
 * it, and either way it would no longer verify.
 */
function packaged_work_refusePackageFolders(workDir, outDir) {
    const holding = packageHolding(workDir);
    if (holding !== undefined) {
        const what = holding === path.resolve(workDir) ? `a package (it holds ${MANIFEST_FILE})` : `in a package (${holding})`;
        throw new LyfeError(`the work folder is ${what}: working in it would change the package, which would then no longer verify`, {
            file: workDir,
            fix: 'Give --work-dir (or LYFE_KT_WORK_DIR) the work folder of a run, such as work; read a package with `lyfe-kt logs --package`, `view` or `replay`',
            exitCode: ExitCode.usage,
        });
    }
    if (outDir === undefined)
        return;
    const inside = packageHolding(outDir);
    if (inside === undefined)
        return;
    throw new LyfeError(`the output folder is in a package (${inside}): writing into it would change the package, which would then no longer verify`, {
        file: outDir,
        fix: 'Nothing was written; give an output folder outside the package (to run its articles again: `lyfe-kt run <package>/01_raw`)',
        exitCode: ExitCode.usage,
    });
}
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
const PACKAGE_LOCK = '.lyfe-kt-package.lock';
/**
 * Who holds the work folder's package lock: the pid of a `package` still running; null for a lock
 * being written this instant (no pid yet: held); undefined when there is no lock, or when its
 * process is gone (killed: ended, a zombie not yet reaped, or a pid another process took since,
 * which started after the lock was written).
 */
function packagingHolder(workDir) {
    const file = path.join(workDir, PACKAGE_LOCK);
    let text;
    let written;
    try {
        text = fs.readFileSync(file, 'utf8');
        written = fs.statSync(file).mtimeMs;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const holder = Number.parseInt(text, 10);
    if (!Number.isInteger(holder))
        return null;
    return holder === process.pid || processRunning(holder, written) ? holder : undefined;
}
/** The refusal of work on a folder that a `package` holds. */
function packagingError(workDir, holder, then = '') {
    return new LyfeError(`another \`lyfe-kt package\`${holder === null ? '' : ` (pid ${holder})`} is packaging this work folder`, {
        file: workDir,
        fix: `Wait for it to finish: its package holds this run${then}`,
    });
}
/**
 * Takes the work folder's package lock, or says who holds it. A lock whose process is gone (a
 * killed `package`) is taken over. Returns the function that releases it.
 */
function packaged_work_lockWorkFolder(workDir) {
    fs.mkdirSync(workDir, { recursive: true });
    const file = path.join(workDir, PACKAGE_LOCK);
    for (;;) {
        let fd;
        try {
            fd = fs.openSync(file, 'wx');
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw unwritableWorkFolder(workDir, error);
            const holder = packagingHolder(workDir);
            if (holder !== undefined)
                throw packagingError(workDir, holder);
            fs.rmSync(file, { force: true });
            continue;
        }
        try {
            fs.writeFileSync(fd, `${process.pid}\n`);
        }
        catch (error) {
            // Made, but its pid not written (a full disk makes the file, not its bytes): a lock with no
            // pid is taken for one being written, and would refuse every later command on the folder.
            fs.closeSync(fd);
            fs.rmSync(file, { force: true });
            throw unwritableWorkFolder(workDir, error);
        }
        fs.closeSync(fd);
        return () => fs.rmSync(file, { force: true });
    }
}
function unwritableWorkFolder(workDir, error) {
    return new LyfeError(`the work folder cannot be written (${error.code ?? errorText(error)})`, {
        file: workDir,
        fix: 'Nothing was written; free space on its disk (or fix its permissions), then run the command again',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./dist/lib/package/log-dir.js






const LOG_FOLDER = { flag: '--log-dir', name: 'the log folder', madeBy: 'the first record' };
const OUTPUT_FOLDER = { flag: '--output-dir', name: 'the packages folder', madeBy: 'packaging' };
const WORK_FOLDER = { flag: '--work-dir', name: 'the work folder', madeBy: 'the first stage' };
const STAGE_OUTPUT_FOLDER = { flag: "the stage's <outdir>", name: 'the output folder', madeBy: 'the stage' };
const REPLAY_FOLDER = { flag: '--out', name: 'the replay folder', madeBy: 'the replay' };
const TRACES_FILE = { flag: '--output', name: 'the traces file', madeBy: 'the export', kind: 'file' };
/** Whether `dir` is a folder this process can write into. */
function writableFolder(dir) {
    try {
        if (!external_node_fs_.statSync(dir).isDirectory())
            return false;
        external_node_fs_.accessSync(dir, external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A folder a command will write into is checked before anything is written: a file in its place or
 * a folder that cannot be written (or made) would otherwise be found only when it is first used.
 */
function checkFolder(dir, folder) {
    let stat;
    try {
        stat = external_node_fs_.statSync(dir);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
            throw new errors/* LyfeError */.L0(`${folder.name} cannot be read (${code})`, { file: dir, fix: `Give ${folder.flag} a folder you can write`, cause: error });
        }
        // A symbolic link to nothing: its first use would fail to make a folder there, with no word of the link.
        const target = code === 'ENOENT' ? linkTarget(dir) : undefined;
        if (target !== undefined) {
            throw new errors/* LyfeError */.L0(`${folder.name} is a symbolic link to ${target}, which does not exist`, {
                file: dir,
                fix: `Give ${folder.flag} a folder, or make the link's target a folder`,
                exitCode: errors/* ExitCode */.yU.usage,
            });
        }
        // Missing (or under a file): made by its first use, so the nearest folder above it that exists must let it be made.
        let parent = external_node_path_.dirname(external_node_path_.resolve(dir));
        while (!external_node_fs_.existsSync(parent) && external_node_path_.dirname(parent) !== parent)
            parent = external_node_path_.dirname(parent);
        if (!writableFolder(parent)) {
            throw new errors/* LyfeError */.L0(`${folder.name} cannot be made: ${parent} is not a folder you can write`, { file: dir, fix: `Give ${folder.flag} a folder you can write, or fix the permissions of the folder above it` });
        }
        return;
    }
    if (!stat.isDirectory()) {
        throw new errors/* LyfeError */.L0(`${folder.name} is a file, not a folder`, { file: dir, fix: `Give ${folder.flag} a folder (it is made by ${folder.madeBy} when missing), or move this file away`, exitCode: errors/* ExitCode */.yU.usage });
    }
    if (!writableFolder(dir)) {
        throw new errors/* LyfeError */.L0(`${folder.name} cannot be written`, { file: dir, fix: `Give ${folder.flag} a folder you can write, or fix its permissions` });
    }
}
/** Where the symbolic link `dir` points, when it is one. */
function linkTarget(dir) {
    try {
        return external_node_fs_.readlinkSync(dir);
    }
    catch {
        return undefined;
    }
}
/**
 * A folder a command writes into may not be a package or inside one (the defaults, `logs` and
 * `packages`, are when the command runs in a package's folder): the package would change, and no
 * longer verify.
 */
function refuseInPackage(dir, folder) {
    const at = packageHolding(dir);
    if (at === undefined)
        return;
    throw new errors/* LyfeError */.L0(`${folder.name} is in a package (${at}): writing into it would change that package, which would then no longer verify`, {
        file: dir,
        fix: `Give ${folder.flag} a ${folder.kind ?? 'folder'} outside the package, or run from outside it`,
        exitCode: errors/* ExitCode */.yU.usage,
    });
}
/** The new work folder of a replay (`--out`): in no package, the replayed one or another. */
function refuseReplayDirInPackage(outDir) {
    refuseInPackage(outDir, REPLAY_FOLDER);
}
/** The file `export otel --output` writes: in no package, the exported one or another. */
function refuseTracesFileInPackage(file) {
    refuseInPackage(file, TRACES_FILE);
}
/** The folder of the global record files, checked before a stage starts: writable, or one that can be made, and in no package. */
function log_dir_checkLogDir(logDir) {
    checkFolder(logDir, LOG_FOLDER);
    refuseInPackage(logDir, LOG_FOLDER);
}
/** The folder of the work folder's run (`01_raw`, ...: what a package takes) that is or holds `dir`, if any. */
function workFolderHolding(workDir, dir) {
    return WorkFolderNames.find((folder) => isWithin(path.join(workDir, folder), dir));
}
/**
 * The folder packages are written into, checked before a run's stages or a package's assembly: it
 * must be writable (or makeable), and not inside a folder of the work folder's run, which the
 * package takes (the work folder itself may hold it: `--work-dir .`).
 */
function log_dir_checkOutputDir(outputDir, workDir) {
    const taken = workFolderHolding(workDir, outputDir);
    if (taken) {
        throw new LyfeError(`the packages folder is inside the work folder's ${taken}/, which each package takes`, {
            file: outputDir,
            fix: `Give --output-dir a folder outside ${path.join(workDir, taken)}`,
            exitCode: ExitCode.usage,
        });
    }
    checkPackagesDir(outputDir);
}
/** A folder packages are written into (`package`, `run`, `merge`): writable, or one that can be made, and in no package. */
function checkPackagesDir(outputDir) {
    checkFolder(outputDir, OUTPUT_FOLDER);
    refuseInPackage(outputDir, OUTPUT_FOLDER);
}
/**
 * The folder `preprocess` or `generate` writes its outputs into, checked before the stage starts:
 * found unwritable only at its first output, it would come after that file's calls were made (and paid for).
 */
function checkStageOutputDir(outDir) {
    checkFolder(outDir, STAGE_OUTPUT_FOLDER);
}
/**
 * The work folder, checked before a stage or a package uses it: a file (or a link to nothing) in
 * its place is refused, rather than found by the first file written into it.
 */
function log_dir_checkWorkDir(workDir) {
    checkFolder(workDir, WORK_FOLDER);
}

;// CONCATENATED MODULE: ./dist/lib/package/assemble.js






























/** The assembly folder of a package: `.<name>.tmp-<pid>-<hex>`, so that a later package can tell a dead packager's leftovers. */
const TEMP_FOLDER = /^\..+\.tmp-(\d+)-[0-9a-f]{6}$/;
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;
function outputNames(workDir) {
    const dir = path.join(workDir, WorkFolders.output);
    try {
        return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new LyfeError(`the output folder cannot be read (${error.code ?? errorText(error)})`, {
            file: dir,
            fix: 'Make it a folder you can read (`ls -ld` it), or give the package a title',
            cause: error,
        });
    }
}
/** Makes the hidden folder a package is assembled in, beside its destination. */
function makeAssemblyFolder(outputDir, title, now) {
    // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
    const temp = external_node_path_.join(outputDir, `.${(0,package_title/* packageFolderName */.M9)(title, now)}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
    external_node_fs_.mkdirSync(temp);
    return temp;
}
/** When `file` was last modified (epoch ms); now, for a file gone meanwhile. */
function modifiedAt(file) {
    try {
        return external_node_fs_.statSync(file).mtimeMs;
    }
    catch {
        return Date.now();
    }
}
/** Removes the assembly folders that packagers killed before they finished left in `outputDir`. */
function removeDeadAssemblies(outputDir) {
    let names;
    try {
        names = external_node_fs_.readdirSync(outputDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const pid = TEMP_FOLDER.exec(name)?.[1];
        // Its packager's, while that process runs: a pid another process took after the folder was last written is not it.
        if (pid === undefined || (0,session_process/* processRunning */.JK)(Number(pid), modifiedAt(external_node_path_.join(outputDir, name))))
            continue;
        external_node_fs_.rmSync(external_node_path_.join(outputDir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
/** What a file system says when it cannot hard-link a file (another device, links not allowed or not supported). */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/**
 * Puts the work file `source` into the package at `target`. Hard-linked while `how.link` (the
 * work folder is emptied once the package is in place): a tenth of a copy's time, no byte read or
 * written, and the work folder stays whole until then. Copied when the work folder is kept (a link
 * would let a later edit of it change the package), for a symbolic link (its target's bytes are
 * packaged), and from the first file the file system will not link. A copy is started here and
 * put in `how.copies`, to go on in the threadpool while the records render (creating a file is slow
 * on some disks: 500 small files took 1.5 s). Started here, not queued: the render that follows
 * holds this thread until it ends, so a copy waiting for a turn of the event loop (as a limit of
 * copies in flight makes it) would start only after the render. They queue on libuv's pool ahead
 * of the gzip streams' first work, which waits for them: 502 small files took it 11-16 ms.
 */
function takeFile(source, target, symbolic, how) {
    if (how.link && !symbolic) {
        try {
            fs.linkSync(source, target);
            how.linked.add(source);
            return;
        }
        catch (error) {
            if (!CANNOT_LINK.has(error.code ?? ''))
                throw error;
            how.link = false;
        }
    }
    how.copies.push(fs.promises.copyFile(source, target, fs.constants.COPYFILE_EXCL));
}
/**
 * Puts the regular files of `from` into `to` (see `takeFile`), following symbolic links to files,
 * and lists the files it took in `taken`; `take` chooses among the names directly inside `from`.
 * The half-written file of a write that was killed is left out (listed in `how.unfinished`).
 */
function copyTree(from, to, taken, how, take = () => true) {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!take(entry.name))
            continue;
        const source = path.join(from, entry.name);
        if (UNFINISHED_WRITE.test(entry.name)) {
            how.unfinished.push(source);
            continue;
        }
        const target = path.join(to, entry.name);
        const stat = entry.isSymbolicLink() ? fs.statSync(source) : entry;
        if (stat.isDirectory())
            copyTree(source, target, taken, how);
        else if (stat.isFile()) {
            takeFile(source, target, entry.isSymbolicLink(), how);
            taken.push(source);
        }
        else {
            throw new LyfeError('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
        }
    }
}
/**
 * Removes the files the package took (on the threadpool, several at once: one by one, hundreds of
 * small files hold the thread), then the work folders they leave empty; what the user put beside them stays.
 * Each file is one `unlink` (a file already gone is not an error): `fs.promises.rm` looks at it first,
 * and took twice as long for 500 files (docs/performance.md).
 */
async function removeTaken(workDir, taken, workFolders, packaged) {
    // A linked file whose name now holds another file (replaced since, by hand) is left: that file is not the package's.
    const replaced = new Set(taken.filter((file) => packaged.linked.has(file) && replacedSince(file, path.join(packaged.dir, path.relative(workDir, file)))));
    const removals = await Promise.allSettled(taken.filter((file) => !replaced.has(file)).map((file) => fs.promises.unlink(file)));
    const failed = removals.find((removal) => removal.status === 'rejected' && removal.reason.code !== 'ENOENT');
    if (failed)
        throw failed.reason;
    const folders = new Set([...taken.map((file) => path.dirname(file)), ...workFolders.map((name) => path.join(workDir, name))]);
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
        for (let dir = folder; path.relative(workDir, dir) && !path.relative(workDir, dir).startsWith('..'); dir = path.dirname(dir)) {
            try {
                fs.rmdirSync(dir);
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT')
                    break;
                throw error;
            }
        }
    }
    return [...replaced];
}
/** Whether `workFile`, linked to `packageFile` when it was taken, now names another file (a file gone names none). */
function replacedSince(workFile, packageFile) {
    const now = fs.lstatSync(workFile, { throwIfNoEntry: false });
    if (!now)
        return false;
    const packaged = fs.lstatSync(packageFile);
    return now.ino !== packaged.ino || now.dev !== packaged.dev;
}
/** The session's records streamed a record at a time from the global files; the prompt records already read, when `rendered`. */
const globalRecords = (logDir, sessionId, rendered) => (visit) => readSessionModel(logDir, sessionId, { visit, prompts: rendered?.records });
/**
 * Renders every file of `logs/` from the records; the metadata last, since it records the sizes.
 * A merged package also lists its shards (in `metadata.json` and after the summary).
 *
 * One pass over the records gives the model and renders the four record files, handed to a
 * thread of their own (see gzip-thread.ts) that writes them, hashes them and compresses them
 * while this one renders: with `--compress`, straight into the gzip members the archive is made
 * of; plain, the `*.jsonl` also into the members the viewer embeds. Logs that reach
 * AUTO_COMPRESS_BYTES plain are compressed after, from their files. `copied` settles when the
 * package's copies of the work folder's files are written (the quality rules read them).
 */
async function writeLogs(logsDir, read, options) {
    external_node_fs_.mkdirSync(logsDir, { recursive: true });
    const thread = new MemberThread(options.whileWaiting);
    try {
        const locator = new detect_RecordLocator();
        const writer = new text_logs/* RecordLogsWriter */.I(logsDir, thread, { compress: options.compress, rendered: options.rendered });
        let records;
        try {
            records = read((record, kind, line) => {
                locator.add(record, kind);
                if (kind === 'processing')
                    writer.processing(record, line);
                else
                    writer.prompt(record, line);
            });
        }
        catch (error) {
            throw await thread.reason(error);
        }
        const { summary, skipped } = records;
        // The thread finishes the files while this one finds the quality issues, writes the summary and makes the viewer's data.
        const closing = writer.close();
        closing.catch(() => undefined); // awaited below; a failure of the quality rules first must not leave it unhandled
        /** The files of `logs/` by package path, with their digests as written. */
        const files = new Map();
        const write = (name, text) => {
            const data = Buffer.from(text);
            external_node_fs_.writeFileSync(external_node_path_.join(logsDir, name), data);
            files.set(`${constants/* LOGS_DIR */.c6}/${name}`, (0,package_manifest/* entryOf */.Ms)(data));
        };
        const parsed = new Map(options.templates?.map((template) => [external_node_path_.basename(template.file), template]));
        // The quality rules read the package's outputs and templates: the copies started before the render end first.
        await options.copied;
        const quality = packageQualityReport(external_node_path_.dirname(logsDir), summary, locator, { parsedTemplates: parsed, checkedOutputs: options.checkedOutputs });
        write(constants/* LogFiles */.aE.qualityIssues, (0,quality_issues_report/* renderQualityReport */.yI)(quality));
        write(constants/* LogFiles */.aE.summary, `${(0,execution_summary/* renderExecutionSummary */.XW)((0,summary_escape/* escapeSummary */.G)(summary, markdown/* escapeMarkdown */.FV), (0,summary_escape/* escapeQualityReport */.P)(quality, markdown/* escapeMarkdown */.FV))}${options.shards?.section ?? ''}`);
        const viewerData = viewerDataBlock({ title: options.title, session: summary, quality }, writer.counts);
        viewerData.catch(() => undefined); // awaited below; a failure of the members first must not leave it unhandled
        const members = await closing;
        // Compressed while the members were finished, and let go before the archive and the page are written: for a large session the two at once raised the peak memory.
        await viewerData;
        const bytes = [...members.values()].reduce((total, member) => total + member.bytes, 0);
        const compress = options.compress || bytes >= constants/* AUTO_COMPRESS_BYTES */.VZ;
        if (!compress)
            for (const [name, { sha256, bytes }] of members)
                if (sha256)
                    files.set(`${constants/* LOGS_DIR */.c6}/${name}`, { sha256, bytes });
        const [archived, viewer] = await Promise.all([
            compress ? (0,archive/* archiveLogs */.YO)(logsDir, thread, members, options.now) : undefined,
            writeLogsViewer(logsDir, options.title, {
                processing: members.get(constants/* LogFiles */.aE.processingRecords)?.gzipped ?? (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.processingRecords),
                prompts: members.get(constants/* LogFiles */.aE.promptRecords)?.gzipped ?? (0,text_logs/* memberGzip */.T)(logsDir, constants/* LogFiles */.aE.promptRecords),
            }, viewerData),
        ]);
        files.set(`${constants/* LOGS_DIR */.c6}/${constants/* LogFiles */.aE.viewer}`, viewer);
        if (archived)
            files.set(`${constants/* LOGS_DIR */.c6}/${constants/* ARCHIVE_FILE */.sX}`, archived.digest);
        (0,archive/* removeArchivedLogs */.uM)(logsDir, archived !== undefined);
        const info = {
            title: options.title,
            created_at: options.now.toISOString(),
            tool_version: version_VERSION,
            compressed: compress,
            logs_bytes: bytes,
            logs_compressed_bytes: archived?.after ?? null,
            skipped_lines: skipped,
            // Those of logs/ written, and metadata.json itself.
            files: options.workFiles + files.size + 1,
        };
        write(constants/* LogFiles */.aE.metadata, renderMetadata(summary, info, options.shards?.entries));
        return { skipped, bytes, archived, digests: files, summary, quality };
    }
    finally {
        await thread.close();
    }
}
/** Whether anything is at `file`: a symbolic link counts, even one whose target is missing. */
function entryAt(file) {
    try {
        external_node_fs_.lstatSync(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/**
 * Renames the assembled folder into place under the first free name; never replaces a package, nor
 * anything else. `beforeRename` is told each name before the rename to it is tried.
 */
function placePackage(temp, outputDir, title, now, beforeRename) {
    for (let attempt = 1; attempt <= MAX_SUFFIX; attempt++) {
        const target = external_node_path_.join(outputDir, (0,package_title/* packageFolderName */.M9)(title, now, attempt));
        if (entryAt(target))
            continue;
        beforeRename?.(target);
        try {
            external_node_fs_.renameSync(temp, target);
            return target;
        }
        catch (error) {
            // Taken meanwhile (by another packager, or anything else: a file or link gives ENOTDIR).
            if (entryAt(target))
                continue;
            throw error;
        }
    }
    throw new errors/* LyfeError */.L0(`${MAX_SUFFIX} packages named ${title} already exist for this minute`, { file: outputDir, fix: 'Give another title' });
}
function failure(error, outputDir) {
    if (error instanceof LyfeError)
        return error;
    const cause = error;
    // A full disk is the packages folder's (a copy's error names its source first, which is whole).
    const full = cause.code === 'ENOSPC' || cause.code === 'EDQUOT';
    return new LyfeError(`packaging failed: ${errorText(error)}`, {
        file: full ? outputDir : (cause.path ?? outputDir),
        fix: 'No package was written and the work folder is as it was; fix the cause (free space, permissions) and run `lyfe-kt package` again',
        cause: error,
    });
}
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
async function packageRun(options) {
    const outputDir = options.outputDir ?? 'packages';
    const now = new Date();
    // A bad title, work folder, packages folder or log folder is refused before anything is recorded or written.
    if (fs.lstatSync(options.workDir, { throwIfNoEntry: false }))
        checkWorkDir(options.workDir);
    refusePackageFolders(options.workDir);
    const title = packageTitle(options.title, outputNames(options.workDir));
    requireRun(options, false);
    checkLogDir(options.logDir);
    checkOutputDir(outputDir, options.workDir);
    requireRecords(options);
    const unlock = lockWorkFolder(options.workDir);
    try {
        // Files kept by `--keep-work` are packaged again only when their session is named (`again`):
        // else they are that package, and stay unless this `package` does not keep work.
        let notThere;
        const finished = finishPackaging(options.workDir, { keep: Boolean(options.keepWork || options.again), dropped: (mark) => (notThere = mark) });
        const again = finished?.mark.keep_work && options.again && options.session === finished.session_id;
        if (finished && !again && (!options.session || options.session === finished.session_id))
            return packagedAlready(finished);
        return await assemble(options, { outputDir, now, title, notThere });
    }
    finally {
        unlock();
    }
}
/**
 * The work folder's run has records where `logDir` says: else the package would hold the run's
 * files without its records, and the work folder would be gone. A session given must be the work
 * folder's; it is packaged as it is (CI packages a run that stopped before its first record; its
 * package says so).
 */
function requireRecords(options) {
    let session;
    try {
        session = readWorkSession(options.workDir);
    }
    catch (error) {
        if (error instanceof DamagedSessionFile)
            return; // packaging says what to do about it
        throw error;
    }
    const sessionId = session?.session_id;
    if (options.session !== undefined) {
        // Named by hand for a work folder with no session, a session that left no record is a mistyped id. Set for
        // every step (CI), it is packaged as it is: a job stopped before its first record still has a package.
        if (options.again && sessionId === undefined && !sessionHasRecords(options.logDir, options.session)) {
            throw new LyfeError(`session ${options.session} has no records in ${path.resolve(options.logDir)}, and the work folder holds no run of it`, {
                file: options.logDir,
                fix: 'Nothing was packaged; check the session id (`lyfe-kt logs --list` lists the sessions), or give --log-dir the folder the run wrote its records to',
                exitCode: ExitCode.usage,
            });
        }
        // Packaged, its work folder emptied: another package of it would record a second end, or a failed packaging that reopens it.
        if (sessionId === undefined && sessionEnded(options.logDir, options.session)) {
            throw new LyfeError(`session ${options.session} has ended (it was packaged), and the work folder holds no run of it`, {
                file: options.workDir,
                fix: 'Nothing was packaged; its package was made already. A new run is packaged in a session of its own: run its stages with another --session or LYFE_KT_SESSION, or neither, then package it',
                exitCode: ExitCode.usage,
            });
        }
        // A session given is the work folder's, or the work folder has none: else its run would be packaged under another session's records.
        if (sessionId === undefined || sessionId === options.session)
            return;
        throw new LyfeError(`the work folder holds the run of session ${sessionId}, not of ${options.session}`, {
            file: options.workDir,
            fix: `Package it in its own session (give no --session, and unset LYFE_KT_SESSION), or give --session ${sessionId}`,
            exitCode: ExitCode.usage,
        });
    }
    // A run packaged already (its packaging stopped after the rename, or its files kept) is reported and its folder emptied: that needs no records.
    const mark = session?.packaged;
    if (mark && markedPackageThere(mark))
        return;
    if (sessionId === undefined || sessionHasRecords(options.logDir, sessionId))
        return;
    throw new LyfeError(`no records of session ${sessionId} in ${path.resolve(options.logDir)}`, {
        file: options.logDir,
        fix: `Give --log-dir (or LYFE_KT_LOG_DIR) the folder the run wrote its records to; if they are lost, remove ${path.join(options.workDir, SESSION_FILE)} to package the files as a run without records`,
    });
}
/** The result of the package a stopped packaging left in place, as its own files say (see packaged-work.ts). */
function packagedAlready(finished) {
    const { mark, manifest } = finished;
    const logs = (name) => JSON.parse(fs.readFileSync(path.join(mark.path, LOGS_DIR, name), 'utf8'));
    const metadata = logs(LogFiles.metadata);
    const files = Object.keys(manifest.files);
    return {
        path: mark.path,
        name: path.basename(mark.path),
        title: metadata.package.title,
        session_id: finished.session_id,
        success: metadata.execution.success,
        stages_executed: metadata.execution.stages_executed,
        files: files.length,
        work_files: files.filter((file) => WorkFolderNames.some((folder) => file.startsWith(`${folder}/`))).length,
        bytes: packageBytes(mark.path, manifest),
        logs: { compressed: metadata.package.compressed, bytes: metadata.package.logs_bytes, compressed_bytes: metadata.package.logs_compressed_bytes },
        digest: manifest.digest,
        quality_issues: logs(LogFiles.qualityIssues).counts,
        kept_work: mark.keep_work && !finished.emptied,
        warnings: [finishedPackagingWarning(finished)],
        notes: [],
    };
}
/**
 * The work folders present, or the error that there is no run to package: checked before the lock
 * (nothing is made for a folder with no run) and again once it is held (`meanwhile`).
 */
function requireRun(options, meanwhile) {
    const folders = WorkFolderNames.filter((name) => fs.existsSync(path.join(options.workDir, name)));
    if (folders.length === 0 && !options.session && !readWorkSession(options.workDir)) {
        throw new LyfeError(`nothing to package: the work folder has no run in it${meanwhile ? ' (it was packaged meanwhile)' : ''}`, {
            file: options.workDir,
            fix: meanwhile ? 'Look in the packages folder for its package' : 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
        });
    }
    return folders;
}
/** The records that say which stages of a session are open. */
const STAGE_EVENTS = new Set([types/* Events */.sV.stageStart, types/* Events */.sV.stageEnd]);
/**
 * Refuses to package a session while another process runs a stage of it (a `run` still
 * generating, a `generate` in another terminal): the package would say that stage never ended,
 * and what it writes afterwards would be in no package. A stage is running while its `stage.start`
 * has no `stage.end` and the process that wrote it still runs (see `processRunning`: a pid reused
 * since, or a zombie, does not).
 */
function refuseWhileStagesRun(sessionId, summary, workDir) {
    const running = summary.stages.find((run) => run.status === 'unfinished' && run.pid !== process.pid && processRunning(run.pid, Date.parse(run.start_time)));
    if (!running)
        return;
    throw new LyfeError(`session ${sessionId} is still running: its ${running.stage} stage (process ${running.pid}, started at ${running.start_time}) has not ended`, {
        file: workDir,
        fix: `Nothing was packaged or moved; wait for process ${running.pid} to end (or, once \`ps -p ${running.pid}\` shows it is that lyfe-kt stage, stop it with \`kill ${running.pid}\`), then run \`lyfe-kt package\` again`,
    });
}
/** `refuseWhileStagesRun` for the session the package would join, before anything is recorded, copied or moved. */
function refuseWhileSessionRuns(options) {
    const sessionId = options.session ?? readWorkSession(options.workDir)?.session_id;
    if (!sessionId)
        return;
    refuseWhileStagesRun(sessionId, readSessionModel(options.logDir, sessionId, { kinds: ['processing'], events: STAGE_EVENTS }).summary, options.workDir);
}
/** Builds the package once the work folder is locked: nothing of it is read before. */
async function assemble(options, { outputDir, now, title, notThere }) {
    // What was there before the lock may have been packaged meanwhile by the lock's last holder.
    const folders = requireRun(options, true);
    refuseWhileSessionRuns(options);
    const cleared = removeDeadAssemblies(outputDir);
    let workSession;
    const stage = { stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session, joinKept: true, began: (session) => (workSession = session) };
    /** The package once it is in place: what fails after that fails with the package complete. */
    let inPlace;
    const run = await runStage(stage, async (stats) => {
        const sessionId = requireSession().sessionId;
        const warnings = cleared.map((name) => `removed ${path.join(outputDir, name)}, left by a \`lyfe-kt package\` that was stopped`);
        if (notThere)
            warnings.push(`the work folder's run was being packaged into ${notThere.path}, which is not there (its packaging was stopped, or the package removed since): packaged again`);
        const notes = [];
        /** Warnings already in the session's records (the others are recorded once the package is in place). */
        const warningsRecorded = new Set();
        const taken = [];
        const leftInReports = [];
        const how = { link: !options.keepWork, linked: new Set(), copies: [], unfinished: [] };
        let temp;
        let placed;
        let written;
        let logs;
        let success;
        let stagesExecuted;
        let manifest;
        let marked = false;
        try {
            fs.mkdirSync(outputDir, { recursive: true });
            temp = makeAssemblyFolder(outputDir, title, now);
            for (const name of WorkFolderNames) {
                const source = path.join(options.workDir, name);
                const takeReport = (file) => {
                    if (REPORT_FILES.has(file))
                        return true;
                    leftInReports.push(path.join(source, file));
                    return false;
                };
                if (fs.existsSync(source))
                    copyTree(source, path.join(temp, name), taken, how, name === WorkFolders.reports ? takeReport : undefined);
                else
                    fs.mkdirSync(path.join(temp, name));
            }
            stats.filesIn = taken.length;
            if (leftInReports.length)
                warnings.push(`left in the work folder, not written by lyfe-kt: ${someNames(leftInReports)}`);
            // The run as its processing records say it went, before packaging records its end: only
            // the records that decide it and the file results are read (the records are read whole below).
            const fileResults = [];
            const before = readSessionModel(options.logDir, sessionId, {
                kinds: ['processing'],
                events: new Set([...OUTCOME_EVENTS, Events.fileResult]),
                visit: (record) => {
                    if (record.event === Events.fileResult)
                        fileResults.push(record);
                },
            });
            const outcome = before.summary;
            // Again: a stage may have begun the work folder's session since the first look.
            refuseWhileStagesRun(sessionId, outcome, options.workDir);
            // A session index that could not be used (the record file was scanned instead): how the
            // records were read, said once to whoever packages, not a problem of the run to record in it.
            notes.push(...before.notes);
            if (outcome.problems.some((problem) => problem.code === 'no_pipeline_stage')) {
                warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
            }
            // The package holds every output the session recorded, or there is no package.
            const takenPaths = taken.map((file) => path.relative(options.workDir, file).split(path.sep).join('/'));
            const inPackage = new Set(takenPaths);
            const recorded = recordedOutputs(fileResults).map((file) => path.posix.normalize(file));
            const absent = recorded.filter((file) => !inPackage.has(file));
            if (absent.length) {
                throw new LyfeError(`the session recorded ${absent.length} output(s) that are not in the work folder: ${someNames(absent)}`, {
                    file: options.workDir,
                    fix: `No package was written; put them back into ${options.workDir} (or run their stage again in this session), then run \`lyfe-kt package\` again`,
                });
            }
            // 03_output/ is the pipeline's own folder: what else is in it is packaged with the run, as the
            // user put it there, but said, so that no one takes it for this session's work.
            const outputs = new Set(recorded);
            const foreign = takenPaths.filter((file) => file.startsWith(`${WorkFolders.output}/`) && !outputs.has(file));
            if (foreign.length) {
                const warning = `${NOT_WRITTEN_BY_SESSION} (${sessionId}): ${someNames(foreign.map((file) => path.join(options.workDir, file)))}`;
                warnings.push(warning);
                warningsRecorded.add(warning);
                // Recorded before the session's end, so that the package's own records say it: the package
                // outlasts the terminal its warning was printed on.
                record('warn', Events.warning, NOT_WRITTEN_BY_SESSION, { input: foreign });
            }
            record(outcome.success ? 'info' : 'warn', Events.sessionEnd, `session ${sessionId} ended: ${outcome.success ? 'success' : 'failed'}`, {
                stage: 'session',
                data: { success: outcome.success, work_files: stats.filesIn, title },
            });
            const copied = Promise.all(how.copies);
            copied.catch(() => undefined); // awaited in writeLogs; a failure before that waits for the copies below
            const rendered = options.prompts?.take(options.logDir, sessionId);
            // The outputs' rules, run while the render waits for its gzip threads, on the work folder's
            // files (the package's copies of them may still be being written); those the run checked are not checked again.
            const ahead = outputChecksAhead(outcome.outputs, { outputDir: path.join(options.workDir, WorkFolders.output), templateDir: path.join(options.workDir, WorkFolders.preprocessed) }, options.checkedOutputs);
            logs = writeLogs(path.join(temp, LOGS_DIR), globalRecords(options.logDir, sessionId, rendered), {
                compress: Boolean(options.compress),
                title,
                now,
                workFiles: takenPaths.length,
                templates: options.templates,
                checkedOutputs: ahead.checked,
                copied,
                rendered,
                whileWaiting: ahead.step,
            });
            logs.catch(() => undefined); // awaited below, after the work files' digests
            // The records are rendered; while their thread ends the files of logs/, the work files are hashed for the manifest.
            await copied;
            const workDigests = digestFiles(temp, takenPaths);
            written = await logs;
            if (written.skipped > 0)
                warnings.push(`${written.skipped} line(s) mentioning session ${sessionId} in ${options.logDir} are not whole records (torn by a failed write, or foreign) and were skipped`);
            success = written.summary.success;
            stagesExecuted = written.summary.stages_executed;
            manifest = writeManifest(temp, new Map([...workDigests, ...written.digests]));
            // The work folder says where its run goes before it is there: a packaging stopped from the
            // rename on is finished by the next `package` or `run` (packaged-work.ts), never made twice.
            const mark = (target) => {
                markWorkSession(options.workDir, workSession, { path: path.resolve(target), digest: manifest.digest, keep_work: Boolean(options.keepWork) });
                marked = true;
            };
            placed = inPlace = placePackage(temp, outputDir, title, now, mark);
            temp = undefined;
        }
        catch (error) {
            // No copy, and no log file, may still be written into the folder being removed.
            await Promise.allSettled([...how.copies, logs]);
            if (temp)
                fs.rmSync(temp, { recursive: true, force: true });
            // The mark goes back to what it was: none, or the package of the files kept before (a `package --session` making another).
            if (marked)
                markWorkSession(options.workDir, workSession, workSession.packaged);
            throw failure(error, outputDir);
        }
        // Kept, the work files stay the package's: so does the session file that says so (`WorkSession.packaged`).
        if (!options.keepWork) {
            try {
                const replaced = await removeTaken(options.workDir, [...taken, ...how.unfinished], folders, { dir: placed, linked: how.linked });
                if (replaced.length)
                    warnings.push(`left in the work folder, replaced since it was packaged (the package holds the file it replaced): ${someNames(replaced)}`);
            }
            catch (error) {
                warnings.push(`the package is complete, but the work folder could not be emptied: ${errorText(error)}`);
            }
            clearWorkSession(options.workDir);
        }
        for (const warning of warnings)
            if (!warningsRecorded.has(warning))
                record('warn', Events.warning, warning);
        const manifestFiles = Object.keys(manifest.files).length;
        stats.filesOut = manifestFiles;
        const result = {
            path: placed,
            name: path.basename(placed),
            title,
            session_id: sessionId,
            success,
            stages_executed: stagesExecuted,
            files: manifestFiles,
            work_files: stats.filesIn,
            bytes: packageBytes(placed, manifest),
            logs: { compressed: written.archived !== undefined, bytes: written.bytes, compressed_bytes: written.archived?.after ?? null },
            digest: manifest.digest,
            quality_issues: written.quality.counts,
            kept_work: Boolean(options.keepWork),
            warnings,
            notes,
        };
        return result;
    }).catch((error) => {
        if (inPlace === undefined)
            throw error;
        throw packagedButUnrecorded(inPlace, options.logDir, error);
    });
    return run.result;
}
/**
 * A failure once the package is in place (the work folder emptied or kept, as asked): the records
 * of its end could not be written (a full disk). The package is whole; packaging again would make
 * a second one of the run, or find nothing to package.
 */
function packagedButUnrecorded(pkg, logDir, error) {
    const known = error instanceof LyfeError ? error : undefined;
    const what = known ? `${known.message}${known.file ? ` into ${known.file}` : ''}` : errorText(error);
    return new LyfeError(`the package is complete, but ${what}`, {
        file: pkg,
        fix: `Do not package the run again: it is in this package (\`lyfe-kt verify ${pkg}\` checks it); free space on the disk of ${logDir} (or fix its permissions) before the next run`,
        cause: error,
    });
}

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
/** The shard a package ran (`metadata.json`'s `shard`) and its session; undefined for a package of a whole run. */
function shardOfPackage(dir) {
    const metadata = readMetadata(dir);
    const shard = shardOf(metadata);
    return shard && { shard, sessionId: metadata.session_id };
}
function readShardPackage(dir) {
    const verified = (0,package_manifest/* verifyPackage */.sB)(dir);
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
    const records = (0,archive/* readPackageRecords */.f6)(dir);
    return { dir, shard, metadata, digest: verified.digest ?? '', files: verified.files, records, summary: (0,session_model/* summarizeSession */.Ay)(records.processing, records.prompts) };
}
const names = (shards) => shards.map((shard) => `${shard.dir} (${shard.shard.index}/${shard.shard.total})`).join(', ');
/** The shards by what `key` says of each, in the order first seen. */
function groupShards(shards, key) {
    const groups = new Map();
    for (const shard of shards)
        groups.set(key(shard), [...(groups.get(key(shard)) ?? []), shard]);
    return groups;
}
/** Shards of the run that no package given is: `missing`, the indexes. */
class MissingShards extends errors/* LyfeError */.L0 {
    missing;
    constructor(missing, total, given, fix) {
        super(`shard(s) ${missing.map((index) => `${index}/${total}`).join(', ')} missing: given ${given}`, { fix });
        this.missing = missing;
    }
}
/** Packages that are shards of more than one run: different totals, different articles split (another folder, or one that changed between the jobs), one shard twice, or one session for several. */
class NotOneRun extends errors/* LyfeError */.L0 {
}
/** The shards are those of one run, each once, none missing, no source in two: else an error that names them. */
function checkShards(shards) {
    const fix = 'Merge exactly one package per shard index of one run (the same folder, the same --total)';
    const totals = new Set(shards.map((shard) => shard.shard.total));
    if (totals.size > 1)
        throw new NotOneRun(`the packages are shards of different totals: ${names(shards)}`, { fix });
    // The same folder split by jobs that saw it in different states (an article added between them) reads as different listings.
    const listings = groupShards(shards, (shard) => `${shard.shard.listing} ${shard.shard.all_files}`);
    if (listings.size > 1) {
        const each = [...listings.values()].map((group) => `${names(group)} split ${group[0].shard.all_files} article(s)`).join('; ');
        throw new NotOneRun(`the packages are not shards of one run: they split different articles (${each}), as when the folder changed between the shard jobs (an article added, removed or changed in size) or they split different folders`, { fix: 'Run every shard again on one state of the folder (the same articles, the same --recursive), then merge' });
    }
    const total = shards[0].shard.total;
    const byIndex = new Map();
    for (const shard of shards) {
        const other = byIndex.get(shard.shard.index);
        if (other)
            throw new NotOneRun(`${other.dir} and ${shard.dir} are both shard ${shard.shard.index}/${total}`, { fix });
        byIndex.set(shard.shard.index, shard);
    }
    // One session per shard: the session model ends a session's packaging by its one end, so shards
    // of one session would read as runs that never finished.
    const shared = [...groupShards(shards, (shard) => shard.summary.session_id)].filter(([, group]) => group.length > 1);
    if (shared.length) {
        const each = shared.map(([session, group]) => `${names(group)} ran in one session, ${session}`).join('; ');
        throw new NotOneRun(`the shards do not each have their own session: ${each}`, {
            fix: 'Run each shard in a session of its own: in the GitHub Action, give each shard job its own job-key (or none: a matrix entry gets its matrix index); on the command line, do not set one LYFE_KT_SESSION for every shard',
        });
    }
    const missing = Array.from({ length: total }, (_, index) => index).filter((index) => !byIndex.has(index));
    if (missing.length)
        throw new MissingShards(missing, total, names(shards), fix);
    // One run validates every output against one schema: a merged package says which.
    const versions = new Set(shards.map((shard) => shard.summary.schema_version).filter((version) => version !== null));
    if (versions.size > 1) {
        const each = shards.map((shard) => `${shard.dir} (${shard.summary.schema_version ?? 'none'})`).join(', ');
        throw new errors/* LyfeError */.L0(`the shards were validated against different schema versions: ${each}`, { fix: 'Run every shard with the same --schema-version, then merge' });
    }
    const sourceOf = new Map();
    for (const shard of shards) {
        for (const file of shard.summary.input_files) {
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
/** The table a shard was priced with, as its metadata names it; undefined for a package of a lyfe-kt that named none (before packages had a cost). */
const pricesOf = (shard) => shard.metadata.ai_usage.cost?.prices;
const tableText = (info) => info ? `${info.file ?? 'the shipped table'} (prices as of ${info.as_of})` : 'a table its metadata.json does not name (a package of an older lyfe-kt)';
/**
 * The table the merged package prices every call with again (the views price from the records),
 * so that its cost is the sum of the shards': the one they were priced with, as their metadata
 * names it. That is the table in use when it is theirs, else their price file, read again; a table
 * chosen in this process (`--prices`, LYFE_KT_PRICES) prices the merge whatever the shards'. When
 * the table is not every shard's, a warning says so.
 */
async function mergedPriceTable(shards) {
    const tables = shards.map(pricesOf);
    const named = tables.filter((table) => table !== undefined);
    // A shard whose table is not named shares no table with the others: the table in use prices them.
    const { prices, theirs, unread = '' } = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 91088))).packagesPriceTable(named.length === tables.length ? named : []);
    const used = (0,cost/* priceTableInfo */.SD)(prices);
    if (named.length === tables.length && named.every((table) => (0,cost/* sameTable */.lY)(table, used)))
        return { prices };
    const head = `the merged package is priced with ${tableText(used)}, so its cost may not be the sum of the shards'`;
    if (theirs) {
        const fix = 'merge with the table they were priced with (--prices FILE; none for the shipped table) to price it as they were';
        return { prices, warning: `${head}: they were priced with ${tableText(theirs)}${unread}; ${fix}` };
    }
    const each = [...groupShards(shards, (shard) => tableText(pricesOf(shard)))].map(([table, group]) => `${names(group)} with ${table}`).join('; ');
    return { prices, warning: `${head}: they were priced with different tables (${each}), and no one table prices the merge as they were` };
}
/** The records of every shard, each stream ordered by time across them, into one model. */
function shardRecords(shards, sessionId, prices) {
    return (visit) => {
        const records = shards.map((shard) => shard.records);
        const model = new session_model/* SessionModel */.IV({ prices });
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
    const { metadata, summary } = shard;
    const time = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
    return {
        session_id: summary.session_id,
        index: shard.shard.index,
        total: shard.shard.total,
        package: external_node_path_.basename(external_node_path_.resolve(shard.dir)),
        digest: shard.digest,
        success: summary.success,
        start_time: time(summary.start_time),
        end_time: time(summary.end_time),
        input_files: summary.input_files,
        output_files: summary.output_files,
        total_api_calls: summary.ai.total_api_calls,
        total_tokens: summary.ai.total_tokens,
        tool_version: metadata.package?.tool_version ?? null,
        files: shard.files,
    };
}
/**
 * A warning when the shards were made by different versions of lyfe-kt (a matrix on a moving tag
 * such as `@v1` that moved during the run): their prompts and checks may differ, which a merged
 * package, naming one version, would not say.
 */
function toolVersionWarning(shards, entries) {
    const versions = groupShards(shards, (shard) => entries[shards.indexOf(shard)].tool_version ?? 'an unknown version');
    if (versions.size < 2)
        return undefined;
    const each = [...versions].map(([version, group]) => `${names(group)} with ${version}`).join('; ');
    return `the shards were made by different versions of lyfe-kt (${each}): their outputs may differ by more than their articles; run every shard with one version (pin the action to a full version or a commit) and merge again`;
}
/** The `## Shards` section of a merged package's `execution_summary.md`, escaped and counted as the rest of it. */
function shardsSection(entries) {
    const rows = entries.map((entry) => `| ${entry.index}/${entry.total} | ${entry.success ? '✅' : '❌'} | ${(0,markdown/* escapeMarkdown */.FV)(entry.session_id)} | ${entry.input_files.length} | ${entry.output_files.length} | ${(0,values/* countText */.lT)(entry.total_api_calls)} | ${(0,values/* countText */.lT)(entry.total_tokens)} | ${(0,markdown/* escapeMarkdown */.FV)(entry.package)} |`);
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
    // The merged package written inside a shard package would change it: it would no longer verify.
    const holding = options.packages.find((dir) => (0,files/* isWithin */.UO)(dir, outputDir));
    if (holding) {
        throw new errors/* LyfeError */.L0(`--output-dir is inside the shard package ${holding}, which would then no longer verify`, {
            file: outputDir,
            fix: 'Give --output-dir a folder outside every shard package (such as the folder that holds them)',
            exitCode: errors/* ExitCode */.yU.usage,
        });
    }
    checkPackagesDir(outputDir);
    const shards = options.packages.map(readShardPackage);
    checkShards(shards);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    // The merged package's session names it (its metadata, its trace): a shard's would make it read as that shard's.
    const namesake = shards.find((shard) => shard.summary.session_id === sessionId);
    if (namesake) {
        throw new errors/* LyfeError */.L0(`the merged package's session ${sessionId} is the session of shard ${namesake.shard.index}/${namesake.shard.total} (${namesake.dir}): a merged package needs a session of its own`, { fix: 'Give merge another --session, or none for a new one (in the GitHub Action, give the merge job a job-key that no shard job has)', exitCode: errors/* ExitCode */.yU.usage });
    }
    const entries = shards.map(shardEntry);
    const { prices, warning } = await mergedPriceTable(shards);
    const warnings = [toolVersionWarning(shards, entries), warning].filter((text) => text !== undefined);
    external_node_fs_.mkdirSync(outputDir, { recursive: true });
    removeDeadAssemblies(outputDir);
    let temp = makeAssemblyFolder(outputDir, title, now);
    try {
        copyOutputs(shards, temp);
        const written = await writeLogs(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), shardRecords(shards, sessionId, prices), {
            compress: Boolean(options.compress),
            title,
            now,
            workFiles: external_node_fs_.readdirSync(temp, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
            shards: { entries, section: shardsSection(entries) },
        });
        const manifest = (0,package_manifest/* writeManifest */.HN)(temp, written.digests);
        const placed = placePackage(temp, outputDir, title, now);
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
            warnings,
            summary: written.summary,
        };
    }
    finally {
        if (temp)
            external_node_fs_.rmSync(temp, { recursive: true, force: true });
    }
}


/***/ })

};
