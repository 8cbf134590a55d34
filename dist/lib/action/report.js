import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError, USAGE_HINT, errorText } from '../errors.js';
import { LOGS_DIR, LogFiles } from '../package/constants.js';
import { escapeInline } from '../package/markdown.js';
import { verifyPackage } from '../package/manifest.js';
import { readQualityReport } from '../package/quality-issues/report.js';
import { failsOn } from '../package/quality-issues/types.js';
import { usePriceTable } from '../records/cost.js';
import { recordFile } from '../records/filter.js';
import { forEachRecord } from '../records/parse.js';
import { SessionModel, STREAMS_IN_ORDER } from '../records/session-model.js';
import { readSessionModel } from '../records/session-read.js';
import { Events } from '../records/types.js';
import { pullRequestOf, upsertComment, workflowRunPullRequest } from './comment.js';
import { Outputs, StageSteps, StepIds } from './constants.js';
import { renderComment, renderJobSummary } from './job-summary.js';
import { artifactNameOf, commentMarkerOf, runIdentityFrom } from './names.js';
import { isGhes, setupFromSteps } from './setup.js';
import { uploadPackage } from './upload.js';
import { DEFAULT_TITLE } from '../package/title.js';
/**
 * The last `step.output` record of each stage's step (`recorded`, by stage), with the runner's
 * outcome of that step. A reported package's steps ran in an earlier run: their outcomes are what
 * its records say, read as the `exec` step read its stage's exit code (invalid supertasks pass
 * the generate step with fail-on-invalid false).
 */
function stepResults(steps, recorded, reported, failOnInvalid) {
    return StageSteps.map((stage) => {
        const data = recorded.get(stage)?.data ?? {};
        const exitCode = typeof data.exit_code === 'number' ? data.exit_code : null;
        const passed = exitCode === ExitCode.ok || (stage === StepIds.generate && exitCode === ExitCode.invalidOutput && !failOnInvalid);
        // The package step records nothing of its own: the package it made is there.
        const recordedOutcome = stage === StepIds.package ? 'success' : exitCode === null ? 'skipped' : passed ? 'success' : 'failure';
        return {
            stage,
            outcome: reported ? recordedOutcome : (steps[stage]?.outcome ?? 'skipped'),
            exitCode,
            durationMs: typeof data.duration_ms === 'number' ? data.duration_ms : null,
            stderr: typeof data.stderr === 'string' ? data.stderr : '',
        };
    });
}
/**
 * `lyfe-kt package --json`'s result; null when the package step wrote none: it did not run, or it
 * stopped before printing its result (the exec step makes the file as the command starts, so it is empty).
 */
