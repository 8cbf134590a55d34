import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uploadPackage } from '../../src/action/upload.js';
import { startFakeArtifactService, unzip, type FakeArtifactService } from '../fakes/artifact-service.js';

describe('uploadPackage', () => {
  let service: FakeArtifactService;
  let folder: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    service = await startFakeArtifactService();
  });
  afterAll(() => service.close());
  afterEach(() => {
    process.env = { ...saved };
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    service.failCreate = undefined;
  });

  function packageFolder(): string {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-upload-'));
    const pkg = path.join(folder, 'content-2026-01-01-10-00');
    fs.mkdirSync(path.join(pkg, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'manifest.json'), '{"files":[]}\n');
    fs.writeFileSync(path.join(pkg, 'logs', 'execution_summary.md'), '# Pipeline Execution Summary\n');
    return pkg;
  }

  function runnerEnv(): void {
    process.env.ACTIONS_RUNTIME_TOKEN = service.runtimeToken('run-backend-1', 'job-backend-1');
    process.env.ACTIONS_RESULTS_URL = `${service.url}/`;
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    process.env.GITHUB_REPOSITORY = 'octo/lessons';
    process.env.GITHUB_RUN_ID = '77';
  }

  it('uploads the package folder as the zip the service keeps, and names its page', async () => {
    runnerEnv();
    const pkg = packageFolder();
    const uploaded = await uploadPackage(new DefaultArtifactClient(), { name: 'lyfe-kt-77-1-build', packagePath: pkg, retentionDays: 3, env: process.env });

    const artifact = service.artifacts.find((candidate) => candidate.id === uploaded.id)!;
    expect(artifact).toMatchObject({ name: 'lyfe-kt-77-1-build', workflowRunBackendId: 'run-backend-1', workflowJobRunBackendId: 'job-backend-1', finalized: true });
    expect(artifact.expiresAt).toBeTruthy();
    expect(uploaded.url).toBe(`https://github.com/octo/lessons/actions/runs/77/artifacts/${uploaded.id}`);
    const entries = unzip(artifact.content!);
    expect([...entries.keys()].sort()).toEqual(['content-2026-01-01-10-00/logs/execution_summary.md', 'content-2026-01-01-10-00/manifest.json']);
    expect(entries.get('content-2026-01-01-10-00/manifest.json')!.toString()).toBe('{"files":[]}\n');
  });

  it('fails with the service\'s reason when the artifact cannot be created', async () => {
    runnerEnv();
    service.failCreate = { status: 403, code: 'permission_denied', msg: 'artifact storage quota has been hit' };
    await expect(uploadPackage(new DefaultArtifactClient(), { name: 'lyfe-kt-77-1-quota', packagePath: packageFolder(), env: process.env })).rejects.toThrow(
      /uploading the package as artifact lyfe-kt-77-1-quota failed: .*quota has been hit/,
    );
  });
});
