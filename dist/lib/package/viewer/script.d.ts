/**
 * The viewer page's script, run by the browser from the page itself (no module, no network).
 * It reads three embedded blocks, each gzip then base64: `#lyfe-data` (the ViewerData of data.ts),
 * `#lyfe-processing` and `#lyfe-prompts` (the package's processing.jsonl and prompts.jsonl), inflates them with
 * the browser's DecompressionStream, and renders. Every text from the records is put in the page
 * with `textContent`: model output is shown, never run. Kept free of template literals so that it
 * can live in this string.
 */
export declare const VIEWER_SCRIPT: string;
