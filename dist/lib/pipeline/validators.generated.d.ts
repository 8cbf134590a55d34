import type { ErrorObject } from 'ajv';
/** A validator as ajv compiles it: `errors` holds what the last call found, or null. */
export type Validator = ((data: unknown) => boolean) & {
    errors?: ErrorObject[] | null;
};
export declare const validateAnalysisReply: Validator;
export declare const validateSupertask_1_0: Validator;
export declare const validateSupertask_1_1: Validator;
