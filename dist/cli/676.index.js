export const id = 676;
export const ids = [676];
export const modules = {

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
 * Reads one file out of a zip (a downloaded GitHub artifact) through the zip's central directory,
 * the entry stored or deflated as every zip writer makes them; Node's zlib inflates it.
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
    const records = (0,archive/* readPackageRecords */.f6)(dir);
    const logs = (0,archive/* readPackageLogs */.QT)(dir).files;
    const summary = (0,session_model/* summarizeSession */.Ay)(records.processing, records.prompts);
    const quality = (0,quality_issues/* detectQualityIssues */.$G)({
        summary,
        records: quality_issues/* RecordLocator */.mz.of(records),
        outputDir: external_node_path_.join(dir, constants/* WorkFolders */.BM.output),
        templateDir: external_node_path_.join(dir, constants/* WorkFolders */.BM.preprocessed),
    });
    const target = scratchFile(external_node_path_.basename(external_node_path_.resolve(dir)));
    await (0,page/* writeViewerPage */.f)(target, { title: external_node_path_.basename(external_node_path_.resolve(dir)), session: summary, quality }, {
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


/***/ })

};
