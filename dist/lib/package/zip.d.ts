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
