import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../../src/records/filter.js';
import { Events } from '../../src/records/types.js';
import { auditRecord, record } from '../../src/records/writer.js';
import { runInSession } from '../../src/session/context.js';
import { runStage } from '../../src/stage/run-stage.js';
import { useChildren } from '../helpers/children.js';
import { CLI } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const A = 'sess_2025-01-18_17-30-45_0a0a0a0a';
const B = 'gha_4242_1_shard-2';
const OLD_TOOL_LINE = '2025-01-18 17:30:45,123 - INFO - Processing file como_dormir_bem.md';

interface Fixture {
  root: string;
  logDir: string;
  workDir: string;
}

/** Two sessions in one log folder: A a whole run with LLM attempts, B one that never ended; plus a foreign line. */
async function writeTwoSessions(root: string): Promise<Fixture> {
  const logDir = path.join(root, 'logs');
  const workDir = path.join(root, 'work');
  await runStage({ stage: 'generate', workDir, logDir, session: A, sessionInfo: { provider: 'offline' } }, async () => {
    runInSession({ sessionId: B, stage: 'preprocess', logDir }, () => {
      // No stage.start: an open stage of this live test process would make B `running`.
      record('info', Events.fileResult, 'como_dormir_bem.md preprocessed', { input: ['como_dormir_bem.md'] });
      record('error', Events.error, 'B failed on its input', { input: ['solidao_cronica.md'] });
    });
    for (const [attempt, outcome] of [
      [1, 'retry'],
      [2, 'ok'],
    ] as const) {
      auditRecord(outcome === 'ok' ? 'info' : 'warn', Events.llmAttempt, `generate beginner attempt ${attempt} ${outcome}`, {
        input: ['como_dormir_bem_filled_template.md'],
        output: ['como_dormir_bem_beginner.json'],
        data: {
          call_id: 'call_0123456789ab',
          attempt,
          max_attempts: 3,
          purpose: 'generate beginner',
          provider: 'offline',
          model: 'offline-1',
          params: { temperature: 0.2 },
          messages: [
            { role: 'system', content: 'You are Ari, a coach.' },
            { role: 'user', content: 'Write a supertask about sleep.' },
          ],
          response: outcome === 'ok' ? '{"title":"Dormir bem"}' : 'not json',
          usage: { prompt_tokens: 90, completion_tokens: 10, total_tokens: 100 },
          latency_ms: 12,
          outcome,
          reason: outcome === 'retry' ? 'reply is not JSON' : undefined,
          source: 'live',
        },
      });
    }
    record('warn', Events.warning, 'estimatedDuration above 600 s', { output: ['como_dormir_bem_beginner.json'] });
    fs.appendFileSync(recordFile(logDir, 'processing'), `${OLD_TOOL_LINE}\n`);
  });
  runInSession({ sessionId: A, stage: 'package', logDir }, () => record('info', Events.sessionEnd, 'session ended', { stage: 'session', data: { success: true } }));
  return { root, logDir, workDir };
}

