import type { ActionInputs, StepContext } from './input-helper.js';
export interface RunSetup {
    sessionId: string;
    /** The `job-key` input, else the matrix entry's index in a matrix job, else empty. */
    jobKey: string;
    /** The absolute `working-directory` the stages run in. */
    workingDirectory: string;
    workDir: string;
    logDir: string;
    packagesDir: string;
    /** Where the package step leaves `lyfe-kt package --json`'s result. */
    packageResult: string;
    comment: boolean;
    uploadArtifact: boolean;
    retentionDays?: number;
    compress: boolean;
    failOnInvalid: boolean;
}
/**
 * The session and its folders under `RUNNER_TEMP`, outside the caller's checkout. A folder that
 * already exists means a second run with the same session in this job: that needs a `job-key`.
 */
export declare function setupRun(inputs: ActionInputs, env: NodeJS.ProcessEnv, workingDirectory: string): RunSetup;
/** The setup step's outputs. */
export declare function setupOutputs(setup: RunSetup): Record<string, string>;
/** The run's setup, read back from the setup step's outputs in the composite's `steps` context. */
export declare function setupFromSteps(steps: Record<string, StepContext>): RunSetup;
