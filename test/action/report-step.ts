import fs from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import type { ActionInputs } from '../../src/action/input-helper.js';
import type { ReportServices } from '../../src/action/report.js';
import { setupOutputs, setupRun } from '../../src/action/setup.js';

/** What the report step said: its job summary, its warnings, and how many uploads it asked for. */
export interface Said {
  summary: string;
  warnings: string[];
  uploads: number;
}

/**
 * The report step in-process, after a setup of `inputs` and stages that succeeded, in job `lessons`
 * of octo/lessons' workflow lessons.yml: `runnerTemp` holds the event (a pull request, #7, unless
 * `event` and `eventName` say otherwise) and the runner's files; the run's folders are made in
 * `workingDirectory`. Comments and the base package go to the REST fake at `apiUrl`; no artifact
 * service (an upload asked for is counted, and fails).
 */
export function reportStepOf(options: {
  inputs: ActionInputs;
  runId: string;
  runnerTemp: string;
  workingDirectory: string;
  apiUrl?: string;
  event?: Record<string, unknown>;
  eventName?: string;
  env?: Record<string, string>;
}) {
  const eventPath = path.join(options.runnerTemp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(options.event ?? { pull_request: { number: 7 } }));
  const env = {
    GITHUB_RUN_ID: options.runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'lessons', GITHUB_REPOSITORY: 'octo/lessons', RUNNER_TEMP: options.runnerTemp, GITHUB_ACTION_PATH: '/actions/lyfe-kt',
    GITHUB_WORKFLOW_REF: 'octo/lessons/.github/workflows/lessons.yml@refs/pull/7/merge', GITHUB_EVENT_NAME: options.eventName ?? 'pull_request', GITHUB_EVENT_PATH: eventPath,
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
    ...options.env,
  };
  const setup = setupRun(options.inputs, env, options.workingDirectory);
  const said: Said = { summary: '', warnings: [], uploads: 0 };
  const services: ReportServices = {
    env,
    artifactClient: () => {
      said.uploads += 1;
      throw new Error('no artifact service in this test');
    },
    octokit: (token, baseUrl) => {
      if (!options.apiUrl) throw new Error('no REST API in this test');
      return getOctokit(token, { baseUrl });
    },
    writeSummary: async (markdown) => {
      said.summary = markdown;
    },
    info: () => undefined,
    notice: () => undefined,
    warning: (message) => said.warnings.push(message),
  };
  const steps = { setup: { outcome: 'success', outputs: setupOutputs(setup) }, preprocess: { outcome: 'success' }, generate: { outcome: 'success' }, package: { outcome: 'success' } };
  return { setup, services, said, steps };
}
