import path from 'node:path';
import { callLlm } from '../llm/call.js';
import { record } from '../records/writer.js';
import { Events } from '../records/types.js';
import { byCodeUnits } from '../records/values.js';
import { checkAnalysisReply } from './analysis.js';
import { writeFileAtomic } from '../files.js';
import { markdownName, parseFrontmatter, readAllMarkdown } from './inputs.js';
import { analysisRequest, PROMPT_VERSION } from './prompts.js';
import { callSlots, noSlot } from './slots.js';
import { renderTemplate } from './template.js';
/** How the name of a filled template ends: generate takes these from a folder. */
export const FILLED_TEMPLATE_SUFFIX = '_filled_template.md';
/** Output file names of a source: `<name>_filled_template.md` and `<name>_ari_analysis.json`. */
export function preprocessOutputs(name) {
    return { template: `${name}${FILLED_TEMPLATE_SUFFIX}`, analysis: `${name}_ari_analysis.json` };
}
/** One source to its filled template and analysis, in memory: one audited analysis call, made in `slot` when given. */
export async function preprocessSource(source, options) {
    const outputs = preprocessOutputs(source.name);
    const result = await (options.slot ?? noSlot)(() => callLlm(options.provider, analysisRequest({ name: source.name, source: source.text }), {
        input: [`${source.name}.md`],
        file: source.file,
        output: [outputs.template, outputs.analysis],
        check: checkAnalysisReply,
        signal: options.signal,
    }));
    const body = source.body ?? parseFrontmatter(source.text, `${source.name}.md`).body;
    const { text, frontmatter, body: templateBody } = renderTemplate(result.value, { name: source.name, body });
    return { template: text, parts: { frontmatter, body: templateBody }, analysis: result.value, callIds: [result.callId] };
}
/**
 * Preprocesses files (paths, or inputs already read) into `outDir`. Every input is read and
 * checked before anything is written; each output appears whole or not at all. When a file's call
 * fails, the others still finish, then the first failure (in input order) is thrown. The templates
 * it wrote come back as generate reads them, from what rendered them (no file read back, no YAML
 * parsed again).
 */
export async function preprocessTemplates(inputs, outDir, options, stats) {
    const sources = readAllMarkdown(inputs);
    stats.filesIn = sources.length;
    const slot = options.slot ?? callSlots(options.concurrency);
    let done = 0;
    const settled = await Promise.allSettled(sources.map(async (source) => {
        const names = preprocessOutputs(source.name);
        const input = path.basename(source.file);
        try {
            const result = await preprocessSource({ name: source.name, text: source.text, body: source.body, file: source.given ?? source.file }, { ...options, slot });
            writeFileAtomic(path.join(outDir, names.analysis), `${JSON.stringify(result.analysis, null, 2)}\n`);
            const template = path.join(outDir, names.template);
            writeFileAtomic(template, result.template);
            options.onWritten?.(names.analysis);
            options.onWritten?.(names.template);
            stats.filesOut += 2;
            record('info', Events.fileResult, 'preprocessed', {
                input: [input],
                output: [names.template, names.analysis],
                data: {
                    ok: true,
                    // The article's own path: another of the same name later in the session is refused by it (package/stages.ts).
                    source: path.resolve(source.file),
                    call_ids: result.callIds,
                    language: result.analysis.language,
                    dimension: result.analysis.dimension,
                    archetype: result.analysis.archetype,
                    key_ideas: result.analysis.key_ideas.length,
                    prompt_version: PROMPT_VERSION,
                },
            });
            options.onProgress?.({ stage: 'preprocess', file: source.file, done: ++done, total: sources.length, ok: true });
            const read = { file: template, name: markdownName(template), text: result.template, ...result.parts };
            options.onTemplate?.(read);
            return { input: source.file, template, analysis: path.join(outDir, names.analysis), call_ids: result.callIds, read };
        }
        catch (error) {
            record('error', Events.fileResult, `failed: ${error.message}`, { input: [input], data: { ok: false, error: error.message } });
            options.onProgress?.({ stage: 'preprocess', file: source.file, done: ++done, total: sources.length, ok: false, error: error.message });
            throw error;
        }
    }));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    const made = settled.map((outcome) => outcome.value);
    return {
        results: made.map(({ read: _read, ...result }) => result),
        templates: made.map((result) => result.read).sort((a, b) => byCodeUnits(a.file, b.file)),
    };
}
