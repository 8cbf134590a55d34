import type { StageRunSummary } from '../records/session-model.js';
export declare function renderStageGantt(stages: StageRunSummary[], sessionEnd: string | null): string;
