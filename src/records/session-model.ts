import { activePriceTable, costTotal, priceOf, priceTableInfo, roundUsd, tokensCost, type CostTotal, type PriceTable, type PriceTableInfo } from './cost.js';
import { aggregateQuality, type RunQuality } from './quality.js';
import { Events, INTERRUPTED, type AttemptData, type LogRecord, type RecordKind, type Stage, type StageEndData } from './types.js';
import { count, num, round4, str, totalTokens } from './values.js';

/**
 * The one session model: what a session was, reduced record by record from its two record
 * streams (processing and prompt audit, in any interleaving, each in its file order). Every view
 * of a session renders its result: the package's `execution_summary.md` and `metadata.json`,
 * `logs --list`, the job summary and the pull-request comment. Nothing else decides whether a
 * session succeeded, which stages ran, or what its calls, files, tokens and metrics were.
 *
 * It takes several sessions as well (the shards of one run, merged into one package): a process
 * is told apart by its session and pid, and each session's end closes its own packaging.
 *
 * Memory is bounded by what the result holds (stage runs, calls, outputs, failures), never by
 * the number of records: a record is folded into counters and maps and let go, except for a
 * ring of the last few records of each process, kept (without their `data`) to show what came
 * before a failure.
 */

export type StageStatus = 'ok' | 'failed' | 'unfinished';

/** One stage as one process ran it: from its `stage.start` to its `stage.end`, if any. */
export interface StageRunSummary {
  stage: Stage;
  /** The session the run is of (a merged package holds one per shard). */
  session: string;
  pid: number;
  status: StageStatus;
  start_time: string;
  end_time: string | null;
  duration_ms: number | null;
  files_in: number;
  files_out: number;
  files_invalid: number;
  error: string | null;
}

/** One generated file, from the last `file.result` record that names it. */
export interface OutputSummary {
  file: string;
  input: string | null;
  level: string | null;
  valid: boolean;
  errors: string[];
  mobile_optimization_score: number | null;
  ari_persona_consistency: number | null;
  schema_version: string | null;
  /** The SHA-256 of the file as generated, when its `file.result` names it. */
  sha256: string | null;
  /** The LLM call that produced the file, and how it went. */
  call_id: string | null;
  attempts: number;
  tokens: number;
  /** What its call cost in US dollars; null when unknown (docs/cost.md). */
  cost_usd: number | null;
}

/** One LLM call: all the attempts sharing a `call_id`. */
export interface CallSummary {
  call_id: string;
  purpose: string;
  stage: Stage;
  input: string[];
  output: string[];
  provider: string;
  /** The openai provider sent it to Azure OpenAI. */
  azure?: true;
  /** The model that answered (the last attempt answered's), else the one asked for. */
  model: string;
  /** An attempt of it was answered: `model` is the model that answered. */
  answered: boolean;
  /** The model the call asked for. */
  request_model: string;
  pid: number;
  attempts: number;
  /** ok / failed from the last attempt; unfinished when the process stopped mid-call. */
  outcome: 'ok' | 'failed' | 'unfinished';
  tokens: number;
  prompt_tokens: number;
  completion_tokens: number;
  /** Of the prompt tokens, those read from the prompt cache. */
  cached_tokens: number;
  /** Of the completion tokens, those spent on hidden reasoning. */
  reasoning_tokens: number;
  latency_ms: number;
  /** When its first attempt was sent, and when its last was answered (null: still in flight when its process stopped). */
  start_time: string;
  end_time: string | null;
  /** The output token limit of its last attempt. */
  max_tokens: number | null;
  /** Why the model stopped, as the last attempt's answer says it. */
  finish_reason: string | null;
  /** Why its last attempt did not succeed, and the HTTP status it got. */
  error: string | null;
  http_status: number | null;
  /** Sent live to a provider that bills (not the offline provider, the build cache or a replay). */
  billed: boolean;
  /** US dollars; 0 when not billed; null when unknown: its model has no price, or it was in flight when its process stopped. */
  cost_usd: number | null;
  /**
   * The files written from its answer, as the file results that name it say: none for a call that
   * failed, or whose process stopped before it wrote the answer (`output` names the files it was for).
   */
  written: string[];
}

/** What went wrong: an error record, or a stage whose process stopped without ending it. */
export interface FailureSummary {
  kind: 'error' | 'unfinished';
  stage: Stage;
  /** The session it happened in: in a merged package, which shard's. */
  session: string;
  pid: number;
  time: string;
  message: string;
  fix: string | null;
  file: string | null;
  /** The records of the same process just before the failure, both streams, oldest first, without their `data`. */
  last_records: LogRecord[];
}

export interface AiUsageSummary {
  /**
   * Requests sent to the provider: every attempt, retries included, and every request still in
   * flight when its process stopped; answers from the build cache or a replay not.
   */
  total_api_calls: number;
  /** Distinct calls (`call_id`); a call is one or more attempts. */
  calls: number;
  /** Attempts sent to the provider that were accepted (the build cache's and a replay's answers are not sent). */
  ok_attempts: number;
  retries: number;
  failed_calls: number;
  /** Calls their process stopped (killed, cancelled) before they ended: waiting for an answer, or to try again. */
  unfinished_calls: number;
  total_tokens: number;
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  reasoning_tokens: number;
  /** The model that answered most attempts (first seen on a tie), else the session's configured one. */
  model: string | null;
  models: string[];
  provider: string | null;
  /** Every provider a request or attempt named, in the order first seen: a merge of shards run with different providers names each. */
  providers: string[];
  /** ok attempts / requests sent (attempts and requests in flight); null when none was sent. */
  success_rate: number | null;
  latency_ms: number;
  cost: CostSummary;
}

