/** The names of the reports `generate` writes, in a module of their own: packaging names them without loading the pipeline. */
export const REPORT_JSON = 'generation_report.json';
export const REPORT_MARKDOWN = 'generation_report.md';
