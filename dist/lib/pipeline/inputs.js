import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ExitCode, LyfeError, someNames } from '../errors.js';
import { isWithin } from '../files.js';
import { byCodeUnits } from '../records/values.js';
/**
 * Frontmatter between two `---` lines, either with spaces after it as editors leave them; none between
 * them (`---` then `---`) is an empty one, closed by that second line. It may also close with `...`,
 * YAML's end of document, as Pandoc writes it.
 */
const OPENING = /^---[ \t]*\r?\n/;
/** A TOML frontmatter opens with `+++`, as Hugo writes it. */
const TOML_OPENING = /^\+\+\+[ \t]*\r?\n/;
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/**
 * Splits YAML frontmatter from the body. A text that opens with `---` but never closes it, or whose
 * YAML does not parse to a mapping, is an error: silently treating it as body would feed the
 * model a broken header. So is a TOML frontmatter, which is not read: taken as body, its lines
 * would become the lesson's text.
 */
export function parseFrontmatter(text, file) {
    if (TOML_OPENING.test(text)) {
        throw new LyfeError('has TOML frontmatter (opened with `+++`, as Hugo writes it), which lyfe-kt does not read', {
            file,
            fix: 'Convert it to YAML between `---` lines (`hugo convert toYAML` converts a Hugo site\'s pages), or remove it',
        });
    }
    if (!OPENING.test(text))
        return { frontmatter: {}, body: text };
    const match = FRONTMATTER.exec(text);
    if (!match) {
        throw new LyfeError('the YAML frontmatter opened with `---` is never closed', {
            file,
            fix: 'Add a line with `---` after the frontmatter, or remove the opening `---`',
        });
    }
    let data;
    try {
        data = parseYaml(match[1] ?? '');
    }
    catch (error) {
        // The parser counts lines from the frontmatter's first; the file has the `---` line above it.
        const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
        const where = at ? ` at line ${at.line + 1}, column ${at.col}` : '';
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new LyfeError(`the YAML frontmatter is broken${where}: ${reason}`, { file, fix: 'Fix the YAML between the `---` lines', cause: error });
    }
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new LyfeError('the YAML frontmatter is not a mapping of `key: value` lines', { file, fix: 'Write the frontmatter as `key: value` lines' });
    }
    return { frontmatter: data, body: text.slice(match[0].length) };
}
/**
 * A frontmatter value written as text: a string, trimmed, or a number or boolean as it reads
 * (`title: 1984` is the book's title, which YAML parses as a number); undefined for anything else
 * or an empty string.
 */