/** What the session's calls cost (docs/cost.md), in all and per stage, with the price table that says so. */
export interface CostSummary extends CostTotal {
  stages: Record<string, CostTotal>;
  prices: PriceTableInfo;
}

export interface QualitySummary extends RunQuality {
  valid_files: number;
  invalid_files: number;
}

export interface SessionProblem {
  code: 'no_pipeline_stage' | 'failed_without_error' | 'recorded_failed';
  /** One line for a reader. */
  message: string;
}

export interface SessionSummary {
  session_id: string;
  start_time: string | null;
  end_time: string | null;
  /** From start to end; null when either is unknown, or the end was recorded before the start (the clocks of its processes disagree). */
  duration_seconds: number | null;
  /**
   * The run succeeded: a pipeline stage ran in it, every pipeline stage it started ended ok, no
   * error was recorded outside packaging, and its package lacks none of its outputs.
   */
  success: boolean;
  /** Why the run is not a success, beyond its failures (which say so themselves). */
  problems: SessionProblem[];
  /** Whether the session was ended by packaging: it has a `session.end` record, and no package stage failed after it. */
  ended: boolean;
  stages: StageRunSummary[];
  /** PRD names of the stages that ran, in the order they first started. */
  stages_executed: string[];
  input_files: string[];
  output_files: string[];
  outputs: OutputSummary[];
  /** Outputs per level (`beginner`, `advanced`). */
  levels: Record<string, number>;
  schema_version: string | null;
  ai: AiUsageSummary;
  calls: CallSummary[];
  quality: QualitySummary;
  failures: FailureSummary[];
  counts: { processing_records: number; prompt_records: number; warnings: number; errors: number };
  /** `data` of the session's first `session.start` (argv, tool and node versions, provider...). */
  session_info: Record<string, unknown>;
}

/** The PRD's names of the stages, as `metadata.json` lists them in `execution.stages_executed`. */
export const PrdStageNames = {
  preprocess: 'preprocessing',
  generate: 'generation',
  package: 'packaging',
} as const;

/**
 * The events of the processing records that decide a session's outcome (`success`, `problems`,
 * which `failures`, `stages`): a model of only these records has the same outcome as the model of
 * every record. Its counts, calls and outputs are those of the part read, and so is the context of
 * a failure (an unfinished stage is dated by the last record of its process that was read).
 */
export const OUTCOME_EVENTS: ReadonlySet<string> = new Set([Events.sessionEnd, Events.stageStart, Events.stageEnd, Events.error]);

/** How many records before a failure its summary keeps. */
const LAST_RECORDS = 8;
/** The record streams, in the order views read them: processing first gives failures their exact context. */
export const STREAMS_IN_ORDER: readonly RecordKind[] = ['processing', 'prompts'];

/** Whether an attempt of this `source` was a request to a provider: the build cache and a replay answer from recorded replies. */
const sentToProvider = (source: unknown): boolean => source !== 'cache' && source !== 'replay';

/** The second (`YYYY-MM-DDTHH:MM:SS`) of the last time in the writer's form parsed whole, and its epoch milliseconds. */
let lastSecond = '';
let lastSecondMs = Number.NaN;

/** The milliseconds of a time in the writer's form, `YYYY-MM-DDTHH:MM:SS.mmmZ`, or -1 for any other form. */
function writerMillis(time: string): number {
  if (time.length !== 24 || time.charCodeAt(19) !== 0x2e || time.charCodeAt(23) !== 0x5a) return -1;
  const hundreds = time.charCodeAt(20) - 0x30;
  const tens = time.charCodeAt(21) - 0x30;
  const units = time.charCodeAt(22) - 0x30;
  return hundreds >= 0 && hundreds <= 9 && tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? hundreds * 100 + tens * 10 + units : -1;
}

/**
 * Epoch milliseconds of a record's time. A session's records come many to a second and in order:
 * a time of the second parsed last only has its milliseconds read (`Date.parse` of every record's
 * time was a twentieth of packaging a million records).
 */
function ms(time: string): number {
  const millis = writerMillis(time);
  if (millis >= 0 && lastSecond && time.startsWith(lastSecond)) return lastSecondMs + millis;
  const parsed = Date.parse(time);
  // Only an ISO date and time (with `T` and `Z`) is kept: for those, the ISO format's own rules make the milliseconds a plain sum.
  if (millis >= 0 && Number.isFinite(parsed) && time[4] === '-' && time[7] === '-' && time[10] === 'T' && time[13] === ':' && time[16] === ':') {
    lastSecond = time.slice(0, 19);
    lastSecondMs = parsed - millis;
  }
  return parsed;
}
const iso = (value: number): string | null => (Number.isFinite(value) ? new Date(value).toISOString() : null);
const isPipelineStage = (stage: Stage): boolean => stage !== 'package' && stage !== 'session';
/** A process of a session: pids of different sessions (different machines) may be equal. */
const processOf = (record: LogRecord): string => `${record.session} ${record.pid}`;

/** A record in a ring of the last records of a process: where it stands in time and in its stream. */
interface ContextEntry {
  ms: number;
  stream: number;
  seq: number;
  record: LogRecord;
}

