import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ACTIONS_CORE } from '../helpers/cli.js';

/**
 * Runs a composite `action.yml` the way the GitHub runner does, without Docker or network:
 * its steps in order, each `if:` (with `success()`, `failure()`, `always()`, `cancelled()`),
 * the `${{ }}` expressions the file uses, per-step `GITHUB_OUTPUT`, `GITHUB_ENV`,
 * `GITHUB_STEP_SUMMARY` files, `GITHUB_ACTION_PATH`, `INPUT_*` for `uses:` steps, step outputs
 * and outcomes, workflow commands on stdout (`::warning::`..., `::add-mask::`, whose values are
 * then shown as `***` in the step logs), the `strategy` and `matrix` contexts of the job, and the
 * composite's outputs.
 *
 * `run:` steps get no `ACTIONS_RUNTIME_TOKEN` / `ACTIONS_RESULTS_URL`; JavaScript steps do, as on
 * a real runner. The one `uses:` action it knows is `actions/github-script`, run as that action
 * runs its script: the body of an async function given `require`, in a Node process of its own.
 * Anything else it meets (an unknown expression, function or action) fails loudly rather than
 * being guessed at. `actions/attest-build-provenance` is run as its outcome is decided: it needs
 * `ACTIONS_ID_TOKEN_REQUEST_URL` (`id-token: write`) and `attestations: write`.
 *
 * Runners other than a GitHub-hosted Linux one: `path` without `node` (self-hosted, ARC); a
 * `container:` job, where `github.action_path` is the host's path and only `GITHUB_ACTION_PATH`
 * as a `run:` step sees it is the path inside (actions/runner#2185); `os: 'Windows'`; a job
 * cancelled at a step, or while one runs (signals to the step's process alone, as the runner sends
 * them), and the processes a step leaves running, which the runner kills only at the end of the
 * job. Job summaries are taken as the runner takes them: over 1 MiB is refused, and one whose size
 * with CRLF line endings comes near the limit is dropped without a word (actions/runner#4337).
 */

export interface RunnerJob {
  /** Folder holding `action.yml`: the action's checkout. */
  actionPath: string;
  /** GITHUB_WORKSPACE. */
  workspace: string;
  /** RUNNER_TEMP; each step's command files are made in it. */
  runnerTemp: string;
  /** The caller's `with:`. */
  inputs: Record<string, string>;
  /** The job's environment: GITHUB_* variables and the job's `env:`. */
  env: Record<string, string>;
  /** What only JavaScript steps receive. */
  jsRuntime: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  /** The `github.token` of the job. */
  token: string;
  /** The job's `strategy` context; by default a job outside a matrix. */
  strategy?: { 'job-index': number; 'job-total': number };
  /** The job's `matrix` context. */
  matrix?: Record<string, string>;
  /** Per step. */
  timeoutMs?: number;
  /** PATH of the job; by default this process's. */
  path?: string;
  /** RUNNER_OS and `runner.os`. */
  os?: 'Linux' | 'macOS' | 'Windows';
  /** A `container:` job: `github.action_path` is this host path, not the one the steps can open. */
  hostActionPath?: string;
  /** `job.check_run_id`. */
  checkRunId?: string;
  /** The job is cancelled when it reaches this step: that step does not finish, only `always()` steps run after. */
  cancelAt?: string;
  /**
   * The job is cancelled while this `run:` step runs, once `when` settles: as the runner cancels a
   * step on Linux and macOS, SIGINT goes to the step's process (its shell) alone, SIGTERM follows if it
   * has not exited 7.5 s later, then SIGKILL 2.5 s after that; only `always()` steps run after.
   */
  cancelDuring?: { step: string; when: Promise<unknown> };
  /**
   * Whether the job's token may write attestations (`permissions: attestations: write`). The
   * workflow's permissions are the job's `github.token`'s: another token (a PAT) has only its own.
   */
  attestationsWrite?: boolean;
}

export interface StepRecord {
  id: string;
  name: string;
  ran: boolean;
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  exitCode: number | null;
  /** The step's log as the runner shows it: masked values replaced by `***`. */
  stdout: string;
  stderr: string;
  summary: string;
  env: Record<string, string>;
}

export interface Annotation {
  level: 'warning' | 'error' | 'notice';
  message: string;
  step: string;
}

