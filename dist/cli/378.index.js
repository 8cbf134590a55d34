export const id = 378;
export const ids = [378,41];
export const modules = {

/***/ 3148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ sessionOption),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Gx: () => (/* binding */ addSessionOptions),
/* harmony export */   Q2: () => (/* reexport safe */ _json_js__WEBPACK_IMPORTED_MODULE_3__.Q),
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   rN: () => (/* binding */ logDirOption),
/* harmony export */   sg: () => (/* binding */ workDirOption)
/* harmony export */ });
/* unused harmony export colorEnabled */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8179);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4159);
// What the commands share: session options, colour, progress. Every command loads it, so it
// imports nothing heavy: the generation options (the LLM SDK, the pipeline) are in
// ./generation-options.ts, `--json` printing in ./json.ts.




/** `--log-dir`: the flag, else LYFE_KT_LOG_DIR, else `logs`. */
function logDirOption() {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--log-dir <dir>', 'folder of the global record files').env('LYFE_KT_LOG_DIR').default('logs');
}
/** `--work-dir`: the flag, else LYFE_KT_WORK_DIR, else `work`. */
function workDirOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--work-dir <dir>', description).env('LYFE_KT_WORK_DIR').default('work');
}
/** `--session`: the flag, else LYFE_KT_SESSION; an empty value is no session (a workflow's unset output). */
function sessionOption(description) {
    return new commander__WEBPACK_IMPORTED_MODULE_2__/* .Option */ .c$('--session <id>', description).env('LYFE_KT_SESSION').argParser((value) => value || undefined);
}
function addSessionOptions(command) {
    return command
        .addOption(workDirOption('work folder of the run (01_raw, 02_preprocessed, 03_output, reports)'))
        .addOption(logDirOption())
        .addOption(sessionOption("session to record into; default: the work folder's, else a new one"))
        .option('-q, --quiet', 'print nothing but errors on stderr')
        .option('--json', 'print the machine-readable result on stdout');
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2m`, `512k`, `300000`: a byte count, in binary units. */
function parseSize(value) {
    const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim());
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()] : Number.NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di('expected a size such as 300000, 512k or 2m');
    return bytes;
}
/** A commander parser for a whole number from `min` to `max`. */
function wholeNumber(min, max) {
    return (value) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max)
            throw new commander__WEBPACK_IMPORTED_MODULE_2__/* .InvalidArgumentError */ .Di(`expected a whole number from ${min} to ${max}`);
        return n;
    };
}
const parsePositiveInt = wholeNumber(1, 64);
const colorOn = new WeakMap();
/**
 * Whether `stream` takes colour, as `util.styleText` decides it: a terminal with colours, unless
 * NO_COLOR is set; FORCE_COLOR wins over both. Asked once per stream: the answer reads the
 * environment and the terminal, and the logs view paints every field of every line.
 */
function colorEnabled(stream = process.stderr) {
    let on = colorOn.get(stream);
    if (on === undefined) {
        on = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)('bold', 'x', { stream }) !== 'x';
        colorOn.set(stream, on);
    }
    return on;
}
function paint(color, text, stream = process.stderr) {
    return colorEnabled(stream) ? (0,node_util__WEBPACK_IMPORTED_MODULE_1__.styleText)(color, text, { validateStream: false }) : text;
}
/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
class Reporter {
    options;
    barShown = false;
    constructor(options) {
        this.options = options;
    }
    note(message) {
        if (this.options.quiet)
            return;
        this.clearBar();
        process.stderr.write(`${message}\n`);
    }
    warn(message) {
        this.clearBar();
        process.stderr.write(`${paint('yellow', 'warning')} ${message}\n`);
    }
    progress(event) {
        if (this.options.quiet)
            return;
        const mark = event.ok ? paint('green', 'ok') : event.error ? `${paint('red', 'failed')} (${event.error})` : paint('red', 'invalid');
        if (process.stderr.isTTY) {
            const width = 24;
            const filled = Math.round((event.done / event.total) * width);
            const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total} ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(event.file)}`;
            process.stderr.write(`\r\u001b[2K${bar.slice(0, (process.stderr.columns || 80) - 1)}`);
            this.barShown = true;
            if (event.done === event.total)
                this.clearBar();
        }
        else {
            process.stderr.write(`[${event.done}/${event.total}] ${mark} ${event.file}\n`);
        }
    }
    clearBar() {
        if (this.barShown) {
            process.stderr.write('\r\u001b[2K');
            this.barShown = false;
        }
    }
}


/***/ }),

