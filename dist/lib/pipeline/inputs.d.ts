/** A markdown file read and checked: its name without `.md`, its text, and its frontmatter. */
export interface MarkdownInput {
    file: string;
    /** The path the user gave, when `file` is a copy of it (`run` reads the copies in `01_raw`): what an error names. */
    given?: string;
    name: string;
    text: string;
    frontmatter: Record<string, unknown>;
    /** The text after the frontmatter. */
    body: string;
}
/**
 * Splits YAML frontmatter from the body. A text that opens with `---` but never closes it, or whose
 * YAML does not parse to a mapping, is an error: silently treating it as body would feed the
 * model a broken header. So is a TOML frontmatter, which is not read: taken as body, its lines
 * would become the lesson's text.
 */
export declare function parseFrontmatter(text: string, file?: string): {
    frontmatter: Record<string, unknown>;
    body: string;
};
/**
 * A frontmatter value written as text: a string, trimmed, or a number or boolean as it reads
 * (`title: 1984` is the book's title, which YAML parses as a number); undefined for anything else
 * or an empty string.
 */
export declare function frontmatterText(value: unknown): string | undefined;
/** Name of a markdown file without its folder and `.md` (or `.markdown`). */
export declare function markdownName(file: string): string;
export interface ReadLimits {
    /** Refuse files larger than this many bytes; no limit when undefined. */
    maxBytes?: number;
    /**
     * Take names that differ only in letter case or accent encoding (`nameKey`): files a package
     * already holds side by side, made where they were told apart (`replay` of an older lyfe-kt's).
     */
    alikeNames?: boolean;
}
/** Reads one markdown input, with an error naming the file and the fix for each way it can be unusable. */
export declare function readMarkdown(file: string, limits?: ReadLimits): MarkdownInput;
export interface MarkdownListing {
    files: string[];
    /** Markdown files in subfolders, left out without `recursive`. */
    skipped: string[];
    /**
     * Entries named like articles that are not files (a folder `notes.md`, a FIFO), left out: each
     * with what it is. A folder is one only without `recursive`, which takes its files.
     */
    notFiles: {
        path: string;
        kind: string;
    }[];
    /** Markdown files whose name, or a folder's below `dir`, starts with a dot, left out. */
    hidden: string[];
}
export interface ListingOptions {
    /** Takes the files of the subfolders as well. */
    recursive?: boolean;
    /** What to do when every file is in a subfolder, by default to pass --recursive (which only preprocess and run have). */
    subfolderFix?: (skipped: readonly string[]) => string;
    /** Which hidden names directly inside `dir` are taken all the same: those lyfe-kt wrote itself (a hidden article's template). */
    takeHidden?: (name: string) => boolean;
    /** A listing with no file is returned, not refused: the caller wants files of its own kind (`generate directory`, templates) and says what is missing. */
    emptyAllowed?: boolean;
}
/**
 * The `.md` and `.markdown` files inside `dir`, sorted by path (code point order, the same on every
 * machine): those directly inside it, or with `recursive` those of its subfolders as well.
 */
export declare function listMarkdownFiles(dir: string, options?: ListingOptions): MarkdownListing;
/** The `.md` and `.markdown` files directly inside `dir`, sorted by name. */
export declare function listMarkdown(dir: string): string[];
/**
 * Reads every input before anything is written, and refuses two inputs that would write the same
 * outputs. Inputs already read (a stage checks them before it starts) are taken as they are:
 * parsing a template's YAML frontmatter is a stage's largest cost before its first call.
 */
export declare function readAllMarkdown(files: readonly (string | MarkdownInput)[], limits?: ReadLimits): MarkdownInput[];
/**
 * Refuses two inputs that would write the same outputs: of one name, or (but with `alikeNames`) of
 * names that differ only in letter case or accent encoding. Names only: nothing is read.
 */
export declare function refuseSameNames(inputs: readonly Pick<MarkdownInput, 'file' | 'name'>[], limits?: Pick<ReadLimits, 'alikeNames'>): void;
/**
 * What an article's name is to the file systems of macOS and Windows, which tell neither letter
 * case nor Unicode's two encodings of an accented letter (NFC, NFD) apart: two articles whose names
 * differ only so would write the same outputs there, and a package holding both would lose one when
 * unpacked there. Read, the two look the same anyway.
 */
export declare const nameKey: (name: string) => string;
/** How two names of one `nameKey` differ. */
export declare const NAMES_ALIKE = "letter case or how its accents are encoded, which macOS and Windows do not tell apart";
