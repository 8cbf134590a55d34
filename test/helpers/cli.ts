import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The CLI as the tests spawn it: bundled from the current sources by vitest's globalSetup
 * (test/global-setup.ts). Under node_modules, so that it finds the package's `schema/` above it;
 * named after this checkout, so that checkouts sharing one node_modules do not share it.
 */
export const CLI = path.resolve('node_modules/.cache/lyfe-kt', `test-cli-${createHash('sha256').update(path.resolve('.')).digest('hex').slice(0, 12)}`, 'cli.cjs');
/** @actions/core bundled beside it, for the runner simulation's github-script steps (test/action/runner.ts). */
export const ACTIONS_CORE = path.join(path.dirname(CLI), 'actions-core.mjs');

/**
 * The environment of a CLI child: the test process's own, less whatever would choose a provider,
 * a session, a GitHub context or an OpenTelemetry collector behind the test's back, with NO_COLOR and the test's `extra`.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(OPENAI_|AZURE_OPENAI_|LYFE_KT_|GITHUB_|OTEL_)/.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', ...extra };
}
