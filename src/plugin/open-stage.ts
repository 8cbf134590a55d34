import { runStage, type StageOptions, type StageStats } from '../stage/run-stage.js';

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
export async function openStage(options: StageOptions): Promise<OpenStage> {
  let settle!: (error?: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  let stats!: StageStats;
  const run = runStage(options, (given) => {
    stats = given;
    return finished;
  });
  // runStage calls its function before its first await: without `stats`, it failed to begin.
  if (!stats) await run;
  return {
    stats,
    async end(error) {
      settle(error);
      await run.catch(() => undefined);
    },
  };
}
