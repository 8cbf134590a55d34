/**
 * The two pipeline stages as the `preprocess`, `generate` and `run` commands and the programmatic
 * API run them: inputs checked before anything is written, the provider chosen once, the outputs
 * kept in the work folder for the package. Reporting and interruption come in as hooks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError, someNames } from '../errors.js';
import { generateFiles, generateOutput } from '../pipeline/generate.js';
import { Feed } from '../pipeline/feed.js';
import { listMarkdownFiles, markdownName, nameKey, NAMES_ALIKE, readAllMarkdown } from '../pipeline/inputs.js';
import { LEVELS } from '../pipeline/limits.js';
import { FILLED_TEMPLATE_SUFFIX, preprocessOutputs, preprocessTemplates } from '../pipeline/preprocess.js';
import { callSlots } from '../pipeline/slots.js';
import { selectProvider } from '../pipeline/providers.js';
import { sessionEnded, sessionHasRecords } from '../records/sessions.js';
import { Events } from '../records/types.js';
import { forEachSessionRecord } from '../records/filter.js';
import { assertSessionId } from '../session/id.js';
import { readSessionOrDamaged, readWorkSession, SESSION_FILE } from '../session/store.js';
import { runStage } from '../stage/run-stage.js';
import { WorkFolders } from './constants.js';
import { checkLogDir, checkStageOutputDir, checkWorkDir } from './log-dir.js';
import { packagingError, packagingHolder, refusePackageFolders } from './packaged-work.js';
/**
 * The provider is chosen (and named) once per options object, even when `run` runs two stages with
 * it; the calls' slots too, so that stages running at once with it share `concurrency`.
 */
const chosen = new WeakMap();
function pipelineOptions(options, hooks) {
    let once = chosen.get(options);
    if (!once) {
        const selected = selectProvider(options);
        hooks.note?.(selected.reason);
        once = { provider: selected.provider, slot: callSlots(options.concurrency) };
        chosen.set(options, once);
    }
    const { provider, slot } = once;
    return {
        sessionInfo: { provider: provider.name, model: provider.model, schema_version: options.schemaVersion, ...(options.shardInfo ? { shard: options.shardInfo } : {}) },
        pipeline: {
            provider,
            schemaVersion: options.schemaVersion,
            concurrency: options.concurrency,
            signal: hooks.signal,
            onProgress: hooks.progress,
            onOutput: hooks.output,
            onTemplate: hooks.template,
            slot,
        },
    };
}
/** Chooses the stages' provider now (see `pipelineOptions`): a run refuses a provider it cannot use before it writes anything. */
export function chooseProvider(options, hooks) {
    pipelineOptions(options, hooks);
}
/**
 * The articles of a folder; those in its subfolders are warned about unless `recursive` takes them,
 * and so are entries named like articles that are not files.
 */
export function articlesOf(dir, recursive, hooks) {
    const { files, skipped, notFiles, hidden } = listMarkdownFiles(dir, { recursive });
    if (skipped.length)
        hooks.warn?.(`skipped ${skipped.length} file(s) in subfolders of ${dir} (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', ...' : ''}); pass --recursive to take them`);
    warnNotFiles(notFiles, hooks, 'pass --recursive to take its articles');
    warnHidden(hidden, hooks);
    return files;
}
/** Says which entries named like articles were left out for not being files. */
function warnNotFiles(notFiles, hooks, folderFix) {
    if (notFiles.length === 0)
        return;
    const named = notFiles.map((entry) => `${entry.path} (${entry.kind}${entry.kind === 'a folder' ? `: ${folderFix}` : ''})`);
    hooks.warn?.(`left out ${notFiles.length} entr${notFiles.length === 1 ? 'y' : 'ies'} named like articles that ${notFiles.length === 1 ? 'is not a file' : 'are not files'}: ${someNames(named)}`);
}
/** Says which markdown files were left out for their hidden names. */
function warnHidden(hidden, hooks) {
    if (hidden.length === 0)
        return;
    hooks.warn?.(`left out ${hidden.length} hidden file(s), named from a dot or in a folder that is: ${someNames(hidden)}; rename one to take it, or give it by name with \`file\``);
}
/**
 * The filled templates of a folder: what preprocess wrote there, without the sources beside them.
 * Only those directly inside it: `generate directory` has no --recursive, so templates found only in
 * subfolders are refused naming the subfolders to give instead.
 */
