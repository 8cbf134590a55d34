import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files whose work leaves their worker process holding hundreds of MB (a browser page of 100,000
 * records, four bundlers' builds, 80,000 records parsed at once): `isolate: false` keeps the worker
 * for the files after them, and on Linux every child process a worker starts copies its page
 * tables (Node forks): from a worker of ~500 MB a spawn costs ~30 ms of CPU against ~6 ms from one
 * of ~50 MB. They run last, so the files that start most of the suite's children start them from
 * small workers.
 */
const MEMORY_HEAVY = ['test/viewer/large-session.test.ts', 'test/plugin/builds.test.ts', 'test/records/concurrent-writers.test.ts', 'test/plugin/watch.test.ts', 'test/quality/output-rules.test.ts', 'test/action/workflows.test.ts', 'test/records/filter-reference.test.ts'];

export default class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const heavy = (file: TestSpecification) => MEMORY_HEAVY.some((name) => file.moduleId.endsWith(name));
    return [...sorted.filter((file) => !heavy(file)), ...sorted.filter(heavy)];
  }
}
