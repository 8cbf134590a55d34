/** The names of the reports `generate` writes, in a module of their own: packaging names them without loading the pipeline. */
export const REPORT_JSON = 'generation_report.json';
export const REPORT_MARKDOWN = 'generation_report.md';
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
export const REPORT_FILES = new Set([REPORT_JSON, REPORT_MARKDOWN]);
