import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { CLI, cliEnv } from './helpers/cli.js';

/**
 * The CLI the tests start (test/helpers/cli-start.cjs): the global setup's warm-up run left its V8
 * code cache beside the bundle, and a child started as the tests start one takes it. A cache V8
 * refused would not fail any test, only make every CLI child parse and compile the bundle again.
 */
describe("the tests' CLI", () => {
  it('starts with the code cache of the warm-up run', () => {
    const child = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8', env: cliEnv({ LYFE_KT_TEST_REPORT_CODE_CACHE: '1' }) });
    expect(child.stdout).toBe(`${VERSION}\n`);
    expect(child.stderr).toBe('code cache: taken\n');
  });
});
