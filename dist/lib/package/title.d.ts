/**
 * A title made safe as a folder name: path separators, `..`, control and reserved characters go,
 * whitespace becomes `-`. Throws when nothing usable is left.
 */
export declare function sanitizeTitle(title: string): string;
/** The title when neither a title nor the output names give one: the folder becomes `content-YYYY-MM-DD-HH-MM`. */
export declare const DEFAULT_TITLE = "content";
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
export declare function packageTitle(given: string | undefined, outputNames: string[]): string;
/** `<title>-YYYY-MM-DD-HH-MM`, with `-2`, `-3`... for the second, third package of the same minute. */
export declare function packageFolderName(title: string, now: Date, attempt?: number): string;
