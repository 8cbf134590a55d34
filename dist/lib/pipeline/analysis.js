import { parseJsonReply } from '../llm/call.js';
import { withoutNullOptionals } from '../llm/strict-schema.js';
import { ANALYSIS_SCHEMA } from './analysis-schema.js';
import { validateAnalysisReply as validate } from './validators.generated.js';
export { ANALYSIS_SCHEMA };
/** Parses and checks an analysis reply; the errors are fed back to the model by `callLlm`. */
export function checkAnalysisReply(reply) {
    const parsed = parseJsonReply(reply);
    if ('errors' in parsed)
        return parsed;
    const value = withoutNullOptionals(parsed.value, ANALYSIS_SCHEMA);
    if (validate(value))
        return { value: value, errors: [] };
    // An analysis that breaks its contract cannot make a template: no value, so callLlm gives up on it.
    return {
        errors: (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}${error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`),
    };
}
