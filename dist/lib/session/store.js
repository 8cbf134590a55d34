import fs from 'node:fs';
import path from 'node:path';
import { LyfeError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { assertSessionId, newSessionId } from './id.js';
/** The file in a work folder that carries its session from one stage's process to the next. */
export const SESSION_FILE = '.lyfe-kt-session.json';
export function readWorkSession(workDir) {
    const file = path.join(workDir, SESSION_FILE);
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const parsed = JSON.parse(text);
        assertSessionId(parsed.session_id, `session in ${file}`);
        return parsed;
    }
    catch (error) {
        throw new LyfeError('the session file is damaged', {
            file,
            fix: 'Delete it to start a new session, or pass --session <id> to continue a known one',
            cause: error,
        });
    }
}
function writeWorkSession(workDir, session) {
    writeFileAtomic(path.join(workDir, SESSION_FILE), `${JSON.stringify(session)}\n`);
}
export function clearWorkSession(workDir) {
    fs.rmSync(path.join(workDir, SESSION_FILE), { force: true });
}
/**
 * Which session a stage belongs to: `--session` / `LYFE_KT_SESSION`, else the work folder's,
 * else a new one (always a new one when `fresh`). The result is written back to the work folder
 * so that the next stage's process joins it.
 */
export function resolveSession(workDir, options = {}) {
    const existing = options.fresh ? undefined : readWorkSession(workDir);
    let resolved;
    if (options.override) {
        const id = assertSessionId(options.override);
        resolved =
            existing?.session_id === id
                ? { session: existing, started: false }
                : { session: { session_id: id, started_at: new Date().toISOString() }, started: true };
    }
    else if (existing) {
        resolved = { session: existing, started: false };
    }
    else {
        resolved = { session: { session_id: newSessionId(), started_at: new Date().toISOString() }, started: true };
    }
    if (resolved.started)
        writeWorkSession(workDir, resolved.session);
    return resolved;
}
