import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { useChildren } from './helpers/children.js';
import { useTempDir } from './helpers/temp-dir.js';

/** `lyfe-kt` as installed: bin/lyfe-kt.js starts the ncc bundle, dist/cli/index.js. */

const { start } = useChildren();
const temp = useTempDir('lyfe-kt-bin-');

describe('bin/lyfe-kt.js', () => {
  it('runs the bundle', async () => {
    const exit = await start([path.resolve('bin/lyfe-kt.js'), '--version']).exit;
    expect(exit).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('says what to do when the bundle was never built', async () => {
    const root = temp();
    fs.mkdirSync(path.join(root, 'bin'));
    fs.copyFileSync('bin/lyfe-kt.js', path.join(root, 'bin', 'lyfe-kt.js'));
    fs.copyFileSync('package.json', path.join(root, 'package.json'));
    const exit = await start([path.join(root, 'bin', 'lyfe-kt.js'), '--version']).exit;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toBe(`lyfe-kt: ${path.join(root, 'dist', 'cli', 'index.js')} is missing: this copy of lyfe-kt is not built. Run \`npm run build\` in its folder, or install the published package\n`);
  });
});
