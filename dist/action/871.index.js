export const id = 871;
export const ids = [871];
export const modules = {

/***/ 72871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBase: () => (/* binding */ compareWithBase)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/lib/errors.js
var errors = __webpack_require__(99517);
// EXTERNAL MODULE: ./dist/lib/package/compare.js
var compare = __webpack_require__(77260);
// EXTERNAL MODULE: ./dist/lib/package/merge.js + 27 modules
var merge = __webpack_require__(90558);
// EXTERNAL MODULE: ./dist/lib/package/markdown.js + 1 modules
var markdown = __webpack_require__(28947);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./dist/lib/package/zip.js
var zip = __webpack_require__(61732);
// EXTERNAL MODULE: ./dist/lib/action/comment.js
var comment = __webpack_require__(61250);
// EXTERNAL MODULE: ./dist/lib/action/names.js
var names = __webpack_require__(88315);
// EXTERNAL MODULE: ./dist/lib/action/setup.js
var setup = __webpack_require__(93050);
;// CONCATENATED MODULE: ./dist/lib/action/base-package.js
/**
 * The package of a base run, for `compare-with`: the newest successful run of this workflow on the
 * base branch (or of one commit) that uploaded this job's package artifact, found through the REST
 * API, downloaded and unpacked. Only runs of the repository's own branches count: a pull request's
 * run (a fork's content, maybe) never becomes a base.
 */







/** Runs listed per request, pages read at most, and runs whose artifacts are looked at at most: the lookup's bounds. */
const RUNS_PER_PAGE = 20;
const RUN_PAGES = 3;
const RUNS_CHECKED = 10;
const ARTIFACTS_PER_PAGE = 100;
const ARTIFACT_PAGES = 3;
const FULL_SHA = /^[0-9a-f]{40}$/i;
const httpStatus = (error) => error.status;
const base_package_short = (sha) => sha.slice(0, 7);
function ownerRepo(repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
}
/**
 * The base of the pull request the run is about (the event's, `pr-number`'s, or a `workflow_run`'s):
 * its branch, and the commit of that branch its merge is made on when known; undefined without one.
 * A `pull_request` run tests the merge commit `GITHUB_SHA`, made on the base branch's tip of the
 * moment, whose first parent that is: the event's `base.sha` can be older.
 */
async function pullRequestBase(context) {
    const { octokit, event, env, repository } = context;
    const target = (0,comment/* pullRequestOf */._n)(event, repository, context.prNumber) ?? (env.GITHUB_EVENT_NAME === 'workflow_run' ? await (0,comment/* workflowRunPullRequest */.$6)(octokit, event, repository) : undefined);
    if (!target)
        return undefined;
    const of = (base) => typeof base?.ref === 'string' ? { ref: base.ref, ...(typeof base.sha === 'string' && FULL_SHA.test(base.sha) ? { sha: base.sha.toLowerCase() } : {}) } : undefined;
    const pr = event.pull_request;
    const fromEvent = pr?.number === target.issueNumber ? of(pr.base) : undefined;
    if (fromEvent) {
        const merged = env.GITHUB_EVENT_NAME === 'pull_request' && env.GITHUB_SHA ? await parentIfKnown(context, env.GITHUB_SHA) : undefined;
        return merged ? { ref: fromEvent.ref, sha: merged } : fromEvent;
    }
    const { data } = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issueNumber });
    return of(data.base);
}
/** The first parent of a commit, when the API tells it (not for a commit it does not know, 404 or 422, nor to a token that may not read the contents, 403): else undefined. */
async function parentIfKnown(context, sha) {
    try {
        return (await parentOf(context, sha)) ?? undefined;
    }
    catch (error) {
        if ([403, 404, 422].includes(httpStatus(error) ?? 0))
            return undefined;
        throw error;
    }
}
/** The first parent of a commit; null for a root commit. */
async function parentOf(context, sha) {
    const { data } = await context.octokit.rest.repos.getCommit({ ...ownerRepo(context.repository), ref: sha });
    return data.parents[0]?.sha ?? null;
}
/**
 * `compare-with` against the event: `base` is the pull request's base branch at the commit its
 * merge is made on (else, when no run of that commit has a package, the branch's newest), else the
 * commit before this one (`before` of a push, else the head commit's parent); a full SHA is that
 * commit; anything else a branch, and when no run of such a branch is found, the commit that ref
 * (a tag) names.
 */
