import type { AriAnalysis } from './analysis.js';
import { type LanguageCode } from './language.js';
/**
 * The filled template: the interface between preprocess and generate. YAML frontmatter for the
 * supertask's fixed fields, then sections a person can read and edit before generating. The
 * source itself is kept in it (headings demoted under its own section), so that generate needs
 * nothing but this file.
 */
export declare const Headings: Record<LanguageCode, Record<'content' | 'overview' | 'keyIdeas' | 'keyIdea' | 'quotes' | 'coaching' | 'source', string>>;
export interface ParsedTemplate {
    frontmatter: Record<string, unknown>;
    language?: LanguageCode;
    title?: string;
    overview?: string;
    keyIdeas: string[];
    quotes: {
        text: string;
        author: string;
    }[];
    coaching: {
        suggestion: string;
        prompt: string;
    }[];
    /** The source text section; when the template has none, its whole body. */
    source: string;
}
/** A filled template as written, with the frontmatter and body that `parseFrontmatter` reads back from its text. */
export interface RenderedTemplate {
    text: string;
    frontmatter: Record<string, unknown>;
    body: string;
}
export declare function renderTemplate(analysis: AriAnalysis, source: {
    name: string;
    body: string;
}): RenderedTemplate;
/** Reads a filled template back into its parts. Sections it does not know are left in `source` only when it has no source section. */
export declare function parseTemplate(text: string, file?: string): ParsedTemplate;
/** `parseTemplate` of a template whose frontmatter was already split from its body (by `readMarkdown`). */
export declare function templateParts({ frontmatter, body }: {
    frontmatter: Record<string, unknown>;
    body: string;
}): ParsedTemplate;