/**
 * The context of one failure: the last records of its process at or before `until`, from both
 * streams. It takes each stream's ring of that process when the stream moves past `until`.
 */
class FailureContext {
  readonly taken: ContextEntry[] = [];

  constructor(
    readonly until: number,
    /** The failure's own record, left out of its context. */
    readonly ownSeq: number,
  ) {}

  take(ring: ContextEntry[]): void {
    for (const entry of ring) if (entry.ms <= this.until) this.taken.push(entry);
  }

  records(): LogRecord[] {
    // One timeline: by time, processing before prompts on a tie, then in stream order.
    const sorted = this.taken.sort((a, b) => a.ms - b.ms || a.stream - b.stream || a.seq - b.seq);
    return sorted
      .filter((entry) => entry.seq !== this.ownSeq)
      .slice(-LAST_RECORDS)
      .map(({ record: { data: _data, ...line } }) => line);
  }
}

/** The file a record names first, if any. */
const fileOf = (record: LogRecord | undefined): string | null => record?.input?.[0] ?? record?.output?.[0] ?? null;

/** A process's last record of one stage, and the last that named a file: see `SessionModel.stageLast`. */
interface StageLast {
  ms: number;
  stream: number;
  time: string;
  fileMs: number;
  fileStream: number;
  file: string | null;
}

/** The last records of one process in one stream, and the failure contexts waiting for the stream to move past them. */
interface ProcessStream {
  ring: ContextEntry[];
  lastMs: number;
  /** Ordered by `until`. */
  waiting: FailureContext[];
}

interface CallState {
  summary: CallSummary;
  /** The process that made it (`processOf`): where a killed stage was waiting. */
  process: string;
  /** Its last record is a request: an attempt was sent and not answered. */
  inFlight: boolean;
  /** Answered without a request to a provider: by the build cache, or a replay of recorded replies. */
  unsent: boolean;
  /** The number of its attempt that asked to be tried again, until a later attempt is seen: a retry counts once it was made. */
  retryOf: number | null;
  /**
   * Dollars of its priced attempts; `unpriced` when one cannot be priced: its model has no price,
   * or the server answered it without saying what it used (a reply with no usage).
   */
  cost: number;
  unpriced: boolean;
}

interface ErrorFailure {
  failure: FailureSummary;
  context: FailureContext;
}

/** Counts each value; the most frequent, first seen on a tie. */
class Tally {
  private readonly counts = new Map<string, number>();

  /** One more of `value`; an uncounted one is listed by `keys` but weighs nothing in `most`. */
  add(value: string | null, counted = true): void {
    if (value) this.counts.set(value, (this.counts.get(value) ?? 0) + (counted ? 1 : 0));
  }

  keys(): string[] {
    return [...this.counts.keys()];
  }

  most(): string | null {
    let best: string | null = null;
    let bestCount = 0;
    for (const [value, count] of this.counts) {
      if (count > bestCount) {
        best = value;
        bestCount = count;
      }
    }
    return best;
  }
}

function levelOf(file: string, data: Record<string, unknown>): string | null {
  return str(data.level) ?? /_(beginner|advanced)\.json$/.exec(file)?.[1] ?? null;
}

/** A schema version as the summaries name it: `1.1` → `v1.1`. */
export function versionLabel(version: string | null): string | null {
  if (!version) return null;
  return version.startsWith('v') ? version : `v${version}`;
}

function newRun(record: LogRecord): StageRunSummary {
  return { stage: record.stage, session: record.session, pid: record.pid, status: 'unfinished', start_time: record.time, end_time: null, duration_ms: null, files_in: 0, files_out: 0, files_invalid: 0, error: null };
}

export interface SessionModelOptions {
  /** The price table the calls are priced with; by default the one in use (`activePriceTable`). */
  prices?: PriceTable;
  /** The records are read from a log folder (`logs --list`, `logs --session`, `readSession`), not from a package. */
  wholeLog?: boolean;
}

/**
 * Reduces one session's records to its SessionSummary. Hand it every record of the session with
 * `add` (processing records and prompt-audit records, each stream in its file order, the two
 * interleaved in any way), then take `result()` once. The context shown before a failure is
 * exact when the prompt records of a moment are added no earlier than the processing records
 * before it (processing first, or both by time), which is how every view reads them.
 */
export class SessionModel {
  private sessionId = '';
  private readonly sessions = new Set<string>();
  private seq = 0;
  private minMs = Number.POSITIVE_INFINITY;
  private maxMs = Number.NEGATIVE_INFINITY;
  /** The first `session.start` of each session. */
  private readonly starts = new Map<string, LogRecord>();
  /** The last `session.end` of each session. */
  private readonly ends = new Map<string, LogRecord>();
  private info: Record<string, unknown> = {};

