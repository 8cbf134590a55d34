import { ExitCode, LyfeError } from '../errors.js';
import { printedJson, printJson } from './json.js';
/** One turn of the event loop: settles after a poll phase that began after the call. */
const nextPoll = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
export function interruptOnSignals(options) {
    const controller = new AbortController();
    const fix = `The work folder ${options.workDir} is kept as it is; package the interrupted run with \`lyfe-kt package --work-dir ${options.workDir} --log-dir ${options.logDir}\``;
    const onSignal = (name) => {
        if (controller.signal.aborted) {
            // The first one's line is printed once its stage has stopped: this one is the only line said,
            // and with --json the error is the one object on stdout, as for any other error.
            const error = new LyfeError(`interrupted by ${name} again: stopped at once, its stage not ended`, { fix, exitCode: ExitCode.interrupted });
            process.stderr.write(`lyfe-kt: ${error.oneLine()}\n`);
            const exit = () => process.exit(error.exitCode);
            if (options.json && !printedJson())
                printJson({ error: { message: error.message, file: null, fix, exit_code: error.exitCode } }, exit);
            else
                exit();
            return;
        }
        controller.abort(new LyfeError(`interrupted by ${name}`, { fix, exitCode: ExitCode.interrupted }));
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
