// `records_write`: 100,000 records (10,000 with `quick`) through the session writer (`record` /
// `auditRecord`: redaction, the JSON line, one O_APPEND write per line, the session index), against
// plain pino writing the same objects with the same options to a file (a synchronous destination,
// one write per line: the writer's guarantee). Each side runs in a fresh process of its own, the two
// alternating, and times its writing loop only (the imports are noted apart). The records are
// shaped like a run's: per-file results, step outputs, and one LLM attempt in ten carrying its
// prompt and response.
// Standalone: `node bench/records-write.mjs [--records 100000] [--runs 5]`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { argValue, ensureBuilt, inScratch, median, root, seeded } from './lib.mjs';

const SESSION = 'sess_2025-01-18_17-30-45_0123abcd';
const ARTICLE = 'Dormir bem é essencial para a saúde. Uma rotina regular ajuda o corpo a descansar. '.repeat(30);

/** A thousand records to write in turn: kind, level, event, message and fields. */
function records() {
  const random = seeded(11);
  return Array.from({ length: 1000 }, (_, i) => {
    const file = `article_${i % 40}.md`;
    if (i % 10 === 0) {
      return ['prompts', 'info', 'llm.attempt', `attempt 1 of call_${i} for ${file}`, {
        input: [file],
        data: {
          call_id: `call_${i}`, attempt: 1, max_attempts: 3, purpose: 'generate', provider: 'openai', model: 'gpt-5.4-mini', params: { temperature: 0.2 },
          messages: [{ role: 'system', content: 'You turn articles into supertask lessons. Answer with JSON only.' }, { role: 'user', content: ARTICLE }],
          response: JSON.stringify({ title: 'Dormir bem', dimension: 'physicalHealth', flexibleItems: [{ type: 'content', content: ARTICLE.slice(0, 600) }] }),
          usage: { prompt_tokens: 812, completion_tokens: 344, total_tokens: 1156 }, latency_ms: Math.floor(random() * 3000), outcome: 'ok', source: 'live',
        },
      }];
    }
    if (i % 3 === 0) {
      return ['processing', 'info', 'file.result', `${file}: valid`, { input: [file], output: [file.replace('.md', '_beginner.json')], data: { valid: true, call_id: `call_${i}`, quality: { score: 0.8, words: 420 } } }];
    }
    return ['processing', i % 17 ? 'debug' : 'warn', 'step.output', `step ${i % 5} of ${file}`, { input: [file], data: { step: i % 5, duration_ms: Math.floor(random() * 900), note: 'x'.repeat(Math.floor(random() * 200)) } }];
  });
}

/** In a child: writes `count` records one way, prints the loop's seconds and the import's. */
async function writeRecords(way, logDir, count) {
  const list = records();
  const importStarted = performance.now();
  let write;
  if (way === 'writer') {
    const { runInSession } = await import(pathToFileURL(path.join(root, 'dist/lib/session/context.js')).href);
    const { auditRecord, record } = await import(pathToFileURL(path.join(root, 'dist/lib/records/writer.js')).href);
    write = (loop) => runInSession({ sessionId: SESSION, stage: 'generate', logDir }, () => loop(([kind, level, event, msg, fields]) => (kind === 'prompts' ? auditRecord : record)(level, event, msg, fields)));
  } else {
    const { default: pino } = await import('pino');
    const options = { level: 'debug', base: undefined, messageKey: 'msg', timestamp: false, formatters: { level: (label) => ({ level: label }) } };
    const loggers = Object.fromEntries(['processing', 'prompts'].map((kind) => [kind, pino(options, pino.destination({ dest: path.join(logDir, `${kind}.jsonl`), sync: true, mkdir: true }))]));
    write = (loop) =>
      loop(([kind, level, event, msg, { input, output, data }]) =>
        loggers[kind][level]({ time: new Date().toISOString(), session: SESSION, stage: 'generate', event, pid: process.pid, input, output, data }, msg),
      );
  }
  const importSeconds = (performance.now() - importStarted) / 1000;
  let seconds;
  write((one) => {
    const started = performance.now();
    for (let i = 0; i < count; i++) one(list[i % list.length]);
    seconds = (performance.now() - started) / 1000;
  });
  process.stdout.write(JSON.stringify({ seconds, importSeconds }));
}

export async function benchRecordsWrite({ quick = false, runs = 5, count = quick ? 10_000 : 100_000 } = {}) {
  ensureBuilt();
  return inScratch('records_write', count * 4096, async (dir) => {
    let n = 0;
    const run = (way) => {
      const logDir = path.join(dir, String(n++));
      const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', way, logDir, String(count)], { cwd: root, encoding: 'utf8' });
      fs.rmSync(logDir, { recursive: true, force: true });
      return JSON.parse(out);
    };
    const samples = { writer: [], pino: [] };
    run('writer');
    run('pino');
    for (let round = 0; round < runs; round++) for (const way of ['writer', 'pino']) samples[way].push(run(way));
    const [writer, pino] = ['writer', 'pino'].map((way) => ({ seconds: median(samples[way].map((s) => s.seconds)), importSeconds: median(samples[way].map((s) => s.importSeconds)) }));
    return [
      {
        name: 'records_write',
        measurement: `${count.toLocaleString('en-US')} records through the session writer (redaction, index)`,
        baseline_name: 'plain pino, synchronous destination, writing the same objects to a file',
        measured: writer.seconds,
        baseline: pino.seconds,
        unit: 's',
        ratio: writer.seconds / pino.seconds,
        target: 1.3,
        rounds: runs,
        notes: [
          'the writing loops only, each in a fresh process; one record in ten is an LLM attempt of about 3 KB (the prompt audit)',
          `imports, apart: the writer ${(writer.importSeconds * 1000).toFixed(0)} ms, pino ${(pino.importSeconds * 1000).toFixed(0)} ms`,
        ],
      },
    ];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child') await writeRecords(process.argv[3], process.argv[4], Number(process.argv[5]));
  else console.log(JSON.stringify(await benchRecordsWrite({ count: argValue(process.argv, '--records', 100_000), runs: argValue(process.argv, '--runs', 5) }), null, 2));
}
