/**
 * Cutting markdown down to a size limit at a line boundary, closing what the cut leaves open (a
 * code fence, `<details>` blocks) and ending with a note that says so. Never fails: a view over
 * GitHub's limit is shortened, not refused.
 */
export const bytes = (text) => Buffer.byteLength(text, 'utf8');
export const chars = (text) => text.length;
/** Room kept for the closing tags the cut may need. */
const CLOSERS_ROOM = 256;
export function fitMarkdown(text, limit, measure, note) {
    if (measure(text) <= limit)
        return text;
    const tail = `\n\n> [!WARNING]\n> ${note}\n`;
    const budget = limit - measure(tail) - CLOSERS_ROOM;
    const lines = text.split('\n');
    const kept = [];
    let used = 0;
    let fenceOpen = false;
    let detailsOpen = 0;
    for (const line of lines) {
        const size = measure(line) + 1;
        if (used + size > budget)
            break;
        kept.push(line);
        used += size;
        if (/^\s*```/.test(line))
            fenceOpen = !fenceOpen;
        else if (!fenceOpen)
            detailsOpen += (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    const closers = [];
    if (fenceOpen)
        closers.push('```');
    for (let i = 0; i < Math.min(detailsOpen, 8); i++)
        closers.push('</details>');
    return `${[...kept, ...closers].join('\n')}${tail}`;
}
