import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import { ExitCode, LyfeError, printable } from '../errors.js';
import { filterSessionLines, hasBytesAt, recordFile } from '../records/filter.js';
import { parseRecordLine } from '../records/parse.js';
import { formatAttempt, formatRecordLine, formatSessionTable, plain, statusStyle } from '../records/render.js';
import { SessionModel } from '../records/session-model.js';
import { listSessions, sessionStatus } from '../records/sessions.js';
import { STAGES } from '../records/types.js';
import { assertSessionId } from '../session/id.js';
import { readWorkSession } from '../session/store.js';
import { addSessionOption, logDirOption, paint, printJson, workDirOption } from './common.js';
const LEVEL_RANK = { debug: 0, info: 1, warn: 2, error: 3 };
/** How many sessions an "unknown session" error names. */
const RECENT = 5;
/**
 * Output is gathered and written in blocks of this size with one `write(2)` each: what a pipe holds
 * (64 KiB on Linux), so that a block goes in while the reader empties the last one, where a larger
 * block would wait for the reader to take most of it.
 */
const OUTPUT_BYTES = 64 * 1024;
export function registerLogsCommand(program) {
    const logs = program.command('logs').description("print one session's records from the global record files or from a package, or list the sessions found there");
    addSessionOption(logs, "session to show; default: the work folder's session")
        .option('--list', 'list the sessions with start, end, status, stages, LLM calls and tokens')
        .addOption(new Option('--package <dir>', "the records a package carries (plain or compressed logs) instead of the global files; with --session, only that session's (a merged package holds one per shard)").conflicts(['list']))
        .addOption(new Option('--stage <stage>', 'only records of this stage').choices(STAGES))
        .addOption(new Option('--level <level>', 'only records of this level and above').choices(Object.keys(LEVEL_RANK)))
        .option('--prompts', 'the prompt audit (one block per LLM attempt) instead of the processing records')
        .option('--json', 'the raw records, one JSON line each, exactly as written; with --list, the list as one JSON object')
        .addOption(logDirOption())
        .addOption(workDirOption('work folder whose session is shown when --session is not given'))
        .action((options, command) => {
        if (options.list)
            refuseRecordOptions(options, command.getOptionValueSource('session') === 'cli');
        // A package is not filtered by LYFE_KT_SESSION: in CI it names the job's own session, not the package's.
        if (options.package)
            return showPackage(options.package, { ...options, session: command.getOptionValueSource('session') === 'cli' ? options.session : undefined });
        requireLogDir(options.logDir);
        if (options.list)
            return showList(options);
        return showSession(resolveSessionId(options), options);
    });
}
/**
 * `--list` lists the sessions: an option that chooses one session's records would be ignored with
 * it, so it is refused; `--session` only when typed (LYFE_KT_SESSION is set for every step in CI).
 */