  private readonly runs: StageRunSummary[] = [];
  /** The session and process of each run. */
  private readonly runOrigin = new Map<StageRunSummary, { session: string; process: string }>();
  /** Runs started and not ended, by stage and process: a process runs a stage once at a time. */
  private readonly open = new Map<string, StageRunSummary>();
  /** Open runs of each process that no later `stage.start` of the process has followed yet. */
  private readonly awaitingNext = new Map<string, StageRunSummary[]>();
  /**
   * Of each process, by stage, its last record and the last file its records named (the last by
   * time, processing before prompts on a tie, whatever order the streams are read in): where a
   * run that never ended stopped, its stage's own, since `run` has two stages open at once.
   */
  private readonly stageLast = new Map<string, Map<string, StageLast>>();
  /** Of a run that never ends, the context before the next `stage.start` of its process. */
  private readonly runContexts = new Map<StageRunSummary, FailureContext>();
  /**
   * Of an open run, its context when its process first began another stage: where it stopped,
   * unless it wrote on after (`run` has two stages open at once; a pid reused by the next command,
   * as in a container, does not).
   */
  private readonly otherStageCuts = new Map<StageRunSummary, { ms: number; context: FailureContext }>();
  /** The inputs an open run's file results named: its files in, until its end says. */
  private readonly runInputs = new WeakMap<StageRunSummary, Set<string>>();
  private readonly streams = [new Map<string, ProcessStream>(), new Map<string, ProcessStream>()];
  private readonly errors: ErrorFailure[] = [];

  private readonly calls = new Map<string, CallState>();
  private readonly models = new Tally();
  private readonly providers = new Tally();
  private liveAttempts = 0;
  private okAttempts = 0;
  private retries = 0;
  private totalTokens = 0;
  private promptTokens = 0;
  private completionTokens = 0;
  private cachedTokens = 0;
  private reasoningTokens = 0;
  private latency = 0;
  private readonly prices: PriceTable;

  private readonly outputs = new Map<string, OutputSummary>();
  /** The files each call's answer was written to, by call id: the file results come before the calls (`STREAMS_IN_ORDER`). */
  private readonly writtenBy = new Map<string, Set<string>>();
  private readonly preprocessInputs = new Set<string>();
  private readonly preprocessResultInputs = new Set<string>();
  private readonly counts = { processing_records: 0, prompt_records: 0, warnings: 0, errors: 0 };
  private lastProcess = { session: '', pid: Number.NaN, key: '' };
  private done = false;

  /**
   * The records are a log folder's, not a package's copy of them: there a packaging that made its
   * package recorded its stage's end after the session's, so one without it was stopped (Ctrl-C,
   * killed) before it ended. A package's copy stops at the session's end: its packaging has no end.
   */
  private readonly wholeLog: boolean;

  constructor(options: SessionModelOptions = {}) {
    this.prices = options.prices ?? activePriceTable();
    this.wholeLog = options.wholeLog ?? false;
  }

  /** Folds one record of the session, from the stream `kind`, into the model. */
  add(record: LogRecord, kind: RecordKind): void {
    if (this.done) throw new Error('SessionModel.add after result()');
    const stream = STREAMS_IN_ORDER.indexOf(kind);
    const seq = this.seq++;
    const time = ms(record.time);
    this.sessionId ||= record.session;
    if (time < this.minMs) this.minMs = time;
    if (time > this.maxMs) this.maxMs = time;
    if (record.level === 'warn') this.counts.warnings += 1;
    else if (record.level === 'error') this.counts.errors += 1;
    if (stream === 0) this.counts.processing_records += 1;
    else this.counts.prompt_records += 1;

    const process = this.processKey(record);
    this.noteStageLast(process, record, time, stream);
    const recent = this.processStream(stream, process);
    // Contexts that end before this record take the ring as it is: the stream has moved past them.
    while (recent.waiting.length && recent.waiting[0].until < time) recent.waiting.shift()!.take(recent.ring);
    recent.lastMs = time;
    if (stream === 0) this.addProcessing(record, seq, time);
    else this.addPrompt(record, process);
    recent.ring.push({ ms: time, stream, seq, record });
    // One more than a context keeps: a failure's own record, in the ring, is left out of its context.
    if (recent.ring.length > LAST_RECORDS + 1) recent.ring.shift();
  }

  /**
   * `processOf(record)`, and the session noted. Consecutive records of one process (most of them)
   * share the last key: one string, whose hash the maps keep, instead of a new one per record.
   */
  private processKey(record: LogRecord): string {
    const last = this.lastProcess;
    if (record.pid === last.pid && record.session === last.session) return last.key;
    this.sessions.add(record.session);
    this.lastProcess = { session: record.session, pid: record.pid, key: processOf(record) };
    return this.lastProcess.key;
  }

  private processStream(stream: number, process: string): ProcessStream {
    let recent = this.streams[stream].get(process);
    if (!recent) {
      recent = { ring: [], lastMs: Number.NEGATIVE_INFINITY, waiting: [] };
      this.streams[stream].set(process, recent);
    }
    return recent;
  }

  /** A context for a failure of `process` up to `until`: each stream gives its ring when it moves past `until`, or now if it has. */
  private contextOf(process: string, until: number, ownSeq: number): FailureContext {
    const context = new FailureContext(until, ownSeq);
    for (let stream = 0; stream < STREAMS_IN_ORDER.length; stream++) {
      const recent = this.processStream(stream, process);
      if (recent.lastMs > until) {
        context.take(recent.ring);
        continue;
      }
      let at = recent.waiting.length;
      while (at > 0 && recent.waiting[at - 1].until > until) at--;
      recent.waiting.splice(at, 0, context);
    }
    return context;
  }

