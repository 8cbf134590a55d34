export const id = 886;
export const ids = [886];
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
    const fields = {
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
    // What the YAML reads back as: a field the analysis left undefined (one kept although invalid) is not written.
    const frontmatter = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const header = `---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n`;
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


/***/ })

};
