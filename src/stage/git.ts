import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The commit checked out where the command runs, for the session's start record: what `git
 * rev-parse HEAD` prints, or undefined outside a repository (or on a branch with no commit yet).
 *
 * Read from the repository's files when its layout is the common one (a `.git` folder, or a `.git`
 * file naming a worktree's, with HEAD on a commit or on a branch stored loose or in `packed-refs`),
 * which spares every session a child process; anything else (GIT_DIR and its kin set, refs in a
 * reftable, a HEAD this reading does not know) is asked of git itself.
 */
export function gitCommit(cwd: string = process.cwd()): string | undefined {
  let read: string | typeof FROM_GIT | undefined = FROM_GIT;
  try {
    if (!GIT_ENVIRONMENT.some((name) => process.env[name])) read = readCommit(cwd);
  } catch {
    // A file that could not be read: git may still know.
  }
  return read === FROM_GIT ? askGit(cwd) : read;
}

/** Variables that move the repository away from where the files say: git alone knows then. */
const GIT_ENVIRONMENT = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];
const FROM_GIT = Symbol('ask git');
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const PER_WORKTREE = ['refs/bisect/', 'refs/worktree/', 'refs/rewritten/'];
/** Symbolic refs followed before giving up (git's own limit is 5). */
const MAX_REF_DEPTH = 5;

function askGit(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `.git` folder of the repository holding `cwd`, as git finds it (not across a file system boundary); undefined outside one. */
function gitDirOf(cwd: string): string | typeof FROM_GIT | undefined {
  let dir = path.resolve(cwd);
  const device = fs.statSync(dir).dev;
  for (;;) {
    const dotGit = path.join(dir, '.git');
    const stats = fs.statSync(dotGit, { throwIfNoEntry: false });
    if (stats?.isDirectory()) return dotGit;
    if (stats?.isFile()) {
      const target = /^gitdir: (.+)$/m.exec(readText(dotGit) ?? '')?.[1];
      return target ? path.resolve(dir, target.trim()) : FROM_GIT;
    }
    // A bare repository, which has no `.git`: git reads it.
    if (fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'))) return FROM_GIT;
    const parent = path.dirname(dir);
    if (parent === dir || fs.statSync(parent).dev !== device) return undefined;
    dir = parent;
  }
}

function readCommit(cwd: string): string | typeof FROM_GIT | undefined {
  const gitDir = gitDirOf(cwd);
  if (gitDir === undefined || gitDir === FROM_GIT) return gitDir;
  // A worktree's own HEAD, and the refs it shares with the main repository.
  const commonDir = path.resolve(gitDir, readText(path.join(gitDir, 'commondir'))?.trim() ?? '.');
  if (fs.existsSync(path.join(commonDir, 'reftable'))) return FROM_GIT;
  let value = readText(path.join(gitDir, 'HEAD'))?.trim();
  for (let depth = 0; depth < MAX_REF_DEPTH && value !== undefined; depth++) {
    if (OBJECT_ID.test(value)) return value;
    const ref = /^ref: (refs\/\S+)$/.exec(value)?.[1];
    // Refs of one worktree only live beside its HEAD: left to git, as anything unexpected.
    if (!ref || ref.split('/').includes('..') || PER_WORKTREE.some((prefix) => ref.startsWith(prefix))) return FROM_GIT;
    value = readText(path.join(commonDir, ref))?.trim() ?? packedRef(commonDir, ref);
    // A branch with no commit yet: git says HEAD is unknown.
    if (value === undefined) return undefined;
  }
  return FROM_GIT;
}

function packedRef(commonDir: string, ref: string): string | undefined {
  for (const line of (readText(path.join(commonDir, 'packed-refs')) ?? '').split('\n')) {
    const [id, name] = line.split(' ');
    if (name === ref && id && OBJECT_ID.test(id)) return id;
  }
  return undefined;
}
