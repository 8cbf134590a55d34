import { ExitCode, LyfeError } from '../errors.js';
import { createOfflineProvider, offlineTimestamp } from './offline/provider.js';
import { createOpenAiProvider, DEFAULT_OPENAI_MODEL, displayUrl } from '../llm/openai.js';
/** Generous for a supertask-sized JSON reply from a reasoning model. */
export const DEFAULT_TIMEOUT_SECONDS = 120;
/** The most `--timeout` (`timeout`) takes, in seconds. */
export const MAX_TIMEOUT_SECONDS = 3600;
/** The most `--max-completion-tokens` (`maxCompletionTokens`) takes. */
export const MAX_COMPLETION_TOKENS = 1_000_000;
/** The Azure OpenAI resource (AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION) that answers instead of OpenAI. */
function azureTarget(endpoint, env) {
    const apiVersion = env.OPENAI_API_VERSION?.trim();
    if (!apiVersion) {
        throw new LyfeError('Azure OpenAI needs an API version', {
            fix: 'Set OPENAI_API_VERSION (for example 2024-10-21) beside AZURE_OPENAI_ENDPOINT',
            exitCode: ExitCode.usage,
        });
    }
    return { endpoint, apiVersion };
}
/** Refuses the URL of a server (`name`, from the environment) that requests could not be sent to as it is. */
function checkServerUrl(name, url, { example, keyName }) {
    if (!/^https?:\/\/[^/?#]/i.test(url)) {
        // Without its scheme it would be tried as a request that cannot be made, again and again.
        throw new LyfeError(`${name} ${displayUrl(url)} is not an http:// or https:// URL`, {
            fix: `Write it whole, with its scheme: for example ${example}`,
            exitCode: ExitCode.usage,
        });
    }
    if (/^[a-z][a-z\d+.-]*:\/\/[^/]*@/i.test(url)) {
        // fetch refuses such URLs, and its error would repeat them.
        throw new LyfeError(`${name} ${displayUrl(url)} has credentials in it, which requests cannot carry`, {
            fix: `Put the key in ${keyName} and remove user:password@ from the URL`,
            exitCode: ExitCode.usage,
        });
    }
}
export function selectProvider({ provider, model, env = process.env, ...settings } = {}) {
    const azureEndpoint = env.AZURE_OPENAI_ENDPOINT?.trim() || undefined;
    const keyName = azureEndpoint && env.AZURE_OPENAI_API_KEY?.trim() ? 'AZURE_OPENAI_API_KEY' : 'OPENAI_API_KEY';
    const apiKey = env[keyName]?.trim() || undefined;
    const choice = provider ?? (apiKey ? 'openai' : 'offline');
    const why = provider ? '--provider' : apiKey ? `${keyName} is set` : 'no OPENAI_API_KEY set';
    if (choice === 'offline') {
        // The model's options given anyway are named, so that nobody takes offline lessons for the model's.
        const unused = [model !== undefined && '--model', settings.reasoningEffort !== undefined && '--reasoning-effort'].filter(Boolean);
        const ignored = unused.length ? `; ${unused.join(' and ')} not used: the offline provider calls no model` : '';
        // A SOURCE_DATE_EPOCH no lesson can carry is refused now, not by each call once the run is under way.
        offlineTimestamp(env);
        return { provider: createOfflineProvider(), reason: `provider offline (${why})${ignored}` };
    }
    if (!apiKey) {
        throw new LyfeError('the openai provider needs an API key', {
            fix: azureEndpoint ? 'Set AZURE_OPENAI_API_KEY, or choose the offline provider' : 'Set OPENAI_API_KEY, or choose the offline provider',
            exitCode: ExitCode.usage,
        });
    }
    if (azureEndpoint)
        checkServerUrl('AZURE_OPENAI_ENDPOINT', azureEndpoint, { example: 'https://<resource>.openai.azure.com/', keyName: 'AZURE_OPENAI_API_KEY' });
    const azure = azureEndpoint ? azureTarget(azureEndpoint, env) : undefined;
    const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
    if (baseURL)
        checkServerUrl('OPENAI_BASE_URL', baseURL, { example: 'http://localhost:8000/v1', keyName: 'OPENAI_API_KEY' });
    const deployment = azure ? (model ?? env.AZURE_OPENAI_DEPLOYMENT?.trim()) : undefined;
    if (azure && !deployment) {
        throw new LyfeError('Azure OpenAI needs a deployment', { fix: 'Pass --model <deployment>, or set AZURE_OPENAI_DEPLOYMENT', exitCode: ExitCode.usage });
    }
    const selected = createOpenAiProvider({
        apiKey,
        keyName,
        baseURL,
        azure,
        model: deployment ?? model ?? DEFAULT_OPENAI_MODEL,
        timeoutMs: (settings.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
        reasoningEffort: settings.reasoningEffort,
        responseFormat: settings.responseFormat,
        maxCompletionTokens: settings.maxCompletionTokens,
    });
    const where = azure ? ` on Azure OpenAI ${displayUrl(azure.endpoint)} (API version ${azure.apiVersion})` : baseURL ? ` at ${displayUrl(baseURL)}` : '';
    const noun = azure ? 'deployment' : 'model';
    return { provider: selected, reason: `provider openai, ${noun} ${selected.model}${where} (${why})` };
}
