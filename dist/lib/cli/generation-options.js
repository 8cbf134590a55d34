// The options of the commands that call the model (`preprocess`, `generate`, `run`): they import
// the LLM layer and the pipeline's defaults, which the other commands do not load.
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_OPENAI_MODEL } from '../llm/openai.js';
import { REASONING_EFFORTS, RESPONSE_FORMATS } from '../llm/model-params.js';
import { DEFAULT_TIMEOUT_SECONDS, MAX_COMPLETION_TOKENS, MAX_TIMEOUT_SECONDS } from '../pipeline/providers.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_INPUT_BYTES } from '../pipeline/options.js';
import { FAIL_ON_LEVELS, isFailOn } from '../package/quality-issues/types.js';
import { parsePositiveInt, parseSize, wholeNumber } from './common.js';
/** `--max-input-size`, as the generating commands and `shard` take it; `note` follows its first words. */
export const maxInputSizeOption = (note) => new Option('--max-input-size <size>', `refuse input files larger than this${note} (bytes, or with k or m: 512k, 2m)`).argParser(parseSize).default(DEFAULT_MAX_INPUT_BYTES);
export function addGenerationOptions(command) {
    return command
        .addOption(new Option('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
        .option('--model <name>', `model name for the openai provider (default ${DEFAULT_OPENAI_MODEL}); on Azure OpenAI, the deployment`)
        .addOption(new Option('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
        .option('--concurrency <n>', 'files processed at once (a file in generation sends its two levels together: up to twice as many requests)', parsePositiveInt, DEFAULT_CONCURRENCY)
        .addOption(maxInputSizeOption(''))
        .addOption(new Option('--reasoning-effort <level>', "reasoning effort of reasoning models (GPT-5 family, o-series); default: the model's own")
        .choices(REASONING_EFFORTS)
        .env('LYFE_KT_REASONING_EFFORT'))
        .addOption(new Option('--response-format <format>', 'json_schema: Structured Outputs; json_object: JSON mode; auto: json_schema, falling back once to json_object where refused')
        .choices(RESPONSE_FORMATS)
        .default('auto')
        .env('LYFE_KT_RESPONSE_FORMAT'))
        .addOption(new Option('--timeout <seconds>', 'seconds one LLM request may take before it is retried')
        .argParser(wholeNumber(1, MAX_TIMEOUT_SECONDS))
        .default(DEFAULT_TIMEOUT_SECONDS)
        .env('LYFE_KT_TIMEOUT'))
        .addOption(new Option('--max-completion-tokens <n>', 'output token limit of every request, reasoning included; default: per request, with room for reasoning')
        .argParser(wholeNumber(1, MAX_COMPLETION_TOKENS))
        .env('LYFE_KT_MAX_COMPLETION_TOKENS'));
}
/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
export function addFailOnOption(command) {
    return command.addOption(new Option('--fail-on <severity>', 'exit with code 5 when a quality issue of this severity or worse is found: error or warning')
        .env('LYFE_KT_FAIL_ON')
        .argParser(parseFailOn));
}
function parseFailOn(value) {
    if (value === '')
        return undefined;
    if (!isFailOn(value))
        throw new InvalidArgumentError(`expected ${FAIL_ON_LEVELS.join(' or ')}`);
    return value;
}
