import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import type { ReadEntry } from 'tar';
import { LyfeError } from '../errors.js';
import { parseRecordLine } from '../records/parse.js';
import type { LogRecord } from '../records/types.js';
import { ARCHIVE_FILE, ArchivedLogFiles, LOGS_DIR, LogFiles } from './constants.js';
import type { ConcatPart, MemberDigest, MemberThread, WrittenMember } from './gzip-thread.js';
import { memberGzip, type RecordMembers } from './text-logs.js';
import { startsLikeZip } from './zip.js';

/**
 * Compressed logs: the large files of `logs/` (the two text logs and the two `*.jsonl`) go into
 * `logs/records.tar.gz`; `execution_summary.md` and `metadata.json` stay beside it, readable.
 * Readers see the same files either way through `readPackageLogs`.
 */

export interface CompressionSizes {
  /** Bytes of the files that went into the archive. */
  before: number;
  /** Bytes of the archive. */
  after: number;
}

/**
 * How much tar reads at a time, reading an archive back. Memory depends on it: with tar's default
 * of 16 MiB, reading back 180 MiB of logs took 240 MiB.
 */
const READ_BYTES = 1024 * 1024;
const TAR_BLOCK = 512;

export interface ArchivedLogs extends CompressionSizes {
  /** The archive's own digest, hashed as it was written. */
  digest: MemberDigest;
}

/** The tar header of a member of `records.tar.gz`. */
function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(TAR_BLOCK);
  if (new tar.Header({ path: name, mode: 0o644, size, mtime, type: 'File', uid: 0, gid: 0 }).encode(block, 0)) {
    throw new LyfeError(`${name} is too large for a tar header (${size} bytes)`, { file: name, fix: 'Package the session without --compress' });
  }
  return block;
}

/**
 * Writes `logs/records.tar.gz` from the gzip members of the archived files (those missing are made
 * from the plain files first). A gzip file is any number of gzip members read as one stream
 * (RFC 1952, 2.2; `tar -xzf`, node-tar and `gunzip` read it so): each tar header, with the padding
 * of the member before it, is a small member of its own, and each file's member goes in as it is,
 * so that no byte is compressed twice. The plain files and the members stay (see `writeLogs`).
 */
export async function archiveLogs(logsDir: string, thread: MemberThread, written: RecordMembers, mtime: Date): Promise<ArchivedLogs> {
  const members: [string, WrittenMember & { gzip: string }][] = [];
  for (const name of ArchivedLogFiles) {
    const plain = path.join(logsDir, name);
    let member = written.get(name);
    if (!member?.gzip) {
      if (!member && !fs.existsSync(plain)) continue;
      member = await thread.fromFile(plain, { gzip: memberGzip(logsDir, name) });
    }
    members.push([name, { ...member, gzip: member.gzip! }]);
  }
  const parts: ConcatPart[] = [];
  let padding = 0;
  for (const [name, member] of members) {
    parts.push(gzipSync(Buffer.concat([Buffer.alloc(padding), tarHeader(name, member.bytes, mtime)])), member.gzip);
    padding = (TAR_BLOCK - (member.bytes % TAR_BLOCK)) % TAR_BLOCK;
  }
  // The end of a tar archive: two empty blocks.
  parts.push(gzipSync(Buffer.alloc(padding + 2 * TAR_BLOCK)));
  // Written by the worker, if it runs, while this thread writes the viewer.
  const digest = await thread.concat(path.join(logsDir, ARCHIVE_FILE), parts);
  return { before: members.reduce((total, [, member]) => total + member.bytes, 0), after: digest.bytes, digest };
}

/** Removes the gzip members of the record files, and the plain files too once they are `archived`. */
export function removeArchivedLogs(logsDir: string, archived: boolean): void {
  for (const name of ArchivedLogFiles) {
    fs.rmSync(memberGzip(logsDir, name), { force: true });
    if (archived) fs.rmSync(path.join(logsDir, name), { force: true });
  }
}

/** Calls `onMember` for each member of a `records.tar.gz` as it is read; `onMember` reads it as a stream. */
function visitArchive(file: string, onMember: (entry: ReadEntry) => void): void {
  try {
    tar.t({ file, sync: true, strict: true, maxReadSize: READ_BYTES, onReadEntry: onMember });
  } catch (error) {
    throw new LyfeError(`the compressed logs cannot be read: ${(error as Error).message}`, {
      file,
      fix: 'The archive is damaged; run `lyfe-kt verify` on the package to see what changed',
      cause: error,
    });
  }
}

