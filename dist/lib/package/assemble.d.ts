import { type QualityReport } from './quality-issues/index.js';
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
    /** Files in the package as its manifest lists them (the count `verify` prints; manifest.json itself is not one). */
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
    /** How many quality issues of each severity `logs/quality_issues.json` holds. */
    quality_issues: QualityReport['counts'];
    kept_work: boolean;
    warnings: string[];
}
/** Held in the work folder while a package is built from it: a second `package` of the same run is refused. */
export declare const PACKAGE_LOCK = ".lyfe-kt-package.lock";
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
export declare const REPORT_FILES: ReadonlySet<string>;
/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
export declare function packageRun(options: PackageOptions): Promise<PackageResult>;
