import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitCommit } from '../../src/stage/git.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** git with a fixed identity and no user or system configuration. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/** What git itself says, undefined where it fails. */
function revParse(cwd: string): string | undefined {
  try {
    return git(cwd, 'rev-parse', 'HEAD');
  } catch {
    return undefined;
  }
}

describe('gitCommit', () => {
  const temp = useTempDir('lyfe-kt-git-');
  const saved = process.env.GIT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.GIT_DIR;
    else process.env.GIT_DIR = saved;
  });

  /** A repository with one commit, and a subfolder of it. */
  const repository = (...initArgs: string[]): { root: string; sub: string } => {
    const root = path.join(temp(), 'repo');
    const sub = path.join(root, 'content', 'deep');
    fs.mkdirSync(sub, { recursive: true });
    git(root, 'init', '-q', ...initArgs);
    fs.writeFileSync(path.join(sub, 'a.md'), '# a\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'first');
    return { root, sub };
  };

  it('reads what `git rev-parse HEAD` prints, from a subfolder: a branch stored loose, then packed, then a detached HEAD', () => {
    const { root, sub } = repository();
    expect(gitCommit(sub)).toMatch(/^[0-9a-f]{40}$/);
    expect(gitCommit(sub)).toBe(revParse(sub));
    git(root, 'pack-refs', '--all');
    expect(fs.existsSync(path.join(root, '.git', 'refs', 'heads', 'main'))).toBe(false);
    expect(gitCommit(sub)).toBe(revParse(sub));
    fs.writeFileSync(path.join(sub, 'b.md'), '# b\n');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'second');
    git(root, 'checkout', '-q', '--detach', 'HEAD~1');
    expect(gitCommit(root)).toBe(revParse(root));
    expect(gitCommit(root)).not.toBe(git(root, 'rev-parse', 'main'));
  });

  it("reads a worktree's own HEAD through its `.git` file, and a SHA-256 repository's ids", () => {
    const { root } = repository();
    const worktree = path.join(temp(), 'wt');
    git(root, 'worktree', 'add', '-q', '-b', 'other', worktree);
    fs.writeFileSync(path.join(worktree, 'c.md'), '# c\n');
    git(worktree, 'add', '.');
    git(worktree, 'commit', '-q', '-m', 'in the worktree');
    expect(fs.statSync(path.join(worktree, '.git')).isFile()).toBe(true);
    expect(gitCommit(worktree)).toBe(revParse(worktree));
    expect(gitCommit(worktree)).not.toBe(revParse(root));

    const sha256 = path.join(temp(), 'sha256');
    fs.mkdirSync(sha256);
    git(sha256, 'init', '-q', '--object-format=sha256');
    fs.writeFileSync(path.join(sha256, 'a.md'), '# a\n');
    git(sha256, 'add', '.');
    git(sha256, 'commit', '-q', '-m', 'first');
    expect(gitCommit(sha256)).toMatch(/^[0-9a-f]{64}$/);
    expect(gitCommit(sha256)).toBe(revParse(sha256));
  });

  it('is undefined outside a repository and on a branch with no commit yet, as git fails there', () => {
    const outside = path.join(temp(), 'plain');
    fs.mkdirSync(outside);
    expect(revParse(outside)).toBeUndefined();
    expect(gitCommit(outside)).toBeUndefined();
    const empty = path.join(temp(), 'empty');
    fs.mkdirSync(empty);
    git(empty, 'init', '-q');
    expect(revParse(empty)).toBeUndefined();
    expect(gitCommit(empty)).toBeUndefined();
  });

  it('asks git when GIT_DIR puts the repository elsewhere than the files say', () => {
    const { root } = repository();
    const own = revParse(root);
    const other = path.join(temp(), 'other');
    fs.mkdirSync(other);
    git(other, 'init', '-q');
    fs.writeFileSync(path.join(other, 'x.md'), '# x\n');
    git(other, 'add', '.');
    git(other, 'commit', '-q', '-m', 'other');
    process.env.GIT_DIR = path.join(other, '.git');
    expect(gitCommit(root)).toBe(revParse(other));
    expect(gitCommit(root)).not.toBe(own);
  });
});
