/**
 * The longest title in UTF-8 bytes: with the date, a same-minute suffix and the hidden assembly
 * folder's marks, a package's folder name stays far below the 255 bytes file systems allow.
 */
export declare const MAX_TITLE_BYTES = 80;
/**
 * A title made safe as a folder name and a shell word: only letters, digits, `.`, `_` and `-`, every
 * other run of characters becomes `-`, at most MAX_TITLE_BYTES bytes. Throws when nothing usable is left.
 */
export declare function sanitizeTitle(title: string): string;
/** The title when neither a title nor the output names give one: the folder becomes `content-YYYY-MM-DD-HH-MM`. */
export declare const DEFAULT_TITLE = "content";
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions, levels and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
export declare function packageTitle(given: string | undefined, outputNames: string[]): string;
/** `<title>-YYYY-MM-DD-HH-MM`, with `-2`, `-3`... for the second, third package of the same minute. */
export declare function packageFolderName(title: string, now: Date, attempt?: number): string;
