export interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    localOffset: number;
}
/** The entries of a zip, from its central directory. */
export declare function zipEntries(zip: Buffer, file: string): ZipEntry[];
/** The bytes of one entry. */
export declare function readZipEntry(zip: Buffer, entry: ZipEntry, file: string): Buffer;
/**
 * Every file of a zip written under `dir`, as the zip names them. A name that would land outside
 * `dir` (absolute, or with `..`) is refused before anything is written: an artifact is data.
 */
export declare function extractZip(zip: Buffer, file: string, dir: string): string[];
