export const id = 658;
export const ids = [658];
export const modules = {

/***/ 779:
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

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

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
    (0,assemble/* removeDeadAssemblies */.hl)(outputDir);
    let temp = (0,assemble/* makeAssemblyFolder */.RV)(outputDir, title, now);
    try {
        copyOutputs(shards, temp);
        const written = await (0,assemble/* writeLogs */.fW)(external_node_path_.join(temp, constants/* LOGS_DIR */.c6), shardRecords(shards, sessionId), {
            compress: Boolean(options.compress),
            title,
            now,
            shards: { entries, section: shardsSection(entries) },
        });
        const manifest = (0,package_manifest/* writeManifest */.HN)(temp, written.archives);
        const placed = (0,assemble/* placePackage */.S)(temp, outputDir, title, now);
        temp = undefined;
        return {
            path: placed,
            name: external_node_path_.basename(placed),
            title,
            session_id: sessionId,
            success: written.summary.success,
            shards: entries,
            files: Object.keys(manifest.files).length,
            bytes: (0,assemble/* bytesOf */.$$)(placed),
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

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
