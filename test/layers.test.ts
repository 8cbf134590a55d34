import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from './helpers/temp-dir.js';

/**
 * The layer rules of `.dependency-cruiser.cjs`, run as CI runs them, on a copy of the real sources
 * with imports added against the layers (and a cycle): each fails by rule name. That the real
 * sources pass is `.ci/run`'s own `npm run lint:layers` step.
 */
const root = path.resolve(import.meta.dirname, '..');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');

function cruise(dir: string): { status: number | null; output: string } {
  const run = spawnSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('layers', () => {
  const temp = useTempDir('lyfe-kt-layers-');

  function copyOfSources(): string {
    const dir = temp();
    fs.cpSync(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true });
    for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json']) fs.copyFileSync(path.join(root, file), path.join(dir, file));
    return dir;
  }

  // One run finds every broken rule: an import upward, an edge importing another edge, a cycle.
  test('an import upward, an edge importing another edge, and a cycle each fail with the rule they break', () => {
    const dir = copyOfSources();
    fs.appendFileSync(path.join(dir, 'src/session/id.ts'), "\nimport '../records/types.js';\n");
    fs.appendFileSync(path.join(dir, 'src/plugin/options.ts'), "\nimport '../cli/common.js';\n");
    fs.writeFileSync(path.join(dir, 'src/pipeline/a.ts'), "import './b.js';\nexport const a = 1;\n");
    fs.writeFileSync(path.join(dir, 'src/pipeline/b.ts'), "import './a.js';\nexport const b = 1;\n");
    const broken = cruise(dir);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('session-imports-upward');
    expect(broken.output).toContain('src/session/id.ts → src/records/types.ts');
    expect(broken.output).toContain('plugin-imports-another-edge');
    expect(broken.output).toContain('no-circular');
  }, 120_000);
});
