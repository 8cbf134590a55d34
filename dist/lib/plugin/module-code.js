/**
 * JSON as a JS expression that is safe anywhere a bundle ends up: U+2028/U+2029 are escaped (raw,
 * they end a string before ES2019), and so is every `<` (a `</script>` or `<!--` in an article
 * would otherwise end or comment out a bundle inlined into HTML). In JSON text both characters
 * only occur inside strings, where the escape means the same character.
 */
function literal(value) {
    return (JSON.stringify(value) ?? 'null').replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * ES module source of a lesson. Each level is its own named export, and the default export only
 * refers to them, so a bundler drops a level nobody imports.
 */
export function lessonModuleCode(lesson) {
    return [
        `export const beginner = ${literal(lesson.beginner)};`,
        `export const advanced = ${literal(lesson.advanced)};`,
        `export const session = ${literal(lesson.session)};`,
        `export const source = ${literal(lesson.source)};`,
        'export default { beginner, advanced, session, source };',
        '',
    ].join('\n');
}