export interface ActionRun {
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The job summaries the runner took, in step order (non-empty ones). */
  summaries: string[];
  /** Summaries the runner refused or dropped, with why. */
  droppedSummaries: { step: string; bytes: number; why: string }[];
  /** What attest-build-provenance attested: file and sha256. */
  attestations: { file: string; sha256: string }[];
  annotations: Annotation[];
  /** Values the steps asked the runner to mask (`::add-mask::`). */
  masks: string[];
  /** Whether the composite step failed (and with it the job). */
  failed: boolean;
  /**
   * Steps some of whose processes were still running when the job ended (the runner kills them then,
   * as orphans): they ran on beside the steps after theirs.
   */
  orphans: string[];
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: StepYaml[] };
}

interface StepYaml {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

interface StepState {
  outcome: string;
  conclusion: string;
  outputs: Record<string, string>;
}

interface Contexts {
  inputs: Record<string, string>;
  steps: Record<string, StepState>;
  github: Record<string, string>;
  runner: Record<string, string>;
  env: Record<string, string>;
  job: Record<string, string>;
  strategy: Record<string, Value>;
  matrix: Record<string, string>;
  /** Job status so far: true once a step failed. */
  failed: boolean;
  cancelled: boolean;
}

// ---------------------------------------------------------------------------------------------
// Expressions

type Token = { kind: 'id' | 'str' | 'num' | 'op' | 'punct'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new Error(`unterminated string in expression: ${source}`);
        if (source[i] === "'" && source[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (source[i] === "'") {
          i++;
          break;
        } else {
          text += source[i++];
        }
      }
      tokens.push({ kind: 'str', text });
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ kind: 'num', text: match[0] });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'id', text: match[0] });
      i += match[0].length;
    } else if (['==', '!=', '&&', '||', '<=', '>='].includes(source.slice(i, i + 2))) {
      tokens.push({ kind: 'op', text: source.slice(i, i + 2) });
      i += 2;
    } else if ('!<>'.includes(c)) {
      tokens.push({ kind: 'op', text: c });
      i++;
    } else if ('.()[],'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else {
      throw new Error(`unexpected ${JSON.stringify(c)} in expression: ${source}`);
    }
  }
  return tokens;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function truthy(value: Value): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  return true;
}

/** As the runner compares: strings ignoring case; otherwise both as numbers (null and '' are 0); objects by identity. */
function equals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object')) return a === b;
  const number = (value: Value) => (value === null ? 0 : typeof value === 'string' && value.trim() === '' ? 0 : Number(value));
  return number(a) === number(b);
}

