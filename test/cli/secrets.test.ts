import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../fakes/openai-server.js';
import { pipelineReply } from '../fakes/pipeline-replies.js';
import { useChildren, type Exit } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * Redaction end to end: secrets planted in the environment and in the content never reach a
 * record, a log view, a summary or a package's logs. The whole working tree is searched.
 */

const { start } = useChildren();
const temp = useTempDir('lyfe-kt-secrets-');

const ENV_SECRETS = {
  OPENAI_API_KEY: 'sk-proj-PLANTEDkey0123456789abcdefXYZ',
  GITHUB_TOKEN: 'ghs_PLANTEDtoken0123456789abcdefghij',
  DATABASE_PASSWORD: 'planted-db-password-4711',
  SERVICE_AUTH: 'planted-auth-value-9876',
};
const CONTENT_SECRETS = ['sk-PLANTEDinContent0123456789abcdef', 'ghp_PLANTEDinContent0123456789abcdefgh', 'Bearer PLANTEDbearer0123456789abc'];

function allFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function hits(files: string[], secrets: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'latin1');
    for (const secret of secrets) if (text.includes(secret)) found.push(`${file}: ${secret}`);
  }
  return found;
}

function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exit> {
  return start([CLI, ...args], { cwd, env: cliEnv(env) }).exit;
}

describe('secrets', () => {
  it('never reach a record, a log view or a package, from the environment or from the content', async () => {
    // The server answers the first analysis with an error that echoes the Authorization header, as some proxies do.
    const echoing = await startFakeOpenAI({
      handler: (body, index, request) =>
        index === 0
          ? { status: 503, body: { error: { message: `bad gateway for Authorization: ${request.headers.authorization}` } }, headers: { 'retry-after-ms': '1' } }
          : { content: pipelineReply(body) },
    });
    try {
      const cwd = temp();
      fs.mkdirSync(path.join(cwd, 'in'));
      fs.writeFileSync(
        path.join(cwd, 'in', 'leaky.md'),
        `# Notes on rest\n\nSleep well by keeping a regular bedtime, even at weekends, and a dark, quiet room.\n\nOur old config had ${CONTENT_SECRETS[0]} and ${CONTENT_SECRETS[1]} in it, sent as ${CONTENT_SECRETS[2]} to the server.\n\nA short walk in the morning light helps the body keep its rhythm through the week.\n`,
      );
      const env = { ...ENV_SECRETS, OPENAI_BASE_URL: echoing.url };
      const run = await cli(cwd, ['run', 'in', '--provider', 'openai'], env);
      expect(run.code, run.stderr).toBe(0);
      const session = JSON.parse(fs.readFileSync(path.join(cwd, 'packages', fs.readdirSync(path.join(cwd, 'packages'))[0], 'logs', 'metadata.json'), 'utf8')).session_id as string;
      const views = [
        await cli(cwd, ['logs', '--session', session], env),
        await cli(cwd, ['logs', '--session', session, '--prompts'], env),
        await cli(cwd, ['logs', '--session', session, '--json'], env),
        await cli(cwd, ['logs', '--list'], env),
      ];
      for (const view of views) expect(view.code, view.stderr).toBe(0);

      // The key did reach the server, so the search below is not vacuous.
      expect(echoing.requests[0].headers.authorization).toBe(`Bearer ${ENV_SECRETS.OPENAI_API_KEY}`);
      const prompts = fs.readFileSync(path.join(cwd, 'logs', 'prompts.jsonl'), 'utf8');
      expect(prompts).toContain('[REDACTED]');

      const envSecrets = Object.values(ENV_SECRETS);
      const everything = allFiles(cwd);
      expect(hits(everything, envSecrets)).toEqual([]);
      for (const output of [run, ...views]) expect(envSecrets.filter((secret) => `${output.stdout}${output.stderr}`.includes(secret))).toEqual([]);

      // Content secrets stay in the user's own source (01_raw), never in a record or a log view.
      const recordFiles = everything.filter((file) => file.split(path.sep).includes('logs') || file.endsWith('.jsonl'));
      expect(recordFiles.length).toBeGreaterThanOrEqual(8);
      expect(hits(recordFiles, CONTENT_SECRETS)).toEqual([]);
      for (const view of views) for (const secret of CONTENT_SECRETS) expect(view.stdout).not.toContain(secret);
    } finally {
      await echoing.close();
    }
  });
});
