/** `--json`: the command's one object on stdout. */
export declare function printJson(value: unknown): void;
/** Whether the command has printed its `--json` object: an error after it is not printed as a second one. */
export declare function printedJson(): boolean;
