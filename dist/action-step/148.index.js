export const id = 148;
export const ids = [148];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getInputs: () => (/* binding */ getInputs),
  getReportInputs: () => (/* binding */ getReportInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/records/types.js
var types = __webpack_require__(1800);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./dist/lib/records/parse.js
var parse = __webpack_require__(766);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
;// CONCATENATED MODULE: ./dist/lib/records/render.js

const plain = (_style, text) => text;
/**
 * `2025-01-18T17:30:45.123Z` as `2025-01-18 17:30:45.123`: sortable, and readable at a glance.
 * (Cut by position, not by a regular expression: it runs once for every record of a package.)
 */
function displayTime(iso) {
    const t = iso.indexOf('T');
    const spaced = t < 0 ? iso : `${iso.slice(0, t)} ${iso.slice(t + 1)}`;
    return spaced.endsWith('Z') ? spaced.slice(0, -1) : spaced;
}
function files(record) {
    const input = record.input?.length ? record.input.join(', ') : undefined;
    const output = record.output?.length ? `-> ${record.output.join(', ')}` : undefined;
    return input === undefined ? (output ?? '') : output === undefined ? input : `${input} ${output}`;
}
/** One line per record: time, level, stage, event, files, message. */
function render_formatRecordLine(record, paint = plain) {
    const level = record.level;
    const concerned = files(record);
    return `${paint('dim', displayTime(record.time))} ${paint(level, level.toUpperCase().padEnd(5))} ${paint('stage', record.stage.padEnd(10))} ${paint('event', record.event.padEnd(12))} ${concerned ? `${concerned} ` : ''}${record.msg ?? ''}`;
}
/** Every line of `text` indented by four spaces. */
function indent(text) {
    return `    ${text.replaceAll('\n', '\n    ')}`;
}
/** A block per LLM attempt: what was asked, what came back, and how it went. */
function render_formatAttempt(record, paint = plain) {
    if (record.event !== Events.llmAttempt)
        return render_formatRecordLine(record, paint);
    const data = (record.data ?? {});
    const outcome = data.outcome ?? 'unknown';
    const outcomeStyle = outcome === 'ok' ? 'ok' : outcome === 'retry' ? 'warn' : 'error';
    const usage = data.usage ? `${data.usage.total_tokens} tokens (${data.usage.prompt_tokens}+${data.usage.completion_tokens})` : 'no usage';
    const head = [
        `${data.purpose ?? '?'} ${data.call_id ?? '?'} attempt ${data.attempt ?? '?'}/${data.max_attempts ?? '?'}`,
        paint(outcomeStyle, data.reason ? `${outcome}: ${data.reason}` : outcome),
        `${data.provider ?? '?'} ${data.model ?? '?'}${data.source && data.source !== 'live' ? ` (${data.source})` : ''}`,
        `${data.latency_ms ?? '?'} ms`,
        usage,
    ];
    if (data.http_status !== undefined)
        head.push(`HTTP ${data.http_status}`);
    const lines = [
        `${paint('dim', `== ${displayTime(record.time)}`)} ${paint('stage', record.stage)} ${head.join(' | ')}`,
    ];
    const concerned = files(record);
    if (concerned)
        lines.push(`  files: ${concerned}`);
    for (const message of data.messages ?? []) {
        lines.push(paint('event', `  [${message.role}]`), indent(message.content));
    }
    lines.push(paint('event', '  [response]'), data.response == null ? paint('dim', '    (none)') : indent(data.response));
    return lines.join('\n');
}
/** The `logs --list` table. */
/** How a session's status is coloured, in the listing and in a session's footer alike. */
function statusStyle(status) {
    return status === 'succeeded' ? 'ok' : status === 'failed' ? 'error' : status === 'running' ? 'info' : 'warn';
}
function formatSessionTable(list, paint = plain) {
    const header = ['SESSION', 'START', 'END', 'STATUS', 'STAGES', 'CALLS', 'ATTEMPTS', 'TOKENS'];
    const rows = list.sessions.map((s) => [
        s.session,
        displayTime(s.start).slice(0, 19),
        displayTime(s.end).slice(0, 19),
        s.status,
        s.stages.join(',') || '-',
        String(s.llmCalls),
        String(s.attempts),
        String(s.tokens),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const format = (row, styled) => row
        .map((cell, i) => {
        const padded = cell.padEnd(widths[i]);
        return styled && i === 3 ? paint(statusStyle(cell), padded) : padded;
    })
        .join('  ')
        .trimEnd();
    return [paint('dim', format(header, false)), ...rows.map((row) => format(row, true))].join('\n');
}

;// CONCATENATED MODULE: ./dist/lib/package/text-logs.js



/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
const text_logs_memberGzip = (logsDir, name) => path.join(logsDir, `.${name}.gz`);
const NEWLINE = Buffer.from('\n');
/** A record as a line of a `*.jsonl`: the bytes it was read from, which parsing spares serializing again. */
function writeRecord(sink, record, line) {
    if (line) {
        sink.write(line);
        sink.write(NEWLINE);
    }
    else
        sink.write(`${JSON.stringify(record)}\n`);
}
/**
 * Writes the record files of `logs/` (both text logs, both `*.jsonl`) as records are handed to it,
 * through `thread`. Compressed, each file is only a gzip member; plain, each is a file, and the
 * `*.jsonl` a gzip member as well, for the viewer.
 */
class RecordLogsWriter {
    sinks = new Map();
    processingLog;
    processingJsonl;
    promptsAudit;
    promptsJsonl;
    /** How many records each stream holds, processing first (the viewer is told). */
    counts = { processing: 0, prompts: 0 };
    constructor(logsDir, thread, { compress }) {
        const open = (name, jsonl) => {
            const target = compress ? { gzip: text_logs_memberGzip(logsDir, name) } : { plain: path.join(logsDir, name), ...(jsonl ? { gzip: text_logs_memberGzip(logsDir, name) } : {}) };
            const sink = thread.open(target);
            this.sinks.set(name, sink);
            return sink;
        };
        this.processingLog = open(LogFiles.processing, false);
        this.processingJsonl = open(LogFiles.processingRecords, true);
        this.promptsAudit = open(LogFiles.promptsAudit, false);
        this.promptsJsonl = open(LogFiles.promptRecords, true);
    }
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record, line) {
        this.counts.processing += 1;
        this.processingLog.write(`${formatRecordLine(record)}\n`);
        writeRecord(this.processingJsonl, record, line);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record, line) {
        this.counts.prompts += 1;
        this.promptsAudit.write(`${formatAttempt(record)}\n\n`);
        writeRecord(this.promptsJsonl, record, line);
    }
    /** Hands over the rest at once; resolves once every file is complete. */
    async close() {
        // Every sink hands over its rest now, before this returns: the thread finishes them together.
        const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()]);
        return new Map(await Promise.all(closed));
    }
}

;// CONCATENATED MODULE: ./dist/lib/package/archive.js









