/**
 * The report step's entry (`dist/action/index.js`), loaded by the composite's JavaScript step.
 * The only place that touches `@actions/core` for it, and the one place the job is failed.
 */
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { getOctokit } from '@actions/github';
import { errorText } from '../errors.js';
import { Outputs } from './constants.js';
import { getReportInputs } from './input-helper.js';
import { report } from './report.js';
export async function run() {
    try {
        const inputs = getReportInputs();
        const result = await report(inputs, {
            env: process.env,
            artifactClient: () => new DefaultArtifactClient(),
            // GITHUB_API_URL is read now, not when @actions/github was imported.
            octokit: (token, baseUrl) => getOctokit(token, { baseUrl }),
            writeSummary: async (markdown) => {
                await core.summary.addRaw(markdown).write();
            },
            info: (message) => core.info(message),
            notice: (message) => core.notice(message),
            warning: (message) => core.warning(message),
        });
        for (const [name, value] of Object.entries(result.outputs))
            core.setOutput(name, value);
        if (result.failure)
            core.setFailed(result.failure);
    }
    catch (error) {
        core.setOutput(Outputs.success, 'false');
        core.setFailed(`lyfe-kt: ${errorText(error)}`);
    }
}
