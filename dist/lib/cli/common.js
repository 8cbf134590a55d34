// What the commands share: session options, colour, progress. Every command loads it, so it
// imports nothing heavy: the generation options (the LLM SDK, the pipeline) are in
// ./generation-options.ts, `--json` printing in ./json.ts.
import path from 'node:path';
import { styleText } from 'node:util';
import { InvalidArgumentError, Option } from 'commander';
import { printable } from '../errors.js';
import { assertSessionId } from '../session/id.js';
import { DEFAULT_LOG_DIR, DEFAULT_WORK_DIR } from '../session/store.js';
export { printJson } from './json.js';
/**
 * `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. An empty value is the default (a
 * workflow's unset output), as for the build plugin: the empty path would be the current folder.
 */
export function logDirOption() {
    return new Option('--log-dir <dir>', 'folder of the global record files').env('LYFE_KT_LOG_DIR').default(DEFAULT_LOG_DIR).argParser((value) => value || DEFAULT_LOG_DIR);
}
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`; an empty value is the default, as for `--log-dir`. */
export function workDirOption(description) {
    return new Option('--work-dir <dir>', description).env('LYFE_KT_WORK_DIR').default(DEFAULT_WORK_DIR).argParser((value) => value || DEFAULT_WORK_DIR);
}
/** `--output-dir` of `package`, `run` and `merge`: the flag, else `packages`; an empty value is the default, as for `--log-dir`. */
export function outputDirOption() {
    return new Option('--output-dir <dir>', 'folder the package goes into').default('packages').argParser((value) => value || 'packages');
}
/**
 * `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset
 * output). commander keeps a parser's undefined as '': the empty value is dropped before the action.
 * A malformed value from the environment is refused as the variable's, which the user set, not typed.
 */
export function addSessionOption(command, description) {
    return command.addOption(new Option('--session <id>', description).env('LYFE_KT_SESSION')).hook('preAction', (self) => {
        const session = self.getOptionValue('session');
        if (session === '')
            self.setOptionValueWithSource('session', undefined, 'default');
        else if (session !== undefined && self.getOptionValueSource('session') === 'env')
            assertSessionId(session, 'LYFE_KT_SESSION');
    });
}
/** `-q`: progress and notes go; warnings (something skipped, something to look at) and errors stay. */
export const QUIET_HELP = 'print only warnings and errors on stderr';
/** The work folder, log and session options; `sessionDefault` is what `--session` is when not given (`run` never joins the work folder's). */
export function addSessionOptions(command, sessionDefault = "the work folder's, else a new one") {
    const withFolders = command.addOption(workDirOption('work folder of the run (01_raw, 02_preprocessed, 03_output, reports)')).addOption(logDirOption());
    return addSessionOption(withFolders, `session to record into; default: ${sessionDefault}`)
        .option('-q, --quiet', QUIET_HELP)
        .option('--json', 'print the machine-readable result on stdout');
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
export function parseSize(value) {
    const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim());
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new InvalidArgumentError('expected a size such as 300000, 512k or 2m');
    return bytes;
}
/** A commander parser for a whole number from `min` to `max`. */
export function wholeNumber(min, max) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
        return n;
    };
}
export const parsePositiveInt = wholeNumber(1, 64);
const colorOn = new WeakMap();
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
export function colorEnabled(stream = process.stderr) {
    let on = colorOn.get(stream);
    if (on === undefined) {
        on = styleText('bold', 'x', { stream }) !== 'x';
        colorOn.set(stream, on);
    }
    return on;
}
export function paint(color, text, stream = process.stderr) {
    return colorEnabled(stream) ? styleText(color, text, { validateStream: false }) : text;
}
/**
 * Whether progress is a bar redrawn in place: stderr is a terminal that takes the escape code
 * that clears a line. A `TERM=dumb` terminal (an editor's shell buffer) shows it as text.
 */
function redrawsInPlace() {
    return process.stderr.isTTY === true && process.env.TERM !== 'dumb';
}
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
export class Reporter {
    options;
    barShown = false;
    /** The last progress of each stage seen. */
    stages = new Map();
    /** Of each stage, the files that failed once the command was interrupted. */
    stopped = new Map();
    constructor(options) {
        this.options = options;
    }
    note(message) {
        if (this.options.quiet)
            return;
        this.clearBar();
        process.stderr.write(`${message}\n`);
    }
    /** A warning or error found in what the command made (a quality issue), its control characters shown as escapes: kept with --quiet, as warnings are. */
    listed(message) {
        this.clearBar();
        process.stderr.write(`${printable(message)}\n`);
    }
    warn(message) {
        this.clearBar();
        // Made of names and text the library gives, never painted: its control characters are shown as escapes.
        process.stderr.write(`${paint('yellow', 'warning')} ${printable(message)}\n`);
    }
    /**
     * A file done. `interrupted`: the command was told to stop (Ctrl-C), and every file not finished
     * fails at once: one per line, thousands of them would bury the reason; the first one's line says
     * it, the rest are counted in one line once the stage has none left.
     */
    progress(event, interrupted = false) {
        if (this.options.quiet)
            return;
        const mark = event.ok ? paint('green', 'ok') : event.error ? `${paint('red', 'failed')} (${printable(event.error)})` : paint('red', 'invalid');
        const file = printable(event.file);
        if (redrawsInPlace()) {
            // `run`'s stages overlap: the bar counts both, each stage's files named beside it.
            this.stages.set(event.stage, event);
            const shown = [...this.stages.values()];
            const done = shown.reduce((sum, stage) => sum + stage.done, 0);
            const total = shown.reduce((sum, stage) => sum + stage.total, 0);
            const width = 24;
            const filled = Math.round((done / total) * width);
            const counts = shown.map((stage) => `${shown.length > 1 ? `${stage.stage} ` : ''}${stage.done}/${stage.total}`).join(' · ');
            const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${counts} ${path.basename(file)}`;
            process.stderr.write(`\r\u001b[2K${bar.slice(0, (process.stderr.columns || 80) - 1)}`);
            this.barShown = true;
            if (shown.every((stage) => stage.done === stage.total))
                this.clearBar();
        }
        else {
            const stopped = interrupted && event.error !== undefined ? (this.stopped.get(event.stage) ?? 0) + 1 : 0;
            if (stopped)
                this.stopped.set(event.stage, stopped);
            // The stage named: `run`'s two stages overlap, and each counts its own files.
            if (stopped <= 1)
                process.stderr.write(`[${event.done}/${event.total}] ${event.stage} ${mark} ${file}\n`);
            const more = (this.stopped.get(event.stage) ?? 0) - 1;
            if (event.done === event.total && more > 0)
                process.stderr.write(`[${event.done}/${event.total}] ${event.stage} ${more} more file(s) stopped by the interruption\n`);
        }
    }
    clearBar() {
        if (this.barShown) {
            process.stderr.write('\r\u001b[2K');
            this.barShown = false;
        }
    }
}
