export { STAGES } from '../session/stages.js';
/** Names of the record events; views switch on these, never on `msg`. */
export const Events = {
    sessionStart: 'session.start',
    sessionEnd: 'session.end',
    stageStart: 'stage.start',
    stageEnd: 'stage.end',
    fileResult: 'file.result',
    /** Written when an attempt is sent: a process killed mid-call still shows which call was in flight. */
    llmRequest: 'llm.request',
    llmAttempt: 'llm.attempt',
    stepOutput: 'step.output',
    warning: 'warning',
    error: 'error',
};
/** The reason of an attempt aborted in flight by an interruption: the request was sent, and may be billed. */
export const INTERRUPTED = 'interrupted';
/** File names of the global record files inside the log directory. */
export const RecordFiles = {
    processing: 'processing.jsonl',
    prompts: 'prompts.jsonl',
};
