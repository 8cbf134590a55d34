import { STAGES } from '../records/types.js';
/**
 * A mermaid gantt of the stages as their processes ran them, from the stage records' times. Task
 * names are our own words (stage names and statuses), never user text: mermaid has no escaping.
 * A stage the records name that is not one of ours (a reported package says what its maker wrote)
 * is drawn as `other`.
 */
const TAGS = { ok: 'done', failed: 'crit', unfinished: 'active' };
export function renderStageGantt(stages, sessionEnd) {
    const timed = stages.filter((run) => Number.isFinite(Date.parse(run.start_time)));
    if (timed.length === 0)
        return '';
    const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %H:%M:%S'];
    // A merged package holds a session per shard: each section says whose, by its place (a session id is the records' text).
    const sessions = [...new Set(timed.map((run) => run.session))];
    timed.forEach((run, index) => {
        const start = Date.parse(run.start_time);
        const endText = run.end_time ?? sessionEnd;
        // A zero-length bar does not draw: every bar is at least a millisecond long.
        const end = Math.max(start + 1, endText ? Date.parse(endText) : start + (run.duration_ms ?? 0));
        const stage = STAGES.includes(run.stage) ? run.stage : 'other';
        const label = run.status === 'ok' ? stage : `${stage} (${run.status})`;
        const section = sessions.length > 1 ? `${stage} (session ${sessions.indexOf(run.session) + 1} of ${sessions.length})` : stage;
        lines.push(`  section ${section}`, `  ${label} : ${TAGS[run.status]}, s${index}, ${start}, ${end}`);
    });
    lines.push('```');
    return lines.join('\n');
}
