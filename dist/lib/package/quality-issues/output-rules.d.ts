import { type LanguageCode } from '../../pipeline/language.js';
import { type SchemaVersion } from '../../pipeline/schema.js';
import { type Finding, type RecordRef } from './types.js';
/** The rules over one generated supertask; each returns the findings it makes (none when the file is fine). */
/** One generated file and what it is judged against. */
export interface OutputUnderCheck {
    file: string;
    /** The file's text as it is in the package. */
    text: string;
    schemaVersion: SchemaVersion;
    /** The article the supertask was written from (the template's source text), when known. */
    source?: string;
    /** `indexSource(source)`, when the caller keeps it for the outputs of one template; made here when absent. */
    sourceIndex?: SourceIndex;
    sourceLanguage?: LanguageCode;
    /** The records that made the file: its `file.result` and its call's accepted attempt. */
    records: RecordRef[];
    callId: string | null;
}
/** A run of this many words found as it is in the source is copied text, longer than a quotation keeps (a quote card holds at most 200 characters, about 30 words, and is a quotation by its type). */
export declare const COPIED_RUN_WORDS = 20;
/** What the rules judge a generated file by: its text and what it was written from, not where its records are. */
export type OutputText = Omit<OutputUnderCheck, 'file' | 'records' | 'callId'>;
/** A finding of the output rules before it is located (its file, records and call). */
export type OutputFinding = Omit<Finding, 'file' | 'records' | 'call_id'>;
/** A source's words, and where each word is in them: what `copiedFromSource` looks texts up in. */
export interface SourceIndex {
    words: string[];
    at: ReadonlyMap<string, number[]>;
}
export declare function indexSource(source: string): SourceIndex;
/** Every finding of every output rule on one generated file's text, not yet located. */
export declare function outputFindings(output: OutputText): OutputFinding[];
/** Findings of the output rules located at their file, its records and its call. */
export declare function locateFindings(findings: readonly OutputFinding[], where: Pick<OutputUnderCheck, 'file' | 'records' | 'callId'>): Finding[];
/** Every finding of every output rule on one generated file, located. */
export declare function checkOutput(output: OutputUnderCheck): Finding[];