export function frontmatterText(value) {
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    return text || undefined;
}
/** What a markdown file's name ends with. */
const MARKDOWN = /\.(md|markdown)$/i;
/** Name of a markdown file without its folder and `.md` (or `.markdown`). */
export function markdownName(file) {
    return path.basename(file).replace(MARKDOWN, '');
}
/** Reads one markdown input, with an error naming the file and the fix for each way it can be unusable. */
export function readMarkdown(file, limits = {}) {
    let bytes;
    try {
        const stat = fs.statSync(file);
        if (stat.isDirectory()) {
            throw new LyfeError('is a directory, not a markdown file', { file, fix: 'Use the `directory` form of the command for folders' });
        }
        if (!stat.isFile())
            throw new LyfeError('is not a regular file', { file, fix: 'Give a markdown file saved on disk' });
        // Its outputs are named after it without `.md`: any other name would carry its extension into theirs.
        if (!MARKDOWN.test(file))
            throw new LyfeError('is not a markdown file: its name does not end in .md or .markdown', { file, fix: 'Rename it to end in .md if it is a markdown article' });
        if (limits.maxBytes !== undefined && stat.size > limits.maxBytes) {
            throw new LyfeError(`is ${stat.size} bytes, over the input limit of ${limits.maxBytes} bytes`, {
                file,
                fix: 'Split the article into smaller ones, or raise the limit with --max-input-size',
                exitCode: ExitCode.usage,
            });
        }
        bytes = fs.readFileSync(file);
    }
    catch (error) {
        if (error instanceof LyfeError)
            throw error;
        const code = error.code;
        if (code === 'ENOENT' && file.includes('\ufffd')) {
            // A name of other bytes than UTF-8 reaches Node (from a folder's listing, or the command line) with them replaced.
            throw new LyfeError('its name is not UTF-8 text (a byte of it shows as \ufffd), so it cannot be opened by that name', {
                file,
                fix: 'Rename it with a UTF-8 name (`convmv -f cp1252 -t utf-8 --notest` renames files named in Windows-1252 or Latin-1)',
            });
        }
        if (code === 'ENOENT')
            throw new LyfeError('no such file', { file, fix: 'Check the path; it is read relative to the current directory' });
        throw new LyfeError(`cannot be read (${code ?? error.message})`, { file, fix: 'Check the file permissions', cause: error });
    }
    if (bytes.length === 0)
        throw new LyfeError('the file is empty', { file, fix: 'Write the article into it, or remove it from the input' });
    // Its byte order mark says so: a text file, whose NUL bytes make no binary file of it.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new LyfeError('is UTF-16 text, not UTF-8', { file, fix: "Re-save it as UTF-8 (the editor's encoding, or `iconv -f UTF-16 -t UTF-8`)" });
    }
    if (bytes.includes(0)) {
        throw new LyfeError('is a binary file (it contains NUL bytes), not markdown text', { file, fix: 'Give a UTF-8 markdown (.md) file' });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch (error) {
        throw notUtf8(bytes, file, error);
    }
    const { frontmatter, body } = parseFrontmatter(text, file);
    if (body.trim() === '') {
        throw new LyfeError(text.trim() === '' ? 'the file is empty' : 'the file has frontmatter but no text', {
            file,
            fix: 'Write the article into it, or remove it from the input',
        });
    }
    return { file, name: markdownName(file), text, frontmatter, body };
}
/** The offset of the first byte of `bytes` that is not part of a well-formed UTF-8 sequence; -1 when there is none. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i += 1;
            continue;
        }
        // How many bytes follow the lead, and the range of the first of them (RFC 3629, section 4).
        const [follow, low, high] = lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
            : lead === 0xe0 ? [2, 0xa0, 0xbf]
                : lead === 0xed ? [2, 0x80, 0x9f]
                    : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
                        : lead === 0xf0 ? [3, 0x90, 0xbf]
                            : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
                                : lead === 0xf4 ? [3, 0x80, 0x8f]
                                    : [0, 0, 0];
        if (follow === 0 || i + follow >= bytes.length)
            return i;
        for (let k = 1; k <= follow; k++) {
            const byte = bytes[i + k];
            if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf)
                return i;
        }
        i += follow + 1;
    }
    return -1;
}
/**
 * The error for a file that is not UTF-8, naming where its first stray byte is. A file of another
 * encoding is converted whole; one that is UTF-8 but for a few bytes (a character pasted from
 * elsewhere) must not be: converting it would garble every other accented letter.
 */
