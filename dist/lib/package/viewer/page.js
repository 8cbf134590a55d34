import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gzip } from 'node:zlib';
import { VERSION } from '../../version.js';
import { LogFiles } from '../constants.js';
import { summaryNumbers } from './data.js';
import { VIEWER_SCRIPT } from './script.js';
import { VIEWER_STYLE } from './style.js';
const NEWLINE = 0x0a;
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
const DATA_TYPE = 'application/x-lyfe-kt+gzip;base64';
/**
 * How much of a gzip member is read at a time: a multiple of 3, so that every chunk but the last
 * is base64-encoded as it is, with no bytes carried over and copied into the next.
 */
const READ_BYTES = 3 * 64 * 1024;
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Base64 of a byte stream, three bytes at a time across chunk boundaries. */
async function* base64(chunks) {
    let carry = Buffer.alloc(0);
    for await (const chunk of chunks) {
        const all = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const cut = all.length - (all.length % 3);
        yield all.subarray(0, cut).toString('base64');
        carry = all.subarray(cut);
    }
    yield carry.toString('base64');
}
function head(title) {
    const name = escapeHtml(title);
    return `<!doctype html>
<html lang="en" data-state="loading">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="lyfe-kt ${escapeHtml(VERSION)}">
<title>${name} - lyfe-kt viewer</title>
<style>${VIEWER_STYLE}</style>
</head>
<body>
<header>
<h1 id="title">${name}</h1>
<p><span id="outcome" class="badge"></span> <span id="session" class="muted"></span></p>
<dl id="numbers" class="numbers"></dl>
</header>
<nav aria-label="Sections"><a href="#issues">Quality issues</a><a href="#timeline">Timeline</a><a href="#outputs">Outputs</a><a href="#calls">Calls</a><a href="#records">Records</a></nav>
<div id="status" role="status">Opening the session…</div>
<main>
<section id="issues"><h2 id="issues-title">Quality issues</h2><ol id="issue-list" class="issues"></ol></section>
<section id="timeline"><h2>Timeline</h2><div id="timeline-body" class="timeline"></div></section>
<section id="outputs"><h2>Outputs</h2><table id="output-table"></table></section>
<section id="calls"><h2>LLM calls</h2><table id="call-table"></table></section>
<section id="records"><h2>Records</h2>
<form id="filters" class="filters">
<label>Stage <select id="f-stage"><option value="">all</option></select></label>
<label>Level <select id="f-level"><option value="">all</option></select></label>
<label>File <select id="f-file"><option value="">all</option></select></label>
<label>Outcome <select id="f-outcome"><option value="">all</option></select></label>
<label>Search <input id="f-text" type="search" placeholder="text in any record (press /)"></label>
<span id="count" class="muted"></span>
</form>
<div id="record-list" class="list" tabindex="0" role="listbox" aria-label="Records (arrow keys move, Enter opens)"><div id="spacer"></div><div id="rows"></div></div>
</section>
</main>
<aside id="detail" hidden aria-label="Details" tabindex="-1"><button id="detail-close" class="close" type="button">Close (Esc)</button><div id="detail-body"></div></aside>
<script type="${DATA_TYPE}" id="lyfe-processing">`;
}
/** The gzip of `source`, whose lines are counted into `counted` as they pass (a last one without a newline too). */
async function* gzipLines(source, counted) {
    async function* bytes() {
        let last = NEWLINE;
        for await (const chunk of source) {
            const buffer = Buffer.from(chunk);
            for (let at = buffer.indexOf(NEWLINE); at >= 0; at = buffer.indexOf(NEWLINE, at + 1))
                counted.lines += 1;
            if (buffer.length)
                last = buffer[buffer.length - 1];
            yield buffer;
        }
        if (last !== NEWLINE)
            counted.lines += 1;
    }
    const gzip = createGzip();
    const feeding = pipeline(Readable.from(bytes()), gzip);
    feeding.catch(() => undefined); // its failure also fails the reading below, which reports it
    yield* gzip;
    await feeding;
}
/** The bytes of `file`, READ_BYTES at a time as they are taken: a file of any size is never held whole. */
function* fileChunks(file) {
    const fd = fs.openSync(file, 'r');
    try {
        for (;;) {
            const chunk = Buffer.allocUnsafe(READ_BYTES);
            const count = fs.readSync(fd, chunk, 0, READ_BYTES, null);
            if (count === 0)
                return;
            yield chunk.subarray(0, count);
        }
    }
    finally {
        fs.closeSync(fd);
    }
}
const gzipAsync = promisify(gzip);
/**
 * The page's block of what it shows besides the records, gzip-compressed (on libuv's pool, while
 * the caller goes on) and base64-encoded.
 */
