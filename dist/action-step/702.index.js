export const id = 702;
export const ids = [702];
export const modules = {

/***/ 2702:
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
    const relative = path.relative(path.resolve(dir), path.resolve(target));
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
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
/** `lyfe-kt package`, with `--work-dir` when the work folder is not the default one. */
const packageCommand = (workDir) => `lyfe-kt package${external_node_path_.resolve(workDir) === external_node_path_.resolve('work') ? '' : ` --work-dir ${workDir}`}`;
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
/**
 * The package title: the one given, else the common prefix of the output file names (without
 * extensions and the pipeline's `_filled_template` part), else `content` (so that the folder is
 * `content-YYYY-MM-DD-HH-MM`, as in the PRD).
 */
function packageTitle(given, outputNames) {
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
function packageFolderName(title, now, attempt = 1) {
    const base = `${title}-${minuteStamp(now)}`;
    return attempt === 1 ? base : `${base}-${attempt}`;
}

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
/**
 * The session and its folders under `RUNNER_TEMP`, outside the caller's checkout. A folder that
 * already exists means a second run with the same session in this job: that needs a `job-key`.
 */
/** What GitHub's artifact service refuses in a file's path (`@actions/artifact`'s own list). */
const NOT_IN_ARTIFACT_PATHS = /["*:<>?|\r\n]/;
/**
 * The package's files are named after the articles, and an article whose name the artifact service
 * refuses would fail the upload after every model call was paid for: refused here, before any.
 * A folder that cannot be read is left to the preprocess step, which says why.
 */
function refuseUnuploadableNames(contentDir) {
    let names;
    try {
        names = external_node_fs_.readdirSync(contentDir);
    }
    catch {
        return;
    }
    // A hidden file (`.draft.md`) is left out by the stages: no package holds its name.
    const refused = names.filter((name) => !name.startsWith('.') && /\.(md|markdown)$/i.test(name) && NOT_IN_ARTIFACT_PATHS.test(name));
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
    if (inputs.contentPath && inputs.uploadArtifact && !isGhes(env))
        refuseUnuploadableNames(external_node_path_.resolve(workingDirectory, inputs.contentPath));
    const reportPackage = reportPackageOf(inputs.reportPackage);
    const jobKey = inputs.jobKey.trim();
    // A key without one would be no key at all: its session would be the unkeyed one's.
    if (jobKey && !(0,id/* sessionKeyOf */.NP)(jobKey))
        throw new Error(`input job-key ${JSON.stringify(jobKey)} has no ASCII letter or digit: give a key of letters, digits, \`.\` and \`-\``);
    const identity = runIdentityFrom(env, jobKey || matrixKeyOf(env));
    const sessionId = sessionIdOf(identity);
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