/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const TAR_BLOCK = 512;
/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name, size, mtime) {
    const block = Buffer.alloc(TAR_BLOCK);
    if (new tar.Header({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
        throw new LyfeError(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
    }
    return block;
}
/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
async function archiveLogs(logsDir, thread, written, mtime) {
    const members = [];
    for (const name of ArchivedLogFiles) {
        const plain = path.join(logsDir, name);
        let member = written.get(name);
        if (!member?.gzip) {
            if (!member && !fs.existsSync(plain))
                continue;
            member = await thread.fromFile(plain, { gzip: memberGzip(logsDir, name) });
        }
        members.push([name, { ...member, gzip: member.gzip }]);
    }
    const archive = path.join(logsDir, ARCHIVE_FILE);
    const out = await fs.promises.open(archive, 'w');
    try {
        let padding = 0;
        for (const [name, member] of members) {
            await out.write(gzipSync(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])));
            for await (const chunk of fs.createReadStream(member.gzip, { highWaterMark: READ_BYTES }))
                await out.write(chunk);
            padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
        }
        // The end of a tar archive: two empty blocks.
        await out.write(gzipSync(Buffer.alloc(padding + 2 * TAR_BLOCK)));
    }
    finally {
        await out.close();
    }
    return {
        before: members.reduce((total, [, member]) => total + member.bytes, 0),
        after: fs.statSync(archive).size,
        members: new Map(members.map(([name, { sha256, bytes }]) => [name, { sha256, bytes }])),
    };
}
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
function removeArchivedLogs(logsDir, archived) {
    for (const name of ArchivedLogFiles) {
        fs.rmSync(memberGzip(logsDir, name), { force: true });
        if (archived)
            fs.rmSync(path.join(logsDir, name), { force: true });
    }
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new LyfeError(`the compressed logs cannot be read: ${error.message}`, {
            file,
            fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
            cause: error,
        });
    }
}
/** The files of a `records.tar.gz`, by name. */
function readArchive(file) {
    const files = new Map();
    visitArchive(file, (entry) => {
        const chunks = [];
        entry.on('data', (chunk) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
    });
    return files;
}
/** The sha256 and size of each member of a `records.tar.gz`, hashed as it is read: no member is held whole. */
function archive_digestArchive(file) {
    const digests = new Map();
    visitArchive(file, (entry) => {
        const hash = createHash('sha256');
        let bytes = 0;
        entry.on('data', (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
        });
        entry.on('end', () => digests.set(entry.path, { sha256: hash.digest('hex'), bytes }));
    });
    return digests;
}
function readPackageLogs(packageDir) {
    const logsDir = path.join(packageDir, LOGS_DIR);
    if (!fs.existsSync(logsDir)) {
        throw new LyfeError('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of fs.readdirSync(logsDir).sort()) {
        const file = path.join(logsDir, name);
        if (!fs.statSync(file).isFile())
            continue;
        if (name === ARCHIVE_FILE) {
            compressed = true;
            for (const [member, content] of readArchive(file))
                files.set(member, content);
        }
        else {
            files.set(name, fs.readFileSync(file));
        }
    }
    return { compressed, files };
}
function parseJsonl(content, name, packageDir) {
    if (!content)
        return [];
    const records = [];
    const lines = content.toString('utf8').split('\n');
    lines.forEach((line, index) => {
        if (!line)
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            value = undefined;
        }
        if (!isLogRecord(value)) {
            throw new LyfeError(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
function archive_readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(LogFiles.processingRecords), LogFiles.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(LogFiles.promptRecords), LogFiles.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./dist/lib/pipeline/inputs.js





const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * Splits YAML frontmatter from the body. A text that opens with `---` but never closes it, or whose
 * YAML does not parse to a mapping, is an error: silently treating it as body would feed the
 * model a broken header.
 */
function inputs_parseFrontmatter(text, file) {
    if (!/^---\r?\n/.test(text))
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
        const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
        const reason = error.message.split('\n')[0];
        throw new LyfeError(`the YAML frontmatter is broken${where}: ${reason}`, { file, fix: 'Fix the YAML between the two `---` lines', cause: error });
    }
    if (data === null || data === undefined)
        data = {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new LyfeError('the YAML frontmatter is not a mapping of `key: value` lines', { file, fix: 'Write the frontmatter as `key: value` lines' });
    }
    return { frontmatter: data, body: text.slice(match[0].length) };
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
        if (code === 'ENOENT')
            throw new LyfeError('no such file', { file, fix: 'Check the path; it is read relative to the current directory' });
        throw new LyfeError(`cannot be read (${code ?? error.message})`, { file, fix: 'Check the file permissions', cause: error });
    }
    if (bytes.length === 0)
        throw new LyfeError('the file is empty', { file, fix: 'Write the article into it, or remove it from the input' });
    if (bytes.includes(0)) {
        throw new LyfeError('is a binary file (it contains NUL bytes), not markdown text', { file, fix: 'Give a UTF-8 markdown (.md) file' });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch (error) {
        throw new LyfeError('is not UTF-8 text', { file, fix: 'Re-save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)', cause: error });
    }
    const { frontmatter, body } = inputs_parseFrontmatter(text, file);
    if (body.trim() === '') {
        throw new LyfeError(text.trim() === '' ? 'the file is empty' : 'the file has frontmatter but no text', {
            file,
            fix: 'Write the article into it, or remove it from the input',
        });
    }
    return { file, name: markdownName(file), text, frontmatter, body };
}
/**
 * The `.md` and `.markdown` files inside `dir`, sorted by path (code point order, the same on every
 * machine): those directly inside it, or with `recursive` those of its subfolders as well.
 */
function listMarkdownFiles(dir, options = {}) {
    let entries;
    try {
        entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new LyfeError('no such directory', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
        if (code === 'ENOTDIR')
            throw new LyfeError('is a file, not a directory', { file: dir, fix: 'Use the `file` form of the command for one file' });
        throw new LyfeError(`cannot be read (${code ?? error.message})`, { file: dir, fix: 'Check the folder permissions', cause: error });
    }
    const found = entries
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort(byCodeUnits);
    const top = path.resolve(dir);
    const atTop = (file) => path.resolve(path.dirname(file)) === top;
    const listing = options.recursive
        ? { files: found, skipped: [] }
        : { files: found.filter(atTop), skipped: found.filter((file) => !atTop(file)) };
    if (listing.files.length === 0) {
        const inSubfolders = listing.skipped.length ? ` (${listing.skipped.length} in subfolders)` : '';
        throw new LyfeError(`contains no .md files${inSubfolders}`, {
            file: dir,
            fix: listing.skipped.length ? 'Pass --recursive to take the files of its subfolders' : 'Put the markdown articles (*.md) in it, or point to the right folder',
        });
    }
    return listing;
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
    const seen = new Map();
    for (const input of inputs) {
        const other = seen.get(input.name);
        if (other !== undefined) {
            throw new LyfeError(`has the same name as ${other}, so both would write the same outputs`, { file: input.file, fix: 'Rename one of them' });
        }
        seen.set(input.name, input.file);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./dist/lib/package/content-diff.js



/**
 * Content of two runs compared as content: the same lesson made at another time or in another
 * session is the same lesson. Keys that hold only when or in which session a file was made are
 * left out, at any depth, of JSON files and of markdown frontmatter; every other byte counts.
 */
/** Keys that say when or in which session a file was made (ours, and the original tool's). */
const VOLATILE_KEYS = new Set(['created_at', 'updated_at', 'generation_timestamp', 'processing_timestamp', 'modification_time', 'session', 'session_id']);
function withoutVolatile(value) {
    if (Array.isArray(value))
        return value.map(withoutVolatile);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE_KEYS.has(key)).map(([key, inner]) => [key, withoutVolatile(inner)]));
}
/** What of a file is compared: parsed JSON or frontmatter without the volatile keys, else the text itself. */
function comparableContent(name, content) {
    const text = content.toString('utf8');
    if (name.endsWith('.json')) {
        try {
            return { json: withoutVolatile(JSON.parse(text)) };
        }
        catch (error) {
            if (error instanceof SyntaxError)
                return { text };
            throw error;
        }
    }
    if (name.endsWith('.md')) {
        try {
            const { frontmatter, body } = parseFrontmatter(text, name);
            return { frontmatter: withoutVolatile(frontmatter), body };
        }
        catch (error) {
            // Broken frontmatter (a hand-edited template): compared as the text it is.
            if (error instanceof LyfeError)
                return { text };
            throw error;
        }
    }
    return { bytes: content };
}
function content_diff_sameContent(name, base, head) {
    return base.equals(head) || isDeepStrictEqual(comparableContent(name, base), comparableContent(name, head));
}
const content_diff_isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** The supertask in a JSON file's content, or null when the file is not a JSON object. */
function content_diff_parseSupertask(content) {
    try {
        const value = JSON.parse(content.toString('utf8'));
        return content_diff_isObject(value) ? value : null;
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return null;
        throw error;
    }
}
/** Leaves of an object by dotted path; arrays are leaves (a changed tag list is one change). */
function leaves(value, prefix = '', out = new Map()) {
    for (const [key, inner] of Object.entries(value)) {
        if (VOLATILE_KEYS.has(key))
            continue;
        const name = prefix ? `${prefix}.${key}` : key;
        if (content_diff_isObject(inner))
            leaves(inner, name, out);
        else
            out.set(name, inner);
    }
    return out;
}
function fieldChanges(base, head) {
    const before = leaves(base);
    const after = leaves(head);
    const changes = [];
    for (const field of new Set([...before.keys(), ...after.keys()])) {
        if (isDeepStrictEqual(before.get(field), after.get(field)))
            continue;
        changes.push({ field, ...(before.has(field) ? { base: before.get(field) } : {}), ...(after.has(field) ? { head: after.get(field) } : {}) });
    }
    return changes;
}
const itemsOf = (supertask) => (Array.isArray(supertask.flexibleItems) ? supertask.flexibleItems.map((item) => (content_diff_isObject(item) ? item : { value: item })) : []);
const withoutItems = (supertask) => Object.fromEntries(Object.entries(supertask).filter(([key]) => key !== 'flexibleItems'));
const typeOf = (item) => (typeof item.type === 'string' ? item.type : 'item');
/** The longest common subsequence of two item lists, as the steps that turn one into the other. */
function alignItems(base, head) {
    const equal = (i, j) => isDeepStrictEqual(base[i], head[j]);
    // lengths[i][j]: LCS length of base[i..] and head[j..]. Supertasks hold a handful of items.
    const lengths = Array.from({ length: base.length + 1 }, () => new Array(head.length + 1).fill(0));
    for (let i = base.length - 1; i >= 0; i--) {
        for (let j = head.length - 1; j >= 0; j--) {
            lengths[i][j] = equal(i, j) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    const steps = [];
    let i = 0;
    let j = 0;
    while (i < base.length || j < head.length) {
        if (i < base.length && j < head.length && equal(i, j))
            steps.push({ op: 'same', base: i++, head: j++ });
        else if (j < head.length && (i === base.length || lengths[i][j + 1] >= lengths[i + 1][j]))
            steps.push({ op: 'added', head: j++ });
        else
            steps.push({ op: 'removed', base: i++ });
    }
    return steps;
}
/**
 * Items that differ, in order. Between two items that stayed, a removed item and an added one of the
 * same type are one changed item (the same quiz with a new question); the others stay removed or added.
 */
function itemChanges(base, head) {
    const changes = [];
    let removed = [];
    let added = [];
    const flush = () => {
        const pairs = new Map();
        let from = 0;
        for (const b of removed) {
            const k = added.findIndex((h, index) => index >= from && typeOf(head[h]) === typeOf(base[b]));
            if (k < 0)
                continue;
            pairs.set(b, added[k]);
            from = k + 1;
        }
        const paired = new Set(pairs.values());
        for (const b of removed) {
            const h = pairs.get(b);
            if (h === undefined)
                changes.push({ change: 'removed', base_position: b + 1, head_position: null, type: typeOf(base[b]), base: base[b], head: null, fields: [] });
            else
                changes.push({ change: 'changed', base_position: b + 1, head_position: h + 1, type: typeOf(head[h]), base: base[b], head: head[h], fields: fieldChanges(base[b], head[h]) });
        }
        for (const h of added) {
            if (!paired.has(h))
                changes.push({ change: 'added', base_position: null, head_position: h + 1, type: typeOf(head[h]), base: null, head: head[h], fields: [] });
        }
        removed = [];
        added = [];
    };
    for (const step of alignItems(base, head)) {
        if (step.op === 'same')
            flush();
        else if (step.op === 'removed')
            removed.push(step.base);
        else
            added.push(step.head);
    }
    flush();
    return changes;
}
function content_diff_diffSupertask(base, head) {
    return { fields: fieldChanges(withoutItems(base), withoutItems(head)), items: itemChanges(itemsOf(base), itemsOf(head)) };
}

;// CONCATENATED MODULE: ./dist/lib/package/manifest.js








/**
 * `manifest.json`: the SHA-256 of every file of a package, and one digest over all of them, so that
 * any changed, missing or added byte is found by `lyfe-kt verify`. The digest is what to quote
 * (in a PR comment, a ticket) to name one exact package.
 */
const MANIFEST_FORMAT = 'lyfe-kt-package-manifest/1';
function entryOf(content) {
    return { sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length };
}
function hashFile(file) {
    return entryOf(fs.readFileSync(file));
}
function digestOf(files) {
    const hash = createHash('sha256');
    for (const name of Object.keys(files).sort())
        hash.update(`${files[name].sha256}  ${name}\n`);
    return hash.digest('hex');
}
/** Every entry under `dir` but the manifest, as sorted `/` paths; `others` collects what is neither file nor folder. */
function walk(dir, others = []) {
    const files = [];
    const visit = (relative) => {
        for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
            const name = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                visit(name);
            else if (entry.isFile()) {
                if (name !== MANIFEST_FILE)
                    files.push(name);
            }
            else
                others.push(name);
        }
    };
    visit('');
    return files.sort();
}
/** The members of each archive among `files`: those given in `known` (hashed as they were archived), else read from the archive. */
function archivesOf(dir, files, known) {
    const archives = {};
    for (const name of files.filter((file) => path.posix.basename(file) === ARCHIVE_FILE)) {
        const members = {};
        const digests = known.get(name) ?? digestArchive(path.join(dir, name));
        for (const [member, entry] of [...digests].sort(([a], [b]) => (a < b ? -1 : 1)))
            members[member] = { sha256: entry.sha256, bytes: entry.bytes };
        archives[name] = members;
    }
    return archives;
}
/** The folder of a package that holds what each pipeline stage writes. */
const OUTPUT_FOLDER = { preprocess: constants/* WorkFolders */.BM.preprocessed, generate: constants/* WorkFolders */.BM.output };
/** The outputs a session's records say its stages wrote, as sorted package paths (`03_output/x.json`). */
function recordedOutputs(processing) {
    const files = new Set();
    for (const record of processing) {
        const folder = OUTPUT_FOLDER[record.stage];
        if (record.event !== Events.fileResult || !folder)
            continue;
        for (const name of record.output ?? [])
            files.add(`${folder}/${name}`);
    }
    return [...files].sort();
}
/** The manifest of the package in `dir`: every file in it, hashed from disk unless `known` has it. */
function buildManifest(dir, known = {}) {
    const others = [];
    const names = walk(dir, others);
    if (others.length)
        throw new LyfeError(`the package holds entries that are not files: ${others.join(', ')}`, { file: dir });
    const files = {};
    for (const name of names) {
        const digest = known.files?.get(name);
        files[name] = digest ? { sha256: digest.sha256, bytes: digest.bytes } : hashFile(path.join(dir, name));
    }
    return { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: digestOf(files), files, archives: archivesOf(dir, names, known.archives ?? new Map()) };
}
/** The bytes of the package in `dir` that `manifest` lists: its files, and manifest.json itself. */
function packageBytes(dir, manifest) {
    return Object.values(manifest.files).reduce((total, file) => total + file.bytes, 0) + fs.statSync(path.join(dir, MANIFEST_FILE)).size;
}
function writeManifest(dir, known) {
    const manifest = buildManifest(dir, known);
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function readManifest(dir) {
    const file = path.join(dir, MANIFEST_FILE);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        throw new LyfeError('the package has no manifest.json', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    try {
        const manifest = JSON.parse(text);
        if (manifest.format !== MANIFEST_FORMAT || !manifest.files || typeof manifest.files !== 'object')
            throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
        return manifest;
    }
    catch (error) {
        throw new LyfeError(`manifest.json is damaged: ${error.message}`, { file, fix: 'The package cannot be trusted; rebuild it from its source' });
    }
}
/** A package holds every output its own records say the run wrote: one that lacks any claims more than happened. */
function checkRecordedOutputs(dir, manifest, problems) {
    let processing;
    try {
        processing = readPackageRecords(dir).processing;
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
        problems.push(`its records cannot be read: ${error.message}`);
        return;
    }
    for (const file of recordedOutputs(processing)) {
        if (!manifest.files[file])
            problems.push(`the session's records name ${file}, which the package does not hold`);
    }
}
/**
 * Recomputes every hash of a package and compares it with its manifest, and checks that it holds
 * every output its records say the run wrote.
 */
function manifest_verifyPackage(dir) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        throw new LyfeError('no such package folder', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const manifest = readManifest(dir);
    const result = { ok: false, files: Object.keys(manifest.files).length, digest: manifest.digest ?? null, changed: [], missing: [], added: [], problems: [] };
    const others = [];
    const present = new Set(walk(dir, others));
    for (const [name, expected] of Object.entries(manifest.files)) {
        if (!present.has(name)) {
            result.missing.push(name);
            continue;
        }
        const actual = hashFile(path.join(dir, name));
        if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
            result.changed.push(name);
            continue;
        }
        const members = manifest.archives?.[name];
        if (members) {
            const inside = digestArchive(path.join(dir, name));
            for (const [member, entry] of Object.entries(members)) {
                const digest = inside.get(member);
                if (!digest)
                    result.missing.push(`${name}:${member}`);
                else if (digest.sha256 !== entry.sha256)
                    result.changed.push(`${name}:${member}`);
            }
            for (const member of inside.keys())
                if (!members[member])
                    result.added.push(`${name}:${member}`);
        }
    }
    for (const name of [...present, ...others])
        if (!manifest.files[name])
            result.added.push(name);
    if (digestOf(manifest.files) !== manifest.digest)
        result.problems.push('the manifest digest does not match its own entries: manifest.json was edited');
    checkRecordedOutputs(dir, manifest, result.problems);
    result.added.sort();
    result.ok = !result.changed.length && !result.missing.length && !result.added.length && !result.problems.length;
    return result;
}

;// CONCATENATED MODULE: ./dist/lib/records/prices.json
const prices_namespaceObject = {};
;// CONCATENATED MODULE: ./dist/lib/records/cost.js

const SHIPPED_PRICES = (/* unused pure expression or super */ null && (shipped));
let chosen;
/** Makes `table` the one every session model of this process prices with (`usePriceFile` at the edges). */
function usePriceTable(table) {
    chosen = table;
}
/** The table in use: the one chosen with `usePriceTable`, else the shipped one. */
function cost_activePriceTable() {
    return chosen ?? SHIPPED_PRICES;
}
function cost_priceTableInfo(table) {
    return { as_of: table.as_of, source: table.source, ...(table.file ? { file: table.file } : {}) };
}
/** A dated snapshot, `gpt-4o-2024-08-06`: priced as its model, `gpt-4o`. */
const SNAPSHOT = /-\d{4}-\d{2}-\d{2}$/;
/** The price of `model`: its own entry, else (a dated snapshot) its model's; null when the table has neither. */
function cost_priceOf(table, model) {
    return table.models[model] ?? table.models[model.replace(SNAPSHOT, '')] ?? null;
}
/** US dollars for the tokens at `price`. */
function cost_tokensCost(price, tokens) {
    const cached = Math.min(tokens.cached_tokens, tokens.prompt_tokens);
    return ((tokens.prompt_tokens - cached) * price.input + cached * (price.cached_input ?? price.input) + tokens.completion_tokens * price.output) / 1_000_000;
}
/** Dollars to eight decimals: sums of tiny products without float noise (`0.30000000000000004`). */
const cost_roundUsd = (value) => Math.round(value * 1e8) / 1e8;
/** The total of calls, each with its cost (null: unknown) and whether it was billed. */
function cost_costTotal(calls) {
    let count = 0;
    let known = 0;
    let unknown = 0;
    let unbilled = 0;
    for (const call of calls) {
        count += 1;
        if (!call.billed)
            unbilled += 1;
        if (call.cost_usd === null)
            unknown += 1;
        else
            known += call.cost_usd;
    }
    const knownUsd = cost_roundUsd(known);
    return { calls: count, usd: unknown ? null : knownUsd, known_usd: knownUsd, unknown_calls: unknown, unbilled_calls: unbilled };
}
/** `$0.0123`; amounts under a hundredth of a cent keep two significant digits (`$0.000012`). */
function cost_usdText(value) {
    if (value !== 0 && Math.abs(value) < 0.0001)
        return `$${Number(value.toPrecision(2))}`;
    return `$${value.toFixed(4).replace(/0{1,2}$/, '')}`;
}
/**
 * A cost for a reader: `$0.0123`; `$0.0123 + unknown for 2 calls` when some calls have no price;
 * `unknown for 2 calls`; `$0, not billed` when no call was billed (the offline provider, the build
 * cache, a replay).
 */
function costText(total) {
    const unknown = `unknown for ${total.unknown_calls} call${total.unknown_calls === 1 ? '' : 's'}`;
    if (total.usd === null)
        return total.known_usd ? `${cost_usdText(total.known_usd)} + ${unknown}` : unknown;
    if (total.calls && total.unbilled_calls === total.calls)
        return '$0, not billed';
    return cost_usdText(total.usd);
}

;// CONCATENATED MODULE: ./dist/lib/records/session-model.js




/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
const PrdStageNames = {
    preprocess: 'preprocessing',
    generate: 'generation',
    package: 'packaging',
};
/**
 * The events of the processing records that decide a session's outcome (`success`, `problems`,
 * which `failures`, `stages`): a model of only these records has the same outcome as the model of
 * every record. Its counts, calls and outputs are those of the part read, and so is the context of
 * a failure (an unfinished stage is dated by the last record of its process that was read).
 */
const OUTCOME_EVENTS = new Set([types/* Events */.sV.sessionEnd, types/* Events */.sV.stageStart, types/* Events */.sV.stageEnd, types/* Events */.sV.error]);
/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
/** The record streams, in the order views read them: processing first gives failures their exact context. */
const STREAMS_IN_ORDER = (/* unused pure expression or super */ null && (['processing', 'prompts']));
/** The second (`YYYY-MM-DDTHH:MM:SS`) of the last time in the writer's form parsed whole, and its epoch milliseconds. */
let lastSecond = '';
let lastSecondMs = Number.NaN;
/** The milliseconds of a time in the writer's form, `YYYY-MM-DDTHH:MM:SS.mmmZ`, or -1 for any other form. */
function writerMillis(time) {
    if (time.length !== 24 || time.charCodeAt(19) !== 0x2e || time.charCodeAt(23) !== 0x5a)
        return -1;
    const hundreds = time.charCodeAt(20) - 0x30;
    const tens = time.charCodeAt(21) - 0x30;
    const units = time.charCodeAt(22) - 0x30;
    return hundreds >= 0 && hundreds <= 9 && tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? hundreds * 100 + tens * 10 + units : -1;
}
/**
 * Epoch milliseconds of a record's time. A session's records come many to a second and in order:
 * a time of the second parsed last only has its milliseconds read (`Date.parse` of every record's
 * time was a twentieth of packaging a million records).
 */
function ms(time) {
    const millis = writerMillis(time);
    if (millis >= 0 && lastSecond && time.startsWith(lastSecond))
        return lastSecondMs + millis;
    const parsed = Date.parse(time);
    // Only an ISO date and time (with `T` and `Z`) is kept: for those, the ISO format's own rules make the milliseconds a plain sum.
    if (millis >= 0 && Number.isFinite(parsed) && time[4] === '-' && time[7] === '-' && time[10] === 'T' && time[13] === ':' && time[16] === ':') {
        lastSecond = time.slice(0, 19);
        lastSecondMs = parsed - millis;
    }
    return parsed;
}
const iso = (value) => (Number.isFinite(value) ? new Date(value).toISOString() : null);
const isPipelineStage = (stage) => stage !== 'package' && stage !== 'session';
/** A process of a session: pids of different sessions (different machines) may be equal. */
const processOf = (record) => `${record.session} ${record.pid}`;
/**
 * The context of one failure: the last records of its process at or before `until`, from both
 * streams. It takes each stream's ring of that process when the stream moves past `until`.
 */
class FailureContext {
    until;
    ownSeq;
    taken = [];
    constructor(until, 
    /** The failure's own record, left out of its context. */
    ownSeq) {
        this.until = until;
        this.ownSeq = ownSeq;
    }
    take(ring) {
        for (const entry of ring)
            if (entry.ms <= this.until)
                this.taken.push(entry);
    }
    records() {
        // One timeline: by time, processing before prompts on a tie, then in stream order.
        const sorted = this.taken.sort((a, b) => a.ms - b.ms || a.stream - b.stream || a.seq - b.seq);
        return sorted
            .slice(-LAST_RECORDS)
            .filter((entry) => entry.seq !== this.ownSeq)
            .map(({ record: { data: _data, ...line } }) => line);
    }
}
/** Counts each value; the most frequent, first seen on a tie. */
class Tally {
    counts = new Map();
    add(value) {
        if (value)
            this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    }
    keys() {
        return [...this.counts.keys()];
    }
    most() {
        let best = null;
        let bestCount = 0;
        for (const [value, count] of this.counts) {
            if (count > bestCount) {
                best = value;
                bestCount = count;
            }
        }
        return best;
    }
}
function lastFile(records) {
    for (let i = records.length - 1; i >= 0; i--) {
        const file = records[i].input?.[0] ?? records[i].output?.[0];
        if (file)
            return file;
    }
    return null;
}
function levelOf(file, data) {
    return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}
function versionLabel(version) {
    if (!version)
        return null;
    return version.startsWith('v') ? version : `v${version}`;
}
function newRun(record) {
    return { stage: record.stage, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}
/**
 * Reduces one session's records to its SessionSummary. Hand it every record of the session with
 * `add` (processing records and prompt-audit records, each stream in its file order, the two
 * interleaved in any way), then take `result()` once. The context shown before a failure is
 * exact when the prompt records of a moment are added no earlier than the processing records
 * before it (processing first, or both by time), which is how every view reads them.
 */
class SessionModel {
    sessionId = '';
    sessions = new Set();
    seq = 0;
    minMs = Number.POSITIVE_INFINITY;
    maxMs = Number.NEGATIVE_INFINITY;
    /** The first `session.start` of each session. */
    starts = new Map();
    /** The last `session.end` of each session. */
    ends = new Map();
    info = {};
    runs = [];
    /** The session and process of each run. */
    runOrigin = new Map();
    /** Runs started and not ended, by stage and process: a process runs a stage once at a time. */
    open = new Map();
    /** Open runs of each process that no later `stage.start` of the process has followed yet. */
    awaitingNext = new Map();
    /** Of a run that never ends, the context before the next `stage.start` of its process. */
    runContexts = new Map();
    streams = [new Map(), new Map()];
    errors = [];
    calls = new Map();
    models = new Tally();
    providers = new Tally();
    attempts = 0;
    liveAttempts = 0;
    okAttempts = 0;
    retries = 0;
    totalTokens = 0;
    promptTokens = 0;
    completionTokens = 0;
    cachedTokens = 0;
    reasoningTokens = 0;
    latency = 0;
    prices;
    outputs = new Map();
    preprocessInputs = new Set();
    preprocessResultInputs = new Set();
    counts = { processing_records: 0, prompt_records: 0, warnings: 0, errors: 0 };
    lastProcess = { session: '', pid: Number.NaN, key: '' };
    done = false;
    /** `prices`: the price table the calls are priced with; by default the one in use (`activePriceTable`). */
    constructor(options = {}) {
        this.prices = options.prices ?? activePriceTable();
    }
    /** Folds one record of the session, from the stream `kind`, into the model. */
    add(record, kind) {
        if (this.done)
            throw new Error('SessionModel.add after result()');
        const stream = STREAMS_IN_ORDER.indexOf(kind);
        const seq = this.seq++;
        const time = ms(record.time);
        this.sessionId ||= record.session;
        if (time < this.minMs)
            this.minMs = time;
        if (time > this.maxMs)
            this.maxMs = time;
        if (record.level === 'warn')
            this.counts.warnings += 1;
        else if (record.level === 'error')
            this.counts.errors += 1;
        if (stream === 0)
            this.counts.processing_records += 1;
        else
            this.counts.prompt_records += 1;
        const recent = this.processStream(stream, this.processKey(record));
        // Contexts that end before this record take the ring as it is: the stream has moved past them.
        while (recent.waiting.length && recent.waiting[0].until < time)
            recent.waiting.shift().take(recent.ring);
        recent.lastMs = time;
        if (stream === 0)
            this.addProcessing(record, seq, time);
        else
            this.addPrompt(record);
        recent.ring.push({ ms: time, stream, seq, record });
        if (recent.ring.length > LAST_RECORDS)
            recent.ring.shift();
    }
    /**
     * `processOf(record)`, and the session noted. Consecutive records of one process (most of them)
     * share the last key: one string, whose hash the maps keep, instead of a new one per record.
     */
    processKey(record) {
        const last = this.lastProcess;
        if (record.pid === last.pid && record.session === last.session)
            return last.key;
        this.sessions.add(record.session);
        this.lastProcess = { session: record.session, pid: record.pid, key: processOf(record) };
        return this.lastProcess.key;
    }
    processStream(stream, process) {
        let recent = this.streams[stream].get(process);
        if (!recent) {
            recent = { ring: [], lastMs: Number.NEGATIVE_INFINITY, waiting: [] };
            this.streams[stream].set(process, recent);
        }
        return recent;
    }
    /** A context for a failure of `process` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
    contextOf(process, until, ownSeq) {
        const context = new FailureContext(until, ownSeq);
        for (let stream = 0; stream < STREAMS_IN_ORDER.length; stream++) {
            const recent = this.processStream(stream, process);
            if (recent.lastMs > until) {
                context.take(recent.ring);
                continue;
            }
            let at = recent.waiting.length;
            while (at > 0 && recent.waiting[at - 1].until > until)
                at--;
            recent.waiting.splice(at, 0, context);
        }
        return context;
    }
    addProcessing(record, seq, time) {
        const data = record.data ?? {};
        switch (record.event) {
            case Events.sessionStart:
                if (this.starts.size === 0)
                    this.info = data;
                if (!this.starts.has(record.session))
                    this.starts.set(record.session, record);
                break;
            case Events.sessionEnd:
                this.ends.set(record.session, record);
                break;
            case Events.stageStart:
                this.startRun(record, time);
                break;
            case Events.stageEnd:
                this.endRun(record, data);
                break;
            case Events.error:
                if (record.stage !== 'package')
                    this.addError(record, seq, time);
                break;
            case Events.fileResult:
                this.addFileResult(record, data);
                break;
        }
        if (record.stage === 'preprocess') {
            const inputs = record.event === Events.fileResult ? this.preprocessResultInputs : this.preprocessInputs;
            for (const file of record.input ?? [])
                inputs.add(file);
        }
    }
    startRun(record, time) {
        // The runs of this process that are still open never ended before this start: their context stops here.
        const process = processOf(record);
        for (const open of this.awaitingNext.get(process) ?? [])
            this.runContexts.set(open, this.contextOf(process, time - 1, -1));
        const run = this.newRun(record);
        // A start while the same stage of the same process is open: that run was abandoned (pid reused).
        this.open.set(`${record.stage} ${process}`, run);
        this.awaitingNext.set(process, [run]);
    }
    endRun(record, data) {
        const process = processOf(record);
        const key = `${record.stage} ${process}`;
        let run = this.open.get(key);
        this.open.delete(key);
        if (run) {
            const ended = run;
            const waiting = this.awaitingNext.get(process);
            if (waiting)
                this.awaitingNext.set(process, waiting.filter((open) => open !== ended));
            this.runContexts.delete(run);
        }
        else {
            run = this.newRun(record);
        }
        run.status = data.status === 'ok' ? 'ok' : 'failed';
        run.end_time = record.time;
        run.duration_ms = num(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
        run.files_in = num(data.files_in) ?? 0;
        run.files_out = num(data.files_out) ?? 0;
        run.files_invalid = num(data.files_invalid) ?? 0;
        run.error = str(data.error);
    }
    newRun(record) {
        const run = newRun(record);
        this.runs.push(run);
        this.runOrigin.set(run, { session: record.session, process: processOf(record) });
        return run;
    }
    addError(record, seq, time) {
        const data = record.data ?? {};
        this.errors.push({
            failure: {
                kind: 'error',
                stage: record.stage,
                pid: record.pid,
                time: record.time,
                message: str(data.error) ?? record.msg,
                fix: str(data.fix),
                file: record.input?.[0] ?? record.output?.[0] ?? null,
                last_records: [],
            },
            context: this.contextOf(processOf(record), time, seq),
        });
    }
    addFileResult(record, data) {
        if (record.stage !== 'generate')
            return;
        const metrics = (data.metrics ?? {});
        for (const file of record.output ?? []) {
            // The last result of a file wins, in the order of that result.
            this.outputs.delete(file);
            this.outputs.set(file, {
                file,
                input: record.input?.[0] ?? null,
                level: levelOf(file, data),
                valid: data.valid === true,
                errors: Array.isArray(data.errors) ? data.errors.map(String) : [],
                mobile_optimization_score: num(metrics.mobile_optimization_score),
                ari_persona_consistency: num(metrics.ari_persona_consistency),
                schema_version: str(data.schema_version),
                call_id: str(data.call_id),
                attempts: 0,
                tokens: 0,
                cost_usd: null,
            });
        }
    }
    addPrompt(record) {
        if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest)
            return;
        const data = (record.data ?? {});
        const id = str(data.call_id);
        if (!id)
            return;
        let call = this.calls.get(id);
        if (!call) {
            call = {
                summary: {
                    call_id: id,
                    purpose: str(data.purpose) ?? '',
                    stage: record.stage,
                    input: record.input ?? [],
                    output: record.output ?? [],
                    provider: str(data.provider) ?? '',
                    model: str(data.model) ?? '',
                    request_model: str(data.model) ?? '',
                    pid: record.pid,
                    attempts: 0,
                    outcome: 'unfinished',
                    tokens: 0,
                    prompt_tokens: 0,
                    completion_tokens: 0,
                    cached_tokens: 0,
                    reasoning_tokens: 0,
                    latency_ms: 0,
                    start_time: record.event === Events.llmRequest ? record.time : new Date(ms(record.time) - (num(data.latency_ms) ?? 0)).toISOString(),
                    end_time: null,
                    max_tokens: null,
                    finish_reason: null,
                    error: null,
                    http_status: null,
                    billed: false,
                    cost_usd: 0,
                },
                inFlight: false,
                cached: false,
                cost: 0,
                unpriced: false,
            };
            this.calls.set(id, call);
        }
        call.cached = data.source === 'cache';
        // The offline provider, the build cache and replays send nothing to be billed.
        const billed = data.source !== 'cache' && data.source !== 'replay' && data.provider !== 'offline';
        if (billed)
            call.summary.billed = true;
        // A request with no attempt record after it was in flight when its process stopped.
        if (record.event === Events.llmRequest) {
            call.inFlight = true;
            call.summary.outcome = 'unfinished';
            call.summary.end_time = null;
            return;
        }
        call.inFlight = false;
        const summary = call.summary;
        const tokens = num(data.usage?.total_tokens) ?? 0;
        const prompt = num(data.usage?.prompt_tokens) ?? 0;
        const completion = num(data.usage?.completion_tokens) ?? 0;
        const cached = num(data.usage?.prompt_tokens_details?.cached_tokens) ?? 0;
        const reasoning = num(data.usage?.completion_tokens_details?.reasoning_tokens) ?? 0;
        const latency = num(data.latency_ms) ?? 0;
        summary.attempts += 1;
        summary.tokens += tokens;
        summary.prompt_tokens += prompt;
        summary.completion_tokens += completion;
        summary.cached_tokens += cached;
        summary.reasoning_tokens += reasoning;
        summary.latency_ms += latency;
        summary.end_time = record.time;
        if (data.model)
            summary.model = data.model;
        summary.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' ? 'failed' : 'unfinished';
        const params = (data.params ?? {});
        summary.max_tokens = num(params.max_completion_tokens) ?? num(params.max_tokens);
        summary.finish_reason = str(data.finish_reason);
        summary.error = data.outcome === 'ok' ? null : (str(data.reason) ?? null);
        summary.http_status = data.outcome === 'ok' ? null : num(data.http_status);
        // An attempt is billed for the tokens the server reports; one answered without usage (an error) for none.
        if (billed && data.usage) {
            const price = priceOf(this.prices, summary.model);
            if (price)
                call.cost += tokensCost(price, { prompt_tokens: prompt, cached_tokens: cached, completion_tokens: completion });
            else
                call.unpriced = true;
        }
        this.attempts += 1;
        // A reply from the build cache was not a request to the provider.
        if (data.source !== 'cache')
            this.liveAttempts += 1;
        if (data.outcome === 'ok')
            this.okAttempts += 1;
        else if (data.outcome === 'retry')
            this.retries += 1;
        this.models.add(str(data.model));
        this.providers.add(str(data.provider));
        this.totalTokens += tokens;
        this.promptTokens += prompt;
        this.completionTokens += completion;
        this.cachedTokens += cached;
        this.reasoningTokens += reasoning;
        this.latency += latency;
    }
    /** What the session was. Ends the model: add nothing after. */
    result() {
        this.done = true;
        // The packaging stage that wrote its session's end is, by construction, the one that completed.
        for (const run of this.runs) {
            const origin = this.runOrigin.get(run);
            const lastEnd = this.ends.get(origin.session);
            if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && processOf(lastEnd) === origin.process && ms(lastEnd.time) >= ms(run.start_time)) {
                run.status = 'ok';
                run.end_time = lastEnd.time;
                run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
                run.files_in = num(lastEnd.data?.work_files) ?? 0;
            }
        }
        for (const stream of this.streams)
            for (const recent of stream.values())
                for (const context of recent.waiting.splice(0))
                    context.take(recent.ring);
        const failures = this.failures();
        const calls = [...this.calls.values()];
        for (const call of calls) {
            // A billed request in flight when its process stopped may have been billed for tokens no record names.
            call.summary.cost_usd = call.unpriced || (call.inFlight && call.summary.billed) ? null : call.summary.billed ? roundUsd(call.cost) : 0;
        }
        const outputs = [...this.outputs.values()];
        for (const output of outputs) {
            const call = output.call_id ? this.calls.get(output.call_id)?.summary : undefined;
            output.attempts = call?.attempts ?? 0;
            output.tokens = call?.tokens ?? 0;
            output.cost_usd = call ? call.cost_usd : null;
        }
        const levels = {};
        for (const output of outputs)
            if (output.level)
                levels[output.level] = (levels[output.level] ?? 0) + 1;
        const valid = outputs.filter((output) => output.valid).length;
        const problems = this.problems(failures);
        const startMs = this.starts.size ? Math.min(...[...this.starts.values()].map((start) => ms(start.time))) : this.minMs;
        const endMs = this.ends.size ? Math.max(...[...this.ends.values()].map((end) => ms(end.time))) : this.maxMs;
        const inFlight = calls.filter((call) => call.inFlight);
        const requests = this.attempts + inFlight.length;
        return {
            session_id: this.sessionId,
            start_time: iso(startMs),
            end_time: iso(endMs),
            duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) ? Math.round(endMs - startMs) / 1000 : null,
            success: problems.length === 0 && failures.length === 0,
            problems,
            ended: this.ends.size > 0 && this.ends.size === this.sessions.size,
            stages: this.runs,
            stages_executed: [...new Set(this.runs.flatMap((run) => (run.stage in PrdStageNames ? [PrdStageNames[run.stage]] : [])))],
            input_files: [...(this.preprocessResultInputs.size ? this.preprocessResultInputs : this.preprocessInputs)],
            output_files: outputs.map((output) => output.file),
            outputs,
            levels,
            schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? str(this.info.schema_version)),
            ai: {
                total_api_calls: this.liveAttempts + inFlight.filter((call) => !call.cached).length,
                calls: calls.length,
                ok_attempts: this.okAttempts,
                retries: this.retries,
                failed_calls: calls.filter((call) => call.summary.outcome === 'failed').length,
                unfinished_calls: calls.filter((call) => call.summary.outcome === 'unfinished').length,
                total_tokens: this.totalTokens,
                prompt_tokens: this.promptTokens,
                completion_tokens: this.completionTokens,
                cached_tokens: this.cachedTokens,
                reasoning_tokens: this.reasoningTokens,
                model: this.models.most() ?? str(this.info.model),
                models: this.models.keys(),
                provider: this.providers.most() ?? str(this.info.provider),
                // A share of requests, not a quality metric: four decimals, as metadata.json has always given it.
                success_rate: requests ? round4(this.okAttempts / requests) : null,
                latency_ms: this.latency,
                cost: this.cost(calls.map((call) => call.summary)),
            },
            calls: calls.map((call) => call.summary),
            quality: { ...aggregateQuality(outputs), valid_files: valid, invalid_files: outputs.length - valid },
            failures,
            counts: { ...this.counts },
            session_info: this.info,
        };
    }
    cost(calls) {
        const stages = {};
        for (const stage of new Set(calls.map((call) => call.stage)))
            stages[stage] = costTotal(calls.filter((call) => call.stage === stage));
        return { ...costTotal(calls), stages, prices: priceTableInfo(this.prices) };
    }
    failures() {
        const failures = this.errors.map(({ failure, context }) => {
            const before = context.records();
            return { ...failure, file: failure.file ?? lastFile(before), last_records: before };
        });
        for (const run of this.runs) {
            if (run.status !== 'unfinished' || run.stage === 'package')
                continue;
            const context = this.runContexts.get(run) ?? this.contextAtEnd(this.runOrigin.get(run).process);
            const before = context.records();
            const last = before.at(-1);
            failures.push({
                kind: 'unfinished',
                stage: run.stage,
                pid: run.pid,
                time: last?.time ?? run.start_time,
                message: `${run.stage} (process ${run.pid}) started at ${run.start_time} and never ended: the process was stopped (killed, cancelled or crashed)${last ? ` after its record at ${last.time}` : ''}`,
                fix: null,
                file: lastFile(before),
                last_records: before,
            });
        }
        return failures.sort((a, b) => ms(a.time) - ms(b.time));
    }
    contextAtEnd(process) {
        const context = new FailureContext(Number.POSITIVE_INFINITY, -1);
        for (const stream of this.streams) {
            const recent = stream.get(process);
            if (recent)
                context.take(recent.ring);
        }
        return context;
    }
    problems(failures) {
        const problems = [];
        if (!this.runs.some((run) => isPipelineStage(run.stage))) {
            problems.push({ code: 'no_pipeline_stage', message: 'No pipeline stage ran in the session: nothing was preprocessed or generated in it, or its records are in another log folder.' });
        }
        const failed = this.runs.some((run) => run.status === 'failed' && isPipelineStage(run.stage));
        if (failed && !failures.some((failure) => failure.kind === 'error'))
            problems.push({ code: 'failed_without_error', message: 'A stage failed without an error record; see processing.log.' });
        if ([...this.ends.values()].some((end) => end.data?.success === false) && problems.length === 0 && failures.length === 0) {
            problems.push({ code: 'recorded_failed', message: 'The packaging that ended the session recorded the run as failed; see processing.log.' });
        }
        return problems;
    }
}
/** The model of a session whose records are in memory (tests, replay, the action's report). */
function session_model_summarizeSession(processing, prompts, options = {}) {
    const model = new SessionModel(options);
    for (const record of processing)
        model.add(record, 'processing');
    for (const record of prompts)
        model.add(record, 'prompts');
    return model.result();
}

;// CONCATENATED MODULE: ./dist/lib/package/compare.js











/** The folders whose files are compared, in the pipeline's order. */
const CONTENT_FOLDERS = [constants/* WorkFolders */.BM.raw, constants/* WorkFolders */.BM.preprocessed, constants/* WorkFolders */.BM.output];
const QUALITY_METRICS = ['schema_compliance', 'mobile_optimization_score', 'ari_persona_consistency'];
const RUN_METRICS = [...QUALITY_METRICS, 'total_api_calls', 'total_tokens', 'duration_seconds', 'cost_usd'];
/** A section of `metadata.json` (`execution`, `ai_usage`...), empty when missing. */
const sectionOf = (metadata, name) => (isObject(metadata[name]) ? metadata[name] : {});
/** A JSON file of the package; undefined when there is no such file. */
function readJson(file, what, packageDir) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`${what} is not JSON: ${error.message}`, { file, fix: `Run \`lyfe-kt verify ${packageDir}\`; rebuild the package if it was made by another tool` });
    }
}
/** A package compare can trust: it verifies against its manifest. */
function verified(dir, role) {
    const result = verifyPackage(dir);
    if (!result.ok) {
        const named = [...result.changed.map((f) => `changed ${f}`), ...result.missing.map((f) => `missing ${f}`), ...result.added.map((f) => `added ${f}`), ...result.problems];
        const shown = named.slice(0, 3).join('; ') + (named.length > 3 ? `; and ${named.length - 3} more` : '');
        throw new LyfeError(`the ${role} package does not match its manifest (${shown})`, {
            file: dir,
            fix: `Compare only packages that pass \`lyfe-kt verify ${dir}\`; get the package again from where it was made`,
        });
    }
    return result.digest;
}
function listFiles(dir) {
    try {
        return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
/** File name to source: a source names itself, its preprocessed files name it, and the outputs of those name it through them. */
function sourcesFromRecords(processing) {
    const sourceOf = new Map();
    const results = processing.filter((record) => record.event === Events.fileResult);
    for (const stage of ['preprocess', 'generate']) {
        for (const record of results.filter((r) => r.stage === stage)) {
            const input = record.input?.[0];
            if (!input)
                continue;
            const source = sourceOf.get(input) ?? input;
            sourceOf.set(input, source);
            for (const output of record.output ?? [])
                sourceOf.set(output, source);
        }
    }
    return sourceOf;
}
/** `logs/quality_issues.json` as `{ "issues": [...] }` or a bare array; null when the package has none. */
function readIssues(packageDir) {
    const file = path.join(packageDir, LOGS_DIR, LogFiles.qualityIssues);
    const value = readJson(file, LogFiles.qualityIssues, packageDir);
    if (value === undefined)
        return null;
    const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.issues) ? value.issues : null;
    if (!list || !list.every(isObject)) {
        throw new LyfeError(`${LogFiles.qualityIssues} holds no list of issues`, { file, fix: 'Rebuild the package with this version of lyfe-kt' });
    }
    return list.map((issue) => ({ rule: str(issue.rule) ?? str(issue.id) ?? 'unknown', severity: str(issue.severity), file: str(issue.file), message: str(issue.message) }));
}
function readPackage(dir, role) {
    const digest = verified(dir, role);
    const metadataFile = path.join(dir, LOGS_DIR, LogFiles.metadata);
    const metadata = readJson(metadataFile, LogFiles.metadata, dir);
    if (metadata === undefined) {
        throw new LyfeError(`the ${role} package has no ${LOGS_DIR}/${LogFiles.metadata}`, { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    if (!isObject(metadata))
        throw new LyfeError(`${LogFiles.metadata} is not an object`, { file: metadataFile, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    const records = readPackageRecords(dir);
    const summary = summarizeSession(records.processing, records.prompts);
    const files = new Map();
    for (const folder of CONTENT_FOLDERS) {
        for (const name of listFiles(path.join(dir, folder)))
            files.set(`${folder}/${name}`, fs.readFileSync(path.join(dir, folder, name)));
    }
    const success = sectionOf(metadata, 'execution').success;
    return {
        info: {
            path: dir,
            session_id: str(metadata.session_id),
            digest,
            compressed: records.compressed,
            success: typeof success === 'boolean' ? success : null,
            model: str(sectionOf(metadata, 'ai_usage').model),
        },
        numbers: runNumbers(metadata),
        files,
        sourceOf: sourcesFromRecords(records.processing),
        outputs: new Map(summary.outputs.map((output) => [output.file, output])),
        issues: readIssues(dir),
    };
}
/** The numbers of a run, from its `metadata.json` (the PRD's fields; `ai_usage.cost_usd` once runs are priced). */
function runNumbers(metadata) {
    const quality = sectionOf(metadata, 'quality_metrics');
    const ai = sectionOf(metadata, 'ai_usage');
    return {
        schema_compliance: num(quality.schema_compliance),
        mobile_optimization_score: num(quality.mobile_optimization_score),
        ari_persona_consistency: num(quality.ari_persona_consistency),
        total_api_calls: num(ai.total_api_calls),
        total_tokens: num(ai.total_tokens),
        duration_seconds: num(sectionOf(metadata, 'execution').duration_seconds),
        cost_usd: num(ai.cost_usd),
    };
}
function deltaOf(base, head) {
    return { base, head, delta: base === null || head === null ? null : round4(head - base) };
}
const issueKey = (issue) => `${issue.rule}\u0000${issue.file ?? ''}`;
function compareIssues(base, head) {
    const counts = deltaOf(base?.length ?? null, head?.length ?? null);
    if (!base || !head)
        return { ...counts, new: null };
    // As many of a rule and file as the base had are not new; the rest are.
    const left = new Map();
    for (const issue of base)
        left.set(issueKey(issue), (left.get(issueKey(issue)) ?? 0) + 1);
    const fresh = head.filter((issue) => {
        const remaining = left.get(issueKey(issue)) ?? 0;
        left.set(issueKey(issue), remaining - 1);
        return remaining <= 0;
    });
    return { ...counts, new: fresh };
}
function qualityOf(output) {
    if (!output)
        return null;
    return { valid: output.valid, errors: output.errors, mobile_optimization_score: output.mobile_optimization_score, ari_persona_consistency: output.ari_persona_consistency };
}
function compareFile(file, base, head) {
    const before = base.files.get(file);
    const after = head.files.get(file);
    const status = !before ? 'added' : !after ? 'removed' : sameContent(file, before, after) ? 'unchanged' : 'changed';
    const comparison = { file, status };
    if (status === 'unchanged' || !file.startsWith(`${WorkFolders.output}/`))
        return comparison;
    const name = path.posix.basename(file);
    comparison.quality = { base: before ? qualityOf(base.outputs.get(name)) : null, head: after ? qualityOf(head.outputs.get(name)) : null };
    if (status === 'changed') {
        const baseTask = parseSupertask(before);
        const headTask = parseSupertask(after);
        if (baseTask && headTask)
            comparison.supertask = diffSupertask(baseTask, headTask);
    }
    return comparison;
}
/** Compares two packages (folders, plain or compressed logs); each must pass `verify`. */
function comparePackages(baseDir, headDir) {
    const base = readPackage(baseDir, 'base');
    const head = readPackage(headDir, 'head');
    const groups = new Map();
    for (const pkg of [base, head]) {
        for (const file of pkg.files.keys()) {
            const name = path.posix.basename(file);
            const source = pkg.sourceOf.get(name) ?? name;
            groups.set(source, (groups.get(source) ?? new Set()).add(file));
        }
    }
    const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    const sources = [];
    for (const source of [...groups.keys()].sort()) {
        const files = [...groups.get(source)].sort().map((file) => compareFile(file, base, head));
        const status = files.every((f) => f.status === 'added')
            ? 'added'
            : files.every((f) => f.status === 'removed')
                ? 'removed'
                : files.every((f) => f.status === 'unchanged')
                    ? 'unchanged'
                    : 'changed';
        counts[status] += 1;
        sources.push(status === 'unchanged' ? { source, status } : { source, status, files });
    }
    const metrics = Object.fromEntries(RUN_METRICS.map((metric) => [metric, deltaOf(base.numbers[metric], head.numbers[metric])]));
    return { base: base.info, head: head.info, counts, sources, metrics, quality_issues: compareIssues(base.issues, head.issues) };
}
const sides = (delta) => `${delta.base ?? 'unknown'} -> ${delta.head ?? 'unknown'}`;
const missingIn = (delta) => (delta.base === null && delta.head === null ? 'both runs' : delta.base === null ? 'the base run' : 'the head run');
function checkQualityDrop(comparison, limit) {
    const budget = 'max-quality-drop';
    const failed = [];
    const unknown = [];
    for (const metric of QUALITY_METRICS) {
        const delta = comparison.metrics[metric];
        if (delta.delta === null)
            unknown.push(`${metric} (not in ${missingIn(delta)})`);
        else if (round4(-delta.delta) > limit)
            failed.push(`${metric} dropped ${round4(-delta.delta)} (${sides(delta)})`);
    }
    const head = `quality drop at most ${limit}`;
    if (failed.length)
        return { budget, limit: String(limit), status: 'fail', message: `${head}: exceeded: ${failed.join('; ')}${unknown.length ? `; not checked: ${unknown.join('; ')}` : ''}` };
    if (unknown.length)
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${unknown.join('; ')}` };
    return { budget, limit: String(limit), status: 'pass', message: `${head}: within (no metric dropped more)` };
}
function checkCostIncrease(comparison, limit) {
    const budget = 'max-cost-increase';
    const shown = 'usd' in limit ? usdText(limit.usd) : `${limit.percent}%`;
    const head = `cost increase at most ${shown}`;
    const cost = comparison.metrics.cost_usd;
    if (cost.base === null || cost.head === null) {
        return { budget, limit: shown, status: 'unknown', message: `${head}: not checked: the cost of ${missingIn(cost)} is unknown (metadata.json has no ai_usage.cost_usd)` };
    }
    const increase = round4(cost.head - cost.base);
    const percent = cost.base > 0 ? round4((increase / cost.base) * 100) : increase > 0 ? Number.POSITIVE_INFINITY : 0;
    const over = 'usd' in limit ? increase > limit.usd : percent > limit.percent;
    const change = `${usdText(cost.base)} -> ${usdText(cost.head)} (${increase >= 0 ? '+' : '-'}${usdText(Math.abs(increase))}${Number.isFinite(percent) ? `, ${percent >= 0 ? '+' : ''}${percent}%` : ''})`;
    return { budget, limit: shown, status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${change}` };
}
function checkNewIssues(comparison, limit) {
    const budget = 'max-new-issues';
    const head = `new quality issues at most ${limit}`;
    const issues = comparison.quality_issues;
    if (issues.new === null) {
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${missingIn(issues)} ${issues.base === null && issues.head === null ? 'have' : 'has'} no ${LOGS_DIR}/${LogFiles.qualityIssues}` };
    }
    const over = issues.new.length > limit;
    return { budget, limit: String(limit), status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${issues.new.length} new (${sides(issues)} in all)` };
}
/** Checks each budget given; the order is the order of the options. */
function checkBudgets(comparison, budgets) {
    const checks = [];
    if (budgets.maxQualityDrop !== undefined)
        checks.push(checkQualityDrop(comparison, budgets.maxQualityDrop));
    if (budgets.maxCostIncrease !== undefined)
        checks.push(checkCostIncrease(comparison, budgets.maxCostIncrease));
    if (budgets.maxNewIssues !== undefined)
        checks.push(checkNewIssues(comparison, budgets.maxNewIssues));
    return checks;
}
/** The error that makes a regression past a budget a failing exit (the CLI) or a failed step (the action). */
function budgetError(checks, headDir) {
    const failed = checks.filter((check) => check.status === 'fail');
    if (!failed.length)
        return null;
    return new LyfeError(`${failed.length} budget(s) exceeded: ${failed.map((check) => `--${check.budget} ${check.limit}`).join(', ')}`, {
        file: headDir,
        fix: 'Look at the comparison for what regressed; fix the content or the prompts, or raise the budget if the change is wanted',
        exitCode: ExitCode.budgetExceeded,
    });
}
function usage(option, expected, value) {
    return new errors/* LyfeError */.L0(`${option} ${JSON.stringify(value)}: expected ${expected}`, { fix: `Give ${option} ${expected}`, exitCode: errors/* ExitCode */.yU.usage });
}
function parseQualityDrop(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
        throw usage('--max-quality-drop', 'a number from 0 to 1 (0.05: five points of a metric)', value);
    return n;
}
function parseCostIncrease(value) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
    if (!match)
        throw usage('--max-cost-increase', 'US dollars (0.50) or a percent of the base cost (10%)', value);
    return match[2] ? { percent: Number(match[1]) } : { usd: Number(match[1]) };
}
function parseNewIssues(value) {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n))
        throw usage('--max-new-issues', 'a whole number, 0 or more', value);
    return n;
}

;// CONCATENATED MODULE: ./dist/lib/pipeline/shard.js




/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
const MAX_SHARDS = 256;
function shard_usage(message, fix) {
    return new errors/* LyfeError */.L0(message, { fix, exitCode: errors/* ExitCode */.yU.usage });
}
/** A shard count from 1 to MAX_SHARDS. */
function checkShardTotal(total) {
    if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS) {
        throw shard_usage(`the shard total ${total} is not a whole number from 1 to ${MAX_SHARDS}`, 'Give --total the number of shards (the matrix size)');
    }
    return total;
}
/** A shard index and total; the index counts from 0. */
function checkShard(spec) {
    checkShardTotal(spec.total);
    if (!Number.isInteger(spec.index) || spec.index < 0 || spec.index >= spec.total) {
        throw shard_usage(`the shard index ${spec.index} is not a whole number from 0 to ${spec.total - 1}`, `Shards count from 0: give an index from 0 to ${spec.total - 1} for ${spec.total} shards`);
    }
    return spec;
}
/** `I/N`, as `run --shard` takes it. */
function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        throw shard_usage(`the shard ${JSON.stringify(value)} is not of the form I/N`, 'Give --shard as index/total, counting from 0: 0/4, 1/4, 2/4, 3/4');
    return checkShard({ index: Number(match[1]), total: Number(match[2]) });
}
const hashOf = (text) => createHash('sha256').update(text).digest('hex');
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
function planShards(dir, files, total) {
    checkShardTotal(total);
    const entries = files.map((file) => {
        const relative = path.relative(dir, file).split(path.sep).join('/');
        return { file, relative, bytes: fs.statSync(file).size, hash: hashOf(relative) };
    });
    const byPath = (a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
    const listing = hashOf([...entries].sort(byPath).map((entry) => `${entry.relative}\t${entry.bytes}\n`).join(''));
    const load = new Array(total).fill(0);
    const shards = Array.from({ length: total }, () => []);
    const bySize = [...entries].sort((a, b) => b.bytes - a.bytes || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) || byPath(a, b));
    for (const entry of bySize) {
        let lightest = 0;
        for (let shard = 1; shard < total; shard++)
            if (load[shard] < load[lightest])
                lightest = shard;
        shards[lightest].push(entry);
        load[lightest] += entry.bytes;
    }
    return { listing, shards: shards.map((shard) => shard.sort(byPath).map((entry) => entry.file)) };
}
/** The files of one shard, with what a run records of it. */
function selectShard(dir, files, spec) {
    checkShard(spec);
    const plan = planShards(dir, files, spec.total);
    return { files: plan.shards[spec.index], info: { index: spec.index, total: spec.total, listing: plan.listing, all_files: files.length } };
}

// EXTERNAL MODULE: ./dist/lib/action/constants.js
var action_constants = __webpack_require__(6706);
;// CONCATENATED MODULE: ./dist/lib/action/input-helper.js





const inputName = (name) => name.replaceAll('_', '-');
/** `core.getBooleanInput`, with an error that names the input as the workflow spells it. */
function booleanInput(name) {
    try {
        return core.getBooleanInput(name);
    }
    catch (error) {
        if (!(error instanceof TypeError))
            throw error;
        throw new Error(`input ${inputName(name)} must be true or false, not ${JSON.stringify(core.getInput(name))}`, { cause: error });
    }
}
function prNumberInput() {
    const text = core.getInput(action_constants/* Inputs */.G0.prNumber);
    if (text === '')
        return undefined;
    if (!/^[1-9]\d*$/.test(text))
        throw new Error(`input pr-number must be the number of a pull request, not ${JSON.stringify(text)}`);
    return Number(text);
}
/** At least one day; the repository's maximum (90 days unless raised) is applied by the artifact client. */
function retentionDaysInput() {
    const text = core.getInput(action_constants/* Inputs */.G0.retentionDays).trim();
    if (text === '')
        return undefined;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1) {
        throw new Error(`input retention-days must be a whole number of days, 1 or more, not ${JSON.stringify(text)}`);
    }
    return days;
}
/** A budget, read by the CLI's own parser; its message names the input as the workflow spells it. */
function budgetInput(name, parse) {
    const text = core.getInput(name);
    if (text === '')
        return undefined;
    try {
        return parse(text);
    }
    catch (error) {
        if (!(error instanceof errors/* LyfeError */.L0))
            throw error;
        // The parser speaks of the CLI's flag (`--max-quality-drop "x": expected ...`).
        throw new Error(error.message.replace(/^--/, 'input '), { cause: error });
    }
}
/** A branch, tag or SHA as git allows it in a ref: no spaces, no `..`, nothing a shell or the API would read otherwise. */
function compareWithInput() {
    const text = core.getInput(action_constants/* Inputs */.G0.compareWith);
    if (text !== '' && (!/^[\w./-]+$/.test(text) || text.includes('..') || text.startsWith('-'))) {
        throw new Error(`input compare-with must be empty, base, or a branch, tag or commit SHA, not ${JSON.stringify(text)}`);
    }
    return text;
}
function budgetsInput() {
    const budgets = {
        maxQualityDrop: budgetInput(action_constants/* Inputs */.G0.maxQualityDrop, parseQualityDrop),
        maxCostIncrease: budgetInput(action_constants/* Inputs */.G0.maxCostIncrease, parseCostIncrease),
        maxNewIssues: budgetInput(action_constants/* Inputs */.G0.maxNewIssues, parseNewIssues),
    };
    return Object.fromEntries(Object.entries(budgets).filter(([, value]) => value !== undefined));
}
function modeInput() {
    const mode = core.getInput(action_constants/* Inputs */.G0.mode) || 'run';
    if (!action_constants/* Modes */.dX.includes(mode))
        throw new Error(`input mode must be ${action_constants/* Modes */.dX.join(' or ')}, not ${JSON.stringify(mode)}`);
    return mode;
}
/** Both or neither: the shard's index (from 0) and the number of shards. */
function shardInput() {
    const index = core.getInput(action_constants/* Inputs */.G0.shardIndex);
    const total = core.getInput(action_constants/* Inputs */.G0.shardTotal);
    if (index === '' && total === '')
        return undefined;
    if (!/^\d+$/.test(index) || !/^\d+$/.test(total)) {
        throw new Error(`inputs shard-index and shard-total must both be whole numbers (index from 0), not ${JSON.stringify(index)} and ${JSON.stringify(total)}`);
    }
    try {
        return checkShard({ index: Number(index), total: Number(total) });
    }
    catch (error) {
        throw new Error(`inputs shard-index/shard-total: ${error.message}`, { cause: error });
    }
}
function getInputs() {
    return {
        openaiApiKey: core.getInput(action_constants/* Inputs */.G0.openaiApiKey),
        jobKey: core.getInput(action_constants/* Inputs */.G0.jobKey),
        comment: booleanInput(action_constants/* Inputs */.G0.comment),
        uploadArtifact: booleanInput(action_constants/* Inputs */.G0.uploadArtifact),
        retentionDays: retentionDaysInput(),
        compress: booleanInput(action_constants/* Inputs */.G0.compress),
        failOnInvalid: booleanInput(action_constants/* Inputs */.G0.failOnInvalid),
        contentPath: core.getInput(action_constants/* Inputs */.G0.contentPath),
        // Not trimmed: the title is the package's, as given.
        title: core.getInput(action_constants/* Inputs */.G0.title, { trimWhitespace: false }),
        prNumber: prNumberInput(),
        reportPackage: core.getInput(action_constants/* Inputs */.G0.reportPackage),
        compareWith: compareWithInput(),
        budgets: budgetsInput(),
        mode: modeInput(),
        shard: shardInput(),
    };
}
function getReportInputs() {
    try {
        return {
            githubToken: core.getInput(action_constants/* Inputs */.G0.githubToken),
            steps: JSON.parse(core.getInput(action_constants/* Inputs */.G0.steps) || '{}'),
        };
    }
    catch {
        throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
    }
}


/***/ }),

/***/ 5046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ WorkFolders),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE)
/* harmony export */ });
/* unused harmony exports WorkFolderNames, LOGS_DIR, LogFiles, ARCHIVE_FILE, ArchivedLogFiles, AUTO_COMPRESS_BYTES */
/** Names inside a package. Tools and docs rely on them: change them only with a format version. */
/** The folders of a work folder, which a package carries as they are. */
const WorkFolders = {
    raw: '01_raw',
    preprocessed: '02_preprocessed',
    output: '03_output',
    reports: 'reports',
};
/** The work folders in the order they are listed. */
const WorkFolderNames = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output, WorkFolders.reports];
const LOGS_DIR = 'logs';
const MANIFEST_FILE = 'manifest.json';
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


/***/ })

};