export async function viewerDataBlock(view, counts) {
    const data = { ...view, numbers: summaryNumbers(view.session, view.quality), records: counts };
    return (await gzipAsync(JSON.stringify(data))).toString('base64');
}
/** Writes the page to `file` (through a temporary file beside it, renamed into place). */
export function writeViewerPage(file, view, records) {
    const processing = { lines: 0 };
    const prompts = { lines: 0 };
    return writePage(file, view.title, { processing: gzipLines(records.processing, processing), prompts: gzipLines(records.prompts, prompts) }, 
    // Made once both streams are embedded, and their lines counted.
    () => viewerDataBlock(view, { processing: processing.lines, prompts: prompts.lines }));
}
/** What comes between the page's three embedded blocks, and after the last one: the page's own script. */
const PROMPTS_BLOCK = `</script>\n<script type="${DATA_TYPE}" id="lyfe-prompts">`;
const DATA_BLOCK = `</script>\n<script type="${DATA_TYPE}" id="lyfe-data">`;
const TAIL = `</script>\n<script>${VIEWER_SCRIPT}</script>\n</body>\n</html>\n`;
/**
 * Writes the page of records already compressed, with `data` (see `viewerDataBlock`), asked for
 * once both are embedded. Resolves with the digest of the page as written (a package's manifest takes it).
 */
export async function writePage(file, title, records, data) {
    async function* page() {
        yield head(title);
        yield* base64(records.processing);
        yield PROMPTS_BLOCK;
        yield* base64(records.prompts);
        yield `${DATA_BLOCK}${await data()}`;
        yield TAIL;
    }
    // Written a part at a time as the parts come, with plain writes: for the few kB of a small session,
    // a write stream's opening, callbacks and closing cost more than the page itself.
    const temp = `${file}.${process.pid}.tmp`;
    const hash = createHash('sha256');
    let bytes = 0;
    try {
        const fd = fs.openSync(temp, 'w');
        try {
            for await (const part of page()) {
                const data = Buffer.from(part);
                fs.writeFileSync(fd, data);
                hash.update(data);
                bytes += data.length;
            }
        }
        finally {
            fs.closeSync(fd);
        }
        fs.renameSync(temp, file);
        return { sha256: hash.digest('hex'), bytes };
    }
    catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
    }
}
const memberChunks = (member) => (typeof member === 'string' ? fileChunks(member) : [member]);
/** The viewer of a package's `logs/`, from the gzip members its two `*.jsonl` were written into and its `viewerDataBlock`. */
export function writeLogsViewer(logsDir, title, members, data) {
    return writePage(path.join(logsDir, LogFiles.viewer), title, { processing: memberChunks(members.processing), prompts: memberChunks(members.prompts) }, () => data);
}
/** The bytes of base64 text: the only ones the page's embedded blocks may hold. */
const BASE64_BYTES = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=')
    BASE64_BYTES[c.charCodeAt(0)] = 1;
const TITLE_OPEN = Buffer.from('<title>');
const TITLE_CLOSE = Buffer.from(' - lyfe-kt viewer</title>');
/**
 * Whether `page` is, byte for byte, a page this lyfe-kt writes: the head it writes for the title
 * the page names (its Content-Security-Policy, its style), three blocks of nothing but base64, and
 * its own script, then nothing. Such a page runs no script but lyfe-kt's, which shows every text
 * of its blocks as text. A page made by hand (a package from a fork's pull request may carry one,
 * and a manifest made to match), or by another version of lyfe-kt, is not. Reads the page once,
 * without inflating its blocks: a page of 100,000 records is checked in milliseconds.
 */
export function isViewerPage(page) {
    const open = page.indexOf(TITLE_OPEN);
    const close = open < 0 ? -1 : page.indexOf(TITLE_CLOSE, open);
    if (close < 0)
        return false;
    const title = page.toString('utf8', open + TITLE_OPEN.length, close).replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    let at = 0;
    const expect = (text) => {
        const bytes = Buffer.from(text);
        if (!page.subarray(at, at + bytes.length).equals(bytes))
            return false;
        at += bytes.length;
        return true;
    };
    const skipBase64 = () => {
        while (at < page.length && BASE64_BYTES[page[at]])
            at++;
    };
    if (!expect(head(title)))
        return false;
    skipBase64();
    if (!expect(PROMPTS_BLOCK))
        return false;
    skipBase64();
    if (!expect(DATA_BLOCK))
        return false;
    skipBase64();
    return expect(TAIL) && at === page.length;
}
