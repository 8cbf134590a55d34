/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
export declare function writeFileAtomic(file: string, content: string): void;