/***/ 8676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerViewCommand: () => (/* binding */ registerViewCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(9517);
// EXTERNAL MODULE: ./dist/lib/records/session-model.js
var session_model = __webpack_require__(8169);
// EXTERNAL MODULE: ./dist/lib/package/archive.js
var archive = __webpack_require__(7041);
// EXTERNAL MODULE: ./dist/lib/package/constants.js
var constants = __webpack_require__(5046);
// EXTERNAL MODULE: ./dist/lib/package/quality-issues/index.js + 3 modules
var quality_issues = __webpack_require__(3932);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./dist/lib/package/zip.js




/**
 * Reads files out of a zip (a downloaded GitHub artifact) through the zip's central directory,
 * each entry stored or deflated as every zip writer makes them; Node's zlib inflates it.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
function damaged(file, what) {
    return new errors/* LyfeError */.L0(`not a readable zip file: ${what}`, { file, fix: 'Download the artifact again, or unzip it and give the folder' });
}
/** The entries of a zip, from its central directory. */
function zipEntries(zip, file) {
    let end = zip.length - 22;
    const stop = Math.max(0, zip.length - END_SEARCH);
    while (end >= stop && zip.readUInt32LE(end) !== END_OF_DIRECTORY)
        end--;
    if (end < stop)
        throw damaged(file, 'it has no end of central directory');
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY)
            throw damaged(file, 'its central directory is damaged');
        const nameLength = zip.readUInt16LE(offset + 28);
        entries.push({
            name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            localOffset: zip.readUInt32LE(offset + 42),
        });
        offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    }
    return entries;
}
/** The bytes of one entry. */
function readZipEntry(zip, entry, file) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
        throw damaged(file, `the entry ${entry.name} is damaged`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED)
        return Buffer.from(data);
    if (entry.method === DEFLATED)
        return (0,external_node_zlib_.inflateRawSync)(data);
    throw damaged(file, `the entry ${entry.name} uses compression method ${entry.method}`);
}
/**
 * Every file of a zip written under `dir`, as the zip names them. A name that would land outside
 * `dir` (absolute, or with `..`) is refused before anything is written: an artifact is data.
 */
function extractZip(zip, file, dir) {
    const root = path.resolve(dir);
    const entries = zipEntries(zip, file).filter((entry) => !entry.name.endsWith('/'));
    const targets = entries.map((entry) => {
        const target = path.resolve(root, entry.name);
        if (!target.startsWith(`${root}${path.sep}`))
            throw damaged(file, `the entry ${entry.name} would be written outside the folder it is unpacked to`);
        return target;
    });
    entries.forEach((entry, i) => {
        fs.mkdirSync(path.dirname(targets[i]), { recursive: true });
        fs.writeFileSync(targets[i], readZipEntry(zip, entry, file));
    });
    return targets;
}

// EXTERNAL MODULE: ./dist/lib/package/viewer/page.js + 3 modules
var page = __webpack_require__(802);
;// CONCATENATED MODULE: ./dist/lib/package/viewer/locate.js










/** Where a viewer that is not in a package folder goes: a folder of its own under the system's temporary folder. */
function scratchFile(name) {
    const dir = external_node_path_.join(external_node_os_.tmpdir(), 'lyfe-kt-view', name);
    external_node_fs_.mkdirSync(dir, { recursive: true });
    return external_node_path_.join(dir, constants/* LogFiles */.aE.viewer);
}
/** The viewer inside an artifact zip: `logs/viewer.html` at its root or one folder down. */
function extractFromZip(file) {
    const zip = external_node_fs_.readFileSync(file);
    const wanted = `${constants/* LOGS_DIR */.c6}/${constants/* LogFiles */.aE.viewer}`;
    const entry = zipEntries(zip, file)
        .filter((e) => e.name === wanted || e.name.endsWith(`/${wanted}`))
        .sort((a, b) => a.name.length - b.name.length)[0];
    if (!entry) {
        throw new errors/* LyfeError */.L0(`the zip holds no ${wanted}`, { file, fix: 'Unzip it and run `lyfe-kt view` on the package folder: a package made before the viewer gets one then' });
    }
    const target = scratchFile(external_node_path_.basename(file, external_node_path_.extname(file)));
    external_node_fs_.writeFileSync(target, readZipEntry(zip, entry, file));
    return { path: target, how: 'extracted' };
}
/** A viewer for a package made before packages had one, from the records it carries (plain or compressed). */
async function writeForPackage(dir) {
    const records = (0,archive.readPackageRecords)(dir);
    const logs = (0,archive/* readPackageLogs */.QT)(dir).files;
    const summary = (0,session_model/* summarizeSession */.Ay)(records.processing, records.prompts);
    const quality = (0,quality_issues/* detectQualityIssues */.$G)({
        summary,
        records: quality_issues/* RecordLocator */.mz.of(records),
        outputDir: external_node_path_.join(dir, constants/* WorkFolders */.BM.output),
        templateDir: external_node_path_.join(dir, constants/* WorkFolders */.BM.preprocessed),
    });
    const target = scratchFile(external_node_path_.basename(external_node_path_.resolve(dir)));
    await (0,page/* writeViewerPage */.f7)(target, { title: external_node_path_.basename(external_node_path_.resolve(dir)), session: summary, quality }, {
        processing: [logs.get(constants/* LogFiles */.aE.processingRecords) ?? Buffer.alloc(0)],
        prompts: [logs.get(constants/* LogFiles */.aE.promptRecords) ?? Buffer.alloc(0)],
    });
    return { path: target, how: 'written' };
}
/** The viewer of a package folder or of a downloaded artifact zip: found, extracted or written. */
async function locateViewer(target) {
    let stat;
    try {
        stat = external_node_fs_.statSync(target);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new errors/* LyfeError */.L0('no such package or artifact zip', { file: target, fix: 'Give the folder of a package, or a downloaded artifact .zip' });
        throw new errors/* LyfeError */.L0(`cannot read it: ${error.message}`, { file: target, fix: 'Check its permissions', cause: error });
    }
    if (stat.isFile())
        return extractFromZip(target);
    const own = external_node_path_.join(target, constants/* LOGS_DIR */.c6, constants/* LogFiles */.aE.viewer);
    if (external_node_fs_.existsSync(own))
        return { path: external_node_path_.resolve(own), how: 'found' };
    return writeForPackage(target);
}

