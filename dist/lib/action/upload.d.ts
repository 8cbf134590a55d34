import type { ArtifactClient } from '@actions/artifact';
export interface UploadedArtifact {
    id: number;
    url: string;
}
export interface UploadOptions {
    name: string;
    /** The package: a folder, or one archive file. */
    packagePath: string;
    retentionDays?: number;
    env: NodeJS.ProcessEnv;
}
/**
 * Uploads the package with its own folder as the artifact's top level, so that the unzipped
 * artifact is the package as `lyfe-kt verify` expects it.
 */
export declare function uploadPackage(client: ArtifactClient, options: UploadOptions): Promise<UploadedArtifact>;
