import { type SchemaVersion } from '../../pipeline/schema.js';
import { type MarkdownInput } from '../../pipeline/inputs.js';
import type { OutputSummary, SessionSummary } from '../../records/session-model.js';
import { type LogRecord, type RecordKind } from '../../records/types.js';
import { CallRecordIndex } from './call-rules.js';
import { type OutputFinding } from './output-rules.js';
import { type QualityReport } from './types.js';
/**
 * Where the records that show an issue are, in the package's `logs/*.jsonl`: handed every record
 * of the session, in each stream's order, during the pass that writes those files.
 */
export declare class RecordLocator {
    /** The line of the last `file.result` of each output: the one the model took the output from. */
    readonly resultLines: Map<string, number>;
    /**
     * The lessons of `03_output/` packaged though the session did not write them (by their path in
     * it), and their name and the line in the warning record that names them.
     */
    readonly notWritten: Map<string, {
        name: string;
        line: number;
    }>;
    readonly calls: CallRecordIndex;
    private processingLines;
    /** The locator of records already in memory. */
    static of(records: Record<RecordKind, Iterable<LogRecord>>): RecordLocator;
    add(record: LogRecord, kind: RecordKind): void;
}
export interface QualityInputs {
    /** The session, as its model says it went: its outputs and calls are what the rules look at. */
    summary: SessionSummary;
    /** Where the session's records are. */
    records: RecordLocator;
    /** Where the generated files are (a package's or work folder's `03_output`, or generate's out folder). */
    outputDir: string;
    /** Where the filled templates they were generated from are. */
    templateDir: string;
    /**
     * Templates already read and parsed (by `run`'s stages), by file name: one whose text is the
     * text of the file in `templateDir` is not parsed again (its YAML is most of a template's cost).
     */
    parsedTemplates?: ReadonlyMap<string, MarkdownInput>;
    /**
     * Outputs already checked as they were written (by `run`, see `OutputChecks`), by file name: the
     * findings of one are taken while its text and its template's are the files' own, for the same
     * schema version; any other output is checked here.
     */
    checkedOutputs?: ReadonlyMap<string, CheckedOutput>;
}
/** A generated file checked as it was written, with what it was checked against. */
export interface CheckedOutput {
    text: string;
    templateText: string;
    schemaVersion: SchemaVersion;
    findings: OutputFinding[];
}
/**
 * The output rules run on each generated file as `run` writes it, while the other calls are in
 * flight, instead of all at once when the run is packaged (where they wait for nothing else).
 * `checked` goes to the package's rules as `checkedOutputs`. What is held stays bounded however
 * many files the run writes: the texts of the outputs checked up to `textUnits` (those past it are
 * left to the package's rules, which check them from the files), and the last `templates` templates.
 */
export declare class OutputChecks {
    readonly checked: Map<string, CheckedOutput>;
    private readonly templates;
    private held;
    private readonly textUnits;
    private readonly templatesHeld;
    constructor(bounds?: {
        textUnits?: number;
        templates?: number;
    });
    /** How many templates are held for the outputs to come. */
    get templatesKept(): number;
    add(output: string, text: string, template: MarkdownInput, schemaVersion: SchemaVersion): void;
}
/**
 * The output rules of `outputs` run ahead, one output per `step`, by whoever has time before the
 * quality issues are wanted (packaging, while it waits for its gzip threads). `checked` holds the
 * outputs `known` already and, as steps are taken, the others: it is given to
 * `detectQualityIssues` as `checkedOutputs`, which takes each finding only while the output and its
 * template are the texts checked. Nothing here fails: an output or template that cannot be read or
 * parsed is left for `detectQualityIssues`, which says why. The texts held are bounded by `textUnits`.
 */
export declare function outputChecksAhead(outputs: readonly OutputSummary[], folders: {
    outputDir: string;
    templateDir: string;
}, known?: ReadonlyMap<string, CheckedOutput>, textUnits?: number): {
    checked: ReadonlyMap<string, CheckedOutput>;
    step: () => boolean;
};
/**
 * Runs every rule over the session's generated files (read as they are now) and its LLM calls.
 */
export declare function detectQualityIssues(inputs: QualityInputs): QualityReport;
