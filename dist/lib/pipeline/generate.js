import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { callLlm, parseJsonReply } from '../llm/call.js';
import { withoutNullOptionals } from '../llm/strict-schema.js';
import { aggregateQuality } from '../records/quality.js';
import { record } from '../records/writer.js';
import { Events } from '../records/types.js';
import { currentSession } from '../session/context.js';
import { LyfeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { readAllMarkdown } from './inputs.js';
import { escapeMarkdown } from './markdown-text.js';
import { detectLanguage } from './language.js';
import { LEVELS } from './limits.js';
import { ariPersonaConsistency, mobileOptimizationScore } from './metrics.js';
import { PROMPT_VERSION, supertaskRequest } from './prompts.js';
import { loadSchema, validateSupertask } from './schema.js';
import { Feed } from './feed.js';
import { callSlots, noSlot } from './slots.js';
import { parseTemplate, templateParts } from './template.js';
import { REPORT_JSON, REPORT_MARKDOWN } from './report-files.js';
/** What `Promise.allSettled` gives for `promise`, taken as soon as it settles (no rejection is left unhandled meanwhile). */
function settle(promise) {
    return promise.then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
}
/** Output file name of a template and level: `<template name>_<level>.json`. */
export function generateOutput(name, level) {
    return `${name}_${level}.json`;
}
/**
 * A reply is kept when it is JSON; schema errors make callLlm ask again, and are reported if they
 * stay. The nulls a Structured Outputs reply gives for absent optional properties are taken out.
 */
function supertaskCheck(version) {
    return (text) => {
        const parsed = parseJsonReply(text);
        if ('errors' in parsed)
            return parsed;
        const value = withoutNullOptionals(parsed.value, loadSchema(version));
        return { value, errors: validateSupertask(value, version) };
    };
}
function templateLanguage(input) {
    const parsed = input.parts ? templateParts(input.parts) : parseTemplate(input.template);
    return parsed.language ?? detectLanguage(parsed.source);
}
/** Of the failure `generateSupertasks` throws, the other level's answer when it had one: written, not lost. */
const answered = new WeakMap();
/** The level answered beside the failed one whose error this is, if any. */
export function answeredBeside(error) {
    return typeof error === 'object' && error !== null ? answered.get(error) : undefined;
}
/**
 * One template to its beginner and advanced supertasks, in memory: one audited call per level, both
 * made in `slot` when given. When a call fails, the other is waited for, and its answer goes with
 * the failure (`answeredBeside`): a lesson paid for is kept.
 */
export async function generateSupertasks(input, options) {
    const settled = await (options.slot ?? noSlot)(() => Promise.all(LEVELS.map((level) => settle(callLlm(options.provider, supertaskRequest({ name: input.name, template: input.template, level, schemaVersion: options.schemaVersion }), {
        input: [`${input.name}.md`],
        file: input.file,
        output: [generateOutput(input.name, level)],
        check: supertaskCheck(options.schemaVersion),
        signal: options.signal,
    })))));
    const language = templateLanguage(input);
    const metricsOf = (value) => ({
        mobile_optimization_score: mobileOptimizationScore(value),
        ari_persona_consistency: ariPersonaConsistency(value, language),
    });
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) {
        const index = settled.findIndex((result) => result.status === 'fulfilled');
        const other = settled[index];
        if (other?.status === 'fulfilled' && typeof failed.reason === 'object' && failed.reason !== null) {
            const { value, errors, callId, attempts } = other.value;
            answered.set(failed.reason, { level: LEVELS[index], value, errors, metrics: metricsOf(value), callId, attempts });
        }
        throw failed.reason;
    }
    const [beginner, advanced] = settled.map((result) => result.value);
    return {
        beginner: beginner.value,
        advanced: advanced.value,
        errors: { beginner: beginner.errors, advanced: advanced.errors },
        metrics: { beginner: metricsOf(beginner.value), advanced: metricsOf(advanced.value) },
        callIds: { beginner: beginner.callId, advanced: advanced.callId },
        attempts: { beginner: beginner.attempts, advanced: advanced.attempts },
    };
}
/**
 * The report an earlier `generate` left in `reportsDir`, if any. It is read before anything is
 * generated: a report that cannot be read stops the stage before any call is paid for, rather than
 * being replaced by one that forgets the earlier outputs.
 */
