import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ProviderName } from '../pipeline/providers.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import type { SchemaVersion } from '../pipeline/schema.js';
import { FAIL_ON_LEVELS, type FailOn } from '../package/quality-issues/types.js';

/** Options every command that reads or writes a session has. */
export interface SessionOptions {
  workDir: string;
  logDir: string;
  session?: string;
  quiet?: boolean;
  json?: boolean;
}

export interface FailOnOptions {
  failOn?: FailOn;
}

export interface GenerationOptions {
  provider?: ProviderName;
  model?: string;
  schemaVersion: SchemaVersion;
  concurrency: number;
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
    .option('--model <name>', 'model name for the openai provider (default gpt-4o-mini)')
    .addOption(new Option('--schema-version <v>', 'supertask schema version to validate against').choices(['1.0', '1.1']).default('1.1'))
    .option('--concurrency <n>', 'files processed at once', parsePositiveInt, DEFAULT_CONCURRENCY);
}

/** `--fail-on` of `run` and `generate`: from the flag or LYFE_KT_FAIL_ON, where empty means never (an action input left empty). */
export function addFailOnOption(command: Command): Command {
  return command.addOption(
    new Option('--fail-on <severity>', 'exit with code 4 when a quality issue of this severity or worse is found: error or warning (env LYFE_KT_FAIL_ON)')
      .env('LYFE_KT_FAIL_ON')
      .argParser(parseFailOn),
  );
}

function parseFailOn(value: string): FailOn | undefined {
  if (value === '') return undefined;
  if (!(FAIL_ON_LEVELS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${FAIL_ON_LEVELS.join(' or ')}`);
  return value as FailOn;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new InvalidArgumentError('expected a whole number from 1 to 64');
  }
  return n;
}

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