// EXTERNAL MODULE: ./dist/lib/cli/common.js
var common = __webpack_require__(3148);
;// CONCATENATED MODULE: ./dist/lib/cli/view.js



/** The system's own way to open a file in the default browser. */
function view_opener(file) {
    if (process.platform === 'darwin')
        return ['open', [file]];
    if (process.platform === 'win32')
        return ['cmd', ['/c', 'start', '""', file]];
    return ['xdg-open', [file]];
}
/** Opens the page without waiting for the browser; a missing opener is a warning, the path is printed anyway. */
function openInBrowser(file, reporter) {
    const [command, args] = view_opener(file);
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { detached: true, stdio: 'ignore' });
        child.once('error', (error) => {
            reporter.warn(`could not open a browser (${command}: ${error.message}); open ${file} yourself`);
            resolve();
        });
        child.once('spawn', () => {
            child.unref();
            resolve();
        });
    });
}
function registerViewCommand(program) {
    program
        .command('view <package>')
        .description("print the path of a package's interactive viewer (logs/viewer.html); <package> is a package folder or a downloaded artifact .zip")
        .option('--open', 'also open it in the default browser')
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (target, options) => {
        const reporter = new common/* Reporter */.a8({});
        const viewer = await locateViewer(target);
        if (options.json)
            (0,common/* printJson */.Q2)(viewer);
        else
            process.stdout.write(`${viewer.path}\n`);
        if (viewer.how === 'written')
            reporter.note(`the package has no viewer (made before lyfe-kt wrote one): written from its records into ${viewer.path}`);
        if (options.open)
            await openInBrowser(viewer.path, reporter);
    });
}


/***/ }),

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

/***/ 5046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ WorkFolders),
/* harmony export */   VZ: () => (/* binding */ AUTO_COMPRESS_BYTES),
/* harmony export */   aE: () => (/* binding */ LogFiles),
/* harmony export */   c6: () => (/* binding */ LOGS_DIR),
/* harmony export */   ch: () => (/* binding */ WorkFolderNames),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   sX: () => (/* binding */ ARCHIVE_FILE),
/* harmony export */   wS: () => (/* binding */ ArchivedLogFiles)
/* harmony export */ });
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
const AUTO_COMPRESS_BYTES = 64 * 1024 * 1024;


/***/ }),

/***/ 5817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ qualityCounts),
/* harmony export */   D: () => (/* binding */ FAIL_ON_LEVELS),
/* harmony export */   Hu: () => (/* binding */ failsOn),
/* harmony export */   Tu: () => (/* binding */ RuleIds),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * Quality issues: what a content editor should look at in a run, each found by a named rule over
 * the generated files or the session's records. `schema/quality_issues.schema.json` is the
 * contract of `logs/quality_issues.json`; docs/quality-issues.md lists the rules.
 */
/** `error`: the lesson is wrong as it stands; `warning`: an editor should look; `info`: how the run went, not the content. */
const SEVERITIES = ['error', 'warning', 'info'];
/** The severities `--fail-on` accepts: fail on errors, or on warnings and errors. */
const FAIL_ON_LEVELS = ['error', 'warning'];
const RuleIds = {
    schemaInvalid: 'schema-invalid',
    overMobileLimit: 'over-mobile-limit',
    quizAnswerNotAnOption: 'quiz-answer-not-an-option',
    quizOptionsRepeat: 'quiz-options-repeat',
    duplicatedItem: 'duplicated-item',
    languageDiffers: 'language-differs',
    personaMarkersMissing: 'persona-markers-missing',
    copiedFromSource: 'copied-from-source',
    callRetried: 'call-retried',
    callFailed: 'call-failed',
    responseTruncated: 'response-truncated',
    callSlow: 'call-slow',
    callLarge: 'call-large',
};
/** Whether there is an issue at or above `failOn`. */
function failsOn(counts, failOn) {
    return counts.error > 0 || (failOn === 'warning' && counts.warning > 0);
}
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** The counts in a few words: `2 errors, 1 warning, 3 notes`, or `none`. */
function qualityCounts(counts) {
    const { error, warning, info } = counts;
    if (error + warning + info === 0)
        return 'none';
    return [error ? plural(error, 'error') : '', warning ? plural(warning, 'warning') : '', info ? plural(info, 'note') : ''].filter(Boolean).join(', ');
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
