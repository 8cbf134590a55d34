import * as core from '@actions/core';
import { LyfeError } from '../errors.js';
import { parseCostIncrease, parseNewIssues, parseQualityDrop } from '../package/budgets.js';
import { FAIL_ON_LEVELS, isFailOn } from '../package/quality-issues/types.js';
import { checkShard } from '../pipeline/shard.js';
import { Inputs, Modes } from './constants.js';
const inputName = (name) => name.replaceAll('_', '-');
/** `core.getBooleanInput`, with an error that names the input as the workflow spells it. */
function booleanInput(name) {
    try {
        return core.getBooleanInput(name);
    }
    catch (error) {
        if (!(error instanceof TypeError))
            throw error;
        throw new Error(`input ${inputName(name)} must be true or false, not ${JSON.stringify(core.getInput(name))}`, { cause: error });
    }
}
function prNumberInput() {
    const text = core.getInput(Inputs.prNumber);
    if (text === '')
        return undefined;
    if (!/^[1-9]\d*$/.test(text))
        throw new Error(`input pr-number must be the number of a pull request, not ${JSON.stringify(text)}`);
    return Number(text);
}
/** At least one day; the repository's maximum (90 days unless raised) is applied by the artifact client. */
function retentionDaysInput() {
    const text = core.getInput(Inputs.retentionDays).trim();
    if (text === '')
        return undefined;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1) {
        throw new Error(`input retention-days must be a whole number of days, 1 or more, not ${JSON.stringify(text)}`);
    }
    return days;
}
/** A budget, read by the CLI's own parser; its message names the input as the workflow spells it. */
function budgetInput(name, parse) {
    const text = core.getInput(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
        // The parser speaks of the CLI's flag (`--max-quality-drop "x": expected ...`).
        throw new Error(error.message.replace(/^--/, 'input '), { cause: error });
    }
}
/**
 * A branch, tag or SHA as git allows it in a ref (`git check-ref-format --branch`): no space,
 * control character, `~ ^ : ? * [ \\`, `..` or `@{`, not `@` alone, no part beginning with `.` or
 * ending with `.lock`, and not beginning with `-` or `/` nor ending with `/` or `.`. It reaches only
 * the REST API, which encodes it: `release+2024` and `users/ana@team/x` are branches.
 */
function compareWithInput() {
    const text = core.getInput(Inputs.compareWith);
    const refused = /[\x00-\x20\x7f~^:?*[\\]/.test(text) ||
        text.includes('..') ||
        text.includes('@{') ||
        text === '@' ||
        /^[-/]|[/.]$|\/\/|(^|\/)\.|\.lock(\/|$)/.test(text);
    if (text !== '' && refused) {
        throw new Error(`input compare-with must be empty, base, or a branch, tag or commit SHA, not ${JSON.stringify(text)}`);
    }
    return text;
}
/** What the CLI's `--fail-on` (`LYFE_KT_FAIL_ON`) takes, checked here so that a typo fails before preprocess pays for its model calls. */
function failOnQualityInput() {
    const text = core.getInput(Inputs.failOnQuality);
    if (text === '')
        return undefined;
    if (!isFailOn(text)) {
        throw new Error(`input fail-on-quality must be ${FAIL_ON_LEVELS.join(' or ')}, or empty to never fail on quality issues, not ${JSON.stringify(text)}`);
    }
    return text;
}
function budgetsInput() {
    const budgets = {
        maxQualityDrop: budgetInput(Inputs.maxQualityDrop, parseQualityDrop),
        maxCostIncrease: budgetInput(Inputs.maxCostIncrease, parseCostIncrease),
        maxNewIssues: budgetInput(Inputs.maxNewIssues, parseNewIssues),
    };
    return Object.fromEntries(Object.entries(budgets).filter(([, value]) => value !== undefined));
}
function modeInput() {
    const mode = core.getInput(Inputs.mode) || 'run';
    if (!Modes.includes(mode))
        throw new Error(`input mode must be ${Modes.join(' or ')}, not ${JSON.stringify(mode)}`);
    return mode;
}
/** Both or neither: the shard's index (from 0) and the number of shards. */
function shardInput() {
    const index = core.getInput(Inputs.shardIndex);
    const total = core.getInput(Inputs.shardTotal);
    if (index === '' && total === '')
        return undefined;
    if (!/^\d+$/.test(index) || !/^\d+$/.test(total)) {
        throw new Error(`inputs shard-index and shard-total must both be whole numbers (index from 0), not ${JSON.stringify(index)} and ${JSON.stringify(total)}`);
    }
    try {
        return checkShard({ index: Number(index), total: Number(total) });
    }
    catch (error) {
        throw new Error(`inputs shard-index/shard-total: ${error.message}`, { cause: error });
    }
}
export function getInputs() {
    return {
        openaiApiKey: core.getInput(Inputs.openaiApiKey),
        jobKey: core.getInput(Inputs.jobKey),
        comment: booleanInput(Inputs.comment),
        uploadArtifact: booleanInput(Inputs.uploadArtifact),
        retentionDays: retentionDaysInput(),
        compress: booleanInput(Inputs.compress),
        recursive: booleanInput(Inputs.recursive),
        failOnInvalid: booleanInput(Inputs.failOnInvalid),
        failOnQuality: failOnQualityInput(),
        contentPath: core.getInput(Inputs.contentPath),
        // Not trimmed: the title is the package's, as given.
        title: core.getInput(Inputs.title, { trimWhitespace: false }),
        prNumber: prNumberInput(),
        reportPackage: core.getInput(Inputs.reportPackage),
        compareWith: compareWithInput(),
        budgets: budgetsInput(),
        mode: modeInput(),
        shard: shardInput(),
        shardJob: core.getInput(Inputs.shardJob),
    };
}
export function getReportInputs() {
    try {
        return {
            githubToken: core.getInput(Inputs.githubToken),
            steps: JSON.parse(core.getInput(Inputs.steps) || '{}'),
        };
    }
    catch {
        throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
    }
}