function refuseRecordOptions(options, sessionTyped) {
    if (sessionTyped && options.session) {
        throw new LyfeError('--session chooses one session, and --list lists the sessions', {
            fix: `Drop --session to list them, or drop --list to show its records: lyfe-kt logs --session ${options.session}`,
            exitCode: ExitCode.usage,
        });
    }
    const given = [options.stage !== undefined && ['--stage', options.stage], options.level !== undefined && ['--level', options.level], options.prompts && ['--prompts']].find(Boolean);
    if (!given)
        return;
    const [flag] = given;
    throw new LyfeError(`${flag} chooses the records of one session, and --list lists the sessions`, {
        fix: `Drop ${flag} to list them, or drop --list and give the session: lyfe-kt logs --session <id> ${given.join(' ')}`,
        exitCode: ExitCode.usage,
    });
}
function requireLogDir(logDir) {
    const fix = 'Pass --log-dir <dir> or set LYFE_KT_LOG_DIR to the folder the pipeline wrote its records to';
    if (!fs.existsSync(logDir))
        throw new LyfeError(`no log directory at ${path.resolve(logDir)}`, { fix });
    if (!fs.statSync(logDir).isDirectory())
        throw new LyfeError('the log folder is a file, not a folder', { file: logDir, fix, exitCode: ExitCode.usage });
}
function resolveSessionId(options) {
    if (options.session)
        return assertSessionId(options.session, '--session');
    const fromWork = readWorkSession(options.workDir)?.session_id;
    if (fromWork)
        return fromWork;
    throw new LyfeError(`no session given and no session in the work folder ${path.resolve(options.workDir)}`, {
        fix: 'Pass --session <id> (see `lyfe-kt logs --list`), or --work-dir <dir> of the run',
        exitCode: ExitCode.usage,
    });
}
function showList(options) {
    const list = listSessions(options.logDir);
    if (options.json)
        return printJson(list);
    const out = new StdoutBlocks();
    out.text(list.sessions.length ? formatSessionTable(list, stdoutPaint()) : `no sessions in ${path.resolve(options.logDir)}`);
    if (list.skipped)
        out.text(`(${list.skipped} line(s) that are not records were skipped)`);
    out.flush();
}
/** A filter on a record, or none when every record of the session is wanted. */
function recordFilter(options) {
    if (!options.stage && !options.level)
        return undefined;
    const minimum = options.level ? LEVEL_RANK[options.level] : 0;
    return (record) => (!options.stage || record.stage === options.stage) && (LEVEL_RANK[record.level] ?? LEVEL_RANK.error) >= minimum;
}
function showSession(sessionId, options) {
    const kind = options.prompts ? 'prompts' : 'processing';
    const file = recordFile(options.logDir, kind);
    const out = new StdoutBlocks();
    const wanted = recordFilter(options);
    const model = new SessionModel({ wholeLog: true });
    // Not a look at process.stdout with --json: opening it as a stream makes a pipe non-blocking.
    const paintOut = options.json ? plain : stdoutPaint();
    let shown = 0;
    let unparsed = 0;
    // With --json the lines go out as they were read. They are parsed only to apply --stage/--level,
    // and for the session's status, whose few lines are told apart by their bytes.
    const visit = options.json
        ? (chunk, start, end, event) => {
            let parsed;
            if (kind === 'processing' && isStatusLine(chunk, event)) {
                parsed = parseRecordLine(chunk, start, end);
                if (parsed)
                    model.add(parsed, kind);
            }
            if (wanted) {
                parsed ??= parseRecordLine(chunk, start, end);
                if (!parsed || !wanted(parsed))
                    return;
            }
            shown += 1;
            out.line(chunk, start, end);
        }
        : (chunk, start, end) => {
            const parsed = parseRecordLine(chunk, start, end);
            if (!parsed) {
                unparsed += 1;
                return;
            }
            model.add(parsed, kind);
            if (wanted && !wanted(parsed))
                return;
            shown += 1;
            out.text(formatForView(parsed, kind, paintOut));
        };
    let result;
    try {
        result = filterSessionLines(file, sessionId, visit);
        out.flush();
    }
    catch (error) {
        if (error instanceof ReaderGone)
            return;
        throw error;
    }
    const skipped = result.skipped + unparsed;
    // The status comes from the processing records: with --prompts they still need reading. A session
    // is unknown when neither file has a line of it; each file is scanned once.
    let found = result.lines > 0;
    const indexNotes = result.note ? [result.note] : [];
    if (kind === 'prompts') {
        const status = filterSessionLines(recordFile(options.logDir, 'processing'), sessionId, (chunk, start, end) => {
            const parsed = parseRecordLine(chunk, start, end);
            if (parsed)
                model.add(parsed, 'processing');
        });
        found ||= status.lines > 0;
        if (status.note)
            indexNotes.push(status.note);
    }
    else if (!found) {
        found = filterSessionLines(recordFile(options.logDir, 'prompts'), sessionId, () => { }).lines > 0;
    }
    if (!found)
        throw unknownSession(sessionId, options.logDir);
    const status = sessionStatus(model.result());
    const notes = [...statusNotes(sessionId, status), ...indexNotes];
    if (skipped)
        notes.push(`${skipped} line(s) mentioning the session are not records and were skipped`);
    endView(out, { json: options.json, kind, shown, sessions: [{ sessionId, status }], notes, paint: paintOut });
}
/**
 * `logs --package`: the same views of the records a package carries, read from the package alone
 * (its `*.jsonl`, inside `records.tar.gz` when compressed). `--json` prints the package's lines.
 * The archive reader (tar) is loaded only here: reading the global files does not pay for it.
 */
async function showPackage(dir, options) {
    const { packageRecordsToShow } = await import('../package/archive.js');
    // The prompt records, most of a package's bytes, are read only when they are shown.
    const records = packageRecordsToShow(dir, { prompts: Boolean(options.prompts) });
    // A merged package holds each shard's records under the shard's own session.
    const sessions = [...new Set(records.processing.map((record) => record.session))];
    if (options.session !== undefined && !sessions.includes(assertSessionId(options.session, '--session'))) {
        throw new LyfeError(`the package holds no records of session ${options.session}`, { file: dir, fix: `Give one of its sessions: ${sessions.join(', ')}`, exitCode: ExitCode.usage });
    }
    const shownSessions = options.session === undefined ? sessions : [options.session];
    const kind = options.prompts ? 'prompts' : 'processing';
    const wanted = recordFilter(options);
    const shown = records[kind].filter((record) => shownSessions.includes(record.session) && (!wanted || wanted(record)));
    const paintOut = options.json ? plain : stdoutPaint();
    const out = new StdoutBlocks();
    try {
        for (const record of shown) {
            out.text(options.json ? JSON.stringify(record) : formatForView(record, kind, paintOut));
        }
    }
    catch (error) {
        if (error instanceof ReaderGone)
            return;
        throw error;
    }
    const statuses = shownSessions.map((sessionId) => {
        const model = new SessionModel();
        for (const record of records.processing)
            if (record.session === sessionId)
                model.add(record, 'processing');
        return { sessionId, status: sessionStatus(model.result()) };
    });
    endView(out, { json: options.json, kind, shown: shown.length, sessions: statuses, paint: paintOut });
}
/** A record as the human view of its file shows it: a block per prompt-audit attempt, a line per processing record. */
function formatForView(record, kind, paint) {
    return kind === 'prompts' ? `${formatAttempt(record, paint)}\n` : formatRecordLine(record, paint);
}
function statusNotes(id, status) {
    // A package's records name any session their maker wrote.
    const sessionId = printable(id);
    if (status === 'interrupted')
        return [`session ${sessionId} was interrupted: a stage of it never ended (killed or crashed), or none was recorded; \`lyfe-kt package\` in its work folder packages it`];
    if (status === 'open')
        return [`session ${sessionId} is not packaged yet: every stage it began has ended (\`lyfe-kt package\` in its work folder packages it)`];
    if (status === 'running')
        return [`session ${sessionId} is still running`];
    return [];
}
/**
 * Ends a view of one session's records, or of several (a merged package's): notes on stderr with
 * `--json`, else a footer with the count and each session's status.
 */
