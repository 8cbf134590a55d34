// package_vs_tar: `lyfe-kt package --compress` of a run with 200 outputs whose session holds
// 100 MiB of records, against `cp -r` + `tar czf` of the same work folder and record files.
// Set-up: `lyfe-kt run` (offline) on 100 articles with --keep-work, then the session's records are
// grown to 100 MiB in the global files, which hold only that session: more LLM attempts shaped
// like the run's own, each with its own call id and a response of varied words, so that gzip meets
// text rather than repeats. Timed side by side, medians: `lyfe-kt package --session ID --keep-work
// --compress` into a fresh folder (reads the session's records, renders the text logs, summary,
// metadata, viewer and quality issues, compresses the logs, writes the manifest), and `cp -r` of
// the work folder plus the raw record files, then `tar czf` of the copy. The CLI measured is
// `lyfe-kt` as installed, bin/lyfe-kt.js (the ncc bundle); the tsc output, dist/lib/cli.js, runs
// alternately with it and is noted.
// Alone: `npm run bench -- --only package_vs_tar`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, cli, ensureBuilt, ensureBundle, entry, inScratch, MiB, quote, root, SOURCE_DATE_EPOCH, seeded, sideBySide, writeArticles } from './lib.mjs';

const WORDS = 'sono noite corpo rotina descanso luz quarto café manhã hábito você pode tentar hoje sleep night body routine rest light room coffee morning habit small step breathe walk write'.split(' ');

/** Appends LLM-attempt records of the run's session, shaped like its own, until the files hold `megabytes` MiB. */
async function growSessionRecords(logDir, megabytes) {
  const prompts = path.join(logDir, 'prompts.jsonl');
  const templates = fs
    .readFileSync(prompts, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((record) => record.data?.response !== undefined);
  const random = seeded(7);
  const text = (length) => {
    let out = '';
    while (out.length < length) out += `${WORDS[Math.floor(random() * WORDS.length)]} `;
    return out;
  };
  const fd = fs.openSync(prompts, 'a');
  let size = fs.statSync(prompts).size + fs.statSync(path.join(logDir, 'processing.jsonl')).size;
  for (let n = 0; size < megabytes * MiB; n++) {
    const record = structuredClone(templates[n % templates.length]);
    record.data.call_id = `call_${n.toString(16).padStart(12, '0')}`;
    record.data.response = text(record.data.response.length || 4000);
    size += fs.writeSync(fd, `${JSON.stringify(record)}\n`);
  }
  fs.closeSync(fd);
  // Written here, not by the record writer: the session's index says so, as another tool's lines
  // must be said, or readers going by the index would not see them.
  const { sessionIndexFile, unindexedEntry } = await import(pathToFileURL(path.join(root, 'dist', 'lib', 'records', 'session-index.js')).href);
  fs.appendFileSync(sessionIndexFile(prompts, templates[0].session), unindexedEntry());
  return size;
}

/**
 * The run to package, in `cwd`: `work/` kept by an offline `lyfe-kt run` of `articles` articles,
 * its session's records in `logs/` grown to `megabytes` MiB. Also what to profile packaging on:
 * `node -e "import('./bench/package-vs-tar.mjs').then((m) => console.log(m.prepareRun('/tmp/p', { articles: 100, megabytes: 100 })))"`.
 */
export async function prepareRun(cwd, { articles, megabytes }) {
  const env = { ...process.env, SOURCE_DATE_EPOCH, OPENAI_API_KEY: '' };
  fs.mkdirSync(cwd, { recursive: true });
  writeArticles(path.join(cwd, 'articles'), articles);
  execFileSync(process.execPath, [cli, 'run', 'articles', '--provider', 'offline', '-q', '--keep-work', '--output-dir', 'first'], { cwd, env, stdio: 'ignore' });
  const session = JSON.parse(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'), 'utf8').split('\n')[0]).session;
  const outputs = fs.readdirSync(path.join(cwd, 'work', '03_output')).filter((name) => name.endsWith('.json')).length;
  return { env, session, outputs, logBytes: await growSessionRecords(path.join(cwd, 'logs'), megabytes) };
}

export async function benchPackageVsTar({ quick, runs }) {
  ensureBuilt();
  ensureBundle();
  const articles = quick ? 10 : 100;
  const megabytes = quick ? 10 : 100;
  return inScratch('package_vs_tar', (megabytes * (2 * runs + 6) + 64) * MiB, async (cwd) => {
    const { env, session, outputs, logBytes } = await prepareRun(cwd, { articles, megabytes });

    // The same inputs laid out for cp + tar: the work folder and the session's record files.
    const plain = path.join(cwd, 'plain');
    fs.cpSync(path.join(cwd, 'work'), path.join(plain, 'work'), { recursive: true });
    fs.cpSync(path.join(cwd, 'logs'), path.join(plain, 'logs'), { recursive: true });

    // Each round's output is removed by the next round of the same command: the disk holds two at most.
    const out = (name) => {
      const dir = path.join(cwd, 'out', name);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(`${dir}.tar.gz`, { force: true });
      return quote(dir);
    };
    const packageWith = (entry, name) => `${quote(process.execPath)} ${quote(entry)} package --work-dir work --log-dir logs --session ${session} --keep-work --compress -q --output-dir ${out(name)}`;
    const commands = {
      get package() {
        return packageWith(bin, 'package');
      },
      get lib() {
        return packageWith(cli, 'lib');
      },
      get 'cp + tar'() {
        const copy = out('plain');
        return `cp -r plain ${copy} && tar czf ${copy}.tar.gz -C ${copy} .`;
      },
    };
    const results = sideBySide(commands, runs, { cwd, env });
    const packageDir = path.join(cwd, 'out', 'package');
    const packageBytes = Number(execFileSync('du', ['-sb', path.join(packageDir, fs.readdirSync(packageDir)[0])], { encoding: 'utf8' }).split('\t')[0]);
    const tarBytes = fs.statSync(path.join(cwd, 'out', 'plain.tar.gz')).size;
    return [
      entry({
        name: 'package_vs_tar',
        measurement: `lyfe-kt package --compress of a run with ${outputs} outputs and ${(logBytes / MiB).toFixed(0)} MiB of records (bin/lyfe-kt.js as installed)`,
        baseline_name: 'cp -r + tar czf of the same work folder and record files',
        measured: results.package.seconds,
        baseline: results['cp + tar'].seconds,
        unit: 's',
        target: 1.2,
        rounds: runs,
        notes: [
          `peak RSS ${results.package.mib.toFixed(0)} MiB against ${results['cp + tar'].mib.toFixed(0)} MiB`,
          `CPU (user + system, medians) ${results.package.cpu.toFixed(2)} s against ${results['cp + tar'].cpu.toFixed(2)} s`,
          `the same package from the tsc output (dist/lib/cli.js, the ES modules the bundle is made of), alternating with it: ${results.lib.seconds.toFixed(2)} s (${(results.lib.seconds / results['cp + tar'].seconds).toFixed(3)}), ${results.lib.cpu.toFixed(2)} s of CPU`,
          `package ${(packageBytes / MiB).toFixed(1)} MiB, .tar.gz ${(tarBytes / MiB).toFixed(1)} MiB`,
        ],
      }),
    ];
  });
}
