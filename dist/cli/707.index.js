export const id = 707;
export const ids = [707];
export const modules = {

/***/ 1830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hz: () => (/* binding */ SHIPPED_PRICES),
  Er: () => (/* binding */ activePriceTable),
  rs: () => (/* binding */ costText),
  S$: () => (/* binding */ costTotal),
  xx: () => (/* binding */ priceOf),
  SD: () => (/* binding */ priceTableInfo),
  tE: () => (/* binding */ roundUsd),
  md: () => (/* binding */ tokensCost),
  Yn: () => (/* binding */ usdText),
  fs: () => (/* binding */ usePriceTable)
});

;// CONCATENATED MODULE: ./dist/lib/records/prices.json
const prices_namespaceObject = /*#__PURE__*/JSON.parse('{"as_of":"2026-12-01","source":"OpenAI API pricing, standard tier, text tokens, context under 270K: https://developers.openai.com/api/docs/pricing (each model names the page its prices were read from)","models":{"gpt-5.4":{"input":2.5,"cached_input":0.25,"output":15,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5.4-mini":{"input":0.75,"cached_input":0.075,"output":4.5,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5.4-nano":{"input":0.2,"cached_input":0.02,"output":1.25,"source":"https://developers.openai.com/api/docs/pricing, as quoted by https://benchlm.ai/blog/posts/openai-api-pricing (2026-04-13)"},"gpt-5":{"input":1.25,"cached_input":0.125,"output":10,"source":"https://developers.openai.com/api/docs/models/gpt-5-codex (GPT-5 and GPT-5-Codex share the price)"},"gpt-5-mini":{"input":0.25,"cached_input":0.025,"output":2,"source":"https://developers.openai.com/api/docs/models/gpt-5-mini"},"gpt-5-nano":{"input":0.05,"cached_input":0.005,"output":0.4,"source":"https://developers.openai.com/api/docs/models/gpt-5-nano"},"gpt-4.1":{"input":2,"cached_input":0.5,"output":8,"source":"https://github.com/github/docs/blob/main/data/tables/copilot/models-and-pricing.yml (OpenAI\'s API prices)"},"gpt-4.1-mini":{"input":0.4,"cached_input":0.1,"output":1.6,"source":"https://docs.rs/crate/adk-model/latest/source/src/openai/pricing.rs (OpenAI prices, March 2026)"},"gpt-4.1-nano":{"input":0.1,"cached_input":0.025,"output":0.4,"source":"https://docs.rs/crate/adk-model/latest/source/src/openai/pricing.rs (OpenAI prices, March 2026)"},"gpt-4o":{"input":2.5,"cached_input":1.25,"output":10,"source":"https://openai.com/api/pricing/, as quoted by https://github.com/CommitBrief/commitbrief/wiki/Provider-OpenAI (2026-05-27)"},"gpt-4o-mini":{"input":0.15,"cached_input":0.075,"output":0.6,"source":"https://openai.com/api/pricing/, as quoted by https://github.com/CommitBrief/commitbrief/wiki/Provider-OpenAI (2026-05-27)"},"o3":{"input":2,"cached_input":0.5,"output":8,"source":"https://platform.openai.com/docs/models/o3, as quoted by https://codeswap.net/models/o3/ (2026-05-29) and https://models.wingman.actor/models/openai/o3"},"o4-mini":{"input":1.1,"cached_input":0.275,"output":4.4,"source":"https://platform.openai.com/docs/models/o4-mini, as quoted by https://github.com/RooCodeInc/Roo-Code/pull/2691 (2025-04-17)"}}}');
;// CONCATENATED MODULE: ./dist/lib/records/cost.js

const SHIPPED_PRICES = prices_namespaceObject;
let chosen;
/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
function usePriceTable(table) {
    chosen = table;
}
/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
function activePriceTable() {
    return chosen ?? SHIPPED_PRICES;
}
function priceTableInfo(table) {
    return { as_of: table.as_of, source: table.source, ...(table.file ? { file: table.file } : {}) };
}
/** A dated snapshot, `gpt-4o-2024-08-06`: priced as its model, `gpt-4o`. */
const SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;
/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
function priceOf(table, model) {
    return table.models[model] ?? table.models[model.replace(SNAPSHOT, '')] ?? null;
}
/** US dollars for the tokens at `price`. */
function tokensCost(price, tokens) {
    const cached = Math.min(tokens.cached_tokens, tokens.prompt_tokens);
    return ((tokens.prompt_tokens - cached) * price.input + cached * (price.cached_input ?? price.input) + tokens.completion_tokens * price.output) / 1_000_000;
}
/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
const roundUsd = (value) => Math.round(value * 1e8) / 1e8;
/** The total of calls, each with its cost (null: unknown) and whether it was billed. */
function costTotal(calls) {
    let count = 0;
    let known = 0;
    let unknown = 0;
    let unbilled = 0;
    for (const call of calls) {
        count += 1;
        if (!call.billed)
            unbilled += 1;
        if (call.cost_usd === null)
            unknown += 1;
        else
            known += call.cost_usd;
    }
    const knownUsd = roundUsd(known);
    return { calls: count, usd: unknown ? null : knownUsd, known_usd: knownUsd, unknown_calls: unknown, unbilled_calls: unbilled };
}
/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`). */
function usdText(value) {
    if (value !== 0 && Math.abs(value) < 0.0001)
        return `$${Number(value.toPrecision(2))}`;
    return `$${value.toFixed(4).replace(/0{1,2}$/, '')}`;
}
/**
 * A cost for a reader: `$0.0123`; `$0.0123 + unknown for 2 calls` when some calls have no price;
 * `unknown for 2 calls`; `$0, not billed` when no call was billed (the offline provider, the build
 * cache, a replay).
 */
function costText(total) {
    const unknown = `unknown for ${total.unknown_calls} call${total.unknown_calls === 1 ? '' : 's'}`;
    if (total.usd === null)
        return total.known_usd ? `${usdText(total.known_usd)} + ${unknown}` : unknown;
    if (total.calls && total.unbilled_calls === total.calls)
        return '$0, not billed';
    return usdText(total.usd);
}


/***/ }),

/***/ 8707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPriceTable: () => (/* binding */ loadPriceTable),
/* harmony export */   usePriceFile: () => (/* binding */ usePriceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9517);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1830);





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
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0('no such price table', { file, fix: 'Give the path of a JSON price table (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices' });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table cannot be read (${code ?? error.message})`, { file, fix: 'Check its permissions', cause: error });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table is not JSON: ${error.message}`, { file, fix: tableFix(file), cause: error });
    }
    const validate = new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv({ allErrors: true }).compile(TABLE_SCHEMA);
    if (!validate(value)) {
        const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`the price table is not valid: ${problems}`, { file, fix: tableFix(file) });
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
