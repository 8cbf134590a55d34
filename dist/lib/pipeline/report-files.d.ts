/** The names of the reports `generate` writes, in a module of their own: packaging names them without loading the pipeline. */
export declare const REPORT_JSON = "generation_report.json";
export declare const REPORT_MARKDOWN = "generation_report.md";
/** The files of `reports/` the pipeline writes; anything else there is the user's and stays. */
export declare const REPORT_FILES: ReadonlySet<string>;
