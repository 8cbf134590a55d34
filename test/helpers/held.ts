/**
 * Calls a test holds until it releases them: `hold(what)` settles when the test calls the `release`
 * held beside it; `untilHeld(count)` settles once `count` calls are held at once.
 */
export function heldCalls<T>() {
  const held: (T & { release: () => void })[] = [];
  const waiters = new Set<() => void>();
  return {
    held,
    hold(what: T): Promise<void> {
      return new Promise<void>((release) => {
        held.push({ ...what, release });
        for (const waiter of [...waiters]) waiter();
      });
    },
    untilHeld(count: number): Promise<void> {
      return new Promise((resolve) => {
        const check = (): void => {
          if (held.length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
  };
}
