import fs from 'node:fs';
import path from 'node:path';
function filesUnder(folder) {
    return fs
        .readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}
/** The artifact's page, as GitHub shows it under the run. */
function artifactUrlOf(id, env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
/**
 * Uploads the package with its own folder as the artifact's top level, so that the unzipped
 * artifact is the package as `lyfe-kt verify` expects it.
 */
export async function uploadPackage(client, options) {
    const stat = fs.statSync(options.packagePath);
    const files = stat.isDirectory() ? filesUnder(options.packagePath) : [options.packagePath];
    let id;
    try {
        const result = await client.uploadArtifact(options.name, files, path.dirname(options.packagePath), {
            retentionDays: options.retentionDays,
        });
        id = result.id;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`uploading the package as artifact ${options.name} failed: ${reason}`, { cause: error });
    }
    if (id === undefined)
        throw new Error(`uploading the package as artifact ${options.name} failed: the service returned no artifact id`);
    return { id, url: artifactUrlOf(id, options.env) };
}
