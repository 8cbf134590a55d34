/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
export declare const WorkFolders: {
    readonly raw: "01_raw";
    readonly preprocessed: "02_preprocessed";
    readonly output: "03_output";
    readonly reports: "reports";
};
/**
 * The message of the warning record that names the files of `03_output/` a package took from the
 * work folder though no `file.result` of its session names them (a lesson copied in by hand, one of
 * another run): the quality rules find those files by it and judge them as they are.
 */
export declare const NOT_WRITTEN_BY_SESSION = "packaged from the work folder, not written by this session";
/** The work folders in the order they are listed. */
export declare const WorkFolderNames: readonly ["01_raw", "02_preprocessed", "03_output", "reports"];
export declare const LOGS_DIR = "logs";
export { MANIFEST_FILE } from '../session/store.js';
/** Files of `logs/`. The first four are the PRD's; the `*.jsonl` hold the same records for tools. */
export declare const LogFiles: {
    readonly promptsAudit: "prompts_audit.log";
    readonly processing: "processing.log";
    readonly summary: "execution_summary.md";
    readonly metadata: "metadata.json";
    readonly processingRecords: "processing.jsonl";
    readonly promptRecords: "prompts.jsonl";
    /** What the quality rules found (schema/quality_issues.schema.json). */
    readonly qualityIssues: "quality_issues.json";
    /** The interactive viewer: one self-contained page, opened from disk. */
    readonly viewer: "viewer.html";
};
/**
 * With compression, these go into `logs/records.tar.gz`; `execution_summary.md` and `metadata.json`
 * stay readable beside it (the metadata records the sizes before and after).
 */
export declare const ARCHIVE_FILE = "records.tar.gz";
export declare const ArchivedLogFiles: readonly ["prompts_audit.log", "processing.log", "processing.jsonl", "prompts.jsonl"];
/** Logs at least this large are compressed even without `--compress`. */
export declare const AUTO_COMPRESS_BYTES: number;
