import type { RecordKind } from '../../records/types.js';
import { plural } from '../../records/values.js';

/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */

/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
export const FAIL_ON_LEVELS = ['error', 'warning'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];
export const isFailOn = (value: string): value is FailOn => (FAIL_ON_LEVELS as readonly string[]).includes(value);

export const RuleIds = {
  schemaInvalid: 'schema-invalid',
  overMobileLimit: 'over-mobile-limit',
  quizAnswerNotAnOption: 'quiz-answer-not-an-option',
  quizOptionsRepeat: 'quiz-options-repeat',
  duplicatedItem: 'duplicated-item',
  languageDiffers: 'language-differs',
  personaMarkersMissing: 'persona-markers-missing',
  copiedFromSource: 'copied-from-source',
  forbiddenText: 'forbidden-text',
  outputChanged: 'output-changed',
  callRetried: 'call-retried',
  callFailed: 'call-failed',
  responseTruncated: 'response-truncated',
  callSlow: 'call-slow',
  callLarge: 'call-large',
} as const;
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
export function failsOn(counts: QualityReport['counts'], failOn: FailOn): boolean {
  return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}

/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
export function qualityCounts(counts: QualityReport['counts']): string {
  const { error, warning, info } = counts;
  if (error + warning + info === 0) return 'none';
  return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
}