function stringify(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

class Evaluator {
  private tokens: Token[] = [];
  private at = 0;

  constructor(private readonly contexts: Contexts) {}

  evaluate(source: string): Value {
    this.tokens = tokenize(source);
    this.at = 0;
    const value = this.or();
    if (this.at !== this.tokens.length) throw new Error(`unexpected ${this.tokens[this.at].text} in expression: ${source}`);
    return value;
  }

  private peek(text?: string): Token | undefined {
    const token = this.tokens[this.at];
    return token && (text === undefined || token.text === text) ? token : undefined;
  }

  private take(text?: string): Token {
    const token = this.tokens[this.at];
    if (!token || (text !== undefined && token.text !== text)) throw new Error(`expected ${text ?? 'a token'} at ${token?.text ?? 'the end'}`);
    this.at++;
    return token;
  }

  private or(): Value {
    let left = this.and();
    while (this.peek('||')) {
      this.take();
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.comparison();
    while (this.peek('&&')) {
      this.take();
      const right = this.comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private comparison(): Value {
    const left = this.unary();
    const op = this.peek('==') ?? this.peek('!=');
    if (!op) return left;
    this.take();
    const right = this.unary();
    return op.text === '==' ? equals(left, right) : !equals(left, right);
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.take();
      return !truthy(this.unary());
    }
    return this.postfix(this.primary());
  }

  private primary(): Value {
    const token = this.take();
    if (token.text === '(') {
      const value = this.or();
      this.take(')');
      return value;
    }
    if (token.kind === 'str') return token.text;
    if (token.kind === 'num') return Number(token.text);
    if (token.kind !== 'id') throw new Error(`unexpected ${token.text}`);
    if (token.text === 'true') return true;
    if (token.text === 'false') return false;
    if (token.text === 'null') return null;
    if (this.peek('(')) return this.call(token.text);
    const contexts = this.contexts as unknown as Record<string, Value>;
    if (!['inputs', 'steps', 'github', 'runner', 'env', 'job', 'strategy', 'matrix'].includes(token.text)) throw new Error(`unknown context ${token.text}`);
    return contexts[token.text] as Value;
  }

  private call(name: string): Value {
    this.take('(');
    const args: Value[] = [];
    while (!this.peek(')')) {
      args.push(this.or());
      if (this.peek(',')) this.take(',');
    }
    this.take(')');
    switch (name) {
      case 'always':
        return true;
      case 'success':
        return !this.contexts.failed && !this.contexts.cancelled;
      case 'failure':
        return this.contexts.failed && !this.contexts.cancelled;
      case 'cancelled':
        return this.contexts.cancelled;
      case 'toJSON':
        return JSON.stringify(args[0] ?? null, null, 2);
      default:
        throw new Error(`the runner simulation does not implement ${name}()`);
    }
  }

  private postfix(value: Value): Value {
    let current = value;
    for (;;) {
      if (this.peek('.')) {
        this.take();
        const key = this.take().text;
        current = current && typeof current === 'object' && !Array.isArray(current) ? ((current as Record<string, Value>)[key] ?? null) : null;
      } else if (this.peek('[')) {
        this.take();
        const key = stringify(this.or());
        this.take(']');
        current = current && typeof current === 'object' ? ((current as Record<string, Value>)[key] ?? null) : null;
      } else {
        return current;
      }
    }
  }
}

/** `${{ }}` templates in a string, each replaced by its value. */
function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => stringify(new Evaluator(contexts).evaluate(expression)));
}

/** An `if:` condition; without a status function it means `success() && (...)`. */
function condition(text: string | undefined, contexts: Contexts): boolean {
  const source = (text ?? 'success()').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const hasStatus = tokenize(source).some((token, i, all) => token.kind === 'id' && STATUS_FUNCTIONS.includes(token.text) && all[i + 1]?.text === '(');
  const value = new Evaluator(contexts).evaluate(hasStatus ? source : `success() && (${source})`);
  return truthy(value);
}

// ---------------------------------------------------------------------------------------------
// Command files and workflow commands

/** `name=value` lines and `name<<DELIMITER` blocks, as the runner reads GITHUB_OUTPUT and GITHUB_ENV. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]);
      if (i >= lines.length) throw new Error(`command file: ${name} has no closing ${delimiter}`);
      values[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`command file: cannot read line ${JSON.stringify(line)}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function workflowCommands(stdout: string, step: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(warning|error|notice|add-mask)(?: [^:]*)?::(.*)$/.exec(line);
    if (match?.[1] === 'add-mask') masks.push(unescapeCommandData(match[2]));
    else if (match) annotations.push({ level: match[1] as Annotation['level'], message: unescapeCommandData(match[2]), step });
  }
  return { annotations, masks };
}

/** A step's log as the runner shows it: `::add-mask::` lines dropped, masked values as `***`. */
function masked(text: string, masks: string[]): string {
  let out = text.replace(/^::add-mask::.*(\r?\n|$)/gm, '');
  for (const value of masks) if (value) out = out.split(value).join('***');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Steps

/** The runner's waits after SIGINT, then after SIGTERM, for a cancelled step's process to exit (ProcessInvoker). */
const SIGINT_TIMEOUT_MS = 7_500;
const SIGTERM_TIMEOUT_MS = 2_500;
/** How long the runner waits for a step's output to close once its process exited. */
const STREAMS_AFTER_EXIT_MS = 5_000;

/**
 * A step's process, in a process group of its own so that whatever it leaves running can be found
 * at the end of the job. With `cancel`, once it settles the step is cancelled as the runner does it:
 * signals to the step's own process only, never to its children.
 */
function spawnStep(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number; cancel?: Promise<unknown> }) {
  return new Promise<{ exitCode: number; stdout: string; stderr: string; pid: number | undefined; cancelled: boolean }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let exited = false;
    let cancelled = false;
    const timers: NodeJS.Timeout[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    timers.push(setTimeout(() => child.kill('SIGKILL'), options.timeoutMs));
    void options.cancel?.then(() => {
      if (exited) return;
      cancelled = true;
      child.kill('SIGINT');
      timers.push(setTimeout(() => !exited && child.kill('SIGTERM'), SIGINT_TIMEOUT_MS));
      timers.push(setTimeout(() => !exited && child.kill('SIGKILL'), SIGINT_TIMEOUT_MS + SIGTERM_TIMEOUT_MS));
    });
    let done = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (done) return;
      done = true;
      exited = true;
      for (const timer of timers) clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8') + (signal && !cancelled ? `\n[runner] step killed by ${signal} (timeout ${options.timeoutMs} ms)\n` : '');
      resolve({ exitCode: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr, pid: child.pid, cancelled });
    };
    // A process it left running may hold its output open: the runner waits 5 s for that after the step's process exited, then goes on.
    child.on('exit', (code, signal) => {
      exited = true;
      timers.push(setTimeout(() => finish(code, signal), STREAMS_AFTER_EXIT_MS));
    });
    child.on('error', (error) => {
      for (const timer of timers) clearTimeout(timer);
      reject(error);
    });
    child.on('close', finish);
  });
}

