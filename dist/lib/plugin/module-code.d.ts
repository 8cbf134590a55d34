/** What a `*.md?supertask` module exports. */
export interface LessonExports {
    beginner: unknown;
    advanced: unknown;
    /** Session of the build that made (or took from the cache) this lesson; null when none began. */
    session: string | null;
    /** The content file's name, e.g. `sleep.md`. */
    source: string;
}
/**
 * ES module source of a lesson. Each level is its own named export, and the default export only
 * refers to them, so a bundler drops a level nobody imports.
 */
export declare function lessonModuleCode(lesson: LessonExports): string;
