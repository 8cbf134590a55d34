import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LyfeError } from '../../src/errors.js';
import { actionsSessionId, assertSessionId, isSessionId, newSessionId } from '../../src/session/id.js';
import { readWorkSession, resolveSession, SESSION_FILE } from '../../src/session/store.js';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-session-');
const { start } = useChildren();

describe('session ids', () => {
  it('are made from the UTC time and 8 random hex digits', () => {
    const id = newSessionId(new Date('2025-01-18T17:30:45.999Z'));
    expect(id).toMatch(/^sess_2025-01-18_17-30-45_[0-9a-f]{8}$/);
    expect(newSessionId()).not.toBe(newSessionId());
  });

  it('in GitHub Actions come from the run id and attempt, with a sanitised job or shard key', () => {
    expect(actionsSessionId('1234567890', '2')).toBe('gha_1234567890_2');
    expect(actionsSessionId('1234567890', '1', 'build (ubuntu, 20)')).toBe('gha_1234567890_1_build-ubuntu-20');
    expect(actionsSessionId('1234567890', '1', '.net 8')).toBe('gha_1234567890_1_net-8');
    expect(actionsSessionId('1234567890', '1', '…')).toBe('gha_1234567890_1');
  });

  it('are accepted in exactly these forms', () => {
    for (const good of ['sess_2025-01-18_17-30-45_0123abcd', 'gha_1_1', 'gha_987654321_3_shard-2']) expect(isSessionId(good), good).toBe(true);
    for (const bad of ['', '../x', 'sess_2025-01-18_17-30-45', 'sess_2025-01-18_17-30-45_0123ABCD', 'sess_2025-1-18_17-30-45_0123abcd', 'gha_x_1', 'gha_1_1_../x', ' sess_2025-01-18_17-30-45_0123abcd']) {
      expect(isSessionId(bad), bad).toBe(false);
      expect(() => assertSessionId(bad)).toThrow(LyfeError);
    }
  });
});

describe('the work folder carries the session across processes', () => {
  it('begins a session once, reuses it, and starts afresh when asked', () => {
    const work = temp();
    const first = resolveSession(work);
    expect(first.started).toBe(true);
    expect(readWorkSession(work)).toEqual(first.session);
    expect(resolveSession(work)).toEqual({ session: first.session, started: false });
    const fresh = resolveSession(work, { fresh: true });
    expect(fresh.started).toBe(true);
    expect(fresh.session.session_id).not.toBe(first.session.session_id);
    expect(readWorkSession(work)).toEqual(fresh.session);
  });

  it('lets --session / LYFE_KT_SESSION override it, and joins it when it is already the work folder one', () => {
    const work = temp();
    const chosen = 'gha_42_1';
    const first = resolveSession(work, { override: chosen });
    expect(first).toMatchObject({ session: { session_id: chosen }, started: true });
    expect(resolveSession(work, { override: chosen }).started).toBe(false);
    expect(() => resolveSession(work, { override: 'gha_42' })).toThrow(/is not a session id/);
  });

  it('names a damaged session file and what to do about it', () => {
    const work = temp();
    fs.writeFileSync(path.join(work, SESSION_FILE), '{"session_id": "../../etc"}');
    expect(() => readWorkSession(work)).toThrow(LyfeError);
    try {
      readWorkSession(work);
    } catch (error) {
      expect((error as LyfeError).oneLine()).toMatch(new RegExp(`${SESSION_FILE}: the session file is damaged\\. Pass --session <id> to continue a known session .* or delete it .* to start a new one`));
    }
  });
});

