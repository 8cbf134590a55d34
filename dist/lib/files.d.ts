/** Whether `target` is `dir` or inside it (paths resolved, not followed). */
export declare function isWithin(dir: string, target: string): boolean;
/**
 * The temporary file of a `writeFileAtomic` that did not finish (its process was killed before the
 * rename): half a file, never one of a run's outputs.
 */
export declare const UNFINISHED_WRITE: RegExp;
/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a
 * file. The folder is made only when the write finds it missing: a run writes hundreds of outputs
 * into one folder, and making sure of it before each write costs system calls every time.
 */
export declare function writeFileAtomic(file: string, content: string): void;
