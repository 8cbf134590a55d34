import { ExitCode, LyfeError } from '../errors.js';
import { printedJson, printJson } from './json.js';

/**
 * Ctrl-C (SIGINT) and SIGTERM while a command calls the model. The first one aborts `signal`: the
 * stage ends failed with the reason in the session's records, the calls in flight are cancelled,
 * and the command says how to package what was done and exits 130. A second one exits at once, saying the same.
 */
export interface Interruption {
  signal: AbortSignal;
  /** Back to Node's own handling: what follows (packaging) is atomic and may be stopped outright. */
  dispose(): void;
  /**
   * `dispose` once a signal that came while the process was busy has reached its listener: Node
   * hands a signal to its listeners only when the event loop next polls, and one still waiting when
   * the listeners are removed is lost. Throws the interruption if one came.
   */
  handOver(): Promise<void>;
}

/** One turn of the event loop: settles after a poll phase that began after the call. */
const nextPoll = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

export function interruptOnSignals(options: { workDir: string; logDir: string; json?: boolean }): Interruption {
  const controller = new AbortController();
  const fix = `The work folder ${options.workDir} is kept as it is; package the interrupted run with \`lyfe-kt package --work-dir ${options.workDir} --log-dir ${options.logDir}\``;
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      // The first one's line is printed once its stage has stopped: this one is the only line said,
      // and with --json the error is the one object on stdout, as for any other error.
      const error = new LyfeError(`interrupted by ${name} again: stopped at once, its stage not ended`, { fix, exitCode: ExitCode.interrupted });
      process.stderr.write(`lyfe-kt: ${error.oneLine()}\n`);
      const exit = (): never => process.exit(error.exitCode);
      if (options.json && !printedJson()) printJson({ error: { message: error.message, file: null, fix, exit_code: error.exitCode } }, exit);
      else exit();
      return;
    }
    controller.abort(new LyfeError(`interrupted by ${name}`, { fix, exitCode: ExitCode.interrupted }));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const dispose = (): void => {
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
