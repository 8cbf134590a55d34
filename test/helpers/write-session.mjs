// A whole, successful session of `count` small records, written into the global record files of
// `logDir` in the writer's line shape, and the work folder it packages with. Shared by the
// many-records test (run as a child: `node write-session.mjs <root> <session> <count>`) and the
// benchmark (imported). Every twentieth record pair is one LLM call (`llm.request` then its
// `llm.attempt`, 15 tokens); the rest are `step.output` lines of the generate stage.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const START = Date.parse('2025-01-18T17:30:45.000Z');
const LEVELS = ['beginner', 'advanced'];
/** Per-output scores the records carry, and so what the session's metrics must be. */
export const SCORES = { beginner: [0.9, 0.8], advanced: [0.8, 0.7] };

/** How many LLM calls a session of `count` records has. */
export const callsOf = (count) => Math.floor(count / 20);

const BUFFER_BYTES = 4 * 1024 * 1024;

/** Lines written into one reused buffer (they are ASCII), and the buffer to the file when full: no string is kept. */
class Lines {
  constructor(file) {
    this.fd = fs.openSync(file, 'a');
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
  }
  push(line) {
    if (this.used + line.length + 1 > BUFFER_BYTES) this.flush();
    this.used += this.buffer.latin1Write(line, this.used);
    this.buffer[this.used++] = 0x0a;
  }
  flush() {
    fs.writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
  close() {
    if (this.used) this.flush();
    fs.closeSync(this.fd);
  }
}

/** ISO times of consecutive milliseconds: the second's text is made once, the milliseconds added to it. */
class Clock {
  constructor(start) {
    this.now = start;
    this.second = Number.NaN;
    this.secondText = '';
  }
  next() {
    const now = this.now++;
    const millis = now % 1000;
    if (now - millis !== this.second) {
      this.second = now - millis;
      this.secondText = new Date(this.second).toISOString().slice(0, 20);
    }
    return `${this.secondText}${String(millis).padStart(3, '0')}Z`;
  }
}

/** Writes the session into `<root>/logs` and its work folder into `<root>/work`; returns the counts written. */
export function writeSession(root, session, count) {
  const logDir = path.join(root, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  for (const [folder, files] of [
    ['01_raw', { 'a.md': '# A\n' }],
    ['02_preprocessed', { 'a_filled_template.md': '---\ntitle: A\n---\n' }],
    ['03_output', Object.fromEntries(LEVELS.map((level) => [`a_${level}.json`, '{}\n']))],
  ]) {
    fs.mkdirSync(path.join(root, 'work', folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'work', folder, name), text);
  }
  const processing = new Lines(path.join(logDir, 'processing.jsonl'));
  const prompts = new Lines(path.join(logDir, 'prompts.jsonl'));
  const clock = new Clock(START);
  const line = (level, stage, event, msg, pid, rest = '') =>
    `{"level":"${level}","time":"${clock.next()}","session":"${session}","stage":"${stage}","event":"${event}","msg":"${msg}","pid":${pid}${rest}}`;
  const stageEnd = (stage, pid, filesIn, filesOut) => line('info', stage, 'stage.end', `${stage} ok`, pid, `,"data":{"status":"ok","duration_ms":1,"files_in":${filesIn},"files_out":${filesOut},"files_invalid":0}`);

  const calls = callsOf(count);
  const head = [
    line('info', 'session', 'session.start', `session ${session} started`, 101, ',"data":{"provider":"offline","model":"offline-1","schema_version":"1.1"}'),
    line('info', 'preprocess', 'stage.start', 'preprocess started', 101),
    line('info', 'preprocess', 'file.result', 'preprocessed', 101, ',"input":["a.md"],"output":["a_filled_template.md"],"data":{"ok":true}'),
    stageEnd('preprocess', 101, 1, 1),
    line('info', 'generate', 'stage.start', 'generate started', 202),
  ];
  for (const text of head) processing.push(text);
  const tail = 1 + LEVELS.length;
  const steps = count - head.length - tail - 2 * calls;
  for (let n = 0, call = 0; n < steps || call < calls; ) {
    if (call < calls && (n >= steps || call * steps <= n * calls)) {
      const id = `call_${call.toString(16).padStart(12, '0')}`;
      const files = ',"input":["a_filled_template.md"],"output":["a_beginner.json"]';
      prompts.push(line('debug', 'generate', 'llm.request', 'generate.beginner attempt 1 sent', 202, `${files},"data":{"call_id":"${id}","attempt":1,"purpose":"generate.beginner","provider":"offline","model":"offline-1","source":"live"}`));
      prompts.push(
        line('info', 'generate', 'llm.attempt', 'generate.beginner attempt 1 ok', 202, `${files},"data":{"call_id":"${id}","attempt":1,"max_attempts":7,"purpose":"generate.beginner","provider":"offline","model":"offline-1","params":{},"messages":[],"response":"{}","usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15},"latency_ms":1,"outcome":"ok","source":"live"}`),
      );
      call++;
    } else {
      processing.push(line('debug', 'generate', 'step.output', `step ${n}`, 202));
      n++;
    }
  }
  for (const level of LEVELS) {
    const [mobile, persona] = SCORES[level];
    processing.push(
      line('info', 'generate', 'file.result', 'valid', 202, `,"input":["a_filled_template.md"],"output":["a_${level}.json"],"data":{"valid":true,"errors":[],"metrics":{"mobile_optimization_score":${mobile},"ari_persona_consistency":${persona}},"call_id":"call_000000000000","schema_version":"1.1","level":"${level}"}`),
    );
  }
  processing.push(stageEnd('generate', 202, 1, LEVELS.length));
  processing.close();
  prompts.close();
  return { processing: count - 2 * calls, prompts: 2 * calls, calls };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, session, count] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(writeSession(root, session, Number(count)))}\n`);
}
