export const id = 127;
export const ids = [127];
export const modules = {

/***/ 52127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardArtifacts: () => (/* binding */ mergeShardArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99517);
/* harmony import */ var _package_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90558);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16706);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88315);
/* harmony import */ var _setup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93050);







/** The one package folder an artifact was unpacked into (its top level is the package's own folder; a package at the top itself is taken too). */
function packageIn(folder, artifact) {
    const found = (0,_setup_js__WEBPACK_IMPORTED_MODULE_6__/* .packagesIn */ .jQ)(folder, 1);
    if (found.length !== 1)
        throw new Error(`artifact ${artifact} holds ${found.length} packages, not one: it was not uploaded by a shard job of this action`);
    return found[0];
}
/** The earlier attempts of this workflow run that uploaded package artifacts, in order. */
function earlierAttempts(artifacts, identity) {
    const current = Number(identity.runAttempt);
    const attempts = artifacts.map((artifact) => Number(new RegExp(`^${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .ARTIFACT_PREFIX */ .Cw}-${identity.runId}-(\\d+)-`).exec(artifact.name)?.[1]));
    return [...new Set(attempts.filter((attempt) => attempt > 0 && attempt < current))].sort((a, b) => a - b);
}
async function mergeShardArtifacts(client, options) {
    // The shard jobs' artifacts are among the lyfe-kt artifacts of this run attempt (of `shardJob`'s, when named: see below).
    const prefix = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .artifactPrefixOf */ .we)(options.identity);
    const { artifacts } = await client.listArtifacts({ latest: true });
    const shards = artifacts.filter((artifact) => artifact.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (shards.length === 0) {
        throw new Error(`no shard artifacts (${prefix}*) in this attempt of the workflow run: run the shard jobs first (\`needs:\` them) with upload-artifact: true; a re-run merges the shards of its own attempt, so re-run all jobs, not the merge job alone`);
    }
    const packages = [];
    const merging = [];
    const skipped = [];
    for (const artifact of shards) {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.downloadDir, artifact.name);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(folder, { recursive: true });
        await client.downloadArtifact(artifact.id, { path: folder });
        const found = packageIn(folder, artifact.name);
        // Other jobs of the workflow may use the action on a whole folder: their packages are not shards.
        // With `shardJob`, the shards of other sharded jobs are left out too.
        const shard = (0,_package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .shardOfPackage */ .qh)(found);
        if (shard && (!options.shardJob || (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isArtifactOfJob */ .Pt)(artifact.name, options.identity, options.shardJob, shard.sessionId))) {
            packages.push(found);
            merging.push(artifact.name);
        }
        else
            skipped.push(artifact.name);
    }
    let result;
    try {
        result = await (0,_package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergePackages */ .kg)({ packages, title: options.title, outputDir: options.outputDir, session: options.sessionId, compress: options.compress });
    }
    catch (error) {
        if (!options.shardJob && error instanceof _package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .NotOneRun */ .Pi) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${error.message}. When the workflow run has more than one sharded job, name the one this job merges with the shard-job input`, { fix: error.fix, cause: error });
        }
        // A shard job that failed before it chose its articles (an empty shard, a provider that could not start) uploads a package with no shard in it.
        if (skipped.length && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0 && (error instanceof _package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .MissingShards */ .UE || packages.length === 0)) {
            error = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${error.message}. Artifacts of this run whose package is of no shard, left out: ${skipped.join(', ')}: a shard job that failed before it chose its articles (a shard with no article is refused) uploads such a package; see that job's log`, { fix: error.fix, cause: error });
        }
        // "Re-run failed jobs" runs the failed shards and this job again in a new attempt: the shards that had succeeded are not run again, and their packages are artifacts of the attempt before.
        const earlier = earlierAttempts(artifacts, options.identity);
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0 && (error.cause instanceof _package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .MissingShards */ .UE || error instanceof _package_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .MissingShards */ .UE) && earlier.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LyfeError */ .L0(`${error.message}. This is attempt ${options.identity.runAttempt} of the workflow run, and the merge takes the shard packages of its own attempt only: those of attempt ${earlier.join(', ')} are left out (a re-run of the failed jobs does not run the shards that had succeeded again)`, { fix: 'Re-run all jobs of the workflow run, not only the failed ones', cause: error });
        }
        throw error;
    }
    const { summary, ...merged } = result;
    return { merged, summary, artifacts: merging, skipped };
}


/***/ })

};
