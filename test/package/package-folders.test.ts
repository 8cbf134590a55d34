import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT } from '../../src/package/manifest.js';
import { refusePackageFolders } from '../../src/package/packaged-work.js';
import { useTempDir } from '../helpers/temp-dir.js';

const temp = useTempDir('lyfe-kt-package-folders-');

const folderWith = (name: string, manifest: unknown): string => {
  const dir = path.join(temp(), name);
  fs.mkdirSync(path.join(dir, '03_output'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
};

describe('a package is no work folder, and holds no output folder', () => {
  it('refuses a package as the work folder, and an output folder in one', () => {
    const pkg = folderWith('pkg', { format: MANIFEST_FORMAT, algorithm: 'sha256', digest: '0', files: {} });
    expect(() => refusePackageFolders(pkg)).toThrow(/the work folder is a package/);
    expect(() => refusePackageFolders(path.join(temp(), 'work'), path.join(pkg, '03_output'))).toThrow(/the output folder is in a package/);
    expect(() => refusePackageFolders(path.join(temp(), 'work'), pkg)).toThrow(/the output folder is in a package/);
  });

  it("takes a folder holding another tool's manifest.json (a web app's) as any folder", () => {
    const app = folderWith('app', { name: 'My app', start_url: '/', display: 'standalone' });
    expect(() => refusePackageFolders(app, path.join(app, '03_output'))).not.toThrow();
    expect(() => refusePackageFolders(path.join(temp(), 'missing'), path.join(temp(), 'missing', 'out'))).not.toThrow();
  });
});
