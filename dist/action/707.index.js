export const id = 707;
export const ids = [707];
export const modules = {

/***/ 91088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPriceTable: () => (/* binding */ loadPriceTable),
/* harmony export */   usePriceFile: () => (/* binding */ usePriceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99517);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11830);





/**
 * A price file (`--prices FILE`, LYFE_KT_PRICES): the models it prices, laid over the shipped
 * table, validated with ajv. Its own module, which the CLI imports only when a file is given:
 * reading a session does not pay for the schema compiler.
 */
const PRICE = {
    type: 'object',
    required: ['input', 'output'],
    additionalProperties: false,
    properties: {
        input: { type: 'number', minimum: 0 },
        cached_input: { type: 'number', minimum: 0 },
        output: { type: 'number', minimum: 0 },
        source: { type: 'string' },
    },
};
const TABLE_SCHEMA = {
    type: 'object',
    required: ['as_of', 'source', 'models'],
    additionalProperties: false,
    properties: {
        as_of: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        source: { type: 'string', minLength: 1 },
        models: { type: 'object', additionalProperties: PRICE },
    },
};
const tableFix = (file) => `Make ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} a JSON object {"as_of": "YYYY-MM-DD", "source": "...", "models": {"<model>": {"input": <usd per 1M>, "cached_input": <usd per 1M>, "output": <usd per 1M>}}} (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices`;
/** The shipped table with the models of the price file `file` laid over it. */
function loadPriceTable(file) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // A path that is no price table is a bad value of --prices (exit 2); one the system will not let be read, a failure (1).
        const give = 'Give the path of a JSON price table (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices';
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('no such price table', { file, fix: give, exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage });
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('is a folder, not a price table', { file, fix: give, exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table cannot be read (${code ?? error.message})`, { file, fix: 'Check its permissions', cause: error });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table is not JSON: ${error.message}`, { file, fix: tableFix(file), exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage, cause: error });
    }
    const validate = new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv({ allErrors: true }).compile(TABLE_SCHEMA);
    if (!validate(value)) {
        const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table is not valid: ${problems}`, { file, fix: tableFix(file), exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.usage });
    }
    return { as_of: value.as_of, source: value.source, models: { ..._cost_js__WEBPACK_IMPORTED_MODULE_3__/* .SHIPPED_PRICES */ .hz.models, ...value.models }, file };
}
/**
 * Makes the price file `file`, else LYFE_KT_PRICES's, the table this process prices with; without
 * either, the shipped table stays. The edges call it before reading any session.
 */
function usePriceFile(file, env = process.env) {
    const chosen = file || env.LYFE_KT_PRICES;
    if (chosen)
        (0,_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .usePriceTable */ .fs)(loadPriceTable(chosen));
}


/***/ })

};
