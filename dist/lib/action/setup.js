/**
 * The setup step: the session, its folders and the checked settings of the run. They reach the
 * later steps as setup's outputs (the stage steps through `steps.setup.outputs.*`, the report step
 * through `toJSON(steps)`), so the inputs are read in one place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LyfeError, someNames } from '../errors.js';
import { MANIFEST_FILE } from '../package/constants.js';
import { sanitizeTitle } from '../package/title.js';
import { listMarkdownFiles } from '../pipeline/inputs.js';
import { sessionKeyOf } from '../session/id.js';
import { Outputs, StepIds } from './constants.js';
import { runIdentityFrom, sessionIdOf } from './names.js';
/**
 * GitHub Enterprise Server, where the artifact client refuses to upload. GitHub.com and GHE.com
 * (data residency) have the service; the test is the artifact client's own.
 */
export function isGhes(env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.GHE.LOCALHOST');
}
/** `>=20.19` -> [20, 19]. */
function minimumOf(engines) {
    const match = /^>=\s*(\d+)(?:\.(\d+))?/.exec(engines.trim());
    if (!match)
        throw new Error(`package.json: engines.node ${JSON.stringify(engines)} is not of the form >=MAJOR.MINOR`);
    return [Number(match[1]), Number(match[2] ?? 0)];
}
/**
 * The runner this step runs on: the Node the steps run on must be one the bundles support
 * (`engines` in the action's own package.json). A Windows runner never gets here: the action's
 * first step refuses it (action.yml).
 */
export function checkRunner(nodeVersion, actionPath) {
    const manifest = path.join(actionPath, 'package.json');
    const engines = JSON.parse(fs.readFileSync(manifest, 'utf8')).engines?.node;
    if (!engines)
        throw new Error(`${manifest} names no engines.node: is the action's checkout intact?`);
    const [major, minor] = minimumOf(engines);
    const [haveMajor, haveMinor] = nodeVersion.split('.').map(Number);
    if (haveMajor < major || (haveMajor === major && haveMinor < minor)) {
        throw new Error(`the runner's Node is ${nodeVersion}; the action needs Node ${engines}: update the runner (v2.327.1 or newer ships Node 24)`);
    }
}
/** Package folders (those with a manifest) at `folder` or up to `depth` folders below it. */
export function packagesIn(folder, depth) {
    if (fs.existsSync(path.join(folder, MANIFEST_FILE)))
        return [folder];
    if (depth === 0)
        return [];
    return fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => packagesIn(path.join(folder, entry.name), depth - 1));
}
/**
 * The package to report: the folder given, or the one package in it. `actions/download-artifact`
 * puts an artifact's files in `<path>/<artifact name>/` when given a pattern, and the artifact's
 * top level is the package's own folder, so the package is up to two folders down.
 */
function reportPackageOf(given) {
    if (!given)
        return '';
    const folder = path.resolve(given);
    let found;
    try {
        found = packagesIn(folder, 2);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOTDIR')
            throw new Error(`input report-package: ${folder} is a file, not a folder; give the folder the artifact was downloaded to (actions/download-artifact unzips it)`, { cause: error });
        if (code !== 'ENOENT')
            throw error;
        throw new Error(`input report-package: ${folder} does not exist; give the folder the artifact was downloaded to`);
    }
    if (found.length === 1)
        return found[0];
    if (found.length === 0)
        throw new Error(`input report-package: ${folder} holds no package (no ${MANIFEST_FILE}); give the folder the artifact was downloaded to`);
    throw new Error(`input report-package: ${folder} holds ${found.length} packages; download one artifact, or give the folder of one package`);
}
/**
 * Jobs of one matrix share GITHUB_JOB: without a `job-key`, each entry is told apart by its index
 * (`strategy.job-index`, stable across re-runs), so their sessions, artifacts and comments differ.
 */
