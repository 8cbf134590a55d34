import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAssemblyFolder, placePackage } from '../../src/package/assemble.js';
import { packageFolderName } from '../../src/package/title.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** Where an assembled package goes: the first name of its minute that nothing holds. */

const temp = useTempDir('lyfe-kt-place-');
const NOW = new Date('2025-01-18T17:30:45.000Z');

describe('placePackage', () => {
  it.each([
    ['a symbolic link to nothing', (file: string) => fs.symlinkSync('/nonexistent/lyfe-kt', file)],
    ['a symbolic link to a folder', (file: string) => fs.symlinkSync('.', file)],
    ['a file', (file: string) => fs.writeFileSync(file, 'not a package')],
    ['an empty folder', (file: string) => fs.mkdirSync(file)],
  ])('takes the next suffix when the name holds %s, and leaves it as it was', (_what, occupy) => {
    const outputDir = temp();
    const taken = path.join(outputDir, packageFolderName('T', NOW));
    occupy(taken);
    const before = fs.lstatSync(taken);
    const assembled = makeAssemblyFolder(outputDir, 'T', NOW);
    fs.writeFileSync(path.join(assembled, 'manifest.json'), '{}');

    const placed = placePackage(assembled, outputDir, 'T', NOW);
    expect(placed).toBe(path.join(outputDir, packageFolderName('T', NOW, 2)));
    expect(fs.readFileSync(path.join(placed, 'manifest.json'), 'utf8')).toBe('{}');
    expect(fs.lstatSync(taken)).toMatchObject({ ino: before.ino, mode: before.mode });
    expect(fs.existsSync(assembled)).toBe(false);
  });
});