export function listTemplates(dir, hooks = {}) {
    const isTemplate = (file) => file.endsWith(FILLED_TEMPLATE_SUFFIX);
    // A hidden article given by name (`preprocess file .draft.md`) has a hidden template; macOS's `._` copies are none.
    const takeHidden = (name) => isTemplate(name) && !name.startsWith('._');
    // Its own refusal when there are none: the listing's would ask for articles.
    const { files, skipped, notFiles, hidden } = listMarkdownFiles(dir, { takeHidden, emptyAllowed: true });
    warnNotFiles(notFiles.filter((entry) => isTemplate(entry.path)), hooks, 'give the folder itself to `generate directory`');
    warnHidden(hidden.filter(isTemplate), hooks);
    const templates = files.filter(isTemplate);
    if (templates.length === 0) {
        const below = skipped.filter(isTemplate);
        throw new LyfeError(`contains no *${FILLED_TEMPLATE_SUFFIX} files${below.length ? ` (${below.length} in subfolders)` : ''}`, {
            file: dir,
            fix: below.length ? giveSubfolders(below) : 'Give the folder `lyfe-kt preprocess` wrote the templates into',
        });
    }
    return templates;
}
/** The fix for templates that are all in subfolders: `generate directory` of each subfolder. */
function giveSubfolders(files) {
    const folders = [...new Set(files.map((file) => path.dirname(file)))];
    const which = folders.length === 1 ? 'the subfolder itself' : 'each subfolder itself, one `generate directory` each';
    return `\`generate directory\` takes only the templates directly inside the folder it is given: give ${which} (${someNames(folders)})`;
}
/**
 * Sources preprocessed from outside the work folder are copied into `01_raw` before any is
 * preprocessed, so that the package holds every source of the run, those whose preprocessing failed
 * or never ended included, as `run` copies its articles.
 */
function keepSources(inputs, workDir) {
    const raw = path.resolve(workDir, WorkFolders.raw);
    for (const { file: input } of inputs) {
        if (path.dirname(path.resolve(input)) === raw)
            continue;
        fs.mkdirSync(raw, { recursive: true });
        fs.copyFileSync(input, path.join(raw, path.basename(input)));
    }
}
/**
 * Outputs a stage writes outside the work folder are copied into it as they are written, before the
 * session records them, so that the package holds every output the session recorded, even of a
 * stage killed mid-way. Returns what copies one, or undefined when the stage writes into the work folder.
 */
function keepOutputs(outDir, workFolder) {
    if (path.resolve(outDir) === path.resolve(workFolder))
        return undefined;
    return (name) => {
        try {
            fs.mkdirSync(workFolder, { recursive: true });
            fs.copyFileSync(path.join(outDir, name), path.join(workFolder, name));
        }
        catch (error) {
            throw new LyfeError(`cannot be kept in the work folder for its package (${error.code ?? errorText(error)})`, {
                file: path.join(outDir, name),
                fix: `Check that ${workFolder} is a folder you can write, then run the stage again`,
                cause: error,
            });
        }
    };
}
/** Longer file names cannot be made on Linux, macOS or Windows. */
const NAME_MAX_BYTES = 255;
/** The supertasks a filled template leads to. */
export const templateOutputs = (name) => LEVELS.map((level) => generateOutput(name, level));
/** The files a source article leads to: its filled template and analysis, then a supertask per level. */
export const articleOutputs = (name) => {
    const { template, analysis } = preprocessOutputs(name);
    // Generate names a template's outputs after its name as `readMarkdown` gives it.
    return [template, analysis, ...templateOutputs(markdownName(template))];
};
/** Refuses an input whose outputs (`outputsOf` its name) could not be written for a name too long. */
export function checkOutputNames(inputs, outputsOf) {
    for (const input of inputs) {
        const longest = outputsOf(input.name).reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a));
        const over = Buffer.byteLength(longest) - NAME_MAX_BYTES;
        if (over > 0) {
            throw new LyfeError(`its output ${longest} would have a name of ${NAME_MAX_BYTES + over} bytes, longer than a file name may be (${NAME_MAX_BYTES})`, {
                file: input.file,
                fix: `Rename it with a name at least ${over} byte${over === 1 ? '' : 's'} shorter`,
                exitCode: ExitCode.usage,
            });
        }
    }
}
/**
 * Bad input is refused before a session, a work folder or a provider exists, an input whose outputs
 * would have too long a name as well. Returns the inputs read, for the stage to use; inputs already
 * read are taken as they are.
 */
