import type { MemberDigest } from './gzip-thread.js';
import { type LogRecord } from '../records/types.js';
/**
 * `manifest.json`: the SHA-256 of every file of a package, and one digest over all of them, so that
 * any changed, missing or added byte is found by `lyfe-kt verify`. The digest is what to quote
 * (in a PR comment, a ticket) to name one exact package.
 */
export declare const MANIFEST_FORMAT = "lyfe-kt-package-manifest/1";
export interface ManifestEntry {
    sha256: string;
    bytes: number;
}
export interface Manifest {
    format: typeof MANIFEST_FORMAT;
    algorithm: 'sha256';
    /**
     * SHA-256 of the lines `<sha256>  <path>\n` of every file, sorted by path, as `sha256sum` prints
     * them: a path with a backslash, line feed or carriage return escaped (`\\`, `\n`, `\r`), its line
     * starting with a backslash.
     */
    digest: string;
    /** Paths relative to the package, with `/`, sorted; `manifest.json` itself is not listed. */
    files: Record<string, ManifestEntry>;
}
export declare function entryOf(content: Buffer): ManifestEntry;
/** The digests of the files `names` (package paths) of the package in `dir`, read now: known digests for `buildManifest`. */
export declare function digestFiles(dir: string, names: readonly string[]): Map<string, MemberDigest>;
export declare function digestOf(files: Record<string, ManifestEntry>, line?: (name: string, entry: ManifestEntry) => string): string;
/** The outputs a session's records say its stages wrote, as sorted package paths (`03_output/x.json`). */
export declare function recordedOutputs(processing: Iterable<LogRecord>): string[];
/**
 * The manifest of the package in `dir`: every file in it, hashed from disk unless `known` (digests
 * packaging took of what it wrote, by package path) has it.
 */
export declare function buildManifest(dir: string, known?: ReadonlyMap<string, MemberDigest>): Manifest;
/** The bytes of the package in `dir` that `manifest` lists: its files, and manifest.json itself. */
export declare function packageBytes(dir: string, manifest: Manifest): number;
export declare function writeManifest(dir: string, known?: ReadonlyMap<string, MemberDigest>): Manifest;
export interface VerifyResult {
    ok: boolean;
    /** Files listed in the manifest. */
    files: number;
    digest: string | null;
    changed: string[];
    /** Of `changed`, those whose only change is their line breaks, LF made CRLF (git's `core.autocrlf` on Windows does it). */
    crlf: string[];
    missing: string[];
    added: string[];
    /** Anything else found wrong: a damaged manifest, a digest that does not match its entries. */
    problems: string[];
}
export declare function readManifest(dir: string): Manifest;
/**
 * Recomputes every hash of a package and compares it with its manifest, and checks that it holds
 * every output its records say the run wrote.
 */
export declare function verifyPackage(dir: string): VerifyResult;