async function filterOf(compareWith, context) {
    if (compareWith !== 'base') {
        if (FULL_SHA.test(compareWith))
            return { filter: { head_sha: compareWith.toLowerCase() }, target: `commit ${base_package_short(compareWith)}` };
        return { filter: { branch: compareWith }, target: compareWith };
    }
    const base = await pullRequestBase(context);
    if (base) {
        const branch = { filter: { branch: base.ref }, target: `the base branch ${base.ref}` };
        if (!base.sha)
            return branch;
        return {
            filter: { branch: base.ref, head_sha: base.sha },
            target: `the base branch ${base.ref} at commit ${base_package_short(base.sha)}`,
            // After the base branch moved, its newest run also holds changes that are not the pull request's: said so.
            fallback: { filter: branch.filter, target: `the base branch ${base.ref} (no run of the pull request's base commit ${base_package_short(base.sha)} has a package; its newest run's)`, name: branch.target },
        };
    }
    const before = context.event.before;
    if (context.env.GITHUB_EVENT_NAME === 'push' && typeof before === 'string' && FULL_SHA.test(before) && !/^0+$/.test(before)) {
        return { filter: { head_sha: before }, target: `the previous commit ${base_package_short(before)}` };
    }
    const head = context.env.GITHUB_SHA;
    if (!head)
        return { none: 'GITHUB_SHA is not set, so there is no previous commit', target: 'the previous commit' };
    const parent = await parentOf(context, head);
    if (!parent)
        return { none: `commit ${base_package_short(head)} has no parent`, target: 'the previous commit' };
    return { filter: { head_sha: parent }, target: `the previous commit ${base_package_short(parent)}` };
}
/**
 * Events whose runs build a pull request's content, whatever branch the run lists (a comment on a
 * pull request runs on the default branch; a `workflow_run` reports another run's package): never a base.
 */