function readPreviousReport(reportsDir) {
    const file = path.join(reportsDir, REPORT_JSON);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new LyfeError(`the earlier generation report cannot be read (${error.code ?? error.message})`, {
            file,
            fix: 'Make it readable, or move it out of the reports folder, and run generate again',
            cause: error,
        });
    }
    let report = null;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
    }
    if (!report || typeof report !== 'object' || !Array.isArray(report.outputs) || !Array.isArray(report.failed_templates)) {
        throw new LyfeError('the earlier generation report is not a generation report (it is damaged or was edited)', {
            file,
            fix: 'Move it out of the reports folder (the outputs it lists stay in the output folder) and run generate again',
        });
    }
    return report;
}
/**
 * The run's report. Separate `generate file` commands of one session add to the same report
 * (an output generated again replaces its entry); a new session starts a new one.
 */
function buildReport(previous, options, outputs, failed) {
    const session = currentSession()?.sessionId ?? null;
    const fresh = new Set(outputs.map((output) => output.output));
    const retried = new Set(failed.map((failure) => failure.template));
    const kept = previous && previous.session === session ? previous : undefined;
    const all = [...(kept?.outputs ?? []).filter((output) => !fresh.has(output.output)), ...outputs].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0));
    const failedAll = [...(kept?.failed_templates ?? []).filter((failure) => !retried.has(failure.template) && !all.some((o) => o.template === failure.template)), ...failed];
    const valid = all.filter((output) => output.valid).length;
    const current = { provider: options.provider.name, model: options.provider.model };
    // Outputs of a report written before outputs named their provider were made by an unknown one: none is guessed.
    const makers = all.flatMap((output) => (output.provider === undefined ? [] : [{ provider: output.provider, model: output.model }]));
    const providers = [...new Map((makers.length ? makers : [current]).map((maker) => [JSON.stringify([maker.provider, maker.model]), maker])).values()];
    return {
        session,
        prompt_version: PROMPT_VERSION,
        provider: current.provider,
        model: current.model,
        providers,
        schema_version: options.schemaVersion,
        totals: { outputs: all.length, valid, invalid: all.length - valid, failed_templates: failedAll.length },
        metrics: aggregateQuality(all),
        invalid_outputs: all.filter((output) => !output.valid).map((output) => output.output),
        failed_templates: failedAll,
        outputs: all,
    };
}
/** A run metric as the report shows it: three decimals, or n/a when nothing was generated. */
const metric = (value) => (value === null ? 'n/a' : value.toFixed(3));
function reportMarkdown(report) {
    const lines = [
        '# Generation report',
        '',
        `Session \`${report.session ?? 'none'}\` · schema v${report.schema_version} · provider ${report.providers.map((maker) => `${maker.provider} (${maker.model})`).join(', ')} · prompts ${report.prompt_version}`,
        '',
        '| Metric | Value |',
        '| --- | --- |',
        `| schema_compliance | ${metric(report.metrics.schema_compliance)} (${report.totals.valid}/${report.totals.outputs} valid) |`,
        `| mobile_optimization_score | ${metric(report.metrics.mobile_optimization_score)} |`,
        `| ari_persona_consistency | ${metric(report.metrics.ari_persona_consistency)} |`,
        '',
        '## Invalid outputs',
        '',
    ];
    if (report.invalid_outputs.length === 0)
        lines.push('None.');
    for (const output of report.outputs.filter((o) => !o.valid)) {
        lines.push(`- \`${output.output}\` (${output.errors.length} error(s)):`);
        for (const error of output.errors.slice(0, 10))
            lines.push(`  - ${error}`);
        if (output.errors.length > 10)
            lines.push(`  - … ${output.errors.length - 10} more in ${REPORT_JSON}`);
    }
    if (report.failed_templates.length > 0) {
        lines.push('', '## Failed templates', '');
        for (const failure of report.failed_templates)
            lines.push(`- \`${failure.template}\`: ${escapeMarkdown(failure.error)}`);
    }
    lines.push('', '## Outputs', '');
    if (report.outputs.length === 0)
        lines.push('No supertask was generated.');
    else
        lines.push('| Output | Level | Valid | Mobile | Persona | Attempts |', '| --- | --- | --- | --- | --- | --- |');
    for (const output of report.outputs) {
        lines.push(`| ${escapeMarkdown(output.output)} | ${output.level} | ${output.valid ? 'yes' : 'no'} | ${output.mobile_optimization_score.toFixed(3)} | ${output.ari_persona_consistency.toFixed(3)} | ${output.attempts} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Generates the supertasks of each template into `outDir`, invalid ones included (they are
 * named in the report and counted, never hidden), and writes the report into `reportsDir`. The
 * templates are a list, or a `Feed` of templates generated from as they come (`run`, while
 * preprocessing writes them).
 */
export async function generateFiles(templates, outDir, reportsDir, options, stats) {
    const fed = templates instanceof Feed;
    const inputs = fed ? [] : readAllMarkdown(templates, { alikeNames: options.alikeNames });
    // A run's templates come as preprocessing writes them: the count is known once it has ended.
    const total = () => (fed ? templates.total : inputs.length);
    const previous = readPreviousReport(reportsDir);
    const slot = options.slot ?? callSlots(options.concurrency);
    let done = 0;
    /** The supertasks written of templates whose generation failed: the level answered beside the one that failed. */
    const keptOfFailed = new Map();
    const generateTemplate = async (input) => {
        const template = path.basename(input.file);
        /** Writes one level's supertask and records its result. */
        const writeLevel = ({ level, value, errors, metrics, callId, attempts }) => {
            const output = generateOutput(input.name, level);
            const text = `${JSON.stringify(value, null, 2)}\n`;
            writeFileAtomic(path.join(outDir, output), text);
            options.onWritten?.(output);
            options.onOutput?.({ output, text, template: input });
            stats.filesOut++;
            if (errors.length)
                stats.filesInvalid++;
            const result = { template, output, level, valid: errors.length === 0, errors, call_id: callId, attempts, schema_version: options.schemaVersion, provider: options.provider.name, model: options.provider.model, ...metrics };
            record(errors.length ? 'warn' : 'info', Events.fileResult, errors.length ? `invalid (${errors.length} error(s))` : 'valid', {
                input: [template],
                output: [output],
                // The digest of the file as written: the package tells a file changed since from the one these records describe.
                data: { valid: result.valid, errors, metrics, call_id: callId, attempts, schema_version: options.schemaVersion, level, prompt_version: PROMPT_VERSION, sha256: createHash('sha256').update(text).digest('hex') },
            });
            return result;
        };
        try {
            const generated = await generateSupertasks({ name: input.name, template: input.text, parts: input, file: input.given ?? input.file }, { ...options, slot });
            const outputs = LEVELS.map((level) => writeLevel({ level, value: generated[level], errors: generated.errors[level], metrics: generated.metrics[level], callId: generated.callIds[level], attempts: generated.attempts[level] }));
            options.onProgress?.({ stage: 'generate', file: input.file, done: ++done, total: total(), ok: outputs.every((output) => output.valid) });
            return outputs;
        }
        catch (error) {
            // The other level's supertask, answered before the failure was known, is written: it was paid for.
            const kept = answeredBeside(error);
            if (kept)
                keptOfFailed.set(input, [writeLevel(kept)]);
            record('error', Events.fileResult, `failed: ${error.message}`, { input: [template], data: { valid: false, error: error.message } });
            options.onProgress?.({ stage: 'generate', file: input.file, done: ++done, total: total(), ok: false, error: error.message });
            throw error;
        }
    };
    const started = [];
    const start = (input) => {
        stats.filesIn++;
        started.push(settle(generateTemplate(input)));
    };
    if (fed) {
        for await (const input of templates) {
            inputs.push(input);
            start(input);
        }
    }
    else {
        inputs.forEach(start);
    }
    const settled = await Promise.all(started);
    const outputs = settled.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? outcome.value : (keptOfFailed.get(inputs[index]) ?? [])));
    const failed = settled.flatMap((outcome, index) => outcome.status === 'rejected' ? [{ template: path.basename(inputs[index]?.file ?? ''), error: outcome.reason?.message ?? String(outcome.reason) }] : []);
    // Read again as it is written, with no await between: generations of one session running at once
    // into one folder (a build's lessons) each add theirs to the report, never write over the others'.
    let latest;
    try {
        latest = readPreviousReport(reportsDir);
    }
    catch {
        latest = previous; // damaged meanwhile: the outputs written are reported all the same
    }
    const report = buildReport(latest, options, outputs, failed);
    const jsonFile = path.join(reportsDir, REPORT_JSON);
    const markdownFile = path.join(reportsDir, REPORT_MARKDOWN);
    writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    writeFileAtomic(markdownFile, reportMarkdown(report));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    const valid = outputs.filter((output) => output.valid).length;
    return {
        outputs,
        total: outputs.length,
        valid,
        invalid: outputs.length - valid,
        metrics: aggregateQuality(outputs),
        report: jsonFile,
        report_markdown: markdownFile,
    };
}