/** Whether any process of the process group `pid` leads is still running. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The runner's rule for a step's summary (SUMMARY_LIMIT in the runner), and the margin under which #4337 strikes. */
const SUMMARY_LIMIT = 1024 * 1024;
const SUMMARY_DROP_ABOVE = SUMMARY_LIMIT - 16 * 1024;

/** The github-script action's way of running `script`: an async function given `require` and `core`. */
/** @actions/core in one file, as github-script bundles it: made by the global setup beside the tests' CLI. */
const CORE_URL = pathToFileURL(ACTIONS_CORE).href;
const GITHUB_SCRIPT_HOST = `import { createRequire } from 'node:module';
import * as core from ${JSON.stringify(CORE_URL)};
const require = createRequire(import.meta.url);
const AsyncFunction = Object.getPrototypeOf(async () => null).constructor;
const script = process.env['INPUT_SCRIPT'];
if (!process.env['INPUT_GITHUB-TOKEN']) {
  process.stdout.write('::error::Input required and not supplied: github-token\\n');
  process.exit(1);
}
try {
  const fn = new AsyncFunction('require', '__original_require__', 'github', 'octokit', 'context', 'core', 'exec', 'glob', 'io', script);
  await fn(require, require, undefined, undefined, undefined, core);
} catch (error) {
  process.stdout.write('::error::Unhandled error: ' + String(error && error.stack || error).replace(/%/g, '%25').replace(/\\r/g, '%0D').replace(/\\n/g, '%0A') + '\\n');
  process.exitCode = 1;
}
`;
const GITHUB_SCRIPT_INPUT_DEFAULTS: Record<string, string> = { 'result-encoding': 'json', retries: '0', 'user-agent': 'actions/github-script' };

