/**
 * What a reader is shown of a body an HTTP server answered with instead of what was asked: a line
 * of its text, and a web page (a proxy's error, a sign-in page) by its title rather than its markup.
 */
/** At most `length` characters of `text`, on one line. */
export function excerpt(text, length = 200) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > length ? `${line.slice(0, length)}…` : line;
}
/** The title of a web page, as written; undefined when it has none. */
export function pageTitle(html) {
    return /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
}
/** The text a reader sees of a web page: its title, else the words of its body, on one line and short. */
export function pageText(html) {
    const text = pageTitle(html) ?? html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
    return excerpt(text.replace(/&nbsp;/g, ' '));
}
/** A body that is no JSON, said as `a web page: <its text>` when it is one (declared HTML, or written so); else undefined. */
export function webPageMessage(body, contentType) {
    if (!/^\s*text\/html\b/i.test(contentType ?? '') && !/^\s*<(!doctype html|html)\b/i.test(body))
        return undefined;
    return `a web page: ${pageText(body) || '(empty)'}`;
}
