export const id = 787;
export const ids = [787];
export const modules = {

/***/ 787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkRunner: () => (/* binding */ checkRunner),
  isGhes: () => (/* binding */ isGhes),
  packagesIn: () => (/* binding */ packagesIn),
  setupFromSteps: () => (/* binding */ setupFromSteps),
  setupOutputs: () => (/* binding */ setupOutputs),
  setupRun: () => (/* binding */ setupRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
;// CONCATENATED MODULE: ./dist/lib/files.js



/** Whether `target` is `dir` or inside it (paths resolved, not followed). */
function isWithin(dir, target) {
    const relative = external_node_path_.relative(external_node_path_.resolve(dir), external_node_path_.resolve(target));
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(relative));
}
/**
 * The temporary file of a `writeFileAtomic` that did not finish (its process was killed before the
 * rename): half a file, never one of a run's outputs.
 */
const UNFINISHED_WRITE = /^\.lyfe-kt-[0-9a-f-]{36}\.tmp$/;
/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a
 * file. The folder is made only when the write finds it missing: a run writes hundreds of outputs
 * into one folder, and making sure of it before each write costs system calls every time.
 */
function files_writeFileAtomic(file, content) {
    const dir = path.dirname(file);
    // Not named after the file: a name near the file system's limit would leave no room for the rest.
    // The global Web Crypto: `node:crypto` is loaded at the first write, not by every command that imports this.
    const temp = path.join(dir, `.lyfe-kt-${crypto.randomUUID()}.tmp`);
    try {
        try {
            fs.writeFileSync(temp, content);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw error;
            makeFolder(file, dir);
            fs.writeFileSync(temp, content);
        }
        fs.renameSync(temp, file);
    }
    catch (error) {
        // Best effort: where the folder could not be made, there is no temporary file to remove either.
        try {
            fs.rmSync(temp, { force: true });
        }
        catch {
            // the write's error is the one to report
        }
        if (error instanceof LyfeError)
            throw error;
        const code = error.code;
        // A folder at the file's path (the rename onto it fails), and a full disk, are not a permission.
        const folderThere = code === 'EISDIR';
        const fix = folderThere ? 'Move that folder away (or remove it), then run again' : code === 'ENOSPC' || code === 'EDQUOT' ? 'Free space on its disk, then run again' : 'Check that the output folder is writable';
        throw new LyfeError(`cannot be written (${code ?? error.message})${folderThere ? ': a folder is at its path' : ''}`, { file, fix, cause: error });
    }
}
function makeFolder(file, dir) {
    try {
        fs.mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        throw new LyfeError(`cannot be written: its folder cannot be made (${error.code ?? error.message})`, {
            file,
            fix: `Check that ${dir} is a folder you can write, not a file`,
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./dist/lib/session/id.js
var id = __webpack_require__(8194);
;// CONCATENATED MODULE: ./dist/lib/session/store.js





/** The file in a work folder that carries its session from one stage's process to the next. */
const SESSION_FILE = '.lyfe-kt-session.json';
/** A package's manifest, whose digest names the package (see `PackagedMark`). */
const MANIFEST_FILE = 'manifest.json';
/**
 * Whether the package `mark` names is in place: its manifest has the mark's digest. A packaging
 * stopped before its rename, or a package removed since, leaves a mark with none.
 */
function markedPackageThere(mark) {
    try {
        return JSON.parse(fs.readFileSync(path.join(mark.path, MANIFEST_FILE), 'utf8')).digest === mark.digest;
    }
    catch {
        return false;
    }
}
/** The work folder's session; undefined only when it has no session file. */
function readWorkSession(workDir) {
    const file = path.join(workDir, SESSION_FILE);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new LyfeError(`the session file cannot be read (${code ?? error.message})`, {
            file,
            fix: `Make it a file you can read and write (\`ls -l ${file}\`); it names the session of the work folder's run`,
            cause: error,
        });
    }
    try {
        const parsed = JSON.parse(text);
        assertSessionId(parsed.session_id, `session in ${file}`);
        return parsed;
    }
    catch (error) {
        throw new DamagedSessionFile(file, error);
    }
}
/** The session file of a work folder holds no session id: `--session` replaces it, deleting it starts anew. */
class DamagedSessionFile extends errors/* LyfeError */.L0 {
    constructor(file, cause) {
        super('the session file is damaged', {
            file,
            fix: `Pass --session <id> to continue a known session (\`lyfe-kt logs --list\` lists them), or delete it (\`rm ${file}\`) to start a new one`,
            cause,
        });
    }
}
/** Writes the work folder's session with `packaged` (or without it, when undefined): see `WorkSession.packaged`. */
function markWorkSession(workDir, session, packaged) {
    writeWorkSession(workDir, { session_id: session.session_id, started_at: session.started_at, ...(packaged && { packaged }) });
}
function writeWorkSession(workDir, session) {
    writeFileAtomic(path.join(workDir, SESSION_FILE), `${JSON.stringify(session)}\n`);
}
function clearWorkSession(workDir) {
    fs.rmSync(path.join(workDir, SESSION_FILE), { force: true });
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it. The session of files kept by `package --keep-work`
 * is joined only with `joinKept` (a `package` naming it, to package them again).
 */
function resolveSession(workDir, options = {}) {
    // A damaged session file is replaced by the session given: that is the way out it advises.
    const existing = options.fresh ? undefined : options.override ? readSessionOrDamaged(workDir) : readWorkSession(workDir);
    const mark = existing?.packaged;
    const there = mark !== undefined && markedPackageThere(mark);
    if (existing && mark?.keep_work && there) {
        if (!options.joinKept)
            throw new KeptWork(workDir, existing);
    }
    else if (mark && !there) {
        throw new PackageNotThere(workDir, mark);
    }
    else if (mark) {
        throw new LyfeError(`the work folder's run was packaged into ${mark.path}, but the work folder was not emptied`, {
            file: workDir,
            fix: 'Run `lyfe-kt package` to finish emptying it (it makes no second package), then run the stage again',
        });
    }
    let resolved;
    if (options.override) {
        const id = assertSessionId(options.override);
        // The run the work folder holds is its session's: in another session its files would be packaged
        // under that session's records, and its own records never (`package` refuses a session not the work folder's).
        if (existing && !existing.packaged && existing.session_id !== id)
            throw new OtherSessionsRun(workDir, existing, id);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else {
        resolved = existing ? { session: existing, started: false } : { session: { session_id: newSessionId(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}
/** The folders `--work-dir` and `--log-dir` (and the API's `workDir` and `logDir`) default to. */
const DEFAULT_WORK_DIR = 'work';
const DEFAULT_LOG_DIR = 'logs';
/** `lyfe-kt package`, with `--work-dir` when the work folder is not the default one. */
const packageCommand = (workDir) => `lyfe-kt package${external_node_path_.resolve(workDir) === external_node_path_.resolve(DEFAULT_WORK_DIR) ? '' : ` --work-dir ${workDir}`}`;
/**
 * The work folder holds the files of a run packaged with `--keep-work` (its session file says so):
 * a new run there would be packaged with them.
 */
class KeptWork extends errors/* LyfeError */.L0 {
    constructor(workDir, session) {
        super(`the work folder holds the files of session ${session.session_id}, kept by \`lyfe-kt package --keep-work\` when it packaged them into ${session.packaged.path}`, {
            file: workDir,
            fix: `Give another --work-dir, or empty this one with \`${packageCommand(workDir)}\` (without --keep-work: it removes the files that package holds, and makes no second package), then run again`,
        });
    }
}
/** `--session` / `LYFE_KT_SESSION` names another session than the one of the run the work folder holds, not yet packaged. */
class OtherSessionsRun extends errors/* LyfeError */.L0 {
    constructor(workDir, session, given) {
        super(`the work folder holds a run of session ${session.session_id} that was not packaged, not of session ${given}`, {
            file: workDir,
            fix: `Package that run first (\`${packageCommand(workDir)}\`), give this stage another --work-dir, or continue that run with --session ${session.session_id}`,
        });
    }
}
/** The work folder's session file names a package that is not in place: its packaging was stopped before the rename, or the package removed since. */
class PackageNotThere extends errors/* LyfeError */.L0 {
    constructor(workDir, mark) {
        super(`the work folder's run was being packaged into ${mark.path}, which is not there: the packaging was stopped, or the package removed since`, {
            file: workDir,
            fix: `Run \`${packageCommand(workDir)}\` to package the run, then run again`,
        });
    }
}
/** The work folder's session, or undefined when its file is missing or damaged (not when it cannot be read). */
function readSessionOrDamaged(workDir) {
    try {
        return readWorkSession(workDir);
    }
    catch (error) {
        if (error instanceof DamagedSessionFile)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./dist/lib/package/constants.js
/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
const WorkFolders = {
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
const NOT_WRITTEN_BY_SESSION = 'packaged from the work folder, not written by this session';
/** The work folders in the order they are listed. */
const WorkFolderNames = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output, WorkFolders.reports];
const LOGS_DIR = 'logs';
// Defined with the work folder's session, which checks a package is in place by it.

/** Files of `logs/`. The first four are the PRD's; the `*.jsonl` hold the same records for tools. */
const LogFiles = {
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
const ARCHIVE_FILE = 'records.tar.gz';
const ArchivedLogFiles = [LogFiles.promptsAudit, LogFiles.processing, LogFiles.processingRecords, LogFiles.promptRecords];
/** Logs at least this large are compressed even without `--compress`. */
const AUTO_COMPRESS_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));

;// CONCATENATED MODULE: ./dist/lib/pipeline/limits.js
/**
 * The mobile limits of supertask schema v1.1, in one place for the code that writes to them (the
 * offline provider) and the code that scores against them (metrics). A test holds them equal to
 * `schema/supertask_schema_v1.1.json`, so the two cannot drift apart.
 */
const MobileLimits = {
    items: { min: 3, max: 8 },
    duration: { min: 180, max: 600 },
    content: { min: 50, max: 300 },
    tip: { min: 20, max: 150 },
    tips: { min: 0, max: 5 },
    quote: { min: 20, max: 200 },
    author: { min: 1, max: 100 },
    question: { min: 15, max: 120 },
    option: { min: 3, max: 60 },
    options: { min: 2, max: 5 },
    explanation: { min: 30, max: 250 },
    title: { min: 1, max: 200 },
};
/** A text's length as the schema counts it (JSON Schema `maxLength`): in characters, an emoji one, not its two UTF-16 units. */
function textLength(text) {
    let length = 0;
    for (const _ of text)
        length++;
    return length;
}
function within(length, range) {
    return length >= range.min && length <= range.max;
}
const DIMENSIONS = (/* unused pure expression or super */ null && (['physicalHealth', 'mentalHealth', 'relationships', 'work', 'spirituality']));
const ARCHETYPES = (/* unused pure expression or super */ null && (['warrior', 'explorer', 'sage', 'ruler']));
const LEVELS = ['beginner', 'advanced'];

;// CONCATENATED MODULE: ./dist/lib/package/title.js


/**
 * The longest title in UTF-8 bytes: with the date, a same-minute suffix and the hidden assembly
 * folder's marks, a package's folder name stays far below the 255 bytes file systems allow.
 */
const MAX_TITLE_BYTES = 80;
/**
 * Anything but letters, digits, `.`, `_` and `-`: path separators, characters reserved on some
 * platforms, control characters and what a shell reads (`$(...)`, backticks, `;`, `&`, quotes, spaces).
 */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const EDGES = /^[._-]+|[._-]+$/g;
/** Made when first needed: a segmenter costs tens of milliseconds to make, and most titles fit. */
let graphemes;
/** The longest prefix of `text` of at most `max` UTF-8 bytes that ends on a character boundary (no emoji cut in two). */
function capBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let out = '';
    let bytes = 0;
    for (const { segment } of graphemes.segment(text)) {
        bytes += Buffer.byteLength(segment);
        if (bytes > max)
            break;
        out += segment;
    }
    return out;
}
/**
 * A title made safe as a folder name and a shell word: only letters, digits, `.`, `_` and `-`, every
 * other run of characters becomes `-`, at most MAX_TITLE_BYTES bytes. Throws when nothing usable is left.
 */
function sanitizeTitle(title) {
    const collapsed = title
        .normalize('NFC')
        .replace(UNSAFE, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(EDGES, '');
    const safe = capBytes(collapsed, MAX_TITLE_BYTES).replace(EDGES, '');
    if (!safe) {
        throw new errors/* LyfeError */.L0(`the package title ${JSON.stringify(title)} has no usable characters`, {
            fix: 'Give a title made of letters, digits, "-" or "_"',
            exitCode: errors/* ExitCode */.yU.usage,
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
const DEFAULT_TITLE = 'content';
/** `YYYY-MM-DD-HH-MM`, in UTC like session ids. */
function minuteStamp(now) {
    const iso = now.toISOString();
    return `${iso.slice(0, 10)}-${iso.slice(11, 13)}-${iso.slice(14, 16)}`;
}
/** The level that ends the name of a generated supertask (`_beginner`, `_advanced`). */
const OUTPUT_LEVEL = new RegExp(`_(?:${LEVELS.join('|')})$`);
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions, levels and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
function packageTitle(given, outputNames) {
    if (given !== undefined)
        return sanitizeTitle(given);
    // Outputs are named `<source>_filled_template_<level>.json`: the source name is the title, also
    // when a single output is left (its other level's call failed).
    const stems = outputNames.map((name) => name.replace(/\.[^.]*$/, '').replace(OUTPUT_LEVEL, '')).sort();
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
function packageFolderName(title, now, attempt = 1) {
    const base = `${title}-${minuteStamp(now)}`;
    return attempt === 1 ? base : `${base}-${attempt}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./dist/lib/records/values.js
/** Readers of the loosely typed values records and package JSON carry (`data`, `metadata.json`), and their plain renderings. */
/** A finite number, else null. */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** A count of tokens: a whole number, not negative, else null (a server's `"1000"`, `1000.5` or `-1` says no count). */
const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null);
/** A usage's total tokens: its `total_tokens`, else (some compatible servers leave it out) prompt plus completion. */
const totalTokens = (usage) => count(usage.total_tokens) ?? (count(usage.prompt_tokens) ?? 0) + (count(usage.completion_tokens) ?? 0);
/** A non-empty string, else null. */
const str = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** Four decimals: shares and deltas that are not quality metrics (those have `records/quality.ts`). */
const round4 = (value) => Math.round(value * 10_000) / 10_000;
/** Strings in code-unit order: the same on every machine, whatever its locale, and without loading ICU's collation. */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * A count with thousands separators, `12345` → `12,345`: the text of `toLocaleString('en-US')`,
 * without loading ICU's number formats, which the first call in a process does (11 ms and more,
 * a large part of packaging a small run). Counts are whole numbers; anything else goes to ICU.
 */
const countText = (n) => (Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US'));
/** `1 file`, `2 files`, `1,200 supertasks`: a count with its noun. */
const plural = (n, one, many = `${one}s`) => `${countText(n)} ${n === 1 ? one : many}`;

;// CONCATENATED MODULE: ./dist/lib/pipeline/inputs.js






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
function parseFrontmatter(text, file) {
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
function frontmatterText(value) {
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    return text || undefined;
}
/** What a markdown file's name ends with. */
const MARKDOWN = /\.(md|markdown)$/i;
/** Name of a markdown file without its folder and `.md` (or `.markdown`). */
function markdownName(file) {
    return path.basename(file).replace(MARKDOWN, '');
}
/** Reads one markdown input, with an error naming the file and the fix for each way it can be unusable. */
function readMarkdown(file, limits = {}) {
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
function listMarkdownFiles(dir, options = {}) {
    let inside;
    try {
        inside = external_node_fs_.readdirSync(dir, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* LyfeError */.L0('no such directory', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
        if (code === 'ENOTDIR')
            throw new errors/* LyfeError */.L0('is a file, not a directory', { file: dir, fix: 'Give the folder that holds the articles; for one file, use `preprocess file` or `generate file`' });
        throw new errors/* LyfeError */.L0(`cannot be read (${code ?? error.message})`, { file: dir, fix: 'Check the folder permissions', cause: error });
    }
    const entries = inside.concat(...entriesOfSubfolders(inside, options.recursive));
    // Hidden names (`.draft.md`, macOS's `._article.md`, what `.github/` holds) are no articles, as a
    // shell's `*` and `ls` take them: left out, and named.
    const isHidden = (entry) => {
        const parts = external_node_path_.relative(dir, external_node_path_.join(entry.parentPath, entry.name)).split(external_node_path_.sep);
        return parts.some((part) => part.startsWith('.')) && !(parts.length === 1 && options.takeHidden?.(entry.name));
    };
    const candidates = entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name));
    const hiddenEntries = new Set(candidates.filter(isHidden));
    const markdown = candidates.filter((entry) => !hiddenEntries.has(entry));
    for (const entry of markdown)
        if (entry.isSymbolicLink())
            checkLinkInside(external_node_path_.join(entry.parentPath, entry.name), dir);
    const found = markdown.map((entry) => external_node_path_.join(entry.parentPath, entry.name)).sort(byCodeUnits);
    const top = external_node_path_.resolve(dir);
    const atTop = (file) => external_node_path_.resolve(external_node_path_.dirname(file)) === top;
    // Never read: a FIFO would hang the read. Named, so that nothing is left out without a word.
    const notFiles = entries
        .filter((entry) => !entry.isFile() && !entry.isSymbolicLink() && MARKDOWN.test(entry.name) && !(options.recursive && entry.isDirectory()))
        .map((entry) => ({ path: external_node_path_.join(entry.parentPath, entry.name), kind: entryKind(entry) }))
        .filter((entry) => options.recursive || atTop(entry.path))
        .sort((a, b) => byCodeUnits(a.path, b.path));
    const hidden = [...hiddenEntries]
        .map((entry) => external_node_path_.join(entry.parentPath, entry.name))
        .filter((file) => options.recursive || atTop(file))
        .sort(byCodeUnits);
    const listing = options.recursive
        ? { files: found, skipped: [], notFiles, hidden }
        : { files: found.filter(atTop), skipped: found.filter((file) => !atTop(file)), notFiles, hidden };
    if (listing.files.length === 0 && !options.emptyAllowed) {
        const notes = [
            ...(listing.skipped.length ? [`${listing.skipped.length} in subfolders`] : []),
            ...notFiles.map((entry) => `${external_node_path_.relative(dir, entry.path)} is ${entry.kind}`),
            ...(hidden.length ? [`${hidden.length} hidden (named from a dot)`] : []),
        ];
        const inSubfolders = notes.length ? ` (${(0,errors/* someNames */.Xq)(notes)})` : '';
        throw new errors/* LyfeError */.L0(`contains no .md files${inSubfolders}`, {
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
        const folder = external_node_path_.join(entry.parentPath, entry.name);
        try {
            lists.push(external_node_fs_.readdirSync(folder, { withFileTypes: true, recursive: true }));
        }
        catch (error) {
            if (!recursive)
                continue;
            const cause = error;
            throw new errors/* LyfeError */.L0(`cannot be read (${cause.code ?? cause.message}): with --recursive, every subfolder's articles are taken`, {
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
        target = external_node_fs_.realpathSync(link);
    }
    catch (error) {
        const loop = error.code === 'ELOOP';
        throw new errors/* LyfeError */.L0(loop ? 'is a link that leads back to itself (a loop of links)' : 'is a link to a file that does not exist', {
            file: link,
            fix: 'Remove the link, or put the article itself in the folder',
            cause: error,
        });
    }
    const inside = external_node_fs_.realpathSync(dir);
    if (!isWithin(inside, target)) {
        throw new errors/* LyfeError */.L0(`is a link to ${target}, outside ${dir}: a folder's articles are read from inside it only`, {
            file: link,
            fix: 'Copy the article into the folder instead of linking it, or give it by name with `preprocess file`',
        });
    }
    // Hidden files are no articles (`listMarkdownFiles`), linked or not: `.git/config` holds the token a
    // CI checkout keeps, which a folder given as `.` has inside it.
    if (external_node_path_.relative(inside, target).split(external_node_path_.sep).some((part) => part.startsWith('.'))) {
        throw new errors/* LyfeError */.L0(`is a link to ${target}, a hidden file (named from a dot or in a folder that is): a folder's articles are never read from those`, {
            file: link,
            fix: 'Copy the article into the folder instead of linking it, or give it by name with `preprocess file`',
        });
    }
}
/** The `.md` and `.markdown` files directly inside `dir`, sorted by name. */
function listMarkdown(dir) {
    return listMarkdownFiles(dir).files;
}
/**
 * Reads every input before anything is written, and refuses two inputs that would write the same
 * outputs. Inputs already read (a stage checks them before it starts) are taken as they are:
 * parsing a template's YAML frontmatter is a stage's largest cost before its first call.
 */
function readAllMarkdown(files, limits = {}) {
    const inputs = files.map((file) => (typeof file === 'string' ? readMarkdown(file, limits) : file));
    refuseSameNames(inputs, limits);
    return inputs;
}
/**
 * Refuses two inputs that would write the same outputs: of one name, or (but with `alikeNames`) of
 * names that differ only in letter case or accent encoding. Names only: nothing is read.
 */
function refuseSameNames(inputs, limits = {}) {
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
const nameKey = (name) => name.normalize('NFC').toLowerCase();
/** How two names of one `nameKey` differ. */
const NAMES_ALIKE = 'letter case or how its accents are encoded, which macOS and Windows do not tell apart';

// EXTERNAL MODULE: ./dist/lib/action/constants.js
var constants = __webpack_require__(6706);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./dist/lib/action/names.js



/** `owner/repo/.github/workflows/ci.yml@refs/...` -> `.github/workflows/ci.yml`. */
function workflowFileOf(ref, repository) {
    if (!ref)
        return '';
    const withoutRef = ref.replace(/@[^@]*$/, '');
    return repository && withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}
function runIdentityFrom(env, key) {
    const missing = ['GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new Error(`${missing.join(', ')} not set: this action runs inside a GitHub Actions job`);
    }
    return {
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        workflow: workflowFileOf(env.GITHUB_WORKFLOW_REF, env.GITHUB_REPOSITORY),
        job: env.GITHUB_JOB,
        key: key.trim(),
        checkRunId: (env.LYFE_KT_CHECK_RUN_ID ?? '').trim(),
    };
}
/** `gha_<run id>_<attempt>`, plus the job key when one is given. */
function sessionIdOf(identity) {
    return (0,id/* actionsSessionId */.Hr)(identity.runId, identity.runAttempt, identity.key || undefined);
}
/** Characters an artifact name may not hold, and `-` runs they leave. */
const NOT_IN_ARTIFACT_NAME = /["':<>|*?\\/\r\n\s]+/g;
/** Artifact names are kept well inside what the service and the zip download's file name accept. */
const ARTIFACT_NAME_MAX = 128;
const cleanArtifactName = (text) => text.replace(NOT_IN_ARTIFACT_NAME, '-');
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 8);
/** `ci` for `.github/workflows/ci.yml`. */
const workflowStem = (workflow) => workflow.split('/').at(-1).replace(/\.ya?ml$/, '');
/** How the package artifacts of run attempt `identity` begin. */
function artifactPrefixOf(identity) {
    return `${ARTIFACT_PREFIX}-${identity.runId}-${identity.runAttempt}-`;
}
/**
 * Whether artifact `name` of run attempt `identity` is the package of job `job` of its workflow
 * whose session is `sessionId`. After the workflow and the job, a name holds the job's key and
 * the check run; the key is the session's (`gha_<run>_<attempt>_<key>`), which tells job `en`
 * with key `pt-matrix-0` from job `en-pt` with key `matrix-0`. The name is made again from them
 * first (so a name cut to the length limit, with its hash, is recognised); else a name not cut is
 * read part by part, since the session holds its key as cleaned (`sessionKeyOf`).
 */
function isArtifactOfJob(name, identity, job, sessionId) {
    const key = /^gha_\d+_\d+_(.+)$/.exec(sessionId)?.[1] ?? '';
    if (isNameOf(name, { ...identity, job, key }))
        return true;
    if (name.length >= ARTIFACT_NAME_MAX)
        return false;
    const stem = `${artifactPrefixOf(identity)}${[identity.workflow && workflowStem(identity.workflow), job].filter(Boolean).map(cleanArtifactName).join('-')}`;
    if (name !== stem && !name.startsWith(`${stem}-`))
        return false;
    const rest = name.slice(stem.length + 1);
    // Cleaned twice (for the name, then as a session's), a run of other characters may leave two dashes.
    const plain = (text) => text.replace(/-+/g, '-');
    return [rest, rest.replace(/(^|-)\d+$/, '')].some((text) => plain(sessionKeyOf(text)) === plain(key));
}
/**
 * Unique within the run: run id, attempt, workflow, job, key and check run. Over the limit, the
 * middle parts are cut and a hash of the whole name keeps it unique.
 */
function artifactNameOf(identity) {
    const head = `${ARTIFACT_PREFIX}-${identity.runId}-${identity.runAttempt}`;
    const middle = [identity.workflow && workflowStem(identity.workflow), identity.job, identity.key].filter(Boolean).map(cleanArtifactName).join('-');
    const tail = identity.checkRunId ? `-${cleanArtifactName(identity.checkRunId)}` : '';
    const name = `${head}-${middle}${tail}`;
    if (name.length <= ARTIFACT_NAME_MAX)
        return name;
    const hash = `-${shortHash(name)}`;
    return `${head}-${middle.slice(0, ARTIFACT_NAME_MAX - head.length - 1 - tail.length - hash.length)}${hash}${tail}`;
}
/**
 * Whether `name` is the package artifact that this job (its workflow, job and key) uploaded in run
 * `runId`, and in which attempt; null when it is another job's or not a package. The name is made
 * again with that run, attempt and check run (the name's last number, when it has one) and must
 * come out the same, so a long name cut with a hash is recognised too.
 */
function packageArtifactAttempt(name, identity, runId) {
    const attempt = new RegExp(`^${ARTIFACT_PREFIX}-${runId}-(\\d+)-`).exec(name)?.[1];
    if (!attempt)
        return null;
    return isNameOf(name, { ...identity, runId, runAttempt: attempt }) ? Number(attempt) : null;
}
/** Whether `name` is `identity`'s artifact name, made again without a check run or with the name's last number as one (a name cut with a hash included). */
function isNameOf(name, identity) {
    const checkRunId = /-(\d+)$/.exec(name)?.[1];
    return artifactNameOf({ ...identity, checkRunId: '' }) === name || (checkRunId !== undefined && artifactNameOf({ ...identity, checkRunId }) === name);
}
/** What a comment marker may hold: nothing that ends the HTML comment or breaks the line. */
const markerSafe = (text) => text.replace(/[^A-Za-z0-9._/-]+/g, '_').replace(/-{2,}/g, '_').slice(0, 200);
/**
 * The hidden first line of this job's pull-request comment. It holds no run id and no check run,
 * so that every run of the same workflow, job and key finds, and updates, the same comment.
 */
function commentMarkerOf(identity) {
    return `<!-- lyfe-kt:summary workflow=${markerSafe(identity.workflow)} job=${markerSafe(identity.job)} key=${markerSafe(identity.key)} -->`;
}

;// CONCATENATED MODULE: ./dist/lib/action/setup.js
/**
 * The setup step: the session, its folders and the checked settings of the run. They reach the
 * later steps as setup's outputs (the stage steps through `steps.setup.outputs.*`, the report step
 * through `toJSON(steps)`), so the inputs are read in one place.
 */









/**
 * GitHub Enterprise Server, where the artifact client refuses to upload. GitHub.com and GHE.com
 * (data residency) have the service; the test is the artifact client's own.
 */
function isGhes(env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.GHE.LOCALHOST');
}
/** `>=20.19` -> [20, 19]. */
function minimumOf(engines) {
    const match = /^>=\s*(\d+)(?:\.(\d+))?/.exec(engines.trim());
    if (!match)
        throw new Error(`package.json: engines.node ${JSON.stringify(engines)} is not of the form >=MAJOR.MINOR`);
    return [Number(match[1]), Number(match[2] ?? 0)];
}
/**
 * The runner this step runs on: the Node the steps run on must be one the bundles support
 * (`engines` in the action's own package.json). A Windows runner never gets here: the action's
 * first step refuses it (action.yml).
 */
function checkRunner(nodeVersion, actionPath) {
    const manifest = external_node_path_.join(actionPath, 'package.json');
    const engines = JSON.parse(external_node_fs_.readFileSync(manifest, 'utf8')).engines?.node;
    if (!engines)
        throw new Error(`${manifest} names no engines.node: is the action's checkout intact?`);
    const [major, minor] = minimumOf(engines);
    const [haveMajor, haveMinor] = nodeVersion.split('.').map(Number);
    if (haveMajor < major || (haveMajor === major && haveMinor < minor)) {
        throw new Error(`the runner's Node is ${nodeVersion}; the action needs Node ${engines}: update the runner (v2.327.1 or newer ships Node 24)`);
    }
}
/** Package folders (those with a manifest) at `folder` or up to `depth` folders below it. */
function packagesIn(folder, depth) {
    if (external_node_fs_.existsSync(external_node_path_.join(folder, MANIFEST_FILE)))
        return [folder];
    if (depth === 0)
        return [];
    return external_node_fs_.readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => packagesIn(external_node_path_.join(folder, entry.name), depth - 1));
}
/**
 * The package to report: the folder given, or the one package in it. `actions/download-artifact`
 * puts an artifact's files in `<path>/<artifact name>/` when given a pattern, and the artifact's
 * top level is the package's own folder, so the package is up to two folders down.
 */
function reportPackageOf(given) {
    if (!given)
        return '';
    const folder = external_node_path_.resolve(given);
    let found;
    try {
        found = packagesIn(folder, 2);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOTDIR')
            throw new Error(`input report-package: ${folder} is a file, not a folder; give the folder the artifact was downloaded to (actions/download-artifact unzips it)`, { cause: error });
        if (code !== 'ENOENT')
            throw error;
        throw new Error(`input report-package: ${folder} does not exist; give the folder the artifact was downloaded to`);
    }
    if (found.length === 1)
        return found[0];
    if (found.length === 0)
        throw new Error(`input report-package: ${folder} holds no package (no ${MANIFEST_FILE}); give the folder the artifact was downloaded to`);
    throw new Error(`input report-package: ${folder} holds ${found.length} packages; download one artifact, or give the folder of one package`);
}
/**
 * Jobs of one matrix share GITHUB_JOB: without a `job-key`, each entry is told apart by its index
 * (`strategy.job-index`, stable across re-runs), so their sessions, artifacts and comments differ.
 */
function matrixKeyOf(env) {
    const total = Number(env.LYFE_KT_JOB_TOTAL);
    return Number.isInteger(total) && total > 1 && env.LYFE_KT_JOB_INDEX ? `matrix-${env.LYFE_KT_JOB_INDEX}` : '';
}
/** What GitHub's artifact service refuses in a file's path (`@actions/artifact`'s own list). */
const NOT_IN_ARTIFACT_PATHS = /["*:<>?|\r\n]/;
/**
 * The articles the stages will take from content-path, checked before any model call is paid for.
 * Without `recursive` the stages take the articles directly inside it, and a folder whose articles
 * are all in subfolders would fail the preprocess step telling the user to pass `--recursive`: refused
 * here, naming the `recursive` input. The package's files are named after the articles, and with
 * `upload` an article whose name the artifact service refuses would fail the upload after every
 * call: refused too. Any other problem of the folder is left to the preprocess step, which says why.
 */
function checkContentFolder(contentDir, { recursive, upload }) {
    let files = [];
    let inSubfolders = [];
    try {
        files = listMarkdownFiles(contentDir, {
            recursive,
            subfolderFix: (skipped) => {
                inSubfolders = skipped;
                return '';
            },
        }).files;
    }
    catch (error) {
        if (!(error instanceof errors/* LyfeError */.L0))
            throw error;
    }
    if (inSubfolders.length > 0) {
        throw new Error(`input content-path: ${contentDir} holds its articles in subfolders only (${(0,errors/* someNames */.Xq)(inSubfolders)}): the action takes the .md files directly inside content-path. Set recursive: true to take the articles of its subfolders as well, or give a subfolder as content-path`);
    }
    // The packages name each article by its file name alone, wherever it sits below content-path.
    const refused = upload ? files.map((file) => external_node_path_.basename(file)).filter((name) => NOT_IN_ARTIFACT_PATHS.test(name)) : [];
    if (refused.length === 0)
        return;
    throw new Error(`${refused.map((name) => JSON.stringify(name)).join(', ')} in ${contentDir}: GitHub artifacts refuse a file name holding " * : < > ? | or a line break, and the package's files are named after the articles. Rename ${refused.length === 1 ? 'it' : 'them'}, or set upload-artifact: false`);
}
function setupRun(inputs, env, workingDirectory) {
    if (inputs.mode === 'merge' && (inputs.contentPath || inputs.reportPackage || inputs.shard)) {
        throw new Error('mode: merge takes the shard packages of this workflow run: give it no content-path, report-package, shard-index or shard-total');
    }
    if (inputs.shardJob && inputs.mode !== 'merge')
        throw new Error('input shard-job names the sharded job whose packages a `mode: merge` job merges: give it with mode: merge only');
    if (inputs.shard && !inputs.contentPath)
        throw new Error('inputs shard-index and shard-total need content-path: the folder whose shard this job runs');
    if (inputs.mode !== 'merge' && !inputs.contentPath && !inputs.reportPackage)
        throw new Error('input content-path is required: the folder of the articles (or give report-package to report an earlier run)');
    if (inputs.contentPath && inputs.reportPackage)
        throw new Error('give content-path (run the pipeline) or report-package (report an earlier run), not both');
    // A title the CLI would refuse fails here, before any model call was paid for.
    if (inputs.title)
        sanitizeTitle(inputs.title);
    const budgets = inputs.budgets ?? {};
    const budgetNames = Object.keys(budgets).map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    if (budgetNames.length && !inputs.compareWith) {
        throw new Error(`input ${budgetNames.join(', ')} needs compare-with (base, or a branch, tag or SHA): a budget is checked against a base run`);
    }
    // Both read packages from artifacts, and on GitHub Enterprise Server the action uploads none: said here, before any model call.
    if (isGhes(env) && inputs.mode === 'merge') {
        throw new Error('mode: merge takes the shard jobs\' package artifacts, and on GitHub Enterprise Server the action uploads none: download the shard packages (`package-path` of each shard job) with an artifact action your server supports, and merge them with `npx lyfe-kt merge`');
    }
    if (isGhes(env) && inputs.compareWith) {
        throw new Error('input compare-with compares with a base run\'s package artifact, and on GitHub Enterprise Server the action uploads none: remove compare-with (and its budgets), or compare packages with `npx lyfe-kt compare`');
    }
    if (inputs.compareWith && inputs.reportPackage) {
        throw new Error('input compare-with compares the package this run builds, and with report-package none is built: compare in the run that builds the package');
    }
    if (inputs.contentPath)
        checkContentFolder(external_node_path_.resolve(workingDirectory, inputs.contentPath), { recursive: inputs.recursive, upload: inputs.uploadArtifact && !isGhes(env) });
    const reportPackage = reportPackageOf(inputs.reportPackage);
    const jobKey = inputs.jobKey.trim();
    // A key without one would be no key at all: its session would be the unkeyed one's.
    if (jobKey && !(0,id/* sessionKeyOf */.NP)(jobKey))
        throw new Error(`input job-key ${JSON.stringify(jobKey)} has no ASCII letter or digit: give a key of letters, digits, \`.\` and \`-\``);
    const identity = runIdentityFrom(env, jobKey || matrixKeyOf(env));
    const sessionId = sessionIdOf(identity);
    // The session and its folders under RUNNER_TEMP, outside the caller's checkout. A folder that
    // already exists means a second run with the same session in this job: that needs a `job-key`.
    const temp = env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP not set: this action runs inside a GitHub Actions job');
    const root = external_node_path_.resolve(temp, 'lyfe-kt', sessionId);
    if (external_node_fs_.existsSync(root)) {
        throw new Error(`session ${sessionId} already ran in this job. Give each use of the action in one job its own \`job-key\` input (a key keeps its ASCII letters, digits, \`.\` and \`-\`, the rest becoming \`-\`: \`a b\` and \`a-b\` are one key)`);
    }
    external_node_fs_.mkdirSync(root, { recursive: true });
    return {
        sessionId,
        jobKey: identity.key,
        workingDirectory: external_node_path_.resolve(workingDirectory),
        workDir: external_node_path_.join(root, 'work'),
        logDir: external_node_path_.join(root, 'logs'),
        packagesDir: external_node_path_.join(root, 'packages'),
        packageResult: external_node_path_.join(root, 'package-result.json'),
        // One comment for a sharded run: the merge job's, not one per shard (nor a second one beside it of a shard of one).
        comment: inputs.comment && !inputs.shard,
        uploadArtifact: inputs.uploadArtifact,
        retentionDays: inputs.retentionDays,
        compress: inputs.compress,
        recursive: inputs.recursive,
        failOnInvalid: inputs.failOnInvalid,
        failOnQuality: inputs.failOnQuality,
        prNumber: inputs.prNumber,
        reportPackage,
        compareWith: inputs.compareWith ?? '',
        budgets,
        actionPath: env.GITHUB_ACTION_PATH ?? '',
        attest: !reportPackage && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && !isGhes(env),
        mode: inputs.mode ?? 'run',
        shard: inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : '',
        shardJob: inputs.shardJob ?? '',
        contentPath: inputs.contentPath,
    };
}
/** The setup step's outputs. */
function setupOutputs(setup) {
    return {
        [constants/* Outputs */.tY.sessionId]: setup.sessionId,
        [constants/* Outputs */.tY.jobKey]: setup.jobKey,
        [constants/* Outputs */.tY.workingDirectory]: setup.workingDirectory,
        [constants/* Outputs */.tY.workDir]: setup.workDir,
        [constants/* Outputs */.tY.logDir]: setup.logDir,
        [constants/* Outputs */.tY.packagesDir]: setup.packagesDir,
        [constants/* Outputs */.tY.packageResult]: setup.packageResult,
        [constants/* Outputs */.tY.comment]: String(setup.comment),
        [constants/* Outputs */.tY.uploadArtifact]: String(setup.uploadArtifact),
        [constants/* Outputs */.tY.retentionDays]: setup.retentionDays === undefined ? '' : String(setup.retentionDays),
        [constants/* Outputs */.tY.compress]: String(setup.compress),
        [constants/* Outputs */.tY.recursive]: String(setup.recursive),
        [constants/* Outputs */.tY.failOnInvalid]: String(setup.failOnInvalid),
        [constants/* Outputs */.tY.failOnQuality]: setup.failOnQuality ?? '',
        [constants/* Outputs */.tY.prNumber]: setup.prNumber === undefined ? '' : String(setup.prNumber),
        [constants/* Outputs */.tY.reportPackage]: setup.reportPackage,
        [constants/* Outputs */.tY.compareWith]: setup.compareWith ?? '',
        [constants/* Outputs */.tY.budgets]: JSON.stringify(setup.budgets ?? {}),
        [constants/* Outputs */.tY.actionPath]: setup.actionPath,
        [constants/* Outputs */.tY.attest]: String(setup.attest),
        [constants/* Outputs */.tY.mode]: setup.mode ?? 'run',
        [constants/* Outputs */.tY.shard]: setup.shard ?? '',
        [constants/* Outputs */.tY.shardJob]: setup.shardJob ?? '',
        [constants/* Outputs */.tY.contentPath]: setup.contentPath ?? '',
    };
}
/** The run's setup, read back from the setup step's outputs in the composite's `steps` context. */
function setupFromSteps(steps) {
    const outputs = steps[constants/* StepIds */.F$.setup]?.outputs ?? {};
    const required = (name) => {
        const value = outputs[name];
        if (!value)
            throw new Error(`the setup step left no ${name} output; it must have failed before the session began`);
        return value;
    };
    const retention = outputs[constants/* Outputs */.tY.retentionDays];
    const prNumber = outputs[constants/* Outputs */.tY.prNumber];
    return {
        sessionId: required(constants/* Outputs */.tY.sessionId),
        jobKey: outputs[constants/* Outputs */.tY.jobKey] ?? '',
        workingDirectory: required(constants/* Outputs */.tY.workingDirectory),
        workDir: required(constants/* Outputs */.tY.workDir),
        logDir: required(constants/* Outputs */.tY.logDir),
        packagesDir: required(constants/* Outputs */.tY.packagesDir),
        packageResult: required(constants/* Outputs */.tY.packageResult),
        comment: required(constants/* Outputs */.tY.comment) === 'true',
        uploadArtifact: required(constants/* Outputs */.tY.uploadArtifact) === 'true',
        retentionDays: retention ? Number(retention) : undefined,
        compress: required(constants/* Outputs */.tY.compress) === 'true',
        recursive: required(constants/* Outputs */.tY.recursive) === 'true',
        failOnInvalid: required(constants/* Outputs */.tY.failOnInvalid) === 'true',
        failOnQuality: (outputs[constants/* Outputs */.tY.failOnQuality] || undefined),
        prNumber: prNumber ? Number(prNumber) : undefined,
        reportPackage: outputs[constants/* Outputs */.tY.reportPackage] ?? '',
        compareWith: outputs[constants/* Outputs */.tY.compareWith] ?? '',
        budgets: JSON.parse(outputs[constants/* Outputs */.tY.budgets] || '{}'),
        actionPath: required(constants/* Outputs */.tY.actionPath),
        attest: outputs[constants/* Outputs */.tY.attest] === 'true',
        mode: outputs[constants/* Outputs */.tY.mode] === 'merge' ? 'merge' : 'run',
        shard: outputs[constants/* Outputs */.tY.shard] ?? '',
        shardJob: outputs[constants/* Outputs */.tY.shardJob] ?? '',
        contentPath: outputs[constants/* Outputs */.tY.contentPath] ?? '',
    };
}


/***/ })

};