function notUtf8(bytes, file, cause) {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = bytes.subarray(0, lineStart).reduce((lines, byte) => lines + Number(byte === 0x0a), 1);
    const column = [...bytes.subarray(lineStart, at).toString('utf8')].length + 1;
    const where = `line ${line}, column ${column}`;
    const hex = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
    // Letters beyond ASCII that decode as UTF-8 (stray bytes decode as U+FFFD): the file is UTF-8 elsewhere.
    const mostlyUtf8 = /[^\u0000-\u007f\ufffd]/u.test(new TextDecoder('utf-8').decode(bytes));
    return new LyfeError(`is not UTF-8 text: ${where} has the byte ${hex}`, {
        file,
        fix: mostlyUtf8
            ? `Retype the character at ${where} in an editor: the rest of the file is UTF-8, which converting the whole file would garble`
            : 'Re-save it as UTF-8 (from Latin-1 or Windows-1252: `iconv -f WINDOWS-1252 -t UTF-8`)',
        cause,
    });
}
/** What an entry that is neither a file nor a link is, in a few words. */
function entryKind(entry) {
    if (entry.isDirectory())
        return 'a folder';
    if (entry.isFIFO())
        return 'a FIFO';
    if (entry.isSocket())
        return 'a socket';
    if (entry.isBlockDevice() || entry.isCharacterDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The `.md` and `.markdown` files inside `dir`, sorted by path (code point order, the same on every
 * machine): those directly inside it, or with `recursive` those of its subfolders as well.
 */
export function listMarkdownFiles(dir, options = {}) {
    let inside;
    try {
        inside = fs.readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new LyfeError('no such directory', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
        if (code === 'ENOTDIR')
            throw new LyfeError('is a file, not a directory', { file: dir, fix: 'Give the folder that holds the articles; for one file, use `preprocess file` or `generate file`' });
        throw new LyfeError(`cannot be read (${code ?? error.message})`, { file: dir, fix: 'Check the folder permissions', cause: error });
    }
    const entries = inside.concat(...entriesOfSubfolders(inside, options.recursive));
    // Hidden names (`.draft.md`, macOS's `._article.md`, what `.github/` holds) are no articles, as a
    // shell's `*` and `ls` take them: left out, and named.
    const isHidden = (entry) => {
        const parts = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep);
        return parts.some((part) => part.startsWith('.')) && !(parts.length === 1 && options.takeHidden?.(entry.name));
    };
    const candidates = entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name));
    const hiddenEntries = new Set(candidates.filter(isHidden));
    const markdown = candidates.filter((entry) => !hiddenEntries.has(entry));
    for (const entry of markdown)
        if (entry.isSymbolicLink())
            checkLinkInside(path.join(entry.parentPath, entry.name), dir);
    const found = markdown.map((entry) => path.join(entry.parentPath, entry.name)).sort(byCodeUnits);
    const top = path.resolve(dir);
    const atTop = (file) => path.resolve(path.dirname(file)) === top;
    // Never read: a FIFO would hang the read. Named, so that nothing is left out without a word.
    const notFiles = entries
        .filter((entry) => !entry.isFile() && !entry.isSymbolicLink() && MARKDOWN.test(entry.name) && !(options.recursive && entry.isDirectory()))
        .map((entry) => ({ path: path.join(entry.parentPath, entry.name), kind: entryKind(entry) }))
        .filter((entry) => options.recursive || atTop(entry.path))
        .sort((a, b) => byCodeUnits(a.path, b.path));
    const hidden = [...hiddenEntries]
        .map((entry) => path.join(entry.parentPath, entry.name))
        .filter((file) => options.recursive || atTop(file))
        .sort(byCodeUnits);
    const listing = options.recursive
        ? { files: found, skipped: [], notFiles, hidden }
        : { files: found.filter(atTop), skipped: found.filter((file) => !atTop(file)), notFiles, hidden };
    if (listing.files.length === 0 && !options.emptyAllowed) {
        const notes = [
            ...(listing.skipped.length ? [`${listing.skipped.length} in subfolders`] : []),
            ...notFiles.map((entry) => `${path.relative(dir, entry.path)} is ${entry.kind}`),
            ...(hidden.length ? [`${hidden.length} hidden (named from a dot)`] : []),
        ];
        const inSubfolders = notes.length ? ` (${someNames(notes)})` : '';
        throw new LyfeError(`contains no .md files${inSubfolders}`, {
            file: dir,
            fix: !listing.skipped.length
                ? 'Put the markdown articles (*.md) in it, or point to the right folder'
                : (options.subfolderFix?.(listing.skipped) ?? 'Pass --recursive to take the files of its subfolders'),
        });
    }
    return listing;
}
/**
 * The entries of each subfolder among a folder's entries, and of theirs. Without `recursive` they are
 * only counted, for the warning that names the articles left in subfolders: a subfolder that cannot
 * be read (another user's, a cache a container left owned by root) is passed over, as a shell's `*`
 * passes it. With it, its articles are asked for, and the error names that subfolder.
 */
