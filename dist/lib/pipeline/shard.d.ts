/**
 * Splitting a folder of articles into shards, for runs fanned out over many machines (a GitHub
 * Actions matrix). The answer depends only on the files' paths relative to the folder (with `/`)
 * and their sizes: every machine that lists the same folder gets the same shards.
 */
/** Which shard of how many. */
export interface ShardSpec {
    index: number;
    total: number;
}
/** A shard as a run records it: which one, and of which listing (so that a merge can tell shards of one run). */
export interface ShardInfo extends ShardSpec {
    /** SHA-256 of the whole listing (`<relative path>\t<bytes>\n`, sorted): equal for the shards of one folder. */
    listing: string;
    /** Files in the whole listing, all shards together. */
    all_files: number;
}
export interface ShardPlan {
    listing: string;
    /** The files of each shard, as given, in path order. */
    shards: string[][];
}
/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
export declare const MAX_SHARDS = 256;
/** A shard count from 1 to MAX_SHARDS; `fix` names the option that gave it. */
export declare function checkShardTotal(total: number, fix?: string): number;
/** A shard index and total; the index counts from 0. */
export declare function checkShard(spec: ShardSpec, totalFix?: string): ShardSpec;
/** `I/N`, as `run --shard` takes it. */
export declare function parseShard(value: string): ShardSpec;
/**
 * `--index I --total N`, as `shard` takes them: each a whole number written in digits. (`Number`
 * alone takes an empty or blank text for 0, and `0x1` or `2.0` as numbers: a matrix job whose
 * index variable is unset would list shard 0.)
 */
export declare function shardOfOptions(index: string, total: string): ShardSpec;
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
export declare function planShards(dir: string, files: readonly string[], total: number): ShardPlan;
/** The files of one shard, with what a run records of it. */
export declare function selectShard(dir: string, files: readonly string[], spec: ShardSpec): {
    files: string[];
    info: ShardInfo;
};
