import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { useChildren, type Exit } from './helpers/children.js';
import { useTempDir } from './helpers/temp-dir.js';

/** `lyfe-kt` as installed: bin/lyfe-kt.js starts the ncc bundle, dist/cli/index.cjs. */

const { start } = useChildren();
const temp = useTempDir('lyfe-kt-bin-');

describe('bin/lyfe-kt.js', () => {
  it('runs the bundle', async () => {
    const exit = await start([path.resolve('bin/lyfe-kt.js'), '--version']).exit;
    expect(exit).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('says what to do when the bundle was never built', async () => {
    const root = temp();
    fs.cpSync('bin', path.join(root, 'bin'), { recursive: true });
    fs.copyFileSync('package.json', path.join(root, 'package.json'));
    const exit = await start([path.join(root, 'bin', 'lyfe-kt.js'), '--version']).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toBe(`lyfe-kt: ${path.join(root, 'dist', 'cli', 'index.cjs')} is missing: this copy of lyfe-kt is not built. Run \`npm run build\` in its folder, or install the published package\n`);
  });
});

describe('start-up of the bundle', () => {
  const hook = path.resolve('test/helpers/report-builtins.cjs');
  /** `lyfe-kt args` from bin/, and the Node built-ins the process loaded. */
  async function startWithBuiltins(args: string[], cwd?: string, env: NodeJS.ProcessEnv = {}): Promise<{ exit: Exit; builtins: string[] }> {
    const list = path.join(temp(), 'builtins.txt');
    const exit = await start(['-r', hook, path.resolve('bin/lyfe-kt.js'), ...args], { cwd, env: { ...process.env, ...env, LYFE_KT_TEST_BUILTINS: list } }).exit;
    return { exit, builtins: fs.readFileSync(list, 'utf8').split('\n') };
  }

  it.each(['--version', '--help', 'logs --help'])('does not load child_process for %s', async (args) => {
    const { exit, builtins } = await startWithBuiltins(args.split(' '));
    expect(exit.code).toBe(0);
    expect(builtins).toContain('NativeModule fs');
    expect(builtins).not.toContain('NativeModule child_process');
    // The entry chunk is CommonJS: only a command that imports another chunk sets up the ES module loader.
    if (args === '--version') expect(builtins).not.toContain('NativeModule internal/modules/esm/module_job');
    else expect(builtins).toContain('NativeModule internal/modules/esm/module_job');
  });

  it("records a session's git commit read from .git, without a child process; with GIT_DIR set, asks git, loading child_process then", async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { encoding: 'utf8' }).trim();
    for (const env of [{}, { GIT_DIR: gitDir }]) {
      const root = fs.mkdtempSync(path.join(temp(), 'run-'));
      fs.mkdirSync(path.join(root, 'content'));
      fs.copyFileSync('test/fixtures/content/como_dormir_bem.md', path.join(root, 'content', 'como_dormir_bem.md'));
      const args = ['run', path.join(root, 'content'), '--provider', 'offline', '--work-dir', path.join(root, 'work'), '--log-dir', path.join(root, 'logs'), '--output-dir', path.join(root, 'packages'), '-q'];
      // Run in the repository (its .git is what is read), the package kept in the test's folder.
      const { exit, builtins } = await startWithBuiltins(args, process.cwd(), env);
      expect(exit).toMatchObject({ code: 0, stderr: '' });
      if ('GIT_DIR' in env) expect(builtins).toContain('NativeModule child_process');
      else expect(builtins).not.toContain('NativeModule child_process');
      const sessionStart = fs
        .readFileSync(path.join(root, 'logs', 'processing.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { event?: string; data?: { git_commit?: string } })
        .find((entry) => entry.event === 'session.start');
      expect(sessionStart?.data?.git_commit).toBe(head);
    }
  });
});