function entriesOfSubfolders(entries, recursive) {
    const lists = [];
    for (const entry of entries) {
        if (!entry.isDirectory())
            continue;
        const folder = path.join(entry.parentPath, entry.name);
        try {
            lists.push(fs.readdirSync(folder, { withFileTypes: true, recursive: true }));
        }
        catch (error) {
            if (!recursive)
                continue;
            const cause = error;
            throw new LyfeError(`cannot be read (${cause.code ?? cause.message}): with --recursive, every subfolder's articles are taken`, {
                file: cause.path ?? folder,
                fix: 'Check the folder permissions, or leave out --recursive to take only the articles directly inside the folder',
                cause: error,
            });
        }
    }
    return lists;
}
/**
 * A link among a folder's articles must lead to a file inside that folder, not a hidden one: one
 * leading anywhere else (`notes.md -> ../.git/config`, `notes.md -> .git/config`) would copy that
 * file into the package and send it to the model, which a folder of articles from a pull request
 * must not be able to do.
 */
function checkLinkInside(link, dir) {
    let target;
    try {
        target = fs.realpathSync(link);
    }
    catch (error) {
        const loop = error.code === 'ELOOP';
        throw new LyfeError(loop ? 'is a link that leads back to itself (a loop of links)' : 'is a link to a file that does not exist', {
            file: link,
            fix: 'Remove the link, or put the article itself in the folder',
            cause: error,
        });
    }
    const inside = fs.realpathSync(dir);
    if (!isWithin(inside, target)) {
        throw new LyfeError(`is a link to ${target}, outside ${dir}: a folder's articles are read from inside it only`, {
            file: link,
            fix: 'Copy the article into the folder instead of linking it, or give it by name with `preprocess file`',
        });
    }
    // Hidden files are no articles (`listMarkdownFiles`), linked or not: `.git/config` holds the token a
    // CI checkout keeps, which a folder given as `.` has inside it.
    if (path.relative(inside, target).split(path.sep).some((part) => part.startsWith('.'))) {
        throw new LyfeError(`is a link to ${target}, a hidden file (named from a dot or in a folder that is): a folder's articles are never read from those`, {
            file: link,
            fix: 'Copy the article into the folder instead of linking it, or give it by name with `preprocess file`',
        });
    }
}
/** The `.md` and `.markdown` files directly inside `dir`, sorted by name. */
export function listMarkdown(dir) {
    return listMarkdownFiles(dir).files;
}
/**
 * Reads every input before anything is written, and refuses two inputs that would write the same
 * outputs. Inputs already read (a stage checks them before it starts) are taken as they are:
 * parsing a template's YAML frontmatter is a stage's largest cost before its first call.
 */
export function readAllMarkdown(files, limits = {}) {
    const inputs = files.map((file) => (typeof file === 'string' ? readMarkdown(file, limits) : file));
    refuseSameNames(inputs, limits);
    return inputs;
}
/**
 * Refuses two inputs that would write the same outputs: of one name, or (but with `alikeNames`) of
 * names that differ only in letter case or accent encoding. Names only: nothing is read.
 */
export function refuseSameNames(inputs, limits = {}) {
    const keyOf = limits.alikeNames ? (name) => name : nameKey;
    const seen = new Map();
    for (const input of inputs) {
        const other = seen.get(keyOf(input.name));
        if (other !== undefined) {
            const alike = other.name === input.name ? '' : `, but for ${NAMES_ALIKE}`;
            throw new LyfeError(`has the same name as ${other.file}${alike}: both would write the same outputs${alike ? ' there' : ''}`, { file: input.file, fix: 'Rename one of them' });
        }
        seen.set(keyOf(input.name), input);
    }
}
/**
 * What an article's name is to the file systems of macOS and Windows, which tell neither letter
 * case nor Unicode's two encodings of an accented letter (NFC, NFD) apart: two articles whose names
 * differ only so would write the same outputs there, and a package holding both would lose one when
 * unpacked there. Read, the two look the same anyway.
 */
export const nameKey = (name) => name.normalize('NFC').toLowerCase();
/** How two names of one `nameKey` differ. */
export const NAMES_ALIKE = 'letter case or how its accents are encoded, which macOS and Windows do not tell apart';