  private addProcessing(record: LogRecord, seq: number, time: number): void {
    const data = record.data ?? {};
    switch (record.event) {
      case Events.sessionStart:
        if (this.starts.size === 0) this.info = data;
        if (!this.starts.has(record.session)) this.starts.set(record.session, record);
        break;
      case Events.sessionEnd:
        this.ends.set(record.session, record);
        break;
      case Events.stageStart:
        this.startRun(record, time);
        break;
      case Events.stageEnd:
        this.endRun(record, data as Partial<StageEndData>);
        break;
      case Events.error:
        if (record.stage !== 'package') this.addError(record, seq, time);
        break;
      case Events.fileResult:
        this.addFileResult(record, data);
        this.countFileResult(record, data);
        this.addWritten(record, data);
        break;
    }
    if (record.stage === 'preprocess') {
      const inputs = record.event === Events.fileResult ? this.preprocessResultInputs : this.preprocessInputs;
      for (const file of record.input ?? []) inputs.add(file);
    }
  }

  private noteStageLast(process: string, record: LogRecord, time: number, stream: number): void {
    let byStage = this.stageLast.get(process);
    if (!byStage) this.stageLast.set(process, (byStage = new Map()));
    let last = byStage.get(record.stage);
    if (!last) byStage.set(record.stage, (last = { ms: Number.NEGATIVE_INFINITY, stream: 0, time: '', fileMs: Number.NEGATIVE_INFINITY, fileStream: 0, file: null }));
    if (time > last.ms || (time === last.ms && stream >= last.stream)) {
      last.ms = time;
      last.stream = stream;
      last.time = record.time;
    }
    const file = record.input?.[0] ?? record.output?.[0];
    if (file && (time > last.fileMs || (time === last.fileMs && stream >= last.fileStream))) {
      last.fileMs = time;
      last.fileStream = stream;
      last.file = file;
    }
  }

  private startRun(record: LogRecord, time: number): void {
    // A run of this process still open at a start of its stage never ended before it (the pid was
    // reused): its context stops here. Another stage's run may go on (`run` overlaps its stages).
    const process = processOf(record);
    const waiting = this.awaitingNext.get(process) ?? [];
    for (const open of waiting) {
      if (open.stage === record.stage) this.runContexts.set(open, this.contextOf(process, time - 1, -1));
      else if (!this.otherStageCuts.has(open)) this.otherStageCuts.set(open, { ms: time, context: this.contextOf(process, time - 1, -1) });
    }
    const run = this.newRun(record);
    this.open.set(`${record.stage} ${process}`, run);
    this.awaitingNext.set(process, [...waiting.filter((open) => open.stage !== record.stage), run]);
  }

  private endRun(record: LogRecord, data: Partial<StageEndData>): void {
    const process = processOf(record);
    const key = `${record.stage} ${process}`;
    let run = this.open.get(key);
    this.open.delete(key);
    if (run) {
      const ended = run;
      const waiting = this.awaitingNext.get(process);
      if (waiting) this.awaitingNext.set(process, waiting.filter((open) => open !== ended));
      this.runContexts.delete(run);
    } else {
      run = this.newRun(record);
    }
    run.status = data.status === 'ok' ? 'ok' : 'failed';
    run.end_time = record.time;
    run.duration_ms = num(data.duration_ms) ?? ms(record.time) - ms(run.start_time);
    run.files_in = num(data.files_in) ?? 0;
    run.files_out = num(data.files_out) ?? 0;
    run.files_invalid = num(data.files_invalid) ?? 0;
    run.error = str(data.error);
    // A packaging that failed after it recorded the session's end made no package: the session is open again.
    const end = this.ends.get(record.session);
    if (record.stage === 'package' && run.status === 'failed' && end && ms(end.time) <= ms(record.time)) this.ends.delete(record.session);
  }

  private newRun(record: LogRecord): StageRunSummary {
    const run = newRun(record);
    this.runs.push(run);
    this.runOrigin.set(run, { session: record.session, process: processOf(record) });
    return run;
  }

  private addError(record: LogRecord, seq: number, time: number): void {
    const data = record.data ?? {};
    this.errors.push({
      failure: {
        kind: 'error',
        stage: record.stage,
        session: record.session,
        pid: record.pid,
        time: record.time,
        message: str(data.error) ?? record.msg,
        fix: str(data.fix),
        file: record.input?.[0] ?? record.output?.[0] ?? null,
        last_records: [],
      },
      context: this.contextOf(processOf(record), time, seq),
    });
  }

  /**
   * A stage's counts as its file results give them, while it is open: a stage that ends says its
   * own totals (`endRun`), one that never ended (killed) shows what it did rather than nothing.
   */
  private countFileResult(record: LogRecord, data: Record<string, unknown>): void {
    const run = this.open.get(`${record.stage} ${processOf(record)}`);
    if (!run) return;
    let inputs = this.runInputs.get(run);
    if (!inputs) this.runInputs.set(run, (inputs = new Set()));
    for (const file of record.input ?? []) inputs.add(file);
    run.files_in = inputs.size;
    const outputs = record.output?.length ?? 0;
    run.files_out += outputs;
    if (record.stage === 'generate' && data.valid !== true) run.files_invalid += outputs;
  }

  private addWritten(record: LogRecord, data: Record<string, unknown>): void {
    if (!record.output?.length) return;
    const ids = [data.call_id, ...(Array.isArray(data.call_ids) ? data.call_ids : [])].filter((id): id is string => typeof id === 'string');
    for (const id of ids) {
      let files = this.writtenBy.get(id);
      if (!files) this.writtenBy.set(id, (files = new Set()));
      for (const file of record.output) files.add(file);
    }
  }

