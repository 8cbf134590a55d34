import type { LessonModule } from '../types/lesson.js';

/**
 * What a `*.md?supertask` module exports, as generated: levels of any schema version or null, and a
 * null session when none began. `LessonModule` (what apps are told, through `lyfe-kt/client`) is
 * what it is in a build that succeeds with `failOnInvalid`.
 */
export type LessonExports = LessonModule<unknown>;

/**
 * JSON as a JS expression that is safe anywhere a bundle ends up: U+2028/U+2029 are escaped (raw,
 * they end a string before ES2019), and so is every `<` (a `</script>` or `<!--` in an article
 * would otherwise end or comment out a bundle inlined into HTML). In JSON text both characters
 * only occur inside strings, where the escape means the same character.
 */
function literal(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * ES module source of a lesson. Each level is its own named export, and the default export only
 * refers to them, so a bundler drops a level nobody imports.
 */
export function lessonModuleCode(lesson: LessonExports): string {
  return [
    `export const beginner = ${literal(lesson.beginner)};`,
    `export const advanced = ${literal(lesson.advanced)};`,
    `export const session = ${literal(lesson.session)};`,
    `export const source = ${literal(lesson.source)};`,
    'export default { beginner, advanced, session, source };',
    '',
  ].join('\n');
}
