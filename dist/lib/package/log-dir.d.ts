/**
 * The folder of the global record files is checked before a stage starts: a file in its place
 * or a folder that cannot be written would otherwise be found only by the first record.
 */
export declare function checkLogDir(logDir: string): void;