function readPackageResult(file, workingDirectory) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
    if (text.trim() === '')
        return null;
    const fix = 'The package step wrote something other than `lyfe-kt package --json` output; see its log above';
    let result;
    try {
        result = JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`the package step's result is not JSON (${error.message})`, { file, fix, cause: error });
    }
    if (typeof result?.path !== 'string')
        throw new LyfeError("the package step's result names no package path", { file, fix });
    return { ...result, path: path.resolve(workingDirectory, result.path) };
}
const QUALITY_GATE_PROBLEM = 'generate: quality issues at or above fail-on-quality (see Quality Issues below)';
function stepProblem(step, failOnInvalid) {
    if (step.stage === 'generate' && step.exitCode === ExitCode.qualityIssues)
        return QUALITY_GATE_PROBLEM;
    if (step.stage === 'generate' && step.exitCode === ExitCode.invalidOutput) {
        return `generate: some supertasks failed the schema${failOnInvalid ? ' (set fail-on-invalid: false to keep the job green)' : ''}`;
    }
    const exit = step.exitCode === null ? 'no exit code recorded' : `exit code ${step.exitCode}`;
    // The last line that says why: after a usage error (a setting it refuses, exit code 2) the CLI points at --help.
    const last = step.stderr
        .split('\n')
        .map((line) => line.trim())
        .findLast((line) => line && line !== USAGE_HINT);
    return `${step.stage} step failed (${exit})${last ? `: ${last}` : ''}`;
}
/** The model of every record of a package's `logs/` (plain): its session's, or a merged package's shards'. */
function readPackageModel(logsDir, visit) {
    const model = new SessionModel();
    for (const kind of STREAMS_IN_ORDER) {
        forEachRecord(recordFile(logsDir, kind), (record) => {
            visit(record);
            model.add(record, kind);
        });
    }
    return { summary: model.result() };
}
/** The session in a package made by an earlier run: its records, checked against the package's manifest first. */
function reportedPackage(folder) {
    const name = path.basename(folder);
    const verified = verifyPackage(folder);
    if (!verified.ok) {
        const counts = `${verified.changed.length} changed, ${verified.missing.length} missing, ${verified.added.length} added${verified.problems.length ? `; ${verified.problems.join('; ')}` : ''}`;
        return { sessionId: '', name, problem: `the package ${name} does not match its manifest (${counts}); it is not reported` };
    }
    const metadataFile = path.join(folder, LOGS_DIR, LogFiles.metadata);
    const sessionId = JSON.parse(fs.readFileSync(metadataFile, 'utf8')).session_id;
    if (typeof sessionId !== 'string')
        throw new LyfeError('the package names no session', { file: metadataFile, fix: 'Report a package made by `lyfe-kt package`' });
    if (!fs.existsSync(path.join(folder, LOGS_DIR, LogFiles.processingRecords))) {
        return { sessionId, name, problem: `the package ${name} keeps its records compressed; report packages made with compress: false` };
    }
    return { sessionId, name };
}
/**
 * The counts of a package's issues as it lists them: a reported package's file is the fork's, whose
 * `counts` may be missing or say otherwise than its list.
 */
function listedCounts(report) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const issue of Array.isArray(report.issues) ? report.issues : []) {
        const severity = issue?.severity;
        if (severity === 'error' || severity === 'warning' || severity === 'info')
            counts[severity] += 1;
    }
    return counts;
}
/** The event payload the runner wrote; empty when it names none. */
function readEvent(env) {
    return env.GITHUB_EVENT_PATH ? JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
}
const apiUrl = (env) => env.GITHUB_API_URL || 'https://api.github.com';
const runUrlOf = (env, runId, attempt) => `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
/** A positive whole number of the event payload, as text; undefined for anything else. */
const runNumber = (value) => (Number.isSafeInteger(value) && value > 0 ? String(value) : undefined);
/**
 * Where a reported package came from, as GitHub says it: the run a `workflow_run` event is about
 * (its id and attempt, from the event payload the runner wrote). The package's own session id is
 * only what the package says, since the run that made it (a fork's code) wrote its metadata: it is
 * never linked, and shown, escaped, when it is not of that run.
 */
function reportedOrigin(claimed, services) {
    const { env } = services;
    let event = {};
    try {
        event = readEvent(env);
    }
    catch (error) {
        services.warning(`${env.GITHUB_EVENT_PATH}: could not read the event payload (${error.message}), so the run that made the reported package is unknown`);
    }
    const run = env.GITHUB_EVENT_NAME === 'workflow_run' ? event.workflow_run : undefined;
    const runId = runNumber(run?.id);
    const attempt = runNumber(run?.run_attempt);
    const verified = 'The package is checked against its manifest before it is read.';
    const claim = `The package claims session ${escapeInline(claimed)}`;
    if (!runId) {
        const eventName = escapeInline(env.GITHUB_EVENT_NAME ?? 'unknown');
        return { note: `Reported from a package of an earlier run, which this event (${eventName}) does not name. ${claimed ? `${claim}, which nothing here confirms. ` : ''}${verified}` };
    }
    const runUrl = runUrlOf(env, runId, attempt);
    const claimedRun = /^gha_(\d+)_(\d+)(?:_|$)/.exec(claimed);
    const agrees = !claimed || (claimedRun !== null && claimedRun[1] === runId && (attempt === undefined || claimedRun[2] === attempt));
    return {
        runUrl,
        note: `Reported from the artifact of the earlier [workflow run](${runUrl}) this \`workflow_run\` event is about. ${agrees ? '' : `${claim}, which is not of that run. `}${verified}`,
    };
}
/** `compare-with`: this run's package against the base run's, into the report's notes, problems and view. */
async function compareRun(compareWith, setup, identity, headPackage, token, services, into) {
    const { env } = services;
    let event;
    try {
        event = readEvent(env);
    }
    catch (error) {
        into.problems.push(`compare-with: ${env.GITHUB_EVENT_PATH}: could not read the event payload (${error.message}), so the base is unknown`);
        return undefined;
    }
    const context = { octokit: services.octokit(token, apiUrl(env)), repository: env.GITHUB_REPOSITORY ?? '', identity, env, event, prNumber: setup.prNumber };
    // Loaded only for `compare-with` (the comparison and its base's download), as the merge below for `mode: merge`.
    const { compareWithBase } = await import('./compare.js');
    // The base is unpacked in the session's own folder, beside work/ and packages/.
    const compared = await compareWithBase(compareWith, setup.budgets ?? {}, headPackage, context, path.dirname(setup.workDir));
    into.notes.push(compared.note);
    into.problems.push(...compared.problems);
    if (compared.warning)
        services.warning(compared.warning);
    return compared.view;
}
/** The attestation's line in the summary, from the attest step's outcome. */
function attestationNote(setup, steps, env, services, built) {
    if (setup.reportPackage || !built)
        return [];
    const step = steps[StepIds.attest];
    const check = `check a downloaded package with \`gh attestation verify <package>/manifest.json --repo ${env.GITHUB_REPOSITORY}\`, then \`lyfe-kt verify <package>\``;
    if (step?.outcome === 'success' && step.outputs?.['attestation-url']) {
        return [`Attestation: the package's manifest is [attested](${step.outputs['attestation-url']}); ${check}.`];
    }
    if (step?.outcome === 'failure') {
        services.warning('the package could not be attested: the workflow must grant attestations: write, and the repository must be public or on GitHub Enterprise Cloud');
        return ['Attestation: **failed** (see the attest step); the manifest still lets `lyfe-kt verify` find accidental changes.'];
    }
    // The attest step attests the package this job's package step made: a merge job has none.
    if (setup.mode === 'merge')
        return ["Attestation: none (a merged package is not attested; each shard job's package is, where the workflow allows)."];
    return ['Attestation: none (the workflow grants no `id-token: write` and `attestations: write`, or runs on GitHub Enterprise Server).'];
}
/**
 * LYFE_KT_PRICES prices the calls of the summary and the comment as the package's metadata.json
 * (its checks load the schema compiler, so only when it is set). A relative path is the stages':
 * they ran in `working-directory`, and this step runs in the workspace. A file that is no usable
 * price table does not cost the run its report: no call is priced (never by a table nobody chose),
 * and the warning returned says why and what to change.
 */
