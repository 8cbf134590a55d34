/**
 * The session index: beside each global record file, for each session, a small file saying which
 * byte ranges of the global file hold the session's lines, so that reading one session costs its
 * own size instead of the whole file. The global file stays the complete record and the truth:
 * the index only says where to look, the reader still checks every line it is pointed to, and an
 * index it cannot trust sends it back to scanning.
 *
 * `<logDir>/index/<session>.<kind>.idx` holds text lines, each appended with one `write(2)`:
 *   `o <writer> <inode> <offset>`   a writer (one process) starts writing the session's lines to the
 *                                   global file `<inode>`, all at or after byte `<offset>`; written
 *                                   before its first line reaches the global file
 *   `r <writer> <start> <end> ...`  byte ranges `[start, end)` holding lines of the writer
 *   `k <writer> <from> <to> <start> <end>`
 *                                   the writer's lines of the session in `[start, end)` of the global
 *                                   file are, byte for byte and in order, bytes `[from, to)` of the
 *                                   session's copy (below); written after the copy
 *   `c <writer>`                    the writer's lines are all in its `r` ranges
 *   `x <writer>`                    the session has lines written without the index (by an older
 *                                   lyfe-kt or another tool): readers scan the whole file
 * A writer is `<pid>-<random>`. One killed before `c` leaves its last lines unindexed: the reader
 * scans the global file from its last known byte to the end for them.
 *
 * `<logDir>/index/<session>.<kind>.lines` is the session's copy: the lines its writers wrote alone
 * (no other process appended to the global file meanwhile) and whole (each after a newline), each
 * writer appending those of a flush with one `write(2)` before its `k` entry. Reading them there
 * costs a few large reads where the global file, the sessions interleaved, costs one read per line.
 * The copy's bytes that no `k` names (a writer killed between the two writes) are never read, and
 * a `k` is read from the copy only when the copy is still the file it names and no two entries name
 * the same bytes of it: a copy removed and written again, or cut and appended to, is not trusted.
 */
export declare const INDEX_FOLDER = "index";
/** The index of the session's lines in the global record file `recordFile` (`<logDir>/<kind>.jsonl`). */
export declare function sessionIndexFile(recordFile: string, sessionId: string): string;
/** The session's copy of its lines of the global record file `recordFile`. */
export declare function sessionCopyFile(recordFile: string, sessionId: string): string;
export declare const openEntry: (inode: number, offset: number) => string;
export declare const rangesEntry: (ranges: readonly number[]) => string;
export declare const copiedEntry: (copyInode: number, from: number, to: number, start: number, end: number) => string;
export declare const closeEntry: () => string;
export declare const unindexedEntry: () => string;
/** Where the reader must look for the session's lines, and why it cannot use the index when it cannot. */
/** A read of the session's lines: byte ranges `[start, end)` of its copy, or spans of the global file. */
export interface PlannedRead {
    copy: boolean;
    /** Of the copy: its lines' ranges, adjacent ones as one. Of the global file: sorted, disjoint spans, `end` possibly `Infinity` ("to its end"). */
    ranges: number[];
    /**
     * Of the copy: for each `k` entry read, where its first line starts in the copy and in the global
     * file, three numbers each (with the entry's length in the copy), for the reader to check that the
     * global file still holds that line there.
     */
    starts?: number[];
}
export type IndexPlan = {
    usable: true;
    /** The reads, in the global file's order of the lines they give. */
    reads: PlannedRead[];
    /** Says that part of the file is scanned because a writer stopped without closing its index, or the copy is missing. */
    note?: string;
} | {
    usable: false;
    note: string;
};
/** The session's copy as the reader found it: the file's inode and size. */
export interface CopyFile {
    inode: number;
    size: number;
}
/**
 * The plan for reading the session from a global file of `inode` and `size` bytes and its copy
 * (`undefined`: there is none), from its index text (read before the sizes were taken, so that
 * every range in it is within the files). Each line is `<type> <writer>[ <number>]...`.
 */
export declare function planFromIndex(text: string, inode: number, size: number, indexFile: string, copy?: CopyFile): IndexPlan;
/** The index text of the session, or undefined when it has none. */
export declare function readIndexText(file: string): string | undefined;
