import fs from 'node:fs';
import path from 'node:path';
import { errorText, LyfeError } from '../errors.js';
import { selectProvider } from '../pipeline/providers.js';
import { packageRun } from '../package/assemble.js';
import { WorkFolders } from '../package/constants.js';
import { EarlyPrompts } from '../package/early-prompts.js';
import { checkLogDir } from '../package/log-dir.js';
import { generateFiles } from '../pipeline/generate.js';
import { markdownName, nameKey, NAMES_ALIKE } from '../pipeline/inputs.js';
import { LEVELS } from '../pipeline/limits.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import { preprocessTemplates } from '../pipeline/preprocess.js';
import { PROMPT_VERSION } from '../pipeline/prompts.js';
import { Events } from '../records/types.js';
import { onRecord, record } from '../records/writer.js';
import { runInSession } from '../session/context.js';
import { newSessionId } from '../session/id.js';
import { createCacheProvider, lessonCacheKey, readCachedLesson, writeCachedLesson } from './cache.js';
import { openStage } from './open-stage.js';
/**
 * One build as one session: the lessons it generates go through the CLI's own stage functions
 * into a work folder under the cache, and the build's end packages that folder with the session's
 * records, exactly as `lyfe-kt package` does after `lyfe-kt run`.
 */
export class BuildSession {
    sessionId;
    options;
    workDir;
    provider;
    preprocessing;
    stageOptions;
    limit;
    failures = [];
    /** Content files by lesson name: two files of one name would overwrite each other's outputs. */
    names = new Map();
    /** Each content file's last generation in this session, by the cache key of the content it had. */
    generated = new Map();
    /** Invalid lessons already counted as failures of the session. */
    rejected = new WeakSet();
    /** Lessons not yet settled: a build that ends early (a failed Rollup build) still packages them whole. */
    pending = new Set();
    /** This session's attempt records as they are written, for the cache: the global file is never read back. */
    attempts = [];
    stopListening = onRecord((_kind, record) => {
        if (record.session === this.sessionId && record.event === Events.llmAttempt)
            this.attempts.push(record);
    });
    /** The prompt records rendered for the package while the lessons' calls are in flight, as `run` does. */
    prompts = new EarlyPrompts({ compress: false });
    /**
     * The generate stage, begun when the first lesson is preprocessed: a build whose lessons all
     * failed before has none, as a `run` whose preprocessing failed has none.
     */
    generating;
    /** Said once to the bundler: lessons made offline although a model was asked for (no key in the environment). */
    notice;
    constructor(sessionId, options, 
    /** Where the session's lessons are written until it is packaged: left when packaging fails. */
    workDir, provider, preprocessing, stageOptions, limit) {
        this.sessionId = sessionId;
        this.options = options;
        this.workDir = workDir;
        this.provider = provider;
        this.preprocessing = preprocessing;
        this.stageOptions = stageOptions;
        this.limit = limit;
        void this.prompts.start();
        // The model's options given: the build meant the model's lessons.
        const unused = Object.entries({ model: options.model, ...options.openai })
            .filter(([, value]) => value !== undefined)
            .map(([name, value]) => `${name} ${value}`);
        if (!(provider instanceof LyfeError) && provider.name === 'offline' && options.provider === undefined && unused.length > 0) {
            const notice = `no OPENAI_API_KEY set: the lessons are the offline provider's, and ${unused.join(' and ')} ${unused.length > 1 ? 'are' : 'is'} not used (set the key for the model's lessons, or provider: 'offline' to build offline)`;
            this.notice = notice;
            runInSession({ sessionId, stage: 'preprocess', logDir: options.logDir }, () => record('warn', Events.warning, notice));
        }
    }
    /** The notice to show the bundler, once per session; then undefined. */
    takeNotice() {
        const notice = this.notice;
        this.notice = undefined;
        return notice;
    }
    /** Starts the session: its start record, and the preprocess stage, open until `finish`. */
    static async begin(options, bundler, limit) {
        let provider;
        try {
            provider = selectProvider({ provider: options.provider, model: options.model, ...options.openai }).provider;
        }
        catch (error) {
            // Reported on each lesson, with its file, rather than once without one.
            provider = error instanceof LyfeError ? error : new LyfeError(errorText(error));
        }
        const sessionId = newSessionId();
        const workDir = path.join(options.cacheDir, 'builds', sessionId);
        const sessionInfo = {
            bundler,
            provider: provider instanceof LyfeError ? options.provider : provider.name,
            model: provider instanceof LyfeError ? options.model : provider.model,
            schema_version: options.schemaVersion,
            prompt_version: PROMPT_VERSION,
        };
        const common = { workDir, logDir: options.logDir, session: sessionId, sessionInfo };
        // As before a stage of the CLI's: a file in the log folder's place fails here, saying so, not as a full disk at the first record.
        checkLogDir(options.logDir);
        const preprocess = await openStage({ ...common, stage: 'preprocess', fresh: true });
        return new BuildSession(sessionId, options, workDir, provider, preprocess, { ...common, stage: 'generate' }, limit);
    }
    /** The generate stage, begun by the first lesson that gets there, open until `finish`. */
    generateStage() {
        return (this.generating ??= openStage(this.stageOptions));
    }
    /**
     * Generates the lesson of one content file (or takes its replies from the cache). Throws a
     * LyfeError naming the file. A watcher's rebuild loads its lessons again: a file whose content
     * this session last generated gives that same lesson, with no new records; a changed file is
     * generated again, and a lesson that failed is tried again.
     */
    lesson(file) {
        let provider;
        let source;
        let movedFrom;
        try {
            movedFrom = this.claimName(file);
            provider = this.liveProvider(file);
            source = fs.readFileSync(file);
        }
        catch (error) {
            // An article gone since the bundler resolved its import (deleted or moved while a watcher or the dev
            // server runs) is that build's error, as an import of no file is: no lesson of the session failed.
            if (error.code === 'ENOENT') {
                return Promise.reject(new LyfeError('does not exist: it was deleted or moved while the build ran', { file, fix: 'Restore it, or remove its import', cause: error }));
            }
            this.fail('preprocess', error);
            return Promise.reject(error);
        }
        const key = lessonCacheKey({
            source,
            name: markdownName(file),
            provider: provider.name,
            model: provider.model,
            endpoint: provider.endpoint,
            promptVersion: PROMPT_VERSION,
            schemaVersion: this.options.schemaVersion,
            // The offline provider takes none of the model's settings.
            asked: provider.name === 'openai' ? this.options.openai : undefined,
        });
        // Taken before the queue: a lesson waiting for a slot is shared, never awaited from one.
        const last = this.generated.get(file);
        if (last?.key === key)
            return last.lesson;
        // A generation of the file's earlier content (or of the file it was before it moved) still in flight
        // writes the same work files: this one begins once it has ended (outside the queue, holding no
        // slot), so the files left are the newest.
        const earlier = Promise.allSettled([last?.lesson, movedFrom === undefined ? undefined : this.generated.get(movedFrom)?.lesson]);
        const lesson = (async () => {
            await earlier;
            return this.limit(async () => {
                const cached = readCachedLesson(this.options.cacheDir, key);
                const lesson = await this.generate(file, source, cached ? createCacheProvider(provider, cached) : provider);
                // Only valid lessons are kept: an invalid one is asked for again on the next build.
                if (!cached && lesson.invalid.length === 0) {
                    writeCachedLesson(this.options.cacheDir, { format: 1, key, session: this.sessionId, attempts: this.attemptsOf(lesson.callIds) });
                }
                return { exports: lesson.exports, invalid: lesson.invalid };
            });
        })();
        this.generated.set(file, { key, lesson });
        this.pending.add(lesson);
        lesson.then(() => this.pending.delete(lesson), () => {
            this.pending.delete(lesson);
            if (this.generated.get(file)?.lesson === lesson)
                this.generated.delete(file);
        });
        return lesson;
    }
    /**
     * The lesson of the file as it is once generated: an article edited while its lesson was being
     * generated is generated again. Vite has no module for a lesson until its first load ends, so
     * an edit meanwhile invalidates nothing and asks for nothing again: the load itself must.
     */
    async current(file) {
        let asked = this.lesson(file);
        for (;;) {
            const lesson = await asked;
            const again = this.lesson(file);
            if (again === asked)
                return lesson;
            asked = again;
        }
    }
    /**
     * A lesson's name is its file's: a second file of the same name, or of one that differs only in
     * letter case or accent encoding (`nameKey`, as `run` refuses), is that lesson's failure. A file
     * gone from its place (an article moved to another folder while a watcher or the dev server runs)
     * leaves its name to the file it became: returns it, whose generation may still be in flight.
     */
    claimName(file) {
        const name = nameKey(markdownName(file));
        const other = this.names.get(name);
        if (other === file)
            return undefined;
        if (other !== undefined && fs.existsSync(other)) {
            const alike = markdownName(other) === markdownName(file) ? '' : `, but for ${NAMES_ALIKE}`;
            throw new LyfeError(`has the same name as ${other}${alike}, so both lessons would write the same outputs`, { file, fix: 'Rename one of them' });
        }
        this.names.set(name, file);
        return other;
    }
    /** The build's provider; a failure to select one (a missing key) is each lesson's failure. */
    liveProvider(file) {
        if (this.provider instanceof LyfeError) {
            throw new LyfeError(this.provider.message, { file, fix: this.provider.fix, cause: this.provider });
        }
        return this.provider;
    }
    /** Records a lesson that failed the build (its stage ends failed). */
    fail(stage, error) {
        this.failures.push({ stage, error });
    }
    /** Records an invalid lesson as a failure of the generate stage, once however often it is loaded. */
    rejectInvalid(lesson, error) {
        if (this.rejected.has(lesson))
            return;
        this.rejected.add(lesson);
        this.fail('generate', error);
    }
    inStage(stage, fn) {
        const stats = { filesIn: 0, filesOut: 0, filesInvalid: 0 };
        return runInSession({ sessionId: this.sessionId, stage, logDir: this.options.logDir }, async () => {
            try {
                return await fn(stats);
            }
            catch (error) {
                this.fail(stage, error);
                throw error;
            }
            finally {
                const total = (stage === 'preprocess' ? this.preprocessing : await this.generateStage()).stats;
                total.filesIn += stats.filesIn;
                total.filesOut += stats.filesOut;
                total.filesInvalid += stats.filesInvalid;
            }
        });
    }
    async generate(file, source, provider) {
        const work = (folder, name = '') => path.join(this.workDir, folder, name);
        const name = markdownName(file);
        const raw = work(WorkFolders.raw, `${name}.md`);
        fs.mkdirSync(path.dirname(raw), { recursive: true });
        fs.writeFileSync(raw, source);
        const pipeline = { provider, schemaVersion: this.options.schemaVersion, concurrency: DEFAULT_CONCURRENCY };
        // An error about the lesson's files in the work folder, which goes once the session is packaged,
        // is recorded about the content file the user wrote.
        const aboutContent = (step) => step.catch((error) => {
            const inWork = error instanceof LyfeError && error.file !== undefined && !path.relative(this.workDir, error.file).startsWith('..');
            throw inWork ? new LyfeError(error.message, { file, fix: error.fix, exitCode: error.exitCode, cause: error }) : error;
        });
        const preprocessed = await this.inStage('preprocess', (stats) => aboutContent(preprocessTemplates([raw], work(WorkFolders.preprocessed), pipeline, stats)));
        await this.generateStage();
        // The template as preprocessing wrote and read it: not read from the folder and parsed again.
        const generated = await this.inStage('generate', (stats) => aboutContent(generateFiles(preprocessed.templates, work(WorkFolders.output), work(WorkFolders.reports), pipeline, stats)));
        const levels = Object.fromEntries(LEVELS.map((level) => {
            const output = generated.outputs.find((o) => o.level === level);
            return [level, output ? JSON.parse(fs.readFileSync(work(WorkFolders.output, output.output), 'utf8')) : null];
        }));
        return {
            exports: { beginner: levels.beginner, advanced: levels.advanced, session: this.sessionId, source: path.basename(file) },
            invalid: generated.outputs.filter((o) => !o.valid).map((o) => ({ output: o.output, errors: o.errors })),
            callIds: [...preprocessed.results[0].call_ids, ...generated.outputs.map((o) => o.call_id)],
        };
    }
    /** This session's audit records of the given calls, every attempt, in the order they were made. */
    attemptsOf(callIds) {
        const wanted = new Set(callIds);
        return this.attempts.filter((r) => wanted.has(String(r.data?.call_id)));
    }
    /**
     * Ends the session and packages it. `buildError` is the bundler's own failure, if any: a build
     * that failed for any reason is a failed run. When packaging itself fails, the work folder is left
     * for `lyfe-kt package --work-dir`.
     */
    async finish(buildError) {
        await Promise.allSettled(this.pending);
        this.stopListening();
        const failureOf = (stage) => {
            const own = this.failures.filter((f) => f.stage === stage).map((f) => f.error);
            if (own.length > 1) {
                const first = own[0] instanceof LyfeError ? own[0] : undefined;
                return new LyfeError(`${own.length} lessons failed: ${own.map(errorText).join('; ')}`, { file: first?.file, fix: first?.fix });
            }
            return own[0];
        };
        // The bundler's own failure ends the last stage begun, when no lesson failed.
        const generate = await this.generating?.catch(() => undefined);
        const buildFailure = this.failures.length === 0 ? buildError : undefined;
        await this.preprocessing.end(failureOf('preprocess') ?? (generate ? undefined : buildFailure));
        await generate?.end(failureOf('generate') ?? buildFailure);
        let result;
        try {
            result = await packageRun({ workDir: this.workDir, logDir: this.options.logDir, outputDir: this.options.packageDir, session: this.sessionId, prompts: this.prompts });
        }
        finally {
            this.prompts.discard();
        }
        fs.rmSync(this.workDir, { recursive: true, force: true });
        return result;
    }
}