const PULL_REQUEST_EVENT = /^(pull_request|issue_comment$|workflow_run$)/;
/** Successful runs of this workflow that match `filter`, newest first, made from the repository's own branches, not this run. */
async function* successfulRuns(context, filter) {
    const { octokit, identity } = context;
    const workflow = external_node_path_.posix.basename(identity.workflow);
    for (let page = 1; page <= RUN_PAGES; page++) {
        const params = { ...ownerRepo(context.repository), status: 'success', per_page: RUNS_PER_PAGE, page, ...filter };
        let data;
        try {
            ({ data } = workflow ? await octokit.rest.actions.listWorkflowRuns({ ...params, workflow_id: workflow }) : await octokit.rest.actions.listWorkflowRunsForRepo(params));
        }
        catch (error) {
            // A workflow file the default branch does not have yet (added by this pull request) has no runs.
            if (workflow && httpStatus(error) === 404)
                return;
            throw error;
        }
        for (const run of data.workflow_runs) {
            if (String(run.id) === identity.runId || PULL_REQUEST_EVENT.test(run.event))
                continue;
            if (run.head_repository?.full_name !== context.repository)
                continue;
            yield run;
        }
        if (data.workflow_runs.length < RUNS_PER_PAGE)
            return;
    }
}
/** This job's package artifact in `run`, of the latest attempt that uploaded one. */
async function packageArtifactOf(context, run) {
    let best;
    for (let page = 1; page <= ARTIFACT_PAGES; page++) {
        const { data } = await context.octokit.rest.actions.listWorkflowRunArtifacts({ ...ownerRepo(context.repository), run_id: run.id, per_page: ARTIFACTS_PER_PAGE, page });
        for (const artifact of data.artifacts) {
            const attempt = (0,names/* packageArtifactAttempt */.Y8)(artifact.name, context.identity, String(run.id));
            if (attempt !== null && attempt <= (run.run_attempt ?? attempt) && (!best || attempt > best.attempt))
                best = { ...artifact, attempt };
        }
        if (data.artifacts.length < ARTIFACTS_PER_PAGE)
            break;
    }
    if (!best)
        return undefined;
    return { id: best.id, name: best.name, expired: best.expired, url: `${run.html_url}/artifacts/${best.id}`, runId: run.id, runUrl: run.html_url, headSha: run.head_sha, headBranch: run.head_branch };
}
/** The newest unexpired package artifact of the runs `filter` finds; `expired`, the newest expired one met on the way; `checked`, the runs looked at. */
async function findArtifact(context, filter) {
    let checked = 0;
    let expired;
    for await (const run of successfulRuns(context, filter)) {
        if (checked === RUNS_CHECKED)
            break;
        checked += 1;
        const found = await packageArtifactOf(context, run);
        if (found && !found.expired)
            return { artifact: found, checked };
        expired ??= found;
    }
    return { expired, checked };
}
/** A ref that names no branch with runs may be a tag: the commit it names. */
async function commitOfRef(context, ref) {
    try {
        const { data } = await context.octokit.rest.repos.getCommit({ ...ownerRepo(context.repository), ref });
        return { head_sha: data.sha };
    }
    catch (error) {
        if (httpStatus(error) === 404 || httpStatus(error) === 422)
            return undefined;
        throw error;
    }
}
/** Downloads the artifact's zip (the REST API redirects to storage) and unpacks it under `dir`; the package folder inside. */
async function download(context, artifact, dir) {
    const { data } = await context.octokit.rest.actions.downloadArtifact({ ...ownerRepo(context.repository), artifact_id: artifact.id, archive_format: 'zip' });
    external_node_fs_.mkdirSync(dir, { recursive: true });
    (0,zip/* extractZip */.JE)(Buffer.from(data), `${artifact.name}.zip`, dir);
    const found = (0,setup/* packagesIn */.jQ)(dir, 2);
    if (found.length !== 1)
        throw new Error(`the artifact holds ${found.length === 0 ? 'no package (no manifest.json)' : `${found.length} packages`}`);
    return found[0];
}
/** The base package for `compare-with`, unpacked under `dir`. Never throws: what went wrong is in the result. */
async function findBasePackage(compareWith, context, dir) {
    let target = compareWith === 'base' ? 'the base' : compareWith;
    const notAllowed = (error) => httpStatus(error) === 403
        ? `the token may not read the workflow runs of ${context.repository} (403): grant the job actions: read`
        : `the API answered 404 for ${new URL(error.request?.url ?? 'http://api/unknown').pathname}`;
    let artifact;
    try {
        const resolved = await filterOf(compareWith, context);
        target = resolved.target;
        if ('none' in resolved)
            return { status: 'none', reason: resolved.none, target };
        let { artifact: found, expired, checked } = await findArtifact(context, resolved.filter);
        if (!found && resolved.fallback) {
            const newest = await findArtifact(context, resolved.fallback.filter);
            found = newest.artifact;
            expired ??= newest.expired;
            checked = newest.checked;
            target = found ? resolved.fallback.target : resolved.fallback.name;
        }
        // A ref with no run as a branch may be a tag (or a short SHA): the runs of the commit it names.
        if (!found && checked === 0 && compareWith !== 'base' && 'branch' in resolved.filter) {
            const commit = await commitOfRef(context, compareWith);
            if (!commit)
                return { status: 'none', reason: `no branch, tag or commit ${compareWith} has a successful run of this workflow`, target };
            ({ artifact: found, expired, checked } = await findArtifact(context, commit));
        }
        artifact = found;
        if (!artifact) {
            if (expired)
                return { status: 'none', reason: `the newest package artifact, ${expired.name} of run ${expired.runId}, has expired`, target };
            const runs = checked === 0 ? 'no successful run of this workflow' : `none of the ${checked} newest successful run(s) of this workflow has this job's package artifact`;
            return { status: 'none', reason: `${runs} for ${target}`, target };
        }
        return { status: 'found', path: await download(context, artifact, dir), artifact, target };
    }
    catch (error) {
        const status = httpStatus(error);
        // A token that may not read the runs is the workflow's mistake, not a base that is not there: a warning, and a budget fails.
        if (!artifact && status === 403)
            return { status: 'error', reason: notAllowed(error), target };
        if (!artifact && status === 404)
            return { status: 'none', reason: notAllowed(error), target };
        if (artifact && status === 410)
            return { status: 'none', reason: `the package artifact ${artifact.name} of run ${artifact.runId} has expired`, target };
        const what = artifact ? `the package artifact ${artifact.name} of run ${artifact.runId} could not be downloaded or unpacked` : 'the base package could not be looked up';
        return { status: 'error', reason: `${what}: ${(0,errors/* errorText */.kc)(error)}`, target, artifact };
    }
}