  private addFileResult(record: LogRecord, data: Record<string, unknown>): void {
    if (record.stage !== 'generate') return;
    const metrics = (data.metrics ?? {}) as Record<string, unknown>;
    for (const file of record.output ?? []) {
      // The last result of a file wins, in the order of that result.
      this.outputs.delete(file);
      this.outputs.set(file, {
        file,
        input: record.input?.[0] ?? null,
        level: levelOf(file, data),
        valid: data.valid === true,
        errors: Array.isArray(data.errors) ? data.errors.map(String) : [],
        mobile_optimization_score: num(metrics.mobile_optimization_score),
        ari_persona_consistency: num(metrics.ari_persona_consistency),
        schema_version: str(data.schema_version),
        sha256: str(data.sha256),
        call_id: str(data.call_id),
        attempts: 0,
        tokens: 0,
        cost_usd: null,
      });
    }
  }

  private addPrompt(record: LogRecord, process: string): void {
    if (record.event !== Events.llmAttempt && record.event !== Events.llmRequest) return;
    const data = (record.data ?? {}) as Partial<AttemptData>;
    const id = str(data.call_id);
    if (!id) return;
    let call = this.calls.get(id);
    if (!call) {
      call = {
        summary: {
          call_id: id,
          purpose: str(data.purpose) ?? '',
          stage: record.stage,
          input: record.input ?? [],
          output: record.output ?? [],
          provider: str(data.provider) ?? '',
          ...(data.azure === true ? { azure: true as const } : {}),
          model: str(data.model) ?? '',
          request_model: str(data.model) ?? '',
          answered: false,
          pid: record.pid,
          attempts: 0,
          outcome: 'unfinished',
          tokens: 0,
          prompt_tokens: 0,
          completion_tokens: 0,
          cached_tokens: 0,
          reasoning_tokens: 0,
          latency_ms: 0,
          start_time: record.event === Events.llmRequest ? record.time : new Date(ms(record.time) - (num(data.latency_ms) ?? 0)).toISOString(),
          end_time: null,
          max_tokens: null,
          finish_reason: null,
          error: null,
          http_status: null,
          billed: false,
          cost_usd: 0,
          written: [],
        },
        process,
        inFlight: false,
        unsent: false,
        retryOf: null,
        cost: 0,
        unpriced: false,
      };
      this.calls.set(id, call);
    }
    call.unsent = !sentToProvider(data.source);
    const attempt = num(data.attempt);
    if (call.retryOf !== null && attempt !== null && attempt > call.retryOf) {
      this.retries += 1;
      call.retryOf = null;
    }
    // The offline provider, the build cache and replays send nothing to be billed.
    const billed = sentToProvider(data.source) && data.provider !== 'offline';
    if (billed) call.summary.billed = true;
    // A request with no attempt record after it was in flight when its process stopped: its
    // provider and model were asked, though none answered (yet).
    if (record.event === Events.llmRequest) {
      this.models.add(str(data.model), false);
      this.providers.add(str(data.provider), false);
      call.inFlight = true;
      call.summary.outcome = 'unfinished';
      call.summary.end_time = null;
      return;
    }
    call.inFlight = false;
    const summary = call.summary;
    const usage = data.usage;
    const promptCount = count(usage?.prompt_tokens);
    const completionCount = count(usage?.completion_tokens);
    const cachedValue = usage?.prompt_tokens_details?.cached_tokens;
    const cachedCount = count(cachedValue);
    // A usage prices its attempt when it gives the counts a price needs as whole numbers: strings,
    // fractions, negatives or no counts at all say nothing of what the reply used.
    const countable = usage != null && promptCount !== null && completionCount !== null && (cachedValue == null || cachedCount !== null);
    const prompt = promptCount ?? 0;
    const completion = completionCount ?? 0;
    const tokens = totalTokens(usage ?? {});
    const cached = cachedCount ?? 0;
    const reasoning = count(usage?.completion_tokens_details?.reasoning_tokens) ?? 0;
    const latency = num(data.latency_ms) ?? 0;
    summary.attempts += 1;
    summary.tokens += tokens;
    summary.prompt_tokens += prompt;
    summary.completion_tokens += completion;
    summary.cached_tokens += cached;
    summary.reasoning_tokens += reasoning;
    summary.latency_ms += latency;
    summary.end_time = record.time;
    // An attempt with no reply (an error) names the model asked for, not one that answered.
    if (data.response != null) {
      summary.answered = true;
      if (data.model) summary.model = data.model;
    }
    // A call interrupted in flight (Ctrl-C, SIGTERM) did not fail: it was stopped before it ended.
    summary.outcome = data.outcome === 'ok' ? 'ok' : data.outcome === 'failed' && data.reason !== INTERRUPTED ? 'failed' : 'unfinished';
    const params = (data.params ?? {}) as Record<string, unknown>;
    summary.max_tokens = num(params.max_completion_tokens) ?? num(params.max_tokens);
    summary.finish_reason = str(data.finish_reason);
    summary.error = data.outcome === 'ok' ? null : (str(data.reason) ?? null);
    summary.http_status = data.outcome === 'ok' ? null : num(data.http_status);
    // An attempt is billed for the tokens the server reports. One with no usage is free when it had
    // no reply (an error); a reply without usage (or with none it can be priced by), or a request
    // aborted in flight (Ctrl-C), used tokens that no record names: its cost is unknown.
    if (billed && countable) {
      const price = priceOf(this.prices, summary.model);
      if (price) call.cost += tokensCost(price, { prompt_tokens: prompt, cached_tokens: cached, completion_tokens: completion });
      else call.unpriced = true;
    } else if (billed && (data.response != null || usage != null || data.reason === INTERRUPTED)) {
      call.unpriced = true;
    }

    // A reply from the build cache or a replay was not a request to the provider, nor an attempt
    // that could not reach it (connection refused, name not resolved).
    if (sentToProvider(data.source) && data.sent !== false) {
      this.liveAttempts += 1;
      if (data.outcome === 'ok') this.okAttempts += 1;
    }
    // Counted when the next attempt comes: a retry waited for and never made (the run stopped) is not one.
    call.retryOf = data.outcome === 'retry' ? (attempt ?? summary.attempts) : null;
    // The session's model is the one that answered most: an attempt with no reply (an error) names a model tried, not one that answered.
    this.models.add(str(data.model), data.response != null);
    this.providers.add(str(data.provider));
    this.totalTokens += tokens;
    this.promptTokens += prompt;
    this.completionTokens += completion;
    this.cachedTokens += cached;
    this.reasoningTokens += reasoning;
    this.latency += latency;
  }

