import { LyfeError } from '../errors.js';
import type { ShardInfo } from '../pipeline/shard.js';
import { type SessionSummary } from '../records/session-model.js';
import type { ShardEntry } from './metadata.js';
import type { QualityReport } from './quality-issues/types.js';
export interface MergeOptions {
    /** The shard packages, one per shard index. */
    packages: string[];
    title: string;
    /** Where the merged package goes; `packages` by default. */
    outputDir?: string;
    compress?: boolean;
    /** The merged package's `session_id`; default: a new one. Each shard keeps its own. */
    session?: string;
}
export interface MergeResult {
    path: string;
    name: string;
    title: string;
    session_id: string;
    success: boolean;
    shards: ShardEntry[];
    files: number;
    bytes: number;
    digest: string;
    quality_issues: QualityReport['counts'];
    /** What the merged package does not say as the shards did: the table its cost is priced with, when it is not the shards'. */
    warnings: string[];
}
/** What `mergePackages` returns: the result, and the merged session's model that the package's views render. */
export interface MergedPackage extends MergeResult {
    summary: SessionSummary;
}
/** The shard a package ran (`metadata.json`'s `shard`) and its session; undefined for a package of a whole run. */
export declare function shardOfPackage(dir: string): {
    shard: ShardInfo;
    sessionId: string;
} | undefined;
/** Shards of the run that no package given is: `missing`, the indexes. */
export declare class MissingShards extends LyfeError {
    readonly missing: number[];
    constructor(missing: number[], total: number, given: string, fix: string);
}
/** Packages that are shards of more than one run: different totals, different articles split (another folder, or one that changed between the jobs), one shard twice, or one session for several. */
export declare class NotOneRun extends LyfeError {
}
/**
 * Merges the shard packages into one: each verified first, the shards checked to be those of one
 * run, the package assembled in a hidden folder and renamed into place only when complete.
 */
export declare function mergePackages(options: MergeOptions): Promise<MergedPackage>;