export async function runAction(job: RunnerJob): Promise<ActionRun> {
  const action = parseYaml(fs.readFileSync(path.join(job.actionPath, 'action.yml'), 'utf8')) as ActionYaml;
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: runs.using is ${action.runs.using}`);
  const timeoutMs = job.timeoutMs ?? 120_000;
  const github: Record<string, string> = {
    token: job.token,
    action_path: job.hostActionPath ?? job.actionPath,
    workspace: job.workspace,
    run_id: job.env.GITHUB_RUN_ID,
    run_attempt: job.env.GITHUB_RUN_ATTEMPT,
    job: job.env.GITHUB_JOB,
    repository: job.env.GITHUB_REPOSITORY,
    event_name: job.env.GITHUB_EVENT_NAME,
    event_path: job.env.GITHUB_EVENT_PATH,
    server_url: job.env.GITHUB_SERVER_URL,
    api_url: job.env.GITHUB_API_URL,
  };
  const contexts: Contexts = {
    inputs: {},
    steps: {},
    github,
    runner: { temp: job.runnerTemp, os: job.os ?? 'Linux', arch: 'X64' },
    env: { ...job.env },
    job: { status: 'success', ...(job.checkRunId ? { check_run_id: job.checkRunId } : {}) },
    strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1, ...job.strategy },
    matrix: job.matrix ?? {},
    failed: false,
    cancelled: false,
  };
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    contexts.inputs[name] = job.inputs[name] ?? (spec.default === undefined ? '' : interpolate(String(spec.default), contexts));
  }
  for (const name of Object.keys(job.inputs)) if (!(name in contexts.inputs)) throw new Error(`unexpected input ${name}: action.yml does not declare it`);

  const run: ActionRun = { outputs: {}, steps: [], summaries: [], droppedSummaries: [], attestations: [], annotations: [], masks: [], failed: false, orphans: [] };
  /** Each step's process (the leader of its process group), for the clean-up of what the steps left running at the end of the job. */
  const stepProcesses: { id: string; pid: number }[] = [];
  const fileDir = fs.mkdtempSync(path.join(job.runnerTemp, '_runner_file_commands-'));
  const exported: Record<string, string> = {};

  for (const [index, step] of action.runs.steps.entries()) {
    const id = step.id ?? `__step${index}`;
    const name = step.name ?? id;
    if (id === job.cancelAt) {
      contexts.cancelled = true;
      contexts.job.status = 'cancelled';
      contexts.steps[id] = { outcome: 'cancelled', conclusion: 'cancelled', outputs: {} };
      run.steps.push({ id, name, ran: false, outcome: 'cancelled', exitCode: null, stdout: '', stderr: '', summary: '', env: {} });
      continue;
    }
    if (!condition(step.if, contexts)) {
      contexts.steps[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      run.steps.push({ id, name, ran: false, outcome: 'skipped', exitCode: null, stdout: '', stderr: '', summary: '', env: {} });
      continue;
    }
    const files = { output: `set_output_${index}`, env: `set_env_${index}`, summary: `step_summary_${index}`, path: `add_path_${index}` };
    for (const file of Object.values(files)) fs.writeFileSync(path.join(fileDir, file), '');
    const stepEnv: Record<string, string> = {};
    for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = interpolate(String(value), contexts);
    const env: Record<string, string> = {
      PATH: job.path ?? process.env.PATH ?? '',
      HOME: process.env.HOME ?? job.runnerTemp,
      RUNNER_OS: job.os ?? 'Linux',
      ...job.env,
      ...exported,
      GITHUB_WORKSPACE: job.workspace,
      RUNNER_TEMP: job.runnerTemp,
      GITHUB_OUTPUT: path.join(fileDir, files.output),
      GITHUB_ENV: path.join(fileDir, files.env),
      GITHUB_STEP_SUMMARY: path.join(fileDir, files.summary),
      GITHUB_PATH: path.join(fileDir, files.path),
      GITHUB_ACTION: id,
      ...stepEnv,
    };

    let result: { exitCode: number; stdout: string; stderr: string; pid?: number; cancelled?: boolean };
    if (step.run !== undefined) {
      if (step.shell !== 'sh' && step.shell !== 'bash') throw new Error(`step ${name}: the simulation runs shell: sh and bash only`);
      const script = path.join(fileDir, `step_${index}.sh`);
      fs.writeFileSync(script, interpolate(step.run, contexts));
      const cwd = path.resolve(job.workspace, interpolate(step['working-directory'] ?? '.', contexts));
      env.GITHUB_ACTION_PATH = job.actionPath;
      // As the runner starts each shell.
      const shell = step.shell === 'sh' ? (['sh', '-e', script] as const) : (['bash', '--noprofile', '--norc', '-eo', 'pipefail', script] as const);
      const cancel = job.cancelDuring?.step === id ? job.cancelDuring.when : undefined;
      result = await spawnStep(shell[0], shell.slice(1), { cwd, env, timeoutMs, cancel });
    } else if (step.uses?.startsWith('actions/github-script@')) {
      if (!/^actions\/github-script@[0-9a-f]{40}$/.test(step.uses)) throw new Error(`step ${name}: pin actions/github-script to a commit`);
      const host = fs.mkdtempSync(path.join(job.runnerTemp, '_actions-github-script-'));
      fs.writeFileSync(path.join(host, 'host.mjs'), GITHUB_SCRIPT_HOST);
      const withInputs: Record<string, string> = { ...GITHUB_SCRIPT_INPUT_DEFAULTS, 'github-token': job.token };
      for (const [key, value] of Object.entries(step.with ?? {})) withInputs[key] = interpolate(String(value), contexts);
      for (const [key, value] of Object.entries(withInputs)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
      // Only JavaScript (and container) actions are given the runtime token and results URL.
      Object.assign(env, job.jsRuntime, { GITHUB_ACTION_PATH: host });
      result = await spawnStep(process.execPath, [path.join(host, 'host.mjs')], { cwd: job.workspace, env, timeoutMs });
    } else if (step.uses?.startsWith('actions/attest-build-provenance@')) {
      if (!/@[0-9a-f]{40}$/.test(step.uses)) throw new Error(`step ${name}: pin actions/attest-build-provenance to a commit`);
      result = attest(step, contexts, env, job, run);
    } else {
      throw new Error(`step ${name}: the simulation does not run ${step.uses ?? 'this kind of step'}`);
    }

    const outputs = parseCommandFile(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'));
    // GITHUB_ENV reaches the later steps' environment and their `env` context.
    const exports = parseCommandFile(fs.readFileSync(env.GITHUB_ENV, 'utf8'));
    Object.assign(exported, exports);
    Object.assign(contexts.env, exports);
    const summary = fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    const size = Buffer.byteLength(summary);
    const stored = Buffer.byteLength(summary.replace(/\r?\n/g, '\r\n'));
    if (size > SUMMARY_LIMIT) run.droppedSummaries.push({ step: id, bytes: size, why: 'over 1 MiB: the runner refuses it' });
    else if (stored > SUMMARY_DROP_ABOVE) run.droppedSummaries.push({ step: id, bytes: stored, why: 'near 1 MiB once line endings are CRLF: dropped without a word (actions/runner#4337)' });
    else if (summary) run.summaries.push(summary);
    const commands = workflowCommands(result.stdout, id);
    run.annotations.push(...commands.annotations);
    run.masks.push(...commands.masks);
    if (result.pid !== undefined) stepProcesses.push({ id, pid: result.pid });
    if (result.cancelled) {
      contexts.cancelled = true;
      contexts.job.status = 'cancelled';
    }
    const outcome = result.cancelled ? 'cancelled' : result.exitCode === 0 ? 'success' : 'failure';
    const conclusion = outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome;
    if (conclusion === 'failure') contexts.failed = true;
    contexts.steps[id] = { outcome, conclusion, outputs };
    const log = (text: string) => masked(text, run.masks);
    run.steps.push({ id, name, ran: true, outcome, exitCode: result.exitCode, stdout: log(result.stdout), stderr: log(result.stderr), summary, env });
  }

  for (const [name, spec] of Object.entries(action.outputs ?? {})) run.outputs[name] = interpolate(spec.value, contexts);
  run.failed = contexts.failed || contexts.cancelled;
  // The runner ends what the job's steps left running (its orphan-process clean-up).
  for (const { id, pid } of stepProcesses) {
    if (!groupAlive(pid)) continue;
    run.orphans.push(id);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Gone in between.
    }
  }
  return run;
}

/**
 * actions/attest-build-provenance as its outcome is decided: it asks for an OIDC token (absent
 * without `id-token: write`: the step fails), then writes the attestation with its `github-token`
 * (the job's token by default; 403 without `attestations: write`, which only the job's token gets
 * from the workflow). It attests the files its `subject-path` glob matches.
 */
function attest(step: StepYaml, contexts: Contexts, env: Record<string, string>, job: RunnerJob, run: ActionRun): { exitCode: number; stdout: string; stderr: string } {
  const pattern = interpolate(step.with?.['subject-path'] ?? '', contexts);
  const token = step.with?.['github-token'] === undefined ? job.token : interpolate(step.with['github-token'], contexts);
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return { exitCode: 1, stdout: '::error::Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable\n', stderr: '' };
  }
  if (!job.attestationsWrite || token !== job.token) {
    return { exitCode: 1, stdout: '::error::Failed to persist attestation: Resource not accessible by integration\n', stderr: '' };
  }
  // The glob form action.yml uses: `<folder>/*/<file>`.
  const parts = pattern.split('/*/');
  if (parts.length !== 2 || parts.some((part) => part.includes('*'))) throw new Error(`the simulation expands <folder>/*/<file> globs only, not ${pattern}`);
  const files = fs.existsSync(parts[0])
    ? fs.readdirSync(parts[0]).map((entry) => path.join(parts[0], entry, parts[1])).filter((file) => fs.existsSync(file))
    : [];
  if (files.length === 0) return { exitCode: 1, stdout: `::error::Could not find subject at path ${pattern}\n`, stderr: '' };
  for (const file of files) run.attestations.push({ file, sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex') });
  const id = String(900 + run.attestations.length);
  fs.appendFileSync(env.GITHUB_OUTPUT, `attestation-id=${id}\nattestation-url=${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/attestations/${id}\n`);
  return { exitCode: 0, stdout: `Attestation created for ${files.length} subject(s)\n`, stderr: '' };
}
