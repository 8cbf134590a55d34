import type { StageRunSummary } from '../package/summary.js';
export declare function renderStageGantt(stages: StageRunSummary[], sessionEnd: string | null): string;
