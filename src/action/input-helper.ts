import * as core from '@actions/core';
import { Inputs } from './constants.js';

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

function booleanInput(name: string, defaultValue: boolean): boolean {
  const text = core.getInput(name).trim().toLowerCase();
  if (text === '') return defaultValue;
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new Error(`input ${name.replaceAll('_', '-')} must be true or false, not ${JSON.stringify(text)}`);
}

/** Every input the JavaScript step reads, parsed and checked in one place. */
export function getInputs(): ActionInputs {
  const stepsText = core.getInput(Inputs.steps);
  let steps: Record<string, StepContext>;
  try {
    steps = JSON.parse(stepsText || '{}') as Record<string, StepContext>;
  } catch {
    throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
  }
  const retention = core.getInput(Inputs.retentionDays).trim();
  let retentionDays: number | undefined;
  if (retention !== '') {
    retentionDays = Number(retention);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      throw new Error(`input retention-days must be a whole number of days from 1 to 90, not ${JSON.stringify(retention)}`);
    }
  }
  return {
    githubToken: core.getInput(Inputs.githubToken),
    steps,
    workingDirectory: core.getInput(Inputs.workingDirectory) || '.',
    comment: booleanInput(Inputs.comment, true),
    uploadArtifact: booleanInput(Inputs.uploadArtifact, true),
    retentionDays,
    failOnInvalid: booleanInput(Inputs.failOnInvalid, true),
    jobKey: core.getInput(Inputs.jobKey),
  };
}
