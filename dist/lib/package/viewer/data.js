import { costText } from '../../records/cost.js';
import { countText, plural } from '../../records/values.js';
import { modelText, totalDuration } from '../execution-summary.js';
const percent = (value) => (value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`);
const score = (value) => (value === null ? 'n/a' : value.toFixed(2));
/** The numbers the PRD's execution summary puts first: usage, then quality. */
export function summaryNumbers(session, quality) {
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
