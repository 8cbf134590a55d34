import type { Supertask } from './supertask-v1.1.js';
/**
 * What a `*.md?supertask` module exports, as a build that succeeds gives it: with `failOnInvalid`
 * (the default) a lesson that could not be generated, or whose supertasks fail the schema, fails
 * the build. `T` is the schema version's supertask (`SupertaskV1_0` for `schemaVersion: '1.0'`).
 */
export interface LessonModule<T = Supertask> {
    beginner: T;
    advanced: T;
    /**
     * Session of the build that made (or took from the cache) this lesson, e.g.
     * `sess_2026-11-25_18-13-15_1d473b8f`. May be null where the levels may (`LessonModule<T | null>`,
     * for `failOnInvalid: false`): a lesson whose build could not begin its session (a `logDir` that
     * cannot be written) was made in none.
     */
    session: null extends T ? string | null : string;
    /** The content file's name, e.g. `sleep.md`. */
    source: string;
}
