import { ExitCode, LyfeError } from '../errors.js';
/** One turn of the event loop: settles after a poll phase that began after the call. */
const nextPoll = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
export function interruptOnSignals(options) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted)
            process.exit(ExitCode.interrupted);
        controller.abort(new LyfeError(`interrupted by ${name}`, {
            fix: `The work folder ${options.workDir} is kept as it is; package the interrupted run with \`lyfe-kt package --work-dir ${options.workDir} --log-dir ${options.logDir}\``,
            exitCode: ExitCode.interrupted,
        }));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const dispose = () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
    return {
        signal: controller.signal,
        dispose,
        async handOver() {
            await nextPoll();
            dispose();
            controller.signal.throwIfAborted();
        },
    };
}
