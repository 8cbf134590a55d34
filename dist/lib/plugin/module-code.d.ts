import type { LessonModule } from '../types/lesson.js';
/**
 * What a `*.md?supertask` module exports, as generated: `LessonModule` (what apps are told, through
 * `lyfe-kt/client`) is what it is in a build that succeeds.
 */
export interface LessonExports extends Omit<LessonModule<unknown>, 'session'> {
    /** Session of the build that made (or took from the cache) this lesson; null when none began. */
    session: string | null;
}
/**
 * ES module source of a lesson. Each level is its own named export, and the default export only
 * refers to them, so a bundler drops a level nobody imports.
 */
export declare function lessonModuleCode(lesson: LessonExports): string;
