import fs from 'node:fs';
import path from 'node:path';
import { errorText, LyfeError } from '../errors.js';
import { isWithin } from '../files.js';
import { createReplayProvider } from '../llm/replay.js';
import { generateFiles } from '../pipeline/generate.js';
import { DEFAULT_SCHEMA_VERSION, isSchemaVersion } from '../pipeline/schema.js';
import { Events } from '../records/types.js';
import { requireSession } from '../session/context.js';
import { runStage } from '../stage/run-stage.js';
import { readPackageRecords } from './archive.js';
import { WorkFolders } from './constants.js';
import { refuseReplayDirInPackage } from './log-dir.js';
import { verifyPackage } from './manifest.js';
import { summarizeSession } from '../records/session-model.js';
/** The files of an output folder; a folder that was never written has none. */
function listFiles(dir) {
    try {
        return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return [];
        throw new LyfeError(`the outputs cannot be listed (${code ?? errorText(error)})`, { file: dir, fix: 'Make it a folder you can read (`ls -ld` it), then replay again', cause: error });
    }
}
function compareOutputs(packaged, replayed) {
    const before = listFiles(packaged);
    const after = new Set(listFiles(replayed));
    const files = before.map((file) => {
        if (!after.has(file))
            return { file, status: 'missing' };
        const same = fs.readFileSync(path.join(packaged, file)).equals(fs.readFileSync(path.join(replayed, file)));
        return { file, status: same ? 'identical' : 'different' };
    });
    for (const file of after)
        if (!before.includes(file))
            files.push({ file, status: 'extra' });
    return files;
}
/**
 * Runs generation again from a package's own templates, each LLM call answered by the reply the
 * package recorded for it, and compares the outputs with the packaged ones byte for byte.
 */
export async function replayPackage(options) {
    // A replay of a changed package would compare against what the run never wrote.
    const check = verifyPackage(options.packageDir);
    if (!check.ok) {
        const counts = `${check.changed.length} changed, ${check.missing.length} missing, ${check.added.length} added, ${check.problems.length} other problem(s)`;
        throw new LyfeError(`the package does not match its manifest (${counts}), so it is not replayed`, {
            file: options.packageDir,
            fix: `See what changed with \`lyfe-kt verify ${options.packageDir}\`; replay only a package that verifies`,
        });
    }
    const records = readPackageRecords(options.packageDir);
    const generation = records.prompts.filter((record) => record.event === Events.llmAttempt && record.stage === 'generate');
    if (generation.length === 0) {
        throw new LyfeError('the package recorded no generation call to replay', { file: options.packageDir, fix: 'Replay a package whose run reached the generate stage' });
    }
    refuseReplayDirInPackage(options.outDir);
    if (isWithin(options.packageDir, options.logDir)) {
        throw new LyfeError("the log folder is inside the package: the replay's records would change it", { file: options.logDir, fix: 'Run replay from outside the package, or give --log-dir a folder outside it' });
    }
    if (fs.existsSync(options.outDir)) {
        if (!fs.statSync(options.outDir).isDirectory())
            throw new LyfeError('the replay folder is a file', { file: options.outDir, fix: 'Give a new folder with --out, or move this file away' });
        if (fs.readdirSync(options.outDir).length > 0)
            throw new LyfeError('the replay folder is not empty', { file: options.outDir, fix: 'Give a new folder with --out, or remove this one' });
    }
    const preprocessed = path.join(options.packageDir, WorkFolders.preprocessed);
    // The templates the packaged run generated from, in the order it first called for them: files of
    // the package's 02_preprocessed/ by name, never a path its records make up (`../../x.md` is not one).
    const held = new Set(fs.existsSync(preprocessed) ? fs.readdirSync(preprocessed, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name) : []);
    const templates = [...new Set(generation.flatMap((record) => record.input ?? []))].filter((name) => held.has(name));
    if (templates.length === 0) {
        throw new LyfeError('the templates the run generated from are not in the package', { file: preprocessed, fix: 'The package is incomplete; run `lyfe-kt verify` on it' });
    }
    for (const folder of [WorkFolders.raw, WorkFolders.preprocessed]) {
        const source = path.join(options.packageDir, folder);
        if (fs.existsSync(source))
            fs.cpSync(source, path.join(options.outDir, folder), { recursive: true });
    }
    const summary = summarizeSession(records.processing, records.prompts);
    const version = summary.schema_version?.replace(/^v/, '');
    const schemaVersion = isSchemaVersion(version) ? version : DEFAULT_SCHEMA_VERSION;
    const provider = createReplayProvider(records.prompts);
    // A merged package holds each shard's records under the shard's own session.
    const replayed = [...new Set(generation.map((record) => record.session))];
    if (replayed.length === 0 && records.session_id)
        replayed.push(records.session_id);
    const replayedSession = replayed.length === 1 ? replayed[0] : null;
    let sessionId = '';
    let error = null;
    try {
        await runStage({
            stage: 'generate',
            workDir: options.outDir,
            logDir: options.logDir,
            fresh: true,
            // The replay's start record names what it replays: the session, or a merged package's sessions.
            sessionInfo: { provider: provider.name, model: provider.model, schema_version: schemaVersion, replay_of: replayedSession ?? replayed, package: path.basename(path.resolve(options.packageDir)) },
        }, (stats) => {
            sessionId = requireSession().sessionId;
            return generateFiles(templates.map((name) => path.join(options.outDir, WorkFolders.preprocessed, name)), path.join(options.outDir, WorkFolders.output), path.join(options.outDir, WorkFolders.reports), 
            // A package an older lyfe-kt made may hold names that differ only in letter case: replayed as it was made.
            { provider, schemaVersion, concurrency: options.concurrency, alikeNames: true, onProgress: options.onProgress }, stats);
        });
    }
    catch (failure) {
        error = errorText(failure);
    }
    const files = compareOutputs(path.join(options.packageDir, WorkFolders.output), path.join(options.outDir, WorkFolders.output));
    return {
        session_id: sessionId,
        replayed_session: replayedSession,
        replayed_sessions: replayed,
        out_dir: options.outDir,
        templates,
        files,
        identical: files.every((file) => file.status === 'identical'),
        generation_error: error,
        unused_attempts: provider.unused(),
    };
}
