export interface PackageOptions {
    workDir: string;
    /** Folder of the global record files. */
    logDir: string;
    /** Where packages go; `packages` by default. */
    outputDir?: string;
    title?: string;
    /** Copy the work folders instead of moving them. */
    keepWork?: boolean;
    /** The session to package; default: the work folder's. */
    session?: string;
    /** Compress the logs (they are compressed anyway above AUTO_COMPRESS_BYTES). */
    compress?: boolean;
}
export interface PackageResult {
    /** The package folder, as `<outputDir>/<name>`. */
    path: string;
    name: string;
    title: string;
    session_id: string;
    /** Whether the packaged run succeeded (not whether packaging did: a failed run packages fine). */
    success: boolean;
    stages_executed: string[];
    /** Files in the package, manifest included. */
    files: number;
    /** Files taken from the work folder. */
    work_files: number;
    bytes: number;
    logs: {
        compressed: boolean;
        bytes: number;
        compressed_bytes: number | null;
    };
    /** The manifest digest: names this exact package. */
    digest: string;
    kept_work: boolean;
    warnings: string[];
}
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
export declare function packageRun(options: PackageOptions): Promise<PackageResult>;
