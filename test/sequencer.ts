import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order the two workers take the files in, the same on a clean clone as on a machine that ran
 * the suite before.
 *
 * vitest orders by the durations it cached in `node_modules/.vite` and, without them (CI's clean
 * clone), by file size: the longest files then came last and ran side by side at the end while the
 * other worker had nothing left (26 s with one worker busy, against 14 s with the cache). Here the
 * longest files go first, longest first, so the short ones fill in at the end; their durations
 * (seconds, on this 2-core machine) only order them, and a file missing from the list runs between
 * them and the memory-heavy ones.
 *
 * The memory-heavy files leave their worker process holding hundreds of MB (a browser page of
 * 100,000 records, four bundlers' builds, 80,000 records parsed at once): `isolate: false` keeps the
 * worker for the files after them, and on Linux every child process a worker starts copies its page
 * tables (Node forks): from a worker of ~500 MB a spawn costs ~30 ms of CPU against ~6 ms from one
 * of ~50 MB. They run last, longest first, so the files that start most of the suite's children
 * start them from small workers.
 */
const LONGEST_FIRST = [
  'test/action/action-pr.test.ts', // 14.7
  'test/package/many-records.test.ts', // 13.5
  'test/action/action-runners.test.ts', // 13.2
  'test/action/action-events.test.ts', // 12.0
  'test/action/action-comments.test.ts', // 11.5
  'test/package/cli.test.ts', // 9.2
  'test/action/shard-merge.test.ts', // 8.6
  'test/reliability/sigkill.test.ts', // 8.1
  'test/compare/cli.test.ts', // 6.8
  'test/cli/run.test.ts', // 6.8
  'test/records/logs-cli.test.ts', // 6.2
  'test/reliability/bad-input.test.ts', // 6.1
  'test/viewer/package-viewer.test.ts', // 5.0
  'test/plugin/openai.test.ts', // 4.9
  'test/layers.test.ts', // 4.2
  'test/reliability/defects.test.ts', // 4.1
  'test/consumer/pack.test.ts', // 3.5
  'test/viewer/view-cli.test.ts', // 3.1
  'test/package/streamed-logs.test.ts', // 2.8
  'test/action/compare-action.test.ts', // 2.7
  'test/viewer/injection.test.ts', // 2.4
  'test/action/compare-base.test.ts', // 2.1
  'test/package/outcome.test.ts', // 2.1
];

const MEMORY_HEAVY_LONGEST_FIRST = [
  'test/plugin/builds.test.ts', // 9.9
  'test/viewer/large-session.test.ts', // 9.8
  'test/records/concurrent-writers.test.ts', // 7.7
  'test/plugin/watch.test.ts', // 2.7
  'test/quality/output-rules.test.ts',
  'test/action/workflows.test.ts',
  'test/records/filter-reference.test.ts',
];

export default class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (list: string[], file: TestSpecification) => list.findIndex((name) => file.moduleId.endsWith(name));
    const listed = (list: string[]) =>
      sorted
        .filter((file) => rank(list, file) >= 0)
        .sort((a, b) => rank(list, a) - rank(list, b));
    const rest = sorted.filter((file) => rank(LONGEST_FIRST, file) < 0 && rank(MEMORY_HEAVY_LONGEST_FIRST, file) < 0);
    return [...listed(LONGEST_FIRST), ...rest, ...listed(MEMORY_HEAVY_LONGEST_FIRST)];
  }
}
