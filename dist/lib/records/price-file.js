import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ExitCode, LyfeError } from '../errors.js';
import { activePriceTable, priceTableInfo, sameTable, SHIPPED_PRICES, usePriceTable } from './cost.js';
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
const tableFix = (file) => `Make ${path.basename(file)} a JSON object {"as_of": "YYYY-MM-DD", "source": "...", "models": {"<model>": {"input": <usd per 1M>, "cached_input": <usd per 1M>, "output": <usd per 1M>}}} (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices`;
/** The shipped table with the models of the price file `file` laid over it. */
export function loadPriceTable(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // A path that is no price table is a bad value of --prices (exit 2); one the system will not let be read, a failure (1).
        const give = 'Give the path of a JSON price table (docs/cost.md), or unset LYFE_KT_PRICES / drop --prices';
        if (code === 'ENOENT')
            throw new LyfeError('no such price table', { file, fix: give, exitCode: ExitCode.usage });
        if (code === 'EISDIR')
            throw new LyfeError('is a folder, not a price table', { file, fix: give, exitCode: ExitCode.usage });
        throw new LyfeError(`the price table cannot be read (${code ?? error.message})`, { file, fix: 'Check its permissions', cause: error });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`the price table is not JSON: ${error.message}`, { file, fix: tableFix(file), exitCode: ExitCode.usage, cause: error });
    }
    const validate = new Ajv({ allErrors: true }).compile(TABLE_SCHEMA);
    if (!validate(value)) {
        const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
        throw new LyfeError(`the price table is not valid: ${problems}`, { file, fix: tableFix(file), exitCode: ExitCode.usage });
    }
    return { as_of: value.as_of, source: value.source, models: { ...SHIPPED_PRICES.models, ...value.models }, file };
}
/**
 * The table for the price file `file` that cannot be used where the run must still be reported (the
 * action's report step): it prices no model, so every billed call's cost is unknown, and the views
 * name the file with a date that is unknown.
 */
export function unusablePriceTable(file) {
    return { as_of: 'unknown', source: 'unusable price file', models: {}, file };
}
/**
 * Makes the price file `file`, else LYFE_KT_PRICES's, the table this process prices with; without
 * either, the shipped table stays. The edges call it before reading any session.
 */
export function usePriceFile(file, env = process.env) {
    const chosen = file || env.LYFE_KT_PRICES;
    if (chosen)
        usePriceTable(loadPriceTable(chosen));
}
/**
 * The table to price packages with again, from their records: the table in use, unless none was
 * chosen in this process (`--prices`, LYFE_KT_PRICES) and the packages were all priced with one
 * price file, which still holds that table: then that file, read again where they read it.
 * `theirs` is their common table; `unread` says why their file was not used.
 */
export function packagesPriceTable(tables) {
    const prices = activePriceTable();
    const [first] = tables;
    const theirs = first !== undefined && tables.every((table) => sameTable(table, first)) ? first : undefined;
    if (!theirs?.file || prices !== SHIPPED_PRICES)
        return { prices, theirs };
    try {
        const table = loadPriceTable(theirs.file);
        if (sameTable(priceTableInfo(table), theirs))
            return { prices: table, theirs };
        return { prices, theirs, unread: `, which is now another table (prices as of ${table.as_of}, from ${table.source})` };
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
        return { prices, theirs, unread: `, which cannot be had here (${error.message})` };
    }
}
