/** `--json`: the command's one object on stdout; `written`, once it is (a pipe is written asynchronously on some systems). */
export declare function printJson(value: unknown, written?: () => void): void;
/** Whether the command has printed its `--json` object: an error after it is not printed as a second one. */
export declare function printedJson(): boolean;
