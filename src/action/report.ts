import fs from 'node:fs';
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import { ExitCode } from '../errors.js';
import type { PackageResult } from '../package/assemble.js';
import { readQualityReport } from '../package/quality-issues/index.js';
import { readSessionModel } from '../records/session-read.js';
import { Events, type LogRecord } from '../records/types.js';
import { pullRequestOf, upsertComment, type Octokit } from './comment.js';
import { Outputs, StageSteps } from './constants.js';
import type { ReportInputs, StepContext } from './input-helper.js';
import { renderComment, renderJobSummary, type ArtifactView, type ReportView, type StepResult } from './job-summary.js';
import { artifactNameOf, commentMarkerOf, runIdentityFrom } from './names.js';
import { setupFromSteps } from './setup.js';
import { uploadPackage } from './upload.js';

/** What the report needs from outside, so that it runs without a runner. */
export interface ReportServices {
  env: NodeJS.ProcessEnv;
  artifactClient: () => ArtifactClient;
  /** An Octokit for `token` at the given REST API base URL. */
  octokit: (token: string, baseUrl: string) => Octokit;
  writeSummary: (markdown: string) => Promise<void>;
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface ReportResult {
  outputs: Record<(typeof Outputs)['packagePath' | 'artifactId' | 'artifactUrl' | 'success'], string>;
  /** Set when the job must fail: the one message for `setFailed`. */
  failure?: string;
}

/** Each stage step's last `step.output` record (`recorded`, by stage), with the runner's outcome of that step. */
function stepResults(steps: Record<string, StepContext>, recorded: Map<string, LogRecord>): StepResult[] {
  return StageSteps.map((stage) => {
    const data = recorded.get(stage)?.data ?? {};
    return {
      stage,
      outcome: steps[stage]?.outcome ?? 'skipped',
      exitCode: typeof data.exit_code === 'number' ? data.exit_code : null,
      durationMs: typeof data.duration_ms === 'number' ? data.duration_ms : null,
      stderr: typeof data.stderr === 'string' ? data.stderr : '',
    };
  });
}

function readPackageResult(file: string, workingDirectory: string): PackageResult | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const result = JSON.parse(text) as PackageResult;
    return typeof result.path === 'string' ? { ...result, path: path.resolve(workingDirectory, result.path) } : null;
  } catch {
    return null;
  }
}

function stepProblem(step: StepResult, failOnInvalid: boolean): string {
  if (step.stage === 'generate' && step.exitCode === ExitCode.qualityIssues) return 'generate: quality issues at or above fail-on-quality (see Quality Issues below)';
  if (step.stage === 'generate' && step.exitCode === ExitCode.invalidOutput) {
    return `generate: some supertasks failed the schema${failOnInvalid ? ' (set fail-on-invalid: false to keep the job green)' : ''}`;
  }
  const exit = step.exitCode === null ? 'no exit code recorded' : `exit code ${step.exitCode}`;
  const last = step.stderr.trim().split('\n').at(-1)?.trim();
  return `${step.stage} step failed (${exit})${last ? `: ${last}` : ''}`;
}

/**
 * The report step's operation: reads the session's records and the package, uploads the package,
 * writes the job summary, comments on the pull request, and decides whether the job fails.
 * A comment failure never changes that decision; it becomes a warning.
 */
export async function report(inputs: ReportInputs, services: ReportServices): Promise<ReportResult> {
  const { env } = services;
  const setup = setupFromSteps(inputs.steps);
  const identity = runIdentityFrom(env, setup.jobKey);
  const { sessionId, logDir } = setup;
  const recorded = new Map<string, LogRecord>();
  const read = readSessionModel(logDir, sessionId, {
    visit: (record) => {
      if (record.event === Events.stepOutput) recorded.set(record.stage, record);
    },
  });
  const summary = read.summary.counts.processing_records + read.summary.counts.prompt_records ? read.summary : null;
  const steps = stepResults(inputs.steps, recorded);
  const built = readPackageResult(setup.packageResult, setup.workingDirectory);

  const problems: string[] = [];
  for (const step of steps) if (step.outcome === 'failure') problems.push(stepProblem(step, setup.failOnInvalid));
  if (!built) problems.push('no package was built; see the package step');
  if (summary && !summary.success && problems.length === 0) {
    // Why the session's model says the run failed: a failed or unfinished stage, else the first of its problems.
    problems.push(summary.failures.length || !summary.problems.length ? 'the session records a failed stage; see the execution summary' : summary.problems[0].message);
  }
  if (summary && summary.quality.invalid_files > 0 && setup.failOnInvalid && !problems.some((problem) => problem.startsWith('generate:'))) {
    problems.push(`generate: ${summary.quality.invalid_files} supertask(s) failed the schema`);
  }

  let artifact: ArtifactView | null = null;
  if (setup.uploadArtifact && built) {
    artifact = { name: artifactNameOf(identity) };
    try {
      const uploaded = await uploadPackage(services.artifactClient(), { name: artifact.name, packagePath: built.path, retentionDays: setup.retentionDays, env });
      artifact.id = uploaded.id;
      artifact.url = uploaded.url;
      services.info(`uploaded the package as artifact ${artifact.name} (id ${uploaded.id})`);
    } catch (error) {
      artifact.error = error instanceof Error ? error.message : String(error);
      problems.push(artifact.error);
    }
  } else if (setup.uploadArtifact) {
    artifact = { name: artifactNameOf(identity), error: 'there is no package to upload' };
  }

  const view: ReportView = {
    sessionId,
    success: problems.length === 0,
    problems,
    summary,
    quality: built ? readQualityReport(built.path) : null,
    steps,
    packageName: built?.name ?? null,
    artifact,
    runUrl: `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${identity.runId}/attempts/${identity.runAttempt}`,
    jobLabel: identity.key ? `${identity.job} (${identity.key})` : identity.job,
  };
  await services.writeSummary(renderJobSummary(view));

  if (setup.comment) await commentOnPullRequest(inputs.githubToken, services, view, commentMarkerOf(identity));

  return {
    outputs: {
      [Outputs.packagePath]: built?.path ?? '',
      [Outputs.artifactId]: artifact?.id === undefined ? '' : String(artifact.id),
      [Outputs.artifactUrl]: artifact?.url ?? '',
      [Outputs.success]: String(view.success),
    },
    failure: problems.length ? `lyfe-kt: ${problems.join('; ')}` : undefined,
  };
}

async function commentOnPullRequest(token: string, services: ReportServices, view: ReportView, marker: string): Promise<void> {
  const { env } = services;
  let event: Record<string, unknown> = {};
  try {
    if (env.GITHUB_EVENT_PATH) event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    services.warning(`could not read the event payload, so no pull-request comment: ${(error as Error).message}`);
    return;
  }
  const target = pullRequestOf(event, env.GITHUB_REPOSITORY);
  if (!target) return;
  try {
    const octokit = services.octokit(token, env.GITHUB_API_URL || 'https://api.github.com');
    const posted = await upsertComment(octokit, target, marker, renderComment(view, marker));
    services.info(`${posted.action} comment ${posted.id} on pull request #${target.issueNumber}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why =
      status === 403
        ? 'the token may not write to this pull request (pull requests from forks get a read-only token)'
        : (error as Error).message;
    services.warning(`could not comment on pull request #${target.issueNumber} (${status ?? 'error'}): ${why}. The report is in the job summary.`);
  }
}