async function usePrices(env, workingDirectory) {
    if (!env.LYFE_KT_PRICES)
        return undefined;
    const { loadPriceTable, unusablePriceTable } = await import('../records/price-file.js');
    const file = path.resolve(workingDirectory, env.LYFE_KT_PRICES);
    try {
        usePriceTable(loadPriceTable(file));
        return undefined;
    }
    catch (error) {
        if (!(error instanceof LyfeError))
            throw error;
        usePriceTable(unusablePriceTable(file));
        return `LYFE_KT_PRICES cannot be used, so the cost of the model calls is unknown: ${error.oneLine()}`;
    }
}
/**
 * The report step's operation: reads the session's records and the package, uploads the package,
 * writes the job summary, comments on the pull request, and decides whether the job fails.
 * A comment failure never changes that decision; it becomes a warning.
 */
export async function report(inputs, services) {
    const { env } = services;
    const setup = setupFromSteps(inputs.steps);
    const identity = runIdentityFrom(env, setup.jobKey);
    const problems = [];
    const notes = [];
    const cancelled = env.LYFE_KT_JOB_STATUS === 'cancelled' || Object.values(inputs.steps).some((step) => step.outcome === 'cancelled');
    if (cancelled)
        problems.push('the run was cancelled');
    const pricesWarning = await usePrices(env, setup.workingDirectory);
    if (pricesWarning) {
        services.warning(pricesWarning);
        notes.push(escapeInline(pricesWarning));
    }
    let { sessionId, logDir } = setup;
    let built = null;
    let merged = null;
    let packageName = null;
    let sessionRunUrl = runUrlOf(env, identity.runId, identity.runAttempt);
    let readable = true;
    if (setup.reportPackage) {
        const reported = reportedPackage(setup.reportPackage);
        packageName = reported.name;
        if (reported.problem) {
            problems.push(reported.problem);
            readable = false;
        }
        sessionId = reported.sessionId || sessionId;
        logDir = path.join(setup.reportPackage, LOGS_DIR);
        const origin = reportedOrigin(reported.sessionId, services);
        if (origin.runUrl)
            sessionRunUrl = origin.runUrl;
        notes.push(origin.note);
    }
    else if (setup.mode === 'merge') {
        try {
            const { mergeShardArtifacts } = await import('./merge.js');
            merged = await mergeShardArtifacts(services.artifactClient(), {
                identity,
                title: env.LYFE_KT_TITLE || DEFAULT_TITLE,
                downloadDir: path.join(path.dirname(setup.packagesDir), 'shards'),
                outputDir: setup.packagesDir,
                sessionId,
                compress: setup.compress,
                shardJob: setup.shardJob,
            });
            built = merged.merged;
            notes.push(`Merged the packages of ${merged.artifacts.length} shard jobs (${merged.artifacts.map((name) => `\`${name}\``).join(', ')}); each shard's records keep their own session.`);
            for (const warning of merged.merged.warnings)
                services.warning(warning);
            if (merged.skipped.length)
                notes.push(`Left out ${merged.skipped.map((name) => `\`${name}\``).join(', ')}: packages of other jobs of this action (a whole run's, or the shards of another sharded job).`);
        }
        catch (error) {
            problems.push(`merging the shard packages failed: ${errorText(error)}`);
        }
        packageName = built?.name ?? null;
    }
    else {
        try {
            built = readPackageResult(setup.packageResult, setup.workingDirectory);
            if (!built)
                problems.push('no package was built; see the package step');
        }
        catch (error) {
            problems.push(errorText(error));
        }
        packageName = built?.name ?? null;
    }
    const recorded = new Map();
    const visit = (record) => {
        if (record.event === Events.stepOutput)
            recorded.set(record.stage, record);
    };
    // A reported package holds its own records only, a merged one each shard's under the shard's session: all of them are its run.
    const read = readable && setup.mode !== 'merge' ? (setup.reportPackage ? readPackageModel(logDir, visit) : readSessionModel(logDir, sessionId, { visit })) : null;
    const summary = merged?.summary ?? (read && read.summary.counts.processing_records + read.summary.counts.prompt_records ? read.summary : null);
    const steps = stepResults(inputs.steps, recorded, Boolean(setup.reportPackage), setup.failOnInvalid);
    // The stages' failures come first: they are why the rest went wrong.
    problems.unshift(...steps.filter((step) => step.outcome === 'failure').map((step) => stepProblem(step, setup.failOnInvalid)));
    if (summary && !summary.success && problems.length === 0) {
        // Why the session's model says the run failed: a failed or unfinished stage, else the first of its problems.
        problems.push(summary.failures.length || !summary.problems.length ? 'the session records a failed stage; see the execution summary' : summary.problems[0].message);
    }
    if (summary && summary.quality.invalid_files > 0 && setup.failOnInvalid && !problems.some((problem) => problem.startsWith('generate:'))) {
        problems.push(`generate: ${summary.quality.invalid_files} supertask(s) failed the schema`);
    }
    // The package's quality issues, listed in the summary and the comment: a reported package's too
    // (checked against its manifest above), as the run that made it listed them.
    const qualityPackage = built?.path ?? (setup.reportPackage && readable ? setup.reportPackage : null);
    const quality = qualityPackage ? readQualityReport(qualityPackage) : null;
    // fail-on-quality judged on the package, whatever the generate step's exit code said (a schema
    // failure, exit 3, comes before the quality gate's 5): a merged package's too, and a reported
    // one's, as the run that made it judged it with the same inputs.
    if (setup.failOnQuality && quality && failsOn(listedCounts(quality), setup.failOnQuality) && !problems.includes(QUALITY_GATE_PROBLEM))
        problems.push(QUALITY_GATE_PROBLEM);
    const artifact = { name: artifactNameOf(identity) };
    if (setup.reportPackage)
        artifact.skipped = 'this run reports an earlier run’s package';
    else if (!setup.uploadArtifact)
        artifact.skipped = '`upload-artifact: false`';
    else if (!built)
        artifact.error = 'there is no package to upload';
    else if (isGhes(env)) {
        // The artifact client has no service on GitHub Enterprise Server: the package stays on the runner.
        artifact.skipped = `GitHub Enterprise Server has no artifact service for this action; the package is on the runner at \`${built.path}\` (the \`package-path\` output)`;
        services.warning(`not uploading the package: ${artifact.skipped.replaceAll('`', '')}. Upload it with an artifact action your server supports.`);
    }
    else {
        try {
            const uploaded = await uploadPackage(services.artifactClient(), { name: artifact.name, packagePath: built.path, retentionDays: setup.retentionDays, env });
            artifact.id = uploaded.id;
            artifact.url = uploaded.url;
            services.info(`uploaded the package as artifact ${artifact.name} (id ${uploaded.id})`);
        }
        catch (error) {
            artifact.error = error instanceof Error ? error.message : String(error);
            problems.push(artifact.error);
        }
    }
    notes.push(...attestationNote(setup, inputs.steps, env, services, built));
    const comparison = setup.compareWith ? await compareRun(setup.compareWith, setup, identity, built?.path ?? null, inputs.githubToken, services, { notes, problems }) : undefined;
    const view = {
        sessionId,
        success: problems.length === 0,
        problems,
        notes,
        summary,
        quality,
        steps,
        packageName,
        artifact,
        runUrl: sessionRunUrl,
        jobLabel: identity.key ? `${identity.job} (${identity.key})` : identity.job,
        comparison,
    };
    await services.writeSummary(renderJobSummary(view));
    if (setup.comment)
        await commentOnPullRequest(inputs.githubToken, services, view, commentMarkerOf(identity), { prNumber: setup.prNumber, cancelled });
    return {
        outputs: {
            [Outputs.packagePath]: built?.path ?? setup.reportPackage,
            [Outputs.artifactId]: artifact.id === undefined ? '' : String(artifact.id),
            [Outputs.artifactUrl]: artifact.url ?? '',
            [Outputs.success]: String(view.success),
        },
        failure: problems.length ? `lyfe-kt: ${problems.join('; ')}` : undefined,
    };
}
async function commentOnPullRequest(token, services, view, marker, options) {
    const { env } = services;
    let event;
    try {
        event = readEvent(env);
    }
    catch (error) {
        services.warning(`${env.GITHUB_EVENT_PATH}: could not read the event payload (${error.message}), so no pull-request comment. Set pr-number to comment anyway`);
        return;
    }
    let target;
    try {
        const octokit = services.octokit(token, apiUrl(env));
        target = pullRequestOf(event, env.GITHUB_REPOSITORY, options.prNumber);
        if (!target && env.GITHUB_EVENT_NAME === 'workflow_run')
            target = await workflowRunPullRequest(octokit, event, env.GITHUB_REPOSITORY);
        if (!target) {
            services.notice(`no pull request to comment on (event ${env.GITHUB_EVENT_NAME ?? 'unknown'}): the report is in the job summary. Set pr-number to comment on one`);
            return;
        }
        const posted = await upsertComment(octokit, target, marker, renderComment(view, marker), { keepExisting: options.cancelled });
        if (posted.action === 'kept')
            services.notice(`the run was cancelled: comment ${posted.id} on pull request #${target.issueNumber} keeps the last finished run's report`);
        else
            services.info(`${posted.action} comment ${posted.id} on pull request #${target.issueNumber}${posted.removed ? ` (removed ${posted.removed} duplicate(s) from an overlapping run)` : ''}`);
    }
    catch (error) {
        const status = error.status;
        const where = target ? `pull request #${target.issueNumber}` : 'the pull request';
        const why = status === 403
            ? 'the token may not write to this pull request (pull requests from forks get a read-only token: see the workflow_run pattern in docs/github-action.md)'
            : error.message;
        services.warning(`could not comment on ${where} (${status ?? 'error'}): ${why}. The report is in the job summary.`);
    }
}
