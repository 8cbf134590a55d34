import type { StageStats } from '../stage/run-stage.js';
import { type AriAnalysis } from './analysis.js';
import { type MarkdownInput } from './inputs.js';
import type { PipelineOptions } from './options.js';
import { type CallSlot } from './slots.js';
export interface SourceText {
    /** File name without `.md`; names the outputs. */
    name: string;
    text: string;
    /** The text after the frontmatter, when the source was read by `readMarkdown`: not parsed again. */
    body?: string;
    /** Its path as the user gave it, which a failed call names; `<name>.md` when absent. */
    file?: string;
}
export interface PreprocessedSource {
    template: string;
    /** The template's frontmatter and body, as `parseFrontmatter` reads them back from `template`. */
    parts: Pick<MarkdownInput, 'frontmatter' | 'body'>;
    analysis: AriAnalysis;
    callIds: string[];
}
/** How the name of a filled template ends: generate takes these from a folder. */
export declare const FILLED_TEMPLATE_SUFFIX = "_filled_template.md";
/** Output file names of a source: `<name>_filled_template.md` and `<name>_ari_analysis.json`. */
export declare function preprocessOutputs(name: string): {
    template: string;
    analysis: string;
};
/** One source to its filled template and analysis, in memory: one audited analysis call, made in `slot` when given. */
export declare function preprocessSource(source: SourceText, options: Pick<PipelineOptions, 'provider' | 'signal'> & {
    slot?: CallSlot;
}): Promise<PreprocessedSource>;
export interface PreprocessResult {
    input: string;
    template: string;
    analysis: string;
    call_ids: string[];
}
/** What `preprocessTemplates` made: each input's result, and the filled templates as generate reads them. */
export interface Preprocessed {
    results: PreprocessResult[];
    /** Read as `readMarkdown` reads the files written, in the order a listing of the folder gives them. */
    templates: MarkdownInput[];
}
/**
 * Preprocesses files (paths, or inputs already read) into `outDir`. Every input is read and
 * checked before anything is written; each output appears whole or not at all. When a file's call
 * fails, the others still finish, then the first failure (in input order) is thrown. The templates
 * it wrote come back as generate reads them, from what rendered them (no file read back, no YAML
 * parsed again).
 */
export declare function preprocessTemplates(inputs: readonly (string | MarkdownInput)[], outDir: string, options: PipelineOptions, stats: StageStats): Promise<Preprocessed>;
