import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useChildren } from '../helpers/children.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/**
 * A session of a million records packages in bounded memory: the session model folds each record
 * in as it is read and lets it go, and the logs are written a record at a time. The packaging
 * process reports its own peak RSS when it exits. (How fast 200,000 records package is measured in
 * `bench/`, not here.)
 */

const WRITE_SESSION = fileURLToPath(new URL('../helpers/write-session.mjs', import.meta.url));
const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const RECORDS = 1_000_000;
const PEAK_RSS_LIMIT_MIB = 300;
/** Loaded into the packaging process: prints its peak resident set size (KiB) as it exits. */
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib '+process.resourceUsage().maxRSS+'\\n'))`;

const { start } = useChildren();
const temp = useTempDir('lyfe-kt-many-');

describe('a session of a million records', () => {
  it('packages with its summary right, in under 300 MB', { timeout: 400_000 }, async () => {
    const root = temp();
    const written = await start([WRITE_SESSION, root, SESSION, String(RECORDS)], { timeoutMs: 180_000 }).exit;
    expect(written.code, written.stderr).toBe(0);
    const counts = JSON.parse(written.stdout) as { processing: number; prompts: number; calls: number };
    expect(counts.processing + counts.prompts).toBe(RECORDS);

    const packaged = await start(['--import', REPORT_PEAK, CLI, 'package', '--session', SESSION, '--json'], { cwd: root, env: cliEnv(), timeoutMs: 300_000 }).exit;
    expect(packaged.code, packaged.stderr).toBe(0);
    const peakMib = Number(/peak-rss-kib (\d+)/.exec(packaged.stderr)?.[1]) / 1024;
    expect(peakMib).toBeGreaterThan(0);
    expect(peakMib).toBeLessThan(PEAK_RSS_LIMIT_MIB);

    const result = JSON.parse(packaged.stdout) as { path: string; success: boolean };
    expect(result.success).toBe(true);
    // Both stay readable beside the compressed records.
    const logs = path.resolve(root, result.path, 'logs');
    const metadata = JSON.parse(fs.readFileSync(path.join(logs, 'metadata.json'), 'utf8'));
    expect(metadata.execution).toMatchObject({ success: true, stages_executed: ['preprocessing', 'generation', 'packaging'], error: null, problems: [] });
    expect(metadata.content).toMatchObject({ input_files: ['a.md'], output_files: ['a_beginner.json', 'a_advanced.json'], schema_version: 'v1.1' });
    expect(metadata.ai_usage).toMatchObject({ total_api_calls: counts.calls, calls: counts.calls, total_tokens: 15 * counts.calls, success_rate: 1, unfinished_calls: 0 });
    expect(metadata.quality_metrics).toEqual({ schema_compliance: 1, mobile_optimization_score: 0.85, ari_persona_consistency: 0.75, valid_files: 2, invalid_files: 0 });
    // Packaging adds three processing records: the session's start (the work folder did not know it), its own start, the session's end.
    expect(metadata.records).toEqual({ processing: counts.processing + 3, prompts: counts.prompts, warnings: 0, errors: 0 });
    expect(metadata.package.compressed).toBe(true);
    const summary = fs.readFileSync(path.join(logs, 'execution_summary.md'), 'utf8');
    expect(summary).toContain(`- **Total API Calls**: ${counts.calls.toLocaleString('en-US')}`);
    expect(summary).toContain('- **Result**: ✅ success');
    expect(summary).toContain(`Rendered from ${(counts.processing + 3).toLocaleString('en-US')} processing records`);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
