import type { ArtifactClient } from '@actions/artifact';
import { type MergeResult } from '../package/merge.js';
import type { SessionSummary } from '../records/session-model.js';
import { type RunIdentity } from './names.js';
/**
 * `mode: merge`: the fan-in job of a sharded run. It downloads the packages the shard jobs of this
 * workflow run (this attempt) uploaded, and merges them into one package, reported once.
 */
export interface MergedShards {
    merged: MergeResult;
    /** The merged package's session model (over every shard's session), for the summary and the comment. */
    summary: SessionSummary;
    /** The artifacts merged, by name. */
    artifacts: string[];
    /** Artifacts of this run left out: a package of a whole run (another job of this action), or with `shardJob` of another sharded job. */
    skipped: string[];
}
export declare function mergeShardArtifacts(client: ArtifactClient, options: {
    identity: RunIdentity;
    title: string;
    downloadDir: string;
    outputDir: string;
    sessionId: string;
    compress: boolean;
    shardJob?: string;
}): Promise<MergedShards>;