function matrixKeyOf(env) {
    const total = Number(env.LYFE_KT_JOB_TOTAL);
    return Number.isInteger(total) && total > 1 && env.LYFE_KT_JOB_INDEX ? `matrix-${env.LYFE_KT_JOB_INDEX}` : '';
}
/** What GitHub's artifact service refuses in a file's path (`@actions/artifact`'s own list). */
const NOT_IN_ARTIFACT_PATHS = /["*:<>?|\r\n]/;
/**
 * The articles the stages will take from content-path, checked before any model call is paid for.
 * Without `recursive` the stages take the articles directly inside it, and a folder whose articles
 * are all in subfolders would fail the preprocess step telling the user to pass `--recursive`: refused
 * here, naming the `recursive` input. The package's files are named after the articles, and with
 * `upload` an article whose name the artifact service refuses would fail the upload after every
 * call: refused too. Any other problem of the folder is left to the preprocess step, which says why.
 */
function checkContentFolder(contentDir, { recursive, upload }) {
    let files = [];
    let inSubfolders = [];
    try {
        files = listMarkdownFiles(contentDir, {
            recursive,
            subfolderFix: (skipped) => {
                inSubfolders = skipped;
                return '';
            },
        }).files;
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
    }
    if (inSubfolders.length > 0) {
        throw new Error(`input content-path: ${contentDir} holds its articles in subfolders only (${someNames(inSubfolders)}): the action takes the .md files directly inside content-path. Set recursive: true to take the articles of its subfolders as well, or give a subfolder as content-path`);
    }
    // The packages name each article by its file name alone, wherever it sits below content-path.
    const refused = upload ? files.map((file) => path.basename(file)).filter((name) => NOT_IN_ARTIFACT_PATHS.test(name)) : [];
    if (refused.length === 0)
        return;
    throw new Error(`${refused.map((name) => JSON.stringify(name)).join(', ')} in ${contentDir}: GitHub artifacts refuse a file name holding " * : < > ? | or a line break, and the package's files are named after the articles. Rename ${refused.length === 1 ? 'it' : 'them'}, or set upload-artifact: false`);
}
export function setupRun(inputs, env, workingDirectory) {
    if (inputs.mode === 'merge' && (inputs.contentPath || inputs.reportPackage || inputs.shard)) {
        throw new Error('mode: merge takes the shard packages of this workflow run: give it no content-path, report-package, shard-index or shard-total');
    }
    if (inputs.shardJob && inputs.mode !== 'merge')
        throw new Error('input shard-job names the sharded job whose packages a `mode: merge` job merges: give it with mode: merge only');
    if (inputs.shard && !inputs.contentPath)
        throw new Error('inputs shard-index and shard-total need content-path: the folder whose shard this job runs');
    if (inputs.mode !== 'merge' && !inputs.contentPath && !inputs.reportPackage)
        throw new Error('input content-path is required: the folder of the articles (or give report-package to report an earlier run)');
    if (inputs.contentPath && inputs.reportPackage)
        throw new Error('give content-path (run the pipeline) or report-package (report an earlier run), not both');
    // A title the CLI would refuse fails here, before any model call was paid for.
    if (inputs.title)
        sanitizeTitle(inputs.title);
    const budgets = inputs.budgets ?? {};
    const budgetNames = Object.keys(budgets).map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    if (budgetNames.length && !inputs.compareWith) {
        throw new Error(`input ${budgetNames.join(', ')} needs compare-with (base, or a branch, tag or SHA): a budget is checked against a base run`);
    }
    // Both read packages from artifacts, and on GitHub Enterprise Server the action uploads none: said here, before any model call.
    if (isGhes(env) && inputs.mode === 'merge') {
        throw new Error('mode: merge takes the shard jobs\' package artifacts, and on GitHub Enterprise Server the action uploads none: download the shard packages (`package-path` of each shard job) with an artifact action your server supports, and merge them with `npx lyfe-kt merge`');
    }
    if (isGhes(env) && inputs.compareWith) {
        throw new Error('input compare-with compares with a base run\'s package artifact, and on GitHub Enterprise Server the action uploads none: remove compare-with (and its budgets), or compare packages with `npx lyfe-kt compare`');
    }
    if (inputs.compareWith && inputs.reportPackage) {
        throw new Error('input compare-with compares the package this run builds, and with report-package none is built: compare in the run that builds the package');
    }
    if (inputs.contentPath)
        checkContentFolder(path.resolve(workingDirectory, inputs.contentPath), { recursive: inputs.recursive, upload: inputs.uploadArtifact && !isGhes(env) });
    const reportPackage = reportPackageOf(inputs.reportPackage);
    const jobKey = inputs.jobKey.trim();
    // A key without one would be no key at all: its session would be the unkeyed one's.
    if (jobKey && !sessionKeyOf(jobKey))
        throw new Error(`input job-key ${JSON.stringify(jobKey)} has no ASCII letter or digit: give a key of letters, digits, \`.\` and \`-\``);
    const identity = runIdentityFrom(env, jobKey || matrixKeyOf(env));
    const sessionId = sessionIdOf(identity);
    // The session and its folders under RUNNER_TEMP, outside the caller's checkout. A folder that
    // already exists means a second run with the same session in this job: that needs a `job-key`.
    const temp = env.RUNNER_TEMP;
    if (!temp)
        throw new Error('RUNNER_TEMP not set: this action runs inside a GitHub Actions job');
    const root = path.resolve(temp, 'lyfe-kt', sessionId);
    if (fs.existsSync(root)) {
        throw new Error(`session ${sessionId} already ran in this job. Give each use of the action in one job its own \`job-key\` input (a key keeps its ASCII letters, digits, \`.\` and \`-\`, the rest becoming \`-\`: \`a b\` and \`a-b\` are one key)`);
    }
    fs.mkdirSync(root, { recursive: true });
    return {
        sessionId,
        jobKey: identity.key,
        workingDirectory: path.resolve(workingDirectory),
        workDir: path.join(root, 'work'),
        logDir: path.join(root, 'logs'),
        packagesDir: path.join(root, 'packages'),
        packageResult: path.join(root, 'package-result.json'),
        // One comment for a sharded run: the merge job's, not one per shard (nor a second one beside it of a shard of one).
        comment: inputs.comment && !inputs.shard,
        uploadArtifact: inputs.uploadArtifact,
        retentionDays: inputs.retentionDays,
        compress: inputs.compress,
        recursive: inputs.recursive,
        failOnInvalid: inputs.failOnInvalid,
        failOnQuality: inputs.failOnQuality,
        prNumber: inputs.prNumber,
        reportPackage,
        compareWith: inputs.compareWith ?? '',
        budgets,
        actionPath: env.GITHUB_ACTION_PATH ?? '',
        attest: !reportPackage && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && !isGhes(env),
        mode: inputs.mode ?? 'run',
        shard: inputs.shard ? `${inputs.shard.index}/${inputs.shard.total}` : '',
        shardJob: inputs.shardJob ?? '',
        contentPath: inputs.contentPath,
    };
}
/** The setup step's outputs. */
export function setupOutputs(setup) {
    return {
        [Outputs.sessionId]: setup.sessionId,
        [Outputs.jobKey]: setup.jobKey,
        [Outputs.workingDirectory]: setup.workingDirectory,
        [Outputs.workDir]: setup.workDir,
        [Outputs.logDir]: setup.logDir,
        [Outputs.packagesDir]: setup.packagesDir,
        [Outputs.packageResult]: setup.packageResult,
        [Outputs.comment]: String(setup.comment),
        [Outputs.uploadArtifact]: String(setup.uploadArtifact),
        [Outputs.retentionDays]: setup.retentionDays === undefined ? '' : String(setup.retentionDays),
        [Outputs.compress]: String(setup.compress),
        [Outputs.recursive]: String(setup.recursive),
        [Outputs.failOnInvalid]: String(setup.failOnInvalid),
        [Outputs.failOnQuality]: setup.failOnQuality ?? '',
        [Outputs.prNumber]: setup.prNumber === undefined ? '' : String(setup.prNumber),
        [Outputs.reportPackage]: setup.reportPackage,
        [Outputs.compareWith]: setup.compareWith ?? '',
        [Outputs.budgets]: JSON.stringify(setup.budgets ?? {}),
        [Outputs.actionPath]: setup.actionPath,
        [Outputs.attest]: String(setup.attest),
        [Outputs.mode]: setup.mode ?? 'run',
        [Outputs.shard]: setup.shard ?? '',
        [Outputs.shardJob]: setup.shardJob ?? '',
        [Outputs.contentPath]: setup.contentPath ?? '',
    };
}
/** The run's setup, read back from the setup step's outputs in the composite's `steps` context. */
export function setupFromSteps(steps) {
    const outputs = steps[StepIds.setup]?.outputs ?? {};
    const required = (name) => {
        const value = outputs[name];
        if (!value)
            throw new Error(`the setup step left no ${name} output; it must have failed before the session began`);
        return value;
    };
    const retention = outputs[Outputs.retentionDays];
    const prNumber = outputs[Outputs.prNumber];
    return {
        sessionId: required(Outputs.sessionId),
        jobKey: outputs[Outputs.jobKey] ?? '',
        workingDirectory: required(Outputs.workingDirectory),
        workDir: required(Outputs.workDir),
        logDir: required(Outputs.logDir),
        packagesDir: required(Outputs.packagesDir),
        packageResult: required(Outputs.packageResult),
        comment: required(Outputs.comment) === 'true',
        uploadArtifact: required(Outputs.uploadArtifact) === 'true',
        retentionDays: retention ? Number(retention) : undefined,
        compress: required(Outputs.compress) === 'true',
        recursive: required(Outputs.recursive) === 'true',
        failOnInvalid: required(Outputs.failOnInvalid) === 'true',
        failOnQuality: (outputs[Outputs.failOnQuality] || undefined),
        prNumber: prNumber ? Number(prNumber) : undefined,
        reportPackage: outputs[Outputs.reportPackage] ?? '',
        compareWith: outputs[Outputs.compareWith] ?? '',
        budgets: JSON.parse(outputs[Outputs.budgets] || '{}'),
        actionPath: required(Outputs.actionPath),
        attest: outputs[Outputs.attest] === 'true',
        mode: outputs[Outputs.mode] === 'merge' ? 'merge' : 'run',
        shard: outputs[Outputs.shard] ?? '',
        shardJob: outputs[Outputs.shardJob] ?? '',
        contentPath: outputs[Outputs.contentPath] ?? '',
    };
}
