/** A step of the composite as the runner's `steps` context holds it. */
export interface StepContext {
    outcome?: string;
    conclusion?: string;
    outputs?: Record<string, string>;
}
export interface ActionInputs {
    githubToken: string;
    /** `toJSON(steps)` of the composite: the stage steps' outcomes and the setup step's outputs. */
    steps: Record<string, StepContext>;
    workingDirectory: string;
    comment: boolean;
    uploadArtifact: boolean;
    retentionDays?: number;
    failOnInvalid: boolean;
    jobKey: string;
}
/** Every input the JavaScript step reads, parsed and checked in one place. */
export declare function getInputs(): ActionInputs;