function endView(out, view) {
    const notes = view.notes ?? view.sessions.flatMap(({ sessionId, status }) => statusNotes(sessionId, status));
    if (!view.json) {
        const status = ({ sessionId, status }) => `${printable(sessionId)}, status ${view.paint(statusStyle(status), status)}`;
        const of = view.sessions.length === 1 ? `session ${status(view.sessions[0])}` : `${view.sessions.length} sessions: ${view.sessions.map(status).join('; ')}`;
        out.text(view.paint('dim', '--'));
        out.text(`${view.shown} ${view.kind === 'prompts' ? 'prompt-audit record' : 'record'}(s) of ${of}`);
        for (const note of notes)
            out.text(view.paint('warn', note));
    }
    try {
        out.flush();
    }
    catch (error) {
        if (!(error instanceof ReaderGone))
            throw error;
    }
    if (view.json)
        for (const note of notes)
            process.stderr.write(`${note}\n`);
}
/** `session.*`, `stage.*` and `error`: the records that decide a session's status. */
const STATUS_EVENTS = [Buffer.from('session.'), Buffer.from('stage.'), Buffer.from('error"')];
/**
 * Whether a record line may be one of those that decide a session's status: its event name, where
 * the filter found it (`event`), starts like one; a line not in the writer's shape may be one.
 */
function isStatusLine(chunk, event) {
    if (event < 0)
        return true;
    for (const name of STATUS_EVENTS)
        if (hasBytesAt(chunk, event, name))
            return true;
    return false;
}
function unknownSession(sessionId, logDir) {
    const recent = listSessions(logDir).sessions.slice(0, RECENT);
    const known = recent.length ? `recent sessions: ${recent.map((s) => s.session).join(', ')}` : 'there are no sessions there';
    return new LyfeError(`no records of session ${sessionId} in ${path.resolve(logDir)}`, {
        fix: `${known[0].toUpperCase()}${known.slice(1)} (see \`lyfe-kt logs --list\`)`,
    });
}
const STYLE_COLORS = {
    error: 'red',
    warn: 'yellow',
    info: 'green',
    ok: 'green',
    debug: 'dim',
    dim: 'dim',
    stage: 'blue',
    event: 'bold',
};
function stdoutPaint() {
    return (style, text) => paint(STYLE_COLORS[style], text, process.stdout);
}
/** The reader of stdout went away (`| head`): stop quietly, as `grep` does. */
class ReaderGone extends Error {
}
/**
 * Stdout written with `fs.writeSync` in blocks of OUTPUT_BYTES: a slow reader slows the scan down instead
 * of letting output queue in memory, which `process.stdout.write` into a pipe would do.
 */
class StdoutBlocks {
    block = Buffer.allocUnsafe(OUTPUT_BYTES);
    used = 0;
    line(chunk, start, end) {
        const length = end - start;
        if (this.used + length + 1 > this.block.length) {
            this.flush();
            if (length + 1 > this.block.length) {
                writeAll(chunk.subarray(start, end));
                writeAll(Buffer.from('\n'));
                return;
            }
        }
        // A view and `set`: half the cost of `Buffer#copy` (which checks its arguments, then makes the same view) for a line.
        this.block.set(new Uint8Array(chunk.buffer, chunk.byteOffset + start, length), this.used);
        this.used += length;
        this.block[this.used++] = 0x0a;
    }
    text(text) {
        const bytes = Buffer.from(`${text}\n`);
        this.line(bytes, 0, bytes.length - 1);
    }
    flush() {
        if (this.used === 0)
            return;
        writeAll(this.block.subarray(0, this.used));
        this.used = 0;
    }
}
const pause = new Int32Array(new SharedArrayBuffer(4));
function writeAll(bytes) {
    let offset = 0;
    while (offset < bytes.length) {
        try {
            offset += fs.writeSync(1, bytes, offset, bytes.length - offset);
        }
        catch (error) {
            const code = error.code;
            if (code === 'EPIPE')
                throw new ReaderGone();
            // A non-blocking stdout whose pipe is full: wait for the reader rather than queue.
            if (code === 'EAGAIN')
                Atomics.wait(pause, 0, 0, 2);
            else
                throw error;
        }
    }
}
