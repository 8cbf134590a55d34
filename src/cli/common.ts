import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_OPENAI_MODEL } from '../llm/openai.js';
import { REASONING_EFFORTS, RESPONSE_FORMATS, type ReasoningEffort, type ResponseFormatChoice } from '../llm/model-params.js';
import { DEFAULT_TIMEOUT_SECONDS, type ProviderName } from '../pipeline/providers.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import type { SchemaVersion } from '../pipeline/schema.js';

/** Options every command that reads or writes a session has. */
export interface SessionOptions {
  workDir: string;
  logDir: string;
  session?: string;
  quiet?: boolean;
  json?: boolean;
}

export interface GenerationOptions {
  provider?: ProviderName;
  model?: string;
  schemaVersion: SchemaVersion;
  concurrency: number;
  reasoningEffort?: ReasoningEffort;
  responseFormat: ResponseFormatChoice;
  /** Seconds. */
  timeout: number;
  maxCompletionTokens?: number;
}

export function addSessionOptions(command: Command): Command {
  return command
    .option('--work-dir <dir>', 'work folder of the run (01_raw, 02_preprocessed, 03_output, reports)', process.env.LYFE_KT_WORK_DIR ?? 'work')
    .option('--log-dir <dir>', 'folder of the global record files (env LYFE_KT_LOG_DIR)', process.env.LYFE_KT_LOG_DIR ?? 'logs')
    .option('--session <id>', "session to record into (env LYFE_KT_SESSION); default: the work folder's, else a new one", process.env.LYFE_KT_SESSION || undefined)
    .option('-q, --quiet', 'print nothing but errors on stderr')
    .option('--json', 'print the machine-readable result on stdout');
}

export function addGenerationOptions(command: Command): Command {
  return command
    .addOption(new Option('--provider <name>', 'LLM provider; default: openai when OPENAI_API_KEY is set, else offline').choices(['openai', 'offline']))
    .option('--model <name>', `model name for the openai provider (default ${DEFAULT_OPENAI_MODEL}); on Azure OpenAI, the deployment`)
    .addOption(new Option('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
    .option('--concurrency <n>', 'files processed at once', parsePositiveInt, DEFAULT_CONCURRENCY)
    .addOption(
      new Option('--reasoning-effort <level>', "reasoning effort of reasoning models (GPT-5 family, o-series); default: the model's own")
        .choices(REASONING_EFFORTS)
        .env('LYFE_KT_REASONING_EFFORT'),
    )
    .addOption(
      new Option('--response-format <format>', 'json_schema: Structured Outputs; json_object: JSON mode; auto: json_schema, falling back once to json_object where refused')
        .choices(RESPONSE_FORMATS)
        .default('auto')
        .env('LYFE_KT_RESPONSE_FORMAT'),
    )
    .addOption(
      new Option('--timeout <seconds>', 'seconds one LLM request may take before it is retried')
        .argParser(wholeNumber(1, 3600))
        .default(DEFAULT_TIMEOUT_SECONDS)
        .env('LYFE_KT_TIMEOUT'),
    )
    .addOption(
      new Option('--max-completion-tokens <n>', 'output token limit of every request, reasoning included; default: per request, with room for reasoning')
        .argParser(wholeNumber(1, 1_000_000))
        .env('LYFE_KT_MAX_COMPLETION_TOKENS'),
    );
}

/** A commander parser for a whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

export const parsePositiveInt = wholeNumber(1, 64);

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorEnabled(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

export function paint(code: number, text: string, stream: NodeJS.WriteStream = process.stderr): string {
  return colorEnabled(stream) ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export const colors = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;

/** Human progress and notes on stderr: a bar on a terminal, one line per file otherwise. */
export class Reporter {
  private barShown = false;

  constructor(private readonly options: { quiet?: boolean }) {}

  note(message: string): void {
    if (this.options.quiet) return;
    this.clearBar();
    process.stderr.write(`${message}\n`);
  }

  warn(message: string): void {
    this.clearBar();
    process.stderr.write(`${paint(colors.yellow, 'warning')} ${message}\n`);
  }

  progress(event: { file: string; done: number; total: number; ok: boolean }): void {
    if (this.options.quiet) return;
    const mark = event.ok ? paint(colors.green, 'ok') : paint(colors.red, 'invalid');
    if (process.stderr.isTTY) {
      const width = 24;
      const filled = Math.round((event.done / event.total) * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total} ${path.basename(event.file)}`;
      process.stderr.write(`\r\u001b[2K${bar.slice(0, (process.stderr.columns || 80) - 1)}`);
      this.barShown = true;
      if (event.done === event.total) this.clearBar();
    } else {
      process.stderr.write(`[${event.done}/${event.total}] ${mark} ${event.file}\n`);
    }
  }

  private clearBar(): void {
    if (this.barShown) {
      process.stderr.write('\r\u001b[2K');
      this.barShown = false;
    }
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
