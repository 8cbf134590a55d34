import { type Stage } from '../records/types.js';
import { type StageStep } from './constants.js';
export interface StepRun {
    exitCode: number;
    durationMs: number;
    stdout: string;
    stderr: string;
}
/** Runs `command`, copying its output to ours as it comes, and keeps the tail of each stream. */
export declare function runCommand(command: string[], options?: {
    stdoutFile?: string;
    env?: NodeJS.ProcessEnv;
    echo?: {
        stdout: NodeJS.WritableStream;
        stderr: NodeJS.WritableStream;
    };
}): Promise<StepRun>;
/** The `step.output` record of one stage's step, in the session the stage ran in. */
export declare function recordStep(stage: Stage, command: string[], run: StepRun, session: {
    sessionId: string;
    logDir: string;
}): void;
export interface ExecArgs {
    stage: StageStep;
    failOnInvalid: boolean;
    stdoutFile?: string;
    command: string[];
}
export declare function parseExecArgs(args: string[]): ExecArgs;
