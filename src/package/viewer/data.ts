import { costText } from '../../records/cost.js';
import type { SessionSummary } from '../../records/session-model.js';
import { countText, plural } from '../../records/values.js';
import { modelText, totalDuration } from '../execution-summary.js';
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
  numbers: { label: string; value: string }[];
  /** How many records of each stream the embedded records hold, processing first. */
  records: { processing: number; prompts: number };
}

const percent = (value: number | null): string => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(2));

/** The numbers the PRD's execution summary puts first: usage, then quality. */
export function summaryNumbers(session: SessionSummary, quality: QualityReport): ViewerData['numbers'] {
  const { ai, quality: q } = session;
  return [
    { label: 'Result', value: session.success ? 'success' : 'failed' },
    { label: 'Total Duration', value: totalDuration(session) },
    { label: 'Stages', value: session.stages_executed.join(', ') || 'none' },
    { label: 'Supertasks', value: `${session.outputs.length}${q.invalid_files ? ` (${q.invalid_files} invalid)` : ''}` },
    { label: 'Total API Calls', value: countText(ai.total_api_calls) },
    { label: 'Total Tokens', value: countText(ai.total_tokens) },
    { label: 'Model', value: modelText(session) },
    { label: 'Success Rate', value: percent(ai.success_rate) },
    { label: 'Cost', value: costText(ai.cost) },
    { label: 'Schema Compliance', value: percent(q.schema_compliance) },
    { label: 'Mobile Optimization Score', value: score(q.mobile_optimization_score) },
    { label: 'Ari Persona Consistency', value: percent(q.ari_persona_consistency) },
    { label: 'Quality Issues', value: `${plural(quality.counts.error, 'error')}, ${plural(quality.counts.warning, 'warning')}, ${plural(quality.counts.info, 'note')}` },
  ];
}
