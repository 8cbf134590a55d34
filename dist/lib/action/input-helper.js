import * as core from '@actions/core';
import { Inputs } from './constants.js';
function booleanInput(name, defaultValue) {
    const text = core.getInput(name).trim().toLowerCase();
    if (text === '')
        return defaultValue;
    if (['true', 'yes', '1', 'on'].includes(text))
        return true;
    if (['false', 'no', '0', 'off'].includes(text))
        return false;
    throw new Error(`input ${name.replaceAll('_', '-')} must be true or false, not ${JSON.stringify(text)}`);
}
/** Every input the JavaScript step reads, parsed and checked in one place. */
export function getInputs() {
    const stepsText = core.getInput(Inputs.steps);
    let steps;
    try {
        steps = JSON.parse(stepsText || '{}');
    }
    catch {
        throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
    }
    const retention = core.getInput(Inputs.retentionDays).trim();
    let retentionDays;
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
