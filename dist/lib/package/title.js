import { ExitCode, LyfeError } from '../errors.js';
const MAX_TITLE_LENGTH = 80;
/** Characters no folder name may hold on any platform we ship to, and control characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]+/g;
const EDGES = /^[\s._-]+|[\s._-]+$/g;
/**
 * A title made safe as a folder name: path separators, `..`, control and reserved characters go,
 * whitespace becomes `-`. Throws when nothing usable is left.
 */
export function sanitizeTitle(title) {
    const safe = title
        .normalize('NFC')
        .replace(UNSAFE, '-')
        .replace(/\s+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(EDGES, '')
        .slice(0, MAX_TITLE_LENGTH)
        .replace(EDGES, '');
    if (!safe) {
        throw new LyfeError(`the package title ${JSON.stringify(title)} has no usable characters`, {
            fix: 'Give a title made of letters, digits, "-" or "_"',
            exitCode: ExitCode.usage,
        });
    }
    return safe;
}
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0];
    for (const name of names.slice(1)) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
/** The title when neither a title nor the output names give one: the folder becomes `content-YYYY-MM-DD-HH-MM`. */
export const DEFAULT_TITLE = 'content';
/** `YYYY-MM-DD-HH-MM`, in UTC like session ids. */
function minuteStamp(now) {
    const iso = now.toISOString();
    return `${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
export function packageTitle(given, outputNames) {
    if (given !== undefined)
        return sanitizeTitle(given);
    const stems = outputNames.map((name) => name.replace(/\.[^.]*$/, '')).sort();
    // Outputs are named `<source>_filled_template_<level>.json`: the source name is the title.
    const prefix = commonPrefix(stems).replace(/[^\p{L}\p{N}]+$/u, '').replace(/_filled_template$/, '');
    if (prefix) {
        try {
            return sanitizeTitle(prefix);
        }
        catch {
            // Output names that sanitise to nothing fall through to the dated title.
        }
    }
    return DEFAULT_TITLE;
}
/** `<title>-YYYY-MM-DD-HH-MM`, with `-2`, `-3`... for the second, third package of the same minute. */
export function packageFolderName(title, now, attempt = 1) {
    const base = `${title}-${minuteStamp(now)}`;
    return attempt === 1 ? base : `${base}-${attempt}`;
}
