import type { SessionSummary } from '../package/summary.js';
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
    error?: string;
}
/** Everything the job summary and the comment show, from the records and the runner. */
export interface ReportView {
    sessionId: string;
    success: boolean;
    /** Why the run failed, one line each (raw text: escaped when rendered). */
    problems: string[];
    /** The session's summary; null when it left no records. */
    summary: SessionSummary | null;
    steps: StepResult[];
    packageName: string | null;
    /** Null when the upload was not asked for. */
    artifact: ArtifactView | null;
    runUrl: string;
    /** The job (and key) this report is for. */
    jobLabel: string;
}
/** The job summary: everything, expanded; cut to 1 MiB with a note when larger. */
export declare function renderJobSummary(view: ReportView): string;
/**
 * The pull-request comment: the marker first (how the next run finds it), the outcome and the
 * stages in view, the execution summary folded; under GitHub's 65,536-character limit.
 */
export declare function renderComment(view: ReportView, marker: string): string;
