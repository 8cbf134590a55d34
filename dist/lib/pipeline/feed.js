/**
 * Inputs handed to a stage one by one while the stage before it still runs (`run` gives generation
 * each filled template as preprocessing writes it). One reader takes them with `for await`, in the
 * order they were pushed; `end()` says no more will come.
 */
export class Feed {
    count;
    items = [];
    ended = false;
    wake;
    settleFirst;
    /** True once something was pushed; false when the feed ended empty. */
    first = new Promise((resolve) => (this.settleFirst = resolve));
    pushed = 0;
    /** @param count How many inputs may come at most. */
    constructor(count) {
        this.count = count;
    }
    /** What progress counts against: at most `count` while inputs may come, then how many came. */
    get total() {
        return this.ended ? this.pushed : this.count;
    }
    /** Ignored once the feed has ended: a stage that stopped hands nothing more on. */
    push = (item) => {
        if (this.ended)
            return;
        this.pushed += 1;
        this.items.push(item);
        this.settleFirst(true);
        this.wake?.();
    };
    end = () => {
        this.ended = true;
        this.settleFirst(false);
        this.wake?.();
    };
    async *[Symbol.asyncIterator]() {
        for (;;) {
            while (this.items.length > 0)
                yield this.items.shift();
            if (this.ended)
                return;
            await new Promise((resolve) => (this.wake = resolve));
            this.wake = undefined;
        }
    }
}
