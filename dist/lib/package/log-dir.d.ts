/** The folder of the global record files, checked before a stage starts. */
export declare function checkLogDir(logDir: string): void;
/**
 * The folder packages are written into, checked before a run's stages or a package's assembly: it
 * must be writable (or makeable), and outside the work folder, whose files the package takes.
 */
export declare function checkOutputDir(outputDir: string, workDir: string): void;