export function checkStageInput(files, options, outputsOf, outDir) {
    const inputs = readAllMarkdown(files, options.maxInputSize === undefined ? {} : { maxBytes: options.maxInputSize });
    checkOutputNames(inputs, outputsOf);
    if (options.session !== undefined)
        assertSessionId(options.session, '--session');
    checkWorkDir(options.workDir);
    checkLogDir(options.logDir);
    if (outDir !== undefined)
        checkStageOutputDir(outDir);
    refusePackageFolders(options.workDir, outDir);
    // What a stage wrote into a work folder being packaged would be taken by that package, or deleted with its files.
    const packager = packagingHolder(options.workDir);
    if (packager !== undefined)
        throw packagingError(options.workDir, packager, '; then run the stage again, in a session of its own');
    if (options.session !== undefined && sessionEnded(options.logDir, options.session)) {
        throw new LyfeError(`session ${options.session} has ended (it was packaged): a run in it again would be counted with the first one in one package`, {
            fix: 'Give another session with --session or LYFE_KT_SESSION, or neither to begin a new one (a packaging of it that was stopped is finished by `lyfe-kt package` in its work folder)',
            exitCode: ExitCode.usage,
        });
    }
    return inputs;
}
const FILE_RESULTS = new Set([Events.fileResult]);
/**
 * Refuses to join the work folder's session (not yet packaged) where `--log-dir` holds no record of
 * it: its earlier stages wrote theirs to another folder, and the package made from this one would
 * hold the run's files with the records of this stage alone, its start and earlier stages missing.
 * Checked before the stage starts, writing nothing.
 */
function refuseSessionElsewhere(options) {
    const work = readSessionOrDamaged(options.workDir);
    if (!work || work.packaged || (options.session !== undefined && options.session !== work.session_id))
        return;
    if (sessionHasRecords(options.logDir, work.session_id))
        return;
    throw new LyfeError(`the work folder's session ${work.session_id} has no records in ${path.resolve(options.logDir)}: its earlier stages wrote them to another folder`, {
        file: options.logDir,
        fix: `Nothing was written; give --log-dir (or LYFE_KT_LOG_DIR) the folder they wrote to, or, if their records are lost, remove ${path.join(options.workDir, SESSION_FILE)} to begin a new session`,
    });
}
/**
 * Refuses an article whose name an article at another path took earlier in the session (the session
 * the stage would join, as `resolveSession` finds it): its template, analysis, supertasks and copy in
 * `01_raw/` would replace that one's, and the package hold only one of the two. The same article
 * again (its path, or its copy in `01_raw/`) is a re-run, whose outputs replace its own as meant.
 * Checked before the stage starts: a refused input is no failure of the session's run.
 */
function refuseNamesTaken(sources, options, fresh) {
    const sessionId = options.session ?? (fresh ? undefined : readWorkSession(options.workDir)?.session_id);
    if (sessionId === undefined)
        return;
    /** The paths each article name was preprocessed from in the session. */
    const earlier = new Map();
    forEachSessionRecord(options.logDir, sessionId, 'processing', (record) => {
        const source = record.data?.source;
        if (record.stage !== 'preprocess' || record.data?.ok !== true || typeof source !== 'string')
            return;
        const name = nameKey(markdownName(source));
        earlier.set(name, (earlier.get(name) ?? new Set()).add(source));
    }, FILE_RESULTS);
    const raw = path.resolve(options.workDir, WorkFolders.raw);
    for (const input of sources) {
        const paths = [...(earlier.get(nameKey(input.name)) ?? [])];
        const file = path.resolve(input.file);
        if (paths.length === 0 || paths.some((other) => file === other || file === path.join(raw, path.basename(other))))
            continue;
        const other = paths[0];
        const shown = path.relative(process.cwd(), other);
        const alike = markdownName(other) === input.name ? '' : ` (but for ${NAMES_ALIKE})`;
        throw new LyfeError(`has the same name as ${shown.startsWith('..') ? other : shown}${alike}, preprocessed earlier in session ${sessionId}: its outputs would replace that article's`, {
            file: input.file,
            fix: 'Nothing was written; rename one of them (the outputs are named after the article), or preprocess it in a session of its own (another --work-dir)',
        });
    }
}
/**
 * Stage 1: source articles into filled templates in `outDir`, kept in the work folder's
 * `02_preprocessed`. Besides the stage's results, the templates as generate reads them.
 */
