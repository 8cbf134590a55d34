import path from 'node:path';

/** The compiled CLI; vitest's globalSetup builds it from the sources before any test runs. */
export const CLI = path.resolve('dist/lib/cli.js');

/**
 * The environment of a CLI child: the test process's own, less whatever would choose a provider,
 * a session or a GitHub context behind the test's back, with NO_COLOR and the test's `extra`.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(OPENAI_|AZURE_OPENAI_|LYFE_KT_|GITHUB_)/.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', ...extra };
}
