// `merge_50x20`: merging the packages of a run sharded 50 ways, 20 articles per shard, into one,
// against copying the same 50 packages with `cp -r`. Set-up (not timed): 1,000 small articles,
// then `run --shard I/50` for each I, offline, in this process through the library (the same
// stages and packaging as the CLI, without 50 process start-ups). Timed, side by side, medians of
// `runs`: `lyfe-kt merge <50 packages> --title all` into a fresh folder (verifies each shard,
// copies the outputs, merges the records by time into one session model, renders the logs,
// summary, metadata, quality issues and viewer, writes the manifest), and `cp -r` of the 50
// packages. The merged package is checked with `lyfe-kt verify`.
// Alone: `npm run bench -- --only merge_50x20`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, ensureBuilt, entry, inScratch, MiB, quote, root, sideBySide } from './lib.mjs';

const SOURCE = fs.readFileSync(path.join(root, 'examples', 'content', 'como_dormir_bem.md'), 'utf8');

/** Issue 15: 50 shard packages of 20 articles each merge in under a minute here. */
const BOUND_SECONDS = 60;

/** The bench entry: `--quick` merges 5 shards of 4 articles (a smoke run, its ratio against the same bound). */
export async function benchMergeShards({ quick, runs }) {
  const shards = quick ? 5 : 50;
  const articles = quick ? 4 : 20;
  const result = await measureMerge({ shards, articles, runs: Math.min(runs, 3) });
  const merge = result.results['lyfe-kt merge'];
  return [
    entry({
      name: 'merge_50x20',
      measurement: `lyfe-kt merge of ${shards} shard packages of ${articles} articles each (verified after)`,
      baseline_name: `issue 15's bound: ${BOUND_SECONDS} s for 50 shards of 20 articles`,
      measured: merge.seconds,
      baseline: BOUND_SECONDS,
      unit: 's',
      target: 1,
      rounds: Math.min(runs, 3),
      notes: [`peak RSS ${merge.mib.toFixed(0)} MiB`, `cp -r of the same packages ${result.results['cp -r'].seconds.toFixed(2)} s`, `set-up (not timed) ${result.setup_seconds.toFixed(0)} s`],
    }),
  ];
}

/** Sets the shard packages up, then times the merge and `cp -r` side by side; the first merged package is verified. */
async function measureMerge({ shards, articles, runs }) {
  ensureBuilt();
  const { runPipeline } = await import(pathToFileURL(path.join(root, 'dist', 'lib', 'package', 'run-pipeline.js')).href);
  return inScratch('merge_50x20', 512 * MiB, async (cwd) => {
    const content = path.join(cwd, 'content');
    fs.mkdirSync(content);
    for (let n = 0; n < shards * articles; n++) fs.writeFileSync(path.join(content, `artigo_${String(n).padStart(4, '0')}.md`), `${SOURCE}\n\nNota ${n}.\n`);
    const started = process.hrtime.bigint();
    for (let index = 0; index < shards; index++) {
      await runPipeline(content, {
        workDir: path.join(cwd, 'jobs', String(index), 'work'),
        logDir: path.join(cwd, 'jobs', String(index), 'logs'),
        provider: 'offline',
        schemaVersion: '1.1',
        concurrency: 4,
        responseFormat: 'auto',
        timeout: 60,
        shard: { index, total: shards },
        outputDir: path.join(cwd, 'shards'),
        title: `shard-${index}`,
      });
    }
    const setupSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const packages = fs.readdirSync(path.join(cwd, 'shards')).map((name) => path.join('shards', name));
    let n = 0;
    const out = () => quote(path.join(cwd, 'out', String(n++)));
    const commands = {
      get 'lyfe-kt merge'() {
        return `${quote(process.execPath)} ${quote(cli)} merge ${packages.map(quote).join(' ')} --title all -q --output-dir ${out()}`;
      },
      get 'cp -r'() {
        return `cp -r shards ${out()}`;
      },
    };
    const results = sideBySide(commands, runs, { cwd });
    const merged = path.join(cwd, 'out', '0', fs.readdirSync(path.join(cwd, 'out', '0'))[0]);
    execFileSync(process.execPath, [cli, 'verify', merged], { stdio: 'ignore' });
    return { setup_seconds: setupSeconds, results };
  });
}
