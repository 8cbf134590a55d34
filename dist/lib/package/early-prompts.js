import { filterSessionLines, recordFile } from '../records/filter.js';
import { formatAttempt } from '../records/render.js';
import { onRecord } from '../records/writer.js';
/**
 * The prompt records of `run`'s session rendered while its calls are in flight, so that the package
 * stage does not render them after the last call. This process's writer hands each prompt record
 * over as it writes it, with its line (the record is what the line parses to: see `onRecord`), and
 * it is rendered into `prompts_audit.log` and `prompts.jsonl` in memory (the package has no folder
 * yet), off the replies' way: once no record came for `QUIET_MS` (a round's replies are handled and
 * its next calls are in flight), in turns of at most `TURN_MS`. The lines wait until `start` (the
 * files' module loads with the package stage's, once the first calls are in flight, not before
 * them). At packaging (`take`) the rendering is used only when the record file holds exactly these
 * lines for the session, in this order (their bytes are compared): any other line of the session
 * (another process's, a torn one) and the package renders the records from the files, as without
 * this.
 */
/** Past this many characters of prompt lines, the session is rendered at packaging instead: the memory held during a run stays bounded. */
const LINE_CHARS = 16 * 1024 * 1024;
/** How long without a prompt record before rendering: the replies that come together are handled first. */
const QUIET_MS = 10;
/** How long one turn of rendering lasts before a reply that came meanwhile is handled. */
const TURN_MS = 4;
const NEWLINE = Buffer.from('\n');
export class EarlyPrompts {
    options;
    session;
    /** The records handed over and not rendered yet, with their lines. */
    lines = [];
    /** The next of `lines` to render. */
    next = 0;
    chars = 0;
    records = [];
    /** The two files, once `start` made them. */
    files;
    starting;
    /** The next turn, once scheduled. */
    timer;
    /** No longer rendering: given up (see `giveUp`), taken or discarded. */
    done = false;
    stopListening;
    /**
     * `compress`: the package's record files will be gzip members only (`--compress`), so
     * `prompts_audit.log` is compressed meanwhile too. `lineChars`: the bound on the lines held
     * (`LINE_CHARS`).
     */
    constructor(options) {
        this.options = options;
        this.stopListening = onRecord((kind, record, line) => {
            if (kind === 'prompts')
                this.add(record, line);
        });
    }
    /** Loads the files' module and renders from then on; resolves once rendering can begin. */
    start() {
        this.starting ??= import('./gzip-thread.js').then(({ HeldMember }) => {
            if (this.done)
                return;
            // `prompts.jsonl` is a gzip member in every package: the viewer embeds it.
            this.files = { audit: new HeldMember({ gzip: this.options.compress }), jsonl: new HeldMember({ gzip: true }) };
            this.schedule();
        }, () => undefined); // without its module nothing is rendered early: the package renders the records, as without this
        return this.starting;
    }
    /** The next turn `QUIET_MS` from now, or from the last record (the timer is moved, not made again). */
    schedule() {
        if (!this.files)
            return;
        if (this.timer)
            this.timer.refresh();
        else
            this.timer = setTimeout(() => this.turn(), QUIET_MS).unref();
    }
    add(record, line) {
        if (this.done)
            return;
        // One session per run: a record of another (a library caller running two at once) and neither is rendered early.
        this.session ??= record.session;
        this.chars += line.length;
        if (record.session !== this.session || this.chars > (this.options.lineChars ?? LINE_CHARS))
            return this.giveUp();
        this.lines.push({ record, line });
        this.schedule();
    }
    turn() {
        this.timer = undefined;
        if (this.done)
            return;
        const until = performance.now() + TURN_MS;
        while (this.next < this.lines.length && performance.now() < until)
            this.render();
        if (this.next < this.lines.length)
            this.schedule();
        else {
            this.lines = [];
            this.next = 0;
        }
    }
    render() {
        const held = this.lines[this.next++];
        const { record, line } = held;
        // Let go once rendered: the member holds its bytes.
        held.line = '';
        this.records.push(record);
        this.files.audit.write(`${formatAttempt(record)}\n\n`);
        this.files.jsonl.write(line);
    }
    giveUp() {
        this.done = true;
        clearTimeout(this.timer);
        this.stopListening();
        this.lines = [];
        this.records = [];
        this.files?.audit.discard();
        this.files?.jsonl.discard();
    }
    /**
     * Stops listening, renders what is left, and returns the rendering when the prompt records of
     * `sessionId` in `logDir`'s record file are exactly the lines rendered; else undefined (render
     * them from the files, as before `start` resolved). The lines are read through the session's
     * index and compared with the held bytes, not parsed.
     */
    take(logDir, sessionId) {
        if (this.done || !this.files) {
            this.discard();
            return undefined;
        }
        this.stopListening();
        clearTimeout(this.timer);
        while (this.next < this.lines.length)
            this.render();
        if (this.done)
            return undefined;
        this.done = true;
        this.lines = [];
        const rendered = { records: this.records, ...this.files };
        rendered.jsonl.end();
        rendered.audit.end();
        const held = rendered.jsonl.comparer();
        let lines = 0;
        const read = filterSessionLines(recordFile(logDir, 'prompts'), sessionId, (chunk, start, end) => {
            held.next(chunk, start, end);
            held.next(NEWLINE, 0, 1);
            lines += 1;
        });
        const same = read.skipped === 0 && lines === this.records.length && (this.session === undefined || this.session === sessionId) && held.done();
        if (same)
            return rendered;
        this.giveUp();
        return undefined;
    }
    /** Lets everything go (the run stopped, or packaging is over). */
    discard() {
        if (!this.done)
            this.giveUp();
        this.records = [];
        this.files = undefined;
    }
}
