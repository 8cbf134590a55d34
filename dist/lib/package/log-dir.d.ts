/** The new work folder of a replay (`--out`): in no package, the replayed one or another. */
export declare function refuseReplayDirInPackage(outDir: string): void;
/** The file `export otel --output` writes: in no package, the exported one or another. */
export declare function refuseTracesFileInPackage(file: string): void;
/** The folder of the global record files, checked before a stage starts: writable, or one that can be made, and in no package. */
export declare function checkLogDir(logDir: string): void;
/** The folder of the work folder's run (`01_raw`, ...: what a package takes) that is or holds `dir`, if any. */
export declare function workFolderHolding(workDir: string, dir: string): string | undefined;
/**
 * The folder packages are written into, checked before a run's stages or a package's assembly: it
 * must be writable (or makeable), and not inside a folder of the work folder's run, which the
 * package takes (the work folder itself may hold it: `--work-dir .`).
 */
export declare function checkOutputDir(outputDir: string, workDir: string): void;
/** A folder packages are written into (`package`, `run`, `merge`): writable, or one that can be made, and in no package. */
export declare function checkPackagesDir(outputDir: string): void;
/**
 * The folder `preprocess` or `generate` writes its outputs into, checked before the stage starts:
 * found unwritable only at its first output, it would come after that file's calls were made (and paid for).
 */
export declare function checkStageOutputDir(outDir: string): void;
/**
 * The work folder, checked before a stage or a package uses it: a file (or a link to nothing) in
 * its place is refused, rather than found by the first file written into it.
 */
export declare function checkWorkDir(workDir: string): void;