describe('sessions on the command line', () => {
  const source = path.resolve('test/fixtures/content/como_dormir_bem.md');

  it('LYFE_KT_SESSION puts a stage into the given session', async () => {
    const cwd = temp();
    const exit = await start([CLI, 'preprocess', 'file', source, 'work/02_preprocessed', '--json'], { cwd, env: cliEnv({ LYFE_KT_SESSION: 'gha_77_1_docs' }) }).exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(JSON.parse(exit.stdout).session_id).toBe('gha_77_1_docs');
    const lines = fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(JSON.parse(line).session).toBe('gha_77_1_docs');
  });

  it('an empty LYFE_KT_SESSION (a workflow output left unset) is no session: the stages carry the work folder\'s from one to the next', async () => {
    const cwd = temp();
    const env = cliEnv({ LYFE_KT_SESSION: '' });
    const first = await start([CLI, 'preprocess', 'file', source, 'work/02_preprocessed', '--json', '-q'], { cwd, env }).exit;
    expect(first.code, first.stderr).toBe(0);
    const begun = JSON.parse(first.stdout).session_id as string;
    expect(begun).toMatch(/^sess_/);
    const next = await start([CLI, 'generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output', '--json', '-q'], { cwd, env }).exit;
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout).session_id).toBe(begun);
    const logs = await start([CLI, 'logs', '--json'], { cwd, env }).exit;
    expect(logs.code, logs.stderr).toBe(0);
    expect(new Set(logs.stdout.trim().split('\n').map((line) => JSON.parse(line).session))).toEqual(new Set([begun]));
    const packaged = await start([CLI, 'package', '--json', '-q'], { cwd, env }).exit;
    expect(packaged.code, packaged.stderr).toBe(0);
    expect(JSON.parse(packaged.stdout).session_id).toBe(begun);
  });

  it('a session that was packaged is not begun again: its package would count both runs', async () => {
    const cwd = temp();
    const content = path.resolve('test/fixtures/content');
    const run = (env: NodeJS.ProcessEnv = {}) => start([CLI, 'run', content, '--json', '-q'], { cwd, env: cliEnv({ LYFE_KT_SESSION: 'gha_78_1_docs', ...env }) }).exit;
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    const records = fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'));

    const again = await run();
    expect(again.code).toBe(2);
    expect(JSON.parse(again.stdout).error).toMatchObject({
      message: 'session gha_78_1_docs has ended (it was packaged): a run in it again would be counted with the first one in one package',
      fix: 'Give another session with --session or LYFE_KT_SESSION, or neither to begin a new one (a packaging of it that was stopped is finished by `lyfe-kt package` in its work folder)',
    });
    // Nothing written: no record, no work folder, no second package.
    expect(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl')).equals(records)).toBe(true);
    expect(fs.readdirSync(path.join(cwd, 'work'), { recursive: true })).toEqual([]);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);
    fs.mkdirSync(path.join(cwd, 'pre'));
    fs.writeFileSync(path.join(cwd, 'pre', 'c_filled_template.md'), '# c\n\ntext\n');
    for (const stage of [['preprocess', 'directory', content, 'out'], ['generate', 'file', 'pre/c_filled_template.md', 'out']]) {
      const refused = await start([CLI, ...stage, '--session', 'gha_78_1_docs'], { cwd, env: cliEnv() }).exit;
      expect(refused.code, stage[0]).toBe(2);
      expect(refused.stderr).toMatch(/session gha_78_1_docs has ended/);
    }
    expect(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl')).equals(records)).toBe(true);

    // The records restored without their index (a CI cache or artifact of the log files alone, or
    // logs of an older lyfe-kt): the session has ended all the same.
    fs.mkdirSync(path.join(cwd, 'restored'));
    for (const file of ['processing.jsonl', 'prompts.jsonl']) fs.copyFileSync(path.join(cwd, 'logs', file), path.join(cwd, 'restored', file));
    const restored = await start([CLI, 'run', content, '--json', '-q', '--log-dir', 'restored'], { cwd, env: cliEnv({ LYFE_KT_SESSION: 'gha_78_1_docs' }) }).exit;
    expect(restored.code, restored.stderr).toBe(2);
    expect(JSON.parse(restored.stdout).error.message).toMatch(/^session gha_78_1_docs has ended/);
    expect(fs.readdirSync(path.join(cwd, 'restored')).sort()).toEqual(['processing.jsonl', 'prompts.jsonl']);
    expect(fs.readdirSync(path.join(cwd, 'packages'))).toHaveLength(1);

    // Another session is begun as usual.
    const other = await run({ LYFE_KT_SESSION: 'gha_78_2_docs' });
    expect(other.code, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout).session_id).toBe('gha_78_2_docs');
  });

  it('a stage given another session than the one of the run its work folder holds stops before it writes anything: the run would be packaged under the other session\'s records', async () => {
    const cwd = temp();
    const first = await start([CLI, 'preprocess', 'file', source, 'work/02_preprocessed', '--json', '-q'], { cwd, env: cliEnv() }).exit;
    expect(first.code, first.stderr).toBe(0);
    const begun = JSON.parse(first.stdout).session_id as string;
    const sessionFile = fs.readFileSync(path.join(cwd, 'work', SESSION_FILE));
    const records = fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'));
    const other = path.resolve('test/fixtures/content/solidao_cronica.md');
    for (const [args, env] of [
      [['--session', 'gha_79_1'], {}],
      [[], { LYFE_KT_SESSION: 'gha_79_1' }],
    ] as const) {
      const exit = await start([CLI, 'preprocess', 'file', other, 'work/02_preprocessed', ...args], { cwd, env: cliEnv(env) }).exit;
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(`lyfe-kt: work: the work folder holds a run of session ${begun} that was not packaged, not of session gha_79_1`);
      expect(exit.stderr).toContain(`--session ${begun}`);
    }
    expect(fs.readFileSync(path.join(cwd, 'work', SESSION_FILE)).equals(sessionFile)).toBe(true);
    expect(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl')).equals(records)).toBe(true);
    expect(fs.readdirSync(path.join(cwd, 'work', '01_raw'))).toEqual(['como_dormir_bem.md']);
    // The session it holds, named, is joined.
    const joined = await start([CLI, 'preprocess', 'file', other, 'work/02_preprocessed', '--json', '-q', '--session', begun], { cwd, env: cliEnv() }).exit;
    expect(joined.code, joined.stderr).toBe(0);
    expect(JSON.parse(joined.stdout).session_id).toBe(begun);
  });

  it('a stage that would join the work folder\'s session in a --log-dir without its records stops before it writes anything: its package would hold the run without its earlier stages', async () => {
    const cwd = temp();
    const first = await start([CLI, 'preprocess', 'file', source, 'work/02_preprocessed', '--json', '-q', '--log-dir', 'first'], { cwd, env: cliEnv() }).exit;
    expect(first.code, first.stderr).toBe(0);
    const begun = JSON.parse(first.stdout).session_id as string;
    const other = path.resolve('test/fixtures/content/solidao_cronica.md');
    for (const [stage, env] of [
      [['generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output'], {}],
      [['preprocess', 'file', other, 'work/02_preprocessed'], {}],
      [['generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output'], { LYFE_KT_SESSION: begun }],
    ] as const) {
      const exit = await start([CLI, ...stage, '--log-dir', 'second'], { cwd, env: cliEnv(env) }).exit;
      expect(exit.code, stage[0]).toBe(1);
      expect(exit.stderr).toBe(
        `lyfe-kt: second: the work folder's session ${begun} has no records in ${path.join(cwd, 'second')}: its earlier stages wrote them to another folder. ` +
          `Nothing was written; give --log-dir (or LYFE_KT_LOG_DIR) the folder they wrote to, or, if their records are lost, remove ${path.join('work', SESSION_FILE)} to begin a new session\n`,
      );
    }
    expect(fs.existsSync(path.join(cwd, 'second', 'processing.jsonl'))).toBe(false);
    expect(fs.readdirSync(path.join(cwd, 'work')).sort()).toEqual([SESSION_FILE, '01_raw', '02_preprocessed'].sort());
    // In the folder its first stage wrote to, the session goes on.
    const next = await start([CLI, 'generate', 'file', 'work/02_preprocessed/como_dormir_bem_filled_template.md', 'work/03_output', '--json', '-q', '--log-dir', 'first'], { cwd, env: cliEnv() }).exit;
    expect(next.code, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout).session_id).toBe(begun);
  });

  it('a malformed --session is a usage error that writes nothing', async () => {
    const cwd = temp();
    const exit = await start([CLI, 'preprocess', 'file', source, 'work/02_preprocessed', '--session', '../escape'], { cwd, env: cliEnv() }).exit;
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/^lyfe-kt: --session "\.\.\/escape" is not a session id\. Use the form sess_/);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('a malformed LYFE_KT_SESSION is named as the variable, not as a --session the user never gave', async () => {
    const cwd = temp();
    for (const args of [['preprocess', 'file', source, 'work/02_preprocessed'], ['package'], ['logs']]) {
      const exit = await start([CLI, ...args], { cwd, env: cliEnv({ LYFE_KT_SESSION: 'gha_1_1_-x' }) }).exit;
      expect(exit.code, args[0]).toBe(2);
      expect(exit.stderr).toMatch(/^lyfe-kt: LYFE_KT_SESSION "gha_1_1_-x" is not a session id\. Use the form sess_/);
    }
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});