function linesOfSession(file: string, session: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{') && (JSON.parse(line) as { session: string }).session === session);
}

describe('lyfe-kt logs', () => {
  const temp = useTempDir();
  const children = useChildren();
  const cli = (fixture: Fixture, ...args: string[]) =>
    children.start([CLI, 'logs', '--log-dir', fixture.logDir, ...args], { cwd: fixture.root, env: { ...process.env, NO_COLOR: '1' } }).exit;

  it('--json prints exactly the raw lines of the session, for processing and prompt records', async () => {
    const fixture = await writeTwoSessions(temp());
    for (const [session, prompts] of [
      [A, false],
      [B, false],
      [A, true],
    ] as const) {
      const file = recordFile(fixture.logDir, prompts ? 'prompts' : 'processing');
      const result = await cli(fixture, '--session', session, '--json', ...(prompts ? ['--prompts'] : []));
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(linesOfSession(file, session).map((line) => `${line}\n`).join(''));
    }
  });

  it('--json with --level and --stage keeps the raw lines of those records only', async () => {
    const fixture = await writeTwoSessions(temp());
    const warnings = await cli(fixture, '--session', A, '--json', '--level', 'warn');
    const levels = warnings.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { level: string }).level);
    expect(levels).toEqual(['warn']);
    const session = await cli(fixture, '--session', A, '--json', '--stage', 'session');
    expect(session.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { event: string }).event)).toEqual([Events.sessionStart, Events.sessionEnd]);
  });

  it('--json takes the status from the records that decide it, in the writer’s shape or another tool’s', async () => {
    const fixture = await writeTwoSessions(temp());
    // B's end written by another tool, keys in another order and a nested event before its own.
    const end = { data: { success: false, event: 'step.output' }, event: Events.sessionEnd, session: B, stage: 'session', level: 'warn', time: '2025-01-18T17:40:00.000Z', msg: 'B ended' };
    fs.appendFileSync(recordFile(fixture.logDir, 'processing'), `${JSON.stringify(end)}\n`);
    const a = await cli(fixture, '--session', A, '--json');
    const b = await cli(fixture, '--session', B, '--json');
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    // The readable view reads every record: the same status.
    expect((await cli(fixture, '--session', B)).stdout).toContain(`record(s) of session ${B}, status failed`);
  });

  it("shows a readable view of the work folder's session by default, and says when a session was interrupted", async () => {
    const fixture = await writeTwoSessions(temp());
    const a = await cli(fixture, '--work-dir', fixture.workDir);
    expect(a.code).toBe(0);
    expect(a.stdout).not.toContain('\u001b[');
    expect(a.stdout).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} INFO +session +session\.start/);
    expect(a.stdout).toMatch(/WARN +generate +warning +-> como_dormir_bem_beginner\.json estimatedDuration above 600 s/);
    expect(a.stdout).toContain(`5 record(s) of session ${A}, status succeeded`);
    expect(a.stdout).not.toContain('B failed');
    expect(a.stdout).not.toContain('interrupted');

    const b = await cli(fixture, '--session', B);
    expect(b.stdout).toMatch(/ERROR preprocess +error +solidao_cronica\.md B failed on its input/);
    expect(b.stdout).toContain(`session ${B} was interrupted: a stage of it never ended`);
    const bJson = await cli(fixture, '--session', B, '--json');
    expect(bJson.stderr).toContain('interrupted');
  });

  it('--prompts shows one block per attempt with its messages and response', async () => {
    const fixture = await writeTwoSessions(temp());
    const { stdout, code } = await cli(fixture, '--session', A, '--prompts');
    expect(code).toBe(0);
    expect(stdout).toContain('generate beginner call_0123456789ab attempt 1/3 | retry: reply is not JSON | offline offline-1 | 12 ms | 100 tokens (90+10)');
    expect(stdout).toContain('attempt 2/3 | ok');
    for (const part of ['[system]', '    You are Ari, a coach.', '[user]', '[response]', '    {"title":"Dormir bem"}', 'files: como_dormir_bem_filled_template.md -> como_dormir_bem_beginner.json']) {
      expect(stdout).toContain(part);
    }
  });

  it('colours a pipe only when FORCE_COLOR asks, which wins over NO_COLOR, as Node decides', async () => {
    const fixture = await writeTwoSessions(temp());
    const list = (env: NodeJS.ProcessEnv) => {
      const clean = { ...process.env };
      delete clean.NO_COLOR;
      delete clean.FORCE_COLOR;
      return children.start([CLI, 'logs', '--log-dir', fixture.logDir, '--list'], { cwd: fixture.root, env: { ...clean, ...env } }).exit;
    };
    const [plain, forced, both] = await Promise.all([list({}), list({ FORCE_COLOR: '1' }), list({ FORCE_COLOR: '1', NO_COLOR: '1' })]);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(forced.stdout).toContain('\u001b[32msucceeded');
    expect(both.stdout).toContain('\u001b[');
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });

  it('takes --log-dir and --session from LYFE_KT_LOG_DIR and LYFE_KT_SESSION, the flags winning; an empty one is unset', async () => {
    const fixture = await writeTwoSessions(temp());
    const logs = (args: string[], env: NodeJS.ProcessEnv) => children.start([CLI, 'logs', ...args], { cwd: fixture.root, env: { ...process.env, NO_COLOR: '1', ...env } }).exit;
    const [fromEnv, flagWins, emptySession] = await Promise.all([
      logs(['--json'], { LYFE_KT_LOG_DIR: fixture.logDir, LYFE_KT_SESSION: B }),
      logs(['--json', '--session', A, '--log-dir', fixture.logDir], { LYFE_KT_LOG_DIR: 'missing', LYFE_KT_SESSION: B }),
      logs(['--json', '--work-dir', 'nowhere'], { LYFE_KT_LOG_DIR: fixture.logDir, LYFE_KT_SESSION: '' }),
    ]);
    expect(fromEnv.stdout).toBe(linesOfSession(recordFile(fixture.logDir, 'processing'), B).map((line) => `${line}\n`).join(''));
    expect(flagWins.stdout).toBe(linesOfSession(recordFile(fixture.logDir, 'processing'), A).map((line) => `${line}\n`).join(''));
    expect(emptySession.code).toBe(2);
    expect(emptySession.stderr).toMatch(/^lyfe-kt: no session given and no session in the work folder /);
  });

  it('--list gives each session its status, stages, calls and tokens, and counts foreign lines', async () => {
    const fixture = await writeTwoSessions(temp());
    const table = await cli(fixture, '--list');
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]!.split(/ +/)).toEqual(['SESSION', 'START', 'END', 'STATUS', 'STAGES', 'CALLS', 'REQUESTS', 'TOKENS']);
    expect(table.stdout).toMatch(new RegExp(`${A} +\\S+ \\S+ +\\S+ \\S+ +succeeded +generate +1 +2 +200`));
    expect(table.stdout).toMatch(new RegExp(`${B} +\\S+ \\S+ +\\S+ \\S+ +interrupted +- +0 +0 +0`));
    expect(table.stdout).toContain('(1 line(s) that are not records were skipped)');

    const json = JSON.parse((await cli(fixture, '--list', '--json')).stdout) as { sessions: { session: string; status: string }[]; skipped: number };
    expect(json.skipped).toBe(1);
    expect(Object.fromEntries(json.sessions.map((s) => [s.session, s.status]))).toEqual({ [A]: 'succeeded', [B]: 'interrupted' });
    // The help says so: --json is no record line here.
    const help = (await cli(fixture, '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--json the raw records, one JSON line each, exactly as written; with --list, the list as one JSON object');
  });

  it('refuses what it cannot show, saying what to do', async () => {
    const fixture = await writeTwoSessions(temp());
    const unknown = await cli(fixture, '--session', 'sess_2024-01-01_00-00-00_ffffffff');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no records of session sess_2024-01-01_00-00-00_ffffffff');
    expect(unknown.stderr).toContain(A);
    expect(unknown.stderr).toContain(B);

    const malformed = await cli(fixture, '--session', '../etc');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('"../etc" is not a session id');

    const noSession = await cli(fixture, '--work-dir', path.join(fixture.root, 'elsewhere'));
    expect(noSession.code).toBe(2);
    expect(noSession.stderr).toContain('Pass --session <id>');

    // --list lists sessions: the options that choose one session's records are refused with it, not ignored.
    for (const option of [['--stage', 'generate'], ['--level', 'warn'], ['--prompts']]) {
      const listed = await cli(fixture, '--list', ...option);
      expect(listed.code, listed.stderr).toBe(2);
      expect(listed.stdout).toBe('');
      expect(listed.stderr).toBe(
        `lyfe-kt: ${option[0]} chooses the records of one session, and --list lists the sessions. Drop ${option[0]} to list them, or drop --list and give the session: lyfe-kt logs --session <id> ${option.join(' ')}\n`,
      );
    }
    // A typed --session too; LYFE_KT_SESSION, which CI sets for every step, is no choice of the user's here.
    const typed = await cli(fixture, '--list', '--session', A);
    expect(typed.code, typed.stderr).toBe(2);
    expect(typed.stdout).toBe('');
    expect(typed.stderr).toBe(`lyfe-kt: --session chooses one session, and --list lists the sessions. Drop --session to list them, or drop --list to show its records: lyfe-kt logs --session ${A}\n`);
    const fromEnv = await children.start([CLI, 'logs', '--list', '--log-dir', fixture.logDir], { cwd: fixture.root, env: { ...process.env, NO_COLOR: '1', LYFE_KT_SESSION: A } }).exit;
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(fromEnv.stdout).toContain(B);

    const noLogs = await children.start([CLI, 'logs', '--list', '--log-dir', 'missing'], { cwd: fixture.root, env: { ...process.env, NO_COLOR: '1' } }).exit;
    expect(noLogs.code).toBe(1);
    expect(noLogs.stderr).toContain(`no log directory at ${path.join(fs.realpathSync(fixture.root), 'missing')}`);

    fs.writeFileSync(path.join(fixture.root, 'afile'), '');
    for (const args of [['--list'], ['--session', A]]) {
      const fileLogs = await children.start([CLI, 'logs', ...args, '--log-dir', 'afile'], { cwd: fixture.root, env: { ...process.env, NO_COLOR: '1' } }).exit;
      expect(fileLogs.code, args.join(' ')).toBe(2);
      expect(fileLogs.stderr).toBe('lyfe-kt: afile: the log folder is a file, not a folder. Pass --log-dir <dir> or set LYFE_KT_LOG_DIR to the folder the pipeline wrote its records to\n');
    }
  });

  it('stops quietly when its reader goes away (piped into head)', async () => {
    const fixture = await writeTwoSessions(temp());
    // Enough output to fill a pipe many times over.
    runInSession({ sessionId: A, stage: 'generate', logDir: fixture.logDir }, () => {
      for (let i = 0; i < 20_000; i++) record('debug', Events.stepOutput, `line ${i} ${'x'.repeat(200)}`);
    });
    const script = `"${process.execPath}" "${CLI}" logs --log-dir "${fixture.logDir}" --session ${A} --json | head -n 2; echo "status \${PIPESTATUS[0]}"`;
    const result = await children.start(['-e', `require('child_process').execFileSync('bash', ['-c', ${JSON.stringify(script)}], { stdio: 'inherit' })`], { cwd: fixture.root }).exit;
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('status 0');
    expect(result.stderr).toBe('');
  });
  it("shows every text of a hostile package's records with its control characters as escapes, however the record types it", async () => {
    const root = temp();
    const logs = path.join(root, 'pkg', 'logs');
    fs.mkdirSync(logs, { recursive: true });
    const esc = '\u001b]0;owned\u0007\n::error::forged';
    const session = `sess_x${esc}`;
    const base = { level: 'info', session, stage: 'generate' };
    fs.writeFileSync(path.join(logs, 'processing.jsonl'), `${JSON.stringify({ ...base, time: `2026-01-01T00:00:00.000Z${esc}`, event: 'stage.start', msg: 'started' })}\n`);
    const attempt = {
      ...base,
      time: `2026-01-01T00:00:01.000Z${esc}`,
      event: Events.llmAttempt,
      msg: 'attempt',
      data: { call_id: 'c', attempt: 1, max_attempts: 1, purpose: 'p', provider: 'x', model: 'm', outcome: 'ok', latency_ms: esc, http_status: esc, usage: { prompt_tokens: esc, completion_tokens: esc, total_tokens: esc }, messages: [], response: 'r' },
    };
    fs.writeFileSync(path.join(logs, 'prompts.jsonl'), `${JSON.stringify(attempt)}\n`);
    for (const args of [[], ['--prompts']]) {
      const shown = await children.start([CLI, 'logs', '--package', 'pkg', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }).exit;
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(shown.stdout, args.join(' ')).not.toMatch(/^::/m);
      expect(shown.stdout, args.join(' ')).toContain('\\u001b]0;owned\\u0007\\n::error::forged');
    }
  });
});
