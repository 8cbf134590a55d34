import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';

/**
 * The CLI the tests start (test/helpers/cli-start.cjs): the global setup's warm-up run left its V8
 * code cache beside the bundle, and a child started as the tests start one takes it. A cache V8
 * refused would not fail any test, only make every CLI child parse and compile the bundle again.
 */
describe("the tests' CLI", () => {
  it('starts with the code cache of the warm-up run', () => {
    const dir = path.dirname(CLI);
    const check = [
      "const fs = require('node:fs'), vm = require('node:vm'), Module = require('node:module');",
      `const file = ${JSON.stringify(path.join(dir, 'bundle.cjs'))};`,
      `const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: fs.readFileSync(${JSON.stringify(path.join(dir, 'bundle.cache'))}) });`,
      'process.stdout.write(String(script.cachedDataRejected));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('false');
  });
});
