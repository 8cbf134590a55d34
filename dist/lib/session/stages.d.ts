/** Stages that tag records, in pipeline order. `session` is for records about the session itself. */
export declare const STAGES: readonly ["session", "preprocess", "generate", "package"];
export type Stage = (typeof STAGES)[number];
