import type { RecordKind } from '../../records/types.js';
/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */
/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
export declare const SEVERITIES: readonly ["error", "warning", "info"];
export type Severity = (typeof SEVERITIES)[number];
/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
export declare const FAIL_ON_LEVELS: readonly ["error", "warning"];
export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export declare const isFailOn: (value: string) => value is FailOn;
export declare const RuleIds: {
    readonly schemaInvalid: "schema-invalid";
    readonly overMobileLimit: "over-mobile-limit";
    readonly quizAnswerNotAnOption: "quiz-answer-not-an-option";
    readonly quizOptionsRepeat: "quiz-options-repeat";
    readonly duplicatedItem: "duplicated-item";
    readonly languageDiffers: "language-differs";
    readonly personaMarkersMissing: "persona-markers-missing";
    readonly copiedFromSource: "copied-from-source";
    readonly forbiddenText: "forbidden-text";
    readonly outputChanged: "output-changed";
    readonly callRetried: "call-retried";
    readonly callFailed: "call-failed";
    readonly responseTruncated: "response-truncated";
    readonly callSlow: "call-slow";
    readonly callLarge: "call-large";
};
export type RuleId = (typeof RuleIds)[keyof typeof RuleIds];
/** A record of the package: line `line` (1-based) of `logs/<log>`, the same line number whether the logs are compressed or not. */
export interface RecordRef {
    log: `${RecordKind}.jsonl`;
    line: number;
}
export interface QualityIssue {
    /** `Q1`, `Q2`...: the issue's place in the report, most severe first. */
    id: string;
    rule: RuleId;
    severity: Severity;
    /** The generated file (or, for a call that produced none, the input) the issue is about. */
    file: string | null;
    /** Where in the file: a JSON path such as `$.flexibleItems[2].options`. */
    path: string | null;
    /** One sentence a content editor understands. */
    message: string;
    /** The records that show it. */
    records: RecordRef[];
    /** The LLM call concerned, when there is one. */
    call_id: string | null;
}
export interface QualityReport {
    session_id: string | null;
    counts: Record<Severity, number>;
    issues: QualityIssue[];
}
/** An issue as a rule finds it: the report numbers and orders them. */
export type Finding = Omit<QualityIssue, 'id'>;
/** Whether there is an issue at or above `failOn`. */
export declare function failsOn(counts: QualityReport['counts'], failOn: FailOn): boolean;
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
export declare function qualityCounts(counts: QualityReport['counts']): string;