  /** What the session was. Ends the model: add nothing after. */
  result(): SessionSummary {
    this.done = true;
    // The packaging stage that wrote its session's end is, by construction, the one that completed
    // (in a package's copy of the records, which stops before that stage's end).
    for (const run of this.wholeLog ? [] : this.runs) {
      const origin = this.runOrigin.get(run)!;
      const lastEnd = this.ends.get(origin.session);
      if (run.stage === 'package' && run.status === 'unfinished' && lastEnd && processOf(lastEnd) === origin.process && ms(lastEnd.time) >= ms(run.start_time)) {
        run.status = 'ok';
        run.end_time = lastEnd.time;
        run.duration_ms = ms(lastEnd.time) - ms(run.start_time);
        run.files_in = num(lastEnd.data?.work_files) ?? 0;
      }
    }
    for (const stream of this.streams) for (const recent of stream.values()) for (const context of recent.waiting.splice(0)) context.take(recent.ring);

    const failures = this.failures();
    const calls = [...this.calls.values()];
    for (const call of calls) {
      // A billed request in flight when its process stopped may have been billed for tokens no record names.
      call.summary.cost_usd = call.unpriced || (call.inFlight && call.summary.billed) ? null : call.summary.billed ? roundUsd(call.cost) : 0;
      call.summary.written = [...(this.writtenBy.get(call.summary.call_id) ?? [])];
    }
    const outputs = [...this.outputs.values()];
    for (const output of outputs) {
      const call = output.call_id ? this.calls.get(output.call_id)?.summary : undefined;
      output.attempts = call?.attempts ?? 0;
      output.tokens = call?.tokens ?? 0;
      output.cost_usd = call ? call.cost_usd : null;
    }
    const levels: Record<string, number> = {};
    for (const output of outputs) if (output.level) levels[output.level] = (levels[output.level] ?? 0) + 1;
    const valid = outputs.filter((output) => output.valid).length;
    const problems = this.problems(failures);
    const startMs = this.starts.size ? Math.min(...[...this.starts.values()].map((start) => ms(start.time))) : this.minMs;
    const endMs = this.ends.size ? Math.max(...[...this.ends.values()].map((end) => ms(end.time))) : this.maxMs;
    // The calls of a stage that never ended (its process was stopped) were made for its files, whether
    // or not a result was written for them: sources of the run, and files the stage took.
    const inputFiles = new Set(this.preprocessResultInputs.size ? this.preprocessResultInputs : this.preprocessInputs);
    for (const call of calls) {
      const run = this.open.get(`${call.summary.stage} ${call.process}`);
      if (!run || ms(call.summary.start_time) < ms(run.start_time)) continue;
      let inputs = this.runInputs.get(run);
      if (!inputs) this.runInputs.set(run, (inputs = new Set()));
      for (const file of call.summary.input) inputs.add(file);
      run.files_in = inputs.size;
      if (run.stage === 'preprocess') for (const file of call.summary.input) inputFiles.add(file);
    }
    const inFlight = calls.filter((call) => call.inFlight);
    // Requests sent to the provider: its attempts and those in flight, not the build cache's or a replay's answers.
    const requests = this.liveAttempts + inFlight.filter((call) => !call.unsent).length;

    return {
      session_id: this.sessionId,
      start_time: iso(startMs),
      end_time: iso(endMs),
      // An end recorded before the start (processes whose clocks disagree) gives no duration: a negative one is no length of time.
      duration_seconds: Number.isFinite(startMs) && Number.isFinite(endMs) && endMs >= startMs ? Math.round(endMs - startMs) / 1000 : null,
      success: problems.length === 0 && failures.length === 0,
      problems,
      ended: this.ends.size > 0 && this.ends.size === this.sessions.size,
      stages: this.runs,
      stages_executed: [...new Set(this.runs.flatMap((run) => (run.stage in PrdStageNames ? [PrdStageNames[run.stage as keyof typeof PrdStageNames]] : [])))],
      input_files: [...inputFiles],
      output_files: outputs.map((output) => output.file),
      outputs,
      levels,
      schema_version: versionLabel(outputs.find((output) => output.schema_version)?.schema_version ?? str(this.info.schema_version)),
      ai: {
        total_api_calls: requests,
        calls: calls.length,
        ok_attempts: this.okAttempts,
        retries: this.retries,
        failed_calls: calls.filter((call) => call.summary.outcome === 'failed').length,
        unfinished_calls: calls.filter((call) => call.summary.outcome === 'unfinished').length,
        total_tokens: this.totalTokens,
        prompt_tokens: this.promptTokens,
        completion_tokens: this.completionTokens,
        cached_tokens: this.cachedTokens,
        reasoning_tokens: this.reasoningTokens,
        model: this.models.most() ?? str(this.info.model),
        models: this.models.keys(),
        provider: this.providers.most() ?? str(this.info.provider),
        providers: this.providers.keys(),
        // A share of requests, not a quality metric: four decimals, as metadata.json has always given it.
        success_rate: requests ? round4(this.okAttempts / requests) : null,
        latency_ms: this.latency,
        cost: this.cost(calls.map((call) => call.summary)),
      },
      calls: calls.map((call) => call.summary),
      quality: { ...aggregateQuality(outputs), valid_files: valid, invalid_files: outputs.length - valid },
      failures,
      counts: { ...this.counts },
      session_info: this.info,
    };
  }

