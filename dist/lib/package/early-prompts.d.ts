import type { LogRecord } from '../records/types.js';
import type { HeldMember } from './gzip-thread.js';
/** The session's prompt records as rendered: the records, for the session's model, and the two files. */
export interface RenderedPrompts {
    records: readonly LogRecord[];
    audit: HeldMember;
    jsonl: HeldMember;
}
export declare class EarlyPrompts {
    private readonly options;
    private session;
    /** The records handed over and not rendered yet, with their lines. */
    private lines;
    /** The next of `lines` to render. */
    private next;
    private chars;
    private records;
    /** The two files, once `start` made them. */
    private files;
    private starting;
    /** The next turn, once scheduled. */
    private timer;
    /** No longer rendering: given up (see `giveUp`), taken or discarded. */
    private done;
    private readonly stopListening;
    /**
     * `compress`: the package's record files will be gzip members only (`--compress`), so
     * `prompts_audit.log` is compressed meanwhile too. `lineChars`: the bound on the lines held
     * (`LINE_CHARS`).
     */
    constructor(options: {
        compress: boolean;
        lineChars?: number;
    });
    /** Loads the files' module and renders from then on; resolves once rendering can begin. */
    start(): Promise<void>;
    /** The next turn `QUIET_MS` from now, or from the last record (the timer is moved, not made again). */
    private schedule;
    private add;
    private turn;
    private render;
    private giveUp;
    /**
     * Stops listening, renders what is left, and returns the rendering when the prompt records of
     * `sessionId` in `logDir`'s record file are exactly the lines rendered; else undefined (render
     * them from the files, as before `start` resolved). The lines are read through the session's
     * index and compared with the held bytes, not parsed.
     */
    take(logDir: string, sessionId: string): RenderedPrompts | undefined;
    /** Lets everything go (the run stopped, or packaging is over). */
    discard(): void;
}
