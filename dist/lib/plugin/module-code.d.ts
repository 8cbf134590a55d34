import type { LessonModule } from '../types/lesson.js';
/**
 * What a `*.md?supertask` module exports, as generated: levels of any schema version or null, and a
 * null session when none began. `LessonModule` (what apps are told, through `lyfe-kt/client`) is
 * what it is in a build that succeeds with `failOnInvalid`.
 */
export type LessonExports = LessonModule<unknown>;
/**
 * ES module source of a lesson. Each level is its own named export, and the default export only
 * refers to them, so a bundler drops a level nobody imports.
 */
export declare function lessonModuleCode(lesson: LessonExports): string;