export async function preprocessStage(inputs, outDir, options, hooks = {}, fresh = false) {
    const sources = checkStageInput(inputs, options, articleOutputs, outDir);
    if (!fresh)
        refuseSessionElsewhere(options);
    refuseNamesTaken(sources, options, fresh);
    const { pipeline, sessionInfo } = pipelineOptions(options, hooks);
    const run = await runStage({ stage: 'preprocess', workDir: options.workDir, logDir: options.logDir, session: options.session, fresh, sessionInfo, signal: hooks.signal, began: hooks.began }, async (stats) => {
        keepSources(sources, options.workDir);
        return preprocessTemplates(sources, outDir, { ...pipeline, onWritten: keepOutputs(outDir, path.join(options.workDir, WorkFolders.preprocessed)) }, stats);
    });
    return { ...run, result: run.result.results, templates: run.result.templates };
}
/**
 * Refuses a schema version other than the one the session checked its other supertasks against:
 * its package states one version and measures schema compliance against it (as `merge` asks of
 * shards), so a supertask checked against the other would be counted valid against one it was
 * never checked against. The supertasks this stage makes again replace their earlier results, so
 * those do not count. Checked before the stage starts, writing nothing.
 */
function refuseOtherSchemaVersion(inputs, options) {
    const work = options.session === undefined ? readWorkSession(options.workDir) : readSessionOrDamaged(options.workDir);
    // A run packaged already (--keep-work) takes no stage: the stage is refused as it begins, saying so.
    if (work?.packaged)
        return;
    const sessionId = options.session ?? work?.session_id;
    if (sessionId === undefined)
        return;
    const remade = new Set(inputs.flatMap((input) => templateOutputs(input.name)));
    /** Each supertask's version, by its last result. */
    const versions = new Map();
    forEachSessionRecord(options.logDir, sessionId, 'processing', (record) => {
        const version = record.data?.schema_version;
        if (record.stage !== 'generate' || typeof version !== 'string')
            return;
        for (const output of record.output ?? [])
            versions.set(output, version);
    }, FILE_RESULTS);
    const others = [...versions].filter(([output, version]) => version !== options.schemaVersion && !remade.has(output));
    if (others.length === 0)
        return;
    const version = others[0][1];
    const names = others.filter((other) => other[1] === version).map(([output]) => output);
    throw new LyfeError(`--schema-version ${options.schemaVersion}: session ${sessionId} checked ${someNames(names)} against schema v${version}, and its package states one version and measures schema compliance against it`, {
        fix: `Nothing was written; give --schema-version ${version}, generate those templates again with ${options.schemaVersion} in the same command, or package this run first and generate in a session of its own`,
        exitCode: ExitCode.usage,
    });
}
/**
 * Stage 2: filled templates into supertasks in `outDir`, kept in the work folder's `03_output`; the
 * report goes to `reports`. A `Feed` of templates (`run`) comes from preprocessing, which checked them.
 */
export async function generateStage(templates, outDir, options, hooks = {}) {
    let inputs;
    if (templates instanceof Feed)
        inputs = templates;
    else {
        inputs = checkStageInput(templates, options, templateOutputs, outDir);
        refuseSessionElsewhere(options);
        refuseOtherSchemaVersion(inputs, options);
    }
    const { pipeline, sessionInfo } = pipelineOptions(options, hooks);
    const reportsDir = path.join(options.workDir, WorkFolders.reports);
    return runStage({ stage: 'generate', workDir: options.workDir, logDir: options.logDir, session: options.session, sessionInfo, signal: hooks.signal, began: hooks.began }, async (stats) => {
        return await generateFiles(inputs, outDir, reportsDir, { ...pipeline, onWritten: keepOutputs(outDir, path.join(options.workDir, WorkFolders.output)) }, stats);
    });
}
