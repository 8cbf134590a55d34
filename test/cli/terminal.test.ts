import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** What a person at a terminal sees: `script` gives the CLI a pseudo-terminal, as a shell would. */

const temp = useTempDir('lyfe-kt-tty-');
const CONTENT = path.resolve('test/fixtures/content');

function onTerminal(cwd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const command = [process.execPath, CLI, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  return execFileSync('script', ['-qec', command, '/dev/null'], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

const ESC = '\u001b';

describe('on a terminal', () => {
  it('progress is a bar redrawn in place, and the logs view is coloured unless NO_COLOR is set', () => {
    const cwd = temp();
    // A person's colour terminal: Node gives a CI job it does not recognise no colours at all.
    const env: NodeJS.ProcessEnv = { ...cliEnv(), TERM: 'xterm-256color' };
    delete env.NO_COLOR;
    delete env.CI;
    const run = onTerminal(cwd, ['run', CONTENT], env);
    expect(run).toContain(`\r${ESC}[2K[`);
    expect(run).toMatch(/\] 3\/3 /);
    expect(run).not.toMatch(/\[1\/3\] (preprocess|generate) ok/); // the one-line-per-file form is for pipes and files

    const coloured = onTerminal(cwd, ['logs', '--list'], env);
    expect(coloured).toContain(`${ESC}[`);
    const session = /sess_\S+/.exec(coloured)?.[0];
    expect(session).toBeDefined();
    expect(onTerminal(cwd, ['logs', '--session', session!], env)).toContain(`${ESC}[`);
    expect(onTerminal(cwd, ['logs', '--session', session!], { ...env, NO_COLOR: '1' })).not.toContain(ESC);
  });
});
