/**
 * The commit checked out where the command runs, for the session's start record: what `git
 * rev-parse HEAD` prints, or undefined outside a repository (or on a branch with no commit yet).
 *
 * Read from the repository's files when its layout is the common one (a `.git` folder, or a `.git`
 * file naming a worktree's, with HEAD on a commit or on a branch stored loose or in `packed-refs`),
 * which spares every session a child process; anything else (GIT_DIR and its kin set, refs in a
 * reftable, a HEAD this reading does not know) is asked of git itself.
 */
export declare function gitCommit(cwd?: string): string | undefined;
