/**
 * The bytes the entries of one zip may unpack to, all together: a package's artifact is far
 * smaller (records over 64 MiB are packaged compressed), and a zip's few KiB may declare, or
 * inflate to, gigabytes.
 */
export declare const ZIP_MAX_BYTES: number;
export interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    /** What the zip says the entry unpacks to: it may unpack to no more. */
    size: number;
    localOffset: number;
}
/** Whether a file begins as a zip does: a file entry's header, or the end record of an empty zip. */
export declare function startsLikeZip(file: string): boolean;
/** The entries of a zip, from its central directory; refused when they declare more than `ZIP_MAX_BYTES` in all. */
export declare function zipEntries(zip: Buffer, file: string): ZipEntry[];
/** The bytes of one entry: no more than it declares, inflated no further (a zip bomb's entry declares a few bytes). */
export declare function readZipEntry(zip: Buffer, entry: ZipEntry, file: string): Buffer;
/**
 * Every file of a zip written under `dir`, as the zip names them. A name that would land outside
 * `dir` (absolute, or with `..`) is refused before anything is written: an artifact is data.
 */
export declare function extractZip(zip: Buffer, file: string, dir: string): string[];
