/** Stages that tag records, in pipeline order. `session` is for records about the session itself. */
export const STAGES = ['session', 'preprocess', 'generate', 'package'];