;// CONCATENATED MODULE: ./dist/lib/action/compare.js
/**
 * `compare-with`: this run's package against a base run's, with the CLI's comparison and budgets
 * (`comparePackages`, `checkBudgets`). What it found becomes one line of the report, the comparison
 * a section of the job summary and the comment, and an exceeded budget a reason the job fails.
 */






const FIX = 'Re-run the workflow on the base to make a new package artifact, or set compare-with to another branch, tag or SHA';
function artifactLink(artifact) {
    const commit = artifact.headSha.slice(0, 7);
    const branch = artifact.headBranch ? `${(0,markdown/* escapeInline */.VV)(artifact.headBranch)} at ` : '';
    return `package artifact [${(0,markdown/* escapeInline */.VV)(artifact.name)}](${artifact.url}) of [run ${artifact.runId}](${artifact.runUrl}) (${branch}commit ${commit})`;
}
/**
 * Why a shard's package cannot be compared with the base's alone: the base is not the same shard
 * of the same split (another folder listing, another total, or a whole run). Articles that moved to
 * another shard would show as added here and removed there.
 */
function differentSplit(base, head) {
    if (!head && !base)
        return undefined;
    const of = (shard) => (shard ? `shard ${shard.index}/${shard.total} of ${shard.all_files} article(s)` : 'a whole run');
    if (head && base && head.listing === base.listing && head.total === base.total && head.index === base.index)
        return undefined;
    return `is ${of(base)} and this package is ${of(head)} of another split: a shard compares only with the same shard of the same articles; compare the merged packages instead`;
}
/** A base that could not be had: a warning, and a failure only when a budget depended on it. */
function unusable(reason, budgets) {
    const gated = Object.keys(budgets).length > 0;
    return {
        note: `Compared with the base: **not compared**: ${(0,markdown/* escapeInline */.VV)(reason)}.${gated ? ' The budgets could not be checked.' : ''}`,
        problems: gated ? [`compare-with: ${reason}; the budgets could not be checked`] : [],
        warning: `compare-with: ${reason}. ${FIX}`,
    };
}
/**
 * Finds the base package named by `compareWith`, unpacks it under `scratch` and compares `headPackage`
 * with it. Never throws: no base is a line, a broken base a warning (a failure with a budget set).
 */
async function compareWithBase(compareWith, budgets, headPackage, context, scratch) {
    if (!headPackage)
        return { note: 'Compared with the base: not compared, this run has no package.', problems: [] };
    const base = await findBasePackage(compareWith, context, external_node_path_.join(scratch, 'base'));
    if (base.status === 'none') {
        const unchecked = Object.keys(budgets).length ? ' The budgets were not checked.' : '';
        return { note: `Compared with ${(0,markdown/* escapeInline */.VV)(base.target)}: no base package (${(0,markdown/* escapeInline */.VV)(base.reason)}).${unchecked}`, problems: [] };
    }
    if (base.status === 'error')
        return unusable(base.reason, budgets);
    let comparison;
    try {
        const split = differentSplit((0,merge/* shardOfPackage */.qh)(base.path)?.shard, (0,merge/* shardOfPackage */.qh)(headPackage)?.shard);
        if (split)
            return unusable(`the package artifact ${base.artifact.name} of run ${base.artifact.runId} ${split}`, budgets);
        comparison = (0,compare/* comparePackages */.FC)(base.path, headPackage);
    }
    catch (error) {
        return unusable(`the package artifact ${base.artifact.name} of run ${base.artifact.runId} could not be compared: ${(0,errors/* errorText */.kc)(error)}`, budgets);
    }
    const checks = (0,compare/* checkBudgets */.N3)(comparison, budgets);
    return {
        note: `Compared with ${(0,markdown/* escapeInline */.VV)(base.target)}: ${artifactLink(base.artifact)}.`,
        view: { comparison, checks },
        problems: checks.filter((check) => check.status === 'fail').map((check) => `compare-with: budget ${check.budget} exceeded: ${check.message}`),
    };
}


/***/ })

};
