/**
 * `lyfe-kt`: the programmatic API, for scripts that want what the CLI does without a shell. Each
 * function takes the CLI command's options (camel-cased, with the same defaults) and calls the same
 * library functions the command calls; results are returned and failures thrown as `LyfeError`
 * (with `file`, `fix` and the CLI's `exitCode`), never printed. Like `lyfe-kt/vite`, an edge: it
 * uses the library and knows nothing of commander.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError } from './errors.js';
import { packageRun } from './package/assemble.js';
import { WorkFolders } from './package/constants.js';
import { sanitizeTitle } from './package/title.js';
import { generateFiles } from './pipeline/generate.js';
import { listMarkdown, readAllMarkdown } from './pipeline/inputs.js';
import { DEFAULT_CONCURRENCY } from './pipeline/options.js';
import { FILLED_TEMPLATE_SUFFIX, preprocessFiles } from './pipeline/preprocess.js';
import { selectProvider } from './pipeline/providers.js';
import { DEFAULT_SCHEMA_VERSION, isSchemaVersion } from './pipeline/schema.js';
import { readSessionRecords } from './records/filter.js';
import { sessionStatus } from './records/sessions.js';
import { summarizeSession } from './records/session-model.js';
import { assertSessionId } from './session/id.js';
import { readWorkSession } from './session/store.js';
import { runStage } from './stage/run-stage.js';
export { ExitCode, LyfeError } from './errors.js';
export { packageRun } from './package/assemble.js';
export { verifyPackage } from './package/manifest.js';
export { readPackageRecords } from './package/archive.js';
export { listSessions } from './records/sessions.js';
/**
 * `lyfe-kt run <indir>`: preprocess and generate every `.md` of `indir` in one session, then
 * package the run with its records. A run that stops on an error leaves its work folder as it is,
 * for `packageRun` to package as failed.
 */
export async function run(indir, options = {}) {
    const workDir = options.workDir ?? 'work';
    const logDir = options.logDir ?? 'logs';
    const schemaVersion = options.schemaVersion ?? DEFAULT_SCHEMA_VERSION;
    // Everything given is checked before the work folder is touched, as the CLI does.
    const sources = listMarkdown(indir);
    readAllMarkdown(sources);
    if (options.session !== undefined)
        assertSessionId(options.session, 'session');
    if (options.title !== undefined)
        sanitizeTitle(options.title);
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    // What commander checks for the CLI: scripts in JavaScript have no compiler to do it.
    if (!isSchemaVersion(schemaVersion))
        throw usageError(`schemaVersion ${JSON.stringify(schemaVersion)} is not a supertask schema version`, "Use '1.0' or '1.1'");
    if (options.provider !== undefined && !['openai', 'offline'].includes(options.provider)) {
        throw usageError(`provider ${JSON.stringify(options.provider)} is not an LLM provider`, "Use 'openai' or 'offline', or leave it out");
    }
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw usageError(`concurrency ${concurrency} is not a whole number from 1 to 64`, 'Pass a concurrency from 1 to 64, or leave it out');
    }
    const existing = readWorkSession(workDir);
    if (existing) {
        throw new LyfeError(`the work folder holds a run that was not packaged (session ${existing.session_id})`, {
            file: workDir,
            fix: 'Package it with `packageRun`, or remove the folder, then run again',
        });
    }
    const { provider } = selectProvider({
        provider: options.provider,
        model: options.model,
        reasoningEffort: options.reasoningEffort,
        responseFormat: options.responseFormat,
        timeout: options.timeout,
        maxCompletionTokens: options.maxCompletionTokens,
    });
    const pipeline = { provider, schemaVersion, concurrency, onProgress: options.onProgress, signal: options.signal };
    const sessionInfo = { provider: provider.name, model: provider.model, schema_version: schemaVersion };
    const work = (folder) => path.join(workDir, folder);
    fs.mkdirSync(work(WorkFolders.raw), { recursive: true });
    for (const source of sources)
        fs.copyFileSync(source, path.join(work(WorkFolders.raw), path.basename(source)));
    const raw = listMarkdown(work(WorkFolders.raw));
    const pre = await runStage({ stage: 'preprocess', workDir, logDir, session: options.session, fresh: true, sessionInfo }, (stats) => preprocessFiles(raw, work(WorkFolders.preprocessed), pipeline, stats));
    const session = pre.session.session_id;
    const templates = listMarkdown(work(WorkFolders.preprocessed)).filter((file) => file.endsWith(FILLED_TEMPLATE_SUFFIX));
    const generated = await runStage({ stage: 'generate', workDir, logDir, session, sessionInfo }, (stats) => generateFiles(templates, work(WorkFolders.output), work(WorkFolders.reports), pipeline, stats));
    const built = await packageRun({ workDir, logDir, session, outputDir: options.outputDir ?? 'packages', title: options.title, keepWork: options.keepWork, compress: options.compress });
    return { session_id: session, package: built, generation: generated.result };
}
function usageError(message, fix) {
    return new LyfeError(message, { fix, exitCode: ExitCode.usage });
}
/** `lyfe-kt logs --session <id> --json`: one session's records from the global record files of `logDir` (default `logs`). */
export function readSession(sessionId, options = {}) {
    const logDir = options.logDir ?? 'logs';
    assertSessionId(sessionId, 'session');
    const processing = readSessionRecords(logDir, sessionId, 'processing');
    const prompts = readSessionRecords(logDir, sessionId, 'prompts');
    if (processing.records.length === 0 && prompts.records.length === 0) {
        throw new LyfeError(`no records of session ${sessionId} in ${path.resolve(logDir)}`, { fix: 'List the sessions there with `listSessions(logDir)`' });
    }
    return {
        session_id: sessionId,
        status: sessionStatus(summarizeSession(processing.records, prompts.records)),
        processing: processing.records,
        prompts: prompts.records,
        skipped: processing.skipped + prompts.skipped,
    };
}
