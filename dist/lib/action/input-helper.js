import * as core from '@actions/core';
import { Inputs } from './constants.js';
const inputName = (name) => name.replaceAll('_', '-');
function booleanInput(name, defaultValue) {
    const text = core.getInput(name).trim().toLowerCase();
    if (text === '')
        return defaultValue;
    if (['true', 'yes', '1', 'on'].includes(text))
        return true;
    if (['false', 'no', '0', 'off'].includes(text))
        return false;
    throw new Error(`input ${inputName(name)} must be true or false, not ${JSON.stringify(text)}`);
}
/** At least one day; the repository's maximum (90 days unless raised) is applied by the artifact client. */
function retentionDaysInput() {
    const text = core.getInput(Inputs.retentionDays).trim();
    if (text === '')
        return undefined;
    const days = Number(text);
    if (!/^\d+$/.test(text) || days < 1) {
        throw new Error(`input retention-days must be a whole number of days, 1 or more, not ${JSON.stringify(text)}`);
    }
    return days;
}
export function getInputs() {
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
export function getReportInputs() {
    try {
        return {
            githubToken: core.getInput(Inputs.githubToken),
            steps: JSON.parse(core.getInput(Inputs.steps) || '{}'),
        };
    }
    catch {
        throw new Error('the composite passed no readable steps context to the report step; is action.yml intact?');
    }
}
