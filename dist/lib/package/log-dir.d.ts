/** The folder of the global record files, checked before a stage starts. */
export declare function checkLogDir(logDir: string): void;
/** The folder of the work folder's run (`01_raw`, ...: what a package takes) that is or holds `dir`, if any. */
export declare function workFolderHolding(workDir: string, dir: string): string | undefined;
/**
 * The folder packages are written into, checked before a run's stages or a package's assembly: it
 * must be writable (or makeable), and not inside a folder of the work folder's run, which the
 * package takes (the work folder itself may hold it: `--work-dir .`).
 */
export declare function checkOutputDir(outputDir: string, workDir: string): void;
/** A folder packages are written into (`package`, `run`, `merge`): writable, or one that can be made. */
export declare function checkPackagesDir(outputDir: string): void;
/**
 * The work folder, checked before a stage or a package uses it: a file (or a link to nothing) in
 * its place is refused, rather than found by the first file written into it.
 */
export declare function checkWorkDir(workDir: string): void;
