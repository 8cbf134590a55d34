/**
 * `lyfe-kt`: the programmatic API, for scripts that want what the CLI does without a shell. Each
 * function takes the CLI command's options (camel-cased, with the same defaults) and calls the same
 * library functions the command calls; results are returned and failures thrown as `LyfeError`
 * (with `file`, `fix` and the CLI's `exitCode`), never printed. Like `lyfe-kt/vite`, an edge: it
 * uses the library and knows nothing of commander.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError } from './errors.js';
import { folderAuditCommand, namingAuditCommand } from './llm/call.js';
import { REASONING_EFFORTS, RESPONSE_FORMATS } from './llm/model-params.js';
import { packageRun as packageWorkFolder } from './package/assemble.js';
import { mergePackages as mergeShardPackages } from './package/merge.js';
import { runPipeline } from './package/run-pipeline.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_INPUT_BYTES } from './pipeline/options.js';
import { MAX_COMPLETION_TOKENS, MAX_TIMEOUT_SECONDS } from './pipeline/providers.js';
import { parseShard } from './pipeline/shard.js';
import { DEFAULT_SCHEMA_VERSION, isSchemaVersion } from './pipeline/schema.js';
import { usePriceTable } from './records/cost.js';
import { readSessionRecords } from './records/filter.js';
import { loadPriceTable } from './records/price-file.js';
import { listSessions as listLogSessions, sessionStatus } from './records/sessions.js';
import { summarizeSession } from './records/session-model.js';
import { assertSessionId } from './session/id.js';
import { DEFAULT_LOG_DIR, DEFAULT_WORK_DIR } from './session/store.js';
export { ExitCode, LyfeError } from './errors.js';
export { verifyPackage } from './package/manifest.js';
export { readPackageRecords } from './package/archive.js';
/**
 * `lyfe-kt run <indir>`: preprocess and generate every `.md` of `indir` in one session, then
 * package the run with its records. A run that stops on an error leaves its work folder as it is,
 * for `packageRun` to package as failed.
 */
export async function run(indir, options = {}) {
    const schemaVersion = options.schemaVersion ?? DEFAULT_SCHEMA_VERSION;
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
    const maxInputSize = options.maxInputSize ?? DEFAULT_MAX_INPUT_BYTES;
    if (!Number.isInteger(maxInputSize) || maxInputSize < 1) {
        throw usageError(`maxInputSize ${maxInputSize} is not a whole number of bytes`, 'Pass a positive whole number of bytes, or leave it out');
    }
    checkOpenAiSettings(options);
    const workDir = options.workDir ?? DEFAULT_WORK_DIR;
    const logDir = options.logDir ?? DEFAULT_LOG_DIR;
    const interrupted = options.signal && interruption(options.signal, workDir, logDir);
    try {
        const result = await runPipeline(indir, {
            workDir,
            logDir,
            session: options.session,
            provider: options.provider,
            model: options.model,
            reasoningEffort: options.reasoningEffort,
            responseFormat: options.responseFormat,
            timeout: options.timeout,
            maxCompletionTokens: options.maxCompletionTokens,
            schemaVersion,
            concurrency,
            maxInputSize,
            recursive: options.recursive,
            shard: options.shard === undefined ? undefined : parseShard(options.shard),
            outputDir: options.outputDir ?? 'packages',
            title: options.title,
            keepWork: options.keepWork,
            compress: options.compress,
        }, { progress: options.onProgress, warn: options.onWarning, signal: interrupted?.signal });
        // The package's own warnings, which the CLI prints as it reports the package.
        for (const warning of result.package.warnings)
            options.onWarning?.(warning);
        return result;
    }
    catch (error) {
        // A failed call's fix names the prompt audit of the default folders: a run in others names its own.
        throw namingAuditCommand(error, folderAuditCommand(workDir, logDir));
    }
    finally {
        interrupted?.dispose();
    }
}
/**
 * The caller's signal, aborted with the `LyfeError` the CLI's Ctrl-C gives (exit code 130, and how
 * to package what was done) unless the caller gave one as the reason.
 */
