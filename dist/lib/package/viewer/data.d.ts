import type { SessionSummary } from '../../records/session-model.js';
import type { QualityReport } from '../quality-issues/types.js';
/**
 * What the viewer page is given beside the records: the session model as the package renders it,
 * the quality issues, and the PRD's summary numbers already worded as `execution_summary.md`
 * words them. The page reads nothing else, so a change of the model shows up here, in one place.
 */
export interface ViewerData {
    title: string;
    session: SessionSummary;
    quality: QualityReport;
    /** The PRD's summary numbers, in its order. */
    numbers: {
        label: string;
        value: string;
    }[];
    /** How many records of each stream the embedded records hold, processing first. */
    records: {
        processing: number;
        prompts: number;
    };
}
/** The numbers the PRD's execution summary puts first: usage, then quality. */
export declare function summaryNumbers(session: SessionSummary, quality: QualityReport): ViewerData['numbers'];
