import type { StageRunSummary } from '../records/session-model.js';

/**
 * A mermaid gantt of the stages as their processes ran them, from the stage records' times. Task
 * names are our own words (stage names and statuses), never user text: mermaid has no escaping.
 */
const TAGS: Record<StageRunSummary['status'], string> = { ok: 'done', failed: 'crit', unfinished: 'active' };

export function renderStageGantt(stages: StageRunSummary[], sessionEnd: string | null): string {
  const timed = stages.filter((run) => Number.isFinite(Date.parse(run.start_time)));
  if (timed.length === 0) return '';
  const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %H:%M:%S'];
  timed.forEach((run, index) => {
    const start = Date.parse(run.start_time);
    const endText = run.end_time ?? sessionEnd;
    // A zero-length bar does not draw: every bar is at least a millisecond long.
    const end = Math.max(start + 1, endText ? Date.parse(endText) : start + (run.duration_ms ?? 0));
    const label = run.status === 'ok' ? run.stage : `${run.stage} (${run.status})`;
    lines.push(`  section ${run.stage}`, `  ${label} : ${TAGS[run.status]}, s${index}, ${start}, ${end}`);
  });
  lines.push('```');
  return lines.join('\n');
}
