import { type StageOptions, type StageStats } from '../stage/run-stage.js';
/** A stage whose end is not the end of one function call, but a later event (the end of a build). */
export interface OpenStage {
    stats: StageStats;
    /** Ends the stage: ok without an error, failed with it. Resolves when its end is recorded. */
    end(error?: unknown): Promise<void>;
}
/**
 * Begins a stage through `runStage`, so that its start, end and failure records are the CLI's own,
 * and keeps it open until `end` is called.
 */
export declare function openStage(options: StageOptions): Promise<OpenStage>;
