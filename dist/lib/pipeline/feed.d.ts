/**
 * Inputs handed to a stage one by one while the stage before it still runs (`run` gives generation
 * each filled template as preprocessing writes it). One reader takes them with `for await`, in the
 * order they were pushed; `end()` says no more will come.
 */
export declare class Feed<T> implements AsyncIterable<T> {
    readonly count: number;
    private readonly items;
    private ended;
    private wake;
    private settleFirst;
    /** True once something was pushed; false when the feed ended empty. */
    readonly first: Promise<boolean>;
    private pushed;
    /** @param count How many inputs may come at most. */
    constructor(count: number);
    /** What progress counts against: at most `count` while inputs may come, then how many came. */
    get total(): number;
    /** Ignored once the feed has ended: a stage that stopped hands nothing more on. */
    push: (item: T) => void;
    end: () => void;
    [Symbol.asyncIterator](): AsyncGenerator<T>;
}
