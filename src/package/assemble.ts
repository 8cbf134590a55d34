import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errorText, LyfeError } from '../errors.js';
import { readSessionModel, type SessionRead } from '../records/session-read.js';
import type { SessionSummary } from '../records/session-model.js';
import { Events } from '../records/types.js';
import { record } from '../records/writer.js';
import { requireSession } from '../session/context.js';
import { runStage } from '../stage/run-stage.js';
import { clearWorkSession, readWorkSession } from '../session/store.js';
import { VERSION } from '../version.js';
import { compressLogs } from './archive.js';
import { ArchivedLogFiles, AUTO_COMPRESS_BYTES, LOGS_DIR, LogFiles, WorkFolderNames, WorkFolders } from './constants.js';
import { renderExecutionSummary } from './execution-summary.js';
import { writeManifest } from './manifest.js';
import { renderMetadata, type PackageInfo } from './metadata.js';
import { RecordLocator, writePackageQualityReport, type QualityReport } from './quality-issues/index.js';
import { RecordLogsWriter } from './text-logs.js';
import { writeLogsViewer } from './viewer/page.js';
import { packageFolderName, packageTitle } from './title.js';

export interface PackageOptions {
  workDir: string;
  /** Folder of the global record files. */
  logDir: string;
  /** Where packages go; `packages` by default. */
  outputDir?: string;
  title?: string;
  /** Copy the work folders instead of moving them. */
  keepWork?: boolean;
  /** The session to package; default: the work folder's. */
  session?: string;
  /** Compress the logs (they are compressed anyway above AUTO_COMPRESS_BYTES). */
  compress?: boolean;
}

export interface PackageResult {
  /** The package folder, as `<outputDir>/<name>`. */
  path: string;
  name: string;
  title: string;
  session_id: string;
  /** Whether the packaged run succeeded (not whether packaging did: a failed run packages fine). */
  success: boolean;
  stages_executed: string[];
  /** Files in the package, manifest included. */
  files: number;
  /** Files taken from the work folder. */
  work_files: number;
  bytes: number;
  logs: { compressed: boolean; bytes: number; compressed_bytes: number | null };
  /** The manifest digest: names this exact package. */
  digest: string;
  /** How many quality issues of each severity `logs/quality_issues.json` holds. */
  quality_issues: QualityReport['counts'];
  kept_work: boolean;
  warnings: string[];
}

const TEMP_MARK = '.tmp-';
/** Same-minute packages get `-2` ... up to this suffix. */
const MAX_SUFFIX = 100;

function outputNames(workDir: string): string[] {
  const dir = path.join(workDir, '03_output');
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Copies the regular files of `from` into `to`, following symbolic links to files; returns how many. */
function copyTree(from: string, to: string): number {
  fs.mkdirSync(to, { recursive: true });
  let count = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const stat = entry.isSymbolicLink() ? fs.statSync(source) : entry;
    if (stat.isDirectory()) count += copyTree(source, target);
    else if (stat.isFile()) {
      fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
      count += 1;
    } else {
      throw new LyfeError('cannot package it: it is not a regular file or folder', { file: source, fix: 'Move it out of the work folder, then package again' });
    }
  }
  return count;
}

/**
 * Writes the record files of `logs/` from the session's records, streamed a record at a time from
 * the global files; the same pass gives the session's model.
 */
function writeRecordLogs(logsDir: string, logDir: string, sessionId: string, locator: RecordLocator): SessionRead {
  const writer = new RecordLogsWriter(logsDir);
  try {
    return readSessionModel(logDir, sessionId, {
      visit: (record, kind) => {
        locator.add(record, kind);
        if (kind === 'processing') writer.processing(record);
        else writer.prompt(record);
      },
    });
  } finally {
    writer.close();
  }
}

interface LogsWritten {
  compressed: boolean;
  bytes: number;
  compressedBytes: number | null;
  summary: SessionSummary;
  quality: QualityReport;
}

/** Renders every file of `logs/` from the records; the metadata last, since it records the sizes. */
async function writeLogs(logsDir: string, logDir: string, sessionId: string, options: { compress: boolean; title: string; now: Date }): Promise<LogsWritten> {
  fs.mkdirSync(logsDir, { recursive: true });
  const locator = new RecordLocator();
  const { summary, skipped } = writeRecordLogs(logsDir, logDir, sessionId, locator);
  const write = (name: string, text: string): void => fs.writeFileSync(path.join(logsDir, name), text);
  const quality = writePackageQualityReport(path.dirname(logsDir), summary, locator);
  write(LogFiles.summary, renderExecutionSummary(summary, quality));
  await writeLogsViewer(logsDir, { title: options.title, session: summary, quality });
  const bytes = ArchivedLogFiles.reduce((total, name) => total + fs.statSync(path.join(logsDir, name)).size, 0);
  const compress = options.compress || bytes >= AUTO_COMPRESS_BYTES;
  const compressedBytes = compress ? (await compressLogs(logsDir)).after : null;
  const info: PackageInfo = {
    title: options.title,
    created_at: options.now.toISOString(),
    tool_version: VERSION,
    compressed: compress,
    logs_bytes: bytes,
    logs_compressed_bytes: compressedBytes,
    skipped_lines: skipped,
  };
  write(LogFiles.metadata, renderMetadata(summary, info));
  return { compressed: compress, bytes, compressedBytes, summary, quality };
}

