import { runStage } from '../stage/run-stage.js';
/**
 * Begins a stage through `runStage`, so that its start, end and failure records are the CLI's own,
 * and keeps it open until `end` is called.
 */
export async function openStage(options) {
    let settle;
    const finished = new Promise((resolve, reject) => {
        settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    let stats;
    const run = runStage(options, (given) => {
        stats = given;
        return finished;
    });
    // runStage calls its function before its first await: without `stats`, it failed to begin.
    if (!stats)
        await run;
    return {
        stats,
        async end(error) {
            settle(error);
            await run.catch(() => undefined);
        },
    };
}