  private cost(calls: CallSummary[]): CostSummary {
    const stages: Record<string, CostTotal> = {};
    for (const stage of new Set(calls.map((call) => call.stage))) stages[stage] = costTotal(calls.filter((call) => call.stage === stage));
    return { ...costTotal(calls), stages, prices: priceTableInfo(this.prices) };
  }

  private failures(): FailureSummary[] {
    // An error names its file or none: the file of the records before it may have nothing to do with
    // it (a bundler's error after the lessons). A stopped process's last file is where it stopped.
    const failures: FailureSummary[] = this.errors.map(({ failure, context }) => ({ ...failure, last_records: context.records() }));
    for (const run of this.runs) {
      if (run.status !== 'unfinished' || run.stage === 'package') continue;
      const process = this.runOrigin.get(run)!.process;
      const last = this.stageLast.get(process)?.get(run.stage);
      const cut = this.otherStageCuts.get(run);
      // Cut short: by a later start of its stage, or by one of another stage after which it wrote nothing.
      const stopped = this.runContexts.get(run) ?? (cut && !(last && last.ms >= cut.ms) ? cut.context : undefined);
      const before = (stopped ?? this.contextAtEnd(process)).records();
      // Where it stopped: the last of its context when cut short; else its stage's own last record and
      // file, since in `run` the other stage's records go on beside its own.
      const own = stopped ? undefined : last;
      const lastTime = own ? own.time : before.at(-1)?.time;
      // The file it was waiting on, when a call of it never ended (the longest waiting): its last record
      // may be another file's, finished while that call was in flight.
      const waiting = this.unfinishedCallOf(process, run);
      const lastFile = waiting ? (waiting.input[0] ?? waiting.output[0] ?? null) : own ? own.file : fileOf(before.findLast((r) => fileOf(r) !== null));
      failures.push({
        kind: 'unfinished',
        stage: run.stage,
        session: run.session,
        pid: run.pid,
        time: lastTime ?? run.start_time,
        message: `${run.stage} (process ${run.pid}) started at ${run.start_time} and never ended: the process was stopped (killed, cancelled or crashed)${lastTime ? ` after its record at ${lastTime}` : ''}`,
        fix: null,
        file: lastFile,
        last_records: before,
      });
    }
    return failures.sort((a, b) => ms(a.time) - ms(b.time));
  }

  /** The first-begun call of the stage run `run` of `process` that never ended, if any. */
  private unfinishedCallOf(process: string, run: StageRunSummary): CallSummary | undefined {
    let first: CallSummary | undefined;
    for (const call of this.calls.values()) {
      const summary = call.summary;
      if (call.process !== process || summary.stage !== run.stage || summary.outcome !== 'unfinished' || summary.start_time < run.start_time) continue;
      if (!first || summary.start_time < first.start_time) first = summary;
    }
    return first;
  }

  private contextAtEnd(process: string): FailureContext {
    const context = new FailureContext(Number.POSITIVE_INFINITY, -1);
    for (const stream of this.streams) {
      const recent = stream.get(process);
      if (recent) context.take(recent.ring);
    }
    return context;
  }

  private problems(failures: FailureSummary[]): SessionProblem[] {
    const problems: SessionProblem[] = [];
    if (!this.runs.some((run) => isPipelineStage(run.stage))) {
      problems.push({ code: 'no_pipeline_stage', message: 'No pipeline stage ran in the session: nothing was preprocessed or generated in it, or its records are in another log folder.' });
    }
    const failed = this.runs.some((run) => run.status === 'failed' && isPipelineStage(run.stage));
    if (failed && !failures.some((failure) => failure.kind === 'error')) problems.push({ code: 'failed_without_error', message: 'A stage failed without an error record; see processing.log.' });
    if ([...this.ends.values()].some((end) => end.data?.success === false) && problems.length === 0 && failures.length === 0) {
      problems.push({ code: 'recorded_failed', message: 'The packaging that ended the session recorded the run as failed; see processing.log.' });
    }
    return problems;
  }
}

/** The model of a session whose records are in memory (tests, replay, the action's report). */
export function summarizeSession(processing: Iterable<LogRecord>, prompts: Iterable<LogRecord>, options: SessionModelOptions = {}): SessionSummary {
  const model = new SessionModel(options);
  for (const record of processing) model.add(record, 'processing');
  for (const record of prompts) model.add(record, 'prompts');
  return model.result();
}
