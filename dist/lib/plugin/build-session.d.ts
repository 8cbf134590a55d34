import type { LimitFunction } from 'p-limit';
import { type PackageResult } from '../package/assemble.js';
import type { LessonExports } from './module-code.js';
import type { ResolvedPluginOptions } from './options.js';
/** A generated lesson, and what is wrong with it. */
export interface Lesson {
    exports: LessonExports;
    /** Outputs that fail the schema, with their errors. */
    invalid: {
        output: string;
        errors: string[];
    }[];
}
/**
 * One build as one session: the lessons it generates go through the CLI's own stage functions
 * into a work folder under the cache, and the build's end packages that folder with the session's
 * records, exactly as `lyfe-kt package` does after `lyfe-kt run`.
 */
export declare class BuildSession {
    readonly sessionId: string;
    private readonly options;
    /** Where the session's lessons are written until it is packaged: left when packaging fails. */
    readonly workDir: string;
    private readonly provider;
    private readonly preprocessing;
    private readonly stageOptions;
    private readonly limit;
    private readonly failures;
    /** Content files by lesson name: two files of one name would overwrite each other's outputs. */
    private readonly names;
    /** Each content file's last generation in this session, by the cache key of the content it had. */
    private readonly generated;
    /** Invalid lessons already counted as failures of the session. */
    private readonly rejected;
    /** Lessons not yet settled: a build that ends early (a failed Rollup build) still packages them whole. */
    private readonly pending;
    /** This session's attempt records as they are written, for the cache: the global file is never read back. */
    private readonly attempts;
    private readonly stopListening;
    /** The prompt records rendered for the package while the lessons' calls are in flight, as `run` does. */
    private readonly prompts;
    /**
     * The generate stage, begun when the first lesson is preprocessed: a build whose lessons all
     * failed before has none, as a `run` whose preprocessing failed has none.
     */
    private generating;
    /** Said once to the bundler: lessons made offline although a model was asked for (no key in the environment). */
    private notice;
    private constructor();
    /** The notice to show the bundler, once per session; then undefined. */
    takeNotice(): string | undefined;
    /** Starts the session: its start record, and the preprocess stage, open until `finish`. */
    static begin(options: ResolvedPluginOptions, bundler: string, limit: LimitFunction): Promise<BuildSession>;
    /** The generate stage, begun by the first lesson that gets there, open until `finish`. */
    private generateStage;
    /**
     * Generates the lesson of one content file (or takes its replies from the cache). Throws a
     * LyfeError naming the file. A watcher's rebuild loads its lessons again: a file whose content
     * this session last generated gives that same lesson, with no new records; a changed file is
     * generated again, and a lesson that failed is tried again.
     */
    lesson(file: string): Promise<Lesson>;
    /**
     * The lesson of the file as it is once generated: an article edited while its lesson was being
     * generated is generated again. Vite has no module for a lesson until its first load ends, so
     * an edit meanwhile invalidates nothing and asks for nothing again: the load itself must.
     */
    current(file: string): Promise<Lesson>;
    /**
     * A lesson's name is its file's: a second file of the same name, or of one that differs only in
     * letter case or accent encoding (`nameKey`, as `run` refuses), is that lesson's failure. A file
     * gone from its place (an article moved to another folder while a watcher or the dev server runs)
     * leaves its name to the file it became: returns it, whose generation may still be in flight.
     */
    private claimName;
    /** The build's provider; a failure to select one (a missing key) is each lesson's failure. */
    private liveProvider;
    /** Records a lesson that failed the build (its stage ends failed). */
    private fail;
    /** Records an invalid lesson as a failure of the generate stage, once however often it is loaded. */
    rejectInvalid(lesson: Lesson, error: unknown): void;
    private inStage;
    private generate;
    /** This session's audit records of the given calls, every attempt, in the order they were made. */
    private attemptsOf;
    /**
     * Ends the session and packages it. `buildError` is the bundler's own failure, if any: a build
     * that failed for any reason is a failed run. When packaging itself fails, the work folder is left
     * for `lyfe-kt package --work-dir`.
     */
    finish(buildError?: unknown): Promise<PackageResult>;
}
