import type { ArtifactClient } from '@actions/artifact';
import { type Octokit } from './comment.js';
import { Outputs } from './constants.js';
import type { ReportInputs } from './input-helper.js';
/** What the report needs from outside, so that it runs without a runner. */
export interface ReportServices {
    env: NodeJS.ProcessEnv;
    artifactClient: () => ArtifactClient;
    /** An Octokit for `token` at the given REST API base URL. */
    octokit: (token: string, baseUrl: string) => Octokit;
    writeSummary: (markdown: string) => Promise<void>;
    info: (message: string) => void;
    notice: (message: string) => void;
    warning: (message: string) => void;
}
export interface ReportResult {
    outputs: Record<(typeof Outputs)['packagePath' | 'artifactId' | 'artifactUrl' | 'success'], string>;
    /** Set when the job must fail: the one message for `setFailed`. */
    failure?: string;
}
/**
 * The report step's operation: reads the session's records and the package, uploads the package,
 * writes the job summary, comments on the pull request, and decides whether the job fails.
 * A comment failure never changes that decision; it becomes a warning.
 */
export declare function report(inputs: ReportInputs, services: ReportServices): Promise<ReportResult>;