/** Renames the assembled folder into place under the first free name; never replaces a package. */
function placePackage(temp: string, outputDir: string, title: string, now: Date): string {
  for (let attempt = 1; attempt <= MAX_SUFFIX; attempt++) {
    const target = path.join(outputDir, packageFolderName(title, now, attempt));
    if (fs.existsSync(target)) continue;
    try {
      fs.renameSync(temp, target);
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTEMPTY') continue; // taken meanwhile by another packager
      throw error;
    }
  }
  throw new LyfeError(`${MAX_SUFFIX} packages named ${title} already exist for this minute`, { file: outputDir, fix: 'Give another title' });
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function failure(error: unknown, outputDir: string): LyfeError {
  if (error instanceof LyfeError) return error;
  const cause = error as NodeJS.ErrnoException;
  return new LyfeError(`packaging failed: ${errorText(error)}`, {
    file: cause.path ?? outputDir,
    fix: 'No package was written and the work folder is as it was; fix the cause (free space, permissions) and run `lyfe-kt package` again',
    cause: error,
  });
}

/**
 * Packages a run: its work folders and its session's records, rendered into `logs/`, with a
 * manifest. The package is assembled in a hidden folder next to its destination and renamed into
 * place only when complete; the work folders are removed (unless `keepWork`) only after that.
 */
export async function packageRun(options: PackageOptions): Promise<PackageResult> {
  const outputDir = options.outputDir ?? 'packages';
  const now = new Date();
  // A bad title is refused before anything is recorded or written.
  const title = packageTitle(options.title, outputNames(options.workDir));
  const folders = WorkFolderNames.filter((name) => fs.existsSync(path.join(options.workDir, name)));
  if (folders.length === 0 && !options.session && !readWorkSession(options.workDir)) {
    throw new LyfeError('nothing to package: the work folder has no run in it', {
      file: options.workDir,
      fix: 'Run `lyfe-kt preprocess` and `lyfe-kt generate` first, or pass --work-dir of the run',
    });
  }

  const run = await runStage({ stage: 'package', workDir: options.workDir, logDir: options.logDir, session: options.session }, async (stats) => {
    const sessionId = requireSession().sessionId;
    const warnings: string[] = [];
    let temp: string | undefined;
    let placed: string;
    let written: LogsWritten;
    let success: boolean;
    let stagesExecuted: string[];
    let digest: string;
    try {
      fs.mkdirSync(outputDir, { recursive: true });
      // Not mkdtemp: its mode 0700 would stay on the package; this folder follows the umask like those inside it.
      temp = path.join(outputDir, `.${packageFolderName(title, now)}${TEMP_MARK}${randomBytes(3).toString('hex')}`);
      fs.mkdirSync(temp);
      for (const name of WorkFolderNames) {
        const source = path.join(options.workDir, name);
        if (fs.existsSync(source)) stats.filesIn += copyTree(source, path.join(temp, name));
        else fs.mkdirSync(path.join(temp, name));
      }

      // The run as its processing records say it went, before packaging records its end.
      const outcome = readSessionModel(options.logDir, sessionId, { kinds: ['processing'] }).summary;
      if (outcome.problems.some((problem) => problem.code === 'no_pipeline_stage')) {
        warnings.push(`session ${sessionId} has no pipeline records in ${options.logDir}: is --log-dir the folder the run wrote to?`);
      }
      // An output the session recorded and the package lacks makes the run a failure (its end says which).
      const outputFolder = path.join(temp, WorkFolders.output);
      const missing = outcome.output_files.filter((file) => !fs.existsSync(path.join(outputFolder, file)));
      const ended = outcome.success && missing.length === 0;
      record(ended ? 'info' : 'warn', Events.sessionEnd, `session ${sessionId} ended: ${ended ? 'success' : 'failed'}`, {
        stage: 'session',
        data: { success: ended, work_files: stats.filesIn, title, ...(missing.length ? { missing_outputs: missing } : {}) },
      });

      written = await writeLogs(path.join(temp, LOGS_DIR), options.logDir, sessionId, { compress: Boolean(options.compress), title, now });
      success = written.summary.success;
      stagesExecuted = written.summary.stages_executed;
      digest = writeManifest(temp).digest;
      placed = placePackage(temp, outputDir, title, now);
      temp = undefined;
    } catch (error) {
      if (temp) fs.rmSync(temp, { recursive: true, force: true });
      throw failure(error, outputDir);
    }

    if (!options.keepWork) {
      for (const name of folders) {
        try {
          fs.rmSync(path.join(options.workDir, name), { recursive: true, force: true });
        } catch (error) {
          warnings.push(`the package is complete, but ${path.join(options.workDir, name)} could not be removed: ${errorText(error)}`);
        }
      }
    }
    clearWorkSession(options.workDir);
    for (const warning of warnings) record('warn', Events.warning, warning);

    const size = sizeOf(placed);
    stats.filesOut = size.files;
    const result: PackageResult = {
      path: placed,
      name: path.basename(placed),
      title,
      session_id: sessionId,
      success,
      stages_executed: stagesExecuted,
      files: size.files,
      work_files: stats.filesIn,
      bytes: size.bytes,
      logs: { compressed: written.compressed, bytes: written.bytes, compressed_bytes: written.compressedBytes },
      digest,
      quality_issues: written.quality.counts,
      kept_work: Boolean(options.keepWork),
      warnings,
    };
    return result;
  });
  return run.result;
}

