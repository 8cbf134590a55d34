import path from 'node:path';
import { styleText } from 'node:util';
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_OPENAI_MODEL } from '../llm/openai.js';
import { REASONING_EFFORTS, RESPONSE_FORMATS } from '../llm/model-params.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../pipeline/providers.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_INPUT_BYTES } from '../pipeline/options.js';
import { FAIL_ON_LEVELS } from '../package/quality-issues/types.js';
/** `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. */
export function logDirOption() {
    return new Option('--log-dir <dir>', 'folder of the global record files').env('LYFE_KT_LOG_DIR').default('logs');
}
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`. */
export function workDirOption(description) {
    return new Option('--work-dir <dir>', description).env('LYFE_KT_WORK_DIR').default('work');
}
/** `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset output). */
export function sessionOption(description) {
    return new Option('--session <id>', description).env('LYFE_KT_SESSION').argParser((value) => value || undefined);
}
export function addSessionOptions(command) {
    return command
        .addOption(workDirOption('work folder of the run (01_raw, 02_preprocessed, 03_output, reports)'))
        .addOption(logDirOption())
        .addOption(sessionOption("session to record into; default: the work folder's, else a new one"))
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout');
}
export function addGenerationOptions(command) {
    return command
        .addOption(new Option('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
        .option('--model <name>', `model name for the openai provider (default ${DEFAULT_OPENAI_MODEL}); on Azure OpenAI, the deployment`)
        .addOption(new Option('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
        .option('--concurrency <n>', 'files processed at once', parsePositiveInt, DEFAULT_CONCURRENCY)
        .option('--max-input-size <size>', 'refuse input files larger than this (bytes, or with k or m: 512k, 2m)', parseSize, DEFAULT_MAX_INPUT_BYTES)
        .addOption(new Option('--reasoning-effort <level>', "reasoning effort of reasoning models (GPT-5 family, o-series); default: the model's own")
        .choices(REASONING_EFFORTS)
        .env('LYFE_KT_REASONING_EFFORT'))
        .addOption(new Option('--response-format <format>', 'json_schema: Structured Outputs; json_object: JSON mode; auto: json_schema, falling back once to json_object where refused')
        .choices(RESPONSE_FORMATS)
        .default('auto')
        .env('LYFE_KT_RESPONSE_FORMAT'))
        .addOption(new Option('--timeout <seconds>', 'seconds one LLM request may take before it is retried')
        .argParser(wholeNumber(1, 3600))
        .default(DEFAULT_TIMEOUT_SECONDS)
        .env('LYFE_KT_TIMEOUT'))
        .addOption(new Option('--max-completion-tokens <n>', 'output token limit of every request, reasoning included; default: per request, with room for reasoning')
        .argParser(wholeNumber(1, 1_000_000))
        .env('LYFE_KT_MAX_COMPLETION_TOKENS'));
}
/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
export function addFailOnOption(command) {
    return command.addOption(new Option('--fail-on <severity>', 'exit with code 5 when a quality issue of this severity or worse is found: error or warning (env LYFE_KT_FAIL_ON)')
        .env('LYFE_KT_FAIL_ON')
        .argParser(parseFailOn));
}
function parseFailOn(value) {
    if (value === '')
        return undefined;
    if (!FAIL_ON_LEVELS.includes(value))
        throw new InvalidArgumentError(`expected ${FAIL_ON_LEVELS.join(' or ')}`);
    return value;
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
export function parseSize(value) {
    const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim());
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new InvalidArgumentError('expected a size such as 300000, 512k or 2m');
    return bytes;
}
export { checkLogDir } from '../package/stages.js';
/** A commander parser for a whole number from `min` to `max`. */
export function wholeNumber(min, max) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
        return n;
    };
}
export const parsePositiveInt = wholeNumber(1, 64);
const colorOn = new WeakMap();
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
export function colorEnabled(stream = process.stderr) {
    let on = colorOn.get(stream);
    if (on === undefined) {
        on = styleText('bold', 'x', { stream }) !== 'x';
        colorOn.set(stream, on);
    }
    return on;
}
export function paint(color, text, stream = process.stderr) {
    return colorEnabled(stream) ? styleText(color, text, { validateStream: false }) : text;
}
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
export class Reporter {
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
            const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total} ${path.basename(event.file)}`;
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
let jsonPrinted = false;
/** `--json`: the command's one object on stdout. */
export function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    jsonPrinted = true;
}
/** Whether the command has printed its `--json` object: an error after it is not printed as a second one. */
export function printedJson() {
    return jsonPrinted;
}
