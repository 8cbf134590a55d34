import type { QualityReport } from '../package/quality-issues/index.js';
import type { SessionSummary } from '../records/session-model.js';
import type { ComparisonView } from './compare.js';
import { type StageStep } from './constants.js';
/** How one stage's step went, from its `step.output` record and the runner's step outcome. */
export interface StepResult {
    stage: StageStep;
    /** success, failure or skipped, as the runner reports it. */
    outcome: string;
    exitCode: number | null;
    durationMs: number | null;
    /** The end of the step's stderr. */
    stderr: string;
}
export interface ArtifactView {
    name: string;
    id?: number;
    url?: string;
    /** Why the upload failed. */
    error?: string;
    /** Why there was no upload to make (markdown: our own words and paths). */
    skipped?: string;
}
/** Everything the job summary and the comment show, from the records and the runner. */
export interface ReportView {
    sessionId: string;
    success: boolean;
    /** Why the run failed, one line each (raw text: escaped when rendered). */
    problems: string[];
    /** The session's summary; null when it left no records. */
    summary: SessionSummary | null;
    /** The package's quality issues; null or absent without a package. */
    quality?: QualityReport | null;
    steps: StepResult[];
    packageName: string | null;
    artifact: ArtifactView;
    /** Lines under the artifact's (markdown, our own words): attestation, where a reported package came from. */
    notes: string[];
    runUrl: string;
    /** The job (and key) this report is for. */
    jobLabel: string;
    /** This run's package against the base run's (`compare-with`); absent when not compared. */
    comparison?: ComparisonView;
}
/** The job summary: everything, expanded; cut with a note to stay under 1 MiB with a margin, CRLF line endings counted. */
export declare function renderJobSummary(view: ReportView): string;
/**
 * The pull-request comment: the marker first (how the next run finds it), the outcome and the
 * stages in view, the execution summary folded; under GitHub's 65,536-character limit.
 */
export declare function renderComment(view: ReportView, marker: string): string;
