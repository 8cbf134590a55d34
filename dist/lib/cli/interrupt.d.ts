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
export declare function interruptOnSignals(options: {
    workDir: string;
    logDir: string;
    json?: boolean;
}): Interruption;
