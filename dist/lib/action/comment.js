/** The pull request an event is about, if any. */
export function pullRequestOf(event, repository) {
    const pr = event.pull_request;
    const [owner, repo] = (repository ?? '').split('/');
    if (!pr || typeof pr.number !== 'number' || !owner || !repo)
        return undefined;
    return { owner, repo, issueNumber: pr.number };
}
/**
 * One comment per pull request and job: the comment that starts with `marker` is updated, else
 * one is created. The body must already start with the marker.
 */
export async function upsertComment(octokit, target, marker, body) {
    const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
    const existing = await octokit.paginate(octokit.rest.issues.listComments, params, (response, done) => {
        const found = response.data.find((comment) => comment.body?.startsWith(marker));
        if (found)
            done();
        return found ? [found] : [];
    });
    if (existing.length > 0) {
        await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing[0].id, body });
        return { id: existing[0].id, action: 'updated' };
    }
    const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { id: created.data.id, action: 'created' };
}
