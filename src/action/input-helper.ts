import * as core from '@actions/core';
import { Inputs } from './constants.js';

/**
 * The action's inputs, read and checked once, by the setup step: a wrong value fails the job
 * before any stage has run, and the later steps get the checked values from setup's outputs.
 */
export interface ActionInputs {
  /** Empty: the offline provider. */
  openaiApiKey: string;
  jobKey: string;
  comment: boolean;
  uploadArtifact: boolean;
  retentionDays?: number;
  compress: boolean;
  failOnInvalid: boolean;
}

/** A step of the composite as the runner's `steps` context holds it. */
export interface StepContext {
  outcome?: string;
  conclusion?: string;
  outputs?: Record<string, string>;
}

/** What the report step reads: its token and the composite's `toJSON(steps)`. */
export interface ReportInputs {
  githubToken: string;
  steps: Record<string, StepContext>;
}

const inputName = (name: string) => name.replaceAll('_', '-');

function booleanInput(name: string, defaultValue: boolean): boolean {
  const text = core.getInput(name).trim().toLowerCase();
  if (text === '') return defaultValue;
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  if (['false', 'no', '0', 'off'].includes(text)) return false;
  throw new Error(`input ${inputName(name)} must be true or false, not ${JSON.stringify(text)}`);
}

/** At least one day; the repository's maximum (90 days unless raised) is applied by the artifact client. */
function retentionDaysInput(): number | undefined {
  const text = core.getInput(Inputs.retentionDays).trim();
  if (text === '') return undefined;
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < 1) {
    throw new Error(`input retention-days must be a whole number of days, 1 or more, not ${JSON.stringify(text)}`);
  }
  return days;
}

export function getInputs(): ActionInputs {
  return {
    openaiApiKey: core.getInput(Inputs.openaiApiKey),
    jobKey: core.getInput(Inputs.jobKey),
    comment: booleanInput(Inputs.comment, true),
    uploadArtifact: booleanInput(Inputs.uploadArtifact, true),
    retentionDays: retentionDaysInput(),
    compress: booleanInput(Inputs.compress, false),
    failOnInvalid: booleanInput(Inputs.failOnInvalid, true),
  };
}

export function getReportInputs(): ReportInputs {
  try {
    return {
      githubToken: core.getInput(Inputs.githubToken),
      steps: JSON.parse(core.getInput(Inputs.steps) || '{}') as Record<string, StepContext>,
    };
  } catch {
    throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
  }
}
