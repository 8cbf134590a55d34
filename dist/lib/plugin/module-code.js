/** JSON is a JS expression, except that JS strings need U+2028/U+2029 escaped before ES2019. */
function literal(value) {
    return (JSON.stringify(value) ?? 'null').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