/** The files of a `records.tar.gz`, by name; with `wanted`, only those it takes (the others are read past, not kept). */
export function readArchive(file: string, wanted: (name: string) => boolean = () => true): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  visitArchive(file, (entry) => {
    if (!wanted(entry.path)) {
      entry.resume();
      return;
    }
    const chunks: Buffer[] = [];
    entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    entry.on('end', () => files.set(entry.path, Buffer.concat(chunks)));
  });
  return files;
}

export interface PackageLogs {
  compressed: boolean;
  /** Every file of `logs/` by name, archive members included (the archive itself is not listed). */
  files: Map<string, Buffer>;
}

/**
 * `dir` is a folder, as a package is. A file given instead is said to be one: an artifact's .zip as
 * the Actions page downloads it (only `view` reads one as it is), or any other file.
 */
export function requirePackageFolder(dir: string): void {
  const stats = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stats) throw new LyfeError('no such package folder', { file: dir, fix: 'Check the path; it is read relative to the current directory' });
  if (stats.isDirectory()) return;
  if (stats.isFile() && startsLikeZip(dir)) {
    throw new LyfeError('is a .zip (a downloaded artifact), not a package folder', {
      file: dir,
      fix: `Unzip it into a folder of its own (\`unzip ${dir} -d <folder>\`) and give that folder; \`lyfe-kt view\` alone reads the .zip as it is`,
    });
  }
  throw new LyfeError('is a file, not a package folder', { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
}

/** With `wanted`, only the files of `logs/` (or members of its archive) it takes are read. */
export function readPackageLogs(packageDir: string, wanted: (name: string) => boolean = () => true): PackageLogs {
  const logsDir = path.join(packageDir, LOGS_DIR);
  requirePackageFolder(packageDir);
  if (!fs.existsSync(logsDir)) {
    throw new LyfeError('not a package: it has no logs/ folder', { file: packageDir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
  }
  const files = new Map<string, Buffer>();
  let compressed = false;
  for (const name of fs.readdirSync(logsDir).sort()) {
    const file = path.join(logsDir, name);
    if (!fs.statSync(file).isFile()) continue;
    if (name === ARCHIVE_FILE) {
      compressed = true;
      for (const [member, content] of readArchive(file, wanted)) files.set(member, content);
    } else if (wanted(name)) {
      files.set(name, fs.readFileSync(file));
    }
  }
  return { compressed, files };
}

/**
 * The records of a `*.jsonl` file, each line decoded on its own: the file as one string would be
 * past what V8 can make (512 MiB) in the package of a large run, which every reader would fail on.
 */
function parseJsonl(content: Buffer | undefined, name: string, packageDir: string): LogRecord[] {
  if (!content) return [];
  const records: LogRecord[] = [];
  for (let start = 0, line = 1; start < content.length; line++) {
    const newline = content.indexOf(0x0a, start);
    const end = newline < 0 ? content.length : newline;
    if (end > start) {
      const value = parseRecordLine(content, start, end);
      if (!value) throw new LyfeError(`line ${line} of ${name} is not a record`, { file: packageDir, fix: 'Run `lyfe-kt verify` on the package to see what changed' });
      records.push(value);
    }
    start = end + 1;
  }
  return records;
}

export interface PackageRecords {
  session_id: string | null;
  compressed: boolean;
  processing: LogRecord[];
  prompts: LogRecord[];
}

/**
 * The session records a package carries (plain or compressed), for every tool that reads a package.
 * `{ prompts: false }` reads the processing records only (`prompts` is then empty): the prompt
 * records are most of a package's records, a reader that does not need them is spared their memory.
 */
export function readPackageRecords(packageDir: string, options: { prompts?: boolean } = {}): PackageRecords {
  const withPrompts = options.prompts ?? true;
  const logs = readPackageLogs(packageDir, (name) => name === LogFiles.processingRecords || (withPrompts && name === LogFiles.promptRecords));
  const processing = parseJsonl(logs.files.get(LogFiles.processingRecords), LogFiles.processingRecords, packageDir);
  const prompts = withPrompts ? parseJsonl(logs.files.get(LogFiles.promptRecords), LogFiles.promptRecords, packageDir) : [];
  return { session_id: processing[0]?.session ?? prompts[0]?.session ?? null, compressed: logs.compressed, processing, prompts };
}

/** The records of a package, for the views of one: a folder whose `logs/` holds none is not a package to show. */
export function packageRecordsToShow(packageDir: string, options: { prompts?: boolean } = {}): PackageRecords & { session_id: string } {
  const records = readPackageRecords(packageDir, options);
  if (records.session_id === null) {
    throw new LyfeError('the package holds no records', { file: packageDir, fix: 'Give the folder of a package made by `lyfe-kt package` (`lyfe-kt verify` tells whether it is whole)' });
  }
  return { ...records, session_id: records.session_id };
}
