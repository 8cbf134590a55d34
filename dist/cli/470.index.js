export const id = 470;
export const ids = [470];
export const modules = {

/***/ 7041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ readPackageLogs),
/* harmony export */   YO: () => (/* binding */ archiveLogs),
/* harmony export */   bz: () => (/* binding */ digestArchive),
/* harmony export */   readPackageRecords: () => (/* binding */ readPackageRecords),
/* harmony export */   uM: () => (/* binding */ removeArchivedLogs)
/* harmony export */ });
/* unused harmony export readArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8697);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9517);
/* harmony import */ var _records_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(766);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5046);
/* harmony import */ var _text_logs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9894);









/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = 1024 * 1024;
const TAR_BLOCK = 512;
/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name, size, mtime) {
    const block = Buffer.alloc(TAR_BLOCK);
    if (new tar__WEBPACK_IMPORTED_MODULE_4__/* .Header */ .Y9({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
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
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        const plain = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        let member = written.get(name);
        if (!member?.gzip) {
            if (!member && !node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(plain))
                continue;
            member = await thread.fromFile(plain, { gzip: (0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name) });
        }
        members.push([name, { ...member, gzip: member.gzip }]);
    }
    const archive = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX);
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(archive, 'w');
    try {
        let padding = 0;
        for (const [name, member] of members) {
            await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])));
            for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(member.gzip, { highWaterMark: READ_BYTES }))
                await out.write(chunk);
            padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
        }
        // The end of a tar archive: two empty blocks.
        await out.write((0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gzipSync)(Buffer.alloc(padding + 2 * TAR_BLOCK)));
    }
    finally {
        await out.close();
    }
    return {
        before: members.reduce((total, [, member]) => total + member.bytes, 0),
        after: node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(archive).size,
        members: new Map(members.map(([name, { sha256, bytes }]) => [name, { sha256, bytes }])),
    };
}
/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
function removeArchivedLogs(logsDir, archived) {
    for (const name of _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ArchivedLogFiles */ .wS) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync((0,_text_logs_js__WEBPACK_IMPORTED_MODULE_8__/* .memberGzip */ .T)(logsDir, name), { force: true });
        if (archived)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name), { force: true });
    }
}
/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file, onMember) {
    try {
        tar__WEBPACK_IMPORTED_MODULE_4__.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`the compressed logs cannot be read: ${error.message}`, {
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
function digestArchive(file) {
    const digests = new Map();
    visitArchive(file, (entry) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
    const logsDir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(packageDir, _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LOGS_DIR */ .c6);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(logsDir)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    const files = new Map();
    let compressed = false;
    for (const name of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(logsDir).sort()) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(logsDir, name);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).isFile())
            continue;
        if (name === _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_FILE */ .sX) {
            compressed = true;
            for (const [member, content] of readArchive(file))
                files.set(member, content);
        }
        else {
            files.set(name, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file));
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
        if (!(0,_records_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .isLogRecord */ .Y9)(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .LyfeError */ .L0(`line ${index + 1} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
        }
        records.push(value);
    });
    return records;
}
/** The session records a package carries (plain or compressed), for every tool that reads a package. */
function readPackageRecords(packageDir) {
    const logs = readPackageLogs(packageDir);
    const processing = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.processingRecords, packageDir);
    const prompts = parseJsonl(logs.files.get(_constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords), _constants_js__WEBPACK_IMPORTED_MODULE_7__/* .LogFiles */ .aE.promptRecords, packageDir);
    return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
}


/***/ }),

/***/ 7470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   NW: () => (/* binding */ recordedOutputs),
/* harmony export */   Wp: () => (/* binding */ packageBytes),
/* harmony export */   verifyPackage: () => (/* binding */ verifyPackage)
/* harmony export */ });
/* unused harmony exports MANIFEST_FORMAT, digestOf, buildManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9517);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7041);
/* harmony import */ var _records_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6689);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5046);








/**
 * `manifest.json`: the SHA-256 of every file of a package, and one digest over all of them, so that
 * any changed, missing or added byte is found by `lyfe-kt verify`. The digest is what to quote
 * (in a PR comment, a ticket) to name one exact package.
 */
const MANIFEST_FORMAT = 'lyfe-kt-package-manifest/1';
function entryOf(content) {
    return { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex'), bytes: content.length };
}
function hashFile(file) {
    return entryOf(node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file));
}
function digestOf(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const name of Object.keys(files).sort())
        hash.update(`${files[name].sha256}  ${name}\n`);
    return hash.digest('hex');
}
/** Every entry under `dir` but the manifest, as sorted `/` paths; `others` collects what is neither file nor folder. */
function walk(dir, others = []) {
    const files = [];
    const visit = (relative) => {
        for (const entry of node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, relative), { withFileTypes: true })) {
            const name = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                visit(name);
            else if (entry.isFile()) {
                if (name !== _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1)
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
    for (const name of files.filter((file) => node_path__WEBPACK_IMPORTED_MODULE_2__.posix.basename(file) === _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_FILE */ .sX)) {
        const members = {};
        const digests = known.get(name) ?? (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        for (const [member, entry] of [...digests].sort(([a], [b]) => (a < b ? -1 : 1)))
            members[member] = { sha256: entry.sha256, bytes: entry.bytes };
        archives[name] = members;
    }
    return archives;
}
/** The folder of a package that holds what each pipeline stage writes. */
const OUTPUT_FOLDER = { preprocess: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.preprocessed, generate: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkFolders */ .BM.output };
/** The outputs a session's records say its stages wrote, as sorted package paths (`03_output/x.json`). */
function recordedOutputs(processing) {
    const files = new Set();
    for (const record of processing) {
        const folder = OUTPUT_FOLDER[record.stage];
        if (record.event !== _records_types_js__WEBPACK_IMPORTED_MODULE_5__/* .Events */ .sV.fileResult || !folder)
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`the package holds entries that are not files: ${others.join(', ')}`, { file: dir });
    const files = {};
    for (const name of names) {
        const digest = known.files?.get(name);
        files[name] = digest ? { sha256: digest.sha256, bytes: digest.bytes } : hashFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
    }
    return { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: digestOf(files), files, archives: archivesOf(dir, names, known.archives ?? new Map()) };
}
/** The bytes of the package in `dir` that `manifest` lists: its files, and manifest.json itself. */
function packageBytes(dir, manifest) {
    return Object.values(manifest.files).reduce((total, file) => total + file.bytes, 0) + node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1)).size;
}
function writeManifest(dir, known) {
    const manifest = buildManifest(dir, known);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
function readManifest(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_FILE */ .h1);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('the package has no manifest.json', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    try {
        const manifest = JSON.parse(text);
        if (manifest.format !== MANIFEST_FORMAT || !manifest.files || typeof manifest.files !== 'object')
            throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
        return manifest;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0(`manifest.json is damaged: ${error.message}`, { file, fix: 'The package cannot be trusted; rebuild it from its source' });
    }
}
/** A package holds every output its own records say the run wrote: one that lacks any claims more than happened. */
function checkRecordedOutputs(dir, manifest, problems) {
    let processing;
    try {
        processing = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__.readPackageRecords)(dir).processing;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0))
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
function verifyPackage(dir) {
    if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(dir) || !node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(dir).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LyfeError */ .L0('no such package folder', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
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
        const actual = hashFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        if (actual.sha256 !== expected.sha256 || actual.bytes !== expected.bytes) {
            result.changed.push(name);
            continue;
        }
        const members = manifest.archives?.[name];
        if (members) {
            const inside = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .digestArchive */ .bz)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
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


/***/ }),

/***/ 9894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ RecordLogsWriter),
/* harmony export */   T: () => (/* binding */ memberGzip)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _records_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5001);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);



/** Where `RecordLogsWriter` puts the gzip member of `name` until the archive or the viewer takes it. */
const memberGzip = (logsDir, name) => node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, `.${name}.gz`);
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
            const target = compress ? { gzip: memberGzip(logsDir, name) } : { plain: node_path__WEBPACK_IMPORTED_MODULE_0__.join(logsDir, name), ...(jsonl ? { gzip: memberGzip(logsDir, name) } : {}) };
            const sink = thread.open(target);
            this.sinks.set(name, sink);
            return sink;
        };
        this.processingLog = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processing, false);
        this.processingJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.processingRecords, true);
        this.promptsAudit = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptsAudit, false);
        this.promptsJsonl = open(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .LogFiles */ .aE.promptRecords, true);
    }
    /**
     * `processing.log` gets its line (time, level, stage, event, files, message), `processing.jsonl`
     * the record: its `line` as read, else serialized.
     */
    processing(record, line) {
        this.counts.processing += 1;
        this.processingLog.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRecordLine */ .zH)(record)}\n`);
        writeRecord(this.processingJsonl, record, line);
    }
    /** `prompts_audit.log` gets its block (an LLM attempt: model, tokens, latency, outcome, messages, response), `prompts.jsonl` the record. */
    prompt(record, line) {
        this.counts.prompts += 1;
        this.promptsAudit.write(`${(0,_records_render_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAttempt */ .lZ)(record)}\n\n`);
        writeRecord(this.promptsJsonl, record, line);
    }
    /** Hands over the rest at once; resolves once every file is complete. */
    async close() {
        // Every sink hands over its rest now, before this returns: the thread finishes them together.
        const closed = [...this.sinks].map(async ([name, sink]) => [name, await sink.close()]);
        return new Map(await Promise.all(closed));
    }
}


/***/ }),

/***/ 5001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ formatSessionTable),
/* harmony export */   lZ: () => (/* binding */ formatAttempt),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   qi: () => (/* binding */ statusStyle),
/* harmony export */   zH: () => (/* binding */ formatRecordLine)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6689);

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
function formatRecordLine(record, paint = plain) {
    const level = record.level;
    const concerned = files(record);
    return `${paint('dim', displayTime(record.time))} ${paint(level, level.toUpperCase().padEnd(5))} ${paint('stage', record.stage.padEnd(10))} ${paint('event', record.event.padEnd(12))} ${concerned ? `${concerned} ` : ''}${record.msg ?? ''}`;
}
/** Every line of `text` indented by four spaces. */
function indent(text) {
    return `    ${text.replaceAll('\n', '\n    ')}`;
}
/** A block per LLM attempt: what was asked, what came back, and how it went. */
function formatAttempt(record, paint = plain) {
    if (record.event !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .Events */ .sV.llmAttempt)
        return formatRecordLine(record, paint);
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


/***/ })

};