function interruption(signal, workDir, logDir) {
    const controller = new AbortController();
    const abort = () => {
        const reason = signal.reason;
        controller.abort(reason instanceof LyfeError
            ? reason
            : new LyfeError(`interrupted: ${errorText(reason)}`, {
                fix: `The work folder ${workDir} is kept as it is; package the interrupted run with packageRun({ workDir: ${JSON.stringify(workDir)}, logDir: ${JSON.stringify(logDir)} })`,
                exitCode: ExitCode.interrupted,
                cause: reason,
            }));
    };
    if (signal.aborted)
        abort();
    else
        signal.addEventListener('abort', abort, { once: true });
    return { signal: controller.signal, dispose: () => signal.removeEventListener('abort', abort) };
}
/** `lyfe-kt package [title]`: packages the work folder's run with its session's records. */
export function packageRun(options = {}) {
    // A script's `session` is named by the script (LYFE_KT_SESSION is not read here), as `--session` typed is.
    return packageWorkFolder({ ...options, workDir: options.workDir ?? DEFAULT_WORK_DIR, logDir: options.logDir ?? DEFAULT_LOG_DIR, again: options.session !== undefined });
}
/** `lyfe-kt merge <package...> --title <title>`: merges the packages of every shard of a run into one package. */
export async function mergePackages(options) {
    // What commander requires of the CLI: scripts in JavaScript have no compiler to do it.
    if (!Array.isArray(options.packages))
        throw usageError(`packages ${JSON.stringify(options.packages)} is not a list of package folders`, 'Give packages as an array of the shard packages');
    if (typeof options.title !== 'string')
        throw usageError(`title ${JSON.stringify(options.title)} is not a title`, 'Give the merged package a title, as `lyfe-kt merge` requires --title');
    return mergeShardPackages(options);
}
/** `lyfe-kt logs --list`: every session found in the global record files of `logDir` (default `logs`), newest first. */
export function listSessions(logDir = DEFAULT_LOG_DIR) {
    refuseFileAsLogDir(logDir);
    return listLogSessions(logDir);
}
/** A file where the record folder should be is named, as `lyfe-kt logs` names it; a missing folder holds no records. */
function refuseFileAsLogDir(logDir) {
    if (fs.statSync(logDir, { throwIfNoEntry: false })?.isDirectory() === false) {
        throw new LyfeError('the log folder is a file, not a folder', { file: logDir, fix: 'Give logDir the folder the pipeline wrote its records to', exitCode: ExitCode.usage });
    }
}
/**
 * `--prices <file>`: prices the calls of every session this process reads or packages afterwards
 * with the price table in `file` (its models over the shipped table's; see docs/cost.md). Throws a
 * `LyfeError` naming the file when it cannot be read or is not a price table.
 */
export function usePrices(file) {
    usePriceTable(loadPriceTable(file));
}
/** The openai provider's settings, checked as the CLI's flags of the same names are, whichever provider answers. */
function checkOpenAiSettings(settings) {
    const oneOf = (name, value, allowed) => {
        if (value !== undefined && !allowed.includes(value)) {
            throw usageError(`${name} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, `Use one of ${allowed.map((v) => `'${v}'`).join(', ')}, or leave it out`);
        }
    };
    oneOf('reasoningEffort', settings.reasoningEffort, REASONING_EFFORTS);
    oneOf('responseFormat', settings.responseFormat, RESPONSE_FORMATS);
    const wholeNumber = (name, value, max, unit) => {
        if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= max)) {
            throw usageError(`${name} ${JSON.stringify(value)} is not a whole number from 1 to ${max}`, `Pass ${unit} from 1 to ${max}, or leave it out`);
        }
    };
    wholeNumber('timeout', settings.timeout, MAX_TIMEOUT_SECONDS, 'the seconds one LLM request may take');
    wholeNumber('maxCompletionTokens', settings.maxCompletionTokens, MAX_COMPLETION_TOKENS, 'the output token limit of a request');
}
function usageError(message, fix) {
    return new LyfeError(message, { fix, exitCode: ExitCode.usage });
}
/** One session's records from the global record files of `logDir` (default `logs`), both streams parsed: what `lyfe-kt logs --session <id> --json` prints a stream of, as lines. */
export function readSession(sessionId, options = {}) {
    const logDir = options.logDir ?? DEFAULT_LOG_DIR;
    assertSessionId(sessionId, 'session');
    refuseFileAsLogDir(logDir);
    const processing = readSessionRecords(logDir, sessionId, 'processing');
    const prompts = readSessionRecords(logDir, sessionId, 'prompts');
    if (processing.records.length === 0 && prompts.records.length === 0) {
        throw new LyfeError(`no records of session ${sessionId} in ${path.resolve(logDir)}`, { fix: 'List the sessions there with `listSessions(logDir)`' });
    }
    return {
        session_id: sessionId,
        status: sessionStatus(summarizeSession(processing.records, prompts.records, { wholeLog: true })),
        processing: processing.records,
        prompts: prompts.records,
        skipped: processing.skipped + prompts.skipped,
    };
}
