// Packaging a run whose session has large logs, against copying and compressing the same data
// with `cp -r` + `tar czf`. Set-up: `lyfe-kt run examples/content --provider offline --keep-work`,
// then the session's records are grown to ~`megabytes` MiB (more LLM attempts, each with its own
// call id and a response of varied words, so that gzip finds text, not repeats) in the global
// files, which hold only that session. Timed, side by side, medians of `runs`:
// - `lyfe-kt package --session <id> --keep-work` into a fresh output folder (reads the session's
//   records, renders the text logs, summary and metadata, compresses logs over 64 MiB, writes the
//   manifest);
// - `cp -r` of the work folder plus the session's raw record files, then `tar czf` of the copy.
// Standalone: `node bench/packaging.mjs [--mb 100] [--runs 5]`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { argValue, cli, ensureBuilt, mib, MiB, printTable, quote, ratio, root, scratch, seconds, seeded, sideBySide } from './lib.mjs';

const CONTENT = path.join(root, 'examples', 'content');
const WORDS = 'sono noite corpo rotina descanso luz quarto café manhã hábito você pode tentar hoje sleep night body routine rest light room coffee morning habit small step breathe walk write'.split(' ');

/** Appends LLM-attempt records of the run's session, shaped like its own, until the files hold `megabytes` MiB. */
function growSessionRecords(logDir, megabytes) {
  const prompts = path.join(logDir, 'prompts.jsonl');
  const templates = fs.readFileSync(prompts, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
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
    record.data.response = text((record.data.response ?? '').length || 4000);
    size += fs.writeSync(fd, `${JSON.stringify(record)}\n`);
  }
  fs.closeSync(fd);
  return size;
}

export async function benchPackaging({ megabytes = 100, runs = 5 } = {}) {
  ensureBuilt();
  const space = scratch((megabytes * 4 + 64) * MiB);
  if (!space.dir) throw new Error(`too little free space for the packaging benchmark (${(space.free / MiB).toFixed(0)} MiB)`);
  try {
    const cwd = space.dir;
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1737221445', OPENAI_API_KEY: '' };
    execFileSync(process.execPath, [cli, 'run', CONTENT, '--provider', 'offline', '-q', '--keep-work'], { cwd, env, stdio: 'ignore' });
    const session = JSON.parse(fs.readFileSync(path.join(cwd, 'logs', 'processing.jsonl'), 'utf8').split('\n')[0]).session;
    const logBytes = growSessionRecords(path.join(cwd, 'logs'), megabytes);

    // The same inputs laid out for cp + tar: the work folder and the session's record files.
    const plain = path.join(cwd, 'plain');
    fs.mkdirSync(plain);
    fs.cpSync(path.join(cwd, 'work'), path.join(plain, 'work'), { recursive: true });
    fs.cpSync(path.join(cwd, 'logs'), path.join(plain, 'logs'), { recursive: true });

    let n = 0;
    const out = () => quote(path.join(cwd, 'out', String(n++)));
    const commands = {
      get 'lyfe-kt package'() {
        return `${quote(process.execPath)} ${quote(cli)} package --work-dir work --log-dir logs --session ${session} --keep-work -q --output-dir ${out()}`;
      },
      get 'cp -r + tar czf'() {
        const copy = out();
        return `cp -r plain ${copy} && tar czf ${copy}.tar.gz -C ${copy} .`;
      },
    };
    const results = sideBySide(commands, runs, { cwd, env });
    const packaged = fs.readdirSync(path.join(cwd, 'out', '0'))[0];
    const packageBytes = Number(execFileSync('du', ['-sb', path.join(cwd, 'out', '0', packaged)], { encoding: 'utf8' }).split('\t')[0]);
    const tarBytes = fs.statSync(path.join(cwd, 'out', '1.tar.gz')).size;
    const base = results['cp -r + tar czf'];
    printTable(
      `(c) packaging a session with ${(logBytes / MiB).toFixed(0)} MiB of records; medians of ${runs} runs`,
      ['command', 'wall', 'peak RSS', 'vs cp+tar', 'output'],
      Object.entries(results).map(([name, r]) => [
        name,
        seconds(r.seconds),
        mib(r.mib),
        ratio(r.seconds / base.seconds),
        name === 'lyfe-kt package' ? `${(packageBytes / MiB).toFixed(1)} MiB folder` : `${(tarBytes / MiB).toFixed(1)} MiB .tar.gz`,
      ]),
    );
    return {
      session_record_mib: logBytes / MiB,
      results,
      time_ratio_vs_cp_tar: results['lyfe-kt package'].seconds / base.seconds,
      package_mib: packageBytes / MiB,
      tar_gz_mib: tarBytes / MiB,
    };
  } finally {
    fs.rmSync(space.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchPackaging({ megabytes: argValue(process.argv, '--mb', 100), runs: argValue(process.argv, '--runs', 5) });
}
