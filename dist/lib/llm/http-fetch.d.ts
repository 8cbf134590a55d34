/** `fetch` with the error bodies of compatible servers read as the SDK reads OpenAI's (`openAiErrorBody`). */
export declare function withOpenAiErrors(fetchImpl: typeof fetch): typeof fetch;
/** The SDK's `fetch` (see above), or undefined (the SDK's default, Node's `fetch`) when the environment names a proxy. */
export declare function modelFetch(env?: NodeJS.ProcessEnv): typeof fetch | undefined;
