/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
export const WorkFolders = {
    raw: '01_raw',
    preprocessed: '02_preprocessed',
    output: '03_output',
    reports: 'reports',
};
/**
 * The message of the warning record that names the files of `03_output/` a package took from the
 * work folder though no `file.result` of its session names them (a lesson copied in by hand, one of
 * another run): the quality rules find those files by it and judge them as they are.
 */
export const NOT_WRITTEN_BY_SESSION = 'packaged from the work folder, not written by this session';
/** The work folders in the order they are listed. */
export const WorkFolderNames = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output, WorkFolders.reports];
export const LOGS_DIR = 'logs';
// Defined with the work folder's session, which checks a package is in place by it.
export { MANIFEST_FILE } from '../session/store.js';
/** Files of `logs/`. The first four are the PRD's; the `*.jsonl` hold the same records for tools. */
export const LogFiles = {
    promptsAudit: 'prompts_audit.log',
    processing: 'processing.log',
    summary: 'execution_summary.md',
    metadata: 'metadata.json',
    processingRecords: 'processing.jsonl',
    promptRecords: 'prompts.jsonl',
    /** What the quality rules found (schema/quality_issues.schema.json). */
    qualityIssues: 'quality_issues.json',
    /** The interactive viewer: one self-contained page, opened from disk. */
    viewer: 'viewer.html',
};
/**
 * With compression, these go into `logs/records.tar.gz`; `execution_summary.md` and `metadata.json`
 * stay readable beside it (the metadata records the sizes before and after).
 */
export const ARCHIVE_FILE = 'records.tar.gz';
export const ArchivedLogFiles = [LogFiles.promptsAudit, LogFiles.processing, LogFiles.processingRecords, LogFiles.promptRecords];
/** Logs at least this large are compressed even without `--compress`. */
export const AUTO_COMPRESS_BYTES = 64 * 1024 * 1024;
