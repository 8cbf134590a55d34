/**
 * Inputs handed to a stage one by one while the stage before it still runs (`run` gives generation
 * each filled template as preprocessing writes it). One reader takes them with `for await`, in the
 * order they were pushed; `end()` says no more will come.
 */
export class Feed<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private ended = false;
  private wake: (() => void) | undefined;
  private settleFirst!: (any: boolean) => void;
  /** True once something was pushed; false when the feed ended empty. */
  readonly first = new Promise<boolean>((resolve) => (this.settleFirst = resolve));

  private pushed = 0;

  /** @param count How many inputs may come at most. */
  constructor(readonly count: number) {}

  /** What progress counts against: at most `count` while inputs may come, then how many came. */
  get total(): number {
    return this.ended ? this.pushed : this.count;
  }

  /** Ignored once the feed has ended: a stage that stopped hands nothing more on. */
  push = (item: T): void => {
    if (this.ended) return;
    this.pushed += 1;
    this.items.push(item);
    this.settleFirst(true);
    this.wake?.();
  };

  end = (): void => {
    this.ended = true;
    this.settleFirst(false);
    this.wake?.();
  };

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      while (this.items.length > 0) yield this.items.shift()!;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
