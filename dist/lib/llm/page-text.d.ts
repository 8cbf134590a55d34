/**
 * What a reader is shown of a body an HTTP server answered with instead of what was asked: a line
 * of its text, and a web page (a proxy's error, a sign-in page) by its title rather than its markup.
 */
/** At most `length` characters of `text`, on one line. */
export declare function excerpt(text: string, length?: number): string;
/** The title of a web page, as written; undefined when it has none. */
export declare function pageTitle(html: string): string | undefined;
/** The text a reader sees of a web page: its title, else the words of its body, on one line and short. */
export declare function pageText(html: string): string;
/** A body that is no JSON, said as `a web page: <its text>` when it is one (declared HTML, or written so); else undefined. */
export declare function webPageMessage(body: string, contentType: string | null): string | undefined;
